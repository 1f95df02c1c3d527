"""Shared pieces of the ``import`` and ``export`` commands: finding the municipality, printing
a report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from speelveld.interop.columns import ENTITIES
from speelveld.interop.report import ImportReport
from speelveld.interop.sheets import write_csv
from speelveld.places.models import Area, AreaLevel


def municipality_for(code: str | None) -> Area:
    """The gemeente with this CBS code (newest indeling); without a code, the only one."""
    gemeenten = Area.objects.filter(level=AreaLevel.GEMEENTE).order_by("code", "-year")
    if code:
        found = gemeenten.filter(code=code.strip().upper()).first()
        if found is None:
            raise CommandError(f"Gemeente {code} bestaat niet / does not exist.")
        return found
    codes = sorted(set(gemeenten.values_list("code", flat=True)))
    if len(codes) != 1:
        raise CommandError(
            "Kies de gemeente met --gemeente / choose the municipality with --gemeente: "
            + (", ".join(codes) or "—")
        )
    found = gemeenten.first()
    assert found is not None
    return found


def print_report(out: Any, report: ImportReport, *, dry_run: bool, path: Path | None) -> None:
    """Counts, then every problem with its place, in the active language."""
    labels = {key: entity.label for key, entity in ENTITIES.items()}
    for line in report.summary_lines(labels):
        out.write(line)
    for item in report.problems:
        kind = _("fout") if item.is_error else _("waarschuwing")
        where = item.location()
        value = f' "{item.value}"' if item.value else ""
        out.write(f"{kind}: {where}{value}: {item.message}" if where else f"{kind}: {item.message}")
    if report.committed:
        out.write(
            _("Geschreven: %(n)d nieuw, %(m)d gewijzigd.")
            % {"n": report.total("created"), "m": report.total("updated")}
        )
    elif dry_run:
        out.write(_("Proefdraai: er is niets geschreven. Gebruik --commit om te schrijven."))
    else:
        out.write(_("Er is niets geschreven."))
    if path is not None:
        with path.open("wb") as handle:
            write_csv(
                handle,
                ["blad", "rij", "kolom", "waarde", "soort", "melding", "message"],
                (
                    [p.sheet, p.row, p.column, p.value, p.severity, p.message_nl, p.message_en]
                    for p in report.problems
                ),
            )
