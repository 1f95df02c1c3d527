"""Dutch is the source language; English must be complete. Extracts every translatable string
from the code and templates (Django's makemessages, into a scratch copy) and fails on any string
without an English translation, or with a fuzzy one; also checks the compiled catalogue is
current."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

import speelveld

PACKAGE = Path(speelveld.__file__).parent
PO = PACKAGE / "locale" / "en" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")


def _extract(tmp_path: Path) -> polib.POFile:
    if shutil.which("xgettext") is None:
        pytest.fail("xgettext (Debian package gettext) is needed; scripts/test installs it")
    copy = tmp_path / "speelveld"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("vendor", "__pycache__"))
    shutil.rmtree(copy / "locale", ignore_errors=True)
    (copy / "locale").mkdir()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "django",
            "makemessages",
            "-l",
            "en",
            "--no-location",
            "--no-obsolete",
            "-i",
            "migrations/*",
            "-i",
            "tests/*",
        ],
        cwd=copy,
        check=True,
        capture_output=True,
        env={
            "DJANGO_SETTINGS_MODULE": "speelveld.settings",
            "PATH": "/usr/bin:/bin",
            "SPEELVELD_DATA_DIR": str(tmp_path / "var"),
            "PYTHONPATH": str(tmp_path),
        },
    )
    return polib.pofile(str(copy / "locale" / "en" / "LC_MESSAGES" / "django.po"))


def test_every_user_facing_string_has_english(tmp_path: Path) -> None:
    wanted = _extract(tmp_path)
    assert len(wanted) > 100, "extraction found suspiciously few strings"
    catalogue = {(e.msgctxt, e.msgid): e for e in polib.pofile(str(PO))}
    missing = []
    for entry in wanted:
        have = catalogue.get((entry.msgctxt, entry.msgid))
        if have is None or "fuzzy" in have.flags or not have.translated():
            missing.append(entry.msgid)
    assert missing == [], f"{len(missing)} strings lack English, e.g. {missing[:10]}"


def test_compiled_catalogue_matches_the_po_file() -> None:
    source = {
        (e.msgctxt, e.msgid): (e.msgstr, tuple(sorted(e.msgstr_plural.items())))
        for e in polib.pofile(str(PO))
        if e.translated()
    }
    compiled = {
        (e.msgctxt, e.msgid): (e.msgstr, tuple(sorted(e.msgstr_plural.items())))
        for e in polib.mofile(str(MO))
        if e.msgid
    }
    assert compiled == source, "run: python scripts/compile_messages.py"
