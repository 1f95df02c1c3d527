"""``demo_field``: builds the demo municipality Lindeveen from one seed, step by step.

The steps run in a fixed order on one ``random.Random(seed)``; changing the order changes the
random draws and so the output for every seed.
"""

from __future__ import annotations

from speelveld.synth.demo.activities import activities_add, activity_record
from speelveld.synth.demo.areas import area_records
from speelveld.synth.demo.handovers import handover_records
from speelveld.synth.demo.organisations import organisation_records
from speelveld.synth.demo.planted import PLANTED_SPECS
from speelveld.synth.demo.players import player_record, players_add
from speelveld.synth.demo.state import DemoState
from speelveld.synth.demo.texts_places import MUNICIPALITY_NAME
from speelveld.synth.demo.ties import collaboration_records
from speelveld.synth.demo.vocabulary import MUNICIPALITY_CODE, NEGLECTED_BUURTEN
from speelveld.synth.records import FieldRecords


def demo_field(*, seed: int = 7, year: int = 2024) -> FieldRecords:
    """Build the demo municipality Lindeveen; the same seed always gives the same records."""
    st = DemoState(seed, year)
    areas = area_records(st)
    organisations = organisation_records(st)
    specs = st.rng.sample(PLANTED_SPECS, 10)
    players_add(st, protected={s for spec in specs for s in spec[1:]})
    activities_add(st, specs)
    ties = collaboration_records(st)
    handovers = handover_records(st)
    return FieldRecords(
        municipality_code=MUNICIPALITY_CODE,
        municipality_name=MUNICIPALITY_NAME,
        year=st.year,
        areas=areas,
        organisations=organisations,
        players=[player_record(p) for p in st.players],
        activities=[activity_record(a) for a in st.acts],
        collaborations=ties,
        handovers=handovers,
        planted_duplicates=[(a.key, b.key) for a, b in st.planted],
        neglected_areas=[st.area_codes[n] for n in NEGLECTED_BUURTEN],
    )
