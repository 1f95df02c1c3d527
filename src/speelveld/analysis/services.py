"""Overlap, gaps and role fit for one municipality: the one service behind the findings page,
its JSON twin and ``speelveld analyse``; and a coordinator's marks on findings.

The analyses run on the municipality's cached tables (:mod:`speelveld.analysis.loading`) and
their raw results are memoised there, so a page view after the first only words the findings.
A wijk or buurt narrows what is *shown*, never what is computed: needs are relative to the whole
municipality and text similarity uses the whole municipality's vocabulary, so a wijk shows
exactly the findings of the gemeente page that concern it.

A finding marked *bewust zo* or *opgelost* is hidden while its fingerprint (a digest of the
change stamps of its activities) is the one recorded at marking time; when one of its
activities changes it comes back, with the old mark shown next to it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from contextlib import nullcontext
from dataclasses import replace
from datetime import date
from functools import partial
from typing import Any

import numpy as np
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from speelveld.accounts.permissions import can_admin_municipality, require
from speelveld.analysis.loading import FieldTables, PlayerCard, field_tables, field_tables_cached
from speelveld.analysis.models import FindingKind, FindingMark, MarkState
from speelveld.analysis.results import (
    Contact,
    GapItem,
    MarkInfo,
    OverlapItem,
    PairItem,
    ReasonLine,
    Report,
    RoleFitItem,
    activity_ref,
    contact_of_player,
)
from speelveld.analysis.texts import (
    action_advice,
    action_text,
    gap_reason_text,
    gap_subject,
    label_text,
    mark_state_text,
    overlap_reason_texts,
    role_name,
    rolefit_reason_text,
    rolefit_text,
)
from speelveld.core.gaps import HOUSEHOLD_FIGURES, Gap, coverage_count, gaps_find
from speelveld.core.overlap import (
    Cluster,
    Label,
    OverlapFinding,
    OverlapResult,
    finding_fingerprint,
    overlap_find,
)
from speelveld.core.reasons import Reason
from speelveld.core.rolefit import RoleFitFinding, rolefit_find
from speelveld.core.table import OPEN_END, day_to_date
from speelveld.history import one_change
from speelveld.places.models import Area, AreaLevel

Progress = Callable[[str, float], None]


def _quiet(step: str, share: float) -> None:
    """No progress reporting."""


def _language(language: str | None) -> Any:
    return translation.override(language) if language else nullcontext()


def _scope(municipality: Area, area: Area | None) -> Area | None:
    if area is None or area.pk == municipality.pk:
        return None
    if area.level not in (AreaLevel.WIJK, AreaLevel.BUURT, AreaLevel.STADSDEEL) or (
        area.municipality_id != municipality.pk
    ):
        raise ValidationError(
            {"area": _("Kies een wijk of buurt van %(gemeente)s; %(code)s hoort er niet bij.")
             % {"gemeente": municipality.name, "code": area.code}}
        )  # fmt: skip
    return area


def _marks(municipality: Area, kind: str) -> dict[str, FindingMark]:
    return {
        m.key: m
        for m in FindingMark.objects.filter(municipality=municipality, kind=kind).select_related(
            "user"
        )
    }


def _mark_info(mark: FindingMark | None, fingerprint: str) -> MarkInfo | None:
    if mark is None:
        return None
    return MarkInfo(
        state=mark.state,
        state_text=mark_state_text(mark.state),
        note=mark.note,
        user=mark.user.get_username() if mark.user else "",
        created=mark.created,
        current=mark.fingerprint == fingerprint,
    )


Entry = tuple[str, str, Callable[[], Any]]  # (key, fingerprint, build the worded item)


def _report(
    kind: str, municipality: Area, area: Area | None, entries: Iterable[Entry],
    marks: dict[str, FindingMark], include_marked: bool, limit: int | None, **extra: Any,
) -> Report:  # fmt: skip
    """Count every finding, word only the ones shown (at most ``limit``)."""
    shown: list[Any] = []
    hidden = total = 0
    for key, fingerprint, build in entries:
        total += 1
        mark = _mark_info(marks.get(key), fingerprint)
        if mark is not None and mark.current:
            hidden += 1
            if not include_marked:
                continue
        if limit is None or len(shown) < limit:
            item = build()
            shown.append(item if mark is None else replace(item, mark=mark))
    return Report(
        kind=kind, municipality=municipality.code, municipality_name=municipality.name,
        area=area.code if area else None, area_name=area.name if area else None,
        items=tuple(shown), hidden=hidden, total=total, **extra,
    )  # fmt: skip


# --- overlap -------------------------------------------------------------------------------


def overlap_result(tables: FieldTables) -> OverlapResult:
    """The municipality's overlap scan, once per change stamp."""
    return tables.memo("overlap", lambda: overlap_find(tables.table))


