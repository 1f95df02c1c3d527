"""Planted twins: duplicates, and hard negatives that look like duplicates but are not.

Each scenario takes an ordinary *base* activity and adds a twin (or two) described in other
words, in the same buurt at the same time, unless the kind says otherwise:

``duplicate``           another, unconnected organisation does the same work (sometimes a third
                        one too: a cluster of three);
``same_org_series``     the same organisation runs it twice (its own series);
``sequential``          the base ended and handed over to the twin (a hand-over record);
``partners``            the two organisations are partners on one of the two activities;
``collaboration_tie``   the two organisations have a collaboration tie;
``other_target_group``  same werkvorm, theme and buurt, but a disjoint target group;
``neighbouring_buurt``  the same work next door: a neighbouring buurt, not the base's own.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, fields

import numpy as np

from speelveld.core._blocking import block_memberships, candidate_pairs
from speelveld.synth.demo.activity_types import TYPES
from speelveld.synth.demo.vocabulary import METHODS, PHASES, ROLES, TARGET_GROUPS, THEMES
from speelveld.synth.national.field import (
    ATYPES,
    I32,
    I64,
    OPEN,
    Columns,
    Orgs,
    lane_groups,
)
from speelveld.synth.national.geography import Geography
from speelveld.synth.national.texts import (
    DAYPARTS,
    DAYS,
    context,
    paraphrase,
    render,
    voice_line,
)

KINDS = (
    "collaboration_tie",  # first: duplicates must avoid the ties these add
    "duplicate",
    "same_org_series",
    "sequential",
    "partners",
    "other_target_group",
    "neighbouring_buurt",
)
SHARES = (0.09, 0.40, 0.09, 0.09, 0.09, 0.12, 0.12)


@dataclass
class Planted:
    rows: dict[str, list[int]] = field(default_factory=dict)  # twin columns, one list each
    titles: list[str] = field(default_factory=list)
    descs: list[str] = field(default_factory=list)
    scenario: list[int] = field(default_factory=list)  # per twin
    truth: list[tuple[int, int, str, bool, int]] = field(default_factory=list)  # a, b, kind...
    ties: list[tuple[int, int]] = field(default_factory=list)
    handover_pairs: list[tuple[int, int]] = field(default_factory=list)
    handover_orgs: list[tuple[int, int]] = field(default_factory=list)
    bases: dict[int, int] = field(default_factory=dict)  # base row → scenario


def areas_csr(geo: Geography, cols: Columns) -> tuple[I64, I32]:
    """Buurt CSR of the activities: home, plus the extra buurt, or the whole wijk if wide."""
    wk_start = np.searchsorted(geo.bu_wk, np.arange(len(geo.wk_code)))
    wk_size = np.bincount(geo.bu_wk, minlength=len(geo.wk_code))
    wijk = geo.bu_wk[cols.home]
    counts = np.where(cols.wide, wk_size[wijk], 1 + (cols.extra >= 0)).astype(np.int64)
    ptr = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=ptr[1:])
    row = np.repeat(np.arange(len(counts)), counts)
    k = np.arange(int(ptr[-1])) - ptr[row]
    idx = np.where(
        cols.wide[row], wk_start[wijk[row]] + k, np.where(k == 0, cols.home[row], cols.extra[row])
    )
    return ptr, idx.astype(np.int32)


class _Planter:
    def __init__(
        self, seed: int, geo: Geography, orgs: Orgs, cols: Columns, ties: set[tuple[int, int]],
        titles: list[str], descs: list[str],
    ) -> None:  # fmt: skip
        self.rng = random.Random(seed)
        self.geo, self.orgs, self.cols, self.ties = geo, orgs, cols, ties
        self.titles, self.descs = titles, descs
        self.out = Planted(rows={f.name: [] for f in fields(Columns)})
        self.n = len(cols.home)

    # -- helpers ----------------------------------------------------------------------------
    def other_org(self, r: int, avoid: tuple[int, ...]) -> int:
        members = self.orgs.by_gm[int(self.geo.bu_gm[self.cols.home[r]])]
        for _ in range(50):
            b = int(members[self.rng.randrange(len(members))])
            pair = (min(avoid[0], b), max(avoid[0], b))
            if b not in avoid and pair not in self.ties and b != self.cols.partner[r]:
                return b
        return -1

    def bit(self, mask: int) -> int:
        bits = [1 << k for k in range(64) if (mask >> k) & 1]
        return self.rng.choice(bits)

    def text(self, r: int, home: int, org: int) -> tuple[str, str]:
        """The base's work in the twin's words: its template for the twin's buurt, paraphrased
        (synonyms, sentence order, the buurt name moved), in the twin's own voice."""
        c, geo, rng = self.cols, self.geo, self.rng
        atype = ATYPES[c.true_type[r]]
        ctx = context(
            geo.bu_name[home], geo.bu_in[home], geo.bu_venue[home],
            geo.wk_name[geo.bu_wk[home]], self.orgs.name[org], DAYS[c.day[r]],
            DAYPARTS[c.daypart[r]],
        )  # fmt: skip
        voice = voice_line(rng, self.orgs.type[org]) if rng.random() < 0.4 else ""
        title, desc = render(atype, int(c.title_k[r]), int(c.desc_k[r]), ctx, voice)
        title, desc = paraphrase(rng, title, desc, name=geo.bu_name[home], in_name=geo.bu_in[home])
        u = rng.random()
        if u < 0.05:
            desc = ""  # some editors leave the description empty
        elif u < 0.2:
            desc = desc.split(". ")[0]  # ...or write one sentence
        return title, desc

    def twin(self, r: int, scenario: int, org: int, **override: int) -> int:
        """Append a twin of base row ``r``; returns its (future) row number."""
        c, rng = self.cols, self.rng
        atype = ATYPES[c.true_type[r]]
        spec = TYPES[atype]
        start, end = (
            (override["start"], override["end"]) if "start" in override else self.overlapping(r)
        )
        row = {f.name: getattr(c, f.name)[r].item() for f in fields(Columns)}
        themes = self.bit(int(c.themes[r]))
        if rng.random() < 0.4:
            themes |= 1 << THEMES.index(rng.choice(spec.themes))
        groups = self.bit(int(c.groups[r]))
        lane = next(g for g in lane_groups(atype) if groups & _mask(g))
        if rng.random() < 0.3:
            groups |= 1 << TARGET_GROUPS.index(rng.choice(lane))
        wk = self.geo.bu_wk[c.home[r]]
        same_wijk = np.flatnonzero(self.geo.bu_wk == wk).tolist() if rng.random() < 0.25 else []
        extra = int(rng.choice(same_wijk)) if len(same_wijk) > 1 else -1
        row.update(
            org=org, themes=themes, groups=groups, start=start, end=end, extra=extra,
            wide=False, partner=-1, partner2=-1,
            shown_type=int(c.true_type[r]) if rng.random() < 0.75 else -1,
            method=METHODS.index(rng.choice(spec.methods)) if rng.random() < 0.6 else -1,
            phase=rng.randrange(len(PHASES)), role=ROLES.index(rng.choice(spec.roles)),
        )  # fmt: skip
        row.update(override)
        if row["extra"] == row["home"]:
            row["extra"] = -1
        title, desc = self.text(r, int(row["home"]), org)
        for k, v in row.items():
            self.out.rows[k].append(int(v))
        self.out.titles.append(title)
        self.out.descs.append(desc)
        self.out.scenario.append(scenario)
        return self.n + len(self.out.scenario) - 1

    def overlapping(self, r: int) -> tuple[int, int]:
        c, rng = self.cols, self.rng
        b_start, b_end = int(c.start[r]), int(c.end[r])
        if b_end != OPEN and b_end - b_start < 400:
            b_end = b_start + 400
            c.end[r] = b_end
        start = b_start + rng.randint(-120, 120)
        if b_end != OPEN:
            start = min(start, b_end - 60)
        end = OPEN if rng.random() < 0.5 else max(start + 200, b_start + 120) + rng.randint(0, 600)
        return start, end

    # -- scenarios --------------------------------------------------------------------------
    def plant(self, s: int, r: int, kind: str) -> None:
        c, rng, out = self.cols, self.rng, self.out
        a = int(c.org[r])
        out.bases[r] = s
        if kind == "other_target_group" and len(lane_groups(ATYPES[c.true_type[r]])) < 2:
            kind = "neighbouring_buurt"  # a werkvorm with one lane has no other group to take
        if kind == "same_org_series":
            y = self.twin(r, s, a)
            out.truth.append((r, y, kind, False, s))
            return
        b = self.other_org(r, (a,))
        if b < 0:
            return
        if kind == "collaboration_tie":
            self.ties.add((min(a, b), max(a, b)))
            out.ties.append((min(a, b), max(a, b)))
            out.truth.append((r, self.twin(r, s, b), kind, False, s))
        elif kind == "duplicate":
            y = self.twin(r, s, b)
            out.truth.append((r, y, kind, True, s))
            if rng.random() < 0.15:
                c3 = self.other_org(r, (a, b))
                if c3 >= 0 and (min(b, c3), max(b, c3)) not in self.ties:
                    # the third shares the second's blocks and period, so all three pair up
                    same = {k: self.out.rows[k][-1] for k in ("themes", "groups", "start", "end",
                                                                "extra")}  # fmt: skip
                    z = self.twin(r, s, c3, **same)
                    out.truth += [(r, z, kind, True, s), (y, z, kind, True, s)]
        elif kind == "sequential":
            end = int(c.start[r]) + rng.randint(300, 900)
            c.end[r] = end
            c.phase[r] = PHASES.index(rng.choice(("borgen-overdragen", "loslaten")))
            start = end - rng.randint(5, 45)
            y_end = OPEN if rng.random() < 0.6 else start + rng.randint(200, 900)
            y = self.twin(r, s, b, start=start, end=y_end, phase=PHASES.index("activeren"))
            u = rng.random()
            if u < 0.4:
                out.handover_pairs.append((r, y))
            else:
                out.handover_orgs.append((r, b if u < 0.8 else -1))
            out.truth.append((r, y, kind, False, s))
        elif kind == "partners":
            if rng.random() < 0.5:
                c.partner2[r] = b
                y = self.twin(r, s, b)
            else:
                y = self.twin(r, s, b, partner=a)
            out.truth.append((r, y, kind, False, s))
        elif kind == "other_target_group":
            atype = ATYPES[c.true_type[r]]
            lanes = lane_groups(atype)
            mine = next(k for k, g in enumerate(lanes) if int(c.groups[r]) & _mask(g))
            other = lanes[1 - mine]
            groups = _mask(tuple(rng.sample(other, min(len(other), rng.randint(1, 2)))))
            out.truth.append((r, self.twin(r, s, b, groups=groups), kind, False, s))
        elif kind == "neighbouring_buurt":
            home = int(c.home[r])
            geo = self.geo
            near = [
                int(x) for x in geo.nb_idx[geo.nb_ptr[home] : geo.nb_ptr[home + 1]]
                if int(x) != int(c.extra[r])
            ]  # fmt: skip
            if not near:
                return
            y = self.twin(r, s, b, home=rng.choice(near), extra=-1)
            out.truth.append((r, y, kind, False, s))


