"""Load one municipality's field into the analysis core's tables, in bulk, cached per process.

Overlap, gaps, role fit and warn-at-entry all read the same :class:`FieldTables`: an
:class:`~speelveld.core.table.ActivityTable` of every activity, the gaps'
:class:`~speelveld.core.gaps.AreaTable` of the buurten with key figures and neighbours, the
role catalogue as profiles, and the names that the texts need. About fifteen flat
``values_list`` queries whatever the size of the municipality; no per-row ORM access.

How the database maps onto the core's contract:

- areas: an activity for a wijk (or a stadsdeel, or the whole gemeente) is expanded to all its
  buurten and flagged ``wide``; the buurt index is the position in :attr:`AreaTable.codes`, so
  the gaps and the overlap share one vocabulary;
- organisations are keyed by their id as text; the lead role is the owner's role;
- ties: positive collaborations between two organisations, or between players' organisations
  (a hindering tie is no partnership);
- hand-overs: accepted or completed ones, to an organisation (a player's counts for their
  organisation) or to the residents;
- ``versions``: each activity's ``updated_at`` in microseconds, so a finding's fingerprint
  changes whenever one of its activities is saved (every service and import sets it).

Neighbours of buurten come from the geometry: two buurten are neighbours when their polygons
share at least two vertices (an edge; CBS boundaries are topologically clean, compared at 1e-6
degrees). Buurten of a wijk where some lack geometry count as each other's neighbours.

The cache keeps a few municipalities per process, keyed by a change stamp (counts and latest
change of activities, hand-overs, ties, players, organisations, areas, key figures, the role
catalogue, and today's date, which decides what is current), as in
:mod:`speelveld.activities.facts`. Results computed from the tables (the overlap scan, the warn
index, gaps, role fit) are memoised on them, so they live exactly as long as the data.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt
from django.db.models import Count, Max
from django.utils import timezone

from speelveld.activities.models import Activity, ActivityStatus, Handover, HandoverState
from speelveld.analysis.engage_field import role_catalogue_load
from speelveld.catalogue.models import (
    ActivityType,
    Method,
    Phase,
    Role,
    RoleDelegation,
    TargetGroup,
    Theme,
)
from speelveld.core.gaps import AreaTable
from speelveld.core.geometry import outer_rings
from speelveld.core.role_catalogue import RoleProfile
from speelveld.core.table import ActivityRow, ActivityTable, HandoverLink, Vocab
from speelveld.places.models import Area, AreaFigures, AreaLevel
from speelveld.players.models import Collaboration, Organisation, Player

CACHE_SIZE = 8  # municipalities per process
FIGURES = (
    "inhabitants", "age_0_15", "age_15_25", "age_65_plus", "households",
    "one_person_households", "households_with_children", "low_income_households",
    "origin_outside_europe",
)  # fmt: skip
ENDED = (ActivityStatus.COMPLETED, ActivityStatus.STOPPED)
Pair = tuple[str, str]  # (Dutch, English)
T = TypeVar("T")


@dataclass(frozen=True)
class ActivityCard:
    """What the findings show of an activity besides the analysed columns."""

    id: int
    title: str
    organisation: int
    owner: int | None
    start: date
    end: date | None
    status: str
    activity_type: str | None
    areas: tuple[str, ...]  # the codes as entered (buurten and/or wijken)


@dataclass(frozen=True)
class PlayerCard:
    id: int
    name: str
    role: str
    organisation: int | None
    email: str
    buurten: frozenset[str]  # empty: no work area recorded
    active: bool


@dataclass(frozen=True)
class Names:
    """Names of everything a finding mentions; vocabularies in Dutch and English."""

    municipality: str
    areas: dict[str, str]  # code -> name
    organisations: dict[int, str]
    activity_types: dict[str, Pair]
    themes: dict[str, Pair]
    target_groups: dict[str, Pair]
    methods: dict[str, Pair]
    phases: dict[str, Pair]
    roles: dict[str, Pair]
    delegations: dict[str, Pair]  # RoleDelegation id -> task text

    def area(self, code: str) -> str:
        return self.areas.get(code, code)

    def organisation(self, key: str | int | None) -> str:
        if key is None:
            return ""
        try:
            return self.organisations.get(int(key), str(key))
        except ValueError:
            return str(key)


@dataclass(eq=False)
class FieldTables:
    """One municipality's field as the analyses read it (see the module docstring)."""

    municipality_id: int
    municipality_code: str
    stamp: tuple[Any, ...]
    today: date
    table: ActivityTable
    areas: AreaTable
    current: npt.NDArray[np.bool_]  # rows that run today or later (what gaps count)
    buurten_of: dict[str, tuple[str, ...]]  # any area code of the municipality -> its buurten
    wijk_of: dict[str, str]  # buurt code -> wijk code
    activities: dict[int, ActivityCard]
    players: dict[int, PlayerCard]
    names: Names
    catalogue: dict[str, RoleProfile]
    involved: dict[int, frozenset[str]]  # activity id -> roles of partners working there
    _memo: dict[str, Any] = field(default_factory=dict, repr=False)
    _locks: dict[str, threading.Lock] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def memo(self, name: str, build: Callable[[], T]) -> T:
        """``build()`` once per tables (so once per change stamp), shared by all threads. One
        lock per name: a warning never waits for the findings page's overlap scan."""
        with self._lock:
            lock = self._locks.setdefault(name, threading.Lock())
        with lock:
            if name not in self._memo:
                self._memo[name] = build()
            value: T = self._memo[name]
            return value

    def has(self, *names: str) -> bool:
        """Whether these results are built already (``memo`` would not wait)."""
        return all(name in self._memo for name in names)

    def buurten_in(self, code: str | None) -> frozenset[str] | None:
        """The buurten of a wijk, buurt or stadsdeel code; ``None`` for the whole gemeente."""
        if code is None or code == self.municipality_code:
            return None
        return frozenset(self.buurten_of.get(code, ()))

    def rows_in(self, buurten: frozenset[str] | None) -> npt.NDArray[np.int64]:
        """Row positions of the activities that touch these buurten (all rows for ``None``)."""
        t = self.table
        if buurten is None:
            return np.arange(len(t), dtype=np.int64)
        index = t.vocab.index("areas")
        wanted = np.zeros(max(t.n_areas, 1), dtype=np.bool_)
        wanted[[index[b] for b in buurten if b in index]] = True
        touch = wanted[t.area_idx]
        row_of = np.repeat(np.arange(len(t), dtype=np.int64), np.diff(t.area_ptr))
        return np.unique(row_of[touch])


