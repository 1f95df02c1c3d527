"""The plain result objects of the findings services: what a page, its JSON twin, the CLI and
the warning at entry show. Every text is already worded (in the language active when the
service ran); ``as_dict()`` gives JSON values."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _

from speelveld.analysis.engage_field import pick
from speelveld.analysis.loading import FieldTables
from speelveld.analysis.texts import month, role_name


@dataclass(frozen=True)
class ReasonLine:
    code: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Contact:
    """Who to talk to about an activity: its owner (work contact only) or its organisation."""

    name: str
    role: str
    email: str
    url: str


@dataclass(frozen=True)
class ActivityRef:
    id: int
    title: str
    url: str
    organisation_id: int
    organisation: str
    organisation_url: str
    activity_type: str
    period: str
    areas: tuple[str, ...]
    contact: Contact | None


@dataclass(frozen=True)
class MarkInfo:
    """A coordinator's mark on a finding. ``current``: the finding has not changed since;
    otherwise it is shown again, with this mark as history."""

    state: str
    state_text: str
    note: str
    user: str
    created: datetime
    current: bool


@dataclass(frozen=True)
class PairItem:
    ids: tuple[int, int]
    titles: tuple[str, str]
    score: float
    reasons: tuple[ReasonLine, ...]


@dataclass(frozen=True)
class OverlapItem:
    """A duplicate cluster (two or more activities), or a look-alike pair that is not one
    (complementary or sequential), with its explanation."""

    kind: str  # "overlap"
    key: str
    label: str
    label_text: str
    action: str
    action_text: str
    advice: str
    score: float
    activities: tuple[ActivityRef, ...]
    pairs: tuple[PairItem, ...]
    buurten: tuple[str, ...]  # names of the buurten where they meet
    fingerprint: str
    mark: MarkInfo | None = None


@dataclass(frozen=True)
class GapItem:
    kind: str  # "gap"
    key: str
    area: str
    area_name: str
    level: str
    theme: str | None
    target_group: str | None
    subject: str
    score: float | None
    need: float | None
    coverage: int
    reasons: tuple[ReasonLine, ...]
    buurten: tuple[str, ...]  # folded buurten' names, for a wijk unit
    url: str
    fingerprint: str
    mark: MarkInfo | None = None


@dataclass(frozen=True)
class RoleFitItem:
    kind: str  # "rolefit"
    key: str
    activity: ActivityRef
    role: str
    role_text: str
    involve: str
    involve_text: str
    score: float
    text: str
    reasons: tuple[ReasonLine, ...]
    who: tuple[Contact, ...]  # players with the role to involve, working there
    fingerprint: str
    mark: MarkInfo | None = None


@dataclass(frozen=True)
class Report:
    """One analysis for one municipality (or a wijk/buurt of it).

    ``items`` are the findings to act on, best first; ``hidden`` counts those marked *bewust
    zo* / *opgelost* and unchanged since (they are in ``items`` only with ``include_marked``).
    Overlap adds ``lookalikes``: pairs that look alike but are no duplicate, with why."""

    kind: str
    municipality: str
    municipality_name: str
    area: str | None
    area_name: str | None
    items: tuple[Any, ...]
    hidden: int
    total: int
    lookalikes: tuple[OverlapItem, ...] = ()
    stats: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def period_text(start: date, end: date | None, today: date) -> str:
    if end is None:
        if start > today:
            return _("vanaf %(start)s") % {"start": month(start)}
        return _("sinds %(start)s") % {"start": month(start)}
    return _("%(start)s – %(end)s") % {"start": month(start), "end": month(end)}


def contact_of_player(tables: FieldTables, player_id: int) -> Contact | None:
    card = tables.players.get(player_id)
    if card is None:
        return None
    return Contact(card.name, role_name(tables.names, card.role), card.email,
                   reverse("player", args=[card.id]))  # fmt: skip


def activity_ref(tables: FieldTables, activity_id: int) -> ActivityRef:
    card = tables.activities[activity_id]
    names = tables.names
    return ActivityRef(
        id=card.id,
        title=card.title,
        url=reverse("activity", args=[card.id]),
        organisation_id=card.organisation,
        organisation=names.organisation(card.organisation),
        organisation_url=reverse("organisation", args=[card.organisation]),
        activity_type=pick(names.activity_types.get(card.activity_type or ""), "—"),
        period=period_text(card.start, card.end, tables.today),
        areas=tuple(names.area(c) for c in card.areas),
        contact=contact_of_player(tables, card.owner) if card.owner else None,
    )
