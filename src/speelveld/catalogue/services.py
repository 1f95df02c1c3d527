"""Seeding the vocabularies and the role catalogue.

Seeding only adds what is missing (by key): texts that a municipality or editor changed are
never overwritten, so running it again (it runs after every ``migrate``) is safe.
"""

from __future__ import annotations

from django.db import transaction

from speelveld.catalogue import seed_data
from speelveld.catalogue.models import (
    ActivityType,
    Language,
    Method,
    Phase,
    Role,
    RoleDelegation,
    TargetGroup,
    Term,
    Theme,
)


def _terms(model: type[Term], seeds: tuple[seed_data.TermSeed, ...]) -> int:
    existing = set(model._default_manager.values_list("key", flat=True))
    new = [
        model(
            key=s.key,
            name=s.name,
            name_en=s.name_en,
            description=s.description,
            description_en=s.description_en,
            synonyms="\n".join(s.synonyms),
            order=i,
        )
        for i, s in enumerate(seeds)
        if s.key not in existing
    ]
    model._default_manager.bulk_create(new)
    return len(new)


@transaction.atomic
def catalogue_seed() -> dict[str, int]:
    """Add the seed vocabularies and roles that are missing; return how many were added."""
    added = {
        "themes": _terms(Theme, seed_data.THEMES),
        "target_groups": _terms(TargetGroup, seed_data.TARGET_GROUPS),
        "methods": _terms(Method, seed_data.METHODS),
    }
    themes = {t.key: t for t in Theme.objects.all()}
    for seed in seed_data.THEMES:
        if seed.parent and themes[seed.key].parent_id is None:
            Theme.objects.filter(key=seed.key).update(parent=themes[seed.parent])

    existing_phases = set(Phase.objects.values_list("key", flat=True))
    new_phases = [
        Phase(
            key=p.key,
            name=p.name,
            name_en=p.name_en,
            description=p.description,
            description_en=p.description_en,
            order=p.order,
        )
        for p in seed_data.PHASES
        if p.key not in existing_phases
    ]
    Phase.objects.bulk_create(new_phases)
    added["phases"] = len(new_phases)

    existing_languages = set(Language.objects.values_list("code", flat=True))
    new_languages = [
        Language(code=lang.code, name=lang.name, name_en=lang.name_en)
        for lang in seed_data.LANGUAGES
        if lang.code not in existing_languages
    ]
    Language.objects.bulk_create(new_languages)
    added["languages"] = len(new_languages)

    existing_types = set(ActivityType.objects.values_list("key", flat=True))
    added["activity_types"] = 0
    for i, a in enumerate(seed_data.ACTIVITY_TYPES):
        if a.key in existing_types:
            continue
        activity_type = ActivityType.objects.create(
            key=a.key,
            name=a.name,
            name_en=a.name_en,
            description=a.description,
            description_en=a.description_en,
            synonyms="\n".join(a.synonyms),
            order=i,
        )
        activity_type.themes.set([themes[k] for k in a.themes])
        added["activity_types"] += 1

    added["roles"] = _roles()
    return added


def _roles() -> int:
    types = {t.key: t for t in ActivityType.objects.all()}
    phases = {p.key: p for p in Phase.objects.all()}
    existing = {r.key: r for r in Role.objects.all()}
    created: list[tuple[Role, seed_data.RoleSeed]] = []
    for i, r in enumerate(seed_data.ROLES):
        if r.key in existing:
            continue
        role = Role(
            key=r.key,
            name=r.name,
            name_en=r.name_en,
            summary=r.summary,
            summary_en=r.summary_en,
            core_tasks="\n".join(r.core_tasks),
            core_tasks_en="\n".join(r.core_tasks_en),
            strengths="\n".join(r.strengths),
            strengths_en="\n".join(r.strengths_en),
            organisation_types=",".join(r.organisation_types),
            is_resident_role=r.is_resident_role,
            order=i,
        )
        role.save()
        existing[r.key] = role
        created.append((role, r))
    # Relations only for roles created now, after all roles exist (partners refer forward).
    for role, r in created:
        role.typical_partners.set([existing[k] for k in r.typical_partners if k in existing])
        role.core_activity_types.set([types[k] for k in r.core_activity_types])
        role.core_phases.set([phases[k] for k in r.core_phases])
        for d in r.leave_to:
            delegation = RoleDelegation.objects.create(
                role=role, to_role=existing[d.to_role], task=d.task, task_en=d.task_en
            )
            delegation.activity_types.set([types[k] for k in d.activity_types])
            delegation.phases.set([phases[k] for k in d.phases])
    return len(created)
