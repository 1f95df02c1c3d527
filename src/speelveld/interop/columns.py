"""The spreadsheet layout of each entity: Dutch headers, English aliases, what a cell holds.

Templates, imports and exports all read these specs, so a file that Speelveld exports imports
again without a change. ``docs/data-formats.md`` describes them for people.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _lazy

from speelveld.interop.cells import norm_header


class Kind(StrEnum):
    TEXT = "text"
    DATE = "date"
    INT = "int"
    DECIMAL = "decimal"
    BOOL = "bool"
    CHOICE = "choice"  # a fixed list (status, organisation type, …): value or label
    VOCAB = "vocab"  # one vocabulary entry: key, Dutch or English name
    VOCABS = "vocabs"  # several vocabulary entries
    REF = "ref"  # one record of another entity by extern_id
    REFS = "refs"  # several records by extern_id
    AREAS = "areas"  # CBS codes


@dataclass(frozen=True)
class Column:
    key: str  # the model field (or our own name for derived columns)
    header: str  # Dutch header, as templates and exports write it
    kind: Kind = Kind.TEXT
    aliases: tuple[str, ...] = ()  # English and other accepted headers
    required: bool = False
    target: str = ""  # vocabulary, choice list or entity a cell refers to
    max_length: int = 0
    help: str | Promise = ""

    attname: str = field(init=False, repr=False)  # ``phase_id`` for a reference, else the key

    def __post_init__(self) -> None:
        reference = self.kind in (Kind.VOCAB, Kind.REF)
        object.__setattr__(self, "attname", self.key + "_id" if reference else self.key)

    def names(self) -> set[str]:
        return {norm_header(self.header), norm_header(self.key)} | {
            norm_header(a) for a in self.aliases
        }


@dataclass(frozen=True)
class Entity:
    key: str  # organisations, players, …
    sheet: str  # Dutch sheet name and file name in templates and exports
    label: str | Promise
    columns: tuple[Column, ...]
    aliases: tuple[str, ...] = ()  # other sheet / file names that mean this entity

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    def matches_name(self, name: str) -> bool:
        """Does a sheet or file name (``activiteiten_2024``, ``Activities``) mean this entity?"""
        words = f"_{norm_header(name)}_"
        stems = {norm_header(self.sheet), norm_header(self.key), *map(norm_header, self.aliases)}
        return any(f"_{stem}_" in words for stem in stems)


EXTERNAL_ID = Column(
    "external_id",
    "extern_id",
    aliases=("external id", "id", "key", "sleutel"),
    required=True,
    max_length=100,
    help=_lazy("Vaste sleutel uit uw eigen administratie; een nieuwe import zoekt hierop."),
)

ORGANISATIONS = Entity(
    key="organisations",
    sheet="organisaties",
    label=_lazy("organisaties"),
    aliases=("organisatie", "organisation", "organizations"),
    columns=(
        EXTERNAL_ID,
        Column("name", "naam", aliases=("name",), required=True, max_length=200),
        Column("type", "type", Kind.CHOICE, aliases=("soort",), required=True, target="org_type"),
        Column("description", "omschrijving", aliases=("description",)),
        Column("website", "website", aliases=("url",), max_length=200),
        Column(
            "municipalities",
            "gemeenten",
            Kind.AREAS,
            aliases=("municipalities",),
            target="gemeente",
            help=_lazy("CBS-codes (GM…); de gemeente van de import hoort er altijd bij."),
        ),
    ),
)

PLAYERS = Entity(
    key="players",
    sheet="spelers",
    label=_lazy("spelers"),
    aliases=("speler", "player"),
    columns=(
        EXTERNAL_ID,
        Column("name", "naam", aliases=("name",), required=True, max_length=200),
        Column("role", "rol", Kind.VOCAB, aliases=("role",), required=True, target="roles"),
        Column(
            "organisation",
            "organisatie",
            Kind.REF,
            aliases=("organisation", "organization"),
            target="organisations",
        ),
        Column("is_group", "bewonersgroep", Kind.BOOL, aliases=("resident group", "is_group")),
        Column("email", "e-mail", aliases=("email", "work email"), max_length=254),
        Column("phone", "telefoon", aliases=("phone", "telephone"), max_length=30),
        Column("areas", "werkgebied", Kind.AREAS, aliases=("areas", "gebieden"), target="area"),
        Column("themes", "themas", Kind.VOCABS, aliases=("themes",), target="themes"),
        Column(
            "target_groups",
            "doelgroepen",
            Kind.VOCABS,
            aliases=("target groups",),
            target="target_groups",
        ),
        Column("languages", "talen", Kind.VOCABS, aliases=("languages",), target="languages"),
        Column("hours_per_week", "uren_per_week", Kind.DECIMAL, aliases=("hours per week",)),
        Column("active_from", "actief_vanaf", Kind.DATE, aliases=("active from",)),
        Column("active_until", "actief_tot", Kind.DATE, aliases=("active until",)),
    ),
)

ACTIVITIES = Entity(
    key="activities",
    sheet="activiteiten",
    label=_lazy("activiteiten"),
    aliases=("activiteit", "activity", "initiatieven"),
    columns=(
        EXTERNAL_ID,
        Column("title", "titel", aliases=("title", "naam"), required=True, max_length=200),
        Column("description", "omschrijving", aliases=("description",)),
        Column(
            "activity_type",
            "werkvorm",
            Kind.VOCAB,
            aliases=("activity type", "type"),
            target="activity_types",
        ),
        Column("method", "methodiek", Kind.VOCAB, aliases=("method",), target="methods"),
        Column(
            "lead_organisation",
            "trekker",
            Kind.REF,
            aliases=("lead organisation", "lead organization", "organisatie"),
            required=True,
            target="organisations",
        ),
        Column("owner", "eigenaar", Kind.REF, aliases=("owner",), target="players"),
        Column("partners", "partners", Kind.REFS, target="organisations"),
        Column(
            "areas",
            "gebieden",
            Kind.AREAS,
            aliases=("areas", "gebied"),
            required=True,
            target="area",
        ),
        Column("themes", "themas", Kind.VOCABS, aliases=("themes",), target="themes"),
        Column(
            "target_groups",
            "doelgroepen",
            Kind.VOCABS,
            aliases=("target groups",),
            target="target_groups",
        ),
        Column("phase", "fase", Kind.VOCAB, aliases=("phase",), required=True, target="phases"),
        Column("start", "start", Kind.DATE, aliases=("startdatum", "start date"), required=True),
        Column("end", "einde", Kind.DATE, aliases=("end", "einddatum", "end date")),
        Column("status", "status", Kind.CHOICE, target="activity_status"),
        Column("reach", "bereik", Kind.INT, aliases=("reach",)),
        Column("resident_led", "bewonersinitiatief", Kind.BOOL, aliases=("resident led",)),
        Column(
            "rtc_stage",
            "right_to_challenge",
            Kind.CHOICE,
            aliases=("uitdaagrecht",),
            target="rtc_stage",
        ),
    ),
)

COLLABORATIONS = Entity(
    key="collaborations",
    sheet="samenwerkingen",
    label=_lazy("samenwerkingen"),
    aliases=("samenwerking", "collaboration", "ties"),
    columns=(
        EXTERNAL_ID,
        Column("a_player", "speler_a", Kind.REF, aliases=("player a",), target="players"),
        Column(
            "a_organisation",
            "organisatie_a",
            Kind.REF,
            aliases=("organisation a",),
            target="organisations",
        ),
        Column("b_player", "speler_b", Kind.REF, aliases=("player b",), target="players"),
        Column(
            "b_organisation",
            "organisatie_b",
            Kind.REF,
            aliases=("organisation b",),
            target="organisations",
        ),
        Column("intensity", "intensiteit", Kind.CHOICE, aliases=("intensity",), target="intensity"),
        Column("sign", "effect", Kind.CHOICE, aliases=("sign",), target="sign"),
        Column("context", "context", aliases=("toelichting",)),
        Column("since", "sinds", Kind.DATE, aliases=("since",)),
        Column("theme", "thema", Kind.VOCAB, aliases=("theme",), target="themes"),
        Column("trust", "vertrouwen", Kind.DECIMAL, aliases=("trust",)),
        Column("value", "waarde", Kind.DECIMAL, aliases=("value",)),
    ),
)

HANDOVERS = Entity(
    key="handovers",
    sheet="overdrachten",
    label=_lazy("overdrachten"),
    aliases=("overdracht", "handover", "hand_overs", "hand_over"),
    columns=(
        EXTERNAL_ID,
        Column(
            "activity",
            "activiteit",
            Kind.REF,
            aliases=("activity",),
            required=True,
            target="activities",
        ),
        Column("from_player", "van_speler", Kind.REF, aliases=("from player",), target="players"),
        Column(
            "from_organisation",
            "van_organisatie",
            Kind.REF,
            aliases=("from organisation",),
            target="organisations",
        ),
        Column("to_player", "naar_speler", Kind.REF, aliases=("to player",), target="players"),
        Column(
            "to_organisation",
            "naar_organisatie",
            Kind.REF,
            aliases=("to organisation",),
            target="organisations",
        ),
        Column("to_residents", "naar_bewoners", Kind.BOOL, aliases=("to residents",)),
        Column("reason", "reden", aliases=("reason",), required=True),
        Column("due", "uiterlijk", Kind.DATE, aliases=("due", "due date"), required=True),
        Column("state", "stand", Kind.CHOICE, aliases=("state",), target="handover_state"),
        Column("note", "toelichting", aliases=("note",)),
    ),
)

# Import order: a row may refer to rows of the entities before it (in the file or the database).
ENTITIES: dict[str, Entity] = {
    e.key: e for e in (ORGANISATIONS, PLAYERS, ACTIVITIES, COLLABORATIONS, HANDOVERS)
}


def entity_for_name(name: str) -> Entity | None:
    """The entity a sheet or file name stands for, if any."""
    found = [e for e in ENTITIES.values() if e.matches_name(name)]
    return found[0] if len(found) == 1 else None


def entity_for_headers(headers: list[str]) -> Entity | None:
    """The entity whose required columns all appear, preferring the one matching most."""
    present = {norm_header(h) for h in headers}
    best: tuple[int, Entity] | None = None
    for entity in ENTITIES.values():
        if not all(c.names() & present for c in entity.columns if c.required):
            continue
        score = sum(1 for c in entity.columns if c.names() & present)
        if best is None or score > best[0]:
            best = (score, entity)
    return best[1] if best else None


def entity_named(key: str) -> Entity | None:
    """An entity by key, Dutch sheet name or alias (``activiteiten``, ``activities``)."""
    return ENTITIES.get(key) or entity_for_name(key)