def _period_params(tables: FieldTables, ids: Sequence[int]) -> dict[str, Any]:
    rows = tables.table.rows_of(list(ids))
    since = int(tables.table.start[rows].max())
    until = int(tables.table.end[rows].min())
    today = tables.today
    since_d, until_d = day_to_date(since), day_to_date(until) if until < OPEN_END else None
    assert since_d is not None
    when = "future" if since_d > today else ("past" if until_d and until_d < today else "now")
    return {"since": since_d.isoformat(), "until": until_d.isoformat() if until_d else None,
            "when": when}  # fmt: skip


def _enriched(tables: FieldTables, f: OverlapFinding) -> list[Reason]:
    out = []
    for r in f.reasons:
        if r.code == "period_overlap":
            r = Reason(r.code, {**r.params, **_period_params(tables, f.ids)})
        elif r.code == "partners":
            card = tables.activities.get(int(r.params.get("activity", -1)))
            r = Reason(r.code, {**r.params, "activity_title": card.title if card else ""})
        out.append(r)
    return out


def pair_item(tables: FieldTables, f: OverlapFinding) -> PairItem:
    reasons = _enriched(tables, f)
    texts = overlap_reason_texts(reasons, tables.names)
    params = {r.code: r.params for r in reasons}
    titles = tuple(tables.activities[i].title for i in f.ids)
    lines = tuple(ReasonLine(code, text, params.get(code, {})) for code, text in texts)
    return PairItem(f.ids, (titles[0], titles[1]), f.score, lines)


def _buurt_of(f: OverlapFinding) -> str:
    return next((str(r.params["buurt"]) for r in f.reasons if r.code == "same_buurt"), "")


def _lookalike(tables: FieldTables, f: OverlapFinding) -> OverlapItem:
    return OverlapItem(
        kind="overlap", key=f.key, label=f.label.value, label_text=label_text(f.label.value),
        action=f.action.value, action_text=action_text(f.action.value),
        advice=action_advice(f.action.value), score=f.score,
        activities=tuple(activity_ref(tables, i) for i in f.ids),
        pairs=(pair_item(tables, f),), buurten=(tables.names.area(_buurt_of(f)),),
        fingerprint=f.fingerprint,
    )  # fmt: skip


def _cluster(
    tables: FieldTables, cluster: Cluster, found: list[OverlapFinding], whole: bool
) -> OverlapItem:
    ids = cluster.ids if whole else tuple(sorted({i for f in found for i in f.ids}))
    # a pair keeps its own action; a bigger cluster merges when any of its pairs should
    action = found[0].action if len(cluster.ids) == 2 else cluster.action
    return OverlapItem(
        kind="overlap", key=cluster.key, label=Label.DUPLICATE.value,
        label_text=label_text(Label.DUPLICATE.value), action=action.value,
        action_text=action_text(action.value), advice=action_advice(action.value),
        score=cluster.score, activities=tuple(activity_ref(tables, i) for i in ids),
        pairs=tuple(pair_item(tables, f) for f in sorted(found, key=lambda f: -f.score)),
        buurten=tuple(dict.fromkeys(tables.names.area(_buurt_of(f)) for f in found)),
        fingerprint=finding_fingerprint(tables.table, cluster.ids),
    )  # fmt: skip


