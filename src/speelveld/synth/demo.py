"""The demo municipality: a fictional but realistic playing field for "Lindeveen" (GM9901).

``demo_field(seed=7)`` returns plain records (``FieldRecords``): areas with geometry and key
figures, organisations, players, activities, collaborations and hand-overs. Pure Python and fully
deterministic for a seed: one ``random.Random(seed)``, no set iteration, no ``hash()``, and a fixed
``REFERENCE_DATE`` instead of today.

Some things are planted on purpose, so analyses can check themselves:

- ``planted_duplicates``: pairs of activities of two different, unconnected organisations doing
  the same kind of work in the same buurt at the same time, described in different words;
- ``neglected_areas``: buurten with real need where nothing at all happens;
- the buurt ``SINGLE_ACTIVITY_BUURT`` with exactly one activity;
- a complementary pair in ``COMPLEMENTARY_VENUE`` (corporation and welfare organisation, partners
  with a collaboration tie): similar work that is *not* a duplicate;
- players who left (``active_until`` in the past) but still own running activities;
- activities in the phases borgen-overdragen/loslaten without any hand-over, and overdue ones.
"""

from __future__ import annotations

import math
import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypeVar

from speelveld.synth import demo_texts as tx
from speelveld.synth.records import (
    ActivityRecord,
    AreaFiguresRecord,
    AreaRecord,
    CollaborationRecord,
    FieldRecords,
    HandoverRecord,
    OrganisationRecord,
    PlayerRecord,
)

__all__ = ["REFERENCE_DATE", "demo_field"]

T = TypeVar("T")

REFERENCE_DATE = date(2026, 11, 1)  # "now" for statuses, overdue hand-overs and departures
MUNICIPALITY_CODE = "GM9901"  # fictional: CBS has no gemeente 9901
SOURCE = "synthetic demo"
FAR_FUTURE = date(2100, 1, 1)

# Vocabulary keys (the seed keys of speelveld.catalogue.seed_data and the model choices).
# fmt: off
THEMES = ("welzijn", "duurzaamheid", "veiligheid", "groen", "participatie", "armoede",
          "eenzaamheid", "sociale-kloof", "taal-digitaal", "wonen", "energietransitie",
          "ouder-worden")
TARGET_GROUPS = ("alle-bewoners", "kinderen", "jongeren", "ouderen", "nieuwkomers", "gezinnen",
                 "mantelzorgers", "laag-inkomen", "alleenstaanden", "mensen-met-beperking",
                 "huurders", "vrijwilligers")
PHASES = ("signaleren", "analyseren", "verbinden", "activeren", "organiseren", "ondersteunen",
          "borgen-overdragen", "loslaten", "evalueren")
METHODS = ("wijkscan", "eropaf", "abcd", "probleem-project", "opbouwwerk-in-uitvoering",
           "bonding-bridging-linking", "actie", "rood-blauw-wit", "participatieladder", "presentie",
           "community-library-routekaart", "buurtkracht", "effectenarena")
STATUSES = ("gepland", "lopend", "gepauzeerd", "afgerond", "gestopt")
ORGANISATION_TYPES = ("welzijn", "woningcorporatie", "gemeente", "bibliotheek", "kerk",
                      "zelfstandige", "bewoners", "zorg", "politie", "onderwijs", "fonds", "overig")
ROLES = ("opbouwwerker", "opbouwwerker-wijkteam", "eenpitter", "procesmanager-corporatie",
         "gebiedscoordinator", "ambtenaar-rtc", "democratiseringsmedewerker",
         "diaconaal-opbouwwerker", "community-librarian", "sociaal-makelaar", "jongerenwerker",
         "wijkagent", "wijkregisseur", "maatschappelijk-werker", "wmo-consulent",
         "buurtbemiddelaar", "sociaal-beheerder", "cultuurverbinder", "maatschappelijk-matchmaker",
         "bewonersgroep")
LANGUAGES = ("nl", "en", "ar", "tr", "tzm", "pl", "so", "ti", "uk", "fa", "pap", "srn", "zh",
             "es", "de", "fr", "ro", "bg")
RTC_STAGES = ("idee", "verkenning", "ingediend", "ontvankelijkheidstoets", "kennismakingsgesprek",
              "advies", "besluit_college", "afgewezen", "toegekend", "overeenkomst", "uitvoering",
              "verantwoording", "verlengd", "beeindigd", "ingetrokken")
HANDOVER_STATES = ("proposed", "accepted", "declined", "completed")

NEGLECTED_BUURTEN = ("Korenbuurt", "Rietkraag", "Kanaalzone")
SINGLE_ACTIVITY_BUURT = "De Dijk"
SUPPRESSED_BUURT = "Narcissenhof"  # small: its low-income figure is suppressed, as CBS does
COMPLEMENTARY_VENUE = "flat De Lindeboom"

# --- geometry: a jittered lattice, rows from south to north; a digit is the wijk of a cell ------
WIJK_LAYOUT = ("334444", "334422", "000122", "001112")
STADSDEEL_OF_WIJK = (0, 0, 0, 1, 1)
ROWS, COLS = len(WIJK_LAYOUT), len(WIJK_LAYOUT[0])
CELL_DX, CELL_DY = 0.0140, 0.0090  # degrees: about 950 m by 1000 m at 52.35 N
ORIGIN = (5.55 - COLS * CELL_DX / 2, 52.35 - ROWS * CELL_DY / 2)

Node = tuple[str, int, int]
Entity = tuple[str, str]  # ("p", player key) or ("o", organisation key)

# (size range, age shares 0-15/15-25/25-45/45-65/65+, persons per household, share one-person,
#  share with children, share low income, share origin NL, share origin Europe)
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


@dataclass(frozen=True)
class _TypeSpec:
    themes: tuple[str, ...]  # the first is the usual primary theme
    groups: tuple[str, ...]
    orgs: dict[str, float]  # organisation type -> weight
    methods: tuple[str, ...]
    reach: tuple[int, int]
    weight: float
    roles: tuple[str, ...]  # roles that typically own this work


def _ts(
    themes: str,
    groups: str,
    orgs: str,
    methods: str,
    reach: tuple[int, int],
    weight: float,
    roles: str,
) -> _TypeSpec:
    org_weights = {k: float(v) for k, v in (part.split(":") for part in orgs.split())}
    return _TypeSpec(
        tuple(themes.split()),
        tuple(groups.split()),
        org_weights,
        tuple(methods.split()),
        reach,
        weight,
        tuple(roles.split()),
    )


