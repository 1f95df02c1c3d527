"""The plan of a spreadsheet import: the rows to create or update, after the check."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Progress = Callable[[str, int, int], None]


def no_progress(_stage: str, _done: int, _total: int) -> None:
    """A progress callback that shows nothing."""


@dataclass(frozen=True)
class Pending:
    """A record that this import creates; its id is known only after writing."""

    entity: str
    external_id: str


@dataclass
class RowPlan:
    entity: str
    sheet: str
    row: int
    external_id: str
    values: dict[str, Any]  # attname → value (an id, or a Pending)
    links: dict[str, list[Any]]  # many-to-many field → ids / Pendings
    pk: int | None = None
    current: dict[str, Any] | None = None
    changed: list[str] = field(default_factory=list)
    changed_links: list[str] = field(default_factory=list)
    valid: bool = True
    failed: set[str] = field(default_factory=set)  # headers of cells with an error

    def get(self, attname: str) -> Any:
        """The value after the import: from the file if it has the column, else as it is."""
        if attname in self.values:
            return self.values[attname]
        return self.current.get(attname) if self.current else None


@dataclass
class Plan:
    rows: dict[str, list[RowPlan]] = field(default_factory=dict)  # to create or update

    def __len__(self) -> int:
        return sum(len(rows) for rows in self.rows.values())


@dataclass(frozen=True)
class Rights:
    """What the importing user may change; the operator at the command line may do all."""

    operator: bool
    editable: frozenset[int] | None  # organisations of this municipality; None = all
    admin_of: frozenset[int] = frozenset()
