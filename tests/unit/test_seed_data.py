"""Consistency of the seed vocabularies and the role catalogue (no Django, no database)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

import pytest

from speelveld.catalogue import seed_data as sd

ORGANISATION_TYPES = {
    "welzijn",
    "woningcorporatie",
    "gemeente",
    "bibliotheek",
    "kerk",
    "zelfstandige",
    "bewoners",
    "zorg",
    "politie",
    "onderwijs",
    "fonds",
    "overig",
}

REQUIRED_THEMES = {
    "welzijn",
    "duurzaamheid",
    "veiligheid",
    "groen",
    "participatie",
    "armoede",
    "eenzaamheid",
    "sociale-kloof",
    "taal-digitaal",
    "wonen",
    "energietransitie",
    "ouder-worden",
}
REQUIRED_TARGET_GROUPS = {
    "alle-bewoners",
    "kinderen",
    "jongeren",
    "ouderen",
    "nieuwkomers",
    "gezinnen",
    "mantelzorgers",
    "laag-inkomen",
    "alleenstaanden",
    "mensen-met-beperking",
    "huurders",
    "vrijwilligers",
}
REQUIRED_PHASES = (
    "signaleren",
    "analyseren",
    "verbinden",
    "activeren",
    "organiseren",
    "ondersteunen",
    "borgen-overdragen",
    "loslaten",
    "evalueren",
)
REQUIRED_METHODS = {
    "wijkscan",
    "eropaf",
    "abcd",
    "probleem-project",
    "opbouwwerk-in-uitvoering",
    "bonding-bridging-linking",
    "actie",
    "rood-blauw-wit",
    "participatieladder",
    "presentie",
    "community-library-routekaart",
    "buurtkracht",
    "effectenarena",
}
REQUIRED_ACTIVITY_TYPES = {
    "ontmoeting",
    "taal",
    "huiswerk",
    "schuldhulp",
    "mantelzorg",
    "digitaal",
    "beweeg",
    "vergroening",
    "energie",
    "buurtpreventie",
    "consultatie",
    "buurtfeest",
    "jongerenwerk",
    "samen-eten",
    "repair-cafe",
    "opvoeden",
    "buurtbemiddeling",
    "initiatiefondersteuning",
    "cultuur",
    "voedselhulp",
    "wijkscan-deur-aan-deur",
    "netwerkoverleg",
}
REQUIRED_LANGUAGES = {"nl", "en", "ar", "tr", "pl", "uk", "ti", "so", "pap", "srn"}
REQUIRED_ROLES = {
    "opbouwwerker",
    "opbouwwerker-wijkteam",
    "eenpitter",
    "procesmanager-corporatie",
    "gebiedscoordinator",
    "ambtenaar-rtc",
    "democratiseringsmedewerker",
    "diaconaal-opbouwwerker",
    "community-librarian",
    "sociaal-makelaar",
    "jongerenwerker",
    "wijkagent",
    "wijkregisseur",
    "maatschappelijk-werker",
    "wmo-consulent",
    "buurtbemiddelaar",
    "sociaal-beheerder",
    "cultuurverbinder",
    "maatschappelijk-matchmaker",
    "bewonersgroep",
}

KEY_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

THEME_KEYS = {t.key for t in sd.THEMES}
PHASE_KEYS = {p.key for p in sd.PHASES}
ACTIVITY_TYPE_KEYS = {a.key for a in sd.ACTIVITY_TYPES}
ROLE_KEYS = {r.key for r in sd.ROLES}
ROLES_BY_KEY = {r.key: r for r in sd.ROLES}


def _duplicates(keys: Iterable[str]) -> list[str]:
    return [key for key, n in Counter(keys).items() if n > 1]


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("THEMES", [t.key for t in sd.THEMES]),
        ("TARGET_GROUPS", [t.key for t in sd.TARGET_GROUPS]),
        ("METHODS", [t.key for t in sd.METHODS]),
        ("LANGUAGES", [lang.code for lang in sd.LANGUAGES]),
        ("PHASES", [p.key for p in sd.PHASES]),
        ("ACTIVITY_TYPES", [a.key for a in sd.ACTIVITY_TYPES]),
        ("ROLES", [r.key for r in sd.ROLES]),
    ],
)
def test_keys_are_unique_slugs(name: str, keys: list[str]) -> None:
    assert not _duplicates(keys), f"{name}: duplicate keys {_duplicates(keys)}"
    assert all(KEY_PATTERN.match(k) for k in keys), f"{name}: keys must be lowercase slugs"
    assert all(len(k) <= 60 for k in keys), f"{name}: keys must fit the 60-character slug field"


def test_required_keys_are_present() -> None:
    assert REQUIRED_THEMES <= THEME_KEYS
    assert {t.key for t in sd.TARGET_GROUPS} >= REQUIRED_TARGET_GROUPS
    assert {m.key for m in sd.METHODS} >= REQUIRED_METHODS
    assert ACTIVITY_TYPE_KEYS >= REQUIRED_ACTIVITY_TYPES
    assert {lang.code for lang in sd.LANGUAGES} >= REQUIRED_LANGUAGES
    assert ROLE_KEYS >= REQUIRED_ROLES
    assert tuple(p.key for p in sd.PHASES) == REQUIRED_PHASES


def test_phase_orders_run_from_one_to_nine() -> None:
    assert [p.order for p in sd.PHASES] == list(range(1, 10))
    assert {p.key: p.name_en for p in sd.PHASES}["borgen-overdragen"] == "Embed & hand over"


def test_theme_parents() -> None:
    parents = {t.key: t.parent for t in sd.THEMES}
    assert parents["energietransitie"] == "duurzaamheid"
    assert parents["ouder-worden"] == "welzijn"
    for key, parent in parents.items():
        assert parent is None or parent in THEME_KEYS, f"{key}: unknown parent {parent}"
        assert parent != key
        # One level deep: a sub-theme's parent is a main theme.
        assert parent is None or parents[parent] is None
    for vocabulary in (sd.TARGET_GROUPS, sd.METHODS):
        assert all(term.parent is None for term in vocabulary)


def test_languages_have_iso_codes_and_names() -> None:
    for lang in sd.LANGUAGES:
        assert re.fullmatch(r"[a-z]{2,3}", lang.code), lang.code
        assert lang.name and lang.name_en, lang.code


def test_english_is_complete_wherever_dutch_is_given() -> None:
    def pairs() -> Iterable[tuple[str, str, str]]:
        for term in (*sd.THEMES, *sd.TARGET_GROUPS, *sd.METHODS):
            yield term.key, term.name, term.name_en
            yield term.key, term.description, term.description_en
        for phase in sd.PHASES:
            yield phase.key, phase.name, phase.name_en
            yield phase.key, phase.description, phase.description_en
        for activity in sd.ACTIVITY_TYPES:
            yield activity.key, activity.name, activity.name_en
            yield activity.key, activity.description, activity.description_en
        for role in sd.ROLES:
            yield role.key, role.name, role.name_en
            yield role.key, role.summary, role.summary_en
            for task, task_en in zip(role.core_tasks, role.core_tasks_en, strict=False):
                yield role.key, task, task_en
            for strength, strength_en in zip(role.strengths, role.strengths_en, strict=False):
                yield role.key, strength, strength_en
            for delegation in role.leave_to:
                yield role.key, delegation.task, delegation.task_en

    for key, dutch, english in pairs():
        assert dutch.strip(), f"{key}: Dutch text is empty"
        assert english.strip(), f"{key}: English text missing for {dutch!r}"
        # Lists are stored one item per line in the database.
        assert "\n" not in dutch and "\n" not in english, key


def test_vocabulary_terms_have_descriptions_and_synonyms() -> None:
    for term in (*sd.THEMES, *sd.TARGET_GROUPS, *sd.METHODS):
        assert term.description, term.key
        assert term.synonyms, term.key
        assert all(s == s.lower().strip() and s for s in term.synonyms), term.key
        assert not _duplicates(term.synonyms), term.key


def test_activity_types() -> None:
    owner: dict[str, str] = {}
    for activity in sd.ACTIVITY_TYPES:
        assert 5 <= len(activity.synonyms) <= 12, activity.key
        assert all(s == s.lower().strip() and s for s in activity.synonyms), activity.key
        assert activity.themes, activity.key
        assert set(activity.themes) <= THEME_KEYS, activity.key
        for synonym in activity.synonyms:
            # The suggester matches text on synonyms: each must point to one werkvorm only.
            assert synonym not in owner, f"{synonym!r} in {owner.get(synonym)} and {activity.key}"
            owner[synonym] = activity.key


def test_roles_have_complete_portraits() -> None:
    for role in sd.ROLES:
        assert 3 <= len(role.core_tasks) <= 6, role.key
        assert len(role.core_tasks) == len(role.core_tasks_en), role.key
        assert 2 <= len(role.strengths) <= 4, role.key
        assert len(role.strengths) == len(role.strengths_en), role.key
        assert 1 <= len(role.leave_to) <= 4, role.key
        assert role.typical_partners, role.key
        assert role.core_phases, role.key
        assert role.organisation_types, role.key
    resident_roles = [r.key for r in sd.ROLES if r.is_resident_role]
    assert resident_roles == ["bewonersgroep"]


def test_role_references_exist() -> None:
    for role in sd.ROLES:
        assert set(role.typical_partners) <= ROLE_KEYS, role.key
        assert role.key not in role.typical_partners, role.key
        assert not _duplicates(role.typical_partners), role.key
        assert set(role.core_activity_types) <= ACTIVITY_TYPE_KEYS, role.key
        assert set(role.core_phases) <= PHASE_KEYS, role.key
        assert set(role.organisation_types) <= ORGANISATION_TYPES, role.key
        for delegation in role.leave_to:
            assert delegation.to_role in ROLE_KEYS, (role.key, delegation.to_role)
            assert delegation.to_role != role.key, role.key
            assert set(delegation.activity_types) <= ACTIVITY_TYPE_KEYS, role.key
            assert set(delegation.phases) <= PHASE_KEYS, role.key


def test_no_role_owns_and_delegates_the_same_work() -> None:
    for role in sd.ROLES:
        delegated_types = {a for d in role.leave_to for a in d.activity_types}
        delegated_phases = {p for d in role.leave_to for p in d.phases}
        assert not delegated_types & set(role.core_activity_types), role.key
        assert not delegated_phases & set(role.core_phases), role.key


def test_delegated_work_is_the_receiving_roles_own_work() -> None:
    # Role fit explains "leave X to Y"; that only makes sense if Y actually does X.
    for role in sd.ROLES:
        for delegation in role.leave_to:
            receiver = ROLES_BY_KEY[delegation.to_role]
            assert set(delegation.activity_types) <= set(receiver.core_activity_types), (
                role.key,
                delegation.to_role,
            )
            assert set(delegation.phases) <= set(receiver.core_phases), (
                role.key,
                delegation.to_role,
            )


def test_every_activity_type_has_an_owning_role() -> None:
    owned = {a for role in sd.ROLES for a in role.core_activity_types}
    assert owned >= ACTIVITY_TYPE_KEYS, sorted(ACTIVITY_TYPE_KEYS - owned)


def test_domain_delegations() -> None:
    """The hand-off rules the field itself names (domain.md §1)."""

    def leaves(role: str, to_role: str) -> sd.DelegationSeed:
        matches = [d for d in ROLES_BY_KEY[role].leave_to if d.to_role == to_role]
        assert matches, f"{role} should leave something to {to_role}"
        return matches[0]

    corporation = leaves("procesmanager-corporatie", "opbouwwerker")
    assert {"consultatie", "initiatiefondersteuning"} <= set(corporation.activity_types)
    assert {"activeren", "organiseren"} <= set(corporation.phases)
    assert {d.to_role for d in ROLES_BY_KEY["procesmanager-corporatie"].leave_to} & {
        "maatschappelijk-werker",
        "wmo-consulent",
        "opbouwwerker-wijkteam",
    }
    leaves("opbouwwerker", "maatschappelijk-werker")
    leaves("opbouwwerker", "wmo-consulent")
    leaves("opbouwwerker", "wijkagent")
    assert "initiatiefondersteuning" in leaves("ambtenaar-rtc", "opbouwwerker").activity_types
    leaves("gebiedscoordinator", "opbouwwerker")
    leaves("community-librarian", "opbouwwerker")
    leaves("democratiseringsmedewerker", "opbouwwerker")


def test_public_surface() -> None:
    for name in sd.__all__:
        assert hasattr(sd, name), name
    for vocabulary in (
        "THEMES",
        "TARGET_GROUPS",
        "METHODS",
        "LANGUAGES",
        "PHASES",
        "ACTIVITY_TYPES",
        "ROLES",
    ):
        assert vocabulary in sd.__all__
        assert isinstance(getattr(sd, vocabulary), tuple)
