"""The background of the national field: organisations and ordinary activities, vectorised.

The field is built so that its ground truth is exact. Per wijk and werkvorm the work is done in
one or two *lanes* with disjoint target groups, and each lane belongs to one organisation (its
series of activities over buurten and years). So two ordinary activities of different
organisations that share a block (buurt × theme × target group) never do the same werkvorm: the
only duplicates are the planted ones (:mod:`.planted`), and the cleaning step there removes any
ordinary activity a planted twin would accidentally duplicate.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import numpy.typing as npt

from speelveld.core.table import date_to_day
from speelveld.synth.demo.activity_types import TYPES
from speelveld.synth.demo.vocabulary import (
    METHODS,
    ORGANISATION_TYPES,
    PHASES,
    ROLES,
    TARGET_GROUPS,
    THEMES,
)
from speelveld.synth.national.geography import Geography
from speelveld.synth.national.texts import DAYPARTS, DAYS, context, render, voice_line

ATYPES = tuple(TYPES)
FIRST_DAY = date_to_day(date(2016, 1, 1))
LAST_START = date_to_day(date(2026, 10, 1))
REFERENCE_DAY = date_to_day(date(2026, 11, 1))
OPEN = int(np.iinfo(np.int32).max)
TARGET = {"national": 1_000_000, "small": 10_000}

# fmt: off
_ORG_TYPE_WEIGHTS = {"welzijn": 0.14, "woningcorporatie": 0.07, "gemeente": 0.03,
                     "bibliotheek": 0.05, "kerk": 0.12, "zelfstandige": 0.12, "bewoners": 0.24,
                     "zorg": 0.08, "politie": 0.02, "onderwijs": 0.07, "fonds": 0.02,
                     "overig": 0.04}
_ORG_LABEL = {"welzijn": "Welzijn", "woningcorporatie": "Woonstichting", "gemeente": "Gemeente",
              "bibliotheek": "Bibliotheek", "kerk": "Diaconie", "zelfstandige": "Buurtwerk",
              "bewoners": "Bewonersgroep", "zorg": "Zorggroep", "politie": "Politie",
              "onderwijs": "Scholengroep", "fonds": "Fonds", "overig": "Stichting"}
_PHASE_WEIGHTS = np.array([5, 5, 10, 15, 15, 30, 8, 5, 7], dtype=np.float64)
# fmt: on

I32 = npt.NDArray[np.int32]
I64 = npt.NDArray[np.int64]


def lane_groups(atype: str) -> tuple[tuple[str, ...], ...]:
    """Target groups per lane of a werkvorm: alternate groups, so the lanes never share one."""
    groups = TYPES[atype].groups
    if len(groups) < 3:
        return (groups,)
    return (groups[0::2], groups[1::2])


@dataclass
class Orgs:
    key: list[str]
    name: list[str]
    type: list[str]
    gm: I32
    by_gm: list[I64] = field(default_factory=list)  # organisation indices per gemeente


def organisations_draw(rng: np.random.Generator, geo: Geography) -> Orgs:
    types = list(_ORG_TYPE_WEIGHTS)
    p = np.array(list(_ORG_TYPE_WEIGHTS.values()))
    p /= p.sum()
    keys: list[str] = []
    names: list[str] = []
    kinds: list[str] = []
    gms: list[int] = []
    by_gm: list[I64] = []
    n_bu = np.bincount(geo.bu_gm, minlength=len(geo.gm_code))
    for g, code in enumerate(geo.gm_code):
        n = 8 + int(round(n_bu[g] * 0.8))
        drawn = [types[k] for k in rng.choice(len(types), size=n, p=p)]
        drawn[:3] = ["gemeente", "welzijn", "woningcorporatie"]  # every gemeente has these
        start = len(keys)
        for k, kind in enumerate(drawn):
            keys.append(f"org-{code[2:]}-{k:04d}")
            suffix = "" if k < 3 else f" {k}"
            names.append(f"{_ORG_LABEL[kind]} {geo.gm_name[g]}{suffix}")
            kinds.append(kind)
            gms.append(g)
        by_gm.append(np.arange(start, len(keys), dtype=np.int64))
    return Orgs(keys, names, kinds, np.array(gms, dtype=np.int32), by_gm)


def _lane_orgs(rng: np.random.Generator, geo: Geography, orgs: Orgs) -> I32:
    """Organisation per (wijk, werkvorm, lane): who does this work here."""
    n_wk = len(geo.wk_code)
    out = np.zeros((n_wk, len(ATYPES), 2), dtype=np.int32)
    org_type = np.array([ORGANISATION_TYPES.index(t) for t in orgs.type])
    for g, members in enumerate(orgs.by_gm):
        wijken = np.flatnonzero(geo.wk_gm == g)
        for t, atype in enumerate(ATYPES):
            weights = TYPES[atype].orgs
            w = np.array([weights.get(ORGANISATION_TYPES[k], 0.0) for k in org_type[members]])
            if w.sum() <= 0:
                w = np.ones(len(members))
            out[wijken, t, :] = rng.choice(members, size=(len(wijken), 2), p=w / w.sum())
    return out


@dataclass
class Columns:
    """The activity columns while the field is built (rows = activities)."""

    home: I32
    extra: I32  # a second buurt in the same wijk, -1 if none
    wide: npt.NDArray[np.bool_]
    true_type: npt.NDArray[np.int16]
    shown_type: npt.NDArray[np.int16]
    org: I32
    themes: npt.NDArray[np.uint64]
    groups: npt.NDArray[np.uint64]
    start: I32
    end: I32
    method: npt.NDArray[np.int16]
    phase: npt.NDArray[np.int8]
    role: npt.NDArray[np.int16]
    partner: I32  # -1 if none
    partner2: I32
    title_k: I32
    desc_k: I32
    day: I32
    daypart: I32
    voice: npt.NDArray[np.bool_]


def _bitmask(keys: tuple[str, ...], vocab: tuple[str, ...]) -> int:
    return sum(1 << vocab.index(k) for k in keys)


def background_draw(rng: np.random.Generator, geo: Geography, orgs: Orgs, n: int) -> Columns:
    """Ordinary activities, spread over buurten by population; some buurten get nothing."""
    pop = np.nan_to_num(geo.figures["inhabitants"], nan=0.0)
    weight = np.sqrt(pop + 1.0)
    weight[pop == 0] = 0.3
    # a few buurten where nothing at all happens: the gaps that must stand out
    weight[rng.random(len(weight)) < 0.02] = 0.0
    home = np.repeat(
        np.arange(len(weight), dtype=np.int32), rng.multinomial(n, weight / weight.sum())
    )
    wijk = geo.bu_wk[home]
    tw = np.array([TYPES[t].weight for t in ATYPES])
    ttype = rng.choice(len(ATYPES), size=n, p=tw / tw.sum()).astype(np.int16)
    n_lanes = np.array([len(lane_groups(t)) for t in ATYPES])
    lane = (rng.random(n) * n_lanes[ttype]).astype(np.int64)
    org = _lane_orgs(rng, geo, orgs)[wijk, ttype, lane]

    # target groups from the lane, themes from the werkvorm: a primary one and sometimes more
    groups = np.zeros(n, dtype=np.uint64)
    themes = np.zeros(n, dtype=np.uint64)
    method = np.full(n, -1, dtype=np.int16)
    role = np.zeros(n, dtype=np.int16)
    for t, atype in enumerate(ATYPES):
        spec = TYPES[atype]
        for ln, lane_keys in enumerate(lane_groups(atype)):
            sel = np.flatnonzero((ttype == t) & (lane == ln))
            masks = np.array([1 << TARGET_GROUPS.index(g) for g in lane_keys], dtype=np.uint64)
            first = rng.integers(0, len(masks), len(sel))
            second = rng.integers(0, len(masks), len(sel))
            more = rng.random(len(sel)) < 0.35
            groups[sel] = masks[first] | np.where(more, masks[second], np.uint64(0))
        sel = np.flatnonzero(ttype == t)
        tmasks = np.array([1 << THEMES.index(k) for k in spec.themes], dtype=np.uint64)
        primary = np.where(rng.random(len(sel)) < 0.6, 0, rng.integers(0, 2, len(sel)))
        other = rng.integers(0, len(tmasks), len(sel))
        more = rng.random(len(sel)) < 0.4
        themes[sel] = tmasks[primary] | np.where(more, tmasks[other], np.uint64(0))
        methods = np.array([METHODS.index(m) for m in spec.methods], dtype=np.int16)
        has = rng.random(len(sel)) < 0.6
        method[sel] = np.where(has, methods[rng.integers(0, len(methods), len(sel))], -1)
        roles = np.array([ROLES.index(r) for r in spec.roles], dtype=np.int16)
        role[sel] = roles[rng.integers(0, len(roles), len(sel))]

    # areas: mostly one buurt, sometimes two in one wijk, sometimes the whole wijk
    wk_start = np.searchsorted(geo.bu_wk, np.arange(len(geo.wk_code)))
    wk_size = np.bincount(geo.bu_wk, minlength=len(geo.wk_code))
    u = rng.random(n)
    wide = (u < 0.05) & (wk_size[wijk] > 1)
    two = (u >= 0.05) & (u < 0.20) & (wk_size[wijk] > 1)
    other = wk_start[wijk] + rng.integers(0, np.maximum(wk_size[wijk], 1))
    extra = np.where(two & (other != home), other, -1).astype(np.int32)

    start = rng.integers(FIRST_DAY, LAST_START, n).astype(np.int32)
    closed = rng.random(n) < 0.5
    end = np.where(closed, start + rng.integers(60, 1400, n), OPEN).astype(np.int32)

    from speelveld.synth.demo.texts_activities import ACTIVITY_TEXTS

    n_titles = np.array([len(ACTIVITY_TEXTS[t][0]) for t in ATYPES])
    n_descs = np.array([len(ACTIVITY_TEXTS[t][1]) for t in ATYPES])
    title_k = (rng.random(n) * n_titles[ttype]).astype(np.int32)
    desc_k = np.where(
        title_k < n_descs[ttype], title_k, (rng.random(n) * n_descs[ttype]).astype(np.int32)
    ).astype(np.int32)

    partner = np.full(n, -1, dtype=np.int32)
    has_partner = rng.random(n) < 0.25
    gm = geo.bu_gm[home]
    org_start = np.array([m[0] for m in orgs.by_gm])
    org_count = np.array([len(m) for m in orgs.by_gm])
    pick = org_start[gm] + (rng.random(n) * org_count[gm]).astype(np.int64)
    partner[has_partner & (pick != org)] = pick[has_partner & (pick != org)]
    shown = np.where(rng.random(n) < 0.75, ttype, -1).astype(np.int16)
    return Columns(
        home=home,
        extra=extra,
        wide=wide,
        true_type=ttype,
        shown_type=shown,
        org=org.astype(np.int32),
        themes=themes,
        groups=groups,
        start=start,
        end=end,
        method=method,
        phase=rng.choice(len(PHASES), size=n, p=_PHASE_WEIGHTS / _PHASE_WEIGHTS.sum()).astype(
            np.int8
        ),
        role=role,
        partner=partner,
        partner2=np.full(n, -1, dtype=np.int32),
        title_k=title_k,
        desc_k=desc_k,
        day=rng.integers(0, len(DAYS), n).astype(np.int32),
        daypart=rng.integers(0, len(DAYPARTS), n).astype(np.int32),
        voice=rng.random(n) < 0.4,
    )


def texts_render(
    seed: int, geo: Geography, orgs: Orgs, cols: Columns, rows: I64
) -> tuple[list[str], list[str]]:
    """Titles and descriptions of the given rows from their templates (one pass, no I/O)."""
    rng = random.Random(seed)
    titles: list[str] = []
    descs: list[str] = []
    home = cols.home[rows].tolist()
    for k, r in enumerate(rows.tolist()):
        b = home[k]
        o = int(cols.org[r])
        ctx = context(
            geo.bu_name[b], geo.bu_in[b], geo.bu_venue[b], geo.wk_name[geo.bu_wk[b]],
            orgs.name[o], DAYS[cols.day[r]], DAYPARTS[cols.daypart[r]],
        )  # fmt: skip
        voice = voice_line(rng, orgs.type[o]) if cols.voice[r] else ""
        title, desc = render(
            ATYPES[cols.true_type[r]], int(cols.title_k[r]), int(cols.desc_k[r]), ctx, voice
        )
        titles.append(title)
        descs.append(desc)
    return titles, descs


def ties_draw(rng: np.random.Generator, orgs: Orgs) -> I64:
    """Collaboration ties inside each gemeente: about one per organisation."""
    pairs = []
    for members in orgs.by_gm:
        k = len(members)
        a = rng.choice(members, size=k)
        b = rng.choice(members, size=k)
        pairs.append(np.stack([np.minimum(a, b), np.maximum(a, b)], axis=1)[a != b])
    out = np.concatenate(pairs) if pairs else np.empty((0, 2), dtype=np.int64)
    return np.unique(out, axis=0).astype(np.int64)


def bitmask(keys: tuple[str, ...], vocab: tuple[str, ...]) -> int:
    return _bitmask(keys, vocab)
