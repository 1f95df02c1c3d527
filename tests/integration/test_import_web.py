"""The upload pages: upload, a dry-run report in the user's language, confirm (checked again),
templates and downloads; only for a beheerder or redacteur of the municipality."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from speelveld.activities.models import Activity
from speelveld.interop.models import ImportBatch, ImportStatus
from speelveld.interop.sheets import read_csv, read_xlsx

pytestmark = pytest.mark.django_db

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(autouse=True)
def data_dir(settings: Any, tmp_path: Path) -> Path:
    settings.DATA_DIR = tmp_path
    return tmp_path


@pytest.fixture
def admin_client(client: Client, demo_municipality: Any, make_user: Callable[..., Any]) -> Client:
    client.force_login(make_user("beheerder", demo_municipality))
    return client


def upload(client: Client, path: Path, **extra: Any) -> Any:
    with path.open("rb") as handle:
        return client.post(
            reverse("import", args=["GM9901"]), {"file": handle, **extra}, follow=True
        )


def test_only_editors_of_the_municipality_may_upload(
    client: Client, demo_municipality: Any, make_user: Callable[..., Any]
) -> None:
    url = reverse("import", args=["GM9901"])
    assert client.get(url).status_code == 302  # to the login page
    client.force_login(make_user("opdrachtgever", demo_municipality))
    assert client.get(url).status_code == 403
    client.force_login(make_user("beheerder", demo_municipality))
    page = client.get(url)
    assert page.status_code == 200
    assert b'enctype="multipart/form-data"' in page.content
    assert reverse("import-template", args=["GM9901", "xlsx"]).encode() in page.content


def test_messy_upload_shows_every_problem_and_offers_no_confirm(admin_client: Client) -> None:
    page = upload(admin_client, DATA / "activiteiten_messy.csv")
    assert page.status_code == 200
    text = page.content.decode()
    assert "Onbekend thema: groenn." in text
    assert "Thema&#x27;s" in text  # the column as the file names it, escaped
    assert "BU99019999" in text
    assert reverse("import-confirm", args=["GM9901", ImportBatch.objects.get().pk]) not in text
    batch = ImportBatch.objects.get()
    assert batch.status == ImportStatus.CHECKED and batch.path.exists()
    assert not Activity.objects.filter(external_id__startswith="messy-").exists()

    english = admin_client.get(
        reverse("import-batch", args=["GM9901", batch.pk]), HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    report = batch.report["problems"]
    theme = next(p for p in report if p["value"] == "groenn")
    assert theme["message_en"] in english and theme["message_nl"] not in english

    csv = admin_client.get(reverse("import-report", args=["GM9901", batch.pk]))
    rows = read_csv(b"".join(csv.streaming_content)).rows  # type: ignore[attr-defined]
    assert len(rows) == len(report)


def test_fixed_upload_is_confirmed_and_written(admin_client: Client) -> None:
    page = upload(admin_client, DATA / "activiteiten_fixed.csv")
    batch = ImportBatch.objects.get()
    confirm = reverse("import-confirm", args=["GM9901", batch.pk])
    assert confirm in page.content.decode()
    status = admin_client.get(reverse("import-status", args=["GM9901", batch.pk])).json()
    assert status == {"status": "checked", "running": False, "progress": {}}
    done = admin_client.post(confirm, follow=True)
    batch.refresh_from_db()
    assert batch.status == ImportStatus.COMMITTED
    assert "Ingelezen: 11 rijen" in done.content.decode()
    assert Activity.objects.filter(external_id__startswith="messy-").count() == 11
    assert not batch.path.exists()  # the upload is removed once imported
    # confirming twice does nothing more
    admin_client.post(confirm)
    assert Activity.objects.filter(external_id__startswith="messy-").count() == 11


def test_confirm_checks_the_file_again(admin_client: Client) -> None:
    from datetime import date

    from speelveld.catalogue.models import Phase
    from speelveld.places.models import Area
    from speelveld.players.models import Organisation

    upload(admin_client, DATA / "activiteiten_fixed.csv")
    batch = ImportBatch.objects.get()
    # between the check and the confirmation, another municipality takes one of the keys
    elsewhere = Area.objects.create(code="GM9903", year=2024, level="gemeente", name="Elders")
    Activity.objects.create(
        external_id="messy-003",
        municipality=elsewhere,
        title="Elders",
        lead_organisation=Organisation.objects.order_by("pk").first(),
        phase=Phase.objects.order_by("pk").first(),
        start=date(2025, 1, 1),
    )
    page = admin_client.post(reverse("import-confirm", args=["GM9901", batch.pk]), follow=True)
    batch.refresh_from_db()
    assert batch.status == ImportStatus.CHECKED and not batch.report["committed"]
    assert "messy-003" in page.content.decode()
    assert Activity.objects.filter(external_id__startswith="messy-").count() == 1


def test_keep_valid_writes_the_good_rows(admin_client: Client) -> None:
    upload(admin_client, DATA / "activiteiten_messy.csv", keep_valid="on")
    batch = ImportBatch.objects.get()
    admin_client.post(reverse("import-confirm", args=["GM9901", batch.pk]))
    assert Activity.objects.filter(external_id__startswith="messy-").count() == 3


def test_cancel_removes_the_upload(admin_client: Client) -> None:
    upload(admin_client, DATA / "activiteiten_fixed.csv")
    batch = ImportBatch.objects.get()
    admin_client.post(reverse("import-cancel", args=["GM9901", batch.pk]))
    batch.refresh_from_db()
    assert batch.status == ImportStatus.CANCELLED and not batch.path.exists()


def test_other_peoples_uploads_stay_private(
    admin_client: Client, client: Client, demo_municipality: Any, make_user: Callable[..., Any]
) -> None:
    from speelveld.players.models import Organisation

    upload(admin_client, DATA / "activiteiten_fixed.csv")
    batch = ImportBatch.objects.get()
    other = Client()
    other.force_login(make_user("redacteur", demo_municipality, Organisation.objects.first()))
    assert other.get(reverse("import-batch", args=["GM9901", batch.pk])).status_code == 403


def test_templates_and_lists_download(admin_client: Client) -> None:
    xlsx = admin_client.get(reverse("import-template", args=["GM9901", "xlsx"]))
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")
    assert len(read_xlsx(b"".join(xlsx.streaming_content))) == 6  # type: ignore[attr-defined]
    csv = admin_client.get(reverse("import-template-entity", args=["GM9901", "players", "csv"]))
    assert read_csv(b"".join(csv.streaming_content)).headers[:2] == [  # type: ignore[attr-defined]
        "extern_id",
        "naam",
    ]
    listed = admin_client.get(reverse("export-list", args=["GM9901", "activities", "csv"]))
    assert len(read_csv(b"".join(listed.streaming_content)).rows) == 499  # type: ignore[attr-defined]
    assert (
        admin_client.get(reverse("export-list", args=["GM9901", "nope", "csv"])).status_code == 404
    )


def test_an_import_cut_off_by_a_restart_says_so_and_can_be_checked_again(
    admin_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A background import whose process died (a restart, a crash) must not say "checking…"
    forever: once its heartbeat is older than a couple of minutes the page says it stopped,
    that nothing was written, and offers to check the kept file again."""
    import os
    import time

    from speelveld.interop import jobs

    before = Activity.objects.count()
    upload(admin_client, DATA / "activiteiten_fixed.csv")
    batch = ImportBatch.objects.get()
    # as a restart leaves it: still "committing", its heartbeat file last touched long ago
    ImportBatch.objects.filter(pk=batch.pk).update(status=ImportStatus.COMMITTING)
    beat = jobs._progress_file(batch)
    beat.write_text('{"stage": "write", "done": 3, "total": 9}')
    stale = time.time() - jobs.STALE_SECONDS - 5
    os.utime(beat, (stale, stale))

    status = admin_client.get(reverse("import-status", args=["GM9901", batch.pk])).json()
    assert status["status"] == ImportStatus.FAILED and not status["running"]
    page = admin_client.get(reverse("import-batch", args=["GM9901", batch.pk])).content.decode()
    assert "onderbroken" in page and "niets ingelezen" in page
    assert Activity.objects.count() == before
    english = admin_client.get(
        reverse("import-batch", args=["GM9901", batch.pk]), HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    assert "interrupted" in english

    retry = reverse("import-retry", args=["GM9901", batch.pk])
    assert retry in page
    admin_client.post(retry)
    batch.refresh_from_db()
    assert batch.status == ImportStatus.CHECKED and batch.report["counts"]["activities"]["created"]
    assert not any("onderbroken" in p["message_nl"] for p in batch.report["problems"])


def test_a_running_import_with_a_fresh_heartbeat_is_left_alone(admin_client: Client) -> None:
    from speelveld.interop import jobs

    upload(admin_client, DATA / "activiteiten_fixed.csv")
    batch = ImportBatch.objects.get()
    ImportBatch.objects.filter(pk=batch.pk).update(status=ImportStatus.CHECKING)
    jobs._progress_file(batch).write_text('{"stage": "check", "done": 2000, "total": 9000}')
    status = admin_client.get(reverse("import-status", args=["GM9901", batch.pk])).json()
    assert status["running"] and status["progress"]["done"] == 2000
    # a retry is only for a stopped import
    admin_client.post(reverse("import-retry", args=["GM9901", batch.pk]))
    batch.refresh_from_db()
    assert batch.status == ImportStatus.CHECKING


def test_a_second_confirm_starts_nothing_and_only_the_owner_or_a_beheerder_may_retry(
    admin_client: Client, client: Client, demo_municipality: Any, make_user: Callable[..., Any]
) -> None:
    from speelveld.interop import jobs
    from speelveld.players.models import Organisation

    upload(admin_client, DATA / "activiteiten_fixed.csv")
    batch = ImportBatch.objects.get()
    assert jobs.batch_start(batch, commit=True, expect=ImportStatus.CHECKED)
    assert not jobs.batch_start(batch, commit=True, expect=ImportStatus.CHECKED)  # a 2nd click
    batch.refresh_from_db()
    assert batch.status == ImportStatus.COMMITTED
    ImportBatch.objects.filter(pk=batch.pk).update(status=ImportStatus.FAILED)
    retry = reverse("import-retry", args=["GM9901", batch.pk])
    assert admin_client.get(retry).status_code == 405
    other = Client()
    other.force_login(make_user("redacteur", demo_municipality, Organisation.objects.first()))
    assert other.post(retry).status_code == 403


def test_the_result_is_recorded_in_the_imports_own_transaction(
    admin_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A process that dies right after the commit (here: the last save fails) leaves the batch
    saying what happened: imported."""
    from speelveld.interop import jobs

    upload(admin_client, DATA / "activiteiten_fixed.csv")
    batch = ImportBatch.objects.get()
    ImportBatch.objects.filter(pk=batch.pk).update(status=ImportStatus.COMMITTING)

    def dies(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("the process stops here")

    monkeypatch.setattr(ImportBatch, "save", dies)
    with pytest.raises(RuntimeError):
        jobs.batch_run(batch.pk, commit=True)
    batch.refresh_from_db()
    assert batch.status == ImportStatus.COMMITTED and batch.report["committed"]


def test_the_heartbeat_touches_the_progress_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import time

    from speelveld.interop import jobs

    monkeypatch.setattr(jobs, "HEARTBEAT_SECONDS", 0.05)
    beat = tmp_path / "x.progress"
    beat.write_text("{}")
    os.utime(beat, (1, 1))
    with jobs._heartbeat(beat):
        time.sleep(0.3)
    assert beat.stat().st_mtime > time.time() - 5
