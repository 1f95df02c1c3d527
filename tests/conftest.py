"""Shared fixtures. The demo field (seed 7) is loaded once per test session into the test
database; database tests run in transactions on top of it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from speelveld.synth.demo import demo_field
from speelveld.synth.records import FieldRecords

DEMO_SEED = 7


@pytest.fixture(scope="session")
def demo_records() -> FieldRecords:
    return demo_field(seed=DEMO_SEED)


@pytest.fixture(scope="session")
def django_db_setup(
    django_db_setup: None, django_db_blocker: Any, demo_records: FieldRecords
) -> None:
    from speelveld.demo.load import field_load

    with django_db_blocker.unblock():
        field_load(demo_records)


@pytest.fixture
def demo_municipality(db: None, demo_records: FieldRecords) -> Any:
    from speelveld.places.models import Area

    return Area.objects.get(code=demo_records.municipality_code, year=demo_records.year)


@pytest.fixture
def make_user(db: None) -> Callable[..., Any]:
    """make_user(role, municipality=None, organisation=None) -> a user with that membership."""
    from django.contrib.auth import get_user_model

    from speelveld.accounts.models import Membership

    counter = {"n": 0}

    def make(role: str, municipality: Any = None, organisation: Any = None) -> Any:
        counter["n"] += 1
        user = get_user_model().objects.create_user(
            username=f"{role}-{counter['n']}", password="x-Test-pw-2026"
        )
        Membership.objects.create(
            user=user, role=role, municipality=municipality, organisation=organisation
        )
        return user

    return make
