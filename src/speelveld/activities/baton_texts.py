"""The words for passing the baton: the core's codes (refused transitions, orphan reasons,
Right to Challenge warnings) as Dutch sentences, English through the catalogue.

The core never writes a sentence (``core.transitions.IllegalTransition`` carries a code and
parameters); services, pages, the dashboard and the reminder e-mails all word them here, so a
refusal reads the same wherever it appears.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from speelveld.activities.models import HandoverState, RtcStage
from speelveld.core.handover import OrphanCode, OrphanReason
from speelveld.core.rtc import RtcWarning, RtcWarningCode
from speelveld.core.transitions import IllegalTransition, TransitionParam


def day(value: date | str | None) -> str:
    """A date as people write it: 1 mei 2026 / 1 May 2026."""
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        value = date.fromisoformat(value)
    return date_format(value, "j F Y")


def lower(label: str) -> str:
    """A label inside a sentence: "Loslaten" → "loslaten", but "LSA bewoners" stays."""
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


def action_label(action: str) -> str:
    """The verb of a hand-over action (infinitive, lower case)."""
    labels = {
        "propose": _("voorstellen"),
        "accept": _("accepteren"),
        "decline": _("afwijzen"),
        "complete": _("afronden"),
        "withdraw": _("intrekken"),
    }
    return labels.get(action, action)


def state_label(state: str) -> str:
    if not state:
        return _("nog niet voorgesteld")
    try:
        return str(HandoverState(state).label)
    except ValueError:
        return state


def stage_label(stage: str) -> str:
    try:
        return str(RtcStage(stage).label)
    except ValueError:
        return stage


def _text(value: TransitionParam | None) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else ", ".join(value)


def transition_message(error: IllegalTransition) -> str:
    """A refused hand-over or Right to Challenge step as one clear sentence."""
    p: Mapping[str, TransitionParam] = error.params
    state = state_label(_text(p.get("state")))
    action = action_label(_text(p.get("action")))
    code = error.code
    if code == "handover_closed":
        return _(
            "Deze overdracht is al %(state)s en ligt daarmee vast; "
            "stel zo nodig een nieuwe overdracht voor."
        ) % {"state": state}
    if code == "handover_not_from_state":
        needs = {
            "accept": _("Alleen een voorgestelde overdracht kan worden geaccepteerd."),
            "decline": _("Alleen een voorgestelde overdracht kan worden afgewezen."),
            "complete": _(
                "Een overdracht kan pas worden afgerond als de ontvanger haar heeft geaccepteerd."
            ),
            "withdraw": _(
                "Alleen een voorgestelde of geaccepteerde overdracht kan worden ingetrokken."
            ),
            "propose": _("Deze overdracht is al voorgesteld."),
        }.get(_text(p.get("action")), "")
        return _("Dit kan niet: de overdracht is %(state)s. %(needs)s") % {
            "state": state,
            "needs": needs,
        }
    if code == "handover_only_owner":
        return _(
            "Alleen de eigenaar van de activiteit (de trekkende organisatie) of de beheerder "
            "kan een overdracht %(action)s."
        ) % {"action": action}
    if code == "handover_only_receiver":
        return _("Alleen de ontvanger (of de beheerder) kan een overdracht %(action)s.") % {
            "action": action
        }
    if code == "handover_only_parties":
        return _("Alleen de eigenaar of de ontvanger kan een overdracht %(action)s.") % {
            "action": action
        }
    if code == "handover_to_self":
        return _("De ontvanger is al de eigenaar van deze activiteit; kies een andere ontvanger.")
    if code == "handover_already_open":
        return _(
            "Er loopt al een overdracht voor deze activiteit. Rond die eerst af, of trek haar in."
        )
    if code == "handover_due_in_past":
        return _("De uiterste datum (%(due)s) ligt in het verleden.") % {
            "due": day(_text(p.get("due")))
        }
    if code == "handover_unknown_state":
        return _("Onbekende stand van de overdracht: %(state)s.") % {"state": _text(p.get("state"))}
    if code == "handover_unknown_action":
        return _("Onbekende handeling: %(action)s.") % {"action": _text(p.get("action"))}
    if code == "rtc_final":
        return _("Dit uitdaagrecht is al %(stage)s; daarna volgt geen stap meer.") % {
            "stage": stage_label(_text(p.get("stage")))
        }
    if code == "rtc_not_next":
        allowed = p.get("allowed") or ()
        allowed_labels = [stage_label(s) for s in (allowed if isinstance(allowed, tuple) else ())]
        before = _text(p.get("stage"))
        return _("Na %(stage)s kan %(to)s niet komen. Mogelijke volgende stappen: %(allowed)s.") % {
            "stage": stage_label(before) if before else _("(nog geen uitdaagrecht)"),
            "to": stage_label(_text(p.get("to"))),
            "allowed": ", ".join(allowed_labels) or "—",
        }
    if code == "rtc_unknown_stage":
        return _("Onbekende stap van het uitdaagrecht: %(stage)s.") % {
            "stage": _text(p.get("stage"))
        }
    return _("Deze stap is niet toegestaan (%(code)s).") % {"code": code}


def orphan_text(reason: OrphanReason, phase_labels: Mapping[str, str] | None = None) -> str:
    """Why an initiative is without an active owner, in one short sentence."""
    params = reason.params
    if reason.code is OrphanCode.NO_OWNER:
        return _("Er is geen eigenaar: wijs iemand aan die het werk trekt.")
    if reason.code is OrphanCode.OWNER_LEFT:
        return _("De eigenaar is vertrokken (actief tot %(since)s).") % {
            "since": day(params.get("since"))
        }
    if reason.code is OrphanCode.OWNER_INACTIVE:
        return _("De eigenaar is (nog) niet actief.")
    if reason.code is OrphanCode.ENDED_WITHOUT_HANDOVER:
        return _("De einddatum (%(end)s) is voorbij zonder afgeronde overdracht.") % {
            "end": day(params.get("end"))
        }
    phase = params.get("phase", "")
    return _("In de fase %(phase)s, maar er is geen overdracht gepland.") % {
        "phase": lower((phase_labels or {}).get(phase, phase))
    }


def rtc_warning_text(warning: RtcWarning) -> str:
    """A late step of a Right to Challenge, with the date it was due."""
    due = day(warning.due)
    texts = {
        RtcWarningCode.SUBMIT_LATE: _("De aanvraag had uiterlijk %(due)s ingediend moeten zijn."),
        RtcWarningCode.SUBMITTED_TOO_LATE: _(
            "De aanvraag is na %(due)s ingediend; de beoogde start komt in gevaar."
        ),
        RtcWarningCode.DECISION_OVERDUE: _("Het college had uiterlijk %(due)s moeten besluiten."),
        RtcWarningCode.AGREEMENT_OVERDUE: _(
            "Toegekend, maar er is nog geen overeenkomst; de periode begon %(due)s."
        ),
        RtcWarningCode.ACCOUNTABILITY_OVERDUE: _(
            "De verantwoording had uiterlijk %(due)s binnen moeten zijn."
        ),
        RtcWarningCode.EXTENSION_BEYOND_LIMIT: _(
            "De verlenging loopt langer door dan is toegestaan (tot %(due)s)."
        ),
        RtcWarningCode.EXTENSION_LIMIT_PASSED: _(
            "De langst mogelijke verlenging is op %(due)s verstreken."
        ),
    }
    return texts[warning.code] % {"due": due}
