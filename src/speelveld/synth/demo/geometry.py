"""Geometry of the demo: a jittered lattice of cells, one per buurt, and the outlines of blocks.

Neighbouring polygons share their vertices exactly, so buurten, wijken, stadsdelen and the
gemeente tile without gaps or overlaps.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

# Rows from south to north; a digit is the wijk of a cell.
WIJK_LAYOUT = ("334444", "334422", "000122", "001112")
STADSDEEL_OF_WIJK = (0, 0, 0, 1, 1)
ROWS, COLS = len(WIJK_LAYOUT), len(WIJK_LAYOUT[0])
CELL_DX, CELL_DY = 0.0140, 0.0090  # degrees: about 950 m by 1000 m at 52.35 N
ORIGIN = (5.55 - COLS * CELL_DX / 2, 52.35 - ROWS * CELL_DY / 2)

Node = tuple[str, int, int]


def lattice(rng: random.Random) -> dict[Node, tuple[float, float]]:
    """Jittered lattice nodes plus a jittered midpoint on every edge, shared by both cells."""
    pts: dict[Node, tuple[float, float]] = {}
    for r in range(ROWS + 1):
        for c in range(COLS + 1):
            x = ORIGIN[0] + c * CELL_DX + r * 0.0015 + rng.uniform(-0.18, 0.18) * CELL_DX
            y = ORIGIN[1] + r * CELL_DY + rng.uniform(-0.18, 0.18) * CELL_DY
            pts[("n", r, c)] = (x, y)
    for r in range(ROWS + 1):
        for c in range(COLS):
            (x0, y0), (x1, y1) = pts[("n", r, c)], pts[("n", r, c + 1)]
            pts[("h", r, c)] = (
                (x0 + x1) / 2 + rng.uniform(-0.08, 0.08) * CELL_DX,
                (y0 + y1) / 2 + rng.uniform(-0.12, 0.12) * CELL_DY,
            )
    for r in range(ROWS):
        for c in range(COLS + 1):
            (x0, y0), (x1, y1) = pts[("n", r, c)], pts[("n", r + 1, c)]
            pts[("v", r, c)] = (
                (x0 + x1) / 2 + rng.uniform(-0.12, 0.12) * CELL_DX,
                (y0 + y1) / 2 + rng.uniform(-0.08, 0.08) * CELL_DY,
            )
    return {k: (round(x, 6), round(y, 6)) for k, (x, y) in pts.items()}


def polygon(
    coords: dict[Node, tuple[float, float]], cells: Sequence[tuple[int, int]]
) -> dict[str, Any]:
    """GeoJSON polygon of a contiguous block of cells."""
    ring = [list(coords[n]) for n in outline(cells)]
    return {"type": "Polygon", "coordinates": [ring + [ring[0]]]}


def cell_ring(r: int, c: int) -> list[Node]:
    """Counter-clockwise ring of one lattice cell (x east, y north), with edge midpoints."""
    return [
        ("n", r, c),
        ("h", r, c),
        ("n", r, c + 1),
        ("v", r, c + 1),
        ("n", r + 1, c + 1),
        ("h", r + 1, c),
        ("n", r + 1, c),
        ("v", r, c),
    ]


def outline(cells: Sequence[tuple[int, int]]) -> list[Node]:
    """Outer ring of a contiguous block of cells without holes, counter-clockwise.

    Interior edges occur twice with opposite directions and cancel; what remains chains into
    the outline, so neighbouring polygons share their vertices exactly.
    """
    edges: list[tuple[Node, Node]] = []
    for r, c in cells:
        ring = cell_ring(r, c)
        edges.extend(zip(ring, ring[1:] + ring[:1], strict=True))
    present = set(edges)
    nxt: dict[Node, Node] = {}
    for a, b in edges:
        if (b, a) not in present:
            if a in nxt:
                raise ValueError("cells touch at a corner only; the outline is ambiguous")
            nxt[a] = b
    start = min(nxt)
    ring, node = [start], nxt[start]
    while node != start:
        ring.append(node)
        node = nxt[node]
    if len(ring) != len(nxt):
        raise ValueError("block has a hole or is not contiguous")
    return ring
