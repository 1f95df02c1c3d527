"""Activities of the demo: the planted cases first, then Right to Challenge and regular work."""

from __future__ import annotations

from collections.abc import Sequence

from speelveld.synth.demo.activity_types import (
    ACTIVITY_TYPES,
    RESIDENT_TYPES,
    RTC_STATE,
    STATUS_WEIGHTS,
    TYPES,
    WIJK_WIDE_TYPES,
)
from speelveld.synth.demo.drafting import (
    act_draft,
    conflicts_find,
    owner_choose,
    partners_draw,
    period_draw,
)
from speelveld.synth.demo.draws import pick
from speelveld.synth.demo.organisations import org_buurten
from speelveld.synth.demo.planted import (
    complementary_add,
    orphans_add,
    planted_pair_add,
    single_add,
)
from speelveld.synth.demo.state import Act, DemoState
from speelveld.synth.demo.texts_places import WIJKEN
from speelveld.synth.demo.texts_planted import RTC_TEXTS
from speelveld.synth.demo.vocabulary import (
    METHODS,
    MUNICIPALITY_CODE,
    PHASES,
    RTC_STAGES,
    TARGET_GROUPS,
    THEMES,
)
from speelveld.synth.records import ActivityRecord


def activities_add(st: DemoState, specs: Sequence[tuple[str, str, str]]) -> None:
    """All activities; ``specs`` are the planted duplicates to place (see ``PLANTED_SPECS``)."""
    rng = st.rng
    complementary_add(st)
    single_add(st)
    for spec in specs:
        planted_pair_add(st, *spec)
    orphans_add(st)
    _rtc_add(st)
    total = rng.randint(450, 500)
    queue = list(ACTIVITY_TYPES)
    rng.shuffle(queue)  # every type at least once, then by weight
    for _ in range(3 * total):
        if len(st.acts) >= total:
            break
        atype = (
            queue.pop() if queue else pick(rng, ACTIVITY_TYPES, [t.weight for t in TYPES.values()])
        )
        _regular_add(st, atype)
    rng.shuffle(st.acts)
    for i, act in enumerate(st.acts, start=1):
        act.key = f"act-{i:04d}"
    _coverage_ensure(st)


def _rtc_add(st: DemoState) -> None:
    rng = st.rng
    stages = rng.sample(RTC_STAGES, 5)
    for slug, atype, title, desc in rng.sample(RTC_TEXTS, len(RTC_TEXTS)):
        if not stages:
            break
        key, spec = st.orgs[slug]
        owner = st.current(key)[0]
        wanted, phase = RTC_STATE[stages[0]]
        home = st.eligible(org_buurten(st, slug))
        rng.shuffle(home)
        for buurt in home[:6]:
            areas: tuple[str, ...] = (buurt,)
            if spec.home[0] in (w.name for w in WIJKEN):
                areas = (st.home_codes(spec)[0],)
            status, start, end = period_draw(st, wanted, owner.active_from)
            act = act_draft(
                st,
                atype=atype,
                lead_slug=slug,
                owner=owner,
                areas=areas,
                status=status,
                start=start,
                end=end,
                phase=phase,
                kind="rtc",
                texts=(title, desc),
            )
            if conflicts_find(st, act) == []:
                act.rtc_stage = stages.pop(0)
                st.commit(act)
                break


