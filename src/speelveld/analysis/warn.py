"""Warn at entry: before an editor saves a new or changed activity, show what already runs that
looks like it ("Er loopt al iets vergelijkbaars: …"), why, and whom to contact or align with.

One check is the core's :meth:`~speelveld.core.warn.OverlapIndex.check` against an index of
the whole municipality, built once per change stamp and memoised on the cached tables
(:mod:`speelveld.analysis.loading`): a few milliseconds on 30,000 activities once warm (see
``bench/warn.py``). Duplicates stop a save until the editor confirms; partners' look-alikes
(complementary work, or work handed over) are shown as information only. A duplicate of an
activity whose pair a coordinator already marked *bewust zo* or *opgelost*, or that the stored
version of a changed activity already duplicated, is shown but does not stop the save.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextlib import nullcontext
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from django.utils import translation

from speelveld.activities.services import ActivityFields
from speelveld.analysis.loading import FieldTables, field_tables
from speelveld.analysis.models import FindingKind, FindingMark
from speelveld.analysis.results import ActivityRef, ReasonLine, activity_ref
from speelveld.analysis.texts import (
    action_advice,
    action_text,
    label_text,
    overlap_reason_texts,
)
from speelveld.core.overlap import Label, OverlapFinding
from speelveld.core.reasons import Reason
from speelveld.core.table import ActivityRow
from speelveld.core.warn import OverlapIndex
from speelveld.places.models import Area, AreaLevel

NEW_ID = 0  # the id of an activity that is not saved yet (database ids start at 1)
SHOW_AT_MOST = 5


@dataclass(frozen=True)
class WarnItem:
    """An existing activity that looks like the one being entered."""

    label: str
    label_text: str
    action: str
    action_text: str
    advice: str
    score: float
    activity: ActivityRef
    reasons: tuple[ReasonLine, ...]
    marked: bool  # a coordinator already marked this pair: shown, but no stop
    known: bool = False  # the stored activity already looked like this one: no stop either


@dataclass(frozen=True)
class OverlapWarning:
    duplicates: tuple[WarnItem, ...]
    partners: tuple[WarnItem, ...]  # complementary or handed-over look-alikes

    @property
    def blocks(self) -> bool:
        """Whether saving should wait for the editor's confirmation."""
        return any(not (d.marked or d.known) for d in self.duplicates)

    def __bool__(self) -> bool:
        return bool(self.duplicates or self.partners)

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "blocks": self.blocks}


def overlap_index(tables: FieldTables) -> OverlapIndex:
    """The municipality's warn index, once per change stamp."""
    return tables.memo("warn-index", lambda: OverlapIndex.build(tables.table))


def _key(obj: Any) -> str | None:
    if obj is None:
        return None
    return str(getattr(obj, "key", obj))


def _keys(objs: Iterable[Any] | None) -> tuple[str, ...]:
    return tuple(sorted({k for o in objs or () if (k := _key(o))}))


def warn_row(tables: FieldTables, data: Mapping[str, Any], activity_id: int | None) -> ActivityRow:
    """The entered activity as a core row; fields that are missing or invalid so far (while the
    editor is still typing) simply match nothing."""
    org = data.get("lead_organisation")
    areas: list[str] = []
    wide = False
    for area in data.get("areas") or ():
        areas += tables.buurten_of.get(area.code, ())
        wide = wide or area.level != AreaLevel.BUURT
    owner = data.get("owner")
    card = tables.players.get(owner.pk) if owner is not None else None
    return ActivityRow(
        id=activity_id or NEW_ID,
        org=str(org.pk) if org is not None else "-",
        areas=tuple(dict.fromkeys(areas)),
        start=data.get("start") or tables.today,
        end=data.get("end"),
        themes=_keys(data.get("themes")),
        target_groups=_keys(data.get("target_groups")),
        title=str(data.get("title") or ""),
        description=str(data.get("description") or ""),
        activity_type=_key(data.get("activity_type")),
        method=_key(data.get("method")),
        phase=_key(data.get("phase")),
        lead_role=card.role if card else None,
        partners=tuple(str(p.pk) for p in data.get("partners") or () if p != org),
        wide=wide,
    )


