"""docs/data-formats.md names every spreadsheet column, and the English header it accepts."""

from __future__ import annotations

from pathlib import Path

import pytest

from speelveld.interop.columns import ENTITIES

DOCS = Path(__file__).resolve().parents[2] / "docs" / "data-formats.md"


@pytest.mark.parametrize("key", sorted(ENTITIES))
def test_every_column_is_documented(key: str) -> None:
    text = DOCS.read_text()
    entity = ENTITIES[key]
    section = text.split(f"**{entity.sheet.capitalize()}**", 1)[1].split("\n\n", 1)[0]
    for column in entity.columns:
        assert f"`{column.header}`" in section, (key, column.header)
