"""Overlap: activities that do the same work in the same place at the same time (*dubbelop*).

1. **Blocking** (:mod:`._blocking`): only activities that share a buurt × theme × target group,
   run at overlapping times and have different lead organisations are compared. The same
   organisation's own series is excluded here and only counted.
2. **Scoring**: a weighted sum of features, each in [0, 1] — title and description similarity
   (:mod:`.text`), same werkvorm, shared target groups and themes, period overlap, same method.
3. **Labelling** the pairs that score at least the threshold. Not every look-alike is a
   duplicate: ``sequential`` when a hand-over links them, ``complementary`` when the two
   organisations are partners on one of the activities or have a collaboration tie (the
   corporation and the welfare organisation in one flat). The rest are ``duplicate`` and are
   grouped into clusters.

Each finding carries reason codes with parameters (never sentences: the web layer translates)
and a suggested action: ``afstemmen``, ``samenvoegen`` or ``stokje_overdragen``.

Warn-at-entry uses the same blocking and scoring for one new activity against an index built
once per municipality: see :class:`speelveld.core.overlap_check.OverlapIndex`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from speelveld.core._blocking import Candidates, candidate_pairs, table_blocks
from speelveld.core.reasons import Reason
from speelveld.core.table import F32, I64, OPEN_END, U64, ActivityTable, day_to_date
from speelveld.core.text import TextModel, TextOptions

__all__ = [
    "Action",
    "Cluster",
    "Label",
    "OverlapFinding",
    "OverlapOptions",
    "OverlapResult",
    "finding_fingerprint",
    "finding_key",
    "overlap_find",
]


class Label(StrEnum):
    DUPLICATE = "duplicate"
    SEQUENTIAL = "sequential"
    COMPLEMENTARY = "complementary"


class Action(StrEnum):
    AFSTEMMEN = "afstemmen"  # align: agree who does what
    SAMENVOEGEN = "samenvoegen"  # merge into one activity
    STOKJE_OVERDRAGEN = "stokje_overdragen"  # hand over: one stops, the other carries on


@dataclass(frozen=True)
class OverlapOptions:
    """Weights and thresholds of the overlap score. The weights sum to 1, so a score reads as
    "the share of the evidence that says: the same work"."""

    # The werkvorm, when both activities have one, is the most reliable single signal: an
    # editor chose it, while two organisations describe the same work in their own words (in
    # the demo field the planted duplicates share little text but always their werkvorm).
    # Unknown on either side counts as half; two different werkvormen as nothing.
    w_type: float = 0.40
    # Text is the other strong signal, and the only one when the werkvorm is missing. Title and
    # description weigh the same: titles are short and telling, descriptions long and noisy.
    w_title: float = 0.20
    w_description: float = 0.20
    # Blocking already guarantees one shared target group and theme; how much more they share
    # still says something (Jaccard overlap of the sets), groups more than themes, which
    # editors tag less consistently.
    w_groups: float = 0.07
    w_themes: float = 0.03
    # Running side by side for most of the shorter period counts more than a brief overlap.
    w_period: float = 0.07
    w_method: float = 0.03
    # A pair at or above this score is reported (then labelled). Same werkvorm plus a typical
    # structural match scores about 0.55 without any shared words; with the werkvorm unknown,
    # clearly similar text is needed. Tuned on the demo field (all planted duplicates found, no
    # false alarm) and three small national fields (F1 ≥ 0.98).
    threshold: float = 0.55
    # A duplicate this close is the same activity twice: suggest merging rather than aligning.
    merge_threshold: float = 0.85
    # From this cosine on, text similarity is named as a reason.
    text_reason_min: float = 0.4
    # One ended within this many days of the other's start: sequential work, when handed over.
    sequential_days: int = 60
    # An open end counts as running this long after the later start (to measure overlap).
    open_end_days: int = 365
    # Phases in which work is being handed over: a duplicate there suggests passing the baton.
    handover_phases: tuple[str, ...] = ("borgen-overdragen", "loslaten")
    # Blocks with more members than this are skipped (and counted): guards against a key that
    # everything shares, e.g. a gemeente-wide activity wrongly expanded to every buurt.
    max_block: int = 5_000
    # Pairs are scored in chunks of this many (memory bound for the text vectors).
    chunk: int = 50_000
    text: TextOptions = field(default_factory=TextOptions)


@dataclass(frozen=True)
class OverlapFinding:
    """A scored pair: a duplicate, or a look-alike labelled as not one (with why)."""

    key: str  # finding_key(ids): stable across runs
    ids: tuple[int, int]  # activity ids, ascending
    score: float
    label: Label
    action: Action
    reasons: tuple[Reason, ...]
    fingerprint: str  # changes when either activity changes
    cluster: int = -1  # index into OverlapResult.clusters, duplicates only


@dataclass(frozen=True)
class Cluster:
    """Activities linked by duplicate findings (union-find over the pairs)."""

    key: str
    ids: tuple[int, ...]
    score: float  # the highest pair score in the cluster
    action: Action


@dataclass(frozen=True, eq=False)
class OverlapResult:
    """Findings (score ≥ threshold), clusters, and counts of what was left out.

    ``pair_ids``/``scores``/``labels`` hold the same findings as arrays, for bulk use (e.g.
    benchmarks) without touching the finding objects.
    """

    findings: tuple[OverlapFinding, ...]
    clusters: tuple[Cluster, ...]
    candidates: int  # pairs scored
    excluded_same_org: int  # co-blocked overlapping pairs of one organisation's own series
    skipped_blocks: int
    pair_ids: I64
    scores: F32
    labels: tuple[Label, ...]

    def duplicates(self) -> list[OverlapFinding]:
        """The findings labelled as duplicates."""
        return [f for f in self.findings if f.label is Label.DUPLICATE]


def finding_key(ids: Iterable[int]) -> str:
    """A stable key for a finding or cluster: its sorted activity ids joined by dashes.

    >>> finding_key([57, 12])
    '12-57'

    O(k log k).
    """
    return "-".join(str(i) for i in sorted(int(x) for x in ids))


def _row_digest(table: ActivityTable, row: int) -> str:
    if table.versions is not None:
        return str(int(table.versions[row]))
    parts = (
        table.text("titles", row), table.text("descriptions", row),
        int(table.activity_type[row]), int(table.method[row]), int(table.phase[row]),
        int(table.start[row]), int(table.end[row]), int(table.themes[row]),
        int(table.target_groups[row]), int(table.org[row]), table.areas_of(row).tolist(),
        table.partners_of(row).tolist(),
    )  # fmt: skip
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:16]


def finding_fingerprint(table: ActivityTable, ids: Sequence[int]) -> str:
    """A digest of the activities in a finding, to tell whether they changed since a
    coordinator marked it *bewust zo* or *opgelost*.

    Uses ``table.versions`` (the hook: pass a history id or updated-at stamp per activity)
    and otherwise a hash of every field the analysis reads.

    >>> from datetime import date
    >>> from speelveld.core.table import ActivityRow
    >>> t = ActivityTable.from_rows([ActivityRow(id=1, org="a", areas=("B",),
    ...                                          start=date(2025, 1, 1))], versions=[41])
    >>> finding_fingerprint(t, [1]) == finding_fingerprint(t, [1])
    True

    O(k) per finding.
    """
    wanted = sorted(int(i) for i in ids)
    rows = table.rows_of(wanted)
    text = "|".join(f"{i}:{_row_digest(table, int(r))}" for i, r in zip(wanted, rows,
                                                                        strict=True))  # fmt: skip
    return hashlib.sha256(text.encode()).hexdigest()[:20]


# --- scoring -------------------------------------------------------------------------------


def _jaccard(a: U64, b: U64) -> F32:
    inter = np.bitwise_count(a & b).astype(np.float32)
    union = np.bitwise_count(a | b).astype(np.float32)
    return np.asarray(np.divide(inter, union, out=np.zeros_like(inter), where=union > 0),
                      dtype=np.float32)  # fmt: skip


Days = npt.NDArray[np.int32] | npt.NDArray[np.int64]


def period_share(s1: Days, e1: Days, s2: Days, e2: Days, open_end_days: int) -> F32:
    """Overlap as a share of the shorter period; an open end runs ``open_end_days`` past the
    later start.

    >>> import numpy as np
    >>> period_share(np.array([0]), np.array([100]), np.array([50]), np.array([300]), 365)
    array([0.5], dtype=float32)

    O(k) for k pairs.
    """
    later = np.maximum(s1, s2).astype(np.int64)
    e1 = np.where(e1 >= OPEN_END, later + open_end_days, e1).astype(np.int64)
    e2 = np.where(e2 >= OPEN_END, later + open_end_days, e2).astype(np.int64)
    overlap = np.minimum(e1, e2) - later
    shorter = np.maximum(1, np.minimum(e1 - s1, e2 - s2))
    return np.asarray(np.clip(overlap / shorter, 0.0, 1.0), dtype=np.float32)


@dataclass(frozen=True, eq=False)
class Features:
    """Per-pair features, each in [0, 1]."""

    title: F32
    description: F32
    same_type: F32  # 1 same, 0.5 unknown on a side, 0 different
    groups: F32
    themes: F32
    period: F32
    method: F32

    def score(self, o: OverlapOptions) -> F32:
        return np.asarray(
            o.w_title * self.title + o.w_description * self.description
            + o.w_type * self.same_type + o.w_groups * self.groups + o.w_themes * self.themes
            + o.w_period * self.period + o.w_method * self.method,
            dtype=np.float32,
        )  # fmt: skip


def structural_features(
    lt: ActivityTable, a: I64, rt: ActivityTable, b: I64, o: OverlapOptions
) -> tuple[F32, F32, F32, F32, F32]:
    """(same_type, groups, themes, period, method) for pairs of rows ``a`` of ``lt`` and ``b``
    of ``rt`` (the same table in a scan; a new activity and the index in warn-at-entry).

    Shared by the scan, warn-at-entry and the benchmark's peer. O(k) for k pairs.
    """
    ta, tb = lt.activity_type[a], rt.activity_type[b]
    same_type = np.where((ta < 0) | (tb < 0), 0.5, (ta == tb).astype(np.float32))
    ma, mb = lt.method[a], rt.method[b]
    method = ((ma >= 0) & (ma == mb)).astype(np.float32)
    groups = _jaccard(lt.target_groups[a], rt.target_groups[b])
    themes = _jaccard(lt.themes[a], rt.themes[b])
    period = period_share(lt.start[a], lt.end[a], rt.start[b], rt.end[b], o.open_end_days)
    return same_type.astype(np.float32), groups, themes, period, method


def _prune_then_text(
    t: ActivityTable, cand: Candidates, o: OverlapOptions, models: tuple[TextModel, TextModel]
) -> tuple[Features, I64]:
    """All features for the candidates. The description (the costliest text) is only compared
    where title and structure leave the threshold within reach; elsewhere it stays 0, which
    cannot change any flagged pair (the score could not reach the threshold anyway)."""
    a, b = cand.left, cand.right
    same_type, groups, themes, period, method = structural_features(t, a, t, b, o)
    rest = (o.w_type * same_type + o.w_groups * groups + o.w_themes * themes
            + o.w_period * period + o.w_method * method)  # fmt: skip
    title = np.zeros(len(a), np.float32)
    desc = np.zeros(len(a), np.float32)
    reach = rest + o.w_title + o.w_description >= o.threshold
    idx = np.flatnonzero(reach)
    title[idx] = models[0].similarity(a[idx], b[idx], chunk=o.chunk)
    reach2 = idx[rest[idx] + o.w_title * title[idx] + o.w_description >= o.threshold]
    desc[reach2] = models[1].similarity(a[reach2], b[reach2], chunk=o.chunk)
    feats = Features(title, desc, same_type, groups, themes, period, method)
    return feats, reach2


# --- labelling -----------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Relations:
    """Who is connected to whom: partners per activity, ties, hand-overs (fast lookups)."""

    ties: frozenset[tuple[int, int]]
    handover_pairs: frozenset[tuple[int, int]]  # unordered activity-id pairs
    handed_to: dict[int, list[int]]  # activity id → organisations it was handed to (-1: residents)

    def with_table(self, t: ActivityTable) -> Relations:
        """These relations plus the hand-overs recorded in another (small) table."""
        extra = Relations.of(t)
        handed = {k: list(v) for k, v in self.handed_to.items()}
        for k, v in extra.handed_to.items():
            handed.setdefault(k, []).extend(v)
        return Relations(self.ties | extra.ties, self.handover_pairs | extra.handover_pairs,
                         handed)  # fmt: skip

    @classmethod
    def of(cls, t: ActivityTable) -> Relations:
        handed: dict[int, list[int]] = {}
        for act, org in t.handover_orgs.tolist():
            handed.setdefault(int(act), []).append(int(org))
        return cls(
            ties=frozenset((int(x), int(y)) for x, y in t.org_ties.tolist()),
            handover_pairs=frozenset(
                (min(x, y), max(x, y)) for x, y in t.handover_pairs.tolist()
            ),  # fmt: skip
            handed_to=handed,
        )


@dataclass(frozen=True)
class Side:
    """One activity of a pair, as plain values (a table row or a new activity)."""

    id: int
    org: int
    start: int
    end: int
    partners: tuple[int, ...]
    phase: int


def side_of(t: ActivityTable, row: int) -> Side:
    return Side(int(t.ids[row]), int(t.org[row]), int(t.start[row]), int(t.end[row]),
                tuple(int(p) for p in t.partners_of(row)), int(t.phase[row]))  # fmt: skip


def label_pair(
    x: Side, y: Side, rel: Relations, o: OverlapOptions, handover_phase_ids: frozenset[int],
    score: float, org_key: Sequence[str],
) -> tuple[Label, Action, list[Reason]]:  # fmt: skip
    """Label one flagged pair and give the reasons that decide the label.

    Order: a hand-over links them (``sequential``), then partners on either activity, then a
    collaboration tie (``complementary``); otherwise ``duplicate``. O(partners).
    """
    reasons: list[Reason] = []
    pair = (min(x.id, y.id), max(x.id, y.id))
    if pair in rel.handover_pairs:
        first, then = (x, y) if x.start <= y.start else (y, x)
        reasons.append(Reason("handed_over", {"from_activity": first.id,
                                              "to_activity": then.id}))  # fmt: skip
        return Label.SEQUENTIAL, Action.STOKJE_OVERDRAGEN, reasons
    for first, then in ((x, y), (y, x)):
        targets = rel.handed_to.get(first.id, [])
        near = first.end < OPEN_END and abs(then.start - first.end) <= o.sequential_days
        if then.org in targets or (targets and near):
            to = then.org if then.org in targets else targets[0]
            reasons.append(Reason("handed_over", {
                "from_activity": first.id, "to_activity": None,
                "to_organisation": org_key[to] if 0 <= to < len(org_key) else None,
                "ended": str(day_to_date(first.end)) if first.end < OPEN_END else None,
            }))  # fmt: skip
            return Label.SEQUENTIAL, Action.STOKJE_OVERDRAGEN, reasons
    for on, other in ((x, y), (y, x)):
        if other.org in on.partners:
            reasons.append(
                Reason("partners", {"activity": on.id, "organisation": _key(org_key, other.org)})
            )
            return Label.COMPLEMENTARY, Action.AFSTEMMEN, reasons
    if (min(x.org, y.org), max(x.org, y.org)) in rel.ties:
        reasons.append(Reason("collaboration_tie", {"organisations": sorted(
            [_key(org_key, x.org), _key(org_key, y.org)])}))  # fmt: skip
        return Label.COMPLEMENTARY, Action.AFSTEMMEN, reasons
    if x.phase in handover_phase_ids or y.phase in handover_phase_ids:
        return Label.DUPLICATE, Action.STOKJE_OVERDRAGEN, reasons
    if score >= o.merge_threshold:
        return Label.DUPLICATE, Action.SAMENVOEGEN, reasons
    return Label.DUPLICATE, Action.AFSTEMMEN, reasons


def _key(keys: Sequence[str], index: int) -> str:
    return keys[index] if 0 <= index < len(keys) else str(index)


def evidence(
    lt: ActivityTable, a: int, rt: ActivityTable, b: int, f: Features, k: int,
    o: OverlapOptions, buurt: int,
) -> list[Reason]:  # fmt: skip
    """The reasons that make pair ``k`` (row ``a`` of ``lt``, ``b`` of ``rt``) look alike."""
    v = rt.vocab
    out = [Reason("same_buurt", {"buurt": _key(v.areas, buurt)})]
    a_type, b_type = int(lt.activity_type[a]), int(rt.activity_type[b])
    if a_type >= 0 and a_type == b_type:
        out.append(Reason("same_type", {"activity_type": _key(v.activity_types, a_type)}))
    if max(f.title[k], f.description[k]) >= o.text_reason_min:
        out.append(
            Reason(
                "text_similar",
                {
                    "title": round(float(f.title[k]), 2),
                    "description": round(float(f.description[k]), 2),
                },
            )
        )
    groups = int(lt.target_groups[a]) & int(rt.target_groups[b])
    out.append(
        Reason("shared_target_groups", {"target_groups": list(v.bits("target_groups", groups))})
    )
    shared_themes = v.bits("themes", int(lt.themes[a]) & int(rt.themes[b]))
    if shared_themes:
        out.append(Reason("shared_themes", {"themes": list(shared_themes)}))
    out.append(Reason("period_overlap", {"share": round(float(f.period[k]), 2)}))
    if f.method[k] > 0:
        out.append(Reason("same_method", {"method": _key(v.methods, int(rt.method[b]))}))
    return out


def _clusters(
    pairs: list[tuple[int, int]], scores: list[float], actions: list[Action]
) -> tuple[list[Cluster], dict[tuple[int, int], int]]:
    """Connected components of the duplicate pairs (union-find), in a stable order."""
    if not pairs:
        return [], {}
    arr = np.array(pairs, dtype=np.int64)
    ids = np.unique(arr)
    pos = np.searchsorted(ids, arr)
    graph = sp.coo_matrix((np.ones(len(pairs)), (pos[:, 0], pos[:, 1])), shape=(len(ids),) * 2)
    n, comp = connected_components(graph, directed=False)
    members: list[list[int]] = [[] for _ in range(n)]
    for i, c in zip(ids.tolist(), comp.tolist(), strict=True):
        members[c].append(i)
    best = [0.0] * n
    merge = [False] * n
    pair_comp = comp[pos[:, 0]].tolist()
    for c, s, act in zip(pair_comp, scores, actions, strict=True):
        best[c] = max(best[c], s)
        merge[c] |= act is Action.SAMENVOEGEN
    order = sorted(range(n), key=lambda c: members[c][0])  # by smallest activity id
    renumber = {c: k for k, c in enumerate(order)}
    clusters = [Cluster(finding_key(members[c]), tuple(members[c]), round(best[c], 4),
                        Action.SAMENVOEGEN if merge[c] else Action.AFSTEMMEN)
                for c in order]  # fmt: skip
    of_pair = {p: renumber[c] for p, c in zip(pairs, pair_comp, strict=True)}
    return clusters, of_pair


def overlap_find(table: ActivityTable, *, options: OverlapOptions | None = None) -> OverlapResult:
    """Find duplicated work: flagged pairs, labelled and explained, with clusters.

    >>> from datetime import date
    >>> from speelveld.core.table import ActivityRow
    >>> rows = [ActivityRow(id=1, org="welzijn", areas=("BU1",), start=date(2025, 1, 1),
    ...             themes=("taal-digitaal",), target_groups=("nieuwkomers",),
    ...             activity_type="taal", title="Taalcafé Tulpenbuurt",
    ...             description="Elke dinsdag Nederlands oefenen met vrijwilligers."),
    ...         ActivityRow(id=2, org="bibliotheek", areas=("BU1",), start=date(2025, 3, 1),
    ...             themes=("taal-digitaal",), target_groups=("nieuwkomers",),
    ...             activity_type="taal", title="Taalcafé in de Tulpenbuurt",
    ...             description="Nederlands oefenen met vrijwilligers, elke dinsdag.")]
    >>> [(f.ids, f.label.value, f.action.value) for f in overlap_find(
    ...     ActivityTable.from_rows(rows)).findings]
    [((1, 2), 'duplicate', 'samenvoegen')]

    O(M log M + P·r) for M block memberships, P candidate pairs and r non-zeros per text
    vector; memory bounded by ``options.chunk``. National field (1M activities): see
    ``bench/README.md``.
    """
    o = options or OverlapOptions()
    t = table
    blocks = table_blocks(t)
    cand = candidate_pairs(blocks, t.org, t.start, t.end, max_block=o.max_block)
    models = (TextModel.fit(t.titles, o.text), TextModel.fit(t.descriptions, o.text))
    feats, _ = _prune_then_text(t, cand, o, models)
    scores = feats.score(o)
    flagged = np.flatnonzero(scores >= o.threshold - 1e-6)
    return assemble(t, t, cand.left, cand.right, cand.buurt, feats, scores, flagged, o,
                    candidates=len(cand.left), same_org=cand.same_org,
                    skipped=cand.skipped_blocks)  # fmt: skip


def assemble(
    lt: ActivityTable, rt: ActivityTable, left: I64, right: I64, buurt: I64, feats: Features,
    scores: F32, flagged: I64, o: OverlapOptions, *, candidates: int, same_org: int,
    skipped: int, relations: Relations | None = None,
) -> OverlapResult:  # fmt: skip
    """Label, explain and cluster the flagged pairs (rows ``left`` of ``lt`` against rows
    ``right`` of ``rt``); shared by the scan and by warn-at-entry. O(f log f) for f flagged."""
    rel = relations or Relations.of(rt)
    if lt is not rt:
        rel = rel.with_table(lt)
    phase_ix = rt.vocab.index("phases")
    handover_phase_ids = frozenset(phase_ix[p] for p in o.handover_phases if p in phase_ix)
    pending = []
    for k in flagged.tolist():
        a, b = int(left[k]), int(right[k])
        x, y = side_of(lt, a), side_of(rt, b)
        label, action, decisive = label_pair(x, y, rel, o, handover_phase_ids, float(scores[k]),
                                             rt.vocab.organisations)  # fmt: skip
        pending.append((k, a, b, x, y, label, action, decisive))
    dup = [(k, (min(x.id, y.id), max(x.id, y.id)), act) for k, _a, _b, x, y, lab, act, _d
           in pending if lab is Label.DUPLICATE]  # fmt: skip
    clusters, cluster_of = _clusters([p for _, p, _ in dup], [float(scores[k]) for k, _, _ in dup],
                                     [act for _, _, act in dup])  # fmt: skip
    findings = []
    for k, a, b, x, y, label, action, decisive in pending:
        ids = (min(x.id, y.id), max(x.id, y.id))
        reasons = evidence(lt, a, rt, b, feats, k, o, int(buurt[k])) + decisive
        fp = _fingerprint_sides(lt, a, x.id, rt, b, y.id)
        findings.append(OverlapFinding(
            key=finding_key(ids), ids=ids, score=round(float(scores[k]), 4), label=label,
            action=action, reasons=tuple(reasons), fingerprint=fp,
            cluster=cluster_of.get(ids, -1),
        ))  # fmt: skip
    findings.sort(key=lambda f: (-f.score, f.ids))
    pair_ids = np.array([f.ids for f in findings], dtype=np.int64).reshape(-1, 2)
    return OverlapResult(
        findings=tuple(findings), clusters=tuple(clusters), candidates=candidates,
        excluded_same_org=same_org, skipped_blocks=skipped, pair_ids=pair_ids,
        scores=np.array([f.score for f in findings], dtype=np.float32),
        labels=tuple(f.label for f in findings),
    )  # fmt: skip


def _fingerprint_sides(lt: ActivityTable, a: int, a_id: int, rt: ActivityTable, b: int,
                       b_id: int) -> str:  # fmt: skip
    parts = sorted([(a_id, _row_digest(lt, a)), (b_id, _row_digest(rt, b))])
    text = "|".join(f"{i}:{d}" for i, d in parts)
    return hashlib.sha256(text.encode()).hexdigest()[:20]
