"""Areas of the demo: the gemeente, its stadsdelen, wijken and buurten, with shape and figures."""

from __future__ import annotations

from collections.abc import Sequence

from speelveld.synth.demo.figures import buurt_figures, figures_record
from speelveld.synth.demo.geometry import (
    COLS,
    ROWS,
    STADSDEEL_OF_WIJK,
    WIJK_LAYOUT,
    lattice,
    polygon,
)
from speelveld.synth.demo.state import Buurt, DemoState
from speelveld.synth.demo.texts_places import MUNICIPALITY_NAME, STADSDELEN, WIJKEN
from speelveld.synth.demo.vocabulary import (
    MUNICIPALITY_CODE,
    NEGLECTED_BUURTEN,
    SINGLE_ACTIVITY_BUURT,
    SUPPRESSED_BUURT,
)
from speelveld.synth.records import AreaFiguresRecord, AreaRecord


def area_records(st: DemoState) -> list[AreaRecord]:
    """Lay out the buurten on the lattice, draw their figures and return all area records."""
    coords = lattice(st.rng)
    cells_of_wijk: list[list[tuple[int, int]]] = [[] for _ in WIJKEN]
    for r in range(ROWS - 1, -1, -1):  # reading order: north to south, west to east
        for c in range(COLS):
            cells_of_wijk[int(WIJK_LAYOUT[r][c])].append((r, c))
    cell_code: dict[tuple[int, int], str] = {}
    for w, wspec in enumerate(WIJKEN):
        wcode = f"WK{MUNICIPALITY_CODE[2:]}{w + 1:02d}"
        st.wijk_codes.append(wcode)
        st.area_codes[wspec.name] = wcode
        assert len(wspec.buurten) == len(cells_of_wijk[w])
        codes = []
        for i, (bspec, cell) in enumerate(zip(wspec.buurten, cells_of_wijk[w], strict=True)):
            code = f"BU{wcode[2:]}{i + 1:02d}"
            st.buurten[code] = Buurt(code, bspec, w, cell)
            st.area_codes[bspec.name] = code
            cell_code[cell] = code
            codes.append(code)
        st.wijk_buurten.append(codes)
    st.excluded = {st.area_codes[n] for n in (*NEGLECTED_BUURTEN, SINGLE_ACTIVITY_BUURT)}
    for (r, c), code in cell_code.items():
        near = [
            cell_code[n] for n in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)) if n in cell_code
        ]
        st.buurten[code].neighbours = [
            n for n in near if st.buurten[n].wijk == st.buurten[code].wijk
        ]
    # key figures; the suppressed value still counts in the (published) totals above it
    for b in st.buurten.values():
        b.figures = buurt_figures(st.rng, b.spec)
        # need weighs size (sub-linearly) with the shares of low incomes and elderly
        poor = b.figures["low_income_households"] / max(1, b.figures["households"])
        old = b.figures["age_65_plus"] / max(1, b.figures["inhabitants"])
        b.need = b.figures["inhabitants"] ** 0.75 * (1 + 3 * poor + 1.5 * old)

    def sums(codes: Sequence[str]) -> AreaFiguresRecord:
        keys = list(st.buurten[codes[0]].figures)
        total = {k: sum(st.buurten[c].figures[k] for c in codes) for k in keys}
        return figures_record(st.year, total, total["low_income_households"])

    gm = MUNICIPALITY_CODE
    all_codes = [c for codes in st.wijk_buurten for c in codes]
    records = [
        AreaRecord(
            gm,
            MUNICIPALITY_NAME,
            "gemeente",
            st.year,
            geometry=polygon(coords, list(cell_code)),
            figures=(sums(all_codes),),
        )
    ]
    for s, name in enumerate(STADSDELEN):
        wijken = [w for w in range(len(WIJKEN)) if STADSDEEL_OF_WIJK[w] == s]
        cells = [cell for w in wijken for cell in cells_of_wijk[w]]
        codes = [c for w in wijken for c in st.wijk_buurten[w]]
        records.append(
            AreaRecord(
                f"SD{gm[2:]}{s + 1:02d}",
                name,
                "stadsdeel",
                st.year,
                parent_code=gm,
                geometry=polygon(coords, cells),
                figures=(sums(codes),),
            )
        )
    for w, wspec in enumerate(WIJKEN):
        records.append(
            AreaRecord(
                st.wijk_codes[w],
                wspec.name,
                "wijk",
                st.year,
                parent_code=gm,
                layer_code=f"SD{gm[2:]}{STADSDEEL_OF_WIJK[w] + 1:02d}",
                geometry=polygon(coords, cells_of_wijk[w]),
                figures=(sums(st.wijk_buurten[w]),),
            )
        )
    for code, b in st.buurten.items():
        low = None if b.spec.name == SUPPRESSED_BUURT else b.figures["low_income_households"]
        figures = figures_record(st.year, b.figures, low)
        records.append(
            AreaRecord(
                code,
                b.spec.name,
                "buurt",
                st.year,
                parent_code=st.wijk_codes[b.wijk],
                geometry=polygon(coords, [b.cell]),
                figures=(figures,),
            )
        )
    return records
