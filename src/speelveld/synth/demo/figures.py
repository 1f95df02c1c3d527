"""Key figures of the demo buurten: drawn from a profile per buurt, rounded to fives like CBS."""

from __future__ import annotations

import random

from speelveld.synth.demo.draws import round5
from speelveld.synth.demo.texts_places import BuurtSpec
from speelveld.synth.demo.vocabulary import SOURCE, SUPPRESSED_BUURT
from speelveld.synth.records import AreaFiguresRecord

# (size range, age shares 0-15/15-25/25-45/45-65/65+, persons per household, share one-person,
#  share with children, share low income, share origin NL, share origin Europe)
# fmt: off
PROFILES: dict[str, tuple[tuple[int, int], tuple[float, ...], float, float, float, float,
                          float, float]] = {
    "gemengd": ((1800, 4500), (0.16, 0.12, 0.26, 0.27, 0.19), 2.15, 0.38, 0.30, 0.10, 0.72, 0.09),
    "arm": ((2500, 6000), (0.21, 0.14, 0.28, 0.22, 0.15), 2.30, 0.42, 0.33, 0.26, 0.45, 0.10),
    "oud": ((1200, 3500), (0.10, 0.08, 0.17, 0.27, 0.38), 1.75, 0.50, 0.15, 0.12, 0.82, 0.06),
    "arm-oud": ((1600, 3200), (0.11, 0.09, 0.19, 0.26, 0.35), 1.70, 0.55, 0.14, 0.29, 0.55, 0.08),
    "gezin": ((2000, 5200), (0.25, 0.12, 0.31, 0.22, 0.10), 2.70, 0.20, 0.48, 0.07, 0.74, 0.07),
    "jong": ((1500, 4500), (0.09, 0.24, 0.40, 0.17, 0.10), 1.60, 0.62, 0.14, 0.15, 0.62, 0.14),
    "welgesteld": ((900, 2500), (0.17, 0.11, 0.22, 0.30, 0.20), 2.30, 0.28, 0.32, 0.04, 0.84, 0.07),
}
AGE_FIELDS = ("age_0_15", "age_15_25", "age_25_45", "age_45_65", "age_65_plus")
# fmt: on


def buurt_figures(rng: random.Random, spec: BuurtSpec) -> dict[str, int]:
    size, ages, hh_size, one, kids, low, nl, eu = PROFILES[spec.profile]
    if spec.name == SUPPRESSED_BUURT:
        size = (600, 800)

    def jit(x: float) -> float:
        return x * rng.uniform(0.85, 1.15)

    inhabitants = min(6000, max(600, round5(rng.uniform(*size))))
    shares = [jit(a) for a in ages]
    out = {"inhabitants": inhabitants}
    for name, share in zip(AGE_FIELDS, shares, strict=True):
        out[name] = round5(inhabitants * share / sum(shares))
    households = round5(inhabitants / jit(hh_size))
    out["households"] = households
    out["one_person_households"] = round5(households * min(0.8, jit(one)))
    out["households_with_children"] = round5(households * min(0.6, jit(kids)))
    out["low_income_households"] = round5(households * jit(low))
    share_nl = min(0.92, jit(nl))
    share_eu = jit(eu)
    out["origin_netherlands"] = round5(inhabitants * share_nl)
    out["origin_europe"] = round5(inhabitants * share_eu)
    out["origin_outside_europe"] = round5(inhabitants * max(0.02, 1 - share_nl - share_eu))
    return out


def figures_record(year: int, v: dict[str, int], low: int | None) -> AreaFiguresRecord:
    return AreaFiguresRecord(
        year=year,
        inhabitants=v["inhabitants"],
        age_0_15=v["age_0_15"],
        age_15_25=v["age_15_25"],
        age_25_45=v["age_25_45"],
        age_45_65=v["age_45_65"],
        age_65_plus=v["age_65_plus"],
        households=v["households"],
        one_person_households=v["one_person_households"],
        households_with_children=v["households_with_children"],
        low_income_households=low,
        origin_netherlands=v["origin_netherlands"],
        origin_europe=v["origin_europe"],
        origin_outside_europe=v["origin_outside_europe"],
        source=SOURCE,
    )
