"""What an import found and did: counts per entity and every problem, in Dutch and English.

Every importer (spreadsheets, CBS, GeoJSON, HSDS, backup restore) returns an
:class:`ImportReport`. A problem names where it is (row as the user sees it in a spreadsheet, the
header being row 1; the column or JSON path) and carries its message in both languages, so a
report can be stored, shown in either language and printed on the command line.

Messages are Dutch msgids marked with ``gettext_noop`` where they are written, rendered here
with ``translation.override`` for each language::

    report.add(problem(gettext_noop("Onbekend thema: %(value)s."), row=4, column="themas",
                       value="groenn"))

An ``actor`` of ``None`` in the import services means the operator at the command line, who may
do everything; pages always pass the logged-in user.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

from django.utils import translation
from django.utils.translation import gettext as _

ERROR = "error"
WARNING = "warning"

CREATED = "created"
UPDATED = "updated"
UNCHANGED = "unchanged"
SKIPPED = "skipped"
ACTIONS = (CREATED, UPDATED, UNCHANGED, SKIPPED)


@lru_cache(maxsize=4096)
def _translated(msgid: str, language: str) -> str:
    with translation.override(language):
        return _(msgid)


def render(msgid: str, language: str, params: dict[str, Any]) -> str:
    """``msgid`` translated into ``language`` and filled in with ``params``."""
    text = _translated(msgid, language)
    return text % params if params else text


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong (or worth a warning) in the input."""

    row: int | None  # as the user sees it (header = 1); None for the file as a whole
    column: str  # column header, field name or JSON path; "" for the whole row
    value: str  # the offending value as text; "" when it is missing
    message_nl: str
    message_en: str
    sheet: str = ""  # sheet, entity or file name when the input holds several
    severity: str = ERROR

    @property
    def message(self) -> str:
        """The message in the active language."""
        language = translation.get_language() or "nl"
        return self.message_en if language.startswith("en") else self.message_nl

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImportProblem:
        return cls(**data)

    def location(self) -> str:
        """``sheet, rij 4, kolom themas`` in the active language."""
        parts = [self.sheet] if self.sheet else []
        if self.row is not None:
            parts.append(_("rij %(row)d") % {"row": self.row})
        if self.column:
            parts.append(_("kolom %(column)s") % {"column": self.column})
        return ", ".join(parts)


def problem(
    msgid: str,
    *,
    row: int | None = None,
    column: str = "",
    value: Any = "",
    sheet: str = "",
    severity: str = ERROR,
    **params: Any,
) -> ImportProblem:
    """A problem whose message (a Dutch msgid marked with ``gettext_noop``) is rendered in Dutch
    and English. ``value`` is available to the message as ``%(value)s``."""
    text = "" if value is None else str(value)
    values = {"value": text, **params} if "%(value)" in msgid else params
    return ImportProblem(
        row=row,
        column=column,
        value=text,
        message_nl=render(msgid, "nl", values),
        message_en=render(msgid, "en", values),
        sheet=sheet,
        severity=severity,
    )


@dataclass
class ImportReport:
    """Counts per entity and action, and every problem, of one import run."""

    source: str = ""
    committed: bool = False
    keep_valid: bool = False
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    problems: list[ImportProblem] = field(default_factory=list)

    def add(self, item: ImportProblem) -> None:
        self.problems.append(item)

    def extend(self, items: Iterable[ImportProblem]) -> None:
        self.problems.extend(items)

    def count(self, entity: str, action: str, n: int = 1) -> None:
        per = self.counts.setdefault(entity, dict.fromkeys(ACTIONS, 0))
        per[action] = per.get(action, 0) + n

    def total(self, action: str) -> int:
        return sum(per.get(action, 0) for per in self.counts.values())

    @property
    def errors(self) -> list[ImportProblem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[ImportProblem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def ok(self) -> bool:
        """No errors: the whole input can be (or was) written."""
        return not any(p.is_error for p in self.problems)

    @property
    def changes(self) -> int:
        return self.total(CREATED) + self.total(UPDATED)

    def merge(self, other: ImportReport) -> None:
        for entity, per in other.counts.items():
            for action, n in per.items():
                self.count(entity, action, n)
        self.problems.extend(other.problems)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "committed": self.committed,
            "keep_valid": self.keep_valid,
            "counts": self.counts,
            "problems": [p.to_dict() for p in self.problems],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImportReport:
        return cls(
            source=data.get("source", ""),
            committed=bool(data.get("committed", False)),
            keep_valid=bool(data.get("keep_valid", False)),
            counts={k: dict(v) for k, v in data.get("counts", {}).items()},
            problems=[ImportProblem.from_dict(p) for p in data.get("problems", [])],
        )

    def summary_lines(self, labels: dict[str, Any] | None = None) -> list[str]:
        """Counts per entity, one line each, in the active language (``labels`` name them)."""
        lines = []
        for entity, per in self.counts.items():
            lines.append(
                _(
                    "%(entity)s: %(created)d nieuw, %(updated)d gewijzigd, "
                    "%(unchanged)d ongewijzigd, %(skipped)d overgeslagen"
                )
                % {
                    "entity": str((labels or {}).get(entity, entity)),
                    "created": per.get(CREATED, 0),
                    "updated": per.get(UPDATED, 0),
                    "unchanged": per.get(UNCHANGED, 0),
                    "skipped": per.get(SKIPPED, 0),
                }
            )
        return lines
