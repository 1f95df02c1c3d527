"""The state of one HSDS import: what exists, what the file refers to, what went wrong.

Records are written one by one through the ORM (``full_clean``, then a save with one history
record per record, as the services do), each in its own savepoint, inside the import's
transaction; a dry run rolls that transaction back. So a dry run runs every check the real
import runs, and reports exactly what ``--commit`` would write.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeVar

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext_noop

from speelveld.accounts.permissions import can_admin_municipality, editable_organisation_ids
from speelveld.activities.models import Activity, Handover
from speelveld.catalogue.models import (
    ActivityType,
    Language,
    Method,
    Phase,
    Role,
    TargetGroup,
    Theme,
)
from speelveld.interop.hsds.ids import from_external_id, record_id
from speelveld.interop.hsds.read import Dataset
from speelveld.interop.hsds.vocab import term_index, vocabulary
from speelveld.interop.report import ImportProblem, ImportReport, problem
from speelveld.places.models import Area
from speelveld.players.models import Collaboration, Organisation, Player

M = TypeVar("M", bound=models.Model)

# The same messages as the spreadsheet import, so they read (and translate) the same.
UNKNOWN = {
    "theme": gettext_noop("Onbekend thema: %(value)s."),
    "target_group": gettext_noop("Onbekende doelgroep: %(value)s."),
    "phase": gettext_noop("Onbekende fase: %(value)s."),
    "activity_type": gettext_noop("Onbekende werkvorm: %(value)s."),
    "method": gettext_noop("Onbekende methodiek: %(value)s."),
    "organization_type": gettext_noop("Onbekend organisatietype: %(value)s."),
    "role": gettext_noop("Onbekende rol: %(value)s."),
    "language": gettext_noop("Onbekende taal: %(value)s."),
}
NOT_FOUND = {
    "organisation": gettext_noop(
        "Organisatie %(value)s niet gevonden (in het bestand noch in Speelveld)."
    ),
    "player": gettext_noop("Speler %(value)s niet gevonden (in het bestand noch in Speelveld)."),
    "activity": gettext_noop(
        "Activiteit %(value)s niet gevonden (in het bestand noch in Speelveld)."
    ),
}

VOCAB_MODELS: dict[str, type[models.Model]] = {
    "theme": Theme,
    "target_group": TargetGroup,
    "phase": Phase,
    "activity_type": ActivityType,
    "method": Method,
}


def _render(message: Any, params: dict[str, Any] | None, language: str) -> str:
    with translation.override(language):
        text = str(message)
        return text % params if params else text


def django_problems(
    error: ValidationError, path: str, names: dict[str, str]
) -> list[ImportProblem]:
    """A model's validation errors as report problems at JSON paths (``names`` maps model
    fields to the HSDS keys they came from)."""
    found = []
    by_field = error.error_dict if hasattr(error, "error_dict") else {"__all__": error.error_list}
    for name, errors in by_field.items():
        key = names.get(name, name) if name != "__all__" else ""
        where = f"{path}.{key}" if key and path else key or path
        for item in errors:
            message = item.message if isinstance(item.message, str | Promise) else str(item)
            found.append(ImportProblem(
                row=None, column=where, value="",
                message_nl=_render(message, item.params, "nl"),
                message_en=_render(message, item.params, "en"),
            ))  # fmt: skip
    return found


@dataclass
class Rights:
    operator: bool  # the command line, or a superuser
    editable: set[int] | None  # organisations the actor may edit for; None = all
    admin: bool  # beheerder of the municipality (may add organisations)

    def edits(self, organisation_id: int | None) -> bool:
        if self.operator or self.editable is None:
            return True
        return organisation_id is not None and organisation_id in self.editable


def rights_of(actor: Any, municipality: Area) -> Rights:
    if actor is None or getattr(actor, "is_superuser", False):
        return Rights(operator=True, editable=None, admin=True)
    editable = editable_organisation_ids(actor, municipality.pk)
    return Rights(
        operator=False, editable=editable, admin=can_admin_municipality(actor, municipality.pk)
    )


@dataclass
class Context:
    municipality: Area
    actor: Any
    report: ImportReport
    dataset: Dataset
    reason: str
    rights: Rights
    failed: set[str] = field(default_factory=set)  # ids whose record was refused
    orgs: dict[str, Organisation] = field(default_factory=dict)
    players: dict[str, Player] = field(default_factory=dict)
    activities: dict[str, Activity] = field(default_factory=dict)
    collaborations: dict[str, Collaboration] = field(default_factory=dict)
    handovers: dict[str, Handover] = field(default_factory=dict)
    areas: dict[str, Area] = field(default_factory=dict)
    area_names: dict[str, Area] = field(default_factory=dict)
    elsewhere: dict[str, set[str]] = field(default_factory=dict)  # ids used in another gemeente
    terms: dict[str, tuple[str, str]] = field(default_factory=dict)
    vocab: dict[str, dict[str, Any]] = field(default_factory=dict)
    roles: dict[str, Role] = field(default_factory=dict)
    languages: dict[str, Language] = field(default_factory=dict)
    here: set[int] = field(default_factory=set)  # organisations active in the municipality
    queue: list[tuple[str, str, models.Model, dict[str, list[Any]]]] = field(
        default_factory=list
    )  # new records of the entity being written: (hsds id, path, instance, links)

    def load(self) -> None:
        """Index what exists: a few bulk queries, ids computed in Python."""
        m = self.municipality
        self.orgs = {
            record_id("organisation", o.external_id, o.pk): o for o in Organisation.objects.all()
        }
        self.here = set(Organisation.objects.filter(municipalities=m).values_list("pk", flat=True))
        self.players = _index(
            "player",
            Player.objects.filter(municipality=m)
            .select_related("organisation")
            .prefetch_related("areas", "themes", "target_groups", "languages"),
        )
        self.activities = _index(
            "activity",
            Activity.objects.filter(municipality=m)
            .select_related("lead_organisation", "phase", "activity_type", "method", "owner")
            .prefetch_related("areas", "themes", "target_groups", "partners"),
        )
        self.collaborations = _index(
            "collaboration",
            Collaboration.objects.filter(municipality=m).select_related("a_player", "b_player"),
        )
        self.handovers = _index(
            "handover", Handover.objects.filter(activity__municipality=m).select_related("activity")
        )
        for model, key in ((Player, "player"), (Activity, "activity"),
                           (Collaboration, "collaboration")):  # fmt: skip
            others = model._default_manager.exclude(municipality=m).filter(
                external_id__startswith="hsds:"
            )
            self.elsewhere[key] = {
                kept for kept in (from_external_id(e) for e in others.values_list(
                    "external_id", flat=True)) if kept
            }  # fmt: skip
        here = [m, *Area.objects.filter(municipality=m)]
        self.areas = {a.code: a for a in here}
        self.area_names = {a.name.casefold(): a for a in here}
        self.terms = term_index()
        self.vocab = {
            kind: {row.key: row for row in model._default_manager.all()}  # type: ignore[attr-defined]
            for kind, model in VOCAB_MODELS.items()
        }
        self.vocab["organization_type"] = vocabulary("organization_type")
        self.roles = {r.key: r for r in Role.objects.all()}
        self.languages = {lang.code: lang for lang in Language.objects.all()}

    # ---- the report -------------------------------------------------------------------------

    def error(self, msgid: str, path: str, value: Any = "", **params: Any) -> None:
        self.report.add(problem(msgid, column=path, value=value, **params))

    def warn(self, msgid: str, path: str, value: Any = "", **params: Any) -> None:
        self.report.add(problem(msgid, column=path, value=value, severity="warning", **params))

    def refuse(self, hsds_id: str, msgid: str, path: str, value: Any = "", **params: Any) -> None:
        self.failed.add(hsds_id)
        self.error(msgid, path, value, **params)

    # ---- references ---------------------------------------------------------------------------

    def ref(self, table: dict[str, M], hsds_id: str | None, path: str, kind: str) -> M | None:
        """The record an id in the file refers to; ``None`` (and an error, unless its own record
        was refused already) when there is none."""
        if not hsds_id:
            return None
        found = table.get(hsds_id)
        if found is None and hsds_id not in self.failed:
            self.error(NOT_FOUND[kind], path, hsds_id)
        return found

    def taken_elsewhere(self, kind: str, hsds_id: str, path: str) -> bool:
        if hsds_id in self.elsewhere.get(kind, set()):
            self.refuse(
                hsds_id,
                gettext_noop("%(value)s hoort al bij een record in een andere gemeente."),
                path,
                hsds_id,
            )
            return True
        return False

    def no_rights(self, hsds_id: str, path: str) -> None:
        self.refuse(hsds_id, gettext_noop("U heeft geen rechten om dit record te wijzigen."), path)

    def vocabulary_key(self, kind: str, key: str, path: str) -> Any | None:
        """A vocabulary entry (theme, role…) named by key in the profile; error if unknown."""
        tables: dict[str, dict[str, Any]] = {"role": self.roles, "language": self.languages}
        table = tables.get(kind) or self.vocab[kind]
        found = table.get(key)
        if found is None:
            self.error(UNKNOWN[kind], path, key)
        return found


def _index(kind: str, queryset: models.QuerySet[M]) -> dict[str, M]:
    return {record_id(kind, r.external_id, r.pk): r for r in queryset}  # type: ignore[attr-defined]
