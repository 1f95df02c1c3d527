"""Passing the baton: the hand-over section of an activity, the small views its forms post to,
the Right to Challenge step form, and the municipality's baton dashboard with its JSON twin.

Pages are thin: they parse a form and call one service (``activities.handover_services``,
``activities.rtc_services``) or read the overview (``activities.baton``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from speelveld.accounts.permissions import (
    can_admin_municipality,
    can_view_municipality,
    require,
)
from speelveld.activities.baton import BatonOverview, baton_overview
from speelveld.activities.baton_texts import (
    action_label,
    orphan_text,
    rtc_warning_text,
    stage_label,
    state_label,
)
from speelveld.activities.handover_services import (
    handover_accept,
    handover_complete,
    handover_decline,
    handover_propose,
    handover_sides,
    handover_withdraw,
    owner_side,
)
from speelveld.activities.models import Activity, Handover
from speelveld.activities.rtc_services import (
    RtcFacts,
    rtc_advance,
    rtc_deadlines,
    rtc_next,
    rtc_steps_by_activity,
)
from speelveld.core.handover import OPEN_STATES, HandoverAction, is_overdue, orphan_reasons
from speelveld.places.selectors import area_get
from speelveld.web.baton_forms import HandoverNoteForm, HandoverProposeForm, RtcAdvanceForm
from speelveld.web.representations import json_response
from speelveld.web.views.common import add_service_errors

# URL slug (Dutch) -> action and service
ACTIONS = {
    "accepteren": (HandoverAction.ACCEPT, handover_accept),
    "afwijzen": (HandoverAction.DECLINE, handover_decline),
    "afronden": (HandoverAction.COMPLETE, handover_complete),
    "intrekken": (HandoverAction.WITHDRAW, handover_withdraw),
}
SLUG = {action: slug for slug, (action, _service) in ACTIONS.items()}
DONE = {
    HandoverAction.ACCEPT: gettext_lazy("De overdracht is geaccepteerd."),
    HandoverAction.DECLINE: gettext_lazy("De overdracht is afgewezen."),
    HandoverAction.COMPLETE: gettext_lazy("Het stokje is doorgegeven: de overdracht is afgerond."),
    HandoverAction.WITHDRAW: gettext_lazy("De overdracht is ingetrokken."),
}


@dataclass(frozen=True)
class TimelineEntry:
    handover: Handover
    overdue: bool
    actions: list[tuple[str, str, bool]]  # (url slug, button label, primary)


def _activity(pk: int) -> Activity:
    return get_object_or_404(
        Activity.objects.select_related("municipality__config", "owner", "phase"), pk=pk
    )


def _today() -> Any:
    return timezone.localdate()


def handover_section(request: HttpRequest, activity: Activity, handovers: Any) -> dict[str, Any]:
    """Context for the activity page's hand-over section: the timeline with the buttons this
    user may press, the "stokje doorgeven" form for the owner side, and the Right to Challenge
    pathway."""
    today = _today()
    user = request.user
    entries = []
    states = []
    for h in handovers:
        h.activity = activity  # avoid one query per hand-over
        states.append(h.state)
        actions: list[tuple[str, str, bool]] = []
        if user.is_authenticated:
            for action in handover_sides(user, h).actions(h.state):
                if action in SLUG:
                    primary = action in (HandoverAction.ACCEPT, HandoverAction.COMPLETE)
                    actions.append((SLUG[action], action_label(action).capitalize(), primary))
        entries.append(TimelineEntry(h, is_overdue(h.state, h.due, today), actions))
    may_propose = user.is_authenticated and owner_side(user, activity)
    open_exists = any(s in OPEN_STATES for s in states)
    started = activity.owner is None or activity.owner.is_active(today)
    closed = activity.status in ("afgerond", "gestopt")
    reasons = orphan_reasons(
        today=today,
        has_owner=activity.owner_id is not None,
        owner_active=started,
        owner_active_until=activity.owner.active_until if activity.owner else None,
        end=activity.end,
        phase=activity.phase.key,
        resident_led=activity.resident_led,
        closed=closed,
        handover_states=states,
    )
    context: dict[str, Any] = {
        "timeline": entries,
        "orphan_texts": [
            orphan_text(r, {activity.phase.key: activity.phase.label}) for r in reasons
        ],
        "propose_form": (
            HandoverProposeForm(activity=activity, today=today, initial={"receiver_kind": "player"})
            if may_propose and not open_exists
            else None
        ),
        "open_handover": open_exists and may_propose,
        # unfolded where the baton should move now: a late phase, or nobody really owns it
        "propose_open": bool(reasons) or activity.phase.key in ("borgen-overdragen", "loslaten"),
        "engage_url": _engage_url(activity) if may_propose else "",
    }
    context.update(_rtc_context(request, activity, today))
    return context


def _engage_url(activity: Activity) -> str:
    area = activity.areas.order_by("code").values_list("code", flat=True).first()
    params = [f"gebied={area}"] if area else []
    if activity.activity_type_id:
        params.append(f"werkvorm={activity.activity_type.key}")  # type: ignore[union-attr]
    params.append(f"fase={activity.phase.key}")
    base = reverse("engage", args=[activity.municipality.code])
    return base + "?" + "&".join(params)


def _rtc_context(request: HttpRequest, activity: Activity, today: Any) -> dict[str, Any]:
    admin = can_admin_municipality(request.user, activity.municipality_id)
    if not activity.rtc_stage and not (admin and activity.resident_led):
        return {"rtc": None}
    steps = rtc_steps_by_activity([activity.pk]).get(activity.pk, [])
    deadlines = rtc_deadlines(activity.municipality_id)
    facts = RtcFacts.of(activity.rtc_stage, activity.start, steps)
    next_stages = rtc_next(activity)
    return {
        "rtc": {
            "stage": stage_label(activity.rtc_stage) if activity.rtc_stage else "",
            "steps": steps,
            "due": facts.due_dates(deadlines),
            "warnings": [rtc_warning_text(w) for w in facts.warnings(today, deadlines)],
            "next": [stage_label(s.value) for s in next_stages],
            "form": (
                RtcAdvanceForm(next_stages=next_stages, initial={"date": today})
                if admin and next_stages
                else None
            ),
        }
    }


@login_required
def handover_propose_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The "stokje doorgeven" form: shown inline on the activity page, and on its own page
    again with the errors when something is wrong."""
    activity = _activity(pk)
    require(owner_side(request.user, activity))
    form = HandoverProposeForm(
        request.POST if request.method == "POST" else None, activity=activity, today=_today()
    )
    if request.method == "POST" and form.is_valid():
        try:
            handover_propose(
                actor=request.user,
                activity=activity,
                reason=form.cleaned_data["reason"],
                due=form.cleaned_data["due"],
                **form.receiver(),
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("De overdracht is voorgesteld."))
            return redirect(reverse("activity", args=[activity.pk]) + "#overdrachten")
    return render(
        request,
        "web/baton_propose.html",
        {
            "form": form,
            "activity": activity,
            "municipality": activity.municipality,
            "engage_url": _engage_url(activity),
        },
        status=400 if form.errors else 200,
    )


