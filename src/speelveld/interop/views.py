"""Upload pages: upload, dry-run report, confirm; templates and list downloads."""

from __future__ import annotations

import io
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from speelveld.accounts.permissions import (
    can_admin_municipality,
    can_create_in,
    can_view_municipality,
    require,
)
from speelveld.interop.columns import ENTITIES
from speelveld.interop.exports import list_export, template_export
from speelveld.interop.forms import UploadForm
from speelveld.interop.jobs import (
    batch_create,
    batch_interrupted,
    batch_progress,
    batch_report,
    batch_start,
)
from speelveld.interop.models import ImportBatch, ImportStatus
from speelveld.interop.sheets import write_csv
from speelveld.places.models import Area
from speelveld.places.selectors import area_get

SHOWN_PROBLEMS = 1000
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _municipality(request: HttpRequest, code: str) -> Area:
    municipality = area_get(code)
    if municipality.level != "gemeente":
        raise Http404(_("Importeren kan per gemeente."))
    require(can_create_in(request.user, municipality.pk))
    return municipality


def _batch(request: HttpRequest, municipality: Area, pk: int) -> ImportBatch:
    batch = get_object_or_404(ImportBatch, pk=pk, municipality=municipality)
    require(
        batch.user_id == request.user.pk or can_admin_municipality(request.user, municipality.pk)
    )
    batch_interrupted(batch)  # a batch whose process is gone says so
    return batch


@login_required
def import_page(request: HttpRequest, code: str) -> HttpResponse:
    municipality = _municipality(request, code)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        batch = batch_create(
            municipality=municipality,
            user=request.user,
            upload=form.cleaned_data["file"],
            entity=form.cleaned_data["entity"],
            keep_valid=form.cleaned_data["keep_valid"],
        )
        batch_start(batch, commit=False)
        return redirect("import-batch", code=municipality.code, pk=batch.pk)
    recent = ImportBatch.objects.filter(municipality=municipality, user_id=request.user.pk or 0)[
        :10
    ]
    return render(
        request,
        "interop/import.html",
        {"municipality": municipality, "form": form, "recent": recent, "entities": ENTITIES},
    )


@login_required
def import_batch(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    municipality = _municipality(request, code)
    batch = _batch(request, municipality, pk)
    report = batch_report(batch)
    can_confirm = (
        batch.status == ImportStatus.CHECKED
        and not report.committed
        and report.changes > 0
        and (report.ok or batch.keep_valid)
        and batch.path.exists()
    )
    return render(
        request,
        "interop/batch.html",
        {
            "municipality": municipality,
            "batch": batch,
            "report": report,
            "problems": report.problems[:SHOWN_PROBLEMS],
            "more": max(0, len(report.problems) - SHOWN_PROBLEMS),
            "progress": batch_progress(batch) if batch.running else {},
            "can_confirm": can_confirm,
            "can_retry": batch.status == ImportStatus.FAILED and batch.path.exists(),
            "entity_labels": {k: e.label for k, e in ENTITIES.items()},
        },
    )


@login_required
def import_status(request: HttpRequest, code: str, pk: int) -> JsonResponse:
    municipality = _municipality(request, code)
    batch = _batch(request, municipality, pk)
    return JsonResponse(
        {"status": batch.status, "running": batch.running, "progress": batch_progress(batch)}
    )


@login_required
@require_POST
def import_confirm(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    municipality = _municipality(request, code)
    batch = _batch(request, municipality, pk)
    if batch.status == ImportStatus.CHECKED and batch.path.exists():
        # checks the file again, then writes all or nothing; once, however often it is clicked
        batch_start(batch, commit=True, expect=ImportStatus.CHECKED)
    return redirect("import-batch", code=municipality.code, pk=batch.pk)


@login_required
@require_POST
def import_retry(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    """Check a stopped batch's kept file again (a dry run; confirming comes after)."""
    municipality = _municipality(request, code)
    batch = _batch(request, municipality, pk)
    if batch.status == ImportStatus.FAILED and batch.path.exists():
        batch_start(batch, commit=False, expect=ImportStatus.FAILED)
    return redirect("import-batch", code=municipality.code, pk=batch.pk)


@login_required
@require_POST
def import_cancel(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    municipality = _municipality(request, code)
    batch = _batch(request, municipality, pk)
    if batch.status == ImportStatus.CHECKED:
        batch.path.unlink(missing_ok=True)
        batch.status = ImportStatus.CANCELLED
        batch.save(update_fields=["status"])
    return redirect("import", code=municipality.code)


@login_required
def import_report_csv(request: HttpRequest, code: str, pk: int) -> HttpResponseBase:
    municipality = _municipality(request, code)
    batch = _batch(request, municipality, pk)
    buffer = io.BytesIO()
    write_csv(
        buffer,
        [_("blad"), _("rij"), _("kolom"), _("waarde"), _("soort"), "melding", "message"],
        (
            [p.sheet, p.row, p.column, p.value, p.severity, p.message_nl, p.message_en]
            for p in batch_report(batch).problems
        ),
    )
    return _download(buffer, f"rapport-{batch.pk}.csv", "csv")


def _download(buffer: io.BytesIO, name: str, fmt: str) -> FileResponse:
    buffer.seek(0)
    return FileResponse(buffer, as_attachment=True, filename=name, content_type=CONTENT_TYPES[fmt])


@login_required
def template_download(
    request: HttpRequest, code: str, fmt: str, entity: str = ""
) -> HttpResponseBase:
    municipality = _municipality(request, code)
    if (
        fmt not in CONTENT_TYPES
        or (entity and entity not in ENTITIES)
        or (fmt == "csv" and not entity)
    ):
        raise Http404
    buffer = io.BytesIO()
    template_export(fmt=fmt, out=buffer, entity=entity or None)
    name = ENTITIES[entity].sheet if entity else f"speelveld-{municipality.code}"
    return _download(buffer, f"sjabloon-{name}.{fmt}", fmt)


@login_required
def list_download(request: HttpRequest, code: str, entity: str, fmt: str) -> HttpResponseBase:
    municipality = area_get(code)
    require(can_view_municipality(request.user, municipality))
    if (
        fmt not in CONTENT_TYPES
        or entity not in (*ENTITIES, "areas", "all")
        or (fmt == "csv" and entity == "all")
    ):
        raise Http404
    keys: list[Any] = [*ENTITIES, "areas"] if entity == "all" else [entity]
    buffer = io.BytesIO()
    list_export(municipality=municipality, entities=keys, fmt=fmt, out=buffer)
    name = (
        "gebieden"
        if entity == "areas"
        else ENTITIES[entity].sheet
        if entity in ENTITIES
        else ("speelveld")
    )
    return _download(buffer, f"{name}-{municipality.code}.{fmt}", fmt)
