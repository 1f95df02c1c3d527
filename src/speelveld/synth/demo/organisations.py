"""Organisations of the demo: their records and the buurten each one works in."""

from __future__ import annotations

from speelveld.synth.demo.state import DemoState
from speelveld.synth.demo.texts_organisations import ORGANISATIONS
from speelveld.synth.demo.vocabulary import MUNICIPALITY_CODE
from speelveld.synth.records import OrganisationRecord

# where an organisation works, as wijk indices (None: everywhere)
ORG_REGION: dict[str, tuple[int, ...]] = {
    "wtn": (0, 1, 2),
    "wtz": (3, 4),
    "reg": (0,),
    "obs": (2,),
    "vhw": (2, 3, 4),
    "thg": (1, 2),
}


def organisation_records(st: DemoState) -> list[OrganisationRecord]:
    out = []
    for i, spec in enumerate(ORGANISATIONS, start=1):
        key = f"org-{i:03d}"
        st.orgs[spec.slug] = (key, spec)
        st.org_by_key[key] = spec
        out.append(
            OrganisationRecord(
                key,
                spec.name,
                spec.type,
                MUNICIPALITY_CODE,
                spec.description,
                f"https://www.{spec.domain}",
            )
        )
    return out


def org_buurten(st: DemoState, slug: str) -> list[str]:
    spec = st.orgs[slug][1]
    if spec.home:
        return [b for code in st.home_codes(spec) for b in st.expand(code)]
    region = ORG_REGION.get(slug)
    return [code for code, b in st.buurten.items() if region is None or b.wijk in region]
