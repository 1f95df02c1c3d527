"""Warn at entry: before saving a new or changed activity that duplicates one that runs, the
editor sees it, why, and whom to contact — with htmx while typing, and without JavaScript on
save, where "Toch opslaan" (``bevestigd``) is needed to go ahead."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from speelveld.activities.models import Activity
from speelveld.activities.services import ActivityFields
from speelveld.analysis.warn import overlap_warn
from speelveld.places.models import Area
from speelveld.synth.records import FieldRecords

pytestmark = pytest.mark.django_db

PREFIX = "GM9901-2024-"


@pytest.fixture
def pair(demo_records: FieldRecords) -> tuple[Activity, Activity]:
    a, b = demo_records.planted_duplicates[0]
    return (Activity.objects.get(external_id=PREFIX + a),
            Activity.objects.get(external_id=PREFIX + b))  # fmt: skip


def _copy(activity: Activity, **changes: Any) -> dict[str, Any]:
    """Form data with the activity's werkvorm, areas, themes and target groups."""
    data: dict[str, Any] = {
        "title": f"Ook bij ons: {activity.title.lower()}",
        "description": "Een nieuwe groep, elke week, met koffie en vrijwilligers.",
        "activity_type": activity.activity_type_id or "",
        "lead_organisation": activity.lead_organisation_id,
        "areas": list(activity.areas.values_list("pk", flat=True)),
        "themes": list(activity.themes.values_list("pk", flat=True)),
        "target_groups": list(activity.target_groups.values_list("pk", flat=True)),
        "phase": activity.phase_id,
        "start": activity.start.isoformat(),
        "status": "lopend",
        "rtc_stage": "",
    }
    data.update(changes)
    return data


def _beheerder(make_user: Any, municipality: Area) -> Client:
    client = Client()
    client.force_login(make_user("beheerder", municipality))
    return client


def test_the_service_names_the_duplicate_its_reasons_and_whom_to_contact(
    demo_municipality: Area, pair: tuple[Activity, Activity]
) -> None:
    a, b = pair
    fields = ActivityFields(
        title=f"Ook bij ons: {a.title.lower()}", lead_organisation=b.lead_organisation,
        phase=a.phase, start=a.start, areas=list(a.areas.all()), activity_type=a.activity_type,
        themes=list(a.themes.all()), target_groups=list(a.target_groups.all()),
    )  # fmt: skip
    warning = overlap_warn(municipality=demo_municipality, fields=fields)
    assert warning.blocks
    (first, *_rest) = warning.duplicates
    assert first.activity.id == a.pk and first.label == "duplicate"
    codes = [r.code for r in first.reasons]
    assert codes[0] == "same_type" and "period_overlap" in codes
    assert first.activity.contact is not None and first.activity.organisation
    # the same work for the organisation's own series is not a warning
    own = ActivityFields(**{**fields.__dict__, "lead_organisation": a.lead_organisation})
    assert a.pk not in {d.activity.id for d in overlap_warn(
        municipality=demo_municipality, fields=own).duplicates}  # fmt: skip


def test_saving_a_duplicate_waits_for_toch_opslaan(
    demo_municipality: Area, make_user: Any, pair: tuple[Activity, Activity]
) -> None:
    a, b = pair
    client = _beheerder(make_user, demo_municipality)
    url = reverse("activity-new", args=[demo_municipality.code])
    data = _copy(a, lead_organisation=b.lead_organisation_id)
    before = Activity.objects.count()
    response = client.post(url, data)
    html = response.content.decode()
    assert response.status_code == 200 and Activity.objects.count() == before
    assert "Er loopt al iets vergelijkbaars" in html and a.title in html
    assert 'name="bevestigd"' in html and "Toch opslaan" in html
    assert reverse("activity", args=[a.pk]) in html
    response = client.post(url, {**data, "bevestigd": "1"})
    assert response.status_code == 302 and Activity.objects.count() == before + 1


def test_work_that_duplicates_nothing_saves_at_once(
    demo_municipality: Area, make_user: Any, pair: tuple[Activity, Activity]
) -> None:
    a, b = pair
    client = _beheerder(make_user, demo_municipality)
    data = _copy(a, lead_organisation=b.lead_organisation_id, themes=[], target_groups=[],
                 title="Repaircafé in de bibliotheek", activity_type="")  # fmt: skip
    response = client.post(reverse("activity-new", args=[demo_municipality.code]), data)
    assert response.status_code == 302


def test_while_typing_htmx_gets_the_warning(
    demo_municipality: Area, make_user: Any, pair: tuple[Activity, Activity]
) -> None:
    a, b = pair
    client = _beheerder(make_user, demo_municipality)
    url = reverse("activity-new", args=[demo_municipality.code])
    data = _copy(a, lead_organisation=b.lead_organisation_id)
    check = client.post(url + "?check=1", data, HTTP_HX_REQUEST="true").content.decode()
    assert 'hx-swap-oob="true"' in check and "<html" not in check  # only the error slots
    assert 'id="overlap-warning"' in check and 'hx-swap-oob="true"' in check
    assert "Er loopt al iets vergelijkbaars" in check
    only = client.post(url + "?check=1&waarschuwing=1", data,
                       HTTP_HX_REQUEST="true").content.decode()  # fmt: skip
    assert 'id="form-body"' not in only and "hx-swap-oob" not in only
    assert a.title in only
    # half-filled forms warn as soon as what is filled in matches, and never fail
    partial = {k: v for k, v in data.items() if k not in ("start", "phase", "status")}
    partial_html = client.post(url + "?check=1&waarschuwing=1", partial,
                               HTTP_HX_REQUEST="true").content.decode()  # fmt: skip
    assert a.title in partial_html
    empty = client.post(url + "?check=1&waarschuwing=1", {}, HTTP_HX_REQUEST="true")
    assert empty.status_code == 200 and "vergelijkbaars" not in empty.content.decode()


def test_an_edit_that_makes_a_duplicate_warns_but_an_existing_one_does_not_stop_it(
    demo_municipality: Area, make_user: Any, pair: tuple[Activity, Activity]
) -> None:
    a, b = pair
    client = _beheerder(make_user, demo_municipality)
    # b already duplicated a: editing b's title is shown, but saves
    response = client.post(reverse("activity-edit", args=[b.pk]),
                           _copy(b, title=b.title + " (ook in de vakantie)",
                                 description=b.description))  # fmt: skip
    assert response.status_code == 302
    # an unrelated activity of b's organisation turned into a's work: stop and ask
    other = (Activity.objects.filter(municipality=demo_municipality,
                                     lead_organisation=b.lead_organisation)
             .exclude(pk=b.pk).exclude(activity_type=a.activity_type).first())  # fmt: skip
    assert other is not None
    data = _copy(a, lead_organisation=b.lead_organisation_id, title=other.title)
    response = client.post(reverse("activity-edit", args=[other.pk]), data)
    assert response.status_code == 200
    assert "Er loopt al iets vergelijkbaars" in response.content.decode()
    other.refresh_from_db()
    assert other.activity_type_id != a.activity_type_id  # nothing saved yet
    response = client.post(reverse("activity-edit", args=[other.pk]), {**data, "bevestigd": "1"})
    assert response.status_code == 302
