"""Role fit against the seed catalogue: who should leave this work to whom (no database)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from speelveld.catalogue.seed_data import ROLES
from speelveld.core import ActivityRow, ActivityTable, rolefit_find
from speelveld.core.role_catalogue import RoleProfile, role_catalogue

CONSULTATIE = ActivityRow(
    id=7, org="woonstichting", areas=("BU99010401",), start=date(2025, 4, 1),
    themes=("participatie", "wonen"), target_groups=("huurders",), activity_type="consultatie",
    phase="analyseren", lead_role="procesmanager-corporatie",
    title="Bewonersconsultatie renovatie Korenstraat",
    description="De corporatie vraagt huurders wat zij van de renovatieplannen vinden.",
)  # fmt: skip


@pytest.fixture(scope="module")
def catalogue() -> dict[str, RoleProfile]:
    return role_catalogue(ROLES)


def test_a_process_manager_leading_a_consultation_should_involve_the_community_worker(
    catalogue: dict[str, RoleProfile],
) -> None:
    (f,) = rolefit_find(ActivityTable.from_rows([CONSULTATIE]), catalogue)
    assert (f.activity_id, f.role, f.involve, f.score) == (
        7, "procesmanager-corporatie", "opbouwwerker", 0.7,
    )  # fmt: skip
    assert [r.code for r in f.reasons] == ["type_delegated"]
    assert f.reasons[0].params == {
        "activity_type": "consultatie", "role": "procesmanager-corporatie",
        "to_role": "opbouwwerker",
    }  # fmt: skip
    assert f.task_key == "procesmanager-corporatie#0"


def test_werkvorm_and_phase_together_score_highest(catalogue: dict[str, RoleProfile]) -> None:
    organising = replace(CONSULTATIE, phase="organiseren")
    (f,) = rolefit_find(ActivityTable.from_rows([organising]), catalogue)
    assert f.score == 1.0 and [r.code for r in f.reasons] == ["type_delegated", "phase_delegated"]


def test_a_phase_alone_is_a_weaker_finding(catalogue: dict[str, RoleProfile]) -> None:
    energy = replace(CONSULTATIE, activity_type="energie", phase="activeren")
    (f,) = rolefit_find(ActivityTable.from_rows([energy]), catalogue)
    assert f.score == 0.4 and f.reasons[0].code == "phase_delegated"
    assert rolefit_find(ActivityTable.from_rows([energy]), catalogue, min_score=0.5) == []


def test_work_the_role_owns_is_no_finding(catalogue: dict[str, RoleProfile]) -> None:
    own = replace(CONSULTATIE, lead_role="opbouwwerker", activity_type="initiatiefondersteuning")
    assert rolefit_find(ActivityTable.from_rows([own]), catalogue) == []
    unknown_role = replace(CONSULTATIE, lead_role=None)
    assert rolefit_find(ActivityTable.from_rows([unknown_role]), catalogue) == []


def test_a_role_already_involved_is_not_suggested(catalogue: dict[str, RoleProfile]) -> None:
    table = ActivityTable.from_rows([CONSULTATIE])
    assert rolefit_find(table, catalogue, involved={7: {"opbouwwerker"}}) == []