# fmt: off
TYPES: dict[str, _TypeSpec] = {
    "ontmoeting": _ts("welzijn eenzaamheid participatie sociale-kloof",
                      "alle-bewoners ouderen alleenstaanden nieuwkomers",
                      "welzijn:5 kerk:2 bewoners:3 woningcorporatie:1 zelfstandige:1 zorg:0.5",
                      "presentie bonding-bridging-linking abcd eropaf", (10, 120), 3.0,
                      "opbouwwerker sociaal-beheerder diaconaal-opbouwwerker sociaal-makelaar"),
    "taal": _ts("taal-digitaal participatie welzijn", "nieuwkomers alle-bewoners gezinnen",
                "bibliotheek:4 welzijn:3 kerk:1 onderwijs:1 bewoners:1",
                "community-library-routekaart bonding-bridging-linking presentie", (8, 80), 2.0,
                "community-librarian opbouwwerker sociaal-makelaar"),
    "huiswerk": _ts("participatie taal-digitaal sociale-kloof armoede",
                    "kinderen jongeren gezinnen laag-inkomen",
                    "welzijn:3 onderwijs:3 bibliotheek:2 kerk:1 zelfstandige:1",
                    "presentie bonding-bridging-linking", (10, 60), 1.5,
                    "jongerenwerker community-librarian cultuurverbinder"),
    "schuldhulp": _ts("armoede welzijn sociale-kloof",
                      "laag-inkomen gezinnen alleenstaanden huurders",
                      "welzijn:3 zorg:2 kerk:2 overig:2 woningcorporatie:1",
                      "eropaf presentie", (10, 150), 1.5,
                      "maatschappelijk-werker diaconaal-opbouwwerker sociaal-makelaar"),
    "mantelzorg": _ts("welzijn ouder-worden eenzaamheid",
                      "mantelzorgers ouderen mensen-met-beperking",
                      "welzijn:3 zorg:3 kerk:1", "presentie eropaf", (8, 60), 1.0,
                      "wmo-consulent maatschappelijk-werker opbouwwerker-wijkteam"),
    "digitaal": _ts("taal-digitaal participatie ouder-worden",
                    "ouderen alle-bewoners nieuwkomers laag-inkomen",
                    "bibliotheek:4 welzijn:2 zelfstandige:1",
                    "community-library-routekaart presentie", (10, 150), 1.5,
                    "community-librarian sociaal-makelaar"),
    "beweeg": _ts("welzijn ouder-worden groen eenzaamheid",
                  "ouderen alle-bewoners mensen-met-beperking jongeren",
                  "welzijn:2 bewoners:3 overig:2 zorg:1", "abcd buurtkracht", (8, 60), 1.5,
                  "opbouwwerker jongerenwerker sociaal-makelaar"),
    "vergroening": _ts("groen duurzaamheid participatie",
                       "alle-bewoners huurders kinderen vrijwilligers",
                       "bewoners:4 gemeente:2 woningcorporatie:2 welzijn:1 zelfstandige:1",
                       "abcd actie buurtkracht rood-blauw-wit", (10, 200), 1.5,
                       "opbouwwerker wijkregisseur gebiedscoordinator eenpitter"),
    "energie": _ts("energietransitie duurzaamheid armoede wonen",
                   "huurders laag-inkomen alle-bewoners",
                   "woningcorporatie:3 gemeente:2 bewoners:2 welzijn:1 zelfstandige:1",
                   "eropaf abcd participatieladder", (20, 400), 1.2,
                   "procesmanager-corporatie wijkregisseur gebiedscoordinator eenpitter"),
    "buurtpreventie": _ts("veiligheid participatie", "alle-bewoners vrijwilligers huurders",
                          "bewoners:3 politie:2 gemeente:2 welzijn:1", "actie abcd buurtkracht",
                          (10, 300), 1.0, "wijkagent gebiedscoordinator opbouwwerker"),
    "consultatie": _ts("participatie wonen groen veiligheid",
                       "alle-bewoners jongeren kinderen huurders",
                       "gemeente:4 woningcorporatie:2 welzijn:2 zelfstandige:1",
                       "participatieladder rood-blauw-wit effectenarena wijkscan", (20, 400), 1.0,
                       "gebiedscoordinator democratiseringsmedewerker procesmanager-corporatie "
                       "eenpitter"),
    "buurtfeest": _ts("participatie sociale-kloof welzijn",
                      "alle-bewoners gezinnen kinderen nieuwkomers",
                      "bewoners:5 welzijn:2 kerk:1 woningcorporatie:1",
                      "abcd bonding-bridging-linking rood-blauw-wit", (50, 400), 1.2,
                      "opbouwwerker sociaal-makelaar cultuurverbinder"),
    "jongerenwerk": _ts("veiligheid participatie welzijn sociale-kloof", "jongeren kinderen",
                        "welzijn:5 bewoners:1 onderwijs:1 overig:1 politie:0.3",
                        "eropaf presentie bonding-bridging-linking", (10, 120), 1.5,
                        "jongerenwerker"),
    "samen-eten": _ts("eenzaamheid armoede welzijn sociale-kloof",
                      "alleenstaanden ouderen laag-inkomen alle-bewoners nieuwkomers",
                      "welzijn:3 kerk:3 bewoners:2", "presentie bonding-bridging-linking abcd",
                      (10, 80), 1.5, "opbouwwerker diaconaal-opbouwwerker sociaal-makelaar"),
    "repair-cafe": _ts("duurzaamheid participatie armoede",
                       "alle-bewoners vrijwilligers laag-inkomen",
                       "bewoners:4 welzijn:1 bibliotheek:1", "abcd buurtkracht", (20, 200), 0.8,
                       "opbouwwerker sociaal-makelaar"),
    "opvoeden": _ts("welzijn participatie sociale-kloof", "gezinnen kinderen nieuwkomers",
                    "welzijn:2 onderwijs:3 zorg:2 kerk:1", "bonding-bridging-linking presentie",
                    (8, 60), 1.0, "maatschappelijk-werker opbouwwerker jongerenwerker"),
    "buurtbemiddeling": _ts("veiligheid wonen welzijn", "huurders alle-bewoners",
                            "welzijn:4 woningcorporatie:2 politie:1", "presentie", (5, 80), 0.7,
                            "buurtbemiddelaar wijkregisseur"),
    "initiatiefondersteuning": _ts(
        "participatie welzijn", "vrijwilligers alle-bewoners",
        "welzijn:4 gemeente:2 zelfstandige:3 fonds:2",
        "actie rood-blauw-wit abcd opbouwwerk-in-uitvoering probleem-project participatieladder",
        (5, 60), 1.5,
        "opbouwwerker sociaal-makelaar eenpitter maatschappelijk-matchmaker ambtenaar-rtc"),
    "cultuur": _ts("participatie sociale-kloof welzijn",
                   "alle-bewoners kinderen ouderen nieuwkomers",
                   "overig:3 welzijn:2 bibliotheek:1 bewoners:2 onderwijs:1",
                   "bonding-bridging-linking abcd buurtkracht", (20, 300), 1.0,
                   "cultuurverbinder community-librarian"),
    "voedselhulp": _ts("armoede welzijn", "laag-inkomen gezinnen alleenstaanden",
                       "overig:3 kerk:3 welzijn:1 bewoners:1", "presentie eropaf", (20, 250), 1.0,
                       "diaconaal-opbouwwerker sociaal-makelaar"),
    "wijkscan-deur-aan-deur": _ts("welzijn wonen eenzaamheid participatie",
                                  "alle-bewoners huurders ouderen",
                                  "welzijn:3 woningcorporatie:2 zorg:1 gemeente:1 zelfstandige:1",
                                  "wijkscan eropaf probleem-project", (30, 400), 0.6,
                                  "opbouwwerker opbouwwerker-wijkteam wijkregisseur"),
    "netwerkoverleg": _ts("participatie welzijn veiligheid wonen", "alle-bewoners vrijwilligers",
                          "gemeente:3 welzijn:3 woningcorporatie:1 zorg:1 politie:1",
                          "bonding-bridging-linking opbouwwerk-in-uitvoering effectenarena",
                          (5, 40), 1.0,
                          "gebiedscoordinator opbouwwerker wijkregisseur wijkagent"),
}
ACTIVITY_TYPES = tuple(TYPES)
WIJK_WIDE_TYPES = ("netwerkoverleg", "buurtbemiddeling", "initiatiefondersteuning", "jongerenwerk",
                   "schuldhulp", "consultatie", "mantelzorg", "cultuur", "voedselhulp", "opvoeden")
RESIDENT_TYPES = ("ontmoeting", "taal", "beweeg", "vergroening", "energie", "buurtpreventie",
                  "consultatie", "buurtfeest", "jongerenwerk", "samen-eten", "repair-cafe",
                  "cultuur", "voedselhulp")

STATUS_WEIGHTS = {"lopend": 55.0, "gepland": 9.0, "gepauzeerd": 6.0, "afgerond": 22.0,
                  "gestopt": 8.0}
PHASE_WEIGHTS: dict[str, dict[str, float]] = {
    "gepland": {"signaleren": 3, "analyseren": 3, "verbinden": 2, "activeren": 1,
                "organiseren": 3},
    "lopend": {"signaleren": 1, "analyseren": 1, "verbinden": 2, "activeren": 2,
               "organiseren": 2.5, "ondersteunen": 5, "borgen-overdragen": 2, "loslaten": 1,
               "evalueren": 0.4},
    "gepauzeerd": {"verbinden": 1, "activeren": 2, "organiseren": 2, "ondersteunen": 2},
    "afgerond": {"evalueren": 4, "loslaten": 2, "borgen-overdragen": 1, "ondersteunen": 0.5},
    "gestopt": {"analyseren": 1, "verbinden": 1, "activeren": 2, "organiseren": 2,
                "ondersteunen": 1},
}
# stage -> (status, phase) of a Right to Challenge initiative
RTC_STATE: dict[str, tuple[str, str]] = {
    "idee": ("gepland", "signaleren"), "verkenning": ("gepland", "analyseren"),
    "ingediend": ("gepland", "organiseren"), "ontvankelijkheidstoets": ("gepland", "organiseren"),
    "kennismakingsgesprek": ("gepland", "verbinden"), "advies": ("gepland", "organiseren"),
    "besluit_college": ("gepland", "organiseren"), "afgewezen": ("gestopt", "evalueren"),
    "toegekend": ("gepland", "organiseren"), "overeenkomst": ("gepland", "organiseren"),
    "uitvoering": ("lopend", "ondersteunen"), "verantwoording": ("lopend", "evalueren"),
    "verlengd": ("lopend", "borgen-overdragen"), "beeindigd": ("afgerond", "evalueren"),
    "ingetrokken": ("gestopt", "organiseren"),
}