def _period(row: ActivityRow, other: ActivityRow, today: date) -> dict[str, Any]:
    since = max(row.start, other.start)
    ends = [d for d in (row.end, other.end) if d is not None]
    until = min(ends) if ends else None
    when = "future" if since > today else ("past" if until and until < today else "now")
    return {"since": since.isoformat(), "until": until.isoformat() if until else None,
            "when": when}  # fmt: skip


def _marked_pairs(municipality: Area, activity_id: int | None) -> set[int]:
    """Activities that share a marked overlap finding with this one."""
    if not activity_id:
        return set()
    out: set[int] = set()
    for key in FindingMark.objects.filter(
        municipality=municipality, kind=FindingKind.OVERLAP, key__contains=str(activity_id)
    ).values_list("key", flat=True):
        ids = {int(i) for i in key.split("-") if i.isdigit()}
        if activity_id in ids:
            out |= ids - {activity_id}
    return out


def _item(
    tables: FieldTables, row: ActivityRow, f: OverlapFinding, marked: set[int], known: set[int]
) -> WarnItem | None:
    other = f.ids[1] if f.ids[0] == row.id else f.ids[0]
    if other not in tables.activities:
        return None
    existing = tables.table.to_row(int(tables.table.rows_of([other])[0]))
    reasons = []
    for r in f.reasons:
        if r.code == "period_overlap":
            r = Reason(r.code, {**r.params, **_period(row, existing, tables.today)})
        elif r.code == "partners":
            title = row.title if r.params.get("activity") == row.id else existing.title
            r = Reason(r.code, {**r.params, "activity_title": title})
        reasons.append(r)
    params = {r.code: r.params for r in reasons}
    return WarnItem(
        label=f.label.value, label_text=label_text(f.label.value), action=f.action.value,
        action_text=action_text(f.action.value), advice=action_advice(f.action.value),
        score=f.score, activity=activity_ref(tables, other),
        reasons=tuple(ReasonLine(c, t, params.get(c, {}))
                      for c, t in overlap_reason_texts(reasons, tables.names)),
        marked=other in marked, known=other in known,
    )  # fmt: skip


def _known(tables: FieldTables, index: OverlapIndex, activity_id: int | None) -> set[int]:
    """Activities the stored version of a changed activity already duplicated: an edit that
    does not create the overlap should not be stopped by it (the findings page has it)."""
    if not activity_id or activity_id not in tables.activities:
        return set()
    stored = tables.table.to_row(int(tables.table.rows_of([activity_id])[0]))
    return {i for f in index.check(stored).findings if f.label is Label.DUPLICATE
            for i in f.ids if i != activity_id}  # fmt: skip


def _warning(
    municipality: Area, tables: FieldTables, row: ActivityRow, index: OverlapIndex
) -> OverlapWarning:
    result = index.check(row)
    marked = _marked_pairs(municipality, row.id)
    known = _known(tables, index, row.id) if result.findings else set()
    duplicates: list[WarnItem] = []
    partners: list[WarnItem] = []
    for f in result.findings:  # best first
        item = _item(tables, row, f, marked, known)
        if item is None:
            continue
        (duplicates if f.label is Label.DUPLICATE else partners).append(item)
    return OverlapWarning(tuple(duplicates[:SHOW_AT_MOST]), tuple(partners[:SHOW_AT_MOST]))


def overlap_warn_data(
    *,
    municipality: Area,
    data: Mapping[str, Any],
    activity_id: int | None = None,
    language: str | None = None,
) -> OverlapWarning:
    """The warning for an activity as entered so far (a form's cleaned data, possibly
    incomplete): existing activities it likely duplicates, and partners' look-alikes."""
    tables = field_tables(municipality)
    row = warn_row(tables, data, activity_id)
    if not row.areas or not row.themes or not row.target_groups:
        return OverlapWarning((), ())  # nothing to block on yet
    with translation.override(language) if language else nullcontext():
        return _warning(municipality, tables, row, overlap_index(tables))


def overlap_warn(
    *,
    municipality: Area,
    fields: ActivityFields,
    activity_id: int | None = None,
    language: str | None = None,
) -> OverlapWarning:
    """The warning for a complete new (``activity_id=None``) or changed activity."""
    data = {name: getattr(fields, name) for name in (*ActivityFields.SCALARS, "areas", "themes",
                                                      "target_groups", "partners")}  # fmt: skip
    return overlap_warn_data(
        municipality=municipality, data=data, activity_id=activity_id, language=language
    )
