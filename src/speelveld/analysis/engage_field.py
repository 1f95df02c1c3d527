"""Load one municipality's field for *Wie schakel ik in?* in bulk: areas (with neighbours and
centroids derived from the geometry), players as matching candidates, and the role catalogue.

About twenty flat queries whatever the size of the municipality; no per-row ORM access. The
result is language-neutral (labels keep Dutch and English side by side), so one cached copy
serves every request.

How the geography is derived:

- *neighbours*: two buurten are neighbours when their polygons share at least two vertices (an
  edge; CBS boundaries are topologically clean, so shared borders share vertices exactly,
  compared at 1e-6 degrees ≈ 0.1 m). A single shared vertex is a corner touch and does not
  count. When some buurten of a wijk have no geometry, the buurten of that wijk count as each
  other's neighbours instead.
- *centroids*: the area-weighted centroid of the largest polygon ring, projected to kilometres
  (equirectangular around the municipality's mean latitude — metre-level error over a
  municipality, plenty for "who is nearest"). Without geometry for every area, distances fall
  back to steps between neighbouring buurten.
- *stadsdelen* are not part of the CBS hierarchy: a player who works in a stadsdeel works in
  its wijken.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import Count, Q
from django.utils.translation import get_language

from speelveld.activities.models import Activity, ActivityStatus, Handover, HandoverState
from speelveld.catalogue.models import (
    ActivityType,
    Language,
    Phase,
    Role,
    RoleDelegation,
    TargetGroup,
    Theme,
)
from speelveld.core.area_graph import AreaGraph, AreaNode
from speelveld.core.engage import Candidate, EngageIndex, HandoverRecord, Party, Tie
from speelveld.core.geometry import outer_rings
from speelveld.core.role_catalogue import Delegation, RoleProfile
from speelveld.places.models import Area, AreaLevel
from speelveld.players.models import Collaboration, Organisation, Player

KM_PER_DEGREE = 111.32
Pair = tuple[str, str]  # (Dutch, English)


def pick(pair: Pair | None, fallback: str = "") -> str:
    """The label in the active language (English only where it is filled in)."""
    if pair is None:
        return fallback
    if (get_language() or "nl").startswith("en") and pair[1]:
        return pair[1]
    return pair[0]


@dataclass(frozen=True)
class PlayerCard:
    id: int
    name: str
    role: str
    organisation: int | None
    is_group: bool


@dataclass(frozen=True)
class Labels:
    """Names of everything an answer mentions, in Dutch and English."""

    roles: dict[str, Pair]
    activity_types: dict[str, Pair]
    phases: dict[str, Pair]
    themes: dict[str, Pair]
    target_groups: dict[str, Pair]
    languages: dict[str, Pair]
    areas: dict[str, tuple[str, str]]  # code -> (name, level)
    delegations: dict[str, Pair]  # RoleDelegation id -> task text

    def area_name(self, code: str) -> str:
        return self.areas.get(code, (code, ""))[0]


@dataclass(frozen=True)
class EngageField:
    """A municipality's field as matching needs it, plus names for the answer."""

    index: EngageIndex
    players: dict[int, PlayerCard]
    organisations: dict[int, str]
    labels: Labels


def _pairs(model: Any, key: str = "key") -> dict[str, Pair]:
    return {k: (n, e) for k, n, e in model.objects.values_list(key, "name", "name_en")}


def _many(through: Any, source: str, target: str, **where: Any) -> dict[Any, list[Any]]:
    out: dict[Any, list[Any]] = defaultdict(list)
    for a, b in through.objects.filter(**where).values_list(source, target):
        out[a].append(b)
    return out


def role_catalogue_load() -> dict[str, RoleProfile]:
    """The editable catalogue (``Role`` + ``RoleDelegation``) as matching profiles, in catalogue
    order; a delegation's ``task_key`` is its id."""
    types = _many(Role.core_activity_types.through, "role__key", "activitytype__key")
    phases = _many(Role.core_phases.through, "role__key", "phase__key")
    d_types = _many(RoleDelegation.activity_types.through, "roledelegation_id", "activitytype__key")
    d_phases = _many(RoleDelegation.phases.through, "roledelegation_id", "phase__key")
    delegations: dict[str, list[Delegation]] = defaultdict(list)
    for pk, role, to_role in RoleDelegation.objects.order_by("pk").values_list(
        "pk", "role__key", "to_role__key"
    ):
        delegations[role].append(
            Delegation(
                to_role=to_role,
                activity_types=frozenset(d_types.get(pk, ())),
                phases=frozenset(d_phases.get(pk, ())),
                task_key=str(pk),
            )
        )
    return {
        key: RoleProfile(
            key=key,
            core_activity_types=frozenset(types.get(key, ())),
            core_phases=frozenset(phases.get(key, ())),
            delegations=tuple(delegations.get(key, ())),
            is_resident_role=resident,
        )
        for key, resident in Role.objects.order_by("order", "name").values_list(
            "key", "is_resident_role"
        )
    }


