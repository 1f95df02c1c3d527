"""The demo municipality generator: deterministic, plausible, internally consistent, and with
its planted findings (duplicates, gaps, orphans, overdue hand-overs) where they should be."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from speelveld.synth import demo
from speelveld.synth.demo import REFERENCE_DATE, demo_field
from speelveld.synth.records import ActivityRecord, AreaRecord, FieldRecords

FAR = date(2100, 1, 1)
Point = tuple[float, float]


@pytest.fixture(scope="module")
def field() -> FieldRecords:
    return demo_field(seed=7)


# --- helpers ----------------------------------------------------------------------------------


def _areas(f: FieldRecords, level: str) -> list[AreaRecord]:
    return [a for a in f.areas if a.level == level]


def _buurten_of(f: FieldRecords) -> dict[str, list[str]]:
    """Area code -> the buurt codes it covers."""
    out: dict[str, list[str]] = {b.code: [b.code] for b in _areas(f, "buurt")}
    for w in _areas(f, "wijk"):
        out[w.code] = [b.code for b in _areas(f, "buurt") if b.parent_code == w.code]
    out[f.municipality_code] = [b.code for b in _areas(f, "buurt")]
    return out


def _covers(f: FieldRecords, act: ActivityRecord) -> set[str]:
    expand = _buurten_of(f)
    return {b for code in act.areas for b in expand[code]}


def _overlap(a: ActivityRecord, b: ActivityRecord) -> bool:
    return a.start <= (b.end or FAR) and b.start <= (a.end or FAR)


def _ring(area: AreaRecord) -> list[Point]:
    assert area.geometry is not None
    assert area.geometry["type"] == "Polygon"
    assert len(area.geometry["coordinates"]) == 1  # no holes
    return [(float(x), float(y)) for x, y in area.geometry["coordinates"][0]]


def _signed_area(ring: list[Point]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False)) / 2


def _centroid(ring: list[Point]) -> Point:
    a = _signed_area(ring)
    cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
        cross = x0 * y1 - x1 * y0
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    return cx / (6 * a), cy / (6 * a)


def _inside(p: Point, ring: list[Point]) -> bool:
    x, y = p
    inside = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def _cross(o: Point, a: Point, b: Point) -> float:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def _segments_cross(p1: Point, p2: Point, q1: Point, q2: Point) -> bool:
    d1, d2 = _cross(q1, q2, p1), _cross(q1, q2, p2)
    d3, d4 = _cross(p1, p2, q1), _cross(p1, p2, q2)
    return d1 * d2 < 0 and d3 * d4 < 0


def _digest(seed: int, hash_seed: str) -> str:
    src = Path(demo.__file__).resolve().parents[3]  # src/speelveld/synth/demo/__init__.py
    code = (
        "import hashlib; from speelveld.synth.demo import demo_field; "
        f"print(hashlib.sha256(repr(demo_field(seed={seed})).encode()).hexdigest())"
    )
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(src)}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


# --- determinism ------------------------------------------------------------------------------


def test_same_seed_gives_identical_records(field: FieldRecords) -> None:
    assert repr(demo_field(seed=7)) == repr(field)
    assert demo_field(seed=3) == demo_field(seed=3)


def test_result_does_not_depend_on_string_hashing(field: FieldRecords) -> None:
    expected = hashlib.sha256(repr(field).encode()).hexdigest()
    assert _digest(7, "0") == _digest(7, "4242") == expected


def test_different_seeds_give_different_fields(field: FieldRecords) -> None:
    other = demo_field(seed=8)
    assert repr(other) != repr(field)
    assert [a.title for a in other.activities] != [a.title for a in field.activities]


def test_year_is_the_year_of_areas_and_figures() -> None:
    f = demo_field(seed=7, year=2023)
    assert f.year == 2023
    assert {a.year for a in f.areas} == {2023}
    assert {fig.year for a in f.areas for fig in a.figures} == {2023}


# --- counts and vocabularies ------------------------------------------------------------------


@pytest.mark.parametrize("seed", [7, 1, 2024])
def test_counts_within_ranges(seed: int) -> None:
    f = demo_field(seed=seed)
    assert len(_areas(f, "gemeente")) == 1
    assert len(_areas(f, "stadsdeel")) == 2
    assert len(_areas(f, "wijk")) == 5
    assert len(_areas(f, "buurt")) == 24
    assert 40 <= len(f.organisations) <= 60
    assert 150 <= len(f.players) <= 220
    assert 420 <= len(f.activities) <= 520
    assert 150 <= len(f.collaborations) <= 250
    assert 40 <= len(f.handovers) <= 70
    assert 8 <= len(f.planted_duplicates) <= 12
    assert 2 <= len(f.neglected_areas) <= 3


def test_every_vocabulary_key_occurs(field: FieldRecords) -> None:
    acts = field.activities
    assert {o.type for o in field.organisations} == set(demo.ORGANISATION_TYPES)
    assert {p.role for p in field.players} == set(demo.ROLES)
    assert {t for a in acts for t in a.themes} == set(demo.THEMES)
    assert {a.phase for a in acts} == set(demo.PHASES)
    assert {g for a in acts for g in a.target_groups} == set(demo.TARGET_GROUPS)
    assert {a.activity_type for a in acts} == set(demo.ACTIVITY_TYPES)
    assert {a.method for a in acts} == {*demo.METHODS, None}
    assert {a.status for a in acts} == set(demo.STATUSES)
    assert {h.state for h in field.handovers} == set(demo.HANDOVER_STATES)


def test_keys_are_unique(field: FieldRecords) -> None:
    for records in (
        field.organisations,
        field.players,
        field.activities,
        field.collaborations,
        field.handovers,
    ):
        keys = [r.key for r in records]
        assert len(keys) == len(set(keys))
    codes = [a.code for a in field.areas]
    assert len(codes) == len(set(codes))
    assert re.fullmatch(r"org-\d{3}", field.organisations[0].key)


# --- references -------------------------------------------------------------------------------


def test_all_references_resolve(field: FieldRecords) -> None:
    codes = {a.code for a in field.areas}
    orgs = {o.key for o in field.organisations}
    players = {p.key for p in field.players}
    acts = {a.key for a in field.activities}
    for a in field.areas:
        assert a.parent_code is None or a.parent_code in codes
        assert a.layer_code is None or a.layer_code in codes
    for o in field.organisations:
        assert o.municipality_code == field.municipality_code
    for p in field.players:
        assert p.organisation in orgs
        assert p.areas and set(p.areas) <= codes
    for act in field.activities:
        assert act.municipality_code == field.municipality_code
        assert act.lead_organisation in orgs
        assert act.owner in players
        assert set(act.partners) <= orgs
        assert set(act.areas) <= codes
    for c in field.collaborations:
        for ref in (c.a_player, c.b_player):
            assert ref is None or ref in players
        for ref in (c.a_organisation, c.b_organisation):
            assert ref is None or ref in orgs
    for h in field.handovers:
        assert h.activity in acts
        assert h.from_player in players
        assert h.to_player is None or h.to_player in players
        assert h.to_organisation is None or h.to_organisation in orgs
    for first, second in field.planted_duplicates:
        assert first in acts and second in acts
    assert set(field.neglected_areas) <= {b.code for b in _areas(field, "buurt")}


# --- areas ------------------------------------------------------------------------------------


def test_area_codes_and_hierarchy(field: FieldRecords) -> None:
    gm = field.municipality_code
    assert gm == "GM9901"
    (gemeente,) = _areas(field, "gemeente")
    assert gemeente.code == gm and gemeente.parent_code is None
    stadsdelen = {s.code for s in _areas(field, "stadsdeel")}
    assert stadsdelen == {"SD990101", "SD990102"}
    assert all(s.parent_code == gm for s in _areas(field, "stadsdeel"))
    for w in _areas(field, "wijk"):
        assert re.fullmatch(r"WK9901\d\d", w.code)
        assert w.parent_code == gm and w.layer_code in stadsdelen
    per_wijk = Counter(b.parent_code for b in _areas(field, "buurt"))
    for b in _areas(field, "buurt"):
        assert re.fullmatch(r"BU9901\d{4}", b.code)
        assert b.parent_code == "WK" + b.code[2:8]
    assert all(3 <= n <= 7 for n in per_wijk.values())
    names = [a.name for a in field.areas]
    assert len(names) == len(set(names))


def test_key_figures_are_plausible(field: FieldRecords) -> None:
    buurten = _areas(field, "buurt")
    suppressed = []
    for b in buurten:
        (fig,) = b.figures
        assert fig.source == "synthetic demo"
        assert fig.inhabitants is not None and 600 <= fig.inhabitants <= 6000
        values = [v for v in vars(fig).values() if isinstance(v, int) and v != fig.year]
        assert all(v % 5 == 0 and v >= 0 for v in values)
        ages = [fig.age_0_15, fig.age_15_25, fig.age_25_45, fig.age_45_65, fig.age_65_plus]
        assert abs(sum(a or 0 for a in ages) - fig.inhabitants) <= 0.03 * fig.inhabitants
        assert fig.households is not None and fig.households < fig.inhabitants
        assert (fig.one_person_households or 0) < fig.households
        if fig.low_income_households is None:
            suppressed.append(b)
    assert len(suppressed) == 1
    assert (suppressed[0].figures[0].inhabitants or 0) <= 1000
    # wijk and gemeente figures are the sums of their buurten
    for area in [*_areas(field, "wijk"), *_areas(field, "gemeente")]:
        parts = [b for b in buurten if b.code in _buurten_of(field)[area.code]]
        for name in ("inhabitants", "households", "age_65_plus", "origin_netherlands"):
            assert getattr(area.figures[0], name) == sum(getattr(b.figures[0], name) for b in parts)
        published = sum(b.figures[0].low_income_households or 0 for b in parts)
        assert (area.figures[0].low_income_households or 0) >= published


def test_buurten_differ_in_need(field: FieldRecords) -> None:
    poor = {
        b.code: (b.figures[0].low_income_households or 0) / (b.figures[0].households or 1)
        for b in _areas(field, "buurt")
        if b.figures[0].low_income_households is not None
    }
    old = {
        b.code: (b.figures[0].age_65_plus or 0) / (b.figures[0].inhabitants or 1)
        for b in _areas(field, "buurt")
    }
    assert max(poor.values()) > 3 * min(poor.values())
    assert max(old.values()) > 2.5 * min(old.values())


def test_geometry_tiles_without_overlap(field: FieldRecords) -> None:
    buurten = _areas(field, "buurt")
    rings = {b.code: _ring(b) for b in buurten}
    for area in field.areas:
        ring = _ring(area)
        assert ring[0] == ring[-1]  # closed
        assert _signed_area(ring) > 0  # counter-clockwise exterior (RFC 7946)
        assert all(5.4 < x < 5.7 and 52.3 < y < 52.4 for x, y in ring)
        segments = list(zip(ring, ring[1:], strict=False))
        for i, (p1, p2) in enumerate(segments):
            for q1, q2 in segments[i + 2 :]:
                assert not _segments_cross(p1, p2, q1, q2), area.code
    for code, ring in rings.items():
        c = _centroid(ring)
        assert _inside(c, ring)
        assert not any(_inside(c, other) for k, other in rings.items() if k != code)
    # areas add up exactly: no gaps and no overlaps between buurten, wijken and the gemeente
    (gemeente,) = _areas(field, "gemeente")
    total = sum(_signed_area(r) for r in rings.values())
    assert _signed_area(_ring(gemeente)) == pytest.approx(total, rel=1e-9)
    for w in _areas(field, "wijk"):
        parts = sum(_signed_area(rings[b]) for b in _buurten_of(field)[w.code])
        assert _signed_area(_ring(w)) == pytest.approx(parts, rel=1e-9)


def test_neighbouring_buurten_share_edges_exactly(field: FieldRecords) -> None:
    edges: Counter[tuple[Point, Point]] = Counter()
    for b in _areas(field, "buurt"):
        ring = _ring(b)
        for p, q in zip(ring, ring[1:], strict=False):
            edges[(min(p, q), max(p, q))] += 1
    assert max(edges.values()) == 2  # an edge belongs to at most two buurten
    outline = _ring(_areas(field, "gemeente")[0])
    outer = {(min(p, q), max(p, q)) for p, q in zip(outline, outline[1:], strict=False)}
    assert {e for e, n in edges.items() if n == 1} == outer


# --- organisations and players ----------------------------------------------------------------


def test_organisation_mix(field: FieldRecords) -> None:
    per_type = Counter(o.type for o in field.organisations)
    assert 4 <= per_type["welzijn"] <= 6
    assert 2 <= per_type["woningcorporatie"] <= 3
    assert 8 <= per_type["bewoners"] <= 12
    assert 5 <= per_type["zelfstandige"] <= 8
    names = [o.name for o in field.organisations]
    assert len(names) == len(set(names))
    assert all(o.website.endswith(".example") for o in field.organisations if o.website)


ROLE_ORG_TYPES = {
    "opbouwwerker": {"welzijn"},
    "procesmanager-corporatie": {"woningcorporatie"},
    "wijkregisseur": {"woningcorporatie"},
    "gebiedscoordinator": {"gemeente"},
    "ambtenaar-rtc": {"gemeente"},
    "democratiseringsmedewerker": {"gemeente"},
    "diaconaal-opbouwwerker": {"kerk"},
    "community-librarian": {"bibliotheek"},
    "eenpitter": {"zelfstandige"},
    "wijkagent": {"politie"},
    "wmo-consulent": {"zorg", "welzijn"},
    "maatschappelijk-werker": {"zorg", "welzijn"},
    "bewonersgroep": {"bewoners"},
}


def test_players_sit_in_fitting_organisations(field: FieldRecords) -> None:
    org_type = {o.key: o.type for o in field.organisations}
    for p in field.players:
        if p.role in ROLE_ORG_TYPES:
            assert p.organisation is not None
            assert org_type[p.organisation] in ROLE_ORG_TYPES[p.role], p
        assert p.is_group == (p.role == "bewonersgroep")
    assert all(any(p.organisation == o.key for p in field.players) for o in field.organisations)


def test_player_details(field: FieldRecords) -> None:
    buurten = {b.code for b in _areas(field, "buurt")}
    wijken = {w.code for w in _areas(field, "wijk")}
    emails = []
    for p in field.players:
        assert "nl" in p.languages and set(p.languages) <= set(demo.LANGUAGES)
        assert set(p.themes) <= set(demo.THEMES) and p.themes
        assert set(p.target_groups) <= set(demo.TARGET_GROUPS) and p.target_groups
        assert p.active_from is not None and p.active_from < REFERENCE_DATE
        if p.is_group:
            continue
        assert p.hours_per_week is not None and 8 <= p.hours_per_week <= 36
        assert re.fullmatch(r"[a-z-]+\.[a-z-]+@[a-z0-9.-]+\.example", p.email), p.email
        emails.append(p.email)
        if p.role in ("ambtenaar-rtc", "democratiseringsmedewerker"):
            assert p.areas == (field.municipality_code,)
        elif len(p.areas) == 1 and p.areas[0] in wijken:
            pass
        else:
            assert 1 <= len(p.areas) <= 6 and set(p.areas) <= buurten
    assert len(emails) == len(set(emails))
    first_names = Counter(p.name.split()[0] for p in field.players if not p.is_group)
    assert len(first_names) > 60  # varied names


def test_some_players_left_and_some_left_work_behind(field: FieldRecords) -> None:
    left = {p.key: p for p in field.players if p.active_until is not None}
    assert 4 <= len(left) <= 6
    assert all(
        p.active_until is not None and p.active_until < REFERENCE_DATE for p in left.values()
    )
    orphans = [
        a for a in field.activities if a.owner in left and a.status in ("lopend", "gepauzeerd")
    ]
    assert len(orphans) >= 2


# --- activities -------------------------------------------------------------------------------


def test_status_matches_dates(field: FieldRecords) -> None:
    for a in field.activities:
        assert a.end is None or a.end > a.start
        if a.status == "gepland":
            assert a.start > REFERENCE_DATE
        elif a.status in ("lopend", "gepauzeerd"):
            assert a.start <= REFERENCE_DATE and (a.end is None or a.end >= REFERENCE_DATE)
        else:
            assert a.end is not None and a.end < REFERENCE_DATE


def test_activity_details(field: FieldRecords) -> None:
    buurten = {b.code for b in _areas(field, "buurt")}
    wijken = {w.code for w in _areas(field, "wijk")}
    players = {p.key: p for p in field.players}
    in_lead = 0
    for a in field.activities:
        assert a.title and a.description and "{" not in a.title + a.description
        assert a.activity_type in demo.ACTIVITY_TYPES
        assert a.reach is None or 5 <= a.reach <= 400
        assert len(a.partners) <= 3 and a.lead_organisation not in a.partners
        assert len(set(a.partners)) == len(a.partners)
        assert a.themes and a.target_groups
        if len(a.areas) == 1 and a.areas[0] in wijken:
            pass
        else:
            assert 1 <= len(a.areas) <= 3 and set(a.areas) <= buurten
        in_lead += players[a.owner or ""].organisation == a.lead_organisation
    assert in_lead >= 0.9 * len(field.activities)
    assert len({a.title for a in field.activities}) > 0.95 * len(field.activities)


def test_resident_led_and_right_to_challenge(field: FieldRecords) -> None:
    org_type = {o.key: o.type for o in field.organisations}
    roles = {p.key: p.role for p in field.players}
    resident = [a for a in field.activities if a.resident_led]
    assert 0.08 <= len(resident) / len(field.activities) <= 0.16
    for a in field.activities:
        assert a.resident_led == (org_type[a.lead_organisation] == "bewoners")
    assert all(roles[a.owner or ""] == "bewonersgroep" for a in resident)
    rtc = [a for a in field.activities if a.rtc_stage]
    assert 4 <= len(rtc) <= 6
    assert all(a.resident_led and a.rtc_stage in demo.RTC_STAGES for a in rtc)


def test_planted_duplicates_are_real_duplicates(field: FieldRecords) -> None:
    acts = {a.key: a for a in field.activities}
    players = {p.key: p.organisation for p in field.players}

    def org_of(c_player: str | None, c_org: str | None) -> str | None:
        return players[c_player] if c_player else c_org

    tied = {
        frozenset((org_of(c.a_player, c.a_organisation), org_of(c.b_player, c.b_organisation)))
        for c in field.collaborations
    }
    seen: set[str] = set()
    for ka, kb in field.planted_duplicates:
        a, b = acts[ka], acts[kb]
        assert ka not in seen and kb not in seen
        seen |= {ka, kb}
        assert a.lead_organisation != b.lead_organisation
        assert a.activity_type == b.activity_type
        assert _covers(field, a) & _covers(field, b)
        assert _overlap(a, b)
        assert set(a.themes) & set(b.themes)
        assert set(a.target_groups) & set(b.target_groups)
        assert b.lead_organisation not in a.partners and a.lead_organisation not in b.partners
        assert frozenset((a.lead_organisation, b.lead_organisation)) not in tied
        assert a.title != b.title and a.description != b.description


def test_no_accidental_duplicates(field: FieldRecords) -> None:
    """Outside the planted pairs, same work in the same place is done together (as partners)."""
    planted = {frozenset(p) for p in field.planted_duplicates}
    acts = field.activities
    covers = {a.key: _covers(field, a) for a in acts}
    for i, a in enumerate(acts):
        for b in acts[i + 1 :]:
            if (
                a.activity_type == b.activity_type
                and a.lead_organisation != b.lead_organisation
                and covers[a.key] & covers[b.key]
                and _overlap(a, b)
                and a.lead_organisation not in b.partners
                and b.lead_organisation not in a.partners
            ):
                assert frozenset((a.key, b.key)) in planted, (a.key, b.key)


def test_complementary_pair_is_partnered_not_planted(field: FieldRecords) -> None:
    buurt = next(b.code for b in _areas(field, "buurt") if b.name == "Beukenbuurt")
    org_type = {o.key: o.type for o in field.organisations}
    pair = [
        a
        for a in field.activities
        if a.activity_type == "ontmoeting" and buurt in _covers(field, a)
    ]
    assert len(pair) == 2
    a, b = pair
    assert all(demo.COMPLEMENTARY_VENUE in x.description for x in pair)
    assert {org_type[a.lead_organisation], org_type[b.lead_organisation]} == {
        "woningcorporatie",
        "welzijn",
    }
    assert b.lead_organisation in a.partners and a.lead_organisation in b.partners
    assert _overlap(a, b)
    ends = {a.lead_organisation, b.lead_organisation, a.owner, b.owner}
    assert any(
        {c.a_player or c.a_organisation, c.b_player or c.b_organisation} <= ends
        for c in field.collaborations
    )
    assert frozenset((a.key, b.key)) not in {frozenset(p) for p in field.planted_duplicates}


def test_neglected_buurten_have_need_and_no_activity(field: FieldRecords) -> None:
    buurten = {b.code: b for b in _areas(field, "buurt")}
    covered = Counter(b for a in field.activities for b in _covers(field, a))
    shares = sorted(
        (buurten[c].figures[0].low_income_households or 0) / (buurten[c].figures[0].households or 1)
        for c in buurten
    )
    median = shares[len(shares) // 2]
    for code in field.neglected_areas:
        fig = buurten[code].figures[0]
        assert covered[code] == 0  # not directly, nor through a wijk-wide activity
        assert (fig.low_income_households or 0) / (fig.households or 1) > median
        assert (fig.age_65_plus or 0) / (fig.inhabitants or 1) > 0.25
    single = next(c for c, b in buurten.items() if b.name == demo.SINGLE_ACTIVITY_BUURT)
    assert covered[single] == 1
    assert all(covered[c] >= 5 for c in buurten if c not in field.neglected_areas and c != single)


# --- collaborations ---------------------------------------------------------------------------


def test_collaborations_are_well_formed(field: FieldRecords) -> None:
    player_org = {p.key: p.organisation for p in field.players}
    pairs = set()
    for c in field.collaborations:
        assert (c.a_player is None) != (c.a_organisation is None)
        assert (c.b_player is None) != (c.b_organisation is None)
        a, b = c.a_player or c.a_organisation, c.b_player or c.b_organisation
        assert a != b
        assert not (c.a_player and player_org[c.a_player] == c.b_organisation)
        assert not (c.b_player and player_org[c.b_player] == c.a_organisation)
        pair = frozenset((a, b))
        assert pair not in pairs
        pairs.add(pair)
        assert 1 <= c.intensity <= 4 and c.sign in (1, -1)
        assert c.context and c.since is not None and c.since <= REFERENCE_DATE
        assert c.theme is None or c.theme in demo.THEMES
        for score in (c.trust, c.value):
            assert score is None or (1 <= score <= 4 and round(score, 1) == score)
        assert c.municipality_code == field.municipality_code


def test_collaboration_mix(field: FieldRecords) -> None:
    ties = field.collaborations
    intensity = Counter(c.intensity for c in ties)
    assert intensity[1] + intensity[2] > 2 * intensity[4]
    hindering = [c for c in ties if c.sign == -1]
    assert 0.05 <= len(hindering) / len(ties) <= 0.11
    rated = [c for c in ties if c.trust is not None]
    assert 0.35 <= len(rated) / len(ties) <= 0.65
    kinds = Counter((c.a_player is not None, c.b_player is not None) for c in ties)
    assert len(kinds) >= 3  # player-player, organisation-organisation and mixed ties


# --- hand-overs -------------------------------------------------------------------------------


def test_handovers_are_well_formed(field: FieldRecords) -> None:
    acts = {a.key: a for a in field.activities}
    for h in field.handovers:
        targets = [h.to_player is not None, h.to_organisation is not None, h.to_residents]
        assert sum(targets) == 1
        assert h.from_player == acts[h.activity].owner and h.from_organisation is None
        assert h.reason and h.proposed_on is not None and h.proposed_on <= REFERENCE_DATE
        assert h.due > h.proposed_on
        assert h.proposed_on >= acts[h.activity].start
        if h.state == "proposed":
            assert h.decided_on is None and h.completed_on is None
        else:
            assert h.decided_on is not None and h.proposed_on <= h.decided_on <= REFERENCE_DATE
        if h.state == "completed":
            assert h.completed_on is not None and h.decided_on is not None
            assert h.decided_on <= h.completed_on <= REFERENCE_DATE
        else:
            assert h.completed_on is None
        assert bool(h.note) == (h.state == "declined")
    assert len({h.activity for h in field.handovers}) == len(field.handovers)


def test_handover_findings_are_planted(field: FieldRecords) -> None:
    overdue = [
        h for h in field.handovers if h.state in ("proposed", "accepted") and h.due < REFERENCE_DATE
    ]
    assert overdue
    targets = Counter(
        "residents" if h.to_residents else "player" if h.to_player else "org"
        for h in field.handovers
    )
    assert len(targets) == 3
    handed = {h.activity for h in field.handovers}
    late = [
        a
        for a in field.activities
        if a.phase in ("borgen-overdragen", "loslaten") and a.key not in handed
    ]
    assert len(late) >= 3
