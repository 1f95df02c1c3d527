"""A large synthetic municipality for page benchmarks: about 500 buurten, 5,000 players and
30,000 activities (the size of the largest Dutch municipalities' fields), as plain records.

Simpler than the demo (square buurten on a grid, texts from a few templates) but with the same
shape, so the pages do the same work. Deterministic for a seed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from speelveld.synth.demo import (
    ACTIVITY_TYPES,
    ORGANISATION_TYPES,
    PHASES,
    ROLES,
    TARGET_GROUPS,
    THEMES,
)
from speelveld.synth.records import (
    ActivityRecord,
    AreaFiguresRecord,
    AreaRecord,
    CollaborationRecord,
    FieldRecords,
    OrganisationRecord,
    PlayerRecord,
)

CODE = "GM9902"
START = date(2022, 1, 1)


def _square(x: int, y: int, size: float = 0.01) -> dict[str, object]:
    lon, lat = 4.8 + x * size * 1.6, 52.3 + y * size
    ring = [
        [lon, lat],
        [lon + size * 1.6, lat],
        [lon + size * 1.6, lat + size],
        [lon, lat + size],
        [lon, lat],
    ]
    return {"type": "Polygon", "coordinates": [ring]}


def large_field(
    *,
    seed: int = 1,
    wijken: int = 20,
    buurten_per_wijk: int = 25,
    organisations: int = 300,
    players: int = 5000,
    activities: int = 30000,
    collaborations: int = 12000,
) -> FieldRecords:
    """A municipality of ``wijken × buurten_per_wijk`` buurten and the given counts.

    >>> f = large_field(wijken=2, buurten_per_wijk=2, organisations=5, players=10,
    ...                 activities=20, collaborations=5)
    >>> f.counts()["activities"]
    20

    O(activities + players + collaborations).
    """
    rng = random.Random(seed)
    field = FieldRecords(municipality_code=CODE, municipality_name="Grootveen", year=2024)
    side = int((wijken * buurten_per_wijk) ** 0.5) + 1
    field.areas.append(AreaRecord(CODE, "Grootveen", "gemeente", 2024))
    buurt_codes: list[str] = []
    index = 0
    for w in range(1, wijken + 1):
        wijk = f"WK{CODE[2:]}{w:02d}"
        field.areas.append(AreaRecord(wijk, f"Wijk {w}", "wijk", 2024, parent_code=CODE))
        for b in range(1, buurten_per_wijk + 1):
            code = f"BU{CODE[2:]}{w:02d}{b:02d}"
            inhabitants = rng.randrange(500, 6000, 5)
            field.areas.append(
                AreaRecord(
                    code, f"Buurt {w}.{b}", "buurt", 2024, parent_code=wijk,
                    geometry=_square(index % side, index // side),
                    figures=(AreaFiguresRecord(2024, inhabitants,
                                               age_65_plus=inhabitants // 5,
                                               low_income_households=inhabitants // 12),),
                )
            )  # fmt: skip
            buurt_codes.append(code)
            index += 1
    for i in range(organisations):
        field.organisations.append(
            OrganisationRecord(f"o{i}", f"Organisatie {i}", ORGANISATION_TYPES[i % 12], CODE)
        )
    roles = [r for r in ROLES if r != "bewonersgroep"]
    for i in range(players):
        field.players.append(
            PlayerRecord(
                f"p{i}", f"Speler {i}", roles[i % len(roles)], f"o{i % organisations}",
                areas=tuple(rng.sample(buurt_codes, 3)),
                themes=tuple(rng.sample(THEMES, 2)),
                target_groups=tuple(rng.sample(TARGET_GROUPS, 2)),
                languages=("nl",), hours_per_week=24.0,
            )
        )  # fmt: skip
    types = list(ACTIVITY_TYPES)
    for i in range(activities):
        org = rng.randrange(organisations)
        owner = org + organisations * rng.randrange(max(1, players // organisations))
        start = START + timedelta(days=rng.randrange(1500))
        field.activities.append(
            ActivityRecord(
                f"a{i}", f"{types[i % len(types)].capitalize()} {i}",
                "Een activiteit in de buurt, met vrijwilligers en partners.", CODE,
                lead_organisation=f"o{org}",
                owner=f"p{owner}" if owner < players else None,
                activity_type=types[i % len(types)], method=None,
                phase=PHASES[i % len(PHASES)], status="lopend", start=start,
                end=start + timedelta(days=365) if i % 3 else None,
                areas=(rng.choice(buurt_codes),),
                themes=tuple(rng.sample(THEMES, 2)),
                target_groups=tuple(rng.sample(TARGET_GROUPS, 1)),
                partners=(f"o{(org + 1) % organisations}",) if i % 4 == 0 else (),
            )
        )  # fmt: skip
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < collaborations:
        a, b = rng.randrange(players), rng.randrange(players)
        if a != b:
            pairs.add((min(a, b), max(a, b)))
    for n, (a, b) in enumerate(sorted(pairs)):
        field.collaborations.append(
            CollaborationRecord(f"c{n}", CODE, a_player=f"p{a}", b_player=f"p{b}",
                                intensity=1 + n % 4, sign=-1 if n % 13 == 0 else 1)
        )  # fmt: skip
    return field
