"""Every change is recorded (who, when, before/after) and can be reverted.

Built on django-simple-history. A service that saves a record *and* its many-to-many fields
wraps the work in :func:`one_change`, so that one user action gives one historical record (with
the many-to-many state), instead of one per field.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords
from simple_history.utils import get_m2m_field_name, get_m2m_reverse_field_name

# simple-history's own labels for history_type are English only
ACTIONS = {"+": _("aangemaakt"), "~": _("gewijzigd"), "-": _("verwijderd")}


class TrackedHistory(HistoricalRecords):  # type: ignore[misc]
    """HistoricalRecords that remembers itself per model, so services can write one record."""

    registry: dict[type[models.Model], TrackedHistory] = {}  # noqa: RUF012

    # History is read per object (id) and per municipality, newest first (recent changes,
    # change stamps: one index on both); an index on every other copied column would only
    # slow down every write (an import of 20,000 activities writes about 130,000 history rows).
    INDEXED = frozenset({"id"})

    def get_meta_options(self, model: type[models.Model]) -> dict[str, Any]:
        meta: dict[str, Any] = super().get_meta_options(model)
        if any(f.name == "municipality" for f in model._meta.concrete_fields):
            meta["indexes"] = [
                *meta.get("indexes", ()),
                models.Index(fields=["municipality", "-history_date"]),
            ]
        return meta

    def copy_fields(self, model: type[models.Model]) -> dict[str, models.Field[Any, Any]]:
        fields: dict[str, models.Field[Any, Any]] = super().copy_fields(model)
        keep = self.INDEXED if model is self.cls else frozenset()  # m2m: read by history_id
        for name, field in fields.items():
            if name not in keep:
                field.db_index = False  # type: ignore[attr-defined]
        return fields

    def finalize(self, sender: type[models.Model], **kwargs: Any) -> None:
        super().finalize(sender, **kwargs)
        if sender is self.cls:
            TrackedHistory.registry[sender] = self


@contextmanager
def one_change(
    instance: models.Model, *, user: Any = None, reason: str = "", created: bool = False
) -> Iterator[None]:
    """Record the saves and many-to-many changes inside the block as one historical record."""
    instance.skip_history_when_saving = True  # type: ignore[attr-defined]
    try:
        yield
    finally:
        del instance.skip_history_when_saving  # type: ignore[attr-defined]
    if user is not None and getattr(user, "is_authenticated", False):
        instance._history_user = user  # type: ignore[attr-defined]
    if reason:
        instance._change_reason = reason  # type: ignore[attr-defined]
    TrackedHistory.registry[type(instance)].create_historical_record(
        instance, "+" if created else "~"
    )


def record_now(instance: models.Model, *, created: bool = True) -> None:
    """Write a historical record of the current state (after a bulk load, for instance)."""
    TrackedHistory.registry[type(instance)].create_historical_record(
        instance, "+" if created else "~"
    )


def m2m_ids(record: Any) -> dict[str, list[int]]:
    """The many-to-many ids a historical record holds, per field name."""
    result: dict[str, list[int]] = {}
    for field in getattr(record, "_history_m2m_fields", []):
        target = get_m2m_reverse_field_name(field)
        result[field.name] = sorted(
            getattr(row, f"{target}_id") for row in getattr(record, field.name).all()
        )
    return result


def record_bulk(model: type[models.Model], objs: list[Any]) -> None:
    """Write creation records for many objects at once, many-to-many state included.

    The bulk twin of :func:`record_now`: a handful of queries per model instead of several per
    object, so loading a demo or an import stays fast.
    """
    if not objs:
        return
    tracker = TrackedHistory.registry[model]
    records = model.history.bulk_history_create(objs)  # type: ignore[attr-defined]
    by_pk = {record.id: record for record in records}
    for field, m2m_history_model in tracker.m2m_models.items():
        if field.model is not model:  # simple-history keeps one dict for all models
            continue
        through = getattr(model, field.name).through
        attnames = [f.attname for f in through._meta.fields]
        source = get_m2m_field_name(field)
        rows = through.objects.filter(**{f"{source}__in": objs}).values(*attnames)
        m2m_history_model.objects.bulk_create(
            [
                m2m_history_model(
                    history=by_pk[row[f"{source}_id"]],
                    **{name: row[name] for name in attnames},
                )
                for row in rows
            ]
        )
