"""Building blocks for activities: owner, period, phase, texts, themes, partners and conflicts.

``act_draft`` puts them together; a draft only becomes an activity through ``DemoState.commit``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from speelveld.synth.demo.activity_types import PHASE_WEIGHTS, TYPES
from speelveld.synth.demo.draws import capitalised, date_between, days, overlaps, pick, sample
from speelveld.synth.demo.organisations import org_buurten
from speelveld.synth.demo.state import Act, DemoState, Player
from speelveld.synth.demo.texts_activities import ACTIVITY_TEXTS, ORG_VOICE, PROFILE_INTROS
from speelveld.synth.demo.texts_places import WIJKEN
from speelveld.synth.demo.vocabulary import DAYPARTS, DAYS, REFERENCE_DATE


def owner_choose(st: DemoState, org_key: str, atype: str, buurt: str) -> Player | None:
    people = st.current(org_key)
    if not people:
        return None
    roles = TYPES[atype].roles
    weights = [1 + 3 * (p.role in roles) + 4 * (buurt in p.covers) for p in people]
    return pick(st.rng, people, weights)


def period_draw(
    st: DemoState, status: str, earliest: date, latest: date = REFERENCE_DATE
) -> tuple[str, date, date | None]:
    rng, ref = st.rng, REFERENCE_DATE
    lo = max(earliest, date(2018, 1, 1))
    if status in ("afgerond", "gestopt") and (latest - lo).days < 120:
        status = "lopend"
    if status == "gepland":
        start = ref + days(rng.randint(7, 200))
        return (
            status,
            start,
            None if rng.random() < 0.5 else start + days(rng.randint(60, 400)),
        )
    if status in ("lopend", "gepauzeerd"):
        span = max(0, (min(latest, ref) - days(14) - lo).days)
        start = min(latest, ref) - days(14) - days(int(span * rng.random() ** 1.6))
        end = None if rng.random() < 0.55 else ref + days(rng.randint(20, 500))
        return status, start, end
    start = date_between(rng, lo, latest - days(90))
    length = rng.randint(60, 900) if status == "afgerond" else rng.randint(20, 300)
    end = min(start + days(length), latest - days(1), ref - days(1))
    return status, start, max(end, start + days(30))


def phase_draw(st: DemoState, status: str, atype: str, allowed: Sequence[str] | None = None) -> str:
    weights = dict(PHASE_WEIGHTS[status])
    if atype == "wijkscan-deur-aan-deur":
        for ph, f in (("signaleren", 4), ("analyseren", 3)):
            if ph in weights:
                weights[ph] *= f
    if atype == "netwerkoverleg" and "verbinden" in weights:
        weights["verbinden"] *= 3
    names = [p for p in weights if allowed is None or p in allowed]
    return pick(st.rng, names, [weights[p] for p in names])


def texts_draw(
    st: DemoState,
    atype: str,
    lead_slug: str,
    areas: Sequence[str],
    covers: Sequence[str],
    year: int,
    template: tuple[str, str] | None = None,
) -> tuple[str, str]:
    """Title and description: titles[i] goes with descriptions[i], or a fixed template."""
    rng = st.rng
    titles, descs = ACTIVITY_TEXTS[atype]
    if template is not None:
        titles, descs = (template[0],), (template[1],)
    main = st.buurten[covers[0]]
    wspec = WIJKEN[main.wijk]
    if areas[0] in st.wijk_codes:
        place, in_place, venue = wspec.name, wspec.in_name, wspec.venue
    else:
        place, in_place, venue = main.spec.name, main.spec.in_name, main.spec.venue
    org = st.orgs[lead_slug][1]
    ctx = {
        "buurt": place,
        "in_buurt": in_place,
        "In_buurt": capitalised(in_place),
        "wijk": wspec.name,
        "venue": venue,
        "dag": rng.choice(DAYS),
        "dagdeel": rng.choice(DAYPARTS),
        "org": org.name,
    }
    order = list(range(len(titles)))
    rng.shuffle(order)
    chosen = order[0]
    for i in order:  # prefer a title that is not taken yet
        chosen = i
        if titles[i].format(**ctx) not in st.used_titles:
            break
    title = titles[chosen].format(**ctx)
    if title in st.used_titles:
        title = f"{title} {year}"  # e.g. the same festival in another year
    st.used_titles.add(title)
    parts = []
    if rng.random() < 0.3:
        parts.append(rng.choice(PROFILE_INTROS[main.spec.profile]))
    parts.append(descs[chosen] if chosen < len(descs) else rng.choice(descs))
    if rng.random() < 0.45:
        parts.append(rng.choice(ORG_VOICE[org.type]))
    return capitalised(title), " ".join(p.format(**ctx) for p in parts)


def themes_draw(
    st: DemoState, atype: str, primary: str | None = None, extra: int | None = None
) -> tuple[str, ...]:
    rng, spec = st.rng, TYPES[atype]
    if primary is None:
        primary = spec.themes[0] if rng.random() < 0.7 else rng.choice(spec.themes)
    rest = [t for t in spec.themes if t != primary]
    n = extra if extra is not None else pick(rng, (0, 1, 2), (35, 45, 20))
    return (primary, *rng.sample(rest, min(n, len(rest))))


def groups_draw(
    st: DemoState, atype: str, first: str | None = None, extra: int | None = None
) -> tuple[str, ...]:
    rng, spec = st.rng, TYPES[atype]
    if first is None:
        first = pick(
            rng, spec.groups, [len(spec.groups) - i + 1.0 for i in range(len(spec.groups))]
        )
    rest = [g for g in spec.groups if g != first]
    n = extra if extra is not None else pick(rng, (0, 1, 2), (40, 40, 20))
    return (first, *rng.sample(rest, min(n, len(rest))))


def reach_draw(st: DemoState, atype: str, status: str, wide: bool) -> int | None:
    rng = st.rng
    none_p = 0.7 if atype == "netwerkoverleg" else 0.12
    if status == "gepland":
        none_p = 0.8
    if rng.random() < none_p:
        return None
    lo, hi = TYPES[atype].reach
    return min(400, int(rng.randint(lo, hi) * (1.5 if wide else 1)))


def partners_draw(st: DemoState, atype: str, lead: str, covers: Sequence[str], k: int) -> list[str]:
    cands, weights = [], []
    spec = TYPES[atype]
    for slug, (key, org) in st.orgs.items():
        if key == lead or st.is_forbidden(key, lead):
            continue
        if org.type == "bewoners":
            fits = bool(set(org_buurten(st, slug)) & set(covers))
        elif org.type in ("gemeente", "fonds"):
            fits = True  # they commission, fund or facilitate any kind of work
        else:
            fits = org.type in spec.orgs and (atype in org.focus or not org.strict)
        if not fits:
            continue
        cands.append(key)
        weights.append(org.weight * (2 if atype in org.focus else 1))
    return sample(st.rng, cands, weights, k)


def conflicts_find(st: DemoState, act: Act) -> list[str] | None:
    """Other organisations doing the same work in the same place at the same time.

    ``None`` means the draft may not be placed at all (a reserved or forbidden clash).
    """
    found: list[str] = []
    for b in act.covers:
        if (act.type, b) in st.reserved:
            return None
        for other in st.occupied.get((act.type, b), []):
            if other.lead == act.lead or not overlaps(
                (act.start, act.end), (other.start, other.end)
            ):
                continue
            if act.lead in other.partners or other.lead in act.partners:
                continue
            if st.is_forbidden(act.lead, other.lead):
                return None
            if other.lead not in found:
                found.append(other.lead)
    return found


def act_draft(
    st: DemoState,
    *,
    atype: str,
    lead_slug: str,
    owner: Player,
    areas: tuple[str, ...],
    status: str,
    start: date,
    end: date | None,
    phase: str | None = None,
    themes: tuple[str, ...] | None = None,
    groups: tuple[str, ...] | None = None,
    partners: tuple[str, ...] = (),
    template: tuple[str, str] | None = None,
    kind: str = "regular",
    texts: tuple[str, str] | None = None,
) -> Act:
    rng = st.rng
    covers = tuple(b for a in areas for b in st.expand(a))
    title, desc = texts or texts_draw(st, atype, lead_slug, areas, covers, start.year, template)
    resident = st.orgs[lead_slug][1].type == "bewoners"
    methods = TYPES[atype].methods
    return Act(
        title=title,
        description=desc,
        type=atype,
        lead=st.org_key(lead_slug),
        owner=owner.key,
        method=None if rng.random() < 0.25 else rng.choice(methods),
        phase=phase or phase_draw(st, status, atype),
        status=status,
        start=start,
        end=end,
        areas=areas,
        covers=covers,
        themes=themes or themes_draw(st, atype),
        groups=groups or groups_draw(st, atype),
        partners=partners,
        reach=reach_draw(st, atype, status, areas[0] in st.wijk_codes),
        resident_led=resident,
        kind=kind,
    )


def buurt_for(st: DemoState, slugs: Sequence[str], avoid: Sequence[str] = ()) -> str | None:
    pools = [set(st.eligible(org_buurten(st, s))) for s in slugs]
    common = [b for b in st.buurten if all(b in p for p in pools) and b not in avoid]
    if not common:
        return None
    return pick(st.rng, common, [st.buurten[b].need for b in common])
