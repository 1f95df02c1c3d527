"""Right to Challenge (*uitdaagrecht*): the pathway of a challenge and its deadlines.

The status model of domain.md §2.3::

    idee → verkenning → ingediend → ontvankelijkheidstoets → kennismakingsgesprek → advies
         → besluit_college → afgewezen | toegekend → overeenkomst → uitvoering → verantwoording
         → verlengd → uitvoering …  |  beeindigd

``ingetrokken`` (withdrawn) may follow any state before the college's decision;
``afgewezen``, ``beeindigd`` and ``ingetrokken`` are final. A challenge enters the pathway as
``idee``. Corrections (a stage set by mistake) go through the history's restore, not through a
backward transition.

Deadlines come from the municipality's by-law and differ per gemeente; :class:`RtcDeadlines`
defaults to Geertruidenberg's social-domain rules (submit ≥ 18 weeks before the start, college
decision within 10 weeks, a provisional grant for 1 year, *verantwoording* before 1 May of the
next year, extension up to 2 years).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple

from speelveld.core.transitions import IllegalTransition

__all__ = [
    "DEFAULT_RTC_DEADLINES",
    "RtcDeadlines",
    "RtcDueDates",
    "RtcStage",
    "RtcWarning",
    "RtcWarningCode",
    "rtc_due_dates",
    "rtc_next_stages",
    "rtc_overdue_steps",
    "rtc_transition",
]


class RtcStage(StrEnum):
    IDEE = "idee"
    VERKENNING = "verkenning"
    INGEDIEND = "ingediend"
    ONTVANKELIJKHEIDSTOETS = "ontvankelijkheidstoets"
    KENNISMAKINGSGESPREK = "kennismakingsgesprek"
    ADVIES = "advies"
    BESLUIT_COLLEGE = "besluit_college"
    AFGEWEZEN = "afgewezen"
    TOEGEKEND = "toegekend"
    OVEREENKOMST = "overeenkomst"
    UITVOERING = "uitvoering"
    VERANTWOORDING = "verantwoording"
    VERLENGD = "verlengd"
    BEEINDIGD = "beeindigd"
    INGETROKKEN = "ingetrokken"


S = RtcStage
BEFORE_SUBMISSION = (S.IDEE, S.VERKENNING)
AWAITING_DECISION = (S.INGEDIEND, S.ONTVANKELIJKHEIDSTOETS, S.KENNISMAKINGSGESPREK, S.ADVIES,
                     S.BESLUIT_COLLEGE)  # fmt: skip
PRE_DECISION = BEFORE_SUBMISSION + AWAITING_DECISION
FINAL = frozenset({S.AFGEWEZEN, S.BEEINDIGD, S.INGETROKKEN})

# the one table of legal moves; ``None`` is an activity not (yet) on the pathway
_NEXT: dict[RtcStage | None, tuple[RtcStage, ...]] = {
    None: (S.IDEE,),
    S.IDEE: (S.VERKENNING,),
    S.VERKENNING: (S.INGEDIEND,),
    S.INGEDIEND: (S.ONTVANKELIJKHEIDSTOETS,),
    S.ONTVANKELIJKHEIDSTOETS: (S.KENNISMAKINGSGESPREK,),
    S.KENNISMAKINGSGESPREK: (S.ADVIES,),
    S.ADVIES: (S.BESLUIT_COLLEGE,),
    S.BESLUIT_COLLEGE: (S.AFGEWEZEN, S.TOEGEKEND),
    S.TOEGEKEND: (S.OVEREENKOMST,),
    S.OVEREENKOMST: (S.UITVOERING,),
    S.UITVOERING: (S.VERANTWOORDING,),
    S.VERANTWOORDING: (S.VERLENGD, S.BEEINDIGD),
    S.VERLENGD: (S.UITVOERING,),
    S.AFGEWEZEN: (),
    S.BEEINDIGD: (),
    S.INGETROKKEN: (),
}
for _pre in PRE_DECISION:
    _NEXT[_pre] += (S.INGETROKKEN,)


def _stage(value: RtcStage | str | None) -> RtcStage | None:
    if value is None or value == "":
        return None
    try:
        return RtcStage(value)
    except ValueError:
        raise IllegalTransition("rtc_unknown_stage", {"stage": str(value)}) from None


def rtc_next_stages(stage: RtcStage | str | None) -> tuple[RtcStage, ...]:
    """The stages that may follow ``stage`` (``None`` or ``""``: not on the pathway yet).

    >>> [s.value for s in rtc_next_stages("besluit_college")]
    ['afgewezen', 'toegekend', 'ingetrokken']

    O(1).
    """
    return _NEXT[_stage(stage)]


def rtc_transition(stage: RtcStage | str | None, to: RtcStage | str) -> RtcStage:
    """``to`` when the pathway allows the move, else :class:`IllegalTransition` with code
    ``rtc_unknown_stage``, ``rtc_final`` (params ``stage``) or ``rtc_not_next`` (params
    ``stage``, ``to`` and ``allowed``, the legal next stages).

    >>> rtc_transition("advies", "besluit_college")
    <RtcStage.BESLUIT_COLLEGE: 'besluit_college'>
    >>> try:
    ...     rtc_transition("toegekend", "ingetrokken")
    ... except IllegalTransition as err:
    ...     err.code, err.params["allowed"]
    ('rtc_not_next', ('overeenkomst',))

    O(1).
    """
    before, after = _stage(stage), _stage(to)
    if after is None:
        raise IllegalTransition("rtc_unknown_stage", {"stage": str(to)})
    if before in FINAL:
        raise IllegalTransition("rtc_final", {"stage": before.value if before else ""})
    allowed = _NEXT[before]
    if after not in allowed:
        params = {
            "stage": before.value if before else "",
            "to": after.value,
            "allowed": tuple(s.value for s in allowed),
        }
        raise IllegalTransition("rtc_not_next", params)
    return after


@dataclass(frozen=True, slots=True)
class RtcDeadlines:
    """A municipality's Right to Challenge terms (store one per gemeente)."""

    submit_weeks_before_start: int = 18
    decision_weeks: int = 10
    provisional_years: int = 1
    accountability_month: int = 5
    accountability_day: int = 1
    max_extension_years: int = 2


