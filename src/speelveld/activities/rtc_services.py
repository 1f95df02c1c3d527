"""Right to Challenge (*uitdaagrecht*): recording each step of a challenge, and reading its
deadlines.

Every move is checked by ``core.rtc.rtc_transition`` (one table of legal moves) and stored as an
``RtcStep`` — stage, date, who, document link, note — while ``Activity.rtc_stage`` follows the
latest step. Deadlines come from the municipality's own terms (``MunicipalityConfig.rtc_*``).
The municipality runs the procedure, so its beheerder records the steps.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from speelveld.accounts.permissions import can_admin_municipality, require
from speelveld.activities.baton_texts import transition_message
from speelveld.activities.models import Activity, RtcStep
from speelveld.core.rtc import (
    DEFAULT_RTC_DEADLINES,
    RtcDeadlines,
    RtcDueDates,
    RtcStage,
    RtcWarning,
    rtc_due_dates,
    rtc_next_stages,
    rtc_overdue_steps,
    rtc_transition,
)
from speelveld.core.transitions import IllegalTransition
from speelveld.history import one_change
from speelveld.places.models import Area, MunicipalityConfig


def rtc_deadlines(municipality: Area | int) -> RtcDeadlines:
    """The municipality's Right to Challenge terms (the defaults when none were set)."""
    pk = municipality if isinstance(municipality, int) else municipality.pk
    config = MunicipalityConfig.objects.filter(municipality_id=pk).first()
    return deadlines_of(config)


def deadlines_of(config: MunicipalityConfig | None) -> RtcDeadlines:
    if config is None:
        return DEFAULT_RTC_DEADLINES
    return RtcDeadlines(
        submit_weeks_before_start=config.rtc_submit_weeks,
        decision_weeks=config.rtc_decision_weeks,
        provisional_years=config.rtc_grant_years,
        accountability_month=config.rtc_accountability_month,
        accountability_day=config.rtc_accountability_day,
        max_extension_years=config.rtc_extension_years,
    )


@dataclass(frozen=True)
class RtcFacts:
    """What the deadlines need to know about one challenge."""

    stage: str
    intended_start: date | None
    submitted: date | None
    extended_until: date | None

    @classmethod
    def of(cls, stage: str, start: date | None, steps: Iterable[RtcStep]) -> RtcFacts:
        submitted = extended = None
        for step in steps:  # in date order: the latest submission and extension count
            if step.stage == RtcStage.INGEDIEND:
                submitted = step.date
            if step.stage == RtcStage.VERLENGD and step.until:
                extended = step.until
        return cls(stage, start, submitted, extended)

    def warnings(self, today: date, deadlines: RtcDeadlines) -> list[RtcWarning]:
        return rtc_overdue_steps(
            self.stage or None,
            today=today,
            intended_start=self.intended_start,
            submitted=self.submitted,
            extended_until=self.extended_until,
            deadlines=deadlines,
        )

    def due_dates(self, deadlines: RtcDeadlines) -> RtcDueDates:
        return rtc_due_dates(
            intended_start=self.intended_start,
            submitted=self.submitted,
            extended_until=self.extended_until,
            deadlines=deadlines,
        )


def rtc_steps_by_activity(activity_ids: Iterable[int]) -> dict[int, list[RtcStep]]:
    """The recorded steps of many challenges in one query, in date order."""
    steps: dict[int, list[RtcStep]] = defaultdict(list)
    for step in RtcStep.objects.filter(activity_id__in=list(activity_ids)).select_related("actor"):
        steps[step.activity_id].append(step)
    return steps


def rtc_next(activity: Activity) -> tuple[RtcStage, ...]:
    """The stages that may follow the activity's current stage."""
    try:
        return rtc_next_stages(activity.rtc_stage or None)
    except IllegalTransition:
        return ()


@transaction.atomic
def rtc_advance(
    *,
    actor: Any,
    activity: Activity,
    to: str,
    date: date,
    document_url: str = "",
    note: str = "",
    until: date | None = None,
) -> RtcStep:
    """Record the challenge's next step (``to``) on ``date``; refused with a clear message when
    the pathway does not allow it. ``until`` is the end of the new period for ``verlengd``."""
    activity = Activity.objects.select_for_update(of=("self",)).get(pk=activity.pk)
    require(can_admin_municipality(actor, activity.municipality_id))
    try:
        stage = rtc_transition(activity.rtc_stage or None, to)
    except IllegalTransition as error:
        raise ValidationError(transition_message(error), code=error.code) from error
    last = RtcStep.objects.filter(activity=activity).order_by("-date").first()
    if last is not None and date < last.date:
        raise ValidationError(
            {
                "date": _("Deze stap kan niet vóór de vorige stap (%(date)s) liggen.")
                % {"date": last.date.isoformat()}
            }
        )
    if stage is RtcStage.VERLENGD and until is None:
        raise ValidationError({"until": _("Geef aan tot wanneer de verlenging loopt.")})
    if until is not None and until <= date:
        raise ValidationError(
            {"until": _("De verlenging moet na de datum van deze stap eindigen.")}
        )
    step = RtcStep(
        activity=activity,
        stage=stage.value,
        date=date,
        until=until if stage is RtcStage.VERLENGD else None,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        document_url=document_url.strip(),
        note=note.strip(),
    )
    step.full_clean()
    reason = _("uitdaagrecht: %(stage)s") % {"stage": str(step.get_stage_display())}
    with one_change(step, user=actor, created=True, reason=reason):
        step.save()
    activity.rtc_stage = stage.value
    with one_change(activity, user=actor, reason=reason):
        activity.save(update_fields=["rtc_stage", "updated_at"])
    return step
