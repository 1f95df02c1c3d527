from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest

from speelveld.accounts.permissions import access_for


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    memberships = []
    if user is not None and user.is_authenticated:
        memberships = list(user.memberships.select_related("municipality", "organisation"))
    return {
        "access": access_for(user),
        "memberships": memberships,
        "tile_url": settings.SPEELVELD_TILE_URL,
    }
