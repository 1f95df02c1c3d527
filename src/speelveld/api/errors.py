"""Errors as JSON, in Dutch and English, naming the field.

Every error response has the same shape (``ErrorOut``)::

    {"status": 422, "code": "invalid", "message_nl": "…", "message_en": "…",
     "fields": [{"field": "end", "message_nl": "…", "message_en": "…"}]}

The services speak in the active language and raise Django's ``ValidationError`` and
``PermissionDenied``. The API runs them in Dutch (``in_dutch``): Dutch is the source language
of every message, so the English is found in the translation catalogue — directly for a lazy
message, by matching the Dutch text against the catalogue's msgids (with their ``%(name)s``
placeholders) for one rendered already.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any, TypeVar

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext_noop, trans_real
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as RequestError

F = TypeVar("F", bound=Callable[..., Any])
FIELD_REQUIRED = gettext_noop("Dit veld is verplicht.")
PLACEHOLDER = re.compile(r"%\((\w+)\)[-#0 +]*\d*(?:\.\d+)?[sdifr]")


class FieldErrorOut(Schema):
    field: str | None
    message_nl: str
    message_en: str


class ErrorOut(Schema):
    status: int
    code: str
    message_nl: str
    message_en: str
    fields: list[FieldErrorOut]


class ApiError(Exception):
    """An error response with a status, a code and bilingual messages."""

    def __init__(
        self,
        status: int,
        code: str,
        message: tuple[str, str],
        fields: list[tuple[str | None, str, str]] | None = None,
    ) -> None:
        super().__init__(message[1])
        self.status, self.code, self.message, self.fields = status, code, message, fields or []

    def body(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "code": self.code,
            "message_nl": self.message[0],
            "message_en": self.message[1],
            "fields": [
                {"field": f, "message_nl": nl, "message_en": en} for f, nl, en in self.fields
            ],
        }


def both(msgid: str, **params: Any) -> tuple[str, str]:
    """A Dutch msgid (marked with ``gettext_noop``) in Dutch and English."""
    result = []
    for language in ("nl", "en"):
        with translation.override(language):
            text = translation.gettext(msgid)
        result.append(text % params if params else text)
    return result[0], result[1]


@functools.cache
def _english_index() -> tuple[dict[str, str], list[tuple[re.Pattern[str], str]]]:
    """The English catalogue as exact Dutch → English, and patterns for messages with
    placeholders (longest msgid first, so the most specific pattern wins)."""
    catalog = getattr(trans_real.translation("en"), "_catalog", None)
    exact: dict[str, str] = {}
    patterns: list[tuple[str, re.Pattern[str], str]] = []
    for msgid, msgstr in catalog.items() if catalog is not None else []:
        if not isinstance(msgid, str) or not msgid or not isinstance(msgstr, str):
            continue
        if "%(" not in msgid:
            exact[msgid] = msgstr
            continue
        seen: set[str] = set()
        regex, last = "", 0
        for match in PLACEHOLDER.finditer(msgid):
            name = match.group(1)
            regex += re.escape(msgid[last : match.start()])
            regex += f"(?P={name})" if name in seen else f"(?P<{name}>.+?)"
            seen.add(name)
            last = match.end()
        regex += re.escape(msgid[last:])
        template = PLACEHOLDER.sub(lambda m: f"%({m.group(1)})s", msgstr)
        patterns.append((msgid, re.compile(regex, re.DOTALL), template))
    patterns.sort(key=lambda p: -len(p[0]))
    return exact, [(pattern, template) for _msgid, pattern, template in patterns]


def english(dutch: str) -> str:
    """The English of a message rendered in Dutch (itself when the catalogue lacks it)."""
    exact, patterns = _english_index()
    if dutch in exact:
        return exact[dutch]
    for pattern, template in patterns:
        match = pattern.fullmatch(dutch)
        if match:
            try:
                return template % match.groupdict()
            except (KeyError, ValueError, TypeError):
                continue
    return dutch


def rendered(message: Any, params: dict[str, Any] | None) -> tuple[str, str]:
    """A message (lazy, or rendered in Dutch already) in Dutch and English."""
    if isinstance(message, Promise):
        rendered = []
        for language in ("nl", "en"):
            with translation.override(language):
                text = str(message)
                rendered.append(text % params if params else text)
        return rendered[0], rendered[1]
    text = str(message) % params if params else str(message)
    return text, english(text)


def from_validation(error: ValidationError, names: dict[str, str] | None = None) -> ApiError:
    """A service's ValidationError as a 422, per field (``names`` renames model fields)."""
    fields: list[tuple[str | None, str, str]] = []
    by_field = error.error_dict if hasattr(error, "error_dict") else {"__all__": error.error_list}
    for name, errors in by_field.items():
        field = None if name in ("__all__", None) else (names or {}).get(name, name)
        for item in errors:
            fields.append((field, *rendered(item.message, item.params)))
    summary = both(gettext_noop("De gegevens zijn niet in orde."))
    return ApiError(422, "invalid", summary, fields)