@require_POST
@login_required
def handover_action_view(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """Accept, decline, complete or withdraw: one button on the timeline."""
    if action not in ACTIONS:
        raise Http404(action)
    act, service = ACTIONS[action]
    handover = get_object_or_404(Handover.objects.select_related("activity"), pk=pk)
    if not can_view_municipality(request.user, handover.activity.municipality):
        raise PermissionDenied(_("U heeft geen toegang tot deze gemeente."))
    form = HandoverNoteForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    try:
        service(actor=request.user, handover=handover, note=note)
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
    else:
        messages.success(request, DONE[act])
    return redirect(reverse("activity", args=[handover.activity_id]) + "#overdrachten")


@login_required
def rtc_advance_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Record the next step of a Right to Challenge (beheerder)."""
    activity = _activity(pk)
    require(can_admin_municipality(request.user, activity.municipality_id))
    form = RtcAdvanceForm(
        request.POST if request.method == "POST" else None,
        next_stages=rtc_next(activity),
        initial={"date": _today()},
    )
    if request.method == "POST" and form.is_valid():
        try:
            rtc_advance(actor=request.user, activity=activity, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("De stap is vastgelegd."))
            return redirect(reverse("activity", args=[activity.pk]) + "#uitdaagrecht")
    return render(
        request,
        "web/baton_rtc.html",
        {"form": form, "activity": activity, "municipality": activity.municipality},
        status=400 if form.errors else 200,
    )


def _overview(request: HttpRequest, code: str) -> BatonOverview:
    municipality = area_get(code)
    if municipality.level != "gemeente":
        raise Http404(_("Het stokjesoverzicht is er per gemeente."))
    if not can_view_municipality(request.user, municipality):
        if not request.user.is_authenticated:
            raise PermissionDenied(_("Log in om deze gemeente te bekijken."))
        raise PermissionDenied(_("U heeft geen toegang tot deze gemeente."))
    return baton_overview(municipality, today=_today())


def baton_page(request: HttpRequest, code: str) -> HttpResponse:
    overview = _overview(request, code)
    labels = overview.phase_labels
    return render(
        request,
        "web/baton.html",
        {
            "overview": overview,
            "municipality": overview.municipality,
            "counts": overview.counts(),
            "orphans": [(o, [orphan_text(r, labels) for r in o.reasons]) for o in overview.orphans],
            "unplanned": [(o, labels.get(o.phase, o.phase)) for o in overview.unplanned],
            "rtc": [
                (r, stage_label(r.stage), [rtc_warning_text(w) for w in r.warnings])
                for r in overview.rtc
            ],
        },
    )


def baton_json(request: HttpRequest, code: str) -> HttpResponse:
    overview = _overview(request, code)
    labels = overview.phase_labels

    def activity(pk: int, title: str) -> dict[str, Any]:
        return {"id": pk, "title": title, "url": reverse("activity", args=[pk])}

    def orphan(o: Any) -> dict[str, Any]:
        return {
            "activity": activity(o.activity_id, o.title),
            "lead_organisation": {"id": o.lead_organisation, "name": o.lead_organisation_name},
            "owner": o.owner_name or None,
            "phase": o.phase,
            "reasons": [
                {"code": r.code.value, "params": r.params, "text": orphan_text(r, labels)}
                for r in o.reasons
            ],
        }

    return json_response(
        {
            "municipality": overview.municipality.code,
            "today": overview.today,
            "counts": overview.counts(),
            "handovers": [
                {
                    "id": h.id,
                    "activity": activity(h.activity_id, h.activity_title),
                    "state": h.state,
                    "state_label": state_label(h.state),
                    "due": h.due,
                    "overdue": h.overdue,
                    "days_late": h.days_late,
                    "from": h.from_name,
                    "receiver": {
                        "kind": h.receiver_kind,
                        "id": h.receiver_id,
                        "name": h.receiver_name or None,
                    },
                    "reason": h.reason,
                }
                for h in overview.pending
            ],
            "orphans": [orphan(o) for o in overview.orphans],
            "unplanned": [orphan(o) for o in overview.unplanned],
            "rtc_overdue": [
                {
                    "activity": activity(r.activity_id, r.title),
                    "stage": r.stage,
                    "warnings": [
                        {"code": w.code.value, "due": w.due, "text": rtc_warning_text(w)}
                        for w in r.warnings
                    ],
                }
                for r in overview.rtc
            ],
        }
    )
