"""Bilingual database content: Dutch in ``<field>``, English in ``<field>_en``."""

from __future__ import annotations

from typing import Any

from django.utils.translation import get_language


def localized(obj: Any, field: str) -> str:
    """Return ``obj.<field>_en`` when the active language is English and it is filled in."""
    language = get_language() or "nl"
    if language.startswith("en"):
        english = getattr(obj, f"{field}_en", "")
        if english:
            return str(english)
    return str(getattr(obj, field))


def lines(text: str) -> list[str]:
    """The non-empty lines of a one-item-per-line text field."""
    return [line.strip() for line in text.splitlines() if line.strip()]
