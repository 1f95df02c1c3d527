"""The seed role catalogue, assembled from its two parts in the canonical order."""

from __future__ import annotations

from speelveld.catalogue.seed_data.roles_community import ROLES_COMMUNITY
from speelveld.catalogue.seed_data.roles_frontline import ROLES_FRONTLINE
from speelveld.catalogue.seed_data.types import RoleSeed

__all__ = ["ROLES"]


# --------------------------------------------------------------------------------------------
# Roles (domain.md §1). Each role owns some werkvormen and phases and leaves others to a named
# role; a delegated werkvorm or phase is always one the receiving role owns.
# --------------------------------------------------------------------------------------------

ROLES: tuple[RoleSeed, ...] = (*ROLES_COMMUNITY, *ROLES_FRONTLINE)