def overlap_entries(
    tables: FieldTables, result: OverlapResult, buurten: frozenset[str] | None
) -> tuple[list[Entry], list[Entry]]:
    """Duplicate clusters and look-alike pairs in the buurten, best first, worded on demand."""
    by_cluster: dict[int, list[OverlapFinding]] = {}
    lookalikes: list[Entry] = []
    for f in result.findings:  # sorted by score
        if buurten is not None and _buurt_of(f) not in buurten:
            continue
        if f.label is Label.DUPLICATE:
            by_cluster.setdefault(f.cluster, []).append(f)
        else:
            lookalikes.append((f.key, f.fingerprint, partial(_lookalike, tables, f)))
    clusters: list[tuple[float, Entry]] = []
    for c, found in by_cluster.items():
        cluster = result.clusters[c]
        fp = finding_fingerprint(tables.table, cluster.ids)
        build = partial(_cluster, tables, cluster, found, buurten is None)
        clusters.append((cluster.score, (cluster.key, fp, build)))
    clusters.sort(key=lambda x: (-x[0], x[1][0]))
    return [e for _s, e in clusters], lookalikes


def overlap_run(
    *,
    municipality: Area,
    area: Area | None = None,
    include_marked: bool = False,
    limit: int | None = None,
    language: str | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> Report:
    """Duplicated work (*dubbelop*) in the municipality, or in one wijk/buurt of it: clusters
    with both activities, score, reasons and a suggested action; and the look-alikes that are
    no duplicate (partners, a hand-over), with why."""
    report = progress or _quiet
    scope = _scope(municipality, area)
    with _language(language):
        report(_("laden"), 0.1)
        tables = field_tables(municipality, today=today)
        report(_("dubbelop zoeken"), 0.3)
        result = overlap_result(tables)
        report(_("uitleggen"), 0.8)
        buurten = tables.buurten_in(scope.code if scope else None)
        entries, similar = overlap_entries(tables, result, buurten)
        lookalikes = tuple(build() for _k, _f, build in similar[:limit])
        out = _report(FindingKind.OVERLAP, municipality, scope, entries,
                      _marks(municipality, FindingKind.OVERLAP), include_marked, limit,
                      lookalikes=lookalikes,
                      stats={"activities": len(tables.table), "candidates": result.candidates,
                             "excluded_same_org": result.excluded_same_org,
                             "lookalikes": len(similar)})  # fmt: skip
        report(_("klaar"), 1.0)
    return out


# --- gaps ----------------------------------------------------------------------------------


def _buurt_digests(tables: FieldTables) -> dict[str, int]:
    """Per buurt an order-free digest of the (id, version) of every activity in it."""
    t = tables.table
    versions = t.versions if t.versions is not None else np.zeros(len(t), np.uint64)
    mixed = (t.ids.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)) ^ versions
    mixed ^= mixed >> np.uint64(29)
    row_of = np.repeat(np.arange(len(t)), np.diff(t.area_ptr))
    sums = np.zeros(len(tables.areas), dtype=np.uint64)
    np.add.at(sums, t.area_idx.astype(np.int64), mixed[row_of])
    return {code: int(s) for code, s in zip(tables.areas.codes, sums.tolist(), strict=True)}


def gaps_result(tables: FieldTables) -> list[tuple[Gap, str]]:
    """Ranked gaps with their fingerprints, once per change stamp."""

    def build() -> list[tuple[Gap, str]]:
        t = tables.table
        current = t.select(tables.current)
        cov = coverage_count(current, len(tables.areas))
        gaps = gaps_find(tables.areas, cov, themes=t.vocab.themes,
                         target_groups=t.vocab.target_groups)  # fmt: skip
        digest = _buurt_digests(tables)
        out = []
        for g in gaps:
            members = g.buurten or (g.area,)
            text = f"{g.coverage}|" + "|".join(f"{b}:{digest.get(b, 0)}" for b in members)
            out.append((g, hashlib.sha256(text.encode()).hexdigest()[:20]))
        return out

    return tables.memo("gaps", build)


