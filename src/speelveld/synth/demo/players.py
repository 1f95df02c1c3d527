"""Players of the demo: professionals by role, eenpitters and resident groups, and who left."""

from __future__ import annotations

from speelveld.synth.demo.activity_types import TYPES
from speelveld.synth.demo.draws import ascii_slug, days, pick
from speelveld.synth.demo.organisations import ORG_REGION
from speelveld.synth.demo.roles import (
    GEMEENTE_ROLES,
    ROLE_GROUPS,
    ROLE_PLAN,
    ROLE_THEMES,
    WIJK_ROLES,
)
from speelveld.synth.demo.state import DemoState, Player
from speelveld.synth.demo.texts_organisations import ORGANISATIONS, OrgSpec
from speelveld.synth.demo.texts_people import NAME_POOLS
from speelveld.synth.demo.texts_places import WIJKEN
from speelveld.synth.demo.vocabulary import (
    MUNICIPALITY_CODE,
    REFERENCE_DATE,
    TARGET_GROUPS,
    THEMES,
)
from speelveld.synth.records import PlayerRecord

# languages a worker of a background may speak besides Dutch
HERITAGE: dict[str, tuple[str, ...]] = {
    "ma": ("ar", "tzm"),
    "tr": ("tr",),
    "sr": ("srn",),
    "an": ("pap",),
    "pl": ("pl",),
    "so": ("so",),
    "er": ("ti",),
    "uk": ("uk",),
    "sy": ("ar",),
    "af": ("fa",),
    "cn": ("zh",),
    "es": ("es",),
    "ro": ("ro",),
    "bg": ("bg",),
}


def players_add(st: DemoState, protected: set[str]) -> None:
    """All players; ``protected`` organisation slugs keep their eenpitter (planted pairs)."""
    rng = st.rng
    used_names: set[str] = set()
    for role, lo, hi, homes in ROLE_PLAN:
        for i in range(rng.randint(lo, hi)):
            slug = pick(rng, [s for s, _ in homes], [w for _, w in homes])
            _professional_add(st, role, slug, used_names, index=i)
    for spec in ORGANISATIONS:
        if spec.type == "zelfstandige":
            _professional_add(st, "eenpitter", spec.slug, used_names, index=0)
        for group in spec.groups:
            _group_add(st, spec, group)
    for spec in ORGANISATIONS:
        key = st.org_key(spec.slug)
        if not any(p.org == key for p in st.players):
            _professional_add(st, spec.default_role, spec.slug, used_names, index=0)
    while len(st.players) < 155:  # keep the field well inside 150-220 for every seed
        role = rng.choice(("opbouwwerker", "sociaal-makelaar", "maatschappelijk-werker"))
        _professional_add(st, role, "swl", used_names, index=0)
    # a few players left; some of them still own running work (planted orphans)
    leavers: list[Player] = []
    for role, n in (
        ("eenpitter", 1),
        ("opbouwwerker", 2),
        ("procesmanager-corporatie", 1),
        ("community-librarian", 1),
    ):
        # an eenpitter's organisation is left empty on purpose; others keep colleagues
        pool = [
            p
            for p in st.players
            if p.role == role
            and p not in leavers
            and (role != "eenpitter" or st.org_by_key[p.org].slug not in protected)
            and (
                role == "eenpitter"
                or sum(q.org == p.org and q.active_until is None for q in st.players) > 2
            )
        ]
        leavers.extend(rng.sample(pool, min(n, len(pool))))
    for p in leavers:
        until = REFERENCE_DATE - days(rng.randint(30, 420))
        p.active_until = until
        p.active_from = min(p.active_from, until - days(rng.randint(700, 2500)))
    st.leavers = leavers


