"""One resource, many representations: the same data as HTML, JSON and GeoJSON."""

from __future__ import annotations

from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.http import JsonResponse


def json_response(data: Any, *, content_type: str = "application/json") -> JsonResponse:
    return JsonResponse(
        data,
        encoder=DjangoJSONEncoder,
        safe=False,
        content_type=content_type,
        json_dumps_params={"ensure_ascii": False},
    )


def geojson_response(data: Any) -> JsonResponse:
    return json_response(data, content_type="application/geo+json")
