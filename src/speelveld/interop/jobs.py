"""Running an uploaded import: small files within the request, large ones in a background
thread whose progress the page polls. (A real job queue can take this over later: the unit of
work is ``batch_run``.)"""

from __future__ import annotations

import json
import os
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext_noop

from speelveld.interop.models import ImportBatch, ImportStatus
from speelveld.interop.report import ImportReport, problem
from speelveld.places.models import Area

# Files up to this size are checked within the request (a second or two at most).
INLINE_BYTES = 1_000_000
# A running import touches its progress file this often; one untouched for STALE_SECONDS
# belongs to a process that is gone (a restart, a crash): its transaction wrote nothing.
HEARTBEAT_SECONDS = 15
STALE_SECONDS = 120


def imports_dir() -> Path:
    folder = Path(settings.DATA_DIR) / "imports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def batch_create(
    *, municipality: Area, user: Any, upload: UploadedFile, entity: str, keep_valid: bool
) -> ImportBatch:
    """Keep the uploaded file in the data directory and record the batch."""
    name = Path(upload.name or "upload").name
    stored = f"{uuid.uuid4().hex}{Path(name).suffix.lower()}"
    with (imports_dir() / stored).open("wb") as handle:
        for chunk in upload.chunks():
            handle.write(chunk)
    return ImportBatch.objects.create(
        municipality=municipality,
        user=user,
        file_name=name[:255],
        stored_as=stored,
        entity=entity,
        keep_valid=keep_valid,
    )


def _progress_file(batch: ImportBatch) -> Path:
    return imports_dir() / f"{batch.stored_as}.progress"


def batch_progress(batch: ImportBatch) -> dict[str, Any]:
    """What a running batch last reported: ``{"stage": …, "done": …, "total": …}``."""
    try:
        data: dict[str, Any] = json.loads(_progress_file(batch).read_text())
        return data
    except (OSError, ValueError):
        return {}


@contextmanager
def _heartbeat(path: Path) -> Iterator[None]:
    """Touch ``path`` every few seconds while the block runs (also through one long stage)."""
    stop = threading.Event()

    def beat() -> None:
        while not stop.wait(HEARTBEAT_SECONDS):
            with suppress(OSError):  # between two progress writes
                os.utime(path)

    thread = threading.Thread(target=beat, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def batch_interrupted(batch: ImportBatch) -> bool:
    """Whether ``batch`` says it is running but its process stopped; such a batch is marked
    failed, with a message, so that nobody waits for it and its file can be checked again."""
    if not batch.running:
        return False
    try:
        age = time.time() - _progress_file(batch).stat().st_mtime
    except OSError:
        age = float("inf")
    if age < STALE_SECONDS:
        return False
    report = ImportReport(source=batch.file_name, keep_valid=batch.keep_valid)
    report.add(
        problem(
            gettext_noop(
                "De import is onderbroken (de server is gestopt of herstart); er is niets "
                "ingelezen. Het bestand is bewaard: controleer het opnieuw."
            ),
            value=batch.file_name,
        )
    )
    # only if it is still running: a batch that just finished keeps its own result
    stopped = ImportBatch.objects.filter(pk=batch.pk, status=batch.status).update(
        status=ImportStatus.FAILED, report=report.to_dict(), finished_at=timezone.now()
    )
    batch.refresh_from_db()
    if stopped:
        _progress_file(batch).unlink(missing_ok=True)
    return bool(stopped)


def batch_run(batch_id: int, *, commit: bool) -> ImportBatch:
    """Check (or import) the batch's file and store the report on it."""
    from speelveld.interop.services import sheet_import

    batch = ImportBatch.objects.select_related("municipality", "user").get(pk=batch_id)
    progress_file = _progress_file(batch)

    def progress(stage: str, done: int, total: int) -> None:
        # a file, not the database: the import's own transaction would hide a row update
        progress_file.write_text(json.dumps({"stage": stage, "done": done, "total": total}))

    def record(report: ImportReport) -> None:
        # inside the import's transaction: the rows and "ingelezen" commit together, so a
        # process that dies right after the commit never leaves the batch looking unfinished
        ImportBatch.objects.filter(pk=batch.pk).update(
            status=ImportStatus.COMMITTED, report=report.to_dict(), finished_at=timezone.now()
        )

    try:
        with _heartbeat(progress_file):
            report = sheet_import(
                paths=[batch.path],
                names=[batch.file_name],
                municipality=batch.municipality,
                actor=batch.user,
                commit=commit,
                keep_valid=batch.keep_valid,
                entity=batch.entity or None,
                progress=progress,
                before_commit=record,
            )
    except Exception:  # a failed background job must leave a visible state, then fail loudly
        batch.status = ImportStatus.FAILED
        batch.finished_at = timezone.now()
        batch.save(update_fields=["status", "finished_at"])
        progress_file.unlink(missing_ok=True)
        raise
    batch.report = report.to_dict()
    if commit:
        batch.status = ImportStatus.COMMITTED if report.committed else ImportStatus.CHECKED
    else:
        batch.status = ImportStatus.CHECKED
    batch.finished_at = timezone.now()
    batch.save(update_fields=["report", "status", "finished_at"])
    # only now: a batch that says it runs but has no progress file is one whose process died
    progress_file.unlink(missing_ok=True)
    if report.committed:
        batch.path.unlink(missing_ok=True)
    return batch


def _in_thread(batch_id: int, commit: bool) -> None:
    try:
        batch_run(batch_id, commit=commit)
    finally:
        connection.close()


def batch_start(batch: ImportBatch, *, commit: bool, expect: str | None = None) -> bool:
    """Run now when the file is small, else in a background thread. With ``expect``, only a
    batch in that state is started (a second click on *Bevestigen* starts nothing); returns
    whether it started."""
    status = ImportStatus.COMMITTING if commit else ImportStatus.CHECKING
    # the heartbeat file first: a running batch without one counts as stopped
    _progress_file(batch).write_text(json.dumps({"stage": "start", "done": 0, "total": 0}))
    if expect is not None:
        if not ImportBatch.objects.filter(pk=batch.pk, status=expect).update(status=status):
            return False
        batch.status = status
    else:
        batch.status = status
        batch.save(update_fields=["status"])
    if batch.path.stat().st_size <= INLINE_BYTES:
        batch_run(batch.pk, commit=commit)
        return True
    threading.Thread(target=_in_thread, args=(batch.pk, commit), daemon=True).start()
    return True


def batch_report(batch: ImportBatch) -> ImportReport:
    return ImportReport.from_dict(batch.report) if batch.report else ImportReport()
