"""Roles of the demo players: how many of each, where they work, what they work on and with whom."""

from __future__ import annotations

# fmt: off
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
# fmt: on
