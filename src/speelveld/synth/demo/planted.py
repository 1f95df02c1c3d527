"""Planted findings among the activities, so analyses can check themselves.

- a complementary pair in ``COMPLEMENTARY_VENUE``: similar work that is *not* a duplicate;
- exactly one activity in ``SINGLE_ACTIVITY_BUURT``;
- planted duplicates: two unconnected organisations doing the same work in the same buurt at the
  same time, described in different words;
- orphans: work of players who left that still runs under their name.
"""

from __future__ import annotations

from speelveld.synth.demo.activity_types import TYPES
from speelveld.synth.demo.drafting import (
    act_draft,
    buurt_for,
    conflicts_find,
    groups_draw,
    owner_choose,
    partners_draw,
    period_draw,
    phase_draw,
    themes_draw,
)
from speelveld.synth.demo.draws import days
from speelveld.synth.demo.state import DemoState
from speelveld.synth.demo.texts_planted import COMPLEMENTARY_TEXTS, PLANTED_TEXTS
from speelveld.synth.demo.vocabulary import DAYS, REFERENCE_DATE, SINGLE_ACTIVITY_BUURT

# fmt: off
# (activity type, organisation a, organisation b): candidates for planted duplicates
PLANTED_SPECS: tuple[tuple[str, str, str], ...] = (
    ("samen-eten", "swl", "pdl"), ("taal", "bib", "swl"), ("taal", "tlh", "mos"),
    ("huiswerk", "jol", "reg"), ("digitaal", "bib", "nsj"), ("schuldhulp", "gwl", "pci"),
    ("ontmoeting", "swl", "bwz"), ("mantelzorg", "wtn", "nsj"), ("voedselhulp", "vbl", "ank"),
    ("energie", "vhw", "kvh"), ("beweeg", "spb", "swl"), ("jongerenwerk", "jol", "kde"),
    ("opvoeden", "obs", "swl"), ("ontmoeting", "pdl", "dbb"),
)
# fmt: on


def complementary_add(st: DemoState) -> None:
    buurt = st.area_codes["Beukenbuurt"]
    corp, welfare = st.org_key("wsl"), st.org_key("swl")
    corp_people = sorted(
        st.current(corp),
        key=lambda p: (p.role != "sociaal-beheerder", buurt not in p.covers),
    )
    owner_a = corp_people[0]
    owner_b = owner_choose(st, welfare, "ontmoeting", buurt) or st.current(welfare)[0]
    (title_a, desc_a), (title_b, desc_b) = COMPLEMENTARY_TEXTS
    day = st.rng.choice(DAYS)
    org_name = st.orgs["wsl"][1].name
    start = REFERENCE_DATE - days(st.rng.randint(200, 600))
    a = act_draft(
        st,
        atype="ontmoeting",
        lead_slug="wsl",
        owner=owner_a,
        areas=(buurt,),
        status="lopend",
        start=start,
        end=None,
        phase="ondersteunen",
        themes=("welzijn", "eenzaamheid"),
        groups=("huurders", "ouderen"),
        partners=(welfare,),
        kind="complementary",
        texts=(title_a, desc_a.format(dag=day, org=org_name)),
    )
    b = act_draft(
        st,
        atype="ontmoeting",
        lead_slug="swl",
        owner=owner_b,
        areas=(buurt,),
        status="lopend",
        start=start + days(st.rng.randint(20, 90)),
        end=None,
        phase="activeren",
        themes=("welzijn", "participatie"),
        groups=("huurders", "alleenstaanden"),
        partners=(corp,),
        kind="complementary",
        texts=(title_b, desc_b),
    )
    st.commit(a, reserve=True)
    st.commit(b, reserve=True)
    st.complementary = (a, b)


