"""What the API accepts. Bounds here keep malformed input from reaching the database (a NUL
character, a number beyond the column); the rules themselves live in the services."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from ninja import Schema
from pydantic import AfterValidator, Field

from speelveld.activities.models import ActivityStatus, RtcStage

MAX_ID = 2**53 - 1  # ids stay exact in JavaScript clients too
MAX_INT = 2_147_483_647
MAX_ITEMS = 500


def _printable(value: str) -> str:
    """PostgreSQL cannot store NUL, and lone surrogates are no text."""
    if "\x00" in value or any("\ud800" <= ch <= "\udfff" for ch in value):
        raise ValueError("contains a NUL character or a lone surrogate")
    return value


Text = Annotated[str, Field(max_length=10_000), AfterValidator(_printable)]
Name = Annotated[str, Field(max_length=200), AfterValidator(_printable)]
Key = Annotated[str, Field(min_length=1, max_length=60, pattern=r"^[a-z0-9_-]+$")]
Code = Annotated[str, Field(min_length=2, max_length=12, pattern=r"^[A-Za-z0-9]+$")]
Id = Annotated[int, Field(ge=1, le=MAX_ID)]
Keys = Annotated[list[Key], Field(max_length=MAX_ITEMS)]
Codes = Annotated[list[Code], Field(max_length=MAX_ITEMS)]
Ids = Annotated[list[Id], Field(max_length=MAX_ITEMS)]
Status = ActivityStatus
Stage = RtcStage
Hours = Annotated[Decimal, Field(ge=0, max_digits=4, decimal_places=1, allow_inf_nan=False)]
Score = Annotated[Decimal, Field(ge=1, le=4, max_digits=3, decimal_places=2, allow_inf_nan=False)]
Reach = Annotated[int, Field(ge=0, le=MAX_INT)]


class ActivityPatch(Schema):
    """Fields to change; those left out stay as they are."""

    title: Name | None = None
    description: Text | None = None
    activity_type: Key | None = None
    method: Key | None = None
    lead_organisation: Id | None = None
    owner: Id | None = None
    partners: Ids | None = None
    areas: Codes | None = None
    themes: Keys | None = None
    target_groups: Keys | None = None
    phase: Key | None = None
    start: date | None = None
    end: date | None = None
    status: Status | None = None
    reach: Reach | None = None
    resident_led: bool | None = None
    rtc_stage: Stage | None = None


class ActivityIn(Schema):
    municipality: Code
    title: Name
    lead_organisation: Id
    phase: Key
    start: date
    areas: Codes
    description: Text = ""
    activity_type: Key | None = None
    method: Key | None = None
    owner: Id | None = None
    partners: Ids = []
    themes: Keys = []
    target_groups: Keys = []
    end: date | None = None
    status: Status = ActivityStatus.RUNNING
    reach: Reach | None = None
    resident_led: bool = False
    rtc_stage: Stage = RtcStage.NONE


class PlayerPatch(Schema):
    name: Name | None = None
    role: Key | None = None
    organisation: Id | None = None
    is_group: bool | None = None
    email: Name | None = None
    phone: Annotated[str, Field(max_length=30), AfterValidator(_printable)] | None = None
    hours_per_week: Hours | None = None
    active_from: date | None = None
    active_until: date | None = None
    areas: Codes | None = None
    themes: Keys | None = None
    target_groups: Keys | None = None
    languages: Keys | None = None


class PlayerIn(Schema):
    municipality: Code
    name: Name
    role: Key
    organisation: Id | None = None
    is_group: bool = False
    email: Name = ""
    phone: Annotated[str, Field(max_length=30), AfterValidator(_printable)] = ""
    hours_per_week: Hours | None = None
    active_from: date | None = None
    active_until: date | None = None
    areas: Codes = []
    themes: Keys = []
    target_groups: Keys = []
    languages: Keys = []


class CollaborationPatch(Schema):
    a_player: Id | None = None
    a_organisation: Id | None = None
    b_player: Id | None = None
    b_organisation: Id | None = None
    intensity: Annotated[int, Field(ge=1, le=4)] | None = None
    sign: Literal[-1, 1] | None = None
    context: Text | None = None
    since: date | None = None
    theme: Key | None = None
    trust: Score | None = None
    value: Score | None = None


class CollaborationIn(Schema):
    municipality: Code
    a_player: Id | None = None
    a_organisation: Id | None = None
    b_player: Id | None = None
    b_organisation: Id | None = None
    intensity: Annotated[int, Field(ge=1, le=4)] = 1
    sign: Literal[-1, 1] = 1
    context: Text = ""
    since: date | None = None
    theme: Key | None = None
    trust: Score | None = None
    value: Score | None = None


class HandoverIn(Schema):
    reason: Text
    due: date
    to_player: Id | None = None
    to_organisation: Id | None = None
    to_residents: bool = False


class NoteIn(Schema):
    note: Text = ""
