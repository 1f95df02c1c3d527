"""CBS area codes: parse, validate and derive parents, without any framework.

CBS codes are strings: ``GM`` + 4 digits (gemeente), ``WK`` + 6 (gemeente 4 + wijk 2), ``BU`` + 8
(gemeente 4 + wijk 2 + buurt 2). Wijk and buurt parts may hold letters when a gemeente has 100+
wijken or a wijk 100+ buurten, so they are matched as alphanumerics, never as numbers. Municipal
layers that CBS lacks (stadsdelen) get ``SD`` + gemeente 4 + 2 of our own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["CodeProblem", "Level", "ParsedCode", "parse_code", "parent_code", "check_parent"]


class Level(StrEnum):
    GEMEENTE = "gemeente"
    STADSDEEL = "stadsdeel"
    WIJK = "wijk"
    BUURT = "buurt"


class CodeProblem(StrEnum):
    """Why a code was refused; the web layer turns these into translated messages."""

    FORMAT = "format"
    LEVEL_MISMATCH = "level_mismatch"
    PARENT_MISMATCH = "parent_mismatch"
    PARENT_LEVEL = "parent_level"


_PATTERNS: dict[Level, re.Pattern[str]] = {
    Level.GEMEENTE: re.compile(r"GM\d{4}"),
    Level.STADSDEEL: re.compile(r"SD\d{4}[0-9A-Z]{2}"),
    Level.WIJK: re.compile(r"WK\d{4}[0-9A-Z]{2}"),
    Level.BUURT: re.compile(r"BU\d{4}[0-9A-Z]{4}"),
}
_PREFIX = {"GM": Level.GEMEENTE, "SD": Level.STADSDEEL, "WK": Level.WIJK, "BU": Level.BUURT}


@dataclass(frozen=True)
class ParsedCode:
    code: str
    level: Level
    gemeente: str
    parent: str | None


def normalise(code: str) -> str:
    """Strip the padding CBS puts around keys and upper-case the prefix."""
    return code.strip().upper()


def parse_code(code: str) -> ParsedCode | None:
    """Parse a CBS (or stadsdeel) code; ``None`` when it has no valid format.

    >>> parse_code("BU00340101").parent
    'WK003401'
    >>> parse_code("WK003401").gemeente
    'GM0034'
    >>> parse_code("XX12") is None
    True

    O(1).
    """
    code = normalise(code)
    level = _PREFIX.get(code[:2])
    if level is None or not _PATTERNS[level].fullmatch(code):
        return None
    gemeente = "GM" + code[2:6]
    parent: str | None
    if level is Level.GEMEENTE:
        parent = None
    elif level is Level.BUURT:
        parent = "WK" + code[2:8]
    else:
        parent = gemeente
    return ParsedCode(code=code, level=level, gemeente=gemeente, parent=parent)


def parent_code(code: str) -> str | None:
    """The code of the parent area as CBS derives it (a buurt's wijk, a wijk's gemeente)."""
    parsed = parse_code(code)
    return parsed.parent if parsed else None


def check_parent(
    code: str, level: str, parent: str | None, parent_level: str | None
) -> CodeProblem | None:
    """Check a code against its declared level and parent; ``None`` when all is well.

    A wijk may sit under a stadsdeel layer of its own gemeente instead of the gemeente itself.

    >>> check_parent("BU00340101", "buurt", "WK003402", "wijk")
    <CodeProblem.PARENT_MISMATCH: 'parent_mismatch'>
    >>> check_parent("BU00340101", "buurt", "WK003401", "wijk") is None
    True
    """
    parsed = parse_code(code)
    if parsed is None:
        return CodeProblem.FORMAT
    if parsed.level != level:
        return CodeProblem.LEVEL_MISMATCH
    if parsed.parent is None:
        return None if parent is None else CodeProblem.PARENT_MISMATCH
    if parent is None:
        return CodeProblem.PARENT_MISMATCH
    parent = normalise(parent)
    if parsed.level is Level.WIJK and parent_level == Level.STADSDEEL:
        return None if parent[2:6] == parsed.code[2:6] else CodeProblem.PARENT_MISMATCH
    expected_level = Level.WIJK if parsed.level is Level.BUURT else Level.GEMEENTE
    if parent_level is not None and parent_level != expected_level:
        return CodeProblem.PARENT_LEVEL
    return None if parent == parsed.parent else CodeProblem.PARENT_MISMATCH
