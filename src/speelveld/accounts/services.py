"""Writes about trust: reverting a recorded change, creating accounts."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from speelveld.accounts.permissions import (
    can_admin_municipality,
    can_edit_activity,
    can_edit_collaboration,
    can_edit_handover,
    can_edit_organisation,
    can_edit_player,
    require,
)
from speelveld.activities.models import Activity, Handover
from speelveld.catalogue.models import Role
from speelveld.history import m2m_ids, one_change
from speelveld.places.models import Area
from speelveld.players.models import Collaboration, Organisation, Player


def can_edit_instance(user: Any, obj: models.Model) -> bool:
    """Edit rights for any recorded object, by its type."""
    if isinstance(obj, Activity):
        return can_edit_activity(user, obj)
    if isinstance(obj, Player):
        return can_edit_player(user, obj)
    if isinstance(obj, Organisation):
        return can_edit_organisation(user, obj)
    if isinstance(obj, Collaboration):
        return can_edit_collaboration(user, obj)
    if isinstance(obj, Handover):
        return can_edit_handover(user, obj)
    if isinstance(obj, Area):
        return can_admin_municipality(user, obj.own_municipality.pk)
    if isinstance(obj, Role):
        return bool(getattr(user, "is_superuser", False))
    return False


@transaction.atomic
def history_revert(*, actor: Any, obj: models.Model, history_id: int) -> models.Model:
    """Put ``obj`` back as it was in historical record ``history_id`` (fields and
    many-to-many), recorded as a new change so that the revert itself can be undone."""
    require(can_edit_instance(actor, obj))
    record = obj.history.get(history_id=history_id)  # type: ignore[attr-defined]
    restored: models.Model = record.instance
    restored._state.adding = False  # it exists: unique checks must not see it as a duplicate
    restored._state.db = obj._state.db
    # Reverting may not move a record out of the actor's reach (e.g. to another organisation).
    require(can_edit_instance(actor, restored))
    reason = _("Teruggezet naar de versie van %(when)s") % {
        "when": date_format(record.history_date, "DATETIME_FORMAT")
    }
    try:
        restored.full_clean(exclude=[f.name for f in type(obj)._meta.many_to_many])
        with one_change(restored, user=actor, reason=reason):
            restored.save()
            for name, ids in m2m_ids(record).items():
                getattr(restored, name).set(ids)
    except IntegrityError as error:
        raise ValidationError(
            _("Deze versie kan niet worden teruggezet: een gekoppeld gegeven bestaat niet meer.")
        ) from error
    return restored