def _mask(keys: tuple[str, ...]) -> int:
    return sum(1 << TARGET_GROUPS.index(k) for k in keys)


def plant(
    seed: int,
    geo: Geography,
    orgs: Orgs,
    cols: Columns,
    ties: set[tuple[int, int]],
    titles: list[str],
    descs: list[str],
    n_scenarios: int,
) -> Planted:
    """Choose bases (one per buurt and werkvorm, never wide) and plant the scenarios."""
    planter = _Planter(seed, geo, orgs, cols, ties, titles, descs)
    order = np.random.default_rng(seed).permutation(len(cols.home))
    order = order[~cols.wide[order]]
    key = cols.home[order].astype(np.int64) * len(ATYPES) + cols.true_type[order]
    _, first = np.unique(key, return_index=True)
    bases = order[np.sort(first)][:n_scenarios]
    bounds = np.round(np.cumsum(SHARES) / sum(SHARES) * len(bases)).astype(int)
    kinds = np.searchsorted(bounds, np.arange(len(bases)), side="right")
    for s, (r, k) in enumerate(zip(bases.tolist(), kinds.tolist(), strict=True)):
        planter.plant(s, r, KINDS[k])
    return planter.out


def offending_pairs(
    geo: Geography, cols: Columns, truth: set[tuple[int, int]], linked: set[tuple[int, int]],
    ties: set[tuple[int, int]],
) -> list[tuple[int, int]]:  # fmt: skip
    """Co-blocked, overlapping pairs of one werkvorm and two unconnected organisations that the
    ground truth does not list: accidental duplicates, to be removed."""
    ptr, idx = areas_csr(geo, cols)
    blocks = block_memberships(ptr, idx, cols.themes, cols.groups, n_themes=12, n_groups=12)
    cand = candidate_pairs(blocks, cols.org, cols.start, cols.end, max_block=1_000_000)
    same = cols.true_type[cand.left] == cols.true_type[cand.right]
    out = []
    for i, j in zip(cand.left[same].tolist(), cand.right[same].tolist(), strict=True):
        oi, oj = int(cols.org[i]), int(cols.org[j])
        if (i, j) in truth or (i, j) in linked or (min(oi, oj), max(oi, oj)) in ties:
            continue
        if oj in (cols.partner[i], cols.partner2[i]) or oi in (cols.partner[j], cols.partner2[j]):
            continue
        out.append((i, j))
    return out
