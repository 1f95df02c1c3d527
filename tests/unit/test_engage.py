"""Wie schakel ik in? — ranking by the catalogue, presence, experience, capacity and record,
with reasons that add up (hand-built fields, no database)."""

from __future__ import annotations

import pytest

from speelveld.catalogue.seed_data import ROLES
from speelveld.core.area_graph import AreaGraph, AreaNode, Proximity
from speelveld.core.engage import (
    Candidate,
    EngageAnswer,
    EngageError,
    EngageIndex,
    EngageWeights,
    HandoverRecord,
    Party,
    Question,
    ReasonCode,
    Tie,
    engage_rank,
)
from speelveld.core.role_catalogue import RoleCatalogue, role_catalogue

A, B, C = "BU00340101", "BU00340102", "BU00340103"  # wijk 01: A-B-C in a row
D, E = "BU00340201", "BU00340202"  # wijk 02: D next to A, E next to D
FAR = "BU03630001"  # another gemeente, far away
W1, W2, GM = "WK003401", "WK003402", "GM0034"

OPBOUW, PROCES = "opbouwwerker", "procesmanager-corporatie"


@pytest.fixture(scope="module")
def catalogue() -> RoleCatalogue:
    return role_catalogue(ROLES)


def areas(*, centroids: bool = True) -> AreaGraph:
    spots = {A: (0, 0), B: (1, 0), C: (2, 0), D: (0, 1), E: (0, 2), FAR: (0, 30)}
    touching = {A: (B, D), B: (C,), D: (E,), E: (), C: (), FAR: ()}
    return AreaGraph.build(
        AreaNode(code, touching[code], spots[code] if centroids else None) for code in spots
    )


def player(pid: int, role: str, *where: str, **extra: object) -> Candidate:
    base: dict[str, object] = {"hours_per_week": 16.0, "active_activities": 1}
    base.update(extra)
    return Candidate(pid, role, tuple(where), **base)  # type: ignore[arg-type]


def ask(catalogue: RoleCatalogue, candidates: list[Candidate], **question: object) -> EngageAnswer:
    q = Question(**question)  # type: ignore[arg-type]
    return engage_rank(q, EngageIndex.build(candidates, catalogue, areas()), limit=50)


def by_id(answer: EngageAnswer) -> dict[int, int]:
    return {m.candidate: m.score for m in answer.matches}


def codes(answer: EngageAnswer, pid: int) -> list[str]:
    match = next(m for m in answer.matches if m.candidate == pid)
    return [r.code.value for r in match.reasons]


@pytest.mark.parametrize("kind", ["consultatie", "initiatiefondersteuning"])
def test_organising_residents_goes_to_the_community_worker(
    catalogue: RoleCatalogue, kind: str
) -> None:
    field = [player(1, PROCES, A, organisation=10), player(2, OPBOUW, A, organisation=20)]
    answer = ask(catalogue, field, area=A, activity_type=kind, phase="organiseren")
    assert [m.candidate for m in answer.matches] == [2, 1]
    proces = answer.matches[1]
    leave = [r for r in proces.reasons if r.code is ReasonCode.ROLE_LEAVE_TO]
    assert len(leave) == 1 and leave[0].points < 0
    assert leave[0].params["to_role"] == OPBOUW
    assert leave[0].params["task_key"] == f"{PROCES}#0"
    opbouw = answer.matches[0]
    assert {r.code for r in opbouw.reasons} >= {
        ReasonCode.ROLE_CORE_ACTIVITY_TYPE,
        ReasonCode.ROLE_CORE_PHASE,
        ReasonCode.ROLE_DELEGATED_HERE,
    }
    delegated = next(r for r in opbouw.reasons if r.code is ReasonCode.ROLE_DELEGATED_HERE)
    assert PROCES in delegated.params["from_roles"]  # type: ignore[operator]
    assert (PROCES, OPBOUW) in {(a.role, a.to_role) for a in answer.leave_to}
    assert [o.organisation for o in answer.organisations] == [20, 10]
    assert opbouw.fits and not proces.fits


