"""Reasons: why the core says what it says, as codes with parameters and no language.

The core never writes a sentence. A finding carries ``Reason(code, params)``; the Django layer
turns each code into Dutch or English with gettext, filling in the parameters (activity counts,
similarity, area codes, ...). Params hold plain JSON values only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Reason"]


@dataclass(frozen=True)
class Reason:
    """A reason code with its parameters, e.g. ``Reason("same_buurt", {"buurt": "BU..."})``.

    >>> Reason("text_similar", {"title": 0.81}).code
    'text_similar'
    """

    code: str
    params: dict[str, Any] = field(default_factory=dict)
