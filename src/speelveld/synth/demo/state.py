"""The mutable state of one demo build: the one ``rng``, what has been made so far, and lookups.

The concept modules (areas, organisations, players, activities, planted, ties, handovers) are
functions over a ``DemoState``; ``field.demo_field`` calls them in a fixed order, which keeps the
random draws, and so the output for a seed, the same.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from speelveld.synth.demo.texts_organisations import OrgSpec
from speelveld.synth.demo.texts_places import BuurtSpec
from speelveld.synth.demo.vocabulary import MUNICIPALITY_CODE

Entity = tuple[str, str]  # ("p", player key) or ("o", organisation key)


@dataclass
class Buurt:
    code: str
    spec: BuurtSpec
    wijk: int
    cell: tuple[int, int]
    figures: dict[str, int] = field(default_factory=dict)
    need: float = 1.0
    neighbours: list[str] = field(default_factory=list)


@dataclass
class Player:
    key: str
    name: str
    role: str
    org: str
    is_group: bool
    areas: tuple[str, ...]
    covers: frozenset[str]  # buurt codes this player works in
    themes: tuple[str, ...]
    groups: tuple[str, ...]
    languages: tuple[str, ...]
    hours: float | None
    active_from: date
    active_until: date | None = None
    email: str = ""


@dataclass
class Act:
    title: str
    description: str
    type: str
    lead: str
    owner: str
    method: str | None
    phase: str
    status: str
    start: date
    end: date | None
    areas: tuple[str, ...]
    covers: tuple[str, ...]
    themes: tuple[str, ...]
    groups: tuple[str, ...]
    partners: tuple[str, ...] = ()
    reach: int | None = None
    resident_led: bool = False
    rtc_stage: str = ""
    kind: str = "regular"
    key: str = ""


@dataclass
class Tie:
    a: Entity
    b: Entity
    intensity: int
    context: str
    since: date
    theme: str | None
    sign: int = 1
    fixed: bool = False  # planted on purpose: never turned into a hindering tie


class DemoState:
    def __init__(self, seed: int, year: int) -> None:
        self.rng = random.Random(seed)
        self.year = year
        self.buurten: dict[str, Buurt] = {}
        self.wijk_codes: list[str] = []
        self.wijk_buurten: list[list[str]] = []
        self.area_codes: dict[str, str] = {}  # area name -> code
        self.orgs: dict[str, tuple[str, OrgSpec]] = {}  # slug -> (key, spec)
        self.org_by_key: dict[str, OrgSpec] = {}
        self.players: list[Player] = []
        self.player_by_key: dict[str, Player] = {}
        self.acts: list[Act] = []
        self.occupied: dict[tuple[str, str], list[Act]] = {}
        self.reserved: set[tuple[str, str]] = set()
        self.forbidden: set[tuple[str, str]] = set()  # org key pairs that must stay unconnected
        self.required_pairs: list[tuple[str, str, Act]] = []
        self.planted: list[tuple[Act, Act]] = []
        self.complementary: tuple[Act, Act] | None = None
        self.excluded: set[str] = set()  # neglected and single-activity buurten
        self.used_titles: set[str] = set()
        self.leavers: list[Player] = []

    # --- areas --------------------------------------------------------------------------

    def expand(self, code: str) -> list[str]:
        if code == MUNICIPALITY_CODE:
            return list(self.buurten)
        if code in self.wijk_codes:
            return list(self.wijk_buurten[self.wijk_codes.index(code)])
        return [code]

    def eligible(self, buurten: Sequence[str]) -> list[str]:
        return [b for b in buurten if b not in self.excluded]

    def adjacent(self, a: str, b: str) -> bool:
        (ra, ca), (rb, cb) = self.buurten[a].cell, self.buurten[b].cell
        return abs(ra - rb) + abs(ca - cb) == 1

    # --- organisations ------------------------------------------------------------------

    def org_key(self, slug: str) -> str:
        return self.orgs[slug][0]

    def home_codes(self, spec: OrgSpec) -> tuple[str, ...]:
        return tuple(self.area_codes[name] for name in spec.home)

    def is_forbidden(self, a: str, b: str) -> bool:
        return (min(a, b), max(a, b)) in self.forbidden

    def forbid(self, a: str, b: str) -> None:
        self.forbidden.add((min(a, b), max(a, b)))

    # --- players ------------------------------------------------------------------------

    def next_key(self) -> str:
        return f"ply-{len(self.players) + 1:03d}"

    def register(self, player: Player) -> None:
        self.players.append(player)
        self.player_by_key[player.key] = player

    def current(self, org_key: str) -> list[Player]:
        return [p for p in self.players if p.org == org_key and p.active_until is None]

    # --- activities ---------------------------------------------------------------------

    def commit(self, act: Act, reserve: bool = False) -> None:
        self.acts.append(act)
        for b in act.covers:
            self.occupied.setdefault((act.type, b), []).append(act)
            if reserve:
                self.reserved.add((act.type, b))
