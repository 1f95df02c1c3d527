"""A fictional national geography: gemeenten, wijken and buurten with CBS-style codes, names,
neighbours and key figures, drawn with numpy in one pass (no per-buurt Python work beyond names).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from speelveld.synth.demo.figures import PROFILES

# fmt: off
_GM_ROOTS = ("Linde", "Berken", "Eems", "Waal", "Maas", "Rijn", "Vecht", "Lek", "Gooi", "Kempen",
             "Eiken", "Beuken", "Wilgen", "Heide", "Zand", "Klei", "Veen", "Water", "Wind", "Molen",
             "Kerk", "Brug", "Sluis", "Dijk", "Hoog", "Laag", "Groen", "Wit", "Rood", "Blauw")
_GM_SUFFIXES = ("dam", "dijk", "veen", "wold", "hoven", "horst", "broek", "wijk", "hem", "loo",
                "rode", "meer", "zande", "berg", "haven", "burg", "stede", "donk")
_BU_ROOTS = ("Tulpen", "Rozen", "Eiken", "Beuken", "Linden", "Kerk", "Molen", "Dijk", "Haven",
             "Vogel", "Schilders", "Componisten", "Bloemen", "Sterren", "Bomen", "Vissers",
             "Boeren", "Akker", "Koren", "Haver", "Riet", "Kastanje", "Populieren", "Water",
             "Park", "Station", "Markt", "Brink", "Singel", "Polder", "Duin", "Heide", "Esch",
             "Noorder", "Zuider", "Ooster", "Wester", "Oude", "Nieuwe", "Hoge", "Lage", "Kanaal",
             "Spoor", "Zon", "Maan", "Lente", "Zomer", "Herfst", "Winter", "Fazanten", "Merel",
             "Lijster", "Zwanen", "Ganzen", "Eenden", "Reiger", "Ooievaar", "Klaver", "Distel")
# (suffix, the form inside a sentence: "in de Tulpenbuurt", "in het Marktkwartier", ...)
_BU_SUFFIXES = (("buurt", "in de"), ("wijk", "in de"), ("hof", "in de"), ("kwartier", "in het"),
                ("dorp", "in het"), ("veld", "in het"), ("park", "in het"), ("laan", "rond de"),
                ("plein", "rond het"), ("weide", "in de"), ("kamp", "in de"), ("akker", "op de"))
_VENUES = ("buurthuis De {}", "wijkcentrum De {}", "het buurtpaviljoen {}", "de Brede School {}",
           "speeltuin De {}", "ontmoetingscentrum De {}", "de bibliotheek {}", "het kerkje {}")
_VENUE_NAMES = ("Schakel", "Molen", "Brug", "Akker", "Regenboog", "Klimboom", "Linde", "Horizon",
                "Ster", "Zonnebloem", "Kroon", "Vonk", "Wieken", "Stek", "Boog", "Haven")
FIGURES = ("inhabitants", "age_0_15", "age_15_25", "age_25_45", "age_45_65", "age_65_plus",
           "households", "one_person_households", "households_with_children",
           "low_income_households", "origin_netherlands", "origin_europe", "origin_outside_europe")
# fmt: on

SCALES = {"national": (342, 14_500), "small": (3, 150)}


@dataclass
class Geography:
    gm_code: list[str]
    gm_name: list[str]
    wk_code: list[str]
    wk_name: list[str]
    wk_gm: npt.NDArray[np.int32]
    bu_code: list[str]
    bu_name: list[str]
    bu_in: list[str]  # "in de Tulpenbuurt"
    bu_venue: list[str]
    bu_wk: npt.NDArray[np.int32]
    bu_gm: npt.NDArray[np.int32]
    nb_ptr: npt.NDArray[np.int64]  # neighbour buurten, CSR
    nb_idx: npt.NDArray[np.int32]
    figures: dict[str, npt.NDArray[np.float64]]  # NaN = suppressed

    @property
    def n_buurten(self) -> int:
        return len(self.bu_code)


def _sizes(
    rng: np.random.Generator, n: int, total: int, sigma: float, lo: int
) -> npt.NDArray[np.int64]:
    raw = rng.lognormal(0.0, sigma, n)
    sizes = np.maximum(lo, np.round(raw / raw.sum() * total)).astype(np.int64)
    sizes[np.argmax(sizes)] += total - int(sizes.sum())  # hit the total exactly
    return np.asarray(sizes, dtype=np.int64)


def geography_draw(rng: np.random.Generator, scale: str) -> Geography:
    n_gm, n_bu = SCALES[scale]
    gm_numbers = np.sort(rng.choice(np.arange(1, 2000), size=n_gm, replace=False))
    combos = [r + s for r in _GM_ROOTS for s in _GM_SUFFIXES]
    names = [combos[i] for i in rng.permutation(len(combos))[:n_gm]]
    bu_per_gm = np.minimum(_sizes(rng, n_gm, n_bu, 0.9, 8), 600)  # the largest: ~500 buurten
    short = n_bu - int(bu_per_gm.sum())  # what the cap took, back to the next largest
    bu_per_gm[np.argsort(-bu_per_gm, kind="stable")[1 : short + 1]] += 1
    wk_code: list[str] = []
    wk_name: list[str] = []
    wk_gm: list[int] = []
    bu_code: list[str] = []
    bu_name: list[str] = []
    bu_in: list[str] = []
    bu_venue: list[str] = []
    bu_wk: list[int] = []
    bu_gm: list[int] = []
    labels = [(r + s, f"{art} {r}{s}") for r in _BU_ROOTS for s, art in _BU_SUFFIXES]
    for g in range(n_gm):
        nb = int(bu_per_gm[g])
        n_wk = int(min(99, max(1, round(nb / 4.4))))
        # every wijk gets at least one buurt; the rest is spread unevenly
        per_wk = 1 + np.bincount(rng.integers(0, n_wk, nb - n_wk), minlength=n_wk)
        picks = rng.permutation(len(labels))[:nb]
        k = 0
        for w in range(n_wk):
            w_index = len(wk_code)
            wk_code.append(f"WK{gm_numbers[g]:04d}{w:02d}")
            wk_name.append(f"Wijk {w:02d} {names[g]}")
            wk_gm.append(g)
            for b in range(int(per_wk[w])):
                name, in_name = labels[picks[k]]
                k += 1
                bu_code.append(f"BU{gm_numbers[g]:04d}{w:02d}{b:02d}")
                bu_name.append(name)
                bu_in.append(in_name)
                venue = _VENUES[(picks[k - 1] + b) % len(_VENUES)]
                bu_venue.append(venue.format(_VENUE_NAMES[picks[k - 1] % len(_VENUE_NAMES)]))
                bu_wk.append(w_index)
                bu_gm.append(g)
    gm = np.array(bu_gm, dtype=np.int32)
    nb_ptr, nb_idx = _neighbours(gm)
    return Geography(
        gm_code=[f"GM{x:04d}" for x in gm_numbers],
        gm_name=names,
        wk_code=wk_code,
        wk_name=wk_name,
        wk_gm=np.array(wk_gm, dtype=np.int32),
        bu_code=bu_code,
        bu_name=bu_name,
        bu_in=bu_in,
        bu_venue=bu_venue,
        bu_wk=np.array(bu_wk, dtype=np.int32),
        bu_gm=gm,
        nb_ptr=nb_ptr,
        nb_idx=nb_idx,
        figures=_figures(rng, len(bu_code)),
    )


def _neighbours(gm: npt.NDArray[np.int32]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int32]]:
    """Buurten of a gemeente on a square grid in code order; neighbours share a side."""
    n = len(gm)
    start = np.searchsorted(gm, gm, side="left")
    size = np.bincount(gm)[gm]
    local = np.arange(n) - start
    width = np.ceil(np.sqrt(size)).astype(np.int64)
    cand = []
    for delta_row, delta_col in ((0, -1), (0, 1), (-1, 0), (1, 0)):
        row, col = local // width + delta_row, local % width + delta_col
        other = row * width + col
        ok = (col >= 0) & (col < width) & (row >= 0) & (other < size) & (other >= 0)
        cand.append(np.where(ok, start + other, -1))
    mat = np.stack(cand, axis=1)
    counts = (mat >= 0).sum(axis=1)
    ptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts, out=ptr[1:])
    return ptr, mat[mat >= 0].astype(np.int32)


def _figures(rng: np.random.Generator, n: int) -> dict[str, npt.NDArray[np.float64]]:
    """Key figures from the demo's buurt profiles, rounded to fives and suppressed like CBS:
    all figures of buurten under 50 inhabitants, and some low-income figures."""
    profiles = list(PROFILES.values())
    which = rng.integers(0, len(profiles), n)
    size = np.array([p[0] for p in profiles], dtype=np.float64)[which]
    inhabitants = rng.lognormal(np.log(size.mean(axis=1) / 2.0), 0.9)
    inhabitants[rng.random(n) < 0.02] = 0.0  # industrial estates, parks: no residents
    tiny = rng.random(n) < 0.04
    inhabitants = np.where(tiny, rng.integers(0, 180, n), inhabitants)
    inhabitants = np.clip(np.round(inhabitants / 5) * 5, 0, 25_000)
    ages = np.array([p[1] for p in profiles])[which] * rng.uniform(0.85, 1.15, (n, 5))
    ages /= ages.sum(axis=1, keepdims=True)
    out: dict[str, npt.NDArray[np.float64]] = {"inhabitants": inhabitants}
    for k, name in enumerate(FIGURES[1:6]):
        out[name] = np.round(inhabitants * ages[:, k] / 5) * 5
    hh_size = np.array([p[2] for p in profiles])[which] * rng.uniform(0.9, 1.1, n)
    households = np.round(inhabitants / hh_size / 5) * 5
    out["households"] = households

    def share(col: int, cap: float) -> npt.NDArray[np.float64]:
        s = np.array([p[col] for p in profiles])[which] * rng.uniform(0.85, 1.15, n)
        return np.minimum(cap, s)

    out["one_person_households"] = np.round(households * share(3, 0.8) / 5) * 5
    out["households_with_children"] = np.round(households * share(4, 0.6) / 5) * 5
    out["low_income_households"] = np.round(households * share(5, 0.5) / 5) * 5
    nl, eu = share(6, 0.92), share(7, 0.2)
    out["origin_netherlands"] = np.round(inhabitants * nl / 5) * 5
    out["origin_europe"] = np.round(inhabitants * eu / 5) * 5
    out["origin_outside_europe"] = np.round(inhabitants * np.maximum(0.02, 1 - nl - eu) / 5) * 5
    suppressed = inhabitants < 50
    for name in FIGURES[1:]:
        out[name][suppressed] = np.nan
    out["low_income_households"][rng.random(n) < 0.03] = np.nan
    return out
