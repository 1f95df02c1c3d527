"""schemathesis against the API, in process through Django's WSGI application: every operation,
reads and writes, with a valid key of a beheerder. No server error, and every answer (status,
content type, headers, body) as the OpenAPI document says. Bounded and deterministic: 20
examples per operation, positive data, derandomized."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.conf import settings as django_settings
from django.core import signals
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from hypothesis.configuration import set_hypothesis_home_dir
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from speelveld.api.services import token_create
from speelveld.places.models import Area
from speelveld.wsgi import application

# Hypothesis keeps caches in .hypothesis/ under the working directory: keep them in the data
# directory instead, out of the repository.
set_hypothesis_home_dir(str(django_settings.DATA_DIR / "hypothesis"))

EXAMPLES = 20
CONFIG = SchemathesisConfig.from_dict(
    {
        "generation": {"mode": "positive", "max-examples": EXAMPLES, "deterministic": True},
        "phases": {"coverage": {"enabled": False}, "stateful": {"enabled": False}},
    }
)
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application, config=CONFIG)


@pytest.fixture
def in_process_requests() -> Iterator[None]:
    """Keep the test's database connection open across the WSGI calls, as Django's own test
    client does: the handler would otherwise close it after each request (on PostgreSQL that
    ends the test transaction)."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


@pytest.fixture
def key(db: None, demo_municipality: Area, make_user: Any, in_process_requests: None) -> str:
    _token, secret = token_create(
        actor=None, user=make_user("beheerder", demo_municipality), name="schemathesis"
    )
    return secret


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.data_too_large,
    ],
)
def test_api_matches_its_schema(case: Any, key: str) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {key}"}, checks=CHECKS)
