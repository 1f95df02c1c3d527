"""Server-drawn SVG maps of our own polygons: no tiles, no outside requests, works without
JavaScript and prints well."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from speelveld.core.geometry import outer_rings

# A colour-blind-safe sequential ramp (light to dark teal), enough contrast for the outlines.
RAMP = ["#f0f9f8", "#c7e9e4", "#8fd1c8", "#4fb3a9", "#23887f", "#0d5c56"]
EMPTY = "#fbe3d6"  # areas with nothing at all stand out in a warm tone


@dataclass(frozen=True)
class MapShape:
    code: str
    name: str
    url: str
    value: float | None
    label: str
    path: str
    cx: float
    cy: float
    fill: str


def _colour(value: float | None, top: float) -> str:
    if value is None:
        return "#e5e5e5"
    if value <= 0:
        return EMPTY
    step = min(len(RAMP) - 1, int(len(RAMP) * value / top)) if top > 0 else 0
    return RAMP[step]


def svg_map(
    items: Iterable[tuple[str, str, str, dict[str, Any] | None, float | None, str]],
    *,
    width: int = 640,
) -> tuple[list[MapShape], int, int, list[tuple[str, str]]]:
    """Project WGS84 polygons to SVG paths. Items: (code, name, url, geometry, value, label).

    Returns the shapes, the SVG width and height, and a legend of (colour, text) steps.
    An equirectangular projection scaled by cos(latitude) is exact enough at city scale.
    """
    rows = [(c, n, u, g, v, lab) for c, n, u, g, v, lab in items if g]
    points = [pt for *_r, g, _v, _l in rows for ring in outer_rings(g) for pt in ring]
    if not points:
        return [], width, 0, []
    min_x = min(p[0] for p in points)
    max_x = max(p[0] for p in points)
    min_y = min(p[1] for p in points)
    max_y = max(p[1] for p in points)
    k = math.cos(math.radians((min_y + max_y) / 2))
    span_x = max((max_x - min_x) * k, 1e-9)
    span_y = max(max_y - min_y, 1e-9)
    scale = (width - 8) / span_x
    height = int(span_y * scale) + 8
    values = [v for *_r, v, _l in rows if v is not None]
    top = max(values) if values else 0.0
    shapes = []
    for code, name, url, geometry, value, label in rows:
        assert geometry is not None
        parts = []
        xs: list[float] = []
        ys: list[float] = []
        for ring in outer_rings(geometry):
            coords = [((x - min_x) * k * scale + 4, (max_y - y) * scale + 4) for x, y, *_ in ring]
            xs += [c[0] for c in coords]
            ys += [c[1] for c in coords]
            parts.append("M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in coords) + " Z")
        shapes.append(
            MapShape(
                code,
                name,
                url,
                value,
                label,
                " ".join(parts),
                sum(xs) / len(xs),
                sum(ys) / len(ys),
                _colour(value, top),
            )
        )
    legend = _legend(top)
    return shapes, width, height, legend


def _legend(top: float) -> list[tuple[str, str]]:
    steps: Sequence[str] = RAMP
    legend = [(EMPTY, "0")]
    if top <= 0:
        return legend
    size = top / len(steps)
    for i, colour in enumerate(steps):
        low, high = i * size, (i + 1) * size
        legend.append((colour, f"{math.floor(low) + (1 if i == 0 else 0)}–{math.ceil(high)}"))
    return legend
