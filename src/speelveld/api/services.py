"""Writes for API tokens: create (the key is returned once), revoke, and the check on use."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from speelveld.accounts.permissions import require
from speelveld.api.models import ApiToken

KEY_PREFIX = "sv_"
SHOWN = 11  # characters of the key kept to tell keys apart: "sv_" and 8 random ones
# Writing last_used on every request would turn each read into a write; once a minute is
# precise enough to see which keys are in use.
LAST_USED_PRECISION = timedelta(minutes=1)


def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def _may_manage(actor: Any, user: Any) -> bool:
    """The user themselves, a superuser, or the operator at the command line (``None``)."""
    if actor is None:
        return True
    is_authenticated = bool(getattr(actor, "is_authenticated", False))
    return is_authenticated and (actor.pk == user.pk or bool(actor.is_superuser))


@transaction.atomic
def token_create(*, actor: Any, user: Any, name: str) -> tuple[ApiToken, str]:
    """A new key for ``user``; returns the token and the key, which is never shown again."""
    require(_may_manage(actor, user))
    name = name.strip()
    if not name:
        raise ValidationError({"name": _("Geef de sleutel een naam.")})
    if len(name) > 100:
        raise ValidationError({"name": _("Een naam is hoogstens 100 tekens lang.")})
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user, name=name, prefix=key[:SHOWN], key_hash=key_hash(key)
    )
    return token, key


@transaction.atomic
def token_revoke(*, actor: Any, token: ApiToken) -> None:
    """Revoke a key: it stops working at once."""
    require(_may_manage(actor, token.user))
    token.delete()


def token_user(key: str) -> Any | None:
    """The active user a key belongs to, or ``None``; notes when the key was last used."""
    if not key.startswith(KEY_PREFIX) or len(key) > 200:
        return None
    token = ApiToken.objects.select_related("user").filter(key_hash=key_hash(key)).first()
    if token is None or not token.user.is_active:
        return None
    now = timezone.now()
    if token.last_used is None or now - token.last_used > LAST_USED_PRECISION:
        ApiToken.objects.filter(pk=token.pk).update(last_used=now)
    return token.user


def user_named(username: str) -> Any:
    """The user with this username (for the command line); ``ValidationError`` if none."""
    try:
        return get_user_model().objects.get(username=username)
    except get_user_model().DoesNotExist:
        raise ValidationError(
            {"user": _("Onbekende gebruiker: %(name)s.") % {"name": username}}
        ) from None