def gap_key(g: Gap) -> str:
    if g.theme:
        return f"{g.area}/thema/{g.theme}"
    if g.target_group:
        return f"{g.area}/doelgroep/{g.target_group}"
    return g.area


def _rates(tables: FieldTables, g: Gap, figures: Sequence[str]) -> list[dict[str, Any]]:
    """The key figures behind a high need, as rates per 1,000 against a typical buurt."""
    a = tables.areas
    index = {c: i for i, c in enumerate(a.codes)}
    rows = [index[b] for b in (g.buurten or (g.area,)) if b in index]
    pop, households = a.figures["inhabitants"], a.figures["households"]
    out = []
    for name in figures:
        if name not in a.figures:
            continue
        per = "households" if name in HOUSEHOLD_FIGURES else "inhabitants"
        base = households if per == "households" else pop
        with np.errstate(divide="ignore", invalid="ignore"):
            rates = a.figures[name] / base * 1000.0
            rate = float(np.sum(a.figures[name][rows]) / np.sum(base[rows]) * 1000.0)
        median = float(np.nanmedian(rates)) if np.isfinite(rates).any() else None
        if np.isfinite(rate) and (median is None or rate > median):
            out.append({"figure": name, "rate": round(rate, 1), "per": per,
                        "median": round(median, 1) if median is not None else None})  # fmt: skip
    return out


def gap_item(tables: FieldTables, g: Gap, fingerprint: str) -> GapItem:
    names = tables.names
    subject = "theme" if g.theme else ("target_group" if g.target_group else "nothing")
    lines = []
    for r in g.reasons:
        if r.code == "need_high":
            rates = _rates(tables, g, r.params.get("figures", ()))
            r = Reason(r.code, {**r.params, "rates": rates})
        lines.append(ReasonLine(r.code, gap_reason_text(r, names, subject=subject), r.params))
    return GapItem(
        kind="gap", key=gap_key(g), area=g.area, area_name=names.area(g.area), level=g.level,
        theme=g.theme, target_group=g.target_group,
        subject=gap_subject(g.theme, g.target_group, names), score=g.score, need=g.need,
        coverage=g.coverage, reasons=tuple(lines),
        buurten=tuple(names.area(b) for b in g.buurten),
        url=reverse("area", args=[g.area]), fingerprint=fingerprint,
    )  # fmt: skip