def _professional_add(st: DemoState, role: str, slug: str, used: set[str], index: int) -> None:
    rng = st.rng
    key, spec = st.orgs[slug]
    backgrounds = list(NAME_POOLS)
    weights = [50, 9, 8, 6, 3, 3, 2, 2, 3, 3, 2, 2, 2, 1, 1]
    while True:
        bg = pick(rng, backgrounds, weights)
        first = rng.choice(NAME_POOLS[bg][0])
        last_bg = bg if rng.random() < 0.85 else "nl"
        last = rng.choice(NAME_POOLS[last_bg][1])
        name = f"{first} {last}"
        if name not in used:
            used.add(name)
            break
    langs = ["nl"]
    if bg in HERITAGE and rng.random() < 0.75:
        langs.extend(HERITAGE[bg][: rng.randint(1, len(HERITAGE[bg]))])
    for extra, p in (("en", 0.4), ("de", 0.06), ("fr", 0.04)):
        if rng.random() < p:
            langs.append(extra)
    areas = _player_areas(st, role, slug, index)
    covers = frozenset(b for a in areas for b in st.expand(a))
    themes = ROLE_THEMES[role].split()
    groups = ROLE_GROUPS[role].split()
    hours = float(rng.choice((8, 12, 16, 20, 24, 24, 28, 32, 32, 36, 36)))
    if role == "eenpitter":
        hours = float(rng.choice((8, 12, 16, 20, 24)))
    player = Player(
        key=st.next_key(),
        name=name,
        role=role,
        org=key,
        is_group=False,
        areas=areas,
        covers=covers,
        themes=tuple(rng.sample(themes, rng.randint(1, min(4, len(themes))))),
        groups=tuple(rng.sample(groups, rng.randint(1, min(3, len(groups))))),
        languages=tuple(dict.fromkeys(langs)),
        hours=hours,
        active_from=REFERENCE_DATE - days(int(rng.triangular(90, 6500, 1100))),
        email=f"{ascii_slug(first)}.{ascii_slug(last)}@{spec.domain}",
    )
    st.register(player)


def _player_areas(st: DemoState, role: str, slug: str, index: int) -> tuple[str, ...]:
    rng = st.rng
    if role in GEMEENTE_ROLES:
        return (MUNICIPALITY_CODE,)
    region = ORG_REGION.get(slug) or tuple(range(len(WIJKEN)))
    pops = [sum(st.buurten[c].figures["inhabitants"] for c in st.wijk_buurten[w]) for w in region]
    wijk = pick(rng, region, pops)
    if role in WIJK_ROLES:
        wijk = index if index < len(WIJKEN) else wijk
        return (st.wijk_codes[wijk],)
    if role != "eenpitter" and rng.random() < 0.15:
        return (st.wijk_codes[wijk],)
    k = pick(rng, (1, 2, 3, 4, 5, 6), (25, 25, 20, 12, 10, 8))
    if role == "eenpitter":
        k = rng.randint(1, 3)
    own = list(st.wijk_buurten[wijk])
    rng.shuffle(own)
    chosen = own[:k]
    if len(chosen) < k:
        others = [
            c for c in st.buurten if c not in chosen and any(st.adjacent(c, x) for x in chosen)
        ]
        chosen += others[: k - len(chosen)]
    return tuple(sorted(chosen))


def _group_add(st: DemoState, spec: OrgSpec, group: str) -> None:
    rng = st.rng
    areas = st.home_codes(spec)
    themes = sorted({t for f in spec.focus for t in TYPES[f].themes[:2]}, key=THEMES.index)
    groups = sorted({g for f in spec.focus for g in TYPES[f].groups[:2]}, key=TARGET_GROUPS.index)
    langs = ["nl"] + rng.sample(["ar", "tr", "en", "pap", "srn", "pl", "so"], rng.randint(0, 2))
    st.register(
        Player(
            key=st.next_key(),
            name=group,
            role="bewonersgroep",
            org=st.org_key(spec.slug),
            is_group=True,
            areas=areas,
            covers=frozenset(b for a in areas for b in st.expand(a)),
            themes=tuple(themes[:4]),
            groups=tuple(groups[:3]),
            languages=tuple(langs),
            hours=None,
            active_from=REFERENCE_DATE - days(rng.randint(200, 4000)),
        )
    )


def player_record(p: Player) -> PlayerRecord:
    return PlayerRecord(
        key=p.key,
        name=p.name,
        role=p.role,
        organisation=p.org,
        is_group=p.is_group,
        areas=p.areas,
        themes=p.themes,
        target_groups=p.groups,
        languages=p.languages,
        hours_per_week=p.hours,
        active_from=p.active_from,
        active_until=p.active_until,
        email=p.email,
    )
