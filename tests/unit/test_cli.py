"""Every CLI command has help text and is documented in docs/cli.md."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from speelveld.cli import COMMANDS, usage

DOCS = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def test_usage_lists_every_command() -> None:
    text = usage()
    for name in COMMANDS:
        assert f"  {name} " in text


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_is_documented(name: str) -> None:
    assert f"`speelveld {name}" in DOCS.read_text()


OWN = sorted(set(COMMANDS) - {"createsuperuser", "migrate"})


@pytest.mark.parametrize("name", OWN)
def test_every_own_command_has_help(name: str, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "speelveld.cli", name, "--help"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "SPEELVELD_DATA_DIR": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert "usage: speelveld " + name in result.stdout
    assert len(result.stdout.split("\n\n")[1].strip()) > 40  # a real description, NL and EN
