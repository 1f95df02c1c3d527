"""``/api/docs``: the OpenAPI document as a page of our own — endpoints, parameters, bodies,
answers and schemas — with no script and no request to another site (no Swagger from a CDN).
The same document is at ``/api/openapi.json`` for tools."""

from __future__ import annotations

import re
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from speelveld.api.api import api

METHODS = ("get", "post", "put", "patch", "delete")
REF = "#/components/schemas/"


def _name(ref: str) -> str:
    return ref.removeprefix(REF)


def type_html(schema: dict[str, Any]) -> SafeString:
    """A JSON Schema as a short type, linking to the schemas it refers to."""
    if "$ref" in schema:
        name = _name(schema["$ref"])
        return format_html('<a href="#schema-{}">{}</a>', name, name)
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            parts = [type_html(s) for s in schema[key]]
            return mark_safe(" | ".join(parts))  # noqa: S308 (parts are escaped)
    kind = schema.get("type", "")
    if kind == "array":
        return format_html("list[{}]", type_html(schema.get("items", {})))
    if "enum" in schema:
        return format_html_join(" | ", "<code>{}</code>", ((repr(v),) for v in schema["enum"]))
    label = str(kind or "any")
    if "format" in schema:
        label += f" ({schema['format']})"
    return format_html("{}", label)


def _constraints(schema: dict[str, Any]) -> str:
    names = {"minimum": "≥", "maximum": "≤", "minLength": "min. lengte", "maxLength": "max. lengte",
             "maxItems": "max.", "pattern": "patroon", "default": "standaard"}  # fmt: skip
    found = [f"{label} {schema[key]!r}" for key, label in names.items() if key in schema]
    for part in schema.get("anyOf", []):
        found += [f"{label} {part[key]!r}" for key, label in names.items() if key in part]
    return ", ".join(found)


def text_html(text: str) -> SafeString:
    """Paragraphs with ``code`` and **bold**, escaped."""
    paragraphs = []
    if not text.strip():
        return mark_safe("")
    for block in re.split(r"\n\s*\n", text.strip()):
        html = str(escape(" ".join(block.split())))
        html = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", html)
        html = re.sub(r"`(.+?)`", r"<code>\1</code>", html)
        paragraphs.append(f"<p>{html}</p>")
    return mark_safe("\n".join(paragraphs))  # noqa: S308 (escaped above)


def _operation(path: str, method: str, op: dict[str, Any]) -> dict[str, Any]:
    body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
    security = op.get("security") or []
    return {
        "id": op.get("operationId", f"{method}-{path}"),
        "method": method.upper(),
        "path": path,
        "summary": op.get("summary", ""),
        "description": text_html(op.get("description", "")),
        "key": "optional" if {} in security else ("required" if security else "none"),
        "parameters": [
            {
                "name": p["name"],
                "where": p["in"],
                "required": p.get("required", False),
                "type": type_html(p.get("schema", {})),
                "description": p.get("description", "")
                or p.get("schema", {}).get("description", ""),
                "constraints": _constraints(p.get("schema", {})),
            }
            for p in op.get("parameters", [])
        ],
        "body": type_html(body["schema"]) if body else None,
        "responses": [
            (
                status,
                type_html(answer.get("content", {}).get("application/json", {}).get("schema", {})),
            )
            for status, answer in sorted(op.get("responses", {}).items())
        ],  # fmt: skip
    }


def _schema(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    required = set(schema.get("required", []))
    return {
        "name": name,
        "description": text_html(schema.get("description", "")),
        "properties": [
            {
                "name": prop,
                "type": type_html(spec),
                "required": prop in required,
                "description": spec.get("description", ""),
                "constraints": _constraints(spec),
            }
            for prop, spec in schema.get("properties", {}).items()
        ],
    }


def reference(document: dict[str, Any]) -> dict[str, Any]:
    """The page's content from an OpenAPI document: operations by tag, then the schemas."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for path, item in document.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                op = item[method]
                tag = (op.get("tags") or ["api"])[0]
                groups.setdefault(tag, []).append(_operation(path, method, op))
    schemas = document.get("components", {}).get("schemas", {})
    return {
        "title": document.get("info", {}).get("title", ""),
        "version": document.get("info", {}).get("version", ""),
        "description": text_html(document.get("info", {}).get("description", "")),
        "groups": sorted(groups.items()),
        "schemas": [_schema(name, schemas[name]) for name in sorted(schemas)],
    }


def api_docs(request: HttpRequest) -> HttpResponse:
    document = api.get_openapi_schema()
    context = reference(document)
    context["openapi_url"] = reverse("api:openapi-json")
    try:
        context["tokens_url"] = reverse("api-tokens") if request.user.is_authenticated else ""
    except NoReverseMatch:  # the page is wired in the project's urls.py
        context["tokens_url"] = ""
    return render(request, "api/docs.html", context)