# --- the change stamp ----------------------------------------------------------------------


def _counted(qs: Any, column: str = "updated_at") -> tuple[Any, Any]:
    row = qs.aggregate(n=Count("pk"), latest=Max(column))
    return (row["n"], row["latest"])


def field_stamp(municipality_id: int, today: date) -> tuple[Any, ...]:
    """What the analysis tables and the engage index depend on; a change through any service
    or import changes it."""
    m = municipality_id
    return (
        today,
        _counted(Activity.objects.filter(municipality_id=m)),
        _counted(Handover.objects.filter(activity__municipality_id=m)),
        _counted(Collaboration.objects.filter(municipality_id=m)),
        _counted(Player.objects.filter(municipality_id=m)),
        _counted(Organisation.objects.filter(municipalities=m)),
        _counted(Area.objects.filter(municipality_id=m), "pk"),
        _counted(Area.history.filter(municipality_id=m), "history_id"),
        _counted(AreaFigures.objects.filter(area__municipality_id=m), "pk"),
        _counted(Role.history.all(), "history_id"),
        _counted(RoleDelegation.history.all(), "history_id"),
    )


# --- loading -------------------------------------------------------------------------------


def _pairs(model: Any) -> dict[str, Pair]:
    return {k: (n, e) for k, n, e in model.objects.values_list("key", "name", "name_en")}


def _grouped(rows: Iterable[tuple[Any, Any]]) -> dict[Any, list[Any]]:
    out: dict[Any, list[Any]] = defaultdict(list)
    for a, b in rows:
        out[a].append(b)
    return out


