"""One place that answers "may this user do that?". Pages, the API and the CLI all ask here.

The rules:
- *beheerder*: reads and edits everything of one municipality;
- *redacteur*: reads the municipality, edits the records of one organisation there;
- *opdrachtgever*: reads everything of one municipality;
- *onderzoeker*: reads every municipality;
- anyone may read a municipality that switched its public view on;
- a superuser may do everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from speelveld.accounts.models import AccountRole, Membership

if TYPE_CHECKING:
    from speelveld.activities.models import Activity, Handover
    from speelveld.places.models import Area
    from speelveld.players.models import Collaboration, Organisation, Player


@dataclass(frozen=True)
class Access:
    superuser: bool = False
    researcher: bool = False
    admin_of: frozenset[int] = frozenset()
    reader_of: frozenset[int] = frozenset()
    editor_of: frozenset[tuple[int, int]] = frozenset()  # (municipality id, organisation id)

    @property
    def is_staffed(self) -> bool:
        return self.superuser or self.researcher or bool(self.reader_of)


ANONYMOUS = Access()


def access_for(user: Any) -> Access:
    """The user's rights, computed once per request (cached on the user object)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return ANONYMOUS
    cached: Access | None = getattr(user, "_speelveld_access", None)
    if cached is not None:
        return cached
    admin_of: set[int] = set()
    reader_of: set[int] = set()
    editor_of: set[tuple[int, int]] = set()
    researcher = False
    rows = Membership.objects.filter(user=user).values_list(
        "role", "municipality_id", "organisation_id"
    )
    for role, municipality_id, organisation_id in rows:
        if role == AccountRole.ONDERZOEKER:
            researcher = True
        if municipality_id is not None:
            reader_of.add(municipality_id)
            if role == AccountRole.BEHEERDER:
                admin_of.add(municipality_id)
            if role == AccountRole.REDACTEUR and organisation_id is not None:
                editor_of.add((municipality_id, organisation_id))
    access = Access(
        superuser=bool(user.is_superuser),
        researcher=researcher,
        admin_of=frozenset(admin_of),
        reader_of=frozenset(reader_of),
        editor_of=frozenset(editor_of),
    )
    user._speelveld_access = access
    return access


def _public(municipality: Area) -> bool:
    config = getattr(municipality, "config", None)
    return bool(config and config.public_view)


def can_view_municipality(user: Any, municipality: Area) -> bool:
    access = access_for(user)
    return (
        access.superuser
        or access.researcher
        or municipality.pk in access.reader_of
        or _public(municipality)
    )


def can_admin_municipality(user: Any, municipality_id: int) -> bool:
    access = access_for(user)
    return access.superuser or municipality_id in access.admin_of


def can_edit_for(user: Any, municipality_id: int, organisation_id: int | None) -> bool:
    """May the user edit a record of this organisation in this municipality?"""
    access = access_for(user)
    if access.superuser or municipality_id in access.admin_of:
        return True
    return organisation_id is not None and (municipality_id, organisation_id) in access.editor_of


def can_create_in(user: Any, municipality_id: int) -> bool:
    access = access_for(user)
    return (
        access.superuser
        or municipality_id in access.admin_of
        or any(m == municipality_id for m, _org in access.editor_of)
    )


def editable_organisation_ids(user: Any, municipality_id: int) -> set[int] | None:
    """Organisations the user may act for; ``None`` means all of the municipality."""
    access = access_for(user)
    if access.superuser or municipality_id in access.admin_of:
        return None
    return {org for m, org in access.editor_of if m == municipality_id}


def can_edit_activity(user: Any, activity: Activity) -> bool:
    return can_edit_for(user, activity.municipality_id, activity.lead_organisation_id)


def can_edit_player(user: Any, player: Player) -> bool:
    return can_edit_for(user, player.municipality_id, player.organisation_id)


def can_edit_collaboration(user: Any, collaboration: Collaboration) -> bool:
    sides = {
        collaboration.a_organisation_id,
        collaboration.b_organisation_id,
        collaboration.a_player.organisation_id if collaboration.a_player else None,
        collaboration.b_player.organisation_id if collaboration.b_player else None,
    }
    return any(
        can_edit_for(user, collaboration.municipality_id, org) for org in sides if org is not None
    )


def can_edit_handover(user: Any, handover: Handover) -> bool:
    return can_edit_activity(user, handover.activity)


def can_edit_organisation(user: Any, organisation: Organisation) -> bool:
    access = access_for(user)
    if access.superuser:
        return True
    municipality_ids = set(organisation.municipalities.values_list("pk", flat=True))
    if municipality_ids & access.admin_of:
        return True
    return any(org == organisation.pk for _m, org in access.editor_of)


def require(allowed: bool) -> None:
    """Raise 403 unless allowed."""
    if not allowed:
        raise PermissionDenied(_("U heeft geen rechten voor deze handeling."))
