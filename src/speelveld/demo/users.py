"""Demo accounts, one per account role, with fresh random passwords on every load."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction

from speelveld.accounts.models import AccountRole, Membership
from speelveld.places.models import Area
from speelveld.players.models import Organisation


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: str
    scope: str


@transaction.atomic
def demo_users_create(*, municipality: Area) -> list[DemoAccount]:
    """(Re)create the demo accounts for ``municipality``; return them with their passwords."""
    orgs = Organisation.objects.filter(municipalities=municipality).order_by("external_id")
    welfare = orgs.filter(type="welzijn").first()
    corporation = orgs.filter(type="woningcorporatie").first()
    plan: list[tuple[str, str, Organisation | None, Area | None]] = [
        ("beheerder", AccountRole.BEHEERDER, None, municipality),
        ("redacteur", AccountRole.REDACTEUR, welfare, municipality),
        ("redacteur-corporatie", AccountRole.REDACTEUR, corporation, municipality),
        ("opdrachtgever", AccountRole.OPDRACHTGEVER, None, municipality),
        ("onderzoeker", AccountRole.ONDERZOEKER, None, None),
    ]
    user_model = get_user_model()
    accounts = []
    for username, role, organisation, area in plan:
        password = secrets.token_urlsafe(9)
        user, _created = user_model.objects.get_or_create(username=username)
        user.set_password(password)
        user.save()
        Membership.objects.filter(user=user).delete()
        Membership.objects.create(
            user=user, role=role, municipality=area, organisation=organisation
        )
        scope = organisation.name if organisation else (area.name if area else "—")
        accounts.append(DemoAccount(username, password, role, scope))
    return accounts
