"""The role catalogue as plain data: what each role owns and what it should leave to whom.

The editable catalogue (``catalogue.Role`` / ``RoleDelegation``) and the seed
(``catalogue.seed_data.ROLES``) both reduce to :class:`RoleProfile` records; matching and role
fit read only these, never the tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

__all__ = [
    "Delegation",
    "LeaveTo",
    "RoleCatalogue",
    "RoleProfile",
    "leave_to_advice",
    "role_catalogue",
]


@dataclass(frozen=True, slots=True)
class Delegation:
    """Something a role should leave to ``to_role``: the werkvormen and/or phases it is about,
    and ``task_key``, an opaque key the caller resolves to the translated task text (a
    ``RoleDelegation`` id, or ``"<role>#<n>"`` for the seed)."""

    to_role: str
    activity_types: frozenset[str] = frozenset()
    phases: frozenset[str] = frozenset()
    task_key: str = ""

    def applies(self, activity_type: str | None, phase: str | None) -> bool:
        """Whether this delegation concerns a question about ``activity_type`` in ``phase``.

        It applies when at least one of its constrained dimensions matches the question and none
        contradicts it; a dimension the question leaves open does not contradict. A delegation
        with neither werkvormen nor phases is free text only and never applies by itself.

        >>> d = Delegation("opbouwwerker", frozenset({"consultatie"}), frozenset({"organiseren"}))
        >>> d.applies("consultatie", None), d.applies("consultatie", "analyseren")
        (True, False)
        >>> d.applies(None, "organiseren"), d.applies(None, None)
        (True, False)

        O(1).
        """
        hit = False
        for wanted, allowed in ((activity_type, self.activity_types), (phase, self.phases)):
            if allowed and wanted is not None:
                if wanted not in allowed:
                    return False
                hit = True
        return hit


@dataclass(frozen=True, slots=True)
class RoleProfile:
    """A role's catalogue entry as matching needs it."""

    key: str
    core_activity_types: frozenset[str] = frozenset()
    core_phases: frozenset[str] = frozenset()
    delegations: tuple[Delegation, ...] = ()
    is_resident_role: bool = False


RoleCatalogue = Mapping[str, RoleProfile]


class _DelegationLike(Protocol):
    @property
    def to_role(self) -> str: ...
    @property
    def activity_types(self) -> Sequence[str]: ...
    @property
    def phases(self) -> Sequence[str]: ...


class _RoleLike(Protocol):
    @property
    def key(self) -> str: ...
    @property
    def core_activity_types(self) -> Sequence[str]: ...
    @property
    def core_phases(self) -> Sequence[str]: ...
    @property
    def leave_to(self) -> Sequence[_DelegationLike]: ...
    @property
    def is_resident_role(self) -> bool: ...


def role_catalogue(roles: Iterable[_RoleLike]) -> dict[str, RoleProfile]:
    """Profiles from seed-shaped roles (``key``, ``core_activity_types``, ``core_phases``,
    ``leave_to``, ``is_resident_role``), e.g. ``catalogue.seed_data.ROLES``. Each delegation's
    ``task_key`` is ``"<role key>#<position in leave_to>"``; the order of ``roles`` is kept.

    >>> from speelveld.catalogue.seed_data import ROLES
    >>> cat = role_catalogue(ROLES)
    >>> cat["procesmanager-corporatie"].delegations[0].to_role
    'opbouwwerker'

    O(total size of the roles).
    """
    return {
        role.key: RoleProfile(
            key=role.key,
            core_activity_types=frozenset(role.core_activity_types),
            core_phases=frozenset(role.core_phases),
            delegations=tuple(
                Delegation(
                    to_role=d.to_role,
                    activity_types=frozenset(d.activity_types),
                    phases=frozenset(d.phases),
                    task_key=f"{role.key}#{n}",
                )
                for n, d in enumerate(role.leave_to)
            ),
            is_resident_role=role.is_resident_role,
        )
        for role in roles
    }


@dataclass(frozen=True, slots=True)
class LeaveTo:
    """Advice that ``role`` should not be asked for this: leave it to ``to_role``."""

    role: str
    to_role: str
    task_key: str


def leave_to_advice(
    catalogue: RoleCatalogue, activity_type: str | None, phase: str | None
) -> tuple[LeaveTo, ...]:
    """Every role that, by the catalogue, should leave this werkvorm/phase to another role,
    in catalogue order (one entry per applicable delegation).

    >>> from speelveld.catalogue.seed_data import ROLES
    >>> advice = leave_to_advice(role_catalogue(ROLES), "consultatie", "organiseren")
    >>> ("procesmanager-corporatie", "opbouwwerker") in {(a.role, a.to_role) for a in advice}
    True

    O(total number of delegations).
    """
    return tuple(
        LeaveTo(role=profile.key, to_role=d.to_role, task_key=d.task_key)
        for profile in catalogue.values()
        for d in profile.delegations
        if d.applies(activity_type, phase)
    )
