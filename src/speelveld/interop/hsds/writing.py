"""Writing checked records: changes one by one, new records in bulk.

A changed record is validated in full (``full_clean``) and saved with one history record, as
the services save. New records — nearly everything when a municipality is filled from a file —
are validated without a query each (field checks and the model's own ``clean``; references
are resolved objects, so they exist) and written per entity in a handful of statements with
their links and history (``interop.bulkio``), like the spreadsheet import.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_noop

from speelveld.history import one_change
from speelveld.interop import bulkio
from speelveld.interop.hsds.context import Context, django_problems
from speelveld.interop.report import CREATED, UNCHANGED, UPDATED


def write(
    ctx: Context,
    entity: str,
    hsds_id: str,
    path: str,
    instance: models.Model,
    *,
    created: bool,
    changed: bool,
    names: dict[str, str],
    links: dict[str, list[Any]] | None = None,
) -> bool:
    """Count, validate and write (or queue) one record; False when it is refused."""
    links = links or {}
    if not created and not changed:
        ctx.report.count(entity, UNCHANGED)
        return True
    if created:
        relations = [f.name for f in instance._meta.concrete_fields if f.is_relation]
        try:
            instance.clean_fields(exclude=relations)
            instance.clean()
        except ValidationError as error:
            ctx.failed.add(hsds_id)
            ctx.report.extend(django_problems(error, path, names))
            return False
        ctx.queue.append((hsds_id, path, instance, links))
        ctx.report.count(entity, CREATED)
        return True
    user = ctx.actor if getattr(ctx.actor, "is_authenticated", False) else None
    try:
        with transaction.atomic():
            instance.full_clean()
            with one_change(instance, user=user, reason=ctx.reason):
                instance.save()
                for name, objs in links.items():
                    getattr(instance, name).set(objs)
    except ValidationError as error:
        ctx.failed.add(hsds_id)
        ctx.report.extend(django_problems(error, path, names))
        return False
    except IntegrityError as error:
        ctx.refuse(hsds_id, gettext_noop("Opslaan geweigerd: %(value)s"), path, str(error))
        return False
    ctx.report.count(entity, UPDATED)
    return True


def flush(ctx: Context, table: dict[str, Any]) -> None:
    """Write the queued new records of one entity (``table`` is where later records find
    them by HSDS id)."""
    queued, ctx.queue = ctx.queue, []
    if not queued:
        return
    model = type(queued[0][2])
    taken = set(
        model._default_manager.exclude(external_id="")  # the partial unique index
        .filter(external_id__in=[getattr(obj, "external_id") for _i, _p, obj, _l in queued])  # noqa: B009
        .values_list("external_id", flat=True)
    )
    writable = []
    for hsds_id, path, obj, links in queued:
        if getattr(obj, "external_id") in taken:  # noqa: B009
            ctx.refuse(hsds_id, gettext_noop("%(value)s bestaat al in Speelveld, in een andere "
                                             "gemeente."), f"{path}.id" if path else "id",
                       hsds_id)  # fmt: skip
            table.pop(hsds_id, None)
        else:
            writable.append((obj, links))
    if not writable:
        return
    objs = model._default_manager.bulk_create([obj for obj, _links in writable])
    for field in model._meta.many_to_many:
        through = getattr(model, field.name).through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        through._default_manager.bulk_create([
            through(**{f"{source}_id": obj.pk, f"{target}_id": other.pk})
            for obj, links in writable
            for other in links.get(field.name, [])
        ])  # fmt: skip
    user = getattr(ctx.actor, "pk", None) if getattr(ctx.actor, "is_authenticated", False) else None
    names = [f.attname for f in model._meta.concrete_fields]
    bulkio.history_write(
        model,
        [{name: getattr(obj, name) for name in names} for obj in objs],
        created=True,
        user_id=user,
        reason=ctx.reason,
        when=timezone.now(),
    )