# (role, min, max, ((organisation slug, weight), ...)); eenpitters and resident groups are added
# per organisation, and every organisation without anybody gets one player of its default role.
ROLE_PLAN: tuple[tuple[str, int, int, tuple[tuple[str, float], ...]], ...] = (
    ("opbouwwerker", 18, 24, (("swl", 8), ("nsj", 1), ("vcl", 1))),
    ("opbouwwerker-wijkteam", 5, 8, (("wtn", 2), ("wtz", 2), ("swl", 1))),
    ("procesmanager-corporatie", 4, 6, (("wsl", 3), ("vhw", 2), ("thg", 1))),
    ("gebiedscoordinator", 5, 6, (("gem", 1),)),
    ("ambtenaar-rtc", 1, 2, (("gem", 1),)),
    ("democratiseringsmedewerker", 1, 2, (("gem", 1),)),
    ("diaconaal-opbouwwerker", 4, 6, (("pdl", 3), ("pci", 2), ("mos", 2), ("ank", 1))),
    ("community-librarian", 4, 6, (("bib", 3), ("tlh", 1))),
    ("sociaal-makelaar", 6, 9, (("swl", 4), ("vcl", 1), ("nsj", 2))),
    ("jongerenwerker", 12, 16, (("jol", 6), ("swl", 1), ("spb", 1))),
    ("wijkagent", 6, 8, (("pol", 1),)),
    ("wijkregisseur", 5, 7, (("wsl", 3), ("vhw", 2), ("thg", 1))),
    ("maatschappelijk-werker", 14, 18, (("wtn", 4), ("wtz", 4), ("swl", 1), ("nsj", 1),
                                        ("ggz", 1))),
    ("wmo-consulent", 8, 12, (("wtn", 3), ("wtz", 3), ("tzv", 1))),
    ("buurtbemiddelaar", 4, 6, (("bbv", 3), ("swl", 1))),
    ("sociaal-beheerder", 5, 8, (("swl", 3), ("wsl", 1), ("vhw", 1))),
    ("cultuurverbinder", 3, 5, (("kde", 2), ("swl", 1), ("reg", 1))),
    ("maatschappelijk-matchmaker", 3, 4, (("vcl", 2), ("bfl", 1), ("lfd", 1))),
)
ROLE_THEMES: dict[str, str] = {
    "opbouwwerker": "participatie welzijn sociale-kloof eenzaamheid armoede groen wonen",
    "opbouwwerker-wijkteam": "welzijn armoede eenzaamheid participatie",
    "eenpitter": "participatie duurzaamheid groen welzijn energietransitie",
    "procesmanager-corporatie": "wonen energietransitie ouder-worden duurzaamheid veiligheid",
    "gebiedscoordinator": "participatie veiligheid groen wonen",
    "ambtenaar-rtc": "participatie", "democratiseringsmedewerker": "participatie sociale-kloof",
    "diaconaal-opbouwwerker": "armoede eenzaamheid welzijn sociale-kloof",
    "community-librarian": "taal-digitaal participatie sociale-kloof",
    "sociaal-makelaar": "participatie welzijn eenzaamheid armoede",
    "jongerenwerker": "veiligheid participatie welzijn", "wijkagent": "veiligheid",
    "wijkregisseur": "wonen veiligheid welzijn", "maatschappelijk-werker": "armoede welzijn",
    "wmo-consulent": "welzijn ouder-worden", "buurtbemiddelaar": "veiligheid wonen",
    "sociaal-beheerder": "welzijn participatie wonen",
    "cultuurverbinder": "participatie sociale-kloof",
    "maatschappelijk-matchmaker": "participatie armoede",
    "bewonersgroep": "participatie groen welzijn veiligheid",
}
ROLE_GROUPS: dict[str, str] = {
    "opbouwwerker": "alle-bewoners huurders nieuwkomers ouderen laag-inkomen",
    "opbouwwerker-wijkteam": "alle-bewoners laag-inkomen ouderen",
    "eenpitter": "alle-bewoners vrijwilligers", "procesmanager-corporatie": "huurders ouderen",
    "gebiedscoordinator": "alle-bewoners", "ambtenaar-rtc": "vrijwilligers alle-bewoners",
    "democratiseringsmedewerker": "alle-bewoners",
    "diaconaal-opbouwwerker": "laag-inkomen alleenstaanden nieuwkomers",
    "community-librarian": "nieuwkomers ouderen kinderen",
    "sociaal-makelaar": "vrijwilligers alle-bewoners alleenstaanden",
    "jongerenwerker": "jongeren kinderen", "wijkagent": "alle-bewoners jongeren",
    "wijkregisseur": "huurders", "maatschappelijk-werker": "gezinnen laag-inkomen alleenstaanden",
    "wmo-consulent": "ouderen mensen-met-beperking mantelzorgers",
    "buurtbemiddelaar": "huurders alle-bewoners", "sociaal-beheerder": "huurders alle-bewoners",
    "cultuurverbinder": "kinderen alle-bewoners nieuwkomers",
    "maatschappelijk-matchmaker": "vrijwilligers", "bewonersgroep": "alle-bewoners",
}
ROLE_PARTNERS: dict[str, str] = {
    "opbouwwerker": "bewonersgroep wijkagent wijkregisseur gebiedscoordinator jongerenwerker "
                    "community-librarian diaconaal-opbouwwerker sociaal-beheerder "
                    "procesmanager-corporatie",
    "opbouwwerker-wijkteam": "wmo-consulent maatschappelijk-werker wijkregisseur opbouwwerker",
    "eenpitter": "gebiedscoordinator bewonersgroep opbouwwerker maatschappelijk-matchmaker",
    "procesmanager-corporatie": "gebiedscoordinator opbouwwerker wijkregisseur sociaal-makelaar",
    "gebiedscoordinator": "opbouwwerker wijkagent wijkregisseur bewonersgroep jongerenwerker",
    "ambtenaar-rtc": "bewonersgroep democratiseringsmedewerker gebiedscoordinator",
    "democratiseringsmedewerker": "ambtenaar-rtc gebiedscoordinator bewonersgroep",
    "diaconaal-opbouwwerker": "opbouwwerker maatschappelijk-werker sociaal-makelaar",
    "community-librarian": "opbouwwerker sociaal-makelaar cultuurverbinder bewonersgroep",
    "sociaal-makelaar": "bewonersgroep maatschappelijk-matchmaker community-librarian",
    "jongerenwerker": "wijkagent opbouwwerker gebiedscoordinator cultuurverbinder",
    "wijkagent": "gebiedscoordinator jongerenwerker buurtbemiddelaar wijkregisseur",
    "wijkregisseur": "opbouwwerker wijkagent buurtbemiddelaar sociaal-beheerder",
    "maatschappelijk-werker": "wmo-consulent opbouwwerker-wijkteam diaconaal-opbouwwerker",
    "wmo-consulent": "maatschappelijk-werker opbouwwerker-wijkteam",
    "buurtbemiddelaar": "wijkagent wijkregisseur",
    "sociaal-beheerder": "bewonersgroep opbouwwerker",
    "cultuurverbinder": "community-librarian jongerenwerker bewonersgroep",
    "maatschappelijk-matchmaker": "sociaal-makelaar bewonersgroep eenpitter",
    "bewonersgroep": "opbouwwerker gebiedscoordinator sociaal-makelaar",
}
WIJK_ROLES = ("gebiedscoordinator", "wijkagent")
GEMEENTE_ROLES = ("ambtenaar-rtc", "democratiseringsmedewerker")
# where an organisation works, as wijk indices (None: everywhere)
ORG_REGION: dict[str, tuple[int, ...]] = {"wtn": (0, 1, 2), "wtz": (3, 4), "reg": (0,),
                                          "obs": (2,), "vhw": (2, 3, 4), "thg": (1, 2)}
# (activity type, organisation a, organisation b): candidates for planted duplicates
PLANTED_SPECS: tuple[tuple[str, str, str], ...] = (
    ("samen-eten", "swl", "pdl"), ("taal", "bib", "swl"), ("taal", "tlh", "mos"),
    ("huiswerk", "jol", "reg"), ("digitaal", "bib", "nsj"), ("schuldhulp", "gwl", "pci"),
    ("ontmoeting", "swl", "bwz"), ("mantelzorg", "wtn", "nsj"), ("voedselhulp", "vbl", "ank"),
    ("energie", "vhw", "kvh"), ("beweeg", "spb", "swl"), ("jongerenwerk", "jol", "kde"),
    ("opvoeden", "obs", "swl"), ("ontmoeting", "pdl", "dbb"),
)
DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag")
DAYPARTS = ("ochtend", "middag", "avond")
# fmt: on


def demo_field(*, seed: int = 7, year: int = 2024) -> FieldRecords:
    """Build the demo municipality Lindeveen; the same seed always gives the same records."""
    return _Builder(seed, year).build()


# --- small helpers --------------------------------------------------------------------------


def _round5(x: float) -> int:
    return int(math.floor(x / 5 + 0.5)) * 5


def _pick(rng: random.Random, items: Sequence[T], weights: Sequence[float]) -> T:
    return rng.choices(items, weights=weights, k=1)[0]


def _sample(rng: random.Random, items: Sequence[T], weights: Sequence[float], k: int) -> list[T]:
    """Weighted sample without replacement, in draw order."""
    pool, w = list(items), list(weights)
    out: list[T] = []
    while pool and len(out) < k and sum(w) > 0:
        i = rng.choices(range(len(pool)), weights=w, k=1)[0]
        out.append(pool.pop(i))
        w.pop(i)
    return out


def _days(n: int) -> timedelta:
    return timedelta(days=n)


def _date_between(rng: random.Random, lo: date, hi: date) -> date:
    return lo + _days(rng.randint(0, max(0, (hi - lo).days)))


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in ascii_text.lower() if ch.isalnum() or ch == "-")


def _overlaps(a: tuple[date, date | None], b: tuple[date, date | None]) -> bool:
    return a[0] <= (b[1] or FAR_FUTURE) and b[0] <= (a[1] or FAR_FUTURE)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- internal mutable state -----------------------------------------------------------------


@dataclass
class _Buurt:
    code: str
    spec: tx.BuurtSpec
    wijk: int
    cell: tuple[int, int]
    figures: dict[str, int] = field(default_factory=dict)
    need: float = 1.0
    neighbours: list[str] = field(default_factory=list)


@dataclass
class _Player:
    key: str
    name: str
    role: str
    org: str
    is_group: bool
    areas: tuple[str, ...]
    covers: frozenset[str]  # buurt codes this player works in
    themes: tuple[str, ...]
    groups: tuple[str, ...]
    languages: tuple[str, ...]
    hours: float | None
    active_from: date
    active_until: date | None = None
    email: str = ""


@dataclass
class _Act:
    title: str
    description: str
    type: str
    lead: str
    owner: str
    method: str | None
    phase: str
    status: str
    start: date
    end: date | None
    areas: tuple[str, ...]
    covers: tuple[str, ...]
    themes: tuple[str, ...]
    groups: tuple[str, ...]
    partners: tuple[str, ...] = ()
    reach: int | None = None
    resident_led: bool = False
    rtc_stage: str = ""
    kind: str = "regular"
    key: str = ""


@dataclass
class _Tie:
    a: Entity
    b: Entity
    intensity: int
    context: str
    since: date
    theme: str | None
    sign: int = 1
    fixed: bool = False  # planted on purpose: never turned into a hindering tie


