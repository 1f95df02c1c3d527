"""The seed dataclasses: plain, frozen records that the catalogue loader writes to the tables."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "ActivityTypeSeed",
    "DelegationSeed",
    "LanguageSeed",
    "PhaseSeed",
    "RoleSeed",
    "TermSeed",
]


@dataclass(frozen=True)
class TermSeed:
    """A theme, target group or method."""

    key: str
    name: str
    name_en: str
    description: str = ""
    description_en: str = ""
    parent: str | None = None
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class LanguageSeed:
    """A language a player can work in (ISO 639-1, or 639-3 where no 639-1 code exists)."""

    code: str
    name: str
    name_en: str


@dataclass(frozen=True)
class PhaseSeed:
    """A phase of an initiative; the order is the default sequence, not a fixed one."""

    key: str
    order: int
    name: str
    name_en: str
    description: str
    description_en: str


@dataclass(frozen=True)
class ActivityTypeSeed:
    """A werkvorm: what an activity does, with the words people use for it."""

    key: str
    name: str
    name_en: str
    description: str
    description_en: str
    synonyms: tuple[str, ...]
    themes: tuple[str, ...]


@dataclass(frozen=True)
class DelegationSeed:
    """Something a role should leave to ``to_role``, optionally tied to werkvormen and phases."""

    to_role: str
    task: str
    task_en: str
    activity_types: tuple[str, ...] = ()
    phases: tuple[str, ...] = ()


@dataclass(frozen=True)
class RoleSeed:
    """A role's portrait: core tasks, strengths, what to leave to whom, and usual partners."""

    key: str
    name: str
    name_en: str
    summary: str
    summary_en: str
    core_tasks: tuple[str, ...]
    core_tasks_en: tuple[str, ...]
    strengths: tuple[str, ...]
    strengths_en: tuple[str, ...]
    leave_to: tuple[DelegationSeed, ...]
    typical_partners: tuple[str, ...]
    core_activity_types: tuple[str, ...]
    core_phases: tuple[str, ...]
    organisation_types: tuple[str, ...]
    is_resident_role: bool = False