DEFAULT_RTC_DEADLINES = RtcDeadlines()


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a common year
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True, slots=True)
class RtcDueDates:
    """The dates that follow from the known facts (``None`` when a fact is missing).

    ``period_end`` is the first day after the current grant period (the provisional year, or
    the extension); ``accountability_by`` is the verantwoording date for that period: the
    configured day in the year after the period's last day; ``extension_limit`` is the latest
    end of all extensions together.
    """

    submit_by: date | None
    decision_by: date | None
    period_end: date | None
    accountability_by: date | None
    extension_limit: date | None


def rtc_due_dates(
    *,
    intended_start: date | None = None,
    submitted: date | None = None,
    grant_start: date | None = None,
    extended_until: date | None = None,
    deadlines: RtcDeadlines = DEFAULT_RTC_DEADLINES,
) -> RtcDueDates:
    """Due dates of a challenge; ``grant_start`` (start of the funded period) defaults to
    ``intended_start``.

    >>> due = rtc_due_dates(intended_start=date(2026, 1, 1), submitted=date(2025, 8, 1))
    >>> due.submit_by, due.decision_by, due.accountability_by, due.extension_limit
    (datetime.date(2025, 8, 28), datetime.date(2025, 10, 10), datetime.date(2027, 5, 1), \
datetime.date(2029, 1, 1))

    O(1).
    """
    d = deadlines
    start = grant_start or intended_start
    period_end = accountability_by = extension_limit = None
    if start is not None:
        period_end = extended_until or _add_years(start, d.provisional_years)
        last_day = period_end - timedelta(days=1)
        accountability_by = date(last_day.year + 1, d.accountability_month, d.accountability_day)
        extension_limit = _add_years(start, d.provisional_years + d.max_extension_years)
    return RtcDueDates(
        submit_by=(
            intended_start - timedelta(weeks=d.submit_weeks_before_start)
            if intended_start
            else None
        ),
        decision_by=submitted + timedelta(weeks=d.decision_weeks) if submitted else None,
        period_end=period_end,
        accountability_by=accountability_by,
        extension_limit=extension_limit,
    )