def _centroid(rings: list[list[list[float]]], cos_lat: float) -> tuple[float, float] | None:
    """Area-weighted centroid (km) of all outer rings together; the vertex mean for a
    degenerate ring."""
    total = cx = cy = 0.0
    points: list[tuple[float, float]] = []
    for ring in rings:
        xy = [(x * KM_PER_DEGREE * cos_lat, y * KM_PER_DEGREE) for x, y, *_ in ring]
        points += xy
        for (x0, y0), (x1, y1) in zip(xy, xy[1:] + xy[:1], strict=True):
            cross = x0 * y1 - x1 * y0
            total += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
    if abs(total) > 1e-12:
        return (cx / (3 * total), cy / (3 * total))
    if points:
        return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))
    return None


def area_graph_load(
    municipality: Area,
) -> tuple[AreaGraph, dict[str, tuple[str, str]], dict[str, list[str]]]:
    """The municipality's area graph, names by code, and stadsdeel code → its wijk codes."""
    rows = list(
        Area.objects.filter(municipality=municipality).values(
            "pk", "code", "name", "level", "parent__code", "layer__code", "geometry"
        )
    )
    names = {municipality.code: (municipality.name, AreaLevel.GEMEENTE.value)}
    names.update({r["code"]: (r["name"], r["level"]) for r in rows})
    layers: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        if r["level"] == AreaLevel.WIJK and r["layer__code"]:
            layers[r["layer__code"]].append(r["code"])
    buurten = [r for r in rows if r["level"] == AreaLevel.BUURT]
    rings = {r["code"]: outer_rings(r["geometry"]) for r in rows}
    lats = [pt[1] for r in buurten for ring in rings[r["code"]] for pt in ring]
    cos_lat = math.cos(math.radians(sum(lats) / len(lats))) if lats else 1.0
    neighbours = _neighbours(buurten, rings)
    nodes = []
    for r in rows:
        if r["level"] not in (AreaLevel.WIJK, AreaLevel.BUURT):
            continue
        centroid = _centroid(rings[r["code"]], cos_lat)
        nodes.append(AreaNode(r["code"], tuple(sorted(neighbours.get(r["code"], ()))), centroid))
    if nodes and any(n.centroid is None for n in nodes):
        nodes = [_with_centroid(n, nodes) for n in nodes]
    nodes.append(AreaNode(municipality.code, (), _mean_centroid(nodes)))
    return AreaGraph.build(nodes), names, dict(layers)


def _neighbours(
    buurten: Sequence[Mapping[str, Any]], rings: dict[str, list[list[list[float]]]]
) -> dict[str, set[str]]:
    at: dict[tuple[float, float], set[str]] = defaultdict(set)
    for r in buurten:
        for ring in rings[r["code"]]:
            for x, y, *_ in ring:
                at[(round(x, 6), round(y, 6))].add(r["code"])
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for codes in at.values():
        if len(codes) > 1:
            ordered = sorted(codes)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1 :]:
                    shared[(a, b)] += 1
    out: dict[str, set[str]] = defaultdict(set)
    for (a, b), n in shared.items():
        if n >= 2:  # an edge; one shared vertex is only a corner
            out[a].add(b)
            out[b].add(a)
    by_wijk: dict[str, list[str]] = defaultdict(list)
    unknown_wijken = set()
    for r in buurten:
        by_wijk[r["parent__code"]].append(r["code"])
        if not rings[r["code"]]:
            unknown_wijken.add(r["parent__code"])
    for wijk in unknown_wijken:  # no geometry: the buurten of one wijk count as neighbours
        for a in by_wijk[wijk]:
            out[a].update(b for b in by_wijk[wijk] if b != a)
    return out


def _mean_centroid(nodes: list[AreaNode]) -> tuple[float, float] | None:
    known = [n.centroid for n in nodes if n.centroid is not None]
    if not known or len(known) != len(nodes):
        return None
    return (sum(c[0] for c in known) / len(known), sum(c[1] for c in known) / len(known))


def _with_centroid(node: AreaNode, nodes: list[AreaNode]) -> AreaNode:
    """A wijk without its own geometry sits at the mean of its buurten."""
    if node.centroid is not None or not node.code.startswith("WK"):
        return node
    inner = [n.centroid for n in nodes if n.code[2:8] == node.code[2:8] and n.code.startswith("BU")]
    known = [c for c in inner if c is not None]
    if not known or len(known) != len(inner):
        return node
    mean = (sum(c[0] for c in known) / len(known), sum(c[1] for c in known) / len(known))
    return AreaNode(node.code, node.neighbours, mean)


