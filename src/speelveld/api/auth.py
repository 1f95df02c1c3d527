"""Who is asking: an API key in ``Authorization: Bearer <key>``.

Writes need a key (``BearerToken``: missing or wrong → 401). Reads take one when it is given
(and refuse a wrong one with 401), and otherwise answer as the pages answer an anonymous
visitor: municipalities with a public view only.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from ninja.errors import AuthenticationError
from ninja.security import HttpBearer

from speelveld.api.services import token_user

SCHEME = "BearerToken"  # the name of the security scheme in the OpenAPI document
OPTIONAL: dict[str, Any] = {"security": [{}, {SCHEME: []}]}  # openapi_extra of the read operations


class BearerToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any | None:
        return token_user(token)


def reader(request: HttpRequest) -> Any:
    """The user of a read request: the key's owner, or anonymous when no key is given."""
    header = request.headers.get("Authorization", "")
    if not header:
        return AnonymousUser()
    scheme, _space, key = header.partition(" ")
    user = token_user(key.strip()) if scheme.lower() == "bearer" else None
    if user is None:
        raise AuthenticationError
    return user


def writer(request: HttpRequest) -> Any:
    """The user of a write request (``BearerToken`` has checked the key)."""
    return request.auth  # type: ignore[attr-defined]
