"""Rijksdriehoeksmeting (RD New, EPSG:28992) to WGS84, without a projection library.

The approximation of Schreutelkamp and Strang van Hees (*Benaderingsformules voor de
transformatie tussen RD- en WGS84-kaartcoördinaten*, 2001): a polynomial in the offsets from
Amersfoort, accurate to about a metre across the Netherlands — far finer than the generalised
CBS boundaries it is used for.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

X0, Y0 = 155_000.0, 463_000.0  # Amersfoort in RD
PHI0, LAM0 = 52.15517440, 5.38720621  # Amersfoort in WGS84 (degrees)

# (p, q, coefficient) of dX**p * dY**q, in seconds of arc; dX, dY in units of 100 km.
_LATITUDE = (
    (0, 1, 3235.65389),
    (2, 0, -32.58297),
    (0, 2, -0.24750),
    (2, 1, -0.84978),
    (0, 3, -0.06550),
    (2, 2, -0.01709),
    (1, 0, -0.00738),
    (4, 0, 0.00530),
    (2, 3, -0.00039),
    (4, 1, 0.00033),
    (1, 1, -0.00012),
)
_LONGITUDE = (
    (1, 0, 5260.52916),
    (1, 1, 105.94684),
    (1, 2, 2.45656),
    (3, 0, -0.81885),
    (1, 3, 0.05594),
    (3, 1, -0.05607),
    (0, 1, 0.01199),
    (3, 2, -0.00256),
    (1, 4, 0.00128),
    (0, 2, 0.00022),
    (2, 0, -0.00022),
    (5, 0, 0.00026),
)


def rd_to_wgs84(x: float, y: float) -> tuple[float, float]:
    """RD ``(x, y)`` in metres → ``(latitude, longitude)`` in degrees.

    >>> rd_to_wgs84(155000, 463000)
    (52.1551744, 5.38720621)
    """
    dx = (x - X0) * 1e-5
    dy = (y - Y0) * 1e-5
    lat = sum(c * dx**p * dy**q for p, q, c in _LATITUDE)
    lon = sum(c * dx**p * dy**q for p, q, c in _LONGITUDE)
    return PHI0 + lat / 3600, LAM0 + lon / 3600


def looks_like_rd(coordinates: Any) -> bool:
    """Are these GeoJSON coordinates in metres (RD) rather than degrees?"""
    point = first_point(coordinates)
    return point is not None and (abs(point[0]) > 360 or abs(point[1]) > 360)


def first_point(coordinates: Any) -> Sequence[float] | None:
    while isinstance(coordinates, list) and coordinates and isinstance(coordinates[0], list):
        coordinates = coordinates[0]
    if isinstance(coordinates, list) and len(coordinates) >= 2:
        return coordinates
    return None


def reproject(coordinates: Any, *, rd: bool, digits: int = 6) -> Any:
    """Nested GeoJSON coordinates as ``[lon, lat]`` rounded to ``digits`` (6 ≈ 0.1 m)."""
    if coordinates and isinstance(coordinates[0], list):
        return [reproject(part, rd=rd, digits=digits) for part in coordinates]
    x, y = float(coordinates[0]), float(coordinates[1])
    if rd:
        lat, lon = rd_to_wgs84(x, y)
        return [round(lon, digits), round(lat, digits)]
    return [round(x, digits), round(y, digits)]
