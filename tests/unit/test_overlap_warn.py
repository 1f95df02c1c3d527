"""Warn at entry: one new or changed activity against an index of the municipality."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from speelveld.core import ActivityRow, ActivityTable, Label, OverlapIndex, overlap_check

BUURT = "BU99010301"
EXISTING = [
    ActivityRow(
        id=1, org="diaconie", areas=(BUURT,), start=date(2024, 5, 1),
        themes=("eenzaamheid", "armoede"), target_groups=("alleenstaanden", "ouderen"),
        activity_type="samen-eten", title="Samen aan tafel rond de Eikenlaan",
        description="Elke vrijdag schuiven buurtbewoners aan voor een warme maaltijd in OBS De "
        "Vlinder. Vrijwilligers koken; iedereen is welkom.",
    ),
    ActivityRow(
        id=2, org="bibliotheek", areas=(BUURT,), start=date(2024, 1, 1),
        themes=("taal-digitaal",), target_groups=("ouderen",), activity_type="digitaal",
        title="Digicafé Eikenlaan", description="Hulp bij DigiD, de telefoon en de tablet.",
    ),
]  # fmt: skip
NEW = ActivityRow(
    id=0, org="welzijn", areas=(BUURT,), start=date(2025, 2, 1),
    themes=("eenzaamheid",), target_groups=("alleenstaanden",), activity_type="samen-eten",
    title="Buurtmaaltijd Eikenlaan voor alleenstaande ouderen",
    description="Eén keer per week koken vrijwilligers een warme maaltijd voor wie alleen woont.",
)  # fmt: skip


def test_a_new_activity_sees_the_activity_it_duplicates() -> None:
    index = OverlapIndex.build(ActivityTable.from_rows(EXISTING))
    result = index.check(NEW)
    assert [(f.ids, f.label) for f in result.findings] == [((0, 1), Label.DUPLICATE)]
    assert {r.code for r in result.findings[0].reasons} >= {"same_type", "same_buurt"}


def test_a_changed_activity_is_not_paired_with_its_stored_self() -> None:
    index = OverlapIndex.build(ActivityTable.from_rows(EXISTING))
    assert index.check(replace(EXISTING[0], title="Samen eten")).findings == ()


def test_partners_are_shown_as_complementary_and_own_series_is_counted() -> None:
    index = OverlapIndex.build(ActivityTable.from_rows(EXISTING))
    partnered = index.check(replace(NEW, partners=("diaconie",)))
    assert [f.label for f in partnered.findings] == [Label.COMPLEMENTARY]
    own = index.check(replace(NEW, org="diaconie"))
    assert own.findings == () and own.excluded_same_org == 1


def test_unknown_keys_match_nothing_and_do_not_fail() -> None:
    index = OverlapIndex.build(ActivityTable.from_rows(EXISTING))
    odd = replace(NEW, areas=("BU00000000",), themes=("nieuw-thema",), org="nieuw")
    assert index.check(odd).findings == ()
    assert overlap_check(ActivityTable.from_rows(EXISTING), NEW).findings[0].ids == (0, 1)


def test_the_check_agrees_with_the_full_scan() -> None:
    from speelveld.core import overlap_find

    table = ActivityTable.from_rows([*EXISTING, replace(NEW, id=3)])
    scan = {f.ids[::-1] if f.ids[0] == 3 else f.ids: f.score for f in overlap_find(table).findings}
    check = OverlapIndex.build(ActivityTable.from_rows(EXISTING)).check(NEW)
    assert len(scan) == len(check.findings) == 1
    assert abs(next(iter(scan.values())) - check.findings[0].score) < 0.05