def buurt_neighbours(
    buurten: list[str], wijk_of: dict[str, str], geometry: dict[str, Any]
) -> dict[str, set[str]]:
    """Neighbours by shared polygon edges; same wijk where geometry is missing."""
    at: dict[tuple[float, float], set[str]] = defaultdict(set)
    for code in buurten:
        for ring in outer_rings(geometry.get(code)):
            for x, y, *_ in ring:
                at[(round(x, 6), round(y, 6))].add(code)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for codes in at.values():
        if len(codes) > 1:
            ordered = sorted(codes)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1 :]:
                    shared[(a, b)] += 1
    out: dict[str, set[str]] = defaultdict(set)
    for (a, b), n in shared.items():
        if n >= 2:  # one shared vertex is a corner touch, not a border
            out[a].add(b)
            out[b].add(a)
    by_wijk = _grouped((wijk_of.get(b, ""), b) for b in buurten)
    for members in by_wijk.values():
        if any(not outer_rings(geometry.get(b)) for b in members):
            for a in members:
                out[a].update(b for b in members if b != a)
    return out


@dataclass(frozen=True)
class _Geography:
    buurten: list[str]
    names: dict[str, str]
    code_of: dict[int, str]
    buurten_of: dict[str, tuple[str, ...]]
    wijk_of: dict[str, str]
    areas: AreaTable


def _geography(municipality: Area) -> _Geography:
    rows = list(
        Area.objects.filter(municipality=municipality)
        .values_list("pk", "code", "name", "level", "parent_id", "layer_id")
        .order_by("code")
    )
    code_of = {pk: code for pk, code, *_ in rows}
    code_of[municipality.pk] = municipality.code
    names = {code: name for _pk, code, name, *_ in rows}
    names[municipality.code] = municipality.name
    buurten = [code for _pk, code, _n, level, *_ in rows if level == AreaLevel.BUURT]
    wijk_of = {
        code: code_of.get(parent, "")
        for _pk, code, _n, level, parent, _l in rows
        if level == AreaLevel.BUURT
    }  # fmt: skip
    by_wijk = _grouped((wijk, b) for b, wijk in wijk_of.items())
    layer_of = {code: code_of.get(layer, "") for _pk, code, _n, _lv, _p, layer in rows if layer}
    buurten_of: dict[str, tuple[str, ...]] = {municipality.code: tuple(buurten)}
    for _pk, code, _n, level, _p, _l in rows:
        if level == AreaLevel.BUURT:
            buurten_of[code] = (code,)
        elif level == AreaLevel.WIJK:
            buurten_of[code] = tuple(by_wijk.get(code, ()))
    for wijk, layer in layer_of.items():  # a stadsdeel covers the buurten of its wijken
        buurten_of[layer] = buurten_of.get(layer, ()) + tuple(by_wijk.get(wijk, ()))

    geometry = dict(
        Area.objects.filter(municipality=municipality, level=AreaLevel.BUURT).values_list(
            "code", "geometry"
        )
    )
    neighbours = buurt_neighbours(buurten, wijk_of, geometry)
    index = {code: i for i, code in enumerate(buurten)}
    ptr = np.zeros(len(buurten) + 1, dtype=np.int64)
    flat: list[int] = []
    for i, code in enumerate(buurten):
        flat += sorted(index[n] for n in neighbours.get(code, ()) if n in index)
        ptr[i + 1] = len(flat)
    wijk_codes = sorted({w for w in wijk_of.values()})
    wijk_index = {w: i for i, w in enumerate(wijk_codes)}
    figures = {name: np.full(len(buurten), np.nan) for name in FIGURES}
    seen: set[str] = set()
    for code, *values in (
        AreaFigures.objects.filter(area__municipality=municipality, area__level=AreaLevel.BUURT)
        .order_by("area__code", "-year")
        .values_list("area__code", *FIGURES)
    ):
        if code in seen or code not in index:  # the newest year per buurt only
            continue
        seen.add(code)
        for name, value in zip(FIGURES, values, strict=True):
            if value is not None:  # None is suppressed by CBS: stays NaN, never zero
                figures[name][index[code]] = float(value)
    areas = AreaTable(
        codes=tuple(buurten),
        wijk=np.array([wijk_index[wijk_of[b]] for b in buurten], dtype=np.int32),
        wijk_codes=wijk_codes,
        figures=figures,
        neighbour_ptr=ptr,
        neighbour_idx=np.array(flat, dtype=np.int32),
    )
    return _Geography(buurten, names, code_of, buurten_of, wijk_of, areas)