def test_the_procesmanager_is_not_told_off_for_its_own_work(catalogue: RoleCatalogue) -> None:
    field = [player(1, PROCES, A), player(2, OPBOUW, A)]
    answer = ask(catalogue, field, area=A, activity_type="energie", phase="analyseren")
    assert answer.matches[0].candidate == 1
    assert ReasonCode.ROLE_LEAVE_TO.value not in codes(answer, 1)
    assert PROCES not in {a.role for a in answer.leave_to}


def test_reasons_sum_to_the_score_for_every_candidate(catalogue: RoleCatalogue) -> None:
    roles = [r.key for r in ROLES]
    where = [A, B, C, D, E, W1, GM]
    field = [
        player(
            i,
            roles[i % len(roles)],
            where[i % len(where)],
            organisation=i % 4,
            themes=("participatie", "groen")[: i % 3],
            target_groups=("ouderen",) if i % 2 else (),
            languages=("nl", "ar") if i % 5 == 0 else ("nl",),
            hours_per_week=None if i % 7 == 0 else float(4 + i % 30),
            active_activities=i % 6,
            ties=(Tie(Party("player", (i * 3) % 40), 1 + i % 4, -1 if i % 9 == 0 else 1),),
            handovers=HandoverRecord(i % 3, i % 2, i % 4),
        )
        for i in range(40)
    ]
    for q in (
        {"area": A, "activity_type": "consultatie", "phase": "organiseren"},
        {"area": B, "themes": ("groen", "participatie"), "target_groups": ("ouderen", "jongeren")},
        {"area": W2, "language": "ar", "phase": "loslaten"},
        {"area": GM},
    ):
        answer = ask(catalogue, field, **q)
        assert answer.matches
        for m in answer.matches:
            assert sum(r.points for r in m.reasons) == m.score
            assert all(isinstance(r.points, int) for r in m.reasons)
        for o in answer.organisations:
            assert sum(r.points for r in o.reasons) == o.score


def test_presence_ranks_in_area_then_wijk_neighbour_same_wijk_gemeente(
    catalogue: RoleCatalogue,
) -> None:
    field = [
        player(1, OPBOUW, GM),
        player(2, OPBOUW, E),  # same gemeente, other wijk, not adjacent
        player(3, OPBOUW, C),  # same wijk
        player(4, OPBOUW, D),  # adjacent, other wijk
        player(5, OPBOUW, W1),  # wijk-wide
        player(6, OPBOUW, A),
        player(7, OPBOUW, FAR),  # other gemeente: not considered
    ]
    answer = ask(catalogue, field, area=A)
    assert [m.candidate for m in answer.matches] == [6, 5, 4, 3, 1, 2]
    assert [m.proximity for m in answer.matches] == [
        Proximity.IN_AREA,
        Proximity.WIJK_WIDE,
        Proximity.NEIGHBOUR,
        Proximity.SAME_WIJK,
        Proximity.GEMEENTE_WIDE,
        Proximity.SAME_GEMEENTE,
    ]
    neighbour = next(m for m in answer.matches if m.candidate == 4)
    presence = next(r for r in neighbour.reasons if r.code is ReasonCode.PRESENCE_NEIGHBOUR)
    assert presence.params == {"area": D}
    assert answer.considered == 6


def test_a_wijk_question_counts_its_buurten_as_in_the_area(catalogue: RoleCatalogue) -> None:
    field = [player(1, OPBOUW, C), player(2, OPBOUW, D), player(3, OPBOUW, E)]
    answer = ask(catalogue, field, area=W1)
    prox = {m.candidate: m.proximity for m in answer.matches}
    assert prox == {1: Proximity.IN_AREA, 2: Proximity.NEIGHBOUR, 3: Proximity.SAME_GEMEENTE}


def test_nobody_nearby_says_so_and_gives_the_nearest(catalogue: RoleCatalogue) -> None:
    field = [
        player(1, PROCES, A),  # near, but should leave organising to the opbouwwerker
        player(2, OPBOUW, FAR),
        player(3, OPBOUW, E),
        player(4, OPBOUW, C),
        player(5, OPBOUW, C, active=False),
    ]
    answer = ask(catalogue, field, area=A, activity_type="consultatie", phase="organiseren")
    assert answer.nobody_nearby
    assert [n.candidate for n in answer.nearest] == [3, 4, 2]  # E at 2, C at 2 (id breaks tie)
    assert [n.distance for n in answer.nearest] == [2.0, 2.0, 30.0]
    assert answer.nearest[2].area == FAR and answer.distance_unit == "coordinate"


