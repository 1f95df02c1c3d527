"""Seed vocabularies and the role catalogue, in Dutch with English translations.

Plain data without Django, so that the analysis core, the demo generator and the tests can read
it as is; the catalogue loader writes it into the editable tables once per installation, after
which each municipality adapts it. Keys are stable external ids: other modules and imported files
refer to them, so rename a key only together with a data migration.

Grounded in ``reference/domain.md`` (§1 roles, §2 phases and methods, §6 glossary, §7 themes);
the wording is our own.
"""

from __future__ import annotations

from speelveld.catalogue.seed_data.activity_types import ACTIVITY_TYPES
from speelveld.catalogue.seed_data.roles import ROLES
from speelveld.catalogue.seed_data.types import (
    ActivityTypeSeed,
    DelegationSeed,
    LanguageSeed,
    PhaseSeed,
    RoleSeed,
    TermSeed,
)
from speelveld.catalogue.seed_data.vocabularies import (
    LANGUAGES,
    METHODS,
    PHASES,
    TARGET_GROUPS,
    THEMES,
)

__all__ = [
    "ACTIVITY_TYPES",
    "LANGUAGES",
    "METHODS",
    "PHASES",
    "ROLES",
    "TARGET_GROUPS",
    "THEMES",
    "ActivityTypeSeed",
    "DelegationSeed",
    "LanguageSeed",
    "PhaseSeed",
    "RoleSeed",
    "TermSeed",
]
