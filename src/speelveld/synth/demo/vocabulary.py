"""Fixed dates and codes of the demo, the vocabulary keys it uses and its planted place names."""

from __future__ import annotations

from datetime import date

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
# fmt: on

NEGLECTED_BUURTEN = ("Korenbuurt", "Rietkraag", "Kanaalzone")
SINGLE_ACTIVITY_BUURT = "De Dijk"
SUPPRESSED_BUURT = "Narcissenhof"  # small: its low-income figure is suppressed, as CBS does
COMPLEMENTARY_VENUE = "flat De Lindeboom"

DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag")
DAYPARTS = ("ochtend", "middag", "avond")