def test_nearest_by_hops_without_centroids(catalogue: RoleCatalogue) -> None:
    field = [player(1, OPBOUW, E), player(2, OPBOUW, C), player(3, OPBOUW, FAR)]
    index = EngageIndex.build(field, catalogue, areas(centroids=False))
    answer = engage_rank(Question(A, activity_type="consultatie"), index)
    assert answer.nobody_nearby and answer.distance_unit == "hops"
    # A-D-E and A-B-C are two steps each; FAR touches nothing, so it is unreachable
    assert [(n.candidate, n.distance) for n in answer.nearest] == [(1, 2.0), (2, 2.0)]
    answer = engage_rank(Question(A, language="ti"), index)
    assert answer.nobody_nearby and answer.nearest == ()  # nobody speaks Tigrinya anywhere


def test_somebody_nearby_means_no_nearest_list(catalogue: RoleCatalogue) -> None:
    answer = ask(catalogue, [player(1, OPBOUW, B)], area=A, activity_type="consultatie")
    assert not answer.nobody_nearby and answer.nearest == ()
    assert answer.matches[0].fits


def test_language_boosts_when_asked(catalogue: RoleCatalogue) -> None:
    field = [player(1, OPBOUW, A, languages=("nl",)), player(2, OPBOUW, A, languages=("nl", "ar"))]
    asked = ask(catalogue, field, area=A, language="ar")
    assert [m.candidate for m in asked.matches] == [2, 1]
    assert by_id(asked)[2] - by_id(asked)[1] == EngageWeights().language
    assert ReasonCode.LANGUAGE.value in codes(asked, 2)
    plain = ask(catalogue, field, area=A)
    assert by_id(plain)[1] == by_id(plain)[2]
    assert [m.candidate for m in plain.matches] == [1, 2]  # equal: the lower id first


def test_capacity_rewards_free_hours_and_docks_overbooking(catalogue: RoleCatalogue) -> None:
    field = [
        player(1, OPBOUW, A, hours_per_week=24.0, active_activities=2),  # 16 free: full points
        player(2, OPBOUW, A, hours_per_week=8.0, active_activities=1),  # 4 free: half
        player(3, OPBOUW, A, hours_per_week=8.0, active_activities=4),  # 8 over: full minus
        player(4, OPBOUW, A, hours_per_week=None, active_activities=3),  # unknown: 0
    ]
    answer = ask(catalogue, field, area=A)
    assert [m.candidate for m in answer.matches] == [1, 2, 4, 3]

    def capacity(pid: int) -> int:
        match = next(m for m in answer.matches if m.candidate == pid)
        return sum(r.points for r in match.reasons if r.code.value.startswith("capacity"))

    assert [capacity(p) for p in (1, 2, 3, 4)] == [10, 5, -10, 0]
    assert ReasonCode.CAPACITY_UNKNOWN.value in codes(answer, 4)


def test_themes_and_target_groups_count_by_share(catalogue: RoleCatalogue) -> None:
    field = [
        player(1, OPBOUW, A, themes=("groen",), target_groups=("ouderen",)),
        player(2, OPBOUW, A, themes=("groen", "participatie")),
        player(3, OPBOUW, A),
    ]
    answer = ask(
        catalogue, field, area=A, themes=("groen", "participatie"), target_groups=("ouderen",)
    )
    theme = {
        m.candidate: [r for r in m.reasons if r.code is ReasonCode.THEME] for m in answer.matches
    }
    assert theme[1][0].points == 6 and theme[1][0].params["matched"] == ("groen",)
    assert theme[2][0].points == 12 and theme[3] == []
    assert ReasonCode.TARGET_GROUP.value in codes(answer, 1)
    assert not answer.nobody_nearby  # 1 and 2 match a theme


