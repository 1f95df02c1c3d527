"""HSDS 3.1 in: check a file against the schema, then write it — all of it, or nothing.

A dry run (the default) does everything ``commit`` does inside a transaction and rolls it
back, so its report (counts and every problem with its JSON path, in Dutch and English) is
exactly what committing would do. Any error, in the schema or in the data, and nothing is
written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.db import DatabaseError, transaction
from django.http import Http404
from django.utils.translation import gettext_noop

from speelveld.accounts.permissions import can_create_in, require
from speelveld.interop.hsds import profile_records, records
from speelveld.interop.hsds.context import Context, rights_of
from speelveld.interop.hsds.read import read
from speelveld.interop.hsds.writing import flush
from speelveld.interop.report import WARNING, ImportProblem, ImportReport, problem
from speelveld.places.models import Area, AreaLevel
from speelveld.places.selectors import area_get


class _RollBack(Exception):
    """Leave the transaction without writing (a dry run, or errors)."""


def _schema_problem(path: str, message: str, value: str) -> ImportProblem:
    return problem(
        gettext_noop("Voldoet niet aan HSDS 3.1: %(detail)s"),
        column=path or "(document)", value=value, detail=message,
    )  # fmt: skip


def _municipality(given: Area | None, profile: dict[str, Any], report: ImportReport) -> Area | None:
    if given is not None:
        return given
    code = str((profile.get("municipality") or {}).get("code", ""))
    if code:
        try:
            found = area_get(code)
        except Http404:
            found = None
        if found is not None and found.level == AreaLevel.GEMEENTE:
            return found
        report.add(problem(gettext_noop("Gemeente %(value)s bestaat niet in Speelveld."),
                           column="speelveld.municipality.code", value=code))  # fmt: skip
        return None
    report.add(
        problem(
            gettext_noop(
                "Kies de gemeente waarin dit bestand wordt ingelezen (het bestand noemt er geen)."
            )
        )
    )
    return None


def hsds_import(
    *, path: Path, commit: bool, actor: Any, municipality: Area | None = None
) -> ImportReport:
    """Check (and with ``commit`` write) an HSDS 3.1 JSON file into a municipality.

    ``municipality`` defaults to the one a Speelveld document names. ``actor`` ``None`` is the
    operator at the command line; anyone else needs edit rights in the municipality and on
    the organisations whose records change.
    """
    report = ImportReport(source=path.name)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        report.add(problem(gettext_noop("%(value)s is geen leesbaar JSON-bestand: %(detail)s"),
                           value=path.name, detail=str(error)))  # fmt: skip
        return report
    hint = path.stem.removesuffix("_full").removesuffix("_list")
    reading = read(data, hint=hint)
    for found in reading.problems:
        report.add(_schema_problem(found.path, found.message, found.value))
    if reading.problems:
        return report
    dataset = reading.dataset
    for where, hsds_id in dataset.duplicates:
        report.add(problem(
            gettext_noop("Id %(value)s staat twee keer in het bestand, met verschillende inhoud."),
            column=where, value=hsds_id,
        ))  # fmt: skip
    for where, what in dataset.not_kept:
        report.add(problem(
            gettext_noop("Niet overgenomen (Speelveld bewaart dit niet): %(value)s."),
            column=where, value=what, severity=WARNING,
        ))  # fmt: skip
    target = _municipality(municipality, dataset.profile, report)
    if target is None or not report.ok:
        return report
    if actor is not None:
        require(can_create_in(actor, target.pk))
    if dataset.empty:
        report.add(problem(gettext_noop("Dit bestand bevat geen organisaties of diensten."),
                           severity=WARNING))  # fmt: skip
        return report
    context = Context(
        municipality=target, actor=actor, report=report, dataset=dataset,
        reason=f"import HSDS {path.name}"[:100], rights=rights_of(actor, target),
    )  # fmt: skip
    try:
        with transaction.atomic():
            context.load()
            # each entity is written before the next one refers to it
            for hsds_id, item in dataset.organizations.items():
                records.organisation(context, hsds_id, item)
            flush(context, context.orgs)
            profile_records.players(context)
            flush(context, context.players)
            for hsds_id, item in dataset.services.items():
                records.service(context, hsds_id, item)
            flush(context, context.activities)
            profile_records.collaborations(context)
            flush(context, context.collaborations)
            profile_records.handovers(context)
            flush(context, context.handovers)
            if not commit or not report.ok:
                raise _RollBack
            report.committed = True
    except _RollBack:
        pass
    except DatabaseError as error:
        report.committed = False
        report.add(problem(gettext_noop("Schrijven mislukt, er is niets opgeslagen: %(value)s"),
                           value=error))  # fmt: skip
    return report