class _Builder:
    def __init__(self, seed: int, year: int) -> None:
        self.rng = random.Random(seed)
        self.year = year
        self.buurten: dict[str, _Buurt] = {}
        self.wijk_codes: list[str] = []
        self.wijk_buurten: list[list[str]] = []
        self.area_codes: dict[str, str] = {}  # area name -> code
        self.orgs: dict[str, tuple[str, tx.OrgSpec]] = {}  # slug -> (key, spec)
        self.org_by_key: dict[str, tx.OrgSpec] = {}
        self.players: list[_Player] = []
        self.player_by_key: dict[str, _Player] = {}
        self.acts: list[_Act] = []
        self.occupied: dict[tuple[str, str], list[_Act]] = {}
        self.reserved: set[tuple[str, str]] = set()
        self.forbidden: set[tuple[str, str]] = set()  # org key pairs that must stay unconnected
        self.required_pairs: list[tuple[str, str, _Act]] = []
        self.planted: list[tuple[_Act, _Act]] = []
        self.complementary: tuple[_Act, _Act] | None = None
        self.excluded: set[str] = set()  # neglected and single-activity buurten
        self.used_titles: set[str] = set()
        self.leavers: list[_Player] = []

    # --- orchestration ------------------------------------------------------------------

    def build(self) -> FieldRecords:
        areas = self._areas()
        organisations = self._organisations()
        specs = self.rng.sample(PLANTED_SPECS, 10)
        self._players(protected={s for spec in specs for s in spec[1:]})
        self._activities(specs)
        ties = self._collaborations()
        handovers = self._handovers()
        return FieldRecords(
            municipality_code=MUNICIPALITY_CODE,
            municipality_name=tx.MUNICIPALITY_NAME,
            year=self.year,
            areas=areas,
            organisations=organisations,
            players=[self._player_record(p) for p in self.players],
            activities=[self._activity_record(a) for a in self.acts],
            collaborations=ties,
            handovers=handovers,
            planted_duplicates=[(a.key, b.key) for a, b in self.planted],
            neglected_areas=[self.area_codes[n] for n in NEGLECTED_BUURTEN],
        )

    # --- areas --------------------------------------------------------------------------

    def _areas(self) -> list[AreaRecord]:
        coords = self._lattice()
        cells_of_wijk: list[list[tuple[int, int]]] = [[] for _ in tx.WIJKEN]
        for r in range(ROWS - 1, -1, -1):  # reading order: north to south, west to east
            for c in range(COLS):
                cells_of_wijk[int(WIJK_LAYOUT[r][c])].append((r, c))
        cell_code: dict[tuple[int, int], str] = {}
        for w, wspec in enumerate(tx.WIJKEN):
            wcode = f"WK{MUNICIPALITY_CODE[2:]}{w + 1:02d}"
            self.wijk_codes.append(wcode)
            self.area_codes[wspec.name] = wcode
            assert len(wspec.buurten) == len(cells_of_wijk[w])
            codes = []
            for i, (bspec, cell) in enumerate(zip(wspec.buurten, cells_of_wijk[w], strict=True)):
                code = f"BU{wcode[2:]}{i + 1:02d}"
                self.buurten[code] = _Buurt(code, bspec, w, cell)
                self.area_codes[bspec.name] = code
                cell_code[cell] = code
                codes.append(code)
            self.wijk_buurten.append(codes)
        self.excluded = {self.area_codes[n] for n in (*NEGLECTED_BUURTEN, SINGLE_ACTIVITY_BUURT)}
        for (r, c), code in cell_code.items():
            near = [
                cell_code[n]
                for n in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
                if n in cell_code
            ]
            self.buurten[code].neighbours = [
                n for n in near if self.buurten[n].wijk == self.buurten[code].wijk
            ]
        # key figures; the suppressed value still counts in the (published) totals above it
        for b in self.buurten.values():
            b.figures = self._figures(b.spec)
            # need weighs size (sub-linearly) with the shares of low incomes and elderly
            poor = b.figures["low_income_households"] / max(1, b.figures["households"])
            old = b.figures["age_65_plus"] / max(1, b.figures["inhabitants"])
            b.need = b.figures["inhabitants"] ** 0.75 * (1 + 3 * poor + 1.5 * old)

        def sums(codes: Sequence[str]) -> AreaFiguresRecord:
            keys = list(self.buurten[codes[0]].figures)
            total = {k: sum(self.buurten[c].figures[k] for c in codes) for k in keys}
            return self._figures_record(total, total["low_income_households"])

        def polygon(cells: Sequence[tuple[int, int]]) -> dict[str, Any]:
            ring = [list(coords[n]) for n in _outline(cells)]
            return {"type": "Polygon", "coordinates": [ring + [ring[0]]]}

        gm = MUNICIPALITY_CODE
        all_codes = [c for codes in self.wijk_buurten for c in codes]
        records = [
            AreaRecord(
                gm,
                tx.MUNICIPALITY_NAME,
                "gemeente",
                self.year,
                geometry=polygon(list(cell_code)),
                figures=(sums(all_codes),),
            )
        ]
        for s, name in enumerate(tx.STADSDELEN):
            wijken = [w for w in range(len(tx.WIJKEN)) if STADSDEEL_OF_WIJK[w] == s]
            cells = [cell for w in wijken for cell in cells_of_wijk[w]]
            codes = [c for w in wijken for c in self.wijk_buurten[w]]
            records.append(
                AreaRecord(
                    f"SD{gm[2:]}{s + 1:02d}",
                    name,
                    "stadsdeel",
                    self.year,
                    parent_code=gm,
                    geometry=polygon(cells),
                    figures=(sums(codes),),
                )
            )
        for w, wspec in enumerate(tx.WIJKEN):
            records.append(
                AreaRecord(
                    self.wijk_codes[w],
                    wspec.name,
                    "wijk",
                    self.year,
                    parent_code=gm,
                    layer_code=f"SD{gm[2:]}{STADSDEEL_OF_WIJK[w] + 1:02d}",
                    geometry=polygon(cells_of_wijk[w]),
                    figures=(sums(self.wijk_buurten[w]),),
                )
            )
        for code, b in self.buurten.items():
            low = None if b.spec.name == SUPPRESSED_BUURT else b.figures["low_income_households"]
            figures = self._figures_record(b.figures, low)
            records.append(
                AreaRecord(
                    code,
                    b.spec.name,
                    "buurt",
                    self.year,
                    parent_code=self.wijk_codes[b.wijk],
                    geometry=polygon([b.cell]),
                    figures=(figures,),
                )
            )
        return records

    def _figures_record(self, v: dict[str, int], low: int | None) -> AreaFiguresRecord:
        return AreaFiguresRecord(
            year=self.year,
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

    def _lattice(self) -> dict[Node, tuple[float, float]]:
        """Jittered lattice nodes plus a jittered midpoint on every edge, shared by both cells."""
        rng = self.rng
        pts: dict[Node, tuple[float, float]] = {}
        for r in range(ROWS + 1):
            for c in range(COLS + 1):
                x = ORIGIN[0] + c * CELL_DX + r * 0.0015 + rng.uniform(-0.18, 0.18) * CELL_DX
                y = ORIGIN[1] + r * CELL_DY + rng.uniform(-0.18, 0.18) * CELL_DY
                pts[("n", r, c)] = (x, y)
        for r in range(ROWS + 1):
            for c in range(COLS):
                (x0, y0), (x1, y1) = pts[("n", r, c)], pts[("n", r, c + 1)]
                pts[("h", r, c)] = (
                    (x0 + x1) / 2 + rng.uniform(-0.08, 0.08) * CELL_DX,
                    (y0 + y1) / 2 + rng.uniform(-0.12, 0.12) * CELL_DY,
                )
        for r in range(ROWS):
            for c in range(COLS + 1):
                (x0, y0), (x1, y1) = pts[("n", r, c)], pts[("n", r + 1, c)]
                pts[("v", r, c)] = (
                    (x0 + x1) / 2 + rng.uniform(-0.12, 0.12) * CELL_DX,
                    (y0 + y1) / 2 + rng.uniform(-0.08, 0.08) * CELL_DY,
                )
        return {k: (round(x, 6), round(y, 6)) for k, (x, y) in pts.items()}

    def _figures(self, spec: tx.BuurtSpec) -> dict[str, int]:
        rng = self.rng
        size, ages, hh_size, one, kids, low, nl, eu = PROFILES[spec.profile]
        if spec.name == SUPPRESSED_BUURT:
            size = (600, 800)

        def jit(x: float) -> float:
            return x * rng.uniform(0.85, 1.15)

        inhabitants = min(6000, max(600, _round5(rng.uniform(*size))))
        shares = [jit(a) for a in ages]
        out = {"inhabitants": inhabitants}
        for name, share in zip(AGE_FIELDS, shares, strict=True):
            out[name] = _round5(inhabitants * share / sum(shares))
        households = _round5(inhabitants / jit(hh_size))
        out["households"] = households
        out["one_person_households"] = _round5(households * min(0.8, jit(one)))
        out["households_with_children"] = _round5(households * min(0.6, jit(kids)))
        out["low_income_households"] = _round5(households * jit(low))
        share_nl = min(0.92, jit(nl))
        share_eu = jit(eu)
        out["origin_netherlands"] = _round5(inhabitants * share_nl)
        out["origin_europe"] = _round5(inhabitants * share_eu)
        out["origin_outside_europe"] = _round5(inhabitants * max(0.02, 1 - share_nl - share_eu))
        return out

    # --- organisations ------------------------------------------------------------------

    def _organisations(self) -> list[OrganisationRecord]:
        out = []
        for i, spec in enumerate(tx.ORGANISATIONS, start=1):
            key = f"org-{i:03d}"
            self.orgs[spec.slug] = (key, spec)
            self.org_by_key[key] = spec
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

    def _org_key(self, slug: str) -> str:
        return self.orgs[slug][0]

    def _org_buurten(self, slug: str) -> list[str]:
        spec = self.orgs[slug][1]
        if spec.home:
            return [b for code in self._home_codes(spec) for b in self._expand(code)]
        region = ORG_REGION.get(slug)
        return [code for code, b in self.buurten.items() if region is None or b.wijk in region]

    def _home_codes(self, spec: tx.OrgSpec) -> tuple[str, ...]:
        return tuple(self.area_codes[name] for name in spec.home)

    def _expand(self, code: str) -> list[str]:
        if code == MUNICIPALITY_CODE:
            return list(self.buurten)
        if code in self.wijk_codes:
            return list(self.wijk_buurten[self.wijk_codes.index(code)])
        return [code]

    # --- players ------------------------------------------------------------------------

    def _players(self, protected: set[str]) -> None:
        rng = self.rng
        used_names: set[str] = set()
        for role, lo, hi, homes in ROLE_PLAN:
            for i in range(rng.randint(lo, hi)):
                slug = _pick(rng, [s for s, _ in homes], [w for _, w in homes])
                self._add_professional(role, slug, used_names, index=i)
        for spec in tx.ORGANISATIONS:
            if spec.type == "zelfstandige":
                self._add_professional("eenpitter", spec.slug, used_names, index=0)
            for group in spec.groups:
                self._add_group(spec, group)
        for spec in tx.ORGANISATIONS:
            key = self._org_key(spec.slug)
            if not any(p.org == key for p in self.players):
                self._add_professional(spec.default_role, spec.slug, used_names, index=0)
        while len(self.players) < 155:  # keep the field well inside 150-220 for every seed
            role = rng.choice(("opbouwwerker", "sociaal-makelaar", "maatschappelijk-werker"))
            self._add_professional(role, "swl", used_names, index=0)
        # a few players left; some of them still own running work (planted orphans)
        leavers: list[_Player] = []
        for role, n in (
            ("eenpitter", 1),
            ("opbouwwerker", 2),
            ("procesmanager-corporatie", 1),
            ("community-librarian", 1),
        ):
            # an eenpitter's organisation is left empty on purpose; others keep colleagues
            pool = [
                p
                for p in self.players
                if p.role == role
                and p not in leavers
                and (role != "eenpitter" or self.org_by_key[p.org].slug not in protected)
                and (
                    role == "eenpitter"
                    or sum(q.org == p.org and q.active_until is None for q in self.players) > 2
                )
            ]
            leavers.extend(rng.sample(pool, min(n, len(pool))))
        for p in leavers:
            until = REFERENCE_DATE - _days(rng.randint(30, 420))
            p.active_until = until
            p.active_from = min(p.active_from, until - _days(rng.randint(700, 2500)))
        self.leavers = leavers

    def _next_key(self) -> str:
        return f"ply-{len(self.players) + 1:03d}"

    def _add_professional(self, role: str, slug: str, used: set[str], index: int) -> None:
        rng = self.rng
        key, spec = self.orgs[slug]
        backgrounds = list(tx.NAME_POOLS)
        weights = [50, 9, 8, 6, 3, 3, 2, 2, 3, 3, 2, 2, 2, 1, 1]
        while True:
            bg = _pick(rng, backgrounds, weights)
            first = rng.choice(tx.NAME_POOLS[bg][0])
            last_bg = bg if rng.random() < 0.85 else "nl"
            last = rng.choice(tx.NAME_POOLS[last_bg][1])
            name = f"{first} {last}"
            if name not in used:
                used.add(name)
                break
        heritage = {
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
        langs = ["nl"]
        if bg in heritage and rng.random() < 0.75:
            langs.extend(heritage[bg][: rng.randint(1, len(heritage[bg]))])
        for extra, p in (("en", 0.4), ("de", 0.06), ("fr", 0.04)):
            if rng.random() < p:
                langs.append(extra)
        areas = self._player_areas(role, slug, index)
        covers = frozenset(b for a in areas for b in self._expand(a))
        themes = ROLE_THEMES[role].split()
        groups = ROLE_GROUPS[role].split()
        hours = float(rng.choice((8, 12, 16, 20, 24, 24, 28, 32, 32, 36, 36)))
        if role == "eenpitter":
            hours = float(rng.choice((8, 12, 16, 20, 24)))
        player = _Player(
            key=self._next_key(),
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
            active_from=REFERENCE_DATE - _days(int(rng.triangular(90, 6500, 1100))),
            email=f"{_slug(first)}.{_slug(last)}@{spec.domain}",
        )
        self._register(player)

    def _player_areas(self, role: str, slug: str, index: int) -> tuple[str, ...]:
        rng = self.rng
        if role in GEMEENTE_ROLES:
            return (MUNICIPALITY_CODE,)
        region = ORG_REGION.get(slug) or tuple(range(len(tx.WIJKEN)))
        pops = [
            sum(self.buurten[c].figures["inhabitants"] for c in self.wijk_buurten[w])
            for w in region
        ]
        wijk = _pick(rng, region, pops)
        if role in WIJK_ROLES:
            wijk = index if index < len(tx.WIJKEN) else wijk
            return (self.wijk_codes[wijk],)
        if role != "eenpitter" and rng.random() < 0.15:
            return (self.wijk_codes[wijk],)
        k = _pick(rng, (1, 2, 3, 4, 5, 6), (25, 25, 20, 12, 10, 8))
        if role == "eenpitter":
            k = rng.randint(1, 3)
        own = list(self.wijk_buurten[wijk])
        rng.shuffle(own)
        chosen = own[:k]
        if len(chosen) < k:
            others = [
                c
                for c in self.buurten
                if c not in chosen and any(self._adjacent(c, x) for x in chosen)
            ]
            chosen += others[: k - len(chosen)]
        return tuple(sorted(chosen))

    def _adjacent(self, a: str, b: str) -> bool:
        (ra, ca), (rb, cb) = self.buurten[a].cell, self.buurten[b].cell
        return abs(ra - rb) + abs(ca - cb) == 1

    def _add_group(self, spec: tx.OrgSpec, group: str) -> None:
        rng = self.rng
        areas = self._home_codes(spec)
        themes = sorted({t for f in spec.focus for t in TYPES[f].themes[:2]}, key=THEMES.index)
        groups = sorted(
            {g for f in spec.focus for g in TYPES[f].groups[:2]}, key=TARGET_GROUPS.index
        )
        langs = ["nl"] + rng.sample(["ar", "tr", "en", "pap", "srn", "pl", "so"], rng.randint(0, 2))
        self._register(
            _Player(
                key=self._next_key(),
                name=group,
                role="bewonersgroep",
                org=self._org_key(spec.slug),
                is_group=True,
                areas=areas,
                covers=frozenset(b for a in areas for b in self._expand(a)),
                themes=tuple(themes[:4]),
                groups=tuple(groups[:3]),
                languages=tuple(langs),
                hours=None,
                active_from=REFERENCE_DATE - _days(rng.randint(200, 4000)),
            )
        )

    def _register(self, player: _Player) -> None:
        self.players.append(player)
        self.player_by_key[player.key] = player

    def _current(self, org_key: str) -> list[_Player]:
        return [p for p in self.players if p.org == org_key and p.active_until is None]

    # --- activities ---------------------------------------------------------------------

    def _activities(self, specs: Sequence[tuple[str, str, str]]) -> None:
        rng = self.rng
        self._complementary()
        self._single()
        for spec in specs:
            self._planted_pair(*spec)
        self._orphans()
        self._rtc()
        total = rng.randint(450, 500)
        queue = list(ACTIVITY_TYPES)
        rng.shuffle(queue)  # every type at least once, then by weight
        for _ in range(3 * total):
            if len(self.acts) >= total:
                break
            atype = (
                queue.pop()
                if queue
                else _pick(rng, ACTIVITY_TYPES, [t.weight for t in TYPES.values()])
            )
            self._regular(atype)
        rng.shuffle(self.acts)
        for i, act in enumerate(self.acts, start=1):
            act.key = f"act-{i:04d}"
        self._ensure_coverage()

    def _eligible(self, buurten: Sequence[str]) -> list[str]:
        return [b for b in buurten if b not in self.excluded]

    def _choose_owner(self, org_key: str, atype: str, buurt: str) -> _Player | None:
        people = self._current(org_key)
        if not people:
            return None
        roles = TYPES[atype].roles
        weights = [1 + 3 * (p.role in roles) + 4 * (buurt in p.covers) for p in people]
        return _pick(self.rng, people, weights)

    def _period(
        self, status: str, earliest: date, latest: date = REFERENCE_DATE
    ) -> tuple[str, date, date | None]:
        rng, ref = self.rng, REFERENCE_DATE
        lo = max(earliest, date(2018, 1, 1))
        if status in ("afgerond", "gestopt") and (latest - lo).days < 120:
            status = "lopend"
        if status == "gepland":
            start = ref + _days(rng.randint(7, 200))
            return (
                status,
                start,
                None if rng.random() < 0.5 else start + _days(rng.randint(60, 400)),
            )
        if status in ("lopend", "gepauzeerd"):
            span = max(0, (min(latest, ref) - _days(14) - lo).days)
            start = min(latest, ref) - _days(14) - _days(int(span * rng.random() ** 1.6))
            end = None if rng.random() < 0.55 else ref + _days(rng.randint(20, 500))
            return status, start, end
        start = _date_between(rng, lo, latest - _days(90))
        length = rng.randint(60, 900) if status == "afgerond" else rng.randint(20, 300)
        end = min(start + _days(length), latest - _days(1), ref - _days(1))
        return status, start, max(end, start + _days(30))

    def _phase(self, status: str, atype: str, allowed: Sequence[str] | None = None) -> str:
        weights = dict(PHASE_WEIGHTS[status])
        if atype == "wijkscan-deur-aan-deur":
            for ph, f in (("signaleren", 4), ("analyseren", 3)):
                if ph in weights:
                    weights[ph] *= f
        if atype == "netwerkoverleg" and "verbinden" in weights:
            weights["verbinden"] *= 3
        names = [p for p in weights if allowed is None or p in allowed]
        return _pick(self.rng, names, [weights[p] for p in names])

    def _texts(
        self,
        atype: str,
        lead_slug: str,
        areas: Sequence[str],
        covers: Sequence[str],
        year: int,
        template: tuple[str, str] | None = None,
    ) -> tuple[str, str]:
        """Title and description: titles[i] goes with descriptions[i], or a fixed template."""
        rng = self.rng
        titles, descs = tx.ACTIVITY_TEXTS[atype]
        if template is not None:
            titles, descs = (template[0],), (template[1],)
        main = self.buurten[covers[0]]
        wspec = tx.WIJKEN[main.wijk]
        if areas[0] in self.wijk_codes:
            place, in_place, venue = wspec.name, wspec.in_name, wspec.venue
        else:
            place, in_place, venue = main.spec.name, main.spec.in_name, main.spec.venue
        org = self.orgs[lead_slug][1]
        ctx = {
            "buurt": place,
            "in_buurt": in_place,
            "In_buurt": _cap(in_place),
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
            if titles[i].format(**ctx) not in self.used_titles:
                break
        title = titles[chosen].format(**ctx)
        if title in self.used_titles:
            title = f"{title} {year}"  # e.g. the same festival in another year
        self.used_titles.add(title)
        parts = []
        if rng.random() < 0.3:
            parts.append(rng.choice(tx.PROFILE_INTROS[main.spec.profile]))
        parts.append(descs[chosen] if chosen < len(descs) else rng.choice(descs))
        if rng.random() < 0.45:
            parts.append(rng.choice(tx.ORG_VOICE[org.type]))
        return _cap(title), " ".join(p.format(**ctx) for p in parts)

    def _pick_themes(
        self, atype: str, primary: str | None = None, extra: int | None = None
    ) -> tuple[str, ...]:
        rng, spec = self.rng, TYPES[atype]
        if primary is None:
            primary = spec.themes[0] if rng.random() < 0.7 else rng.choice(spec.themes)
        rest = [t for t in spec.themes if t != primary]
        n = extra if extra is not None else _pick(rng, (0, 1, 2), (35, 45, 20))
        return (primary, *rng.sample(rest, min(n, len(rest))))

    def _pick_groups(
        self, atype: str, first: str | None = None, extra: int | None = None
    ) -> tuple[str, ...]:
        rng, spec = self.rng, TYPES[atype]
        if first is None:
            first = _pick(
                rng, spec.groups, [len(spec.groups) - i + 1.0 for i in range(len(spec.groups))]
            )
        rest = [g for g in spec.groups if g != first]
        n = extra if extra is not None else _pick(rng, (0, 1, 2), (40, 40, 20))
        return (first, *rng.sample(rest, min(n, len(rest))))

    def _reach(self, atype: str, status: str, wide: bool) -> int | None:
        rng = self.rng
        none_p = 0.7 if atype == "netwerkoverleg" else 0.12
        if status == "gepland":
            none_p = 0.8
        if rng.random() < none_p:
            return None
        lo, hi = TYPES[atype].reach
        return min(400, int(rng.randint(lo, hi) * (1.5 if wide else 1)))

    def _partners(self, atype: str, lead: str, covers: Sequence[str], k: int) -> list[str]:
        cands, weights = [], []
        spec = TYPES[atype]
        for slug, (key, org) in self.orgs.items():
            if key == lead or self._is_forbidden(key, lead):
                continue
            if org.type == "bewoners":
                fits = bool(set(self._org_buurten(slug)) & set(covers))
            elif org.type in ("gemeente", "fonds"):
                fits = True  # they commission, fund or facilitate any kind of work
            else:
                fits = org.type in spec.orgs and (atype in org.focus or not org.strict)
            if not fits:
                continue
            cands.append(key)
            weights.append(org.weight * (2 if atype in org.focus else 1))
        return _sample(self.rng, cands, weights, k)

    def _is_forbidden(self, a: str, b: str) -> bool:
        return (min(a, b), max(a, b)) in self.forbidden

    def _forbid(self, a: str, b: str) -> None:
        self.forbidden.add((min(a, b), max(a, b)))

    def _conflicts(self, act: _Act) -> list[str] | None:
        """Other organisations doing the same work in the same place at the same time.

        ``None`` means the draft may not be placed at all (a reserved or forbidden clash).
        """
        found: list[str] = []
        for b in act.covers:
            if (act.type, b) in self.reserved:
                return None
            for other in self.occupied.get((act.type, b), []):
                if other.lead == act.lead or not _overlaps(
                    (act.start, act.end), (other.start, other.end)
                ):
                    continue
                if act.lead in other.partners or other.lead in act.partners:
                    continue
                if self._is_forbidden(act.lead, other.lead):
                    return None
                if other.lead not in found:
                    found.append(other.lead)
        return found

    def _commit(self, act: _Act, reserve: bool = False) -> None:
        self.acts.append(act)
        for b in act.covers:
            self.occupied.setdefault((act.type, b), []).append(act)
            if reserve:
                self.reserved.add((act.type, b))

    def _draft(
        self,
        *,
        atype: str,
        lead_slug: str,
        owner: _Player,
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
    ) -> _Act:
        rng = self.rng
        covers = tuple(b for a in areas for b in self._expand(a))
        title, desc = texts or self._texts(atype, lead_slug, areas, covers, start.year, template)
        resident = self.orgs[lead_slug][1].type == "bewoners"
        methods = TYPES[atype].methods
        return _Act(
            title=title,
            description=desc,
            type=atype,
            lead=self._org_key(lead_slug),
            owner=owner.key,
            method=None if rng.random() < 0.25 else rng.choice(methods),
            phase=phase or self._phase(status, atype),
            status=status,
            start=start,
            end=end,
            areas=areas,
            covers=covers,
            themes=themes or self._pick_themes(atype),
            groups=groups or self._pick_groups(atype),
            partners=partners,
            reach=self._reach(atype, status, areas[0] in self.wijk_codes),
            resident_led=resident,
            kind=kind,
        )

    def _buurt_for(self, slugs: Sequence[str], avoid: Sequence[str] = ()) -> str | None:
        pools = [set(self._eligible(self._org_buurten(s))) for s in slugs]
        common = [b for b in self.buurten if all(b in p for p in pools) and b not in avoid]
        if not common:
            return None
        return _pick(self.rng, common, [self.buurten[b].need for b in common])

    def _complementary(self) -> None:
        buurt = self.area_codes["Beukenbuurt"]
        corp, welfare = self._org_key("wsl"), self._org_key("swl")
        corp_people = sorted(
            self._current(corp),
            key=lambda p: (p.role != "sociaal-beheerder", buurt not in p.covers),
        )
        owner_a = corp_people[0]
        owner_b = self._choose_owner(welfare, "ontmoeting", buurt) or self._current(welfare)[0]
        (title_a, desc_a), (title_b, desc_b) = tx.COMPLEMENTARY_TEXTS
        day = self.rng.choice(DAYS)
        org_name = self.orgs["wsl"][1].name
        start = REFERENCE_DATE - _days(self.rng.randint(200, 600))
        a = self._draft(
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
        b = self._draft(
            atype="ontmoeting",
            lead_slug="swl",
            owner=owner_b,
            areas=(buurt,),
            status="lopend",
            start=start + _days(self.rng.randint(20, 90)),
            end=None,
            phase="activeren",
            themes=("welzijn", "participatie"),
            groups=("huurders", "alleenstaanden"),
            partners=(corp,),
            kind="complementary",
            texts=(title_b, desc_b),
        )
        self._commit(a, reserve=True)
        self._commit(b, reserve=True)
        self.complementary = (a, b)

    def _single(self) -> None:
        buurt = self.area_codes[SINGLE_ACTIVITY_BUURT]
        lead = self._org_key("swl")
        owner = self._choose_owner(lead, "ontmoeting", buurt) or self._current(lead)[0]
        status, start, end = self._period("lopend", owner.active_from)
        self._commit(
            self._draft(
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

    def _planted_pair(self, atype: str, slug_a: str, slug_b: str) -> None:
        rng = self.rng
        used = [b for pair in self.planted for b in pair[0].covers]
        taken = [b for b in self.buurten if (atype, b) in self.reserved]
        buurt = self._buurt_for((slug_a, slug_b), avoid=[*used, *taken]) or self._buurt_for(
            (slug_a, slug_b), avoid=taken
        )
        if buurt is None:
            return
        key_a, key_b = self._org_key(slug_a), self._org_key(slug_b)
        spec = TYPES[atype]
        primary = rng.choice(spec.themes[:2])
        group = rng.choice(spec.groups[:2])
        wordings = tx.PLANTED_TEXTS[(atype, slug_a, slug_b)]  # the same work, in two voices
        pair = []
        for n, (slug, key) in enumerate(((slug_a, key_a), (slug_b, key_b))):
            owner = self._choose_owner(key, atype, buurt)
            assert owner is not None, slug
            areas: tuple[str, ...] = (buurt,)
            near = [
                b
                for b in self._eligible(self.buurten[buurt].neighbours)
                if not self.occupied.get((atype, b))
            ]
            if n == 1 and near and rng.random() < 0.35:
                areas = (buurt, rng.choice(near))
            start = REFERENCE_DATE - _days(rng.randint(45, 900))
            start = max(start, owner.active_from + _days(7))
            end = None if rng.random() < 0.6 else REFERENCE_DATE + _days(rng.randint(30, 400))
            others = [
                p
                for p in self._partners(atype, key, (buurt,), rng.randint(0, 1))
                if p not in (key_a, key_b)
            ]
            pair.append(
                self._draft(
                    atype=atype,
                    lead_slug=slug,
                    owner=owner,
                    areas=areas,
                    status="lopend",
                    start=start,
                    end=end,
                    phase=self._phase(
                        "lopend", atype, ("activeren", "organiseren", "ondersteunen")
                    ),
                    themes=self._pick_themes(atype, primary, rng.randint(0, 1)),
                    groups=self._pick_groups(atype, group, rng.randint(0, 1)),
                    partners=tuple(others),
                    template=wordings[n],
                    kind="planted",
                )
            )
        for act in pair:
            self._commit(act, reserve=True)
        self._forbid(key_a, key_b)
        self.planted.append((pair[0], pair[1]))

    def _orphans(self) -> None:
        """Leavers' work: some still runs under their name (orphaned), some ended in time."""
        rng = self.rng
        running = {"eenpitter": 2, "opbouwwerker": 1, "procesmanager-corporatie": 1}
        seen_roles: list[str] = []
        for p in self.leavers:
            n = running.get(p.role, 0) if p.role not in seen_roles else 0
            seen_roles.append(p.role)
            slug = self.org_by_key[p.org].slug
            types = [t for t, s in TYPES.items() if p.role in s.roles] or ["ontmoeting"]
            assert p.active_until is not None
            for status in ["lopend"] * n + (["afgerond"] if n == 0 else []):
                for _ in range(20):
                    atype = rng.choice(types)
                    pool = self._eligible(sorted(p.covers)) or self._eligible(list(self.buurten))
                    buurt = rng.choice(pool)
                    st, start, end = self._period(
                        status, p.active_from, latest=p.active_until - _days(30)
                    )
                    if st == "lopend":
                        end = None
                    act = self._draft(
                        atype=atype,
                        lead_slug=slug,
                        owner=p,
                        areas=(buurt,),
                        status=st,
                        start=start,
                        end=end,
                        kind="orphan" if st == "lopend" else "regular",
                    )
                    if self._conflicts(act) == []:
                        self._commit(act)
                        break

    def _rtc(self) -> None:
        rng = self.rng
        stages = rng.sample(RTC_STAGES, 5)
        for slug, atype, title, desc in rng.sample(tx.RTC_TEXTS, len(tx.RTC_TEXTS)):
            if not stages:
                break
            key, spec = self.orgs[slug]
            owner = self._current(key)[0]
            wanted, phase = RTC_STATE[stages[0]]
            home = self._eligible(self._org_buurten(slug))
            rng.shuffle(home)
            for buurt in home[:6]:
                areas: tuple[str, ...] = (buurt,)
                if spec.home[0] in (w.name for w in tx.WIJKEN):
                    areas = (self._home_codes(spec)[0],)
                status, start, end = self._period(wanted, owner.active_from)
                act = self._draft(
                    atype=atype,
                    lead_slug=slug,
                    owner=owner,
                    areas=areas,
                    status=status,
                    start=start,
                    end=end,
                    phase=phase,
                    kind="rtc",
                    texts=(title, desc),
                )
                if self._conflicts(act) == []:
                    act.rtc_stage = stages.pop(0)
                    self._commit(act)
                    break

    def _regular(self, atype: str) -> None:
        rng = self.rng
        spec = TYPES[atype]
        for attempt in range(12):
            resident = atype in RESIDENT_TYPES and rng.random() < 0.2
            if resident:
                slugs = [s for s, (_, o) in self.orgs.items() if o.type == "bewoners"]
                weights = [3.0 if atype in self.orgs[s][1].focus else 0.5 for s in slugs]
                slug = _pick(rng, slugs, weights)
                pool = self._eligible(self._org_buurten(slug))
                buurt = _pick(rng, pool, [self.buurten[b].need for b in pool])
            else:
                pool = self._eligible(list(self.buurten))
                buurt = _pick(rng, pool, [self.buurten[b].need for b in pool])
                cands, weights = [], []
                for s, (key, org) in self.orgs.items():
                    if org.type == "bewoners" or org.type not in spec.orgs:
                        continue
                    if org.strict and atype not in org.focus:
                        continue
                    if buurt not in self._org_buurten(s) or not self._current(key):
                        continue
                    cands.append(s)
                    weights.append(
                        spec.orgs[org.type] * org.weight * (3 if atype in org.focus else 1)
                    )
                if not cands:
                    continue
                slug = _pick(rng, cands, weights)
            key = self._org_key(slug)
            owner = self._choose_owner(key, atype, buurt)
            if owner is None:
                continue
            w = self.buurten[buurt].wijk
            wijk_ok = not any(b in self.excluded for b in self.wijk_buurten[w])
            areas: tuple[str, ...] = (buurt,)
            if atype in WIJK_WIDE_TYPES and wijk_ok and not resident and rng.random() < 0.12:
                areas = (self.wijk_codes[w],)
            else:
                near = [
                    b
                    for b in self._eligible(self.buurten[buurt].neighbours)
                    if not resident or b in self._org_buurten(slug)
                ]
                extra = _pick(rng, (0, 1, 2), (67, 25, 8))
                areas = (buurt, *rng.sample(near, min(extra, len(near))))
            covers = [b for a in areas for b in self._expand(a)]
            n_partners = _pick(rng, (0, 1, 2, 3), (45, 35, 15, 5))
            partners = self._partners(atype, key, covers, n_partners)
            if partners and not resident and rng.random() < 0.04:
                helper = [p for k in partners for p in self._current(k) if not p.is_group]
                owner = rng.choice(helper) if helper else owner
            status = _pick(rng, list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values()))
            status, start, end = self._period(status, owner.active_from)
            act = self._draft(
                atype=atype,
                lead_slug=slug,
                owner=owner,
                areas=areas,
                status=status,
                start=start,
                end=end,
                partners=tuple(partners),
            )
            clash = self._conflicts(act)
            if clash is None or (clash and attempt < 8):
                continue
            if clash:
                merged = list(dict.fromkeys([*clash, *partners]))
                if len(merged) > 3:
                    continue
                act.partners = tuple(merged)
                for other in clash:
                    self.required_pairs.append((act.lead, other, act))
            self._commit(act)
            return

    def _ensure_coverage(self) -> None:
        """Guarantee every vocabulary key occurs, whatever the seed (tests rely on it)."""
        plain = [a for a in self.acts if a.kind == "regular"]
        for theme in THEMES:
            if not any(theme in a.themes for a in self.acts):
                act = next(a for a in plain if theme in TYPES[a.type].themes)
                act.themes = (*act.themes, theme)
        for group in TARGET_GROUPS:
            if not any(group in a.groups for a in self.acts):
                act = next(a for a in plain if group in TYPES[a.type].groups)
                act.groups = (*act.groups, group)
        for method in METHODS:
            if not any(a.method == method for a in self.acts):
                act = next(
                    a
                    for a in plain
                    if method in TYPES[a.type].methods
                    and sum(b.method == a.method for b in self.acts) > 1
                )
                act.method = method
        for phase in PHASES:
            if not any(a.phase == phase for a in self.acts):
                act = next(
                    a
                    for a in plain
                    if a.status == "lopend" and sum(b.phase == a.phase for b in self.acts) > 1
                )
                act.phase = phase

    # --- collaborations -----------------------------------------------------------------

    def _entity_org(self, e: Entity) -> str:
        return e[1] if e[0] == "o" else self.player_by_key[e[1]].org

    def _entity_start(self, e: Entity) -> tuple[date, date]:
        if e[0] == "o":
            return date(2012, 1, 1), REFERENCE_DATE
        p = self.player_by_key[e[1]]
        return p.active_from, p.active_until or REFERENCE_DATE

    def _collaborations(self) -> list[CollaborationRecord]:
        rng = self.rng
        target = rng.randint(180, 220)
        ties: list[_Tie] = []
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
            org_a, org_b = self._entity_org(a), self._entity_org(b)
            if a == b or pair in seen or self._is_forbidden(org_a, org_b):
                return False
            if (a[0] == "o" and a[1] == org_b) or (b[0] == "o" and b[1] == org_a):
                return False  # a player and their own organisation: not a tie
            (from_a, until_a), (from_b, until_b) = self._entity_start(a), self._entity_start(b)
            lo, hi = max(from_a, from_b) + _days(30), min(until_a, until_b) - _days(14)
            since = _date_between(rng, lo, hi) if hi > lo else min(lo, hi)
            seen.add(pair)
            ties.append(_Tie(a, b, intensity, context, since, theme, fixed=fixed))
            return True

        assert self.complementary is not None
        ca, cb = self.complementary
        add(("p", ca.owner), ("p", cb.owner), 3, tx.COMPLEMENTARY_CONTEXT, "welzijn", fixed=True)
        add(("o", ca.lead), ("o", cb.lead), 3, tx.COMPLEMENTARY_CONTEXT, "welzijn", fixed=True)
        for lead, other, act in self.required_pairs:
            context = rng.choice(tx.PARTNER_CONTEXTS).format(title=act.title)
            add(("o", lead), ("o", other), rng.choice((2, 3)), context, act.themes[0], fixed=True)
        # partnerships named on activities, most frequent first
        counts: dict[tuple[str, str], list[_Act]] = {}
        for act in self.acts:
            for partner in act.partners:
                counts.setdefault((min(act.lead, partner), max(act.lead, partner)), []).append(act)
        ranked = sorted(counts.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        for (x, y), acts in ranked:
            if len(ties) >= int(target * 0.45):
                break
            act = acts[0]
            freq = len(acts)
            intensity = _pick(rng, (1, 2, 3, 4), (3, 4, 2, 1) if freq == 1 else (1, 3, 4, 2))
            context = rng.choice(tx.PARTNER_CONTEXTS).format(title=act.title)
            owner = self.player_by_key[act.owner]
            if rng.random() < 0.45 and owner.active_until is None and owner.org == act.lead:
                other = y if act.lead == x else x
                add(("p", owner.key), ("o", other), intensity, context, act.themes[0])
            else:
                add(("o", x), ("o", y), intensity, context, act.themes[0])
        # people who work together in the same buurten, by role affinity
        people = list(self.players)
        guard = 0
        while len(ties) < target and guard < 5000:
            guard += 1
            p = rng.choice(people)
            roles = ROLE_PARTNERS[p.role].split()
            cands = [
                q for q in people if q.role in roles and q.org != p.org and p.covers & q.covers
            ]
            if not cands:
                continue
            q = rng.choice(cands)
            shared = sorted(p.covers & q.covers)
            buurt = self.buurten[rng.choice(shared)]
            common = [t for t in p.themes if t in q.themes]
            theme = rng.choice(common) if common and rng.random() < 0.75 else None
            intensity = _pick(rng, (1, 2, 3, 4), (35, 35, 20, 10))
            ctx = {
                "in_buurt": buurt.spec.in_name,
                "wijk": tx.WIJKEN[buurt.wijk].name,
                "thema": tx.THEME_LABELS[theme or rng.choice(p.themes)],
                "venue": buurt.spec.venue,
            }
            add(
                ("p", p.key),
                ("p", q.key),
                intensity,
                rng.choice(tx.COLLAB_CONTEXTS[intensity]).format(**ctx),
                theme,
            )
        # about 8% hinder rather than strengthen
        flexible = [i for i, t in enumerate(ties) if not t.fixed]
        for i in rng.sample(flexible, round(len(ties) * 0.08)):
            tie = ties[i]
            buurt = self.buurten[rng.choice(list(self.buurten))]
            ctx = {
                "in_buurt": buurt.spec.in_name,
                "venue": buurt.spec.venue,
                "thema": tx.THEME_LABELS[tie.theme or "participatie"],
            }
            tie.sign, tie.intensity = -1, rng.choice((1, 2))
            tie.context = rng.choice(tx.NEGATIVE_CONTEXTS).format(**ctx)
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

    # --- hand-overs ---------------------------------------------------------------------

    def _handovers(self) -> list[HandoverRecord]:
        rng = self.rng
        target = rng.randint(48, 62)
        late = [
            a
            for a in self.acts
            if a.phase in ("borgen-overdragen", "loslaten")
            and a.status != "gepland"
            and a.kind in ("regular", "rtc")
        ]
        rng.shuffle(late)
        others = [
            a
            for a in self.acts
            if a.status in ("lopend", "gepauzeerd") and a.kind == "regular" and a not in late
        ]
        rng.shuffle(others)
        # late[:5] deliberately get no hand-over; finished work only sometimes had one
        chosen = [
            a
            for a in late[5:] + others
            if (min(REFERENCE_DATE, a.end or REFERENCE_DATE) - a.start).days > 40
            and (a.status in ("lopend", "gepauzeerd") or rng.random() < 0.5)
        ]
        out: list[HandoverRecord] = []
        pending = list(HANDOVER_STATES)  # every state at least once
        overdue = 0
        for act in chosen:
            if len(out) >= target:
                break
            allowed = (
                ("completed", "declined")
                if act.status in ("afgerond", "gestopt")
                else (HANDOVER_STATES)
            )
            state = next((s for s in pending if s in allowed), None) or (
                _pick(rng, allowed, (8, 2) if len(allowed) == 2 else (5, 4, 1.2, 2.5))
            )
            force_overdue = state in ("proposed", "accepted") and overdue < 3
            record = self._handover(act, f"hov-{len(out) + 1:03d}", state, force_overdue)
            if record is None:
                continue
            if state in pending:
                pending.remove(state)
            if record.state in ("proposed", "accepted") and record.due < REFERENCE_DATE:
                overdue += 1
            out.append(record)
        return out

    def _handover(
        self, act: _Act, key: str, state: str, force_overdue: bool
    ) -> HandoverRecord | None:
        rng = self.rng
        owner = self.player_by_key[act.owner]
        lo = act.start + _days(7)
        hi = min(REFERENCE_DATE, act.end or REFERENCE_DATE) - _days(3)
        if (hi - lo).days < 30:
            return None
        # the target: the residents, a player or an organisation, exactly one
        kind = _pick(rng, ("residents", "player", "organisation"), (35, 40, 25))
        to_player = to_org = None
        names = {"to_name": "", "to_org": ""}
        if kind == "player":
            people = [
                p
                for p in self.players
                if p.active_until is None
                and p.key != owner.key
                and set(act.covers) & p.covers
                and not self._is_forbidden(p.org, act.lead)
            ]
            weights = [
                1 + 3 * p.is_group + 2 * (p.role == owner.role) + 2 * (p.org == act.lead)
                for p in people
            ]
            if people:
                person = _pick(rng, people, weights)
                to_player, names["to_name"] = person.key, person.name
            else:
                kind = "residents"
        if kind == "organisation":
            orgs = [
                k
                for s, (k, o) in self.orgs.items()
                if k != act.lead
                and not self._is_forbidden(k, act.lead)
                and (
                    set(self._org_buurten(s)) & set(act.covers)
                    if o.type == "bewoners"
                    else o.type in TYPES[act.type].orgs and not o.strict
                )
            ]
            if orgs:
                to_org = rng.choice(orgs)
                names["to_org"] = self.org_by_key[to_org].name
            else:
                kind = "residents"
        reason = rng.choice(tx.HANDOVER_REASONS[kind]).format(**names)
        span = (hi - lo).days
        proposed = hi - _days(rng.randint(5, min(span, 240 if state == "proposed" else 420)))
        decided = completed = None
        note = ""
        if state == "proposed":
            due = proposed + _days(rng.randint(30, 150))
            if force_overdue:
                proposed = max(lo, REFERENCE_DATE - _days(rng.randint(120, 260)))
                due = proposed + _days(
                    rng.randint(20, max(21, (REFERENCE_DATE - proposed).days - 5))
                )
        else:
            decided = min(hi, proposed + _days(rng.randint(2, 25)))
            due = proposed + _days(rng.randint(30, 180))
            if state == "accepted" and force_overdue:
                due = min(due, REFERENCE_DATE - _days(rng.randint(3, 40)))
                due = max(due, decided + _days(1))
            if state == "completed":
                completed = min(hi, decided + _days(rng.randint(7, 160)))
            if state == "declined":
                note = rng.choice(tx.HANDOVER_DECLINED_NOTES)
        return HandoverRecord(
            key=key,
            activity=act.key,
            reason=reason,
            due=due,
            state=state,
            from_player=owner.key,
            to_player=to_player,
            to_organisation=to_org,
            to_residents=kind == "residents",
            proposed_on=proposed,
            decided_on=decided,
            completed_on=completed,
            note=note,
        )

    # --- records ------------------------------------------------------------------------

    def _player_record(self, p: _Player) -> PlayerRecord:
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

    def _activity_record(self, a: _Act) -> ActivityRecord:
        return ActivityRecord(
            key=a.key,
            title=a.title,
            description=a.description,
            municipality_code=MUNICIPALITY_CODE,
            lead_organisation=a.lead,
            owner=a.owner,
            activity_type=a.type,
            method=a.method,
            phase=a.phase,
            status=a.status,
            start=a.start,
            end=a.end,
            areas=a.areas,
            themes=a.themes,
            target_groups=a.groups,
            partners=a.partners,
            reach=a.reach,
            resident_led=a.resident_led,
            rtc_stage=a.rtc_stage,
        )


def _cell_ring(r: int, c: int) -> list[Node]:
    """Counter-clockwise ring of one lattice cell (x east, y north), with edge midpoints."""
    return [
        ("n", r, c),
        ("h", r, c),
        ("n", r, c + 1),
        ("v", r, c + 1),
        ("n", r + 1, c + 1),
        ("h", r + 1, c),
        ("n", r + 1, c),
        ("v", r, c),
    ]


def _outline(cells: Sequence[tuple[int, int]]) -> list[Node]:
    """Outer ring of a contiguous block of cells without holes, counter-clockwise.

    Interior edges occur twice with opposite directions and cancel; what remains chains into
    the outline, so neighbouring polygons share their vertices exactly.
    """
    edges: list[tuple[Node, Node]] = []
    for r, c in cells:
        ring = _cell_ring(r, c)
        edges.extend(zip(ring, ring[1:] + ring[:1], strict=True))
    present = set(edges)
    nxt: dict[Node, Node] = {}
    for a, b in edges:
        if (b, a) not in present:
            if a in nxt:
                raise ValueError("cells touch at a corner only; the outline is ambiguous")
            nxt[a] = b
    start = min(nxt)
    ring, node = [start], nxt[start]
    while node != start:
        ring.append(node)
        node = nxt[node]
    if len(ring) != len(nxt):
        raise ValueError("block has a hole or is not contiguous")
    return ring
