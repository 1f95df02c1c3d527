"""Activity types of the demo: what kind of work, by whom, for whom, and how it tends to run."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TypeSpec:
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
) -> TypeSpec:
    org_weights = {k: float(v) for k, v in (part.split(":") for part in orgs.split())}
    return TypeSpec(
        tuple(themes.split()),
        tuple(groups.split()),
        org_weights,
        tuple(methods.split()),
        reach,
        weight,
        tuple(roles.split()),
    )


# fmt: off
TYPES: dict[str, TypeSpec] = {
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
# fmt: on