def single_add(st: DemoState) -> None:
    buurt = st.area_codes[SINGLE_ACTIVITY_BUURT]
    lead = st.org_key("swl")
    owner = owner_choose(st, lead, "ontmoeting", buurt) or st.current(lead)[0]
    status, start, end = period_draw(st, "lopend", owner.active_from)
    st.commit(
        act_draft(
            st,
            atype="ontmoeting",
            lead_slug="swl",
            owner=owner,
            areas=(buurt,),
            status=status,
            start=start,
            end=end,
            kind="single",
        )
    )


def planted_pair_add(st: DemoState, atype: str, slug_a: str, slug_b: str) -> None:
    rng = st.rng
    used = [b for pair in st.planted for b in pair[0].covers]
    taken = [b for b in st.buurten if (atype, b) in st.reserved]
    buurt = buurt_for(st, (slug_a, slug_b), avoid=[*used, *taken]) or buurt_for(
        st, (slug_a, slug_b), avoid=taken
    )
    if buurt is None:
        return
    key_a, key_b = st.org_key(slug_a), st.org_key(slug_b)
    spec = TYPES[atype]
    primary = rng.choice(spec.themes[:2])
    group = rng.choice(spec.groups[:2])
    wordings = PLANTED_TEXTS[(atype, slug_a, slug_b)]  # the same work, in two voices
    pair = []
    for n, (slug, key) in enumerate(((slug_a, key_a), (slug_b, key_b))):
        owner = owner_choose(st, key, atype, buurt)
        assert owner is not None, slug
        areas: tuple[str, ...] = (buurt,)
        near = [
            b for b in st.eligible(st.buurten[buurt].neighbours) if not st.occupied.get((atype, b))
        ]
        if n == 1 and near and rng.random() < 0.35:
            areas = (buurt, rng.choice(near))
        start = REFERENCE_DATE - days(rng.randint(45, 900))
        start = max(start, owner.active_from + days(7))
        end = None if rng.random() < 0.6 else REFERENCE_DATE + days(rng.randint(30, 400))
        others = [
            p
            for p in partners_draw(st, atype, key, (buurt,), rng.randint(0, 1))
            if p not in (key_a, key_b)
        ]
        pair.append(
            act_draft(
                st,
                atype=atype,
                lead_slug=slug,
                owner=owner,
                areas=areas,
                status="lopend",
                start=start,
                end=end,
                phase=phase_draw(st, "lopend", atype, ("activeren", "organiseren", "ondersteunen")),
                themes=themes_draw(st, atype, primary, rng.randint(0, 1)),
                groups=groups_draw(st, atype, group, rng.randint(0, 1)),
                partners=tuple(others),
                template=wordings[n],
                kind="planted",
            )
        )
    for act in pair:
        st.commit(act, reserve=True)
    st.forbid(key_a, key_b)
    st.planted.append((pair[0], pair[1]))


def orphans_add(st: DemoState) -> None:
    """Leavers' work: some still runs under their name (orphaned), some ended in time."""
    rng = st.rng
    running = {"eenpitter": 2, "opbouwwerker": 1, "procesmanager-corporatie": 1}
    seen_roles: list[str] = []
    for p in st.leavers:
        n = running.get(p.role, 0) if p.role not in seen_roles else 0
        seen_roles.append(p.role)
        slug = st.org_by_key[p.org].slug
        types = [t for t, s in TYPES.items() if p.role in s.roles] or ["ontmoeting"]
        assert p.active_until is not None
        for status in ["lopend"] * n + (["afgerond"] if n == 0 else []):
            for _ in range(20):
                atype = rng.choice(types)
                pool = st.eligible(sorted(p.covers)) or st.eligible(list(st.buurten))
                buurt = rng.choice(pool)
                drawn, start, end = period_draw(
                    st, status, p.active_from, latest=p.active_until - days(30)
                )
                if drawn == "lopend":
                    end = None
                act = act_draft(
                    st,
                    atype=atype,
                    lead_slug=slug,
                    owner=p,
                    areas=(buurt,),
                    status=drawn,
                    start=start,
                    end=end,
                    kind="orphan" if drawn == "lopend" else "regular",
                )
                if conflicts_find(st, act) == []:
                    st.commit(act)
                    break