def in_dutch(view: F) -> F:
    """Run an API operation in Dutch and turn what the services raise into ``ApiError``."""

    @functools.wraps(view)
    def run(*args: Any, **kwargs: Any) -> Any:
        with translation.override("nl"):
            try:
                return view(*args, **kwargs)
            except ValidationError as error:
                raise from_validation(error) from error
            except PermissionDenied as error:
                text = str(error) or translation.gettext(
                    "U heeft geen rechten voor deze handeling."
                )
                raise ApiError(403, "forbidden", (text, english(text))) from error
            except Http404 as error:
                text = str(error) or translation.gettext("Niet gevonden.")
                raise ApiError(404, "not_found", (text, english(text))) from error

    return run  # type: ignore[return-value]


def _request_fields(error: RequestError) -> list[tuple[str | None, str, str]]:
    fields: list[tuple[str | None, str, str]] = []
    for item in error.errors:
        loc = [str(part) for part in item.get("loc", ())]
        # ("body", "payload", "title") → "title"; ("query", "limit") → "limit"
        parts = loc[2:] if loc[:1] == ["body"] and len(loc) > 2 else loc[1:]
        field = ".".join(parts) or None
        if item.get("type") == "missing":
            nl, en = both(FIELD_REQUIRED)
        else:
            nl, en = both(gettext_noop("Ongeldige waarde: %(detail)s"), detail=item.get("msg", ""))
        fields.append((field, nl, en))
    return fields


def install(api: NinjaAPI) -> None:
    """Register the JSON error responses on the API."""

    def respond(request: HttpRequest, error: Any) -> HttpResponse:
        return api.create_response(request, error.body(), status=error.status)

    def request_error(request: HttpRequest, exc: Any) -> HttpResponse:
        summary = both(gettext_noop("De gegevens zijn niet in orde."))
        return respond(request, ApiError(422, "invalid", summary, _request_fields(exc)))

    def unauthorised(request: HttpRequest, exc: Any) -> HttpResponse:
        message = both(gettext_noop("Geef een geldige API-sleutel mee (Authorization: Bearer …)."))
        response = respond(request, ApiError(401, "unauthorized", message))
        response["WWW-Authenticate"] = 'Bearer realm="speelveld"'
        return response

    def http_error(request: HttpRequest, exc: Any) -> HttpResponse:
        # Ninja's own: 400 for a body that is no JSON, 405, 429
        if exc.status_code == 400:
            message = both(gettext_noop("De inhoud van het verzoek is geen leesbare JSON."))
        else:
            message = (str(exc), str(exc))
        return respond(request, ApiError(exc.status_code, "http_error", message))

    def not_found(request: HttpRequest, exc: Any) -> HttpResponse:
        return respond(request, ApiError(404, "not_found", both(gettext_noop("Niet gevonden."))))

    api.add_exception_handler(ApiError, respond)
    api.add_exception_handler(RequestError, request_error)
    api.add_exception_handler(AuthenticationError, unauthorised)
    api.add_exception_handler(HttpError, http_error)
    api.add_exception_handler(Http404, not_found)
