"""Overlap on hand-written Dutch cases: each exclusion rule, each reason code, labels, actions,
clusters, keys and fingerprints; and the demo municipality's planted duplicates (no database)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from speelveld.core import (
    Action,
    ActivityRow,
    ActivityTable,
    HandoverLink,
    Label,
    OverlapResult,
    finding_fingerprint,
    finding_key,
    overlap_find,
)
from speelveld.synth.records import FieldRecords

TULP, ROOS = "BU99010101", "BU99010102"  # two neighbouring buurten

TAALCAFE = ActivityRow(
    id=1,
    org="welzijn-lindeveen",
    areas=(TULP,),
    start=date(2025, 1, 6),
    themes=("taal-digitaal", "participatie"),
    target_groups=("nieuwkomers",),
    title="Taalcafé Tulpenbuurt",
    description="Elke dinsdagochtend oefenen nieuwkomers Nederlands met vrijwilligers in "
    "buurthuis De Schakel. Daarna is er tijd voor vragen over post en formulieren.",
    activity_type="taal",
    method="presentie",
    phase="ondersteunen",
)
PRAATGROEP = replace(
    TAALCAFE,
    id=2,
    org="bibliotheek-lindeveen",
    start=date(2025, 3, 1),
    title="Nederlands oefenen in de Tulpenbuurt",
    description="In buurthuis De Schakel oefenen nieuwkomers op dinsdagochtend Nederlands met "
    "vrijwilligers; er is ook hulp bij post en formulieren.",
)


def find(*rows: ActivityRow, **context: object) -> OverlapResult:
    return overlap_find(ActivityTable.from_rows(rows, **context))  # type: ignore[arg-type]


def codes(result: OverlapResult) -> list[str]:
    assert len(result.findings) == 1
    return [r.code for r in result.findings[0].reasons]


def test_two_organisations_doing_the_same_work_are_a_duplicate_with_every_reason() -> None:
    result = find(TAALCAFE, PRAATGROEP)
    (f,) = result.findings
    assert f.ids == (1, 2) and f.label is Label.DUPLICATE
    assert f.key == finding_key([2, 1]) == "1-2"
    assert codes(result) == [
        "same_buurt",
        "same_type",
        "text_similar",
        "shared_target_groups",
        "shared_themes",
        "period_overlap",
        "same_method",
    ]
    params = {r.code: r.params for r in f.reasons}
    assert params["same_buurt"] == {"buurt": TULP}
    assert params["same_type"] == {"activity_type": "taal"}
    assert params["shared_target_groups"] == {"target_groups": ["nieuwkomers"]}
    assert params["text_similar"]["description"] > 0.4 > params["text_similar"]["title"] > 0
    assert 0 < params["period_overlap"]["share"] <= 1
    assert f.score >= 0.55
    assert result.clusters[0].ids == (1, 2) and f.cluster == 0


def test_the_same_organisations_own_series_is_excluded_and_counted() -> None:
    result = find(TAALCAFE, replace(PRAATGROEP, org=TAALCAFE.org))
    assert result.findings == () and result.candidates == 0
    assert result.excluded_same_org == 1


def test_other_target_group_is_not_blocked_together() -> None:
    result = find(TAALCAFE, replace(PRAATGROEP, target_groups=("ouderen",)))
    assert result.candidates == 0 and result.findings == ()


def test_no_shared_theme_is_not_blocked_together() -> None:
    assert find(TAALCAFE, replace(PRAATGROEP, themes=("groen",))).candidates == 0


def test_periods_that_do_not_overlap_are_not_compared() -> None:
    ended = replace(TAALCAFE, end=date(2025, 2, 1))
    assert find(ended, PRAATGROEP).candidates == 0


def test_the_same_work_in_a_neighbouring_buurt_is_not_a_duplicate() -> None:
    assert find(TAALCAFE, replace(PRAATGROEP, areas=(ROOS,))).candidates == 0


def test_a_wijk_wide_activity_blocks_with_each_of_its_buurten() -> None:
    wide = replace(PRAATGROEP, areas=(ROOS, TULP), wide=True)
    result = find(TAALCAFE, wide)
    assert result.findings[0].label is Label.DUPLICATE


def test_partners_on_one_of_the_activities_are_complementary() -> None:
    result = find(TAALCAFE, replace(PRAATGROEP, partners=(TAALCAFE.org,)))
    (f,) = result.findings
    assert f.label is Label.COMPLEMENTARY and f.action is Action.AFSTEMMEN
    assert f.reasons[-1].code == "partners"
    assert f.reasons[-1].params == {"activity": 2, "organisation": TAALCAFE.org}
    assert result.clusters == ()


def test_corporation_and_welfare_in_one_flat_with_a_tie_are_complementary() -> None:
    corporatie = ActivityRow(
        id=10, org="woonstichting", areas=(TULP,), start=date(2024, 9, 1),
        themes=("welzijn", "eenzaamheid"), target_groups=("huurders", "ouderen"),
        activity_type="ontmoeting", title="Huiskamer flat De Lindeboom",
        description="In de recreatieruimte van flat De Lindeboom kunnen huurders elke "
        "dinsdagochtend terecht voor koffie en een praatje.",
    )  # fmt: skip
    welzijn = replace(
        corporatie, id=11, org="welzijn-lindeveen", start=date(2024, 11, 1),
        title="Bewoners van De Lindeboom ontmoeten elkaar",
        description="Samen met de corporatie ondersteunen we huurders van flat De Lindeboom "
        "die de ontmoetingsruimte zelf willen runnen, met koffie en een praatje.",
    )  # fmt: skip
    result = find(corporatie, welzijn, ties=[("welzijn-lindeveen", "woonstichting")])
    (f,) = result.findings
    assert f.label is Label.COMPLEMENTARY
    assert f.reasons[-1].code == "collaboration_tie"
    assert f.reasons[-1].params == {"organisations": ["welzijn-lindeveen", "woonstichting"]}
    assert find(corporatie, welzijn).findings[0].label is Label.DUPLICATE


def test_a_handover_between_the_activities_makes_them_sequential() -> None:
    old = replace(TAALCAFE, end=date(2025, 3, 20), phase="borgen-overdragen")
    result = find(old, PRAATGROEP, handovers=[HandoverLink(activity=1, to_activity=2)])
    (f,) = result.findings
    assert f.label is Label.SEQUENTIAL and f.action is Action.STOKJE_OVERDRAGEN
    assert f.reasons[-1].code == "handed_over"
    assert f.reasons[-1].params == {"from_activity": 1, "to_activity": 2}


def test_handed_over_to_the_other_organisation_is_sequential() -> None:
    old = replace(TAALCAFE, end=date(2026, 3, 20))
    link = HandoverLink(activity=1, to_org=PRAATGROEP.org)
    (f,) = find(old, PRAATGROEP, handovers=[link]).findings
    assert f.label is Label.SEQUENTIAL
    assert f.reasons[-1].params["to_organisation"] == PRAATGROEP.org


def test_ended_when_the_other_started_and_handed_over_to_residents_is_sequential() -> None:
    old = replace(TAALCAFE, end=date(2025, 3, 20))  # the other starts 1 March
    (f,) = find(old, PRAATGROEP, handovers=[HandoverLink(activity=1)]).findings
    assert f.label is Label.SEQUENTIAL
    assert f.reasons[-1].params["ended"] == "2025-03-20"
    far = replace(TAALCAFE, end=date(2026, 3, 20))  # a hand-over to residents, but much later
    (g,) = find(far, PRAATGROEP, handovers=[HandoverLink(activity=1)]).findings
    assert g.label is Label.DUPLICATE


def test_actions_merge_align_and_pass_the_baton() -> None:
    same = replace(PRAATGROEP, title=TAALCAFE.title, description=TAALCAFE.description)
    assert find(TAALCAFE, same).findings[0].action is Action.SAMENVOEGEN
    unlike = replace(
        PRAATGROEP, title="Samenspraak", description="Taalmaatjes voor nieuwkomers.", method=None
    )
    assert find(TAALCAFE, unlike).findings[0].action is Action.AFSTEMMEN
    winding_down = replace(TAALCAFE, phase="loslaten")
    assert find(winding_down, unlike).findings[0].action is Action.STOKJE_OVERDRAGEN


def test_different_werkvorm_and_different_words_is_no_finding() -> None:
    other = replace(
        PRAATGROEP, activity_type="huiswerk", method=None, title="Huiswerkklas",
        description="Kinderen krijgen na school hulp bij hun huiswerk.",
    )  # fmt: skip
    result = find(TAALCAFE, other)
    assert result.candidates == 1 and result.findings == ()


def test_three_organisations_form_one_cluster() -> None:
    third = replace(PRAATGROEP, id=3, org="taalhuis", title="Taalcafé in de Tulpenbuurt")
    result = find(TAALCAFE, PRAATGROEP, third)
    assert len(result.findings) == 3
    assert [c.ids for c in result.clusters] == [(1, 2, 3)]
    assert result.clusters[0].key == "1-2-3"
    assert {f.cluster for f in result.findings} == {0}


def test_fingerprint_changes_when_an_activity_changes() -> None:
    before = ActivityTable.from_rows([TAALCAFE, PRAATGROEP])
    after = ActivityTable.from_rows([TAALCAFE, replace(PRAATGROEP, title="Anders")])
    assert finding_fingerprint(before, [1, 2]) != finding_fingerprint(after, [1, 2])
    assert finding_fingerprint(before, [2, 1]) == overlap_find(before).findings[0].fingerprint
    v1 = ActivityTable.from_rows([TAALCAFE, PRAATGROEP], versions=[5, 7])
    v2 = ActivityTable.from_rows([TAALCAFE, PRAATGROEP], versions=[5, 8])
    assert finding_fingerprint(v1, [1, 2]) != finding_fingerprint(v2, [1, 2])


# --- the demo municipality ---------------------------------------------------------------------


def demo_table(f: FieldRecords) -> tuple[ActivityTable, dict[str, int]]:
    """The demo field as the Django side would load it: wijken expanded to their buurten."""
    buurten: dict[str, list[str]] = {}
    for a in f.areas:
        if a.level == "buurt" and a.parent_code:
            buurten.setdefault(a.parent_code, []).append(a.code)
    everything = sorted(b for bs in buurten.values() for b in bs)
    players = {p.key: p for p in f.players}
    ids = {a.key: n + 1 for n, a in enumerate(f.activities)}
    rows = []
    for a in f.activities:
        areas: list[str] = []
        for code in a.areas:
            areas += [code] if code.startswith("BU") else buurten.get(code, everything)
        owner = players.get(a.owner) if a.owner else None
        rows.append(ActivityRow(
            id=ids[a.key], org=a.lead_organisation, areas=tuple(dict.fromkeys(areas)),
            start=a.start, end=a.end, themes=a.themes, target_groups=a.target_groups,
            title=a.title, description=a.description, activity_type=a.activity_type,
            method=a.method, phase=a.phase, lead_role=owner.role if owner else None,
            partners=a.partners, wide=any(not c.startswith("BU") for c in a.areas),
        ))  # fmt: skip

    def org_of(player: str | None, org: str | None) -> str | None:
        return org or (players[player].organisation if player else None)

    ties = [
        (x, y)
        for c in f.collaborations
        if c.sign > 0
        and (x := org_of(c.a_player, c.a_organisation))
        and (y := org_of(c.b_player, c.b_organisation))
        and x != y
    ]
    handovers = [
        HandoverLink(activity=ids[h.activity], to_org=h.to_organisation or (
            players[h.to_player].organisation if h.to_player else None))
        for h in f.handovers
    ]  # fmt: skip
    return ActivityTable.from_rows(rows, ties=ties, handovers=handovers), ids


@pytest.fixture(scope="module")
def demo(demo_records: FieldRecords) -> tuple[FieldRecords, OverlapResult, dict[str, int]]:
    table, ids = demo_table(demo_records)
    return demo_records, overlap_find(table), ids


def test_demo_planted_duplicates_are_all_found_and_nothing_else(
    demo: tuple[FieldRecords, OverlapResult, dict[str, int]],
) -> None:
    records, result, ids = demo
    planted = {tuple(sorted((ids[a], ids[b]))) for a, b in records.planted_duplicates}
    found = {f.ids for f in result.duplicates()}
    assert found == planted


def test_demo_complementary_pair_is_labelled_complementary(
    demo: tuple[FieldRecords, OverlapResult, dict[str, int]],
) -> None:
    records, result, ids = demo
    flat = [ids[a.key] for a in records.activities if "De Lindeboom" in a.title]
    labels = {f.label for f in result.findings if set(f.ids) <= set(flat)}
    assert labels <= {Label.COMPLEMENTARY}
