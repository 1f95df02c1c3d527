"""What the API returns. Records refer to each other by id (records) or key/code
(vocabularies, areas); texts are the stored Dutch with the English beside them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ninja import Schema


class Page(Schema):
    count: int
    limit: int
    offset: int


class MunicipalityOut(Schema):
    code: str
    name: str
    year: int
    public_view: bool


class MunicipalityPage(Page):
    items: list[MunicipalityOut]


class FiguresOut(Schema):
    year: int
    source: str
    inhabitants: int | None
    age_0_15: int | None
    age_15_25: int | None
    age_25_45: int | None
    age_45_65: int | None
    age_65_plus: int | None
    households: int | None
    one_person_households: int | None
    households_with_children: int | None
    low_income_households: int | None
    origin_netherlands: int | None
    origin_europe: int | None
    origin_outside_europe: int | None
    extra: dict[str, Any]


class AreaOut(Schema):
    code: str
    name: str
    level: str
    year: int
    parent: str | None
    municipality: str
    layer: str | None
    figures: FiguresOut | None  # the newest


class AreaPage(Page):
    items: list[AreaOut]


class AreaDetailOut(AreaOut):
    geometry: dict[str, Any] | None
    figures_by_year: list[FiguresOut]
    activities: int
    players: int


class OrganisationOut(Schema):
    id: int
    name: str
    type: str
    description: str
    website: str
    municipalities: list[str]


class OrganisationPage(Page):
    items: list[OrganisationOut]


class PlayerOut(Schema):
    id: int
    name: str
    is_group: bool
    role: str
    organisation: int | None
    municipality: str
    email: str
    phone: str | None  # only for those who may edit the player
    areas: list[str]
    themes: list[str]
    target_groups: list[str]
    languages: list[str]
    hours_per_week: float | None
    active_from: date | None
    active_until: date | None


class PlayerPage(Page):
    items: list[PlayerOut]


class ActivityOut(Schema):
    id: int
    title: str
    description: str
    municipality: str
    activity_type: str | None
    method: str | None
    lead_organisation: int
    owner: int | None
    partners: list[int]
    areas: list[str]
    themes: list[str]
    target_groups: list[str]
    phase: str
    start: date
    end: date | None
    status: str
    reach: int | None
    resident_led: bool
    rtc_stage: str


class ActivityPage(Page):
    items: list[ActivityOut]


class CollaborationOut(Schema):
    id: int
    municipality: str
    a_player: int | None
    a_organisation: int | None
    b_player: int | None
    b_organisation: int | None
    intensity: int
    sign: int
    context: str
    since: date | None
    theme: str | None
    trust: float | None
    value: float | None


class CollaborationPage(Page):
    items: list[CollaborationOut]


class HandoverOut(Schema):
    id: int
    activity: int
    municipality: str
    from_player: int | None
    from_organisation: int | None
    to_player: int | None
    to_organisation: int | None
    to_residents: bool
    reason: str
    due: date
    state: str
    overdue: bool
    note: str
    proposed_at: datetime | None
    decided_at: datetime | None
    completed_at: datetime | None


class HandoverPage(Page):
    items: list[HandoverOut]


class TermOut(Schema):
    key: str
    name: str
    name_en: str
    description: str
    description_en: str
    synonyms: list[str]
    order: int
    parent: str | None  # themes: the main theme
    themes: list[str]  # werkvormen: the themes they serve


class TermPage(Page):
    items: list[TermOut]


class DelegationOut(Schema):
    to_role: str
    task: str
    task_en: str
    activity_types: list[str]
    phases: list[str]


class RoleOut(Schema):
    key: str
    name: str
    name_en: str
    summary: str
    summary_en: str
    core_tasks: list[str]
    core_tasks_en: list[str]
    strengths: list[str]
    strengths_en: list[str]
    organisation_types: list[str]
    is_resident_role: bool
    typical_partners: list[str]
    core_activity_types: list[str]
    core_phases: list[str]
    leave_to: list[DelegationOut]


class RolePage(Page):
    items: list[RoleOut]


class EngageOut(Schema):
    """The ranked, explained answer of *Wie schakel ik in?* (see the page for the wording)."""

    municipality: str
    question: dict[str, Any]
    considered: int
    nobody_nearby: bool
    matches: list[dict[str, Any]]
    organisations: list[dict[str, Any]]
    do_not_ask: list[dict[str, Any]]
    nearest: list[dict[str, Any]]
