"""Write a checked plan: creates and updates in bulk, links, and one history record per changed
record (with the user and the reason), in the caller's transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import models

from speelveld.interop import bulkio
from speelveld.interop.columns import ENTITIES
from speelveld.interop.lookups import MODELS, m2m_fields, through_of
from speelveld.interop.plan import Pending, Plan, Progress, RowPlan, no_progress


class PlanWriter:
    """Writes the entities of a plan in dependency order, replacing Pendings with new ids."""

    def __init__(
        self, *, user_id: int | None, reason: str, when: datetime, progress: Progress | None = None
    ) -> None:
        self.user_id = user_id
        self.reason = reason
        self.when = when
        self.progress = progress or no_progress
        self.new_ids: dict[str, dict[str, int]] = {key: {} for key in ENTITIES}

    def resolve(self, value: Any) -> Any:
        if isinstance(value, Pending):
            return self.new_ids[value.entity][value.external_id]
        return value

    def write(self, plan: Plan) -> None:
        total = len(plan)
        done = 0
        for key in ENTITIES:
            rows = plan.rows.get(key, [])
            if rows:
                self._entity(MODELS[key], rows)
            done += len(rows)
            self.progress("write", done, total)

    def _entity(self, model: type[models.Model], rows: list[RowPlan]) -> None:
        creates = [r for r in rows if r.pk is None]
        updates = [r for r in rows if r.pk is not None]
        states: dict[int, dict[str, Any]] = {}
        defaults = {f.attname: f.get_default() for f in model._meta.concrete_fields}
        if creates:
            entity = creates[0].entity
            new_ids = bulkio.allocate_ids(model, len(creates))
            for r, pk in zip(creates, new_ids, strict=True):
                state = dict(defaults)
                for name, value in r.values.items():
                    state[name] = self.resolve(value)
                state.update(
                    id=pk, external_id=r.external_id, created_at=self.when, updated_at=self.when
                )
                r.pk = pk
                self.new_ids[entity][r.external_id] = pk
                states[pk] = state
            attnames = list(defaults)
            bulkio.insert_rows(model, attnames, ([s[a] for a in attnames] for s in states.values()))
        changed_groups: dict[tuple[str, ...], list[list[Any]]] = {}
        for r in updates:
            assert r.pk is not None and r.current is not None
            state = dict(r.current)
            for name in r.changed:
                state[name] = self.resolve(r.values[name])
            # a change of links alone is a change of the record too (as a form's save is)
            state["updated_at"] = self.when
            names = (*r.changed, "updated_at")
            changed_groups.setdefault(names, []).append([state[n] for n in names] + [r.pk])
            states[r.pk] = state
        for names, values in changed_groups.items():
            bulkio.update_rows(model, names, values)
        written = self._links(model, creates, updates)
        for created, group in ((True, creates), (False, updates)):
            bulkio.history_write(
                model,
                [states[r.pk] for r in group if r.pk is not None],
                created=created,
                user_id=self.user_id,
                reason=self.reason,
                when=self.when,
                links=written,
            )

    def _links(
        self, model: type[models.Model], creates: list[RowPlan], updates: list[RowPlan]
    ) -> dict[str, bulkio.Links]:
        written: dict[str, bulkio.Links] = {}
        for m2m in m2m_fields(model):
            through = through_of(m2m)
            source, target = m2m.m2m_field_name(), m2m.m2m_reverse_field_name()
            replaced = [r for r in updates if m2m.name in r.changed_links]
            if replaced:
                bulkio.delete_links(through, source, [r.pk for r in replaced if r.pk])
            pairs = [
                (r.pk, self.resolve(other))
                for r in [*creates, *replaced]
                if r.pk is not None
                for other in r.links.get(m2m.name, [])
            ]
            links = bulkio.write_links(through, source, target, pairs)
            # objects whose links are now known (also those left without any)
            for r in [*creates, *replaced]:
                if r.pk is not None:
                    links.setdefault(r.pk, [])
            written[m2m.name] = links
        return written
