"""Plain records that describe a playing field, independent of Django.

The demo generator (and later the national generator) produces these; the Django loader
(`speelveld.demo.load`) turns them into rows in bulk. Keys (`key`) are stable external ids so that
the same seed always gives the same data and re-loading changes nothing.

Vocabulary references (themes, target groups, phases, activity types, methods, roles, languages)
use the seed keys of `speelveld.catalogue.seed_data`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

GeoJSONGeometry = dict[str, Any]


@dataclass(frozen=True)
class AreaFiguresRecord:
    """Key figures of one area for one year; ``None`` means suppressed or unknown (never 0)."""

    year: int
    inhabitants: int | None
    age_0_15: int | None = None
    age_15_25: int | None = None
    age_25_45: int | None = None
    age_45_65: int | None = None
    age_65_plus: int | None = None
    households: int | None = None
    one_person_households: int | None = None
    households_with_children: int | None = None
    low_income_households: int | None = None
    origin_netherlands: int | None = None
    origin_europe: int | None = None
    origin_outside_europe: int | None = None
    source: str = ""


@dataclass(frozen=True)
class AreaRecord:
    code: str  # CBS code: GM0034, WK003401, BU00340101, or a municipal layer code (SD...)
    name: str
    level: str  # "gemeente" | "stadsdeel" | "wijk" | "buurt"
    year: int
    parent_code: str | None = None  # derived from the code for wijk/buurt; set for layers
    layer_code: str | None = None  # the stadsdeel a wijk belongs to, if any
    geometry: GeoJSONGeometry | None = None  # GeoJSON Polygon/MultiPolygon in WGS84
    figures: tuple[AreaFiguresRecord, ...] = ()


@dataclass(frozen=True)
class OrganisationRecord:
    key: str
    name: str
    type: str  # see speelveld.players.models.OrganisationType values
    municipality_code: str
    description: str = ""
    website: str = ""


@dataclass(frozen=True)
class PlayerRecord:
    key: str
    name: str  # a professional's work name, or a resident group's name
    role: str  # role key
    organisation: str | None  # organisation key
    is_group: bool = False  # a resident group rather than one professional
    areas: tuple[str, ...] = ()  # area codes
    themes: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()  # ISO 639 codes
    hours_per_week: float | None = None
    active_from: date | None = None
    active_until: date | None = None
    email: str = ""  # work contact only


@dataclass(frozen=True)
class ActivityRecord:
    key: str
    title: str
    description: str
    municipality_code: str
    lead_organisation: str
    owner: str | None  # player key
    activity_type: str | None
    method: str | None
    phase: str
    status: str  # see speelveld.activities.models.ActivityStatus values
    start: date
    end: date | None
    areas: tuple[str, ...]
    themes: tuple[str, ...]
    target_groups: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()  # organisation keys
    reach: int | None = None  # residents reached (estimate), an aggregate
    resident_led: bool = False
    rtc_stage: str = ""  # Right to Challenge stage key, "" when not a challenge


@dataclass(frozen=True)
class CollaborationRecord:
    key: str
    municipality_code: str
    # exactly one of each pair is set
    a_player: str | None = None
    a_organisation: str | None = None
    b_player: str | None = None
    b_organisation: str | None = None
    intensity: int = 1  # 1 awareness, 2 cooperation, 3 coordination, 4 integration
    sign: int = 1  # +1 strengthens, -1 hinders
    context: str = ""
    since: date | None = None
    theme: str | None = None
    trust: float | None = None  # PARTNER-style mean 1..4
    value: float | None = None  # PARTNER-style mean 1..4


@dataclass(frozen=True)
class HandoverRecord:
    key: str
    activity: str
    reason: str
    due: date
    state: str  # proposed | accepted | declined | completed
    from_player: str | None = None
    from_organisation: str | None = None
    to_player: str | None = None
    to_organisation: str | None = None
    to_residents: bool = False
    proposed_on: date | None = None
    decided_on: date | None = None
    completed_on: date | None = None
    note: str = ""


@dataclass
class FieldRecords:
    """A whole playing field: what a generator returns and a loader loads."""

    municipality_code: str
    municipality_name: str
    year: int
    areas: list[AreaRecord] = field(default_factory=list)
    organisations: list[OrganisationRecord] = field(default_factory=list)
    players: list[PlayerRecord] = field(default_factory=list)
    activities: list[ActivityRecord] = field(default_factory=list)
    collaborations: list[CollaborationRecord] = field(default_factory=list)
    handovers: list[HandoverRecord] = field(default_factory=list)
    # what was planted on purpose, so that analyses and tests can check themselves
    planted_duplicates: list[tuple[str, str]] = field(default_factory=list)
    neglected_areas: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "areas": len(self.areas),
            "organisations": len(self.organisations),
            "players": len(self.players),
            "activities": len(self.activities),
            "collaborations": len(self.collaborations),
            "handovers": len(self.handovers),
        }