def _players(
    municipality: Area, geo: _Geography, today: date
) -> tuple[dict[int, PlayerCard], dict[int, list[int]]]:
    areas = _grouped(
        Player.areas.through.objects.filter(player__municipality=municipality).values_list(
            "player_id", "area_id"
        )
    )
    players: dict[int, PlayerCard] = {}
    by_org: dict[int, list[int]] = defaultdict(list)
    for pk, name, role, org, email, start, until in Player.objects.filter(
        municipality=municipality
    ).values_list("pk", "name", "role__key", "organisation_id", "email", "active_from",
                  "active_until"):  # fmt: skip
        codes = [geo.code_of.get(area, "") for area in areas.get(pk, ())]
        buurten = frozenset(b for code in codes for b in geo.buurten_of.get(code, ()))
        active = (start is None or start <= today) and (until is None or until >= today)
        players[pk] = PlayerCard(pk, name, role, org, email, buurten, active)
        if org is not None:
            by_org[org].append(pk)
    return players, by_org


def _names(municipality: Area, geo: _Geography, org_ids: set[int]) -> Names:
    orgs = dict(Organisation.objects.filter(municipalities=municipality).values_list("pk", "name"))
    missing = org_ids - set(orgs)
    if missing:  # partners or receivers from outside the municipality
        orgs.update(Organisation.objects.filter(pk__in=missing).values_list("pk", "name"))
    return Names(
        municipality=municipality.name,
        areas=geo.names,
        organisations=orgs,
        activity_types=_pairs(ActivityType),
        themes=_pairs(Theme),
        target_groups=_pairs(TargetGroup),
        methods=_pairs(Method),
        phases=_pairs(Phase),
        roles=_pairs(Role),
        delegations={
            str(pk): (task, task_en)
            for pk, task, task_en in RoleDelegation.objects.values_list("pk", "task", "task_en")
        },
    )


