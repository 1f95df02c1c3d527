"""Small pure helpers for the GeoJSON geometry Speelveld stores (WGS84)."""

from __future__ import annotations

from typing import Any


def outer_rings(geometry: Any) -> list[list[list[float]]]:
    """Outer rings of a GeoJSON Polygon or MultiPolygon; holes are ignored.

    >>> outer_rings({"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [0, 1], [0, 0]]]})
    [[[0, 0], [1, 0], [0, 1], [0, 0]]]
    >>> outer_rings(None)
    []

    O(number of polygons).
    """
    if not isinstance(geometry, dict):
        return []
    coords = geometry.get("coordinates") or []
    if geometry.get("type") == "Polygon":
        return [coords[0]] if coords else []
    if geometry.get("type") == "MultiPolygon":
        return [polygon[0] for polygon in coords if polygon]
    return []