class RtcWarningCode(StrEnum):
    SUBMIT_LATE = "submit_late"
    SUBMITTED_TOO_LATE = "submitted_too_late"
    DECISION_OVERDUE = "decision_overdue"
    AGREEMENT_OVERDUE = "agreement_overdue"
    ACCOUNTABILITY_OVERDUE = "accountability_overdue"
    EXTENSION_BEYOND_LIMIT = "extension_beyond_limit"
    EXTENSION_LIMIT_PASSED = "extension_limit_passed"


class RtcWarning(NamedTuple):
    """A step that is late (or a term that is broken) and the date it was due."""

    code: RtcWarningCode
    due: date


def rtc_overdue_steps(
    stage: RtcStage | str | None,
    *,
    today: date,
    intended_start: date | None = None,
    submitted: date | None = None,
    grant_start: date | None = None,
    extended_until: date | None = None,
    deadlines: RtcDeadlines = DEFAULT_RTC_DEADLINES,
) -> list[RtcWarning]:
    """The deadline warnings for a challenge in ``stage`` on ``today``, in pathway order:

    - ``submit_late`` — still an idea or being explored after the last submission date
      (``intended_start`` − 18 weeks);
    - ``submitted_too_late`` — awaiting the decision, but submitted after that date, so the
      intended start is at risk;
    - ``decision_overdue`` — awaiting the decision more than 10 weeks after ``submitted``;
    - ``agreement_overdue`` — granted, but no agreement by the start of the grant period;
    - ``accountability_overdue`` — in ``overeenkomst``, ``uitvoering`` or ``verlengd`` after the
      verantwoording date of the current period;
    - ``extension_beyond_limit`` — ``extended_until`` lies beyond the longest extension;
    - ``extension_limit_passed`` — still running after the longest extension ended.

    Final stages have no warnings. A date that is not known raises no warning.

    >>> rtc_overdue_steps("advies", today=date(2025, 11, 1), submitted=date(2025, 8, 1))
    [RtcWarning(code=<RtcWarningCode.DECISION_OVERDUE: 'decision_overdue'>, \
due=datetime.date(2025, 10, 10))]

    O(1).
    """
    now = _stage(stage)
    if now is None or now in FINAL:
        return []
    due = rtc_due_dates(
        intended_start=intended_start,
        submitted=submitted,
        grant_start=grant_start,
        extended_until=extended_until,
        deadlines=deadlines,
    )
    start = grant_start or intended_start
    out: list[RtcWarning] = []
    if due.submit_by and now in BEFORE_SUBMISSION and today > due.submit_by:
        out.append(RtcWarning(RtcWarningCode.SUBMIT_LATE, due.submit_by))
    if due.submit_by and submitted and now in AWAITING_DECISION and submitted > due.submit_by:
        out.append(RtcWarning(RtcWarningCode.SUBMITTED_TOO_LATE, due.submit_by))
    if due.decision_by and now in AWAITING_DECISION and today > due.decision_by:
        out.append(RtcWarning(RtcWarningCode.DECISION_OVERDUE, due.decision_by))
    if start and now is S.TOEGEKEND and today > start:
        out.append(RtcWarning(RtcWarningCode.AGREEMENT_OVERDUE, start))
    running = now in (S.OVEREENKOMST, S.UITVOERING, S.VERLENGD)
    if due.accountability_by and running and today > due.accountability_by:
        out.append(RtcWarning(RtcWarningCode.ACCOUNTABILITY_OVERDUE, due.accountability_by))
    limit = due.extension_limit
    if limit and extended_until and extended_until > limit:
        out.append(RtcWarning(RtcWarningCode.EXTENSION_BEYOND_LIMIT, limit))
    if limit and (running or now is S.VERANTWOORDING) and today > limit:
        out.append(RtcWarning(RtcWarningCode.EXTENSION_LIMIT_PASSED, limit))
    return out