def field_tables_load(
    municipality: Area, *, today: date, stamp: tuple[Any, ...] = ()
) -> FieldTables:
    """Build the tables of one municipality from the database (no cache)."""
    m = municipality.pk
    geo = _geography(municipality)
    where = {"activity__municipality_id": m}
    themes = _grouped(Activity.themes.through.objects.filter(**where).values_list(
        "activity_id", "theme__key"))  # fmt: skip
    groups = _grouped(Activity.target_groups.through.objects.filter(**where).values_list(
        "activity_id", "targetgroup__key"))  # fmt: skip
    area_ids = _grouped(Activity.areas.through.objects.filter(**where).values_list(
        "activity_id", "area_id"))  # fmt: skip
    partners = _grouped(Activity.partners.through.objects.filter(**where).values_list(
        "activity_id", "organisation_id"))  # fmt: skip
    players, by_org = _players(municipality, geo, today)

    rows: list[ActivityRow] = []
    cards: dict[int, ActivityCard] = {}
    versions: list[int] = []
    current: list[bool] = []
    org_ids: set[int] = set()
    for pk, title, desc, org, owner, role, atype, method, phase, start, end, status, changed in (
        Activity.objects.filter(municipality_id=m)
        .values_list("pk", "title", "description", "lead_organisation_id", "owner_id",
                     "owner__role__key", "activity_type__key", "method__key", "phase__key",
                     "start", "end", "status", "updated_at")
        .order_by("pk")
    ):  # fmt: skip
        codes = [geo.code_of.get(a, "") for a in area_ids.get(pk, ())]
        buurten: list[str] = []
        for code in codes:
            buurten += geo.buurten_of.get(code, ())
        org_ids.add(org)
        org_ids.update(partners.get(pk, ()))
        rows.append(ActivityRow(
            id=pk, org=str(org), areas=tuple(dict.fromkeys(buurten)), start=start, end=end,
            themes=tuple(sorted(themes.get(pk, ()))),
            target_groups=tuple(sorted(groups.get(pk, ()))), title=title, description=desc,
            activity_type=atype, method=method, phase=phase, lead_role=role,
            partners=tuple(str(p) for p in partners.get(pk, ()) if p != org),
            wide=any(not c.startswith("BU") for c in codes),
        ))  # fmt: skip
        cards[pk] = ActivityCard(pk, title, org, owner, start, end, status, atype,
                                 tuple(sorted(codes)))  # fmt: skip
        versions.append(int(changed.timestamp() * 1_000_000) if changed else 0)
        current.append(status not in ENDED and (end is None or end >= today))

    ties = []
    for a_org, a_player_org, b_org, b_player_org in Collaboration.objects.filter(
        municipality_id=m, sign__gt=0
    ).values_list("a_organisation_id", "a_player__organisation_id", "b_organisation_id",
                  "b_player__organisation_id"):  # fmt: skip
        x, y = a_org or a_player_org, b_org or b_player_org
        if x and y and x != y:
            ties.append((str(x), str(y)))
            org_ids.update((x, y))
    handovers = []
    for act, to_org, to_player_org in Handover.objects.filter(
        activity__municipality_id=m, state__in=[HandoverState.ACCEPTED, HandoverState.COMPLETED]
    ).values_list("activity_id", "to_organisation_id", "to_player__organisation_id"):
        receiver = to_org or to_player_org  # None: the residents themselves
        handovers.append(HandoverLink(activity=act, to_org=str(receiver) if receiver else None))
        if receiver:
            org_ids.add(receiver)

    vocab = Vocab(
        areas=tuple(geo.buurten),
        themes=tuple(Theme.objects.order_by("order", "key").values_list("key", flat=True)),
        target_groups=tuple(
            TargetGroup.objects.order_by("order", "key").values_list("key", flat=True)
        ),
    )
    table = ActivityTable.from_rows(rows, ties=ties, handovers=handovers, vocab=vocab,
                                    versions=versions)  # fmt: skip
    return FieldTables(
        municipality_id=m,
        municipality_code=municipality.code,
        stamp=stamp,
        today=today,
        table=table,
        areas=geo.areas,
        current=np.array(current, dtype=np.bool_),
        buurten_of=geo.buurten_of,
        wijk_of=geo.wijk_of,
        activities=cards,
        players=players,
        names=_names(municipality, geo, org_ids),
        catalogue=role_catalogue_load(),
        involved=_involved(rows, players, by_org),
    )


def _involved(
    rows: list[ActivityRow], players: dict[int, PlayerCard], by_org: dict[int, list[int]]
) -> dict[int, frozenset[str]]:
    """Roles that already take part in an activity: active players of its partner
    organisations who work in one of its buurten (or have no work area recorded)."""
    out: dict[int, frozenset[str]] = {}
    for r in rows:
        if not r.partners:
            continue
        here = set(r.areas)
        roles = {
            players[p].role
            for org in r.partners
            for p in by_org.get(int(org), ())
            if players[p].active and (not players[p].buurten or players[p].buurten & here)
        }  # fmt: skip
        if roles:
            out[r.id] = frozenset(roles)
    return out


_cache: OrderedDict[int, FieldTables] = OrderedDict()
_cache_lock = threading.Lock()


def field_tables_cached(municipality: Area, *, today: date | None = None) -> FieldTables | None:
    """The municipality's tables if this process has them for the current change stamp."""
    stamp = field_stamp(municipality.pk, today or timezone.localdate())
    with _cache_lock:
        cached = _cache.get(municipality.pk)
    return cached if cached is not None and cached.stamp == stamp else None


def field_tables(municipality: Area, *, today: date | None = None) -> FieldTables:
    """The municipality's tables, from the cache while nothing changed."""
    day = today or timezone.localdate()
    stamp = field_stamp(municipality.pk, day)
    with _cache_lock:
        cached = _cache.get(municipality.pk)
        if cached is not None and cached.stamp == stamp:
            _cache.move_to_end(municipality.pk)
            return cached
    loaded = field_tables_load(municipality, today=day, stamp=stamp)
    with _cache_lock:
        _cache[municipality.pk] = loaded
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return loaded