def _regular_add(st: DemoState, atype: str) -> None:
    rng = st.rng
    spec = TYPES[atype]
    for attempt in range(12):
        resident = atype in RESIDENT_TYPES and rng.random() < 0.2
        if resident:
            slugs = [s for s, (_, o) in st.orgs.items() if o.type == "bewoners"]
            weights = [3.0 if atype in st.orgs[s][1].focus else 0.5 for s in slugs]
            slug = pick(rng, slugs, weights)
            pool = st.eligible(org_buurten(st, slug))
            buurt = pick(rng, pool, [st.buurten[b].need for b in pool])
        else:
            pool = st.eligible(list(st.buurten))
            buurt = pick(rng, pool, [st.buurten[b].need for b in pool])
            cands, weights = [], []
            for s, (key, org) in st.orgs.items():
                if org.type == "bewoners" or org.type not in spec.orgs:
                    continue
                if org.strict and atype not in org.focus:
                    continue
                if buurt not in org_buurten(st, s) or not st.current(key):
                    continue
                cands.append(s)
                weights.append(spec.orgs[org.type] * org.weight * (3 if atype in org.focus else 1))
            if not cands:
                continue
            slug = pick(rng, cands, weights)
        key = st.org_key(slug)
        owner = owner_choose(st, key, atype, buurt)
        if owner is None:
            continue
        w = st.buurten[buurt].wijk
        wijk_ok = not any(b in st.excluded for b in st.wijk_buurten[w])
        areas: tuple[str, ...] = (buurt,)
        if atype in WIJK_WIDE_TYPES and wijk_ok and not resident and rng.random() < 0.12:
            areas = (st.wijk_codes[w],)
        else:
            near = [
                b
                for b in st.eligible(st.buurten[buurt].neighbours)
                if not resident or b in org_buurten(st, slug)
            ]
            extra = pick(rng, (0, 1, 2), (67, 25, 8))
            areas = (buurt, *rng.sample(near, min(extra, len(near))))
        covers = [b for a in areas for b in st.expand(a)]
        n_partners = pick(rng, (0, 1, 2, 3), (45, 35, 15, 5))
        partners = partners_draw(st, atype, key, covers, n_partners)
        if partners and not resident and rng.random() < 0.04:
            helper = [p for k in partners for p in st.current(k) if not p.is_group]
            owner = rng.choice(helper) if helper else owner
        status = pick(rng, list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values()))
        status, start, end = period_draw(st, status, owner.active_from)
        act = act_draft(
            st,
            atype=atype,
            lead_slug=slug,
            owner=owner,
            areas=areas,
            status=status,
            start=start,
            end=end,
            partners=tuple(partners),
        )
        clash = conflicts_find(st, act)
        if clash is None or (clash and attempt < 8):
            continue
        if clash:
            merged = list(dict.fromkeys([*clash, *partners]))
            if len(merged) > 3:
                continue
            act.partners = tuple(merged)
            for other in clash:
                st.required_pairs.append((act.lead, other, act))
        st.commit(act)
        return


def _coverage_ensure(st: DemoState) -> None:
    """Guarantee every vocabulary key occurs, whatever the seed (tests rely on it)."""
    plain = [a for a in st.acts if a.kind == "regular"]
    for theme in THEMES:
        if not any(theme in a.themes for a in st.acts):
            act = next(a for a in plain if theme in TYPES[a.type].themes)
            act.themes = (*act.themes, theme)
    for group in TARGET_GROUPS:
        if not any(group in a.groups for a in st.acts):
            act = next(a for a in plain if group in TYPES[a.type].groups)
            act.groups = (*act.groups, group)
    for method in METHODS:
        if not any(a.method == method for a in st.acts):
            act = next(
                a
                for a in plain
                if method in TYPES[a.type].methods
                and sum(b.method == a.method for b in st.acts) > 1
            )
            act.method = method
    for phase in PHASES:
        if not any(a.phase == phase for a in st.acts):
            act = next(
                a
                for a in plain
                if a.status == "lopend" and sum(b.phase == a.phase for b in st.acts) > 1
            )
            act.phase = phase


def activity_record(a: Act) -> ActivityRecord:
    return ActivityRecord(
        key=a.key,
        title=a.title,
        description=a.description,
        municipality_code=MUNICIPALITY_CODE,
        lead_organisation=a.lead,
        owner=a.owner,
        activity_type=a.type,
        method=a.method,
        phase=a.phase,
        status=a.status,
        start=a.start,
        end=a.end,
        areas=a.areas,
        themes=a.themes,
        target_groups=a.groups,
        partners=a.partners,
        reach=a.reach,
        resident_led=a.resident_led,
        rtc_stage=a.rtc_stage,
    )