def _handover_records(municipality: Area) -> dict[int, HandoverRecord]:
    """Per player: hand-overs they gave or received, completed on time or late, and the ones
    offered to them that they declined."""
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    rows = Handover.objects.filter(
        activity__municipality=municipality,
        state__in=[HandoverState.COMPLETED, HandoverState.DECLINED],
    ).values_list("from_player_id", "to_player_id", "state", "due", "completed_at")
    for giver, taker, state, due, completed in rows:
        if state == HandoverState.DECLINED:
            if taker is not None:
                counts[taker][2] += 1
            continue
        late = completed is not None and completed.date() > due
        for who in {giver, taker} - {None}:
            counts[who][1 if late else 0] += 1
    return {pk: HandoverRecord(*c) for pk, c in counts.items()}


def _ties(municipality: Area, members: dict[int, list[int]]) -> dict[int, dict[Party, Tie]]:
    """Per player: their own collaboration ties and those of their organisation (an
    organisation's partnership is its workers' working relation too; their own tie wins)."""
    own: dict[int, dict[Party, Tie]] = defaultdict(dict)
    org_ties: dict[int, dict[Party, Tie]] = defaultdict(dict)
    rows = Collaboration.objects.filter(municipality=municipality).values_list(
        "a_player_id", "a_organisation_id", "b_player_id", "b_organisation_id", "intensity", "sign"
    )
    for ap, ao, bp, bo, intensity, sign in rows:
        a = Party("player", ap) if ap else Party("organisation", ao)
        b = Party("player", bp) if bp else Party("organisation", bo)
        for this, other in ((a, b), (b, a)):
            target = own if this.kind == "player" else org_ties
            target[this.id][other] = Tie(other, intensity, sign)
    out: dict[int, dict[Party, Tie]] = defaultdict(dict)
    for org, ties in org_ties.items():
        for player in members.get(org, ()):
            out[player].update(ties)
    for player, ties in own.items():
        out[player].update(ties)
    return out


def candidates_load(
    municipality: Area, layers: dict[str, list[str]], today: date
) -> tuple[list[Candidate], dict[int, PlayerCard]]:
    """Every player of the municipality as a matching candidate."""
    pid = {"player__municipality": municipality}
    players = list(
        Player.objects.filter(municipality=municipality)
        .values_list(
            "pk",
            "name",
            "role__key",
            "organisation_id",
            "hours_per_week",
            "active_from",
            "active_until",
            "is_group",
        )
        .order_by("pk")
    )
    areas = _many(Player.areas.through, "player_id", "area__code", **pid)
    themes = _many(Player.themes.through, "player_id", "theme__key", **pid)
    groups = _many(Player.target_groups.through, "player_id", "targetgroup__key", **pid)
    languages = _many(Player.languages.through, "player_id", "language__code", **pid)
    load = dict(
        Activity.objects.filter(municipality=municipality, owner__isnull=False)
        .exclude(status__in=[ActivityStatus.COMPLETED, ActivityStatus.STOPPED])
        .values("owner_id")
        .annotate(n=Count("pk"))
        .values_list("owner_id", "n")
    )
    members: dict[int, list[int]] = defaultdict(list)
    for p in players:
        if p[3] is not None:
            members[p[3]].append(p[0])
    ties = _ties(municipality, members)
    records = _handover_records(municipality)
    out, cards = [], {}
    for pk, name, role, org, hours, start, until, group in players:
        codes: list[str] = []
        for code in areas.get(pk, ()):
            codes += layers.get(code, [code])
        active = (start is None or start <= today) and (until is None or until >= today)
        out.append(
            Candidate(
                id=pk,
                role=role,
                areas=tuple(codes),
                organisation=org,
                themes=tuple(themes.get(pk, ())),
                target_groups=tuple(groups.get(pk, ())),
                languages=tuple(languages.get(pk, ())),
                hours_per_week=float(hours) if hours is not None else None,
                active_activities=load.get(pk, 0),
                ties=tuple(ties.get(pk, {}).values()),
                handovers=records.get(pk, HandoverRecord()),
                active=active,
            )
        )
        cards[pk] = PlayerCard(pk, name, role, org, group)
    return out, cards


def labels_load(names: dict[str, tuple[str, str]]) -> Labels:
    return Labels(
        roles=_pairs(Role),
        activity_types=_pairs(ActivityType),
        phases=_pairs(Phase),
        themes=_pairs(Theme),
        target_groups=_pairs(TargetGroup),
        languages=_pairs(Language, "code"),
        areas=names,
        delegations={
            str(pk): (task, task_en)
            for pk, task, task_en in RoleDelegation.objects.values_list("pk", "task", "task_en")
        },
    )


def engage_field_load(municipality: Area, today: date) -> EngageField:
    """Build the candidates index of one municipality from the database."""
    graph, names, layers = area_graph_load(municipality)
    candidates, cards = candidates_load(municipality, layers, today)
    index = EngageIndex.build(candidates, role_catalogue_load(), graph)
    here = Q(municipalities=municipality) | Q(players__municipality=municipality)
    organisations = dict(Organisation.objects.filter(here).distinct().values_list("pk", "name"))
    return EngageField(index, cards, organisations, labels_load(names))
