"""Right to Challenge: every transition of the pathway (domain.md §2.3) and the deadline
warnings, with Geertruidenberg's terms as defaults and a municipality of its own."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from speelveld.core.rtc import (
    RtcDeadlines,
    RtcStage,
    RtcWarning,
    RtcWarningCode,
    rtc_due_dates,
    rtc_next_stages,
    rtc_overdue_steps,
    rtc_transition,
)
from speelveld.core.transitions import IllegalTransition

S, W = RtcStage, RtcWarningCode
PRE_DECISION = [
    S.IDEE, S.VERKENNING, S.INGEDIEND, S.ONTVANKELIJKHEIDSTOETS, S.KENNISMAKINGSGESPREK,
    S.ADVIES, S.BESLUIT_COLLEGE,
]  # fmt: skip
PATH = [*PRE_DECISION, S.TOEGEKEND, S.OVEREENKOMST, S.UITVOERING, S.VERANTWOORDING]
LEGAL: set[tuple[RtcStage | None, RtcStage]] = {
    (None, S.IDEE),
    *itertools.pairwise(PATH),
    (S.BESLUIT_COLLEGE, S.AFGEWEZEN),
    (S.VERANTWOORDING, S.VERLENGD),
    (S.VERANTWOORDING, S.BEEINDIGD),
    (S.VERLENGD, S.UITVOERING),
    *((stage, S.INGETROKKEN) for stage in PRE_DECISION),
}
FINAL = {S.AFGEWEZEN, S.BEEINDIGD, S.INGETROKKEN}


@pytest.mark.parametrize(("before", "after"), sorted(LEGAL, key=str), ids=str)
def test_every_legal_transition_works(before: RtcStage | None, after: RtcStage) -> None:
    assert rtc_transition(before, after) is after
    assert rtc_transition(before.value if before else "", after.value) is after
    assert after in rtc_next_stages(before)


@pytest.mark.parametrize(
    ("before", "after"),
    [(b, a) for b, a in itertools.product([None, *RtcStage], RtcStage) if (b, a) not in LEGAL],
    ids=str,
)
def test_every_illegal_transition_is_refused(before: RtcStage | None, after: RtcStage) -> None:
    with pytest.raises(IllegalTransition) as err:
        rtc_transition(before, after)
    if before in FINAL:
        assert err.value.code == "rtc_final"
    else:
        assert err.value.code == "rtc_not_next"
        assert err.value.params["allowed"] == tuple(s.value for s in rtc_next_stages(before))


def test_a_challenge_walks_the_whole_pathway_and_is_extended() -> None:
    stage: RtcStage | None = None
    for step in [*PATH, S.VERLENGD, S.UITVOERING, S.VERANTWOORDING, S.BEEINDIGD]:
        stage = rtc_transition(stage, step)
    assert stage is S.BEEINDIGD and rtc_next_stages(stage) == ()


def test_withdrawal_only_before_the_decision() -> None:
    assert rtc_transition(S.BESLUIT_COLLEGE, S.INGETROKKEN) is S.INGETROKKEN
    for later in (S.TOEGEKEND, S.OVEREENKOMST, S.UITVOERING):
        with pytest.raises(IllegalTransition):
            rtc_transition(later, S.INGETROKKEN)


def test_unknown_stages_have_a_code() -> None:
    for before, after in (("ingediend", "goedgekeurd"), ("bezwaar", "advies")):
        with pytest.raises(IllegalTransition) as err:
            rtc_transition(before, after)
        assert err.value.code == "rtc_unknown_stage"


START = date(2026, 1, 1)  # submit by 2025-08-28 (18 weeks before)
SUBMITTED = date(2025, 8, 1)  # decision by 2025-10-10 (10 weeks after)


def test_due_dates_follow_the_terms() -> None:
    due = rtc_due_dates(intended_start=START, submitted=SUBMITTED)
    assert due.submit_by == date(2025, 8, 28)
    assert due.decision_by == date(2025, 10, 10)
    assert due.period_end == date(2027, 1, 1)
    assert due.accountability_by == date(2027, 5, 1)  # 1 May of the year after 2026
    assert due.extension_limit == date(2029, 1, 1)  # one year plus two of extension
    extended = rtc_due_dates(intended_start=START, extended_until=date(2028, 1, 1))
    assert extended.accountability_by == date(2028, 5, 1)
    leap = rtc_due_dates(grant_start=date(2024, 2, 29))
    assert leap.period_end == date(2025, 2, 28)
    assert rtc_due_dates() == rtc_due_dates(deadlines=RtcDeadlines())


def steps(stage: RtcStage, today: date, **dates: date) -> list[RtcWarning]:
    return rtc_overdue_steps(stage, today=today, **dates)  # type: ignore[arg-type]


def test_submission_deadline() -> None:
    assert steps(S.VERKENNING, date(2025, 8, 28), intended_start=START) == []
    assert steps(S.IDEE, date(2025, 8, 29), intended_start=START) == [
        RtcWarning(W.SUBMIT_LATE, date(2025, 8, 28))
    ]
    late = steps(S.INGEDIEND, date(2025, 9, 5), intended_start=START, submitted=date(2025, 9, 1))
    assert late == [RtcWarning(W.SUBMITTED_TOO_LATE, date(2025, 8, 28))]


def test_decision_deadline() -> None:
    for stage in (S.ONTVANKELIJKHEIDSTOETS, S.ADVIES, S.BESLUIT_COLLEGE):
        assert steps(stage, date(2025, 10, 10), submitted=SUBMITTED) == []
        assert steps(stage, date(2025, 10, 11), submitted=SUBMITTED) == [
            (W.DECISION_OVERDUE, date(2025, 10, 10))
        ]
    assert steps(S.TOEGEKEND, date(2025, 12, 1), submitted=SUBMITTED) == []


def test_agreement_before_the_start() -> None:
    assert steps(S.TOEGEKEND, date(2026, 1, 2), intended_start=START) == [
        (W.AGREEMENT_OVERDUE, START)
    ]
    assert steps(S.OVEREENKOMST, date(2026, 1, 2), intended_start=START) == []


def test_accountability_before_the_first_of_may() -> None:
    assert steps(S.UITVOERING, date(2027, 5, 1), intended_start=START) == []
    assert steps(S.UITVOERING, date(2027, 5, 2), intended_start=START) == [
        (W.ACCOUNTABILITY_OVERDUE, date(2027, 5, 1))
    ]
    assert steps(S.VERANTWOORDING, date(2027, 5, 2), intended_start=START) == []
    extended = {"intended_start": START, "extended_until": date(2028, 1, 1)}
    assert steps(S.UITVOERING, date(2027, 5, 2), **extended) == []


def test_extension_limits() -> None:
    too_long = {"intended_start": START, "extended_until": date(2030, 1, 1)}
    assert steps(S.VERLENGD, date(2028, 6, 1), **too_long) == [
        (W.EXTENSION_BEYOND_LIMIT, date(2029, 1, 1))
    ]
    late = steps(S.UITVOERING, date(2029, 2, 1), intended_start=START,
                 extended_until=date(2029, 1, 1))  # fmt: skip
    assert (W.EXTENSION_LIMIT_PASSED, date(2029, 1, 1)) in late


def test_final_stages_and_missing_dates_raise_nothing() -> None:
    for stage in FINAL:
        assert steps(stage, date(2030, 1, 1), intended_start=START, submitted=SUBMITTED) == []
    assert rtc_overdue_steps(None, today=date(2030, 1, 1)) == []
    assert steps(S.ADVIES, date(2030, 1, 1)) == []


def test_a_municipality_sets_its_own_terms() -> None:
    strict = RtcDeadlines(submit_weeks_before_start=26, decision_weeks=8)
    due = rtc_due_dates(intended_start=START, submitted=SUBMITTED, deadlines=strict)
    assert due.submit_by == date(2025, 7, 3) and due.decision_by == date(2025, 9, 26)
    warnings = rtc_overdue_steps(
        S.ADVIES, today=date(2025, 9, 27), intended_start=START, submitted=SUBMITTED,
        deadlines=strict,
    )  # fmt: skip
    assert [w.code for w in warnings] == [W.SUBMITTED_TOO_LATE, W.DECISION_OVERDUE]