def test_ties_with_the_players_in_the_area_count(catalogue: RoleCatalogue) -> None:
    field = [
        player(1, OPBOUW, A, organisation=50),
        player(2, OPBOUW, B, ties=(Tie(Party("player", 1), intensity=3),)),
        player(3, OPBOUW, B, ties=(Tie(Party("organisation", 50), intensity=4, sign=-1),)),
        player(4, OPBOUW, B, ties=(Tie(Party("player", 99), intensity=4),)),  # not here
        player(5, OPBOUW, B),
    ]
    answer = ask(catalogue, field, area=A)
    assert by_id(answer)[2] - by_id(answer)[5] == 4  # 3 of 6 → half of 8
    assert by_id(answer)[3] - by_id(answer)[5] == -5  # hinders: -4/6 of 8, rounded
    assert by_id(answer)[4] == by_id(answer)[5]
    named = ask(catalogue, field, area=A, partners=(Party("player", 99),))
    assert by_id(named)[4] - by_id(named)[5] == 5 and by_id(named)[2] == by_id(named)[5]


def test_handovers_on_time_count_for_late_against(catalogue: RoleCatalogue) -> None:
    field = [
        player(1, OPBOUW, A, handovers=HandoverRecord(on_time=4)),
        player(2, OPBOUW, A, handovers=HandoverRecord(late=4)),
        player(3, OPBOUW, A, handovers=HandoverRecord(declined=2)),
        player(4, OPBOUW, A),
    ]
    answer = ask(catalogue, field, area=A)
    assert [m.candidate for m in answer.matches] == [1, 4, 3, 2]
    assert by_id(answer)[1] - by_id(answer)[4] == 4  # 6 * 4/(4+2)
    assert by_id(answer)[3] - by_id(answer)[4] == -2  # 6 * -1/(2+2), rounded half to even


def test_organisations_rank_by_their_best_player(catalogue: RoleCatalogue) -> None:
    field = [
        player(1, PROCES, A, organisation=7),
        player(2, PROCES, A, organisation=7),
        player(3, OPBOUW, C, organisation=8),
        player(4, OPBOUW, A),  # no organisation (e.g. an eenpitter without one on record)
    ]
    answer = ask(catalogue, field, area=A, activity_type="consultatie")
    assert [(o.organisation, o.candidates, o.candidate) for o in answer.organisations] == [
        (8, 1, 3),
        (7, 2, 1),
    ]


def test_inactive_players_are_not_ranked(catalogue: RoleCatalogue) -> None:
    answer = ask(catalogue, [player(1, OPBOUW, A, active=False), player(2, OPBOUW, A)], area=A)
    assert [m.candidate for m in answer.matches] == [2] and answer.considered == 1


def test_unknown_area_is_refused_with_a_code(catalogue: RoleCatalogue) -> None:
    with pytest.raises(EngageError) as err:
        ask(catalogue, [player(1, OPBOUW, A)], area="BU99999999")
    assert err.value.code == "unknown_area" and err.value.params == {"area": "BU99999999"}


def test_a_plain_list_of_candidates_gives_the_same_answer(catalogue: RoleCatalogue) -> None:
    field = [player(1, PROCES, A), player(2, OPBOUW, B), player(3, OPBOUW, "BU00349999")]
    q = Question(A, activity_type="consultatie")
    direct = engage_rank(q, field, catalogue, areas=areas())
    indexed = engage_rank(q, EngageIndex.build(field, catalogue, areas()))
    assert direct == indexed
    assert EngageIndex.build(field, catalogue, areas()).skipped_areas == 1


def test_the_score_is_the_documented_sum(catalogue: RoleCatalogue) -> None:
    w = EngageWeights()
    field = [player(1, OPBOUW, A, themes=("participatie",), hours_per_week=None)]
    answer = ask(
        catalogue,
        field,
        area=A,
        themes=("participatie",),
        activity_type="initiatiefondersteuning",
        phase="organiseren",
    )
    expected = w.core_activity_type + w.core_phase + w.delegated_here + w.in_area + w.theme
    assert answer.matches[0].score == expected
