"""Collaborations of the demo: planted ties, partnerships named on activities, people who work in
the same buurten, and a few ties that hinder rather than strengthen."""

from __future__ import annotations

from datetime import date

from speelveld.synth.demo.draws import date_between, days, pick
from speelveld.synth.demo.roles import ROLE_PARTNERS
from speelveld.synth.demo.state import Act, DemoState, Entity, Tie
from speelveld.synth.demo.texts_places import WIJKEN
from speelveld.synth.demo.texts_ties import (
    COLLAB_CONTEXTS,
    COMPLEMENTARY_CONTEXT,
    NEGATIVE_CONTEXTS,
    PARTNER_CONTEXTS,
    THEME_LABELS,
)
from speelveld.synth.demo.vocabulary import MUNICIPALITY_CODE, REFERENCE_DATE
from speelveld.synth.records import CollaborationRecord


def _entity_org(st: DemoState, e: Entity) -> str:
    return e[1] if e[0] == "o" else st.player_by_key[e[1]].org


def _entity_start(st: DemoState, e: Entity) -> tuple[date, date]:
    if e[0] == "o":
        return date(2012, 1, 1), REFERENCE_DATE
    p = st.player_by_key[e[1]]
    return p.active_from, p.active_until or REFERENCE_DATE


def collaboration_records(st: DemoState) -> list[CollaborationRecord]:
    rng = st.rng
    target = rng.randint(180, 220)
    ties: list[Tie] = []
    seen: set[tuple[Entity, Entity]] = set()

    def add(
        a: Entity,
        b: Entity,
        intensity: int,
        context: str,
        theme: str | None,
        fixed: bool = False,
    ) -> bool:
        pair = (min(a, b), max(a, b))
        org_a, org_b = _entity_org(st, a), _entity_org(st, b)
        if a == b or pair in seen or st.is_forbidden(org_a, org_b):
            return False
        if (a[0] == "o" and a[1] == org_b) or (b[0] == "o" and b[1] == org_a):
            return False  # a player and their own organisation: not a tie
        (from_a, until_a), (from_b, until_b) = _entity_start(st, a), _entity_start(st, b)
        lo, hi = max(from_a, from_b) + days(30), min(until_a, until_b) - days(14)
        since = date_between(rng, lo, hi) if hi > lo else min(lo, hi)
        seen.add(pair)
        ties.append(Tie(a, b, intensity, context, since, theme, fixed=fixed))
        return True

    assert st.complementary is not None
    ca, cb = st.complementary
    add(("p", ca.owner), ("p", cb.owner), 3, COMPLEMENTARY_CONTEXT, "welzijn", fixed=True)
    add(("o", ca.lead), ("o", cb.lead), 3, COMPLEMENTARY_CONTEXT, "welzijn", fixed=True)
    for lead, other, act in st.required_pairs:
        context = rng.choice(PARTNER_CONTEXTS).format(title=act.title)
        add(("o", lead), ("o", other), rng.choice((2, 3)), context, act.themes[0], fixed=True)
    # partnerships named on activities, most frequent first
    counts: dict[tuple[str, str], list[Act]] = {}
    for act in st.acts:
        for partner in act.partners:
            counts.setdefault((min(act.lead, partner), max(act.lead, partner)), []).append(act)
    ranked = sorted(counts.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    for (x, y), acts in ranked:
        if len(ties) >= int(target * 0.45):
            break
        act = acts[0]
        freq = len(acts)
        intensity = pick(rng, (1, 2, 3, 4), (3, 4, 2, 1) if freq == 1 else (1, 3, 4, 2))
        context = rng.choice(PARTNER_CONTEXTS).format(title=act.title)
        owner = st.player_by_key[act.owner]
        if rng.random() < 0.45 and owner.active_until is None and owner.org == act.lead:
            other = y if act.lead == x else x
            add(("p", owner.key), ("o", other), intensity, context, act.themes[0])
        else:
            add(("o", x), ("o", y), intensity, context, act.themes[0])
    # people who work together in the same buurten, by role affinity
    people = list(st.players)
    guard = 0
    while len(ties) < target and guard < 5000:
        guard += 1
        p = rng.choice(people)
        roles = ROLE_PARTNERS[p.role].split()
        cands = [q for q in people if q.role in roles and q.org != p.org and p.covers & q.covers]
        if not cands:
            continue
        q = rng.choice(cands)
        shared = sorted(p.covers & q.covers)
        buurt = st.buurten[rng.choice(shared)]
        common = [t for t in p.themes if t in q.themes]
        theme = rng.choice(common) if common and rng.random() < 0.75 else None
        intensity = pick(rng, (1, 2, 3, 4), (35, 35, 20, 10))
        ctx = {
            "in_buurt": buurt.spec.in_name,
            "wijk": WIJKEN[buurt.wijk].name,
            "thema": THEME_LABELS[theme or rng.choice(p.themes)],
            "venue": buurt.spec.venue,
        }
        add(
            ("p", p.key),
            ("p", q.key),
            intensity,
            rng.choice(COLLAB_CONTEXTS[intensity]).format(**ctx),
            theme,
        )
    # about 8% hinder rather than strengthen
    flexible = [i for i, t in enumerate(ties) if not t.fixed]
    for i in rng.sample(flexible, round(len(ties) * 0.08)):
        tie = ties[i]
        buurt = st.buurten[rng.choice(list(st.buurten))]
        ctx = {
            "in_buurt": buurt.spec.in_name,
            "venue": buurt.spec.venue,
            "thema": THEME_LABELS[tie.theme or "participatie"],
        }
        tie.sign, tie.intensity = -1, rng.choice((1, 2))
        tie.context = rng.choice(NEGATIVE_CONTEXTS).format(**ctx)
    out = []
    for i, t in enumerate(ties, start=1):
        trust = value = None
        if rng.random() < 0.5:
            lo, hi = (2.2, 4.0) if t.sign > 0 else (1.0, 2.4)
            trust = round(rng.uniform(lo, hi), 1)
            value = round(min(4.0, max(1.0, trust + rng.uniform(-0.6, 0.5))), 1)
        out.append(
            CollaborationRecord(
                key=f"col-{i:03d}",
                municipality_code=MUNICIPALITY_CODE,
                a_player=t.a[1] if t.a[0] == "p" else None,
                a_organisation=t.a[1] if t.a[0] == "o" else None,
                b_player=t.b[1] if t.b[0] == "p" else None,
                b_organisation=t.b[1] if t.b[0] == "o" else None,
                intensity=t.intensity,
                sign=t.sign,
                context=t.context,
                since=t.since,
                theme=t.theme,
                trust=trust,
                value=value,
            )
        )
    return out