def gaps_run(
    *,
    municipality: Area,
    area: Area | None = None,
    include_marked: bool = False,
    limit: int | None = None,
    language: str | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> Report:
    """Where need is high and little or nothing happens, ranked: first the buurten where
    nothing happens at all, then gaps per theme and target group, then where data is missing.
    Need comes from the key figures, as rates against the municipality's typical buurt."""
    report = progress or _quiet
    scope = _scope(municipality, area)
    with _language(language):
        report(_("laden"), 0.1)
        tables = field_tables(municipality, today=today)
        report(_("gaten zoeken"), 0.4)
        found = gaps_result(tables)
        buurten = tables.buurten_in(scope.code if scope else None)
        report(_("uitleggen"), 0.7)
        kept = [(g, fp) for g, fp in found
                if buurten is None or set(g.buurten or (g.area,)) & buurten]  # fmt: skip
        entries = [(gap_key(g), fp, partial(gap_item, tables, g, fp)) for g, fp in kept]
        marks = _marks(municipality, FindingKind.GAP)
        for g, _fp in kept:
            # "nothing happens here" marked covers the area's themes too: where nothing happens
            # they all have the same fingerprint (no activity, the same buurten)
            if g.area in marks and gap_key(g) not in marks:
                marks[gap_key(g)] = marks[g.area]
        out = _report(FindingKind.GAP, municipality, scope, entries, marks, include_marked, limit,
                      stats={"buurten": len(tables.areas) if buurten is None else len(buurten),
                             "nothing_at_all": sum(1 for g, _fp in kept if g.theme is None
                                                   and g.target_group is None)})  # fmt: skip
        report(_("klaar"), 1.0)
    return out


def gap_scores(tables: FieldTables) -> dict[str, float]:
    """Per buurt the highest gap score (nothing at all counts as the top score): the map."""
    found = gaps_result(tables)
    top = max((g.score or 0.0 for g, _fp in found), default=1.0) or 1.0
    out: dict[str, float] = {}
    for g, _fp in found:
        score = top if g.theme is None and g.target_group is None else (g.score or 0.0)
        for b in g.buurten or (g.area,):
            out[b] = max(out.get(b, 0.0), score)
    return out


# --- role fit ------------------------------------------------------------------------------


def rolefit_result(tables: FieldTables) -> list[RoleFitFinding]:
    return tables.memo(
        "rolefit", lambda: rolefit_find(tables.table, tables.catalogue, involved=tables.involved)
    )


def _active_by_role(tables: FieldTables) -> dict[str, list[PlayerCard]]:
    def build() -> dict[str, list[PlayerCard]]:
        out: dict[str, list[PlayerCard]] = {}
        for p in sorted(tables.players.values(), key=lambda p: p.name):
            if p.active:
                out.setdefault(p.role, []).append(p)
        return out

    return tables.memo("active-by-role", build)


def _who(tables: FieldTables, role: str, activity_id: int, at_most: int = 3) -> list[Contact]:
    """Active players with the role who work in the activity's buurten, most overlap first."""
    rows = tables.table.rows_of([activity_id])
    here = {tables.table.vocab.areas[i] for i in tables.table.areas_of(int(rows[0])).tolist()}
    found = [p for p in _active_by_role(tables).get(role, ()) if p.buurten & here]
    found.sort(key=lambda p: -len(p.buurten & here))  # stable: by name within
    return [c for p in found[:at_most] if (c := contact_of_player(tables, p.id)) is not None]


def _activity_fingerprint(tables: FieldTables, activity_id: int) -> str:
    """A role-fit finding's fingerprint (its one activity), memoised per change stamp."""
    prints: dict[int, str] = tables.memo("activity-fingerprints", dict)
    if activity_id not in prints:
        prints[activity_id] = finding_fingerprint(tables.table, [activity_id])
    return prints[activity_id]


def rolefit_key(f: RoleFitFinding) -> str:
    return f"{f.activity_id}:{f.involve}"


def rolefit_item(tables: FieldTables, f: RoleFitFinding) -> RoleFitItem:
    names = tables.names
    return RoleFitItem(
        kind="rolefit", key=rolefit_key(f),
        activity=activity_ref(tables, f.activity_id), role=f.role,
        role_text=role_name(names, f.role), involve=f.involve,
        involve_text=role_name(names, f.involve), score=f.score,
        text=rolefit_text(f.reasons, names, role=f.role, to_role=f.involve, task_key=f.task_key),
        reasons=tuple(ReasonLine(r.code, rolefit_reason_text(r, names), r.params)
                      for r in f.reasons),
        who=tuple(_who(tables, f.involve, f.activity_id)),
        fingerprint=_activity_fingerprint(tables, f.activity_id),
    )  # fmt: skip


def rolefit_run(
    *,
    municipality: Area,
    area: Area | None = None,
    include_marked: bool = False,
    limit: int | None = None,
    language: str | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> Report:
    """Activities whose lead role, by the role catalogue, should leave this work (werkvorm or
    phase) to another role, with that role and who has it nearby."""
    report = progress or _quiet
    scope = _scope(municipality, area)
    with _language(language):
        report(_("laden"), 0.1)
        tables = field_tables(municipality, today=today)
        report(_("rollen vergelijken"), 0.4)
        found = rolefit_result(tables)
        rows = set(tables.rows_in(tables.buurten_in(scope.code if scope else None)).tolist())
        ids = {int(tables.table.ids[r]) for r in rows}
        report(_("uitleggen"), 0.7)
        entries = [
            (rolefit_key(f), _activity_fingerprint(tables, f.activity_id),
             partial(rolefit_item, tables, f))
            for f in found if f.activity_id in ids
        ]  # fmt: skip
        out = _report(FindingKind.ROLEFIT, municipality, scope, entries,
                      _marks(municipality, FindingKind.ROLEFIT), include_marked, limit,
                      stats={"activities": len(ids)})  # fmt: skip
        report(_("klaar"), 1.0)
    return out


# --- marks ---------------------------------------------------------------------------------


def findings_ready(municipality: Area) -> bool:
    """Whether this process has the municipality's findings for its current state, so that
    showing them takes no analysis (a cheap check: the change stamp and the cache)."""
    tables = field_tables_cached(municipality)
    return tables is not None and tables.has("overlap", "gaps", "rolefit")


def finding_fingerprint_now(*, municipality: Area, kind: str, key: str) -> str | None:
    """The current fingerprint of a finding, or ``None`` when there is no such finding."""
    tables = field_tables(municipality)
    if kind == FindingKind.OVERLAP:
        result = overlap_result(tables)
        for c in result.clusters:
            if c.key == key:
                return finding_fingerprint(tables.table, c.ids)
        return None
    if kind == FindingKind.GAP:
        return next((fp for g, fp in gaps_result(tables) if gap_key(g) == key), None)
    if kind == FindingKind.ROLEFIT:
        for f in rolefit_result(tables):
            if rolefit_key(f) == key:
                return _activity_fingerprint(tables, f.activity_id)
    return None


@transaction.atomic
def finding_mark(
    *, actor: Any, municipality: Area, kind: str, key: str, state: str, note: str = ""
) -> FindingMark:
    """Mark a finding *bewust zo* (``intended``) or *opgelost* (``resolved``): it is hidden until
    one of its activities changes. Only a beheerder of the municipality may mark."""
    require(can_admin_municipality(actor, municipality.pk))
    if kind not in FindingKind.values:
        raise ValidationError({"kind": _("Onbekende soort bevinding.")})
    if state not in MarkState.values:
        raise ValidationError({"state": _("Kies ‘bewust zo’ of ‘opgelost’.")})
    fingerprint = finding_fingerprint_now(municipality=municipality, kind=kind, key=key)
    if fingerprint is None:
        raise ValidationError({"key": _("Deze bevinding bestaat niet (meer); vernieuw de pagina.")})
    mark = FindingMark.objects.filter(municipality=municipality, kind=kind, key=key).first()
    created = mark is None
    if mark is None:
        mark = FindingMark(municipality=municipality, kind=kind, key=key)
    mark.fingerprint, mark.state, mark.note = fingerprint, state, note.strip()
    mark.user = actor if getattr(actor, "is_authenticated", False) else None
    mark.full_clean()
    with one_change(mark, user=actor, created=created):
        mark.save()
    return mark


@transaction.atomic
def finding_unmark(*, actor: Any, municipality: Area, kind: str, key: str) -> None:
    """Remove a mark: the finding is shown again (the history keeps the mark)."""
    require(can_admin_municipality(actor, municipality.pk))
    mark = FindingMark.objects.filter(municipality=municipality, kind=kind, key=key).first()
    if mark is None:
        raise ValidationError({"key": _("Deze bevinding is niet gemarkeerd.")})
    if getattr(actor, "is_authenticated", False):
        mark._history_user = actor  # type: ignore[attr-defined]
    mark.delete()
