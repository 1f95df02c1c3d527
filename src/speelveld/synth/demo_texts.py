"""Dutch names and text templates for the demo municipality Lindeveen (see ``demo.py``).

Everything here is fictional. Templates use ``str.format`` fields: ``{buurt}`` (place name),
``{in_buurt}`` / ``{In_buurt}`` ("in de Tulpenbuurt"), ``{wijk}``, ``{venue}``, ``{dag}``
("dinsdag"), ``{dagdeel}`` ("ochtend") and ``{org}`` (the lead organisation).
"""

from __future__ import annotations

from dataclasses import dataclass

MUNICIPALITY_NAME = "Lindeveen"


@dataclass(frozen=True)
class BuurtSpec:
    name: str
    in_name: str  # "in de Tulpenbuurt": the form used inside a sentence
    profile: str  # gemengd | arm | oud | arm-oud | gezin | jong | welgesteld
    venue: str


@dataclass(frozen=True)
class WijkSpec:
    name: str
    in_name: str
    venue: str
    buurten: tuple[BuurtSpec, ...]


@dataclass(frozen=True)
class OrgSpec:
    slug: str
    name: str
    type: str
    domain: str  # always under the reserved .example TLD
    description: str
    default_role: str  # role of the player added when nobody else works here
    weight: float = 1.0  # how much work this organisation leads, relative to its type
    focus: tuple[str, ...] = ()  # activity types it specialises in
    strict: bool = False  # only does its focus types
    home: tuple[str, ...] = ()  # wijk or buurt names (resident organisations)
    groups: tuple[str, ...] = ()  # resident groups (players) of a resident organisation


STADSDELEN = ("Lindeveen-Noord", "Lindeveen-Zuid")

# Order matters: wijk i gets the cells marked i in demo.WIJK_LAYOUT, buurten in cell order.
WIJKEN: tuple[WijkSpec, ...] = (
    WijkSpec(
        "De Bloemhof",
        "in De Bloemhof",
        "wijkcentrum De Bloemhof",
        (
            BuurtSpec("Tulpenbuurt", "in de Tulpenbuurt", "arm", "buurthuis De Schakel"),
            BuurtSpec("Rozenbuurt", "in de Rozenbuurt", "oud", "wijkcentrum De Bloemhof"),
            BuurtSpec(
                "Narcissenhof",
                "in de Narcissenhof",
                "welgesteld",
                "de gemeenschappelijke tuin van de Narcissenhof",
            ),
            BuurtSpec("Irisbuurt", "in de Irisbuurt", "gezin", "Brede School De Regenboog"),
            BuurtSpec("Dahliabuurt", "in de Dahliabuurt", "gemengd", "speeltuin De Klimboom"),
        ),
    ),
    WijkSpec(
        "Lindeveen-Centrum",
        "in het centrum",
        "Het Trefpunt",
        (
            BuurtSpec(
                "Marktkwartier", "in het Marktkwartier", "jong", "de bibliotheek aan de Markt"
            ),
            BuurtSpec("Kerkbuurt", "in de Kerkbuurt", "oud", "het zaaltje van de Pauluskerk"),
            BuurtSpec("Stationsbuurt", "in de Stationsbuurt", "jong", "Het Trefpunt"),
            BuurtSpec("Molenbuurt", "in de Molenbuurt", "gemengd", "buurthuis De Molen"),
        ),
    ),
    WijkSpec(
        "Oosterpark",
        "in Oosterpark",
        "wijkcentrum Oosterpark",
        (
            BuurtSpec("Parkzicht", "in Parkzicht", "welgesteld", "paviljoen Parkzicht"),
            BuurtSpec(
                "Vijverhof", "in de Vijverhof", "oud", "het restaurant van zorgcentrum De Vijverhof"
            ),
            BuurtSpec("Eikenlaan", "rond de Eikenlaan", "gezin", "OBS De Vlinder"),
            BuurtSpec("Beukenbuurt", "in de Beukenbuurt", "arm", "flat De Lindeboom"),
            BuurtSpec(
                "De Kroosvijver", "bij De Kroosvijver", "gemengd", "buurtmoestuin De Kroosvijver"
            ),
        ),
    ),
    WijkSpec(
        "Het Veld",
        "in Het Veld",
        "sporthal Veldhuizen",
        (
            BuurtSpec("Veldhuizen", "in Veldhuizen", "gemengd", "sporthal Veldhuizen"),
            BuurtSpec("Korenbuurt", "in de Korenbuurt", "arm-oud", "de flats aan de Korenstraat"),
            BuurtSpec("Haverveld", "in het Haverveld", "gezin", "kinderboerderij Het Haverveld"),
            BuurtSpec("Akkerbuurt", "in de Akkerbuurt", "gemengd", "ontmoetingscentrum De Akker"),
        ),
    ),
    WijkSpec(
        "Waterwijk",
        "in de Waterwijk",
        "cultuurhuis De Kade",
        (
            BuurtSpec("Havenkwartier", "in het Havenkwartier", "jong", "cultuurhuis De Kade"),
            BuurtSpec("Sluisbuurt", "in de Sluisbuurt", "gemengd", "buurthuis De Sluis"),
            BuurtSpec(
                "Rietkraag", "in de Rietkraag", "arm-oud", "de portiekflats aan de Rietkraag"
            ),
            BuurtSpec("De Dijk", "op De Dijk", "oud", "ontmoetingsruimte Het Dijkhuis"),
            BuurtSpec("Kanaalzone", "in de Kanaalzone", "arm-oud", "de hoogbouw aan het kanaal"),
            BuurtSpec("Zuiderkade", "aan de Zuiderkade", "gezin", "de Zuiderkadeschool"),
        ),
    ),
)

_WELZIJN = (
    "Welzijnsorganisatie voor heel Lindeveen: opbouwwerk, sociaal makelaars en sociaal beheer."
)
ORGANISATIONS: tuple[OrgSpec, ...] = (
    OrgSpec(
        "swl",
        "Stichting Welzijn Lindeveen",
        "welzijn",
        "welzijnlindeveen.example",
        _WELZIJN,
        "opbouwwerker",
        weight=6.0,
    ),
    OrgSpec(
        "jol",
        "Jongerenwerk Lindeveen",
        "welzijn",
        "jongerenwerklindeveen.example",
        "Ambulant jongerenwerk, jongerenhonken en meidenwerk.",
        "jongerenwerker",
        weight=2.5,
        focus=("jongerenwerk", "huiswerk", "beweeg", "cultuur"),
        strict=True,
    ),
    OrgSpec(
        "nsj",
        "Stichting Naast Je",
        "welzijn",
        "naastje.example",
        "Vrijwilligers die naast mensen staan: thuisadministratie, mantelzorg en maaltijden.",
        "sociaal-makelaar",
        weight=2.0,
        focus=("schuldhulp", "mantelzorg", "samen-eten", "ontmoeting", "digitaal"),
    ),
    OrgSpec(
        "bbv",
        "Buurtbemiddeling Veenland",
        "welzijn",
        "buurtbemiddelingveenland.example",
        "Getrainde vrijwilligers helpen buren om conflicten zelf op te lossen.",
        "buurtbemiddelaar",
        focus=("buurtbemiddeling",),
        strict=True,
    ),
    OrgSpec(
        "vcl",
        "Vrijwilligerscentrale Lindeveen",
        "welzijn",
        "vrijwilligerslindeveen.example",
        "Vacaturebank, training en matchmaking tussen vrijwilligers, initiatieven en bedrijven.",
        "maatschappelijk-matchmaker",
        weight=1.5,
        focus=("initiatiefondersteuning", "mantelzorg", "digitaal"),
    ),
    OrgSpec(
        "wsl",
        "Woonstede Lindeveen",
        "woningcorporatie",
        "woonstede.example",
        "Grootste woningcorporatie van Lindeveen, met 7.800 huurwoningen.",
        "procesmanager-corporatie",
        weight=3.0,
    ),
    OrgSpec(
        "vhw",
        "Veenhuis Wonen",
        "woningcorporatie",
        "veenhuiswonen.example",
        "Corporatie met vooral seniorenwoningen en portiekflats in het zuiden.",
        "wijkregisseur",
        weight=2.0,
    ),
    OrgSpec(
        "thg",
        "Stichting Thuisgaarde",
        "woningcorporatie",
        "thuisgaarde.example",
        "Kleine corporatie in het centrum en Oosterpark.",
        "wijkregisseur",
        weight=1.2,
    ),
    OrgSpec(
        "gem",
        "Gemeente Lindeveen",
        "gemeente",
        "lindeveen.example",
        "Gebiedsgericht werken, participatie en het uitdaagrecht.",
        "gebiedscoordinator",
        weight=3.0,
    ),
    OrgSpec(
        "bib",
        "Bibliotheek Lindeveen",
        "bibliotheek",
        "bibliotheeklindeveen.example",
        "Openbare bibliotheek met vestigingen aan de Markt en in De Bloemhof.",
        "community-librarian",
        weight=3.0,
    ),
    OrgSpec(
        "tlh",
        "Taalhuis Lindeveen",
        "bibliotheek",
        "taalhuislindeveen.example",
        "Taalhuis in de bibliotheek: taal, rekenen en digitale vaardigheden.",
        "community-librarian",
        weight=1.5,
        focus=("taal", "digitaal"),
        strict=True,
    ),
    OrgSpec(
        "pdl",
        "Protestantse Diaconie Lindeveen",
        "kerk",
        "diaconielindeveen.example",
        "Diaconaal werk in de wijken vanuit de protestantse gemeente.",
        "diaconaal-opbouwwerker",
        weight=1.5,
    ),
    OrgSpec(
        "pci",
        "PCI Parochie H. Maria Lindeveen",
        "kerk",
        "parochiemarialindeveen.example",
        "Parochiële Caritas Instelling: hulp bij armoede en eenzaamheid.",
        "diaconaal-opbouwwerker",
        weight=1.2,
    ),
    OrgSpec(
        "mos",
        "Stichting Moskee Al-Nour Lindeveen",
        "kerk",
        "alnourlindeveen.example",
        "Moskee en ontmoetingsplek met huiswerkklas, taallessen en een vrouwengroep.",
        "diaconaal-opbouwwerker",
        weight=1.0,
    ),
    OrgSpec(
        "ank",
        "Evangeliegemeente Het Anker",
        "kerk",
        "hetankerlindeveen.example",
        "Kerkgemeenschap met een inloophuis en voedselhulp.",
        "diaconaal-opbouwwerker",
        weight=0.8,
    ),
    OrgSpec(
        "bwz",
        "Buurtwerk & Zo (eenpitter)",
        "zelfstandige",
        "buurtwerkenzo.example",
        "Zelfstandig opbouwwerker, ingehuurd voor buurtgerichte opdrachten.",
        "eenpitter",
    ),
    OrgSpec(
        "vbk",
        "Verbindkracht",
        "zelfstandige",
        "verbindkracht.example",
        "Eenpitter voor participatietrajecten en bewonersconsultatie.",
        "eenpitter",
    ),
    OrgSpec(
        "wwa",
        "WijkWijs Advies",
        "zelfstandige",
        "wijkwijs.example",
        "Zelfstandig adviseur wijkaanpak en wijkscans.",
        "eenpitter",
    ),
    OrgSpec(
        "dbb",
        "De Buurtbrug",
        "zelfstandige",
        "debuurtbrug.example",
        "Eenpitter die bewonersinitiatieven begeleidt.",
        "eenpitter",
    ),
    OrgSpec(
        "ssp",
        "Samenspel Opbouwwerk",
        "zelfstandige",
        "samenspelopbouwwerk.example",
        "Zelfstandig opbouwwerker met een opdracht van het buurtfonds.",
        "eenpitter",
    ),
    OrgSpec(
        "kvh",
        "Kracht van Hier",
        "zelfstandige",
        "krachtvanhier.example",
        "Eenpitter voor energiecoaching en duurzame buurtinitiatieven.",
        "eenpitter",
        focus=("energie", "vergroening"),
    ),
    OrgSpec(
        "bdb",
        "Bewonersvereniging De Bloemhof",
        "bewoners",
        "bewonersdebloemhof.example",
        "Vereniging van en voor bewoners van De Bloemhof.",
        "bewonersgroep",
        home=("De Bloemhof",),
        focus=("buurtfeest", "vergroening", "ontmoeting"),
        groups=("Bewonersvereniging De Bloemhof", "Werkgroep Groen De Bloemhof"),
    ),
    OrgSpec(
        "bct",
        "Buurtcomité Tulpenbuurt",
        "bewoners",
        "tulpenbuurt.example",
        "Actieve bewoners die opkomen voor de Tulpenbuurt.",
        "bewonersgroep",
        home=("Tulpenbuurt",),
        focus=("buurtfeest", "buurtpreventie", "samen-eten"),
        groups=("Buurtcomité Tulpenbuurt",),
    ),
    OrgSpec(
        "hvo",
        "Huurdersvereniging Oosterpark",
        "bewoners",
        "huurdersoosterpark.example",
        "Behartigt de belangen van huurders in Oosterpark.",
        "bewonersgroep",
        home=("Oosterpark",),
        focus=("energie", "consultatie", "buurtpreventie"),
        groups=("Huurdersvereniging Oosterpark", "Bewonerscommissie flat De Lindeboom"),
    ),
    OrgSpec(
        "bgh",
        "Bewonersinitiatief Groen Hart",
        "bewoners",
        "groenhart.example",
        "Bewoners die het centrum groener maken.",
        "bewonersgroep",
        home=("Marktkwartier", "Molenbuurt"),
        focus=("vergroening", "repair-cafe"),
        groups=("Bewonersinitiatief Groen Hart",),
    ),
    OrgSpec(
        "mkv",
        "Moestuinvereniging De Kroosvijver",
        "bewoners",
        "dekroosvijver.example",
        "Buurtmoestuin met veertig tuinders uit de buurt.",
        "bewonersgroep",
        home=("De Kroosvijver", "Beukenbuurt"),
        focus=("vergroening", "samen-eten"),
        groups=("Tuindersgroep De Kroosvijver",),
    ),
    OrgSpec(
        "sds",
        "Stichting Buurthuis De Schakel",
        "bewoners",
        "deschakel.example",
        "Buurthuis dat door bewoners zelf wordt beheerd.",
        "bewonersgroep",
        home=("Tulpenbuurt", "Dahliabuurt"),
        focus=("ontmoeting", "samen-eten", "cultuur"),
        groups=("Beheergroep De Schakel", "Kookploeg De Schakel"),
    ),
    OrgSpec(
        "vss",
        "Vrouwengroep Samen Sterk",
        "bewoners",
        "samensterk.example",
        "Vrouwen uit verschillende culturen die elkaar steunen.",
        "bewonersgroep",
        home=("Beukenbuurt", "Vijverhof"),
        focus=("ontmoeting", "taal", "samen-eten"),
        groups=("Vrouwengroep Samen Sterk",),
    ),
    OrgSpec(
        "ecl",
        "Energiecoöperatie LindeZon",
        "bewoners",
        "lindezon.example",
        "Coöperatie van bewoners voor zonnedaken en energiebesparing.",
        "bewonersgroep",
        home=("Havenkwartier", "Sluisbuurt", "Parkzicht"),
        focus=("energie",),
        groups=("Energiecoöperatie LindeZon", "Energiecoaches LindeZon"),
    ),
    OrgSpec(
        "skb",
        "Speeltuinvereniging De Klimboom",
        "bewoners",
        "deklimboom.example",
        "Ouders die de speeltuin in de Dahliabuurt draaiende houden.",
        "bewonersgroep",
        home=("Dahliabuurt", "Irisbuurt"),
        focus=("buurtfeest", "beweeg", "jongerenwerk"),
        groups=("Speeltuinvereniging De Klimboom",),
    ),
    OrgSpec(
        "bhv",
        "Bewonersplatform Het Veld",
        "bewoners",
        "bewonershetveld.example",
        "Platform van bewonersgroepen in Veldhuizen, het Haverveld en de Akkerbuurt.",
        "bewonersgroep",
        home=("Veldhuizen", "Haverveld", "Akkerbuurt"),
        focus=("consultatie", "buurtfeest", "beweeg", "samen-eten"),
        groups=("Bewonersplatform Het Veld", "Ouderensoos De Akker"),
    ),
    OrgSpec(
        "bpw",
        "Buurtpreventie Waterwijk",
        "bewoners",
        "buurtpreventiewaterwijk.example",
        "Bewoners die samen letten op veiligheid in de Waterwijk.",
        "bewonersgroep",
        home=("Havenkwartier", "Sluisbuurt", "Zuiderkade"),
        focus=("buurtpreventie",),
        groups=("Buurtpreventieteam Waterwijk",),
    ),
    OrgSpec(
        "wtn",
        "Wijkteam Lindeveen-Noord",
        "zorg",
        "wijkteamlindeveen.example",
        "Sociaal wijkteam voor het noorden van Lindeveen.",
        "wmo-consulent",
        weight=1.5,
    ),
    OrgSpec(
        "wtz",
        "Wijkteam Lindeveen-Zuid",
        "zorg",
        "wijkteamlindeveen.example",
        "Sociaal wijkteam voor het zuiden van Lindeveen.",
        "wmo-consulent",
        weight=1.5,
    ),
    OrgSpec(
        "tzv",
        "Thuiszorg Veenland",
        "zorg",
        "thuiszorgveenland.example",
        "Wijkverpleging en huishoudelijke hulp.",
        "wmo-consulent",
        weight=0.8,
        focus=("mantelzorg", "beweeg"),
    ),
    OrgSpec(
        "ggz",
        "GGZ Veenland",
        "zorg",
        "ggzveenland.example",
        "Ambulante geestelijke gezondheidszorg in de wijk.",
        "maatschappelijk-werker",
        weight=0.6,
        focus=("ontmoeting", "opvoeden"),
    ),
    OrgSpec(
        "pol",
        "Politie Basisteam Veenland",
        "politie",
        "politieveenland.example",
        "Basisteam met een wijkagent voor elke wijk.",
        "wijkagent",
        focus=("buurtpreventie", "netwerkoverleg", "buurtbemiddeling", "jongerenwerk"),
        strict=True,
    ),
    OrgSpec(
        "reg",
        "Brede School De Regenboog",
        "onderwijs",
        "deregenboog.example",
        "Basisschool met een brede-schoolprogramma na schooltijd.",
        "cultuurverbinder",
        focus=("huiswerk", "opvoeden", "cultuur", "taal"),
        strict=True,
    ),
    OrgSpec(
        "obs",
        "OBS De Vlinder",
        "onderwijs",
        "obsdevlinder.example",
        "Openbare basisschool rond de Eikenlaan.",
        "cultuurverbinder",
        focus=("huiswerk", "opvoeden"),
        strict=True,
    ),
    OrgSpec(
        "vco",
        "Veenland College",
        "onderwijs",
        "veenlandcollege.example",
        "Scholengemeenschap voor vmbo en havo.",
        "jongerenwerker",
        focus=("huiswerk", "jongerenwerk"),
        strict=True,
    ),
    OrgSpec(
        "bfl",
        "Buurtfonds Lindeveen",
        "fonds",
        "buurtfondslindeveen.example",
        "Lokaal fonds dat bewonersinitiatieven een steuntje in de rug geeft.",
        "maatschappelijk-matchmaker",
        focus=("initiatiefondersteuning",),
        strict=True,
    ),
    OrgSpec(
        "lfd",
        "Stichting Het Lindefonds",
        "fonds",
        "lindefonds.example",
        "Vermogensfonds voor sociale projecten in Lindeveen.",
        "maatschappelijk-matchmaker",
        focus=("initiatiefondersteuning",),
        strict=True,
    ),
    OrgSpec(
        "vbl",
        "Voedselbank Lindeveen",
        "overig",
        "voedselbanklindeveen.example",
        "Voedselpakketten voor huishoudens die het tijdelijk niet redden.",
        "sociaal-makelaar",
        focus=("voedselhulp",),
        strict=True,
    ),
    OrgSpec(
        "gwl",
        "Stichting Geldwijs Lindeveen",
        "overig",
        "geldwijs.example",
        "Vrijwillige geldcoaches en hulp bij de thuisadministratie.",
        "sociaal-makelaar",
        focus=("schuldhulp",),
        strict=True,
    ),
    OrgSpec(
        "kde",
        "Cultuurhuis De Kade",
        "overig",
        "dekade.example",
        "Podium, ateliers en cultuureducatie in het Havenkwartier.",
        "cultuurverbinder",
        weight=1.5,
        focus=("cultuur", "jongerenwerk"),
        strict=True,
    ),
    OrgSpec(
        "spb",
        "Sportbedrijf Lindeveen",
        "overig",
        "sportlindeveen.example",
        "Buurtsportcoaches en sporthallen.",
        "jongerenwerker",
        focus=("beweeg", "jongerenwerk"),
        strict=True,
    ),
)

# --- people -----------------------------------------------------------------------------------
# Name pools by background; each background brings the languages a worker may speak.
NAME_POOLS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "nl": (
        (
            "Sanne",
            "Mark",
            "Anouk",
            "Jeroen",
            "Esther",
            "Thijs",
            "Marieke",
            "Bas",
            "Linda",
            "Ruud",
            "Femke",
            "Joost",
            "Ingrid",
            "Pieter",
            "Lotte",
            "Martijn",
            "Hanneke",
            "Wouter",
            "Judith",
            "Sjoerd",
            "Marloes",
            "Koen",
            "Ellen",
            "Gert-Jan",
            "Inge",
            "Daan",
            "Petra",
            "Roel",
            "Nicole",
            "Hans",
            "Mirjam",
            "Erik",
            "Karin",
            "Niels",
            "Fleur",
            "Jasper",
            "Wendy",
            "Bram",
            "Ilse",
            "Frank",
            "Annemiek",
            "Tim",
            "Eva",
            "Rutger",
            "Noor",
        ),
        (
            "de Vries",
            "van den Berg",
            "Jansen",
            "Bakker",
            "Visser",
            "Smit",
            "Meijer",
            "de Boer",
            "Mulder",
            "de Groot",
            "Bos",
            "Vos",
            "Peters",
            "Hendriks",
            "van Leeuwen",
            "Dekker",
            "Brouwer",
            "de Wit",
            "Dijkstra",
            "Smits",
            "de Graaf",
            "van der Meer",
            "Kok",
            "Jacobs",
            "Vermeulen",
            "van Dijk",
            "Schouten",
            "Hoekstra",
            "van der Linden",
            "Post",
            "Kuipers",
            "Veenstra",
            "Oosterhuis",
            "Timmermans",
            "Prins",
            "Huisman",
            "Wolters",
            "Bosman",
            "ter Horst",
            "Hofman",
        ),
    ),
    "ma": (
        (
            "Mohamed",
            "Fatima",
            "Youssef",
            "Naima",
            "Karim",
            "Samira",
            "Hamza",
            "Loubna",
            "Said",
            "Khadija",
            "Bilal",
            "Nadia",
            "Soufiane",
            "Hanane",
        ),
        (
            "El Amrani",
            "Bouzid",
            "Ouali",
            "Benali",
            "El Idrissi",
            "Aznag",
            "Boukhari",
            "Zaoui",
            "El Khattabi",
            "Haddouchi",
            "Tahiri",
        ),
    ),
    "tr": (
        (
            "Ayşe",
            "Mehmet",
            "Elif",
            "Emre",
            "Zeynep",
            "Murat",
            "Fatma",
            "Hakan",
            "Esra",
            "Burak",
            "Gül",
            "Serkan",
        ),
        ("Yilmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Arslan", "Doğan", "Aydin", "Koç"),
    ),
    "sr": (
        ("Sharon", "Romano", "Rachelle", "Kenneth", "Sunita", "Ravi", "Priya", "Glenn", "Shanti"),
        ("Ramdin", "Sewdien", "Pinas", "Renfurm", "Jagernath", "Bhoelai", "Koorndijk", "Biharie"),
    ),
    "an": (
        ("Shurandy", "Giovanni", "Chanelva", "Jeandra", "Rignald"),
        ("Martina", "Isenia", "Doran", "Rosaria", "Cijntje"),
    ),
    "pl": (
        ("Agnieszka", "Piotr", "Katarzyna", "Tomasz", "Magdalena", "Marek"),
        ("Nowak", "Mazur", "Kaczmarek", "Krawczyk", "Wójcik", "Zając"),
    ),
    "so": (
        ("Hodan", "Abdi", "Ayaan", "Mahad", "Fadumo", "Liban"),
        ("Warsame", "Abdullahi", "Farah", "Hassan", "Jama", "Nur"),
    ),
    "er": (
        ("Senait", "Yonas", "Helen", "Tesfay", "Rahel", "Dawit"),
        ("Tesfamariam", "Ghebremedhin", "Haile", "Berhane", "Kidane"),
    ),
    "uk": (
        ("Olena", "Andrii", "Iryna", "Oleksandr", "Yulia", "Dmytro"),
        ("Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko"),
    ),
    "sy": (
        ("Rami", "Lina", "Omar", "Rasha", "Ahmad", "Hiba"),
        ("Al-Hassan", "Haddad", "Khalil", "Al-Masri", "Darwish", "Najjar"),
    ),
    "af": (
        ("Farid", "Mina", "Reza", "Shirin", "Parisa", "Hamid"),
        ("Ahmadi", "Rahimi", "Karimi", "Hosseini", "Sadeghi"),
    ),
    "cn": (("Mei", "Wei", "Lin", "Jun", "Xiu"), ("Chan", "Wong", "Chen", "Lam", "Zhang")),
    "es": (("Lucía", "Carlos", "Marta", "Javier"), ("García", "Fernández", "Moreno", "Ruiz")),
    "ro": (("Ioana", "Andrei", "Elena", "Mihai"), ("Popescu", "Ionescu", "Popa", "Stan")),
    "bg": (("Georgi", "Desislava", "Nikolai"), ("Dimitrov", "Georgiev", "Ivanov")),
}

# --- activity texts ---------------------------------------------------------------------------
# Per activity type: (titles, descriptions); titles[i] goes with descriptions[i], and titles past
# the last description are generic (any description fits). Different organisations describe the
# same work in different words; overlap detection has to see through that.
ACTIVITY_TEXTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ontmoeting": (
        (
            "Koffie-inloop {in_buurt}",
            "Open huiskamer {in_buurt}",
            "Ontmoetingsplek {buurt}: even bijpraten",
            "Buurthuiskamer {buurt}",
            "Koffie-uurtje in {venue}",
        ),
        (
            "Elke {dag}{dagdeel} staat de koffie klaar in {venue}. Bewoners lopen binnen voor een "
            "praatje, een spelletje of een vraag; vrijwilligers heten iedereen welkom.",
            "Laagdrempelige inloop voor wie even onder de mensen wil zijn. We zien vooral bewoners "
            "die alleen wonen. Wie een vraag heeft, wordt doorverwezen naar het wijkteam.",
            "Een vaste plek {in_buurt} waar buren elkaar leren kennen. Op {dag} is {venue} open "
            "van 10 tot 12 uur; er is geen programma, wel altijd iemand om mee te praten.",
            "Vanuit signalen over eenzaamheid zijn we een wekelijkse ontmoeting gestart in "
            "{venue}. Bewoners denken mee over het programma en zetten zelf koffie.",
        ),
    ),
    "taal": (
        (
            "Taalcafé {in_buurt}",
            "Praatgroep Nederlands {buurt}",
            "Taalmaatjes {buurt}",
            "Nederlands oefenen voor vrouwen {in_buurt}",
            "Nederlands oefenen in {venue}",
            "Samen Nederlands spreken op {dag}",
        ),
        (
            "Elke {dag}{dagdeel} oefenen nieuwkomers Nederlands met vrijwilligers in {venue}. "
            "Daarna is er ruimte voor vragen over post en formulieren.",
            "In kleine groepjes praten deelnemers over alledaagse onderwerpen: de huisarts, "
            "school, boodschappen. De taalvrijwilligers zijn getraind door het Taalhuis.",
            "Voor bewoners die de taal willen leren of bijhouden. We koppelen een taalmaatje aan "
            "een deelnemer; ze spreken elke week af, thuis of in {venue}.",
            "Praatgroep voor vrouwen die Nederlands willen oefenen, met kinderopvang tijdens de "
            "les. Veel deelnemers wonen {in_buurt} en komen via de school van hun kinderen.",
        ),
    ),
    "huiswerk": (
        (
            "Huiswerkhulp op {dag}middag",
            "Studiehulp voor brugklassers {in_buurt}",
            "Huiswerkbegeleiding in {venue}",
            "Huiswerkklas {buurt}",
        ),
        (
            "Op {dag}middag helpen vrijwilligers en studenten kinderen uit groep 6 tot en met 8 "
            "met huiswerk en begrijpend lezen in {venue}.",
            "Brugklassers krijgen hulp bij plannen en leren. Ouders worden twee keer per jaar "
            "uitgenodigd voor een gesprek over de overstap naar het voortgezet onderwijs.",
            "Kinderen die thuis geen rustige plek hebben, kunnen na school terecht in {venue}. Er "
            "is fruit, een laptop en een vrijwilliger die meekijkt.",
            "Huiswerkondersteuning voor kinderen uit gezinnen met een krappe beurs, samen met de "
            "basisschool {in_buurt}.",
        ),
    ),
    "schuldhulp": (
        (
            "Formulierenspreekuur {buurt}",
            "Thuisadministratie op orde {in_buurt}",
            "Budgetcafé {in_buurt}",
            "Vroeg erop af bij huurachterstand {in_buurt}",
            "Geldzorgen? Spreekuur in {venue}",
            "Geldmaatjes {wijk}",
        ),
        (
            "Wekelijks spreekuur waar bewoners terechtkunnen met brieven, toeslagen en "
            "betalingsachterstanden. Vrijwilligers helpen met ordenen en verwijzen zo nodig door "
            "naar schuldhulpverlening.",
            "Getrainde vrijwilligers komen thuis bij huishoudens die hun administratie niet meer "
            "overzien. Samen maken ze een overzicht en een plan.",
            "In {venue} is elke {dag}{dagdeel} een budgetcafé: bewoners wisselen tips uit over "
            "rondkomen, energiekosten en regelingen van de gemeente.",
            "Vroegsignalering van betalingsachterstanden: samen met de corporatie gaan we langs "
            "bij huurders met een achterstand, voordat het uit de hand loopt.",
        ),
    ),
    "mantelzorg": (
        (
            "Mantelzorgcafé {buurt}",
            "Steunpunt mantelzorg in {venue}",
            "Mantelzorgers in beeld {in_buurt}",
            "Even op adem komen: respijt voor mantelzorgers",
            "Mantelzorg {in_buurt}",
        ),
        (
            "Maandelijkse bijeenkomst voor mensen die zorgen voor een naaste. Er is ruimte voor "
            "het eigen verhaal en informatie over respijtzorg.",
            "Mantelzorgers {in_buurt} ontmoeten elkaar op {dag}{dagdeel} in {venue}. Soms is er "
            "een spreker, bijvoorbeeld van het wijkteam of de thuiszorg.",
            "We zoeken mantelzorgers actief op, ook jonge mantelzorgers en mensen die zichzelf "
            "geen mantelzorger noemen, en brengen hen met elkaar in contact.",
            "Vrijwilligers {in_buurt} nemen een paar uur de zorg over, zodat de mantelzorger even "
            "tijd voor zichzelf heeft.",
        ),
    ),
    "digitaal": (
        (
            "Digicafé {buurt}",
            "Klik & Tik in {venue}",
            "Smartphonecursus voor ouderen {in_buurt}",
            "Digitaal spreekuur {in_buurt}",
            "Hulp bij DigiD en de computer {in_buurt}",
        ),
        (
            "Bewoners krijgen hulp bij hun telefoon, tablet of laptop: inloggen met DigiD, een "
            "afspraak maken bij de huisarts, foto's versturen naar de kleinkinderen.",
            "Elke {dag}{dagdeel} zitten vrijwilligers klaar in {venue} om mee te kijken bij "
            "digitale vragen van de overheid en de bank.",
            "Korte cursus in vijf lessen voor wie nog weinig met de smartphone doet. Deelnemers "
            "nemen hun eigen toestel mee.",
            "Een vast spreekuur voor vragen over formulieren en websites van instanties, met "
            "aandacht voor oplichting en veilig internetten.",
        ),
    ),
    "beweeg": (
        (
            "Wandelgroep {buurt}",
            "Stoelyoga in {venue}",
            "Buurtsport op {dag}",
            "Ommetje met de buren {in_buurt}",
            "Samen in beweging {in_buurt}",
        ),
        (
            "Elke {dag}{dagdeel} vertrekt een wandelgroep vanaf {venue}. Na afloop drinken we "
            "samen koffie; nieuwe wandelaars zijn altijd welkom.",
            "Beweegles op de stoel voor ouderen die niet meer naar de sportschool kunnen, gegeven "
            "door een vrijwilliger met een achtergrond in de fysiotherapie.",
            "Laagdrempelig sporten op het trapveldje {in_buurt}: voetbal, badminton en bootcamp "
            "voor jong en oud.",
            "Een rondje door de wijk om in beweging te blijven en de buurt beter te leren kennen. "
            "Bewoners lopen om de beurt voorop.",
        ),
    ),
    "vergroening": (
        (
            "Geveltuintjes {in_buurt}",
            "Buurtmoestuin {buurt}",
            "Groenploeg {buurt}",
            "Groene binnentuin {buurt}",
            "Samen groen {in_buurt}",
        ),
        (
            "Bewoners halen samen tegels weg en leggen geveltuintjes aan. De gemeente levert "
            "planten en grond, de bewoners onderhouden het groen.",
            "Op een braakliggend stuk grond bij {venue} kweken buren groenten en kruiden. Op "
            "{dag} is er een werkmoment voor iedereen die wil helpen.",
            "Een vaste groep vrijwilligers houdt het plantsoen bij en organiseert twee keer per "
            "jaar een opschoondag met de buurt.",
            "Bewoners hebben plannen gemaakt om de binnentuin te vergroenen, met bankjes, "
            "fruitbomen en een speelplek. We helpen bij de aanvraag bij het buurtfonds.",
        ),
    ),
    "energie": (
        (
            "Energiecoaches {in_buurt}",
            "Energie besparen aan de keukentafel {in_buurt}",
            "Energiecafé in {venue}",
            "Aardgasvrij {buurt}: bewoners praten mee",
            "Warme buurt {buurt}",
        ),
        (
            "Vrijwillige energiecoaches komen langs om samen met bewoners te kijken waar ze kunnen "
            "besparen. Ze nemen kleine maatregelen mee, zoals tochtstrips en radiatorfolie.",
            "Huurders met hoge energiekosten krijgen een gratis huisbezoek en advies. De "
            "corporatie en de gemeente betalen de materialen.",
            "In {venue} is elke maand een energiecafé met uitleg over de energierekening, "
            "vastrecht en subsidies voor isolatie.",
            "Bewoners {in_buurt} praten mee over het aardgasvrij maken van de buurt. We halen "
            "vragen en zorgen op en brengen die naar de gemeente.",
        ),
    ),
    "buurtpreventie": (
        (
            "Buurtpreventieteam {buurt}",
            "WhatsApp-buurtpreventie {in_buurt}",
            "Samen veilig {in_buurt}",
            "Veiligheidsschouw {buurt}",
            "Veilige buurt {buurt}",
        ),
        (
            "Bewoners lopen op vaste avonden een ronde door de buurt en letten op openstaande "
            "ramen, kapotte lantaarnpalen en verdachte situaties. De wijkagent sluit regelmatig "
            "aan.",
            "Een buurtapp voor het melden van onveilige situaties, met duidelijke afspraken over "
            "wat je wel en niet deelt. De beheerders zijn getraind.",
            "Na een reeks inbraken zijn bewoners samen met de wijkagent en de gemeente een "
            "buurtpreventieteam gestart.",
            "Schouw met bewoners, corporatie en gemeente langs donkere plekken en overlast "
            "{in_buurt}; de bevindingen gaan naar het wijkoverleg.",
        ),
    ),
    "consultatie": (
        (
            "Bewonersavond herinrichting {buurt}",
            "Bewonerspanel {wijk}",
            "Buurtgesprek {in_buurt}: wat vindt u van uw buurt?",
            "Participatietraject speelplein {buurt}",
            "Meedenken over {buurt}",
        ),
        (
            "De gemeente wil de openbare ruimte opnieuw inrichten. Op drie avonden in {venue} "
            "denken bewoners mee over groen, parkeren en speelplekken.",
            "Bewoners geven hun mening over plannen voor de buurt via een digitaal panel en een "
            "jaarlijkse bijeenkomst. We zorgen dat ook minder mondige bewoners meedoen.",
            "Met een koffiekar staan we op {dag} op het plein en vragen voorbijgangers wat zij "
            "belangrijk vinden in de buurt. De opbrengst gaat naar de gebiedsagenda.",
            "Kinderen en ouders ontwerpen samen het nieuwe speelplein; de ontwerpen worden "
            "besproken met de gemeente.",
        ),
    ),
    "buurtfeest": (
        (
            "Zomerfeest {buurt}",
            "Burendag {in_buurt}",
            "Open iftar {in_buurt}",
            "Winterfeest in {venue}",
            "Buurtfeest {buurt}",
        ),
        (
            "Jaarlijks buurtfeest met muziek, eten uit alle windstreken en activiteiten voor "
            "kinderen. Bewoners organiseren het zelf, met een bijdrage uit het buurtbudget.",
            "Op Burendag zetten buren samen tafels op straat en knappen ze het pleintje op. Zo "
            "leren nieuwe bewoners de buurt kennen.",
            "Tijdens de ramadan organiseren bewoners een open iftar waar iedereen welkom is, "
            "ongeacht geloof.",
            "Een feestelijke middag in {venue} om het jaar af te sluiten, met een hapje, een "
            "drankje en een optreden van kinderen uit de buurt.",
        ),
    ),
    "jongerenwerk": (
        (
            "Jongerenhonk {buurt}",
            "Straathoekwerk {in_buurt}",
            "Meidenclub in {venue}",
            "Jongeren aan zet {wijk}",
            "Jongerenwerk {in_buurt}",
        ),
        (
            "Twee avonden per week is het jongerenhonk open voor jongeren van 12 tot 18. "
            "Jongerenwerkers zijn aanspreekbaar en helpen bij vragen over school, werk en geld.",
            "Jongerenwerkers zoeken jongeren op waar ze zijn: op het plein, bij de snackbar en "
            "online. Ze bouwen een band op en verwijzen door waar nodig.",
            "Een vaste groep meiden komt elke {dag} samen in {venue} om te koken, te praten en "
            "zelf activiteiten te bedenken.",
            "Jongeren bedenken en organiseren zelf een activiteit voor de buurt, met een klein "
            "budget en begeleiding van een jongerenwerker.",
        ),
    ),
    "samen-eten": (
        (
            "Eettafel in {venue}",
            "Buurtmaaltijd {buurt} voor alleenstaande ouderen",
            "Kookclub {buurt}",
            "Samen aan tafel {in_buurt}",
            "Samen eten {in_buurt}",
        ),
        (
            "Elke {dag} koken vrijwilligers een voedzame maaltijd in {venue}. Voor een kleine "
            "bijdrage eten bewoners samen; wie weinig te besteden heeft, eet gratis mee.",
            "Buurtmaaltijd voor alleenstaande ouderen. Vrijwilligers halen wie slecht ter been is "
            "thuis op en brengen hen na het eten weer terug.",
            "Bewoners koken om de beurt een gerecht uit hun eigen keuken. Zo ontmoeten buren met "
            "verschillende achtergronden elkaar aan tafel.",
            "Een maandelijkse warme maaltijd, gevolgd door koffie en een praatje. Bedoeld voor "
            "iedereen die niet graag alleen eet.",
        ),
    ),
    "repair-cafe": (
        (
            "Repair Café {buurt}",
            "Reparatiecafé in {venue}",
            "Fietsenwerkplaats {buurt}",
            "Weggooien? Mooi niet! {buurt}",
        ),
        (
            "Eens per maand repareren vrijwilligers kapotte spullen samen met bewoners: lampen, "
            "kleding, fietsen en koffiezetapparaten. Ondertussen is er koffie en een praatje.",
            "Handige buurtbewoners delen hun kennis. Bezoekers leren zelf repareren en gaan met "
            "een gemaakt apparaat naar huis.",
            "Een fietsenwerkplaats waar jongeren onder begeleiding fietsen opknappen voor "
            "buurtbewoners die zelf geen fiets kunnen betalen.",
        ),
    ),
    "opvoeden": (
        (
            "Opvoedcafé {buurt}",
            "Ouderkamer op school {in_buurt}",
            "Vadergroep {wijk}",
            "Moedergroep {in_buurt}",
            "Opvoeden doe je samen {in_buurt}",
        ),
        (
            "Ouders praten met elkaar over opvoeden, schermtijd en de puberteit. Een "
            "jeugdverpleegkundige of pedagoog schuift regelmatig aan.",
            "In de ouderkamer van de school drinken ouders koffie en worden ze betrokken bij wat "
            "er op school gebeurt.",
            "Een groep vaders komt maandelijks samen om ervaringen te delen over het vaderschap en "
            "hun rol in de buurt.",
            "Moeders met jonge kinderen ontmoeten elkaar op {dag}{dagdeel}; de kinderen spelen "
            "onder begeleiding in de ruimte ernaast.",
        ),
    ),
    "buurtbemiddeling": (
        (
            "Buurtbemiddeling {wijk}",
            "Bemiddeling bij overlast {in_buurt}",
            "Goed buurschap {buurt}",
            "Burenruzie? Praat het uit {in_buurt}",
        ),
        (
            "Getrainde vrijwillige bemiddelaars helpen buren die een conflict hebben, bijvoorbeeld "
            "over geluid, honden of de tuin. Zij kiezen geen partij.",
            "Bij aanhoudende klachten over overlast in de flat brengen we de betrokken buren met "
            "elkaar in gesprek. Corporatie en wijkagent verwijzen door.",
            "Een project rond goed buurschap in de portiekflats: bewoners maken samen afspraken "
            "over de gezamenlijke ruimtes.",
        ),
    ),
    "initiatiefondersteuning": (
        (
            "Van idee naar initiatief {in_buurt}",
            "Initiatievenspreekuur in {venue}",
            "Ondersteuning bewonersgroep {buurt}",
            "Buurtbudget {buurt}",
            "Ondersteuning bewonersinitiatieven {wijk}",
        ),
        (
            "Bewoners met een idee voor de buurt krijgen hulp bij het uitwerken, het vinden van "
            "vrijwilligers en het aanvragen van een bijdrage uit het buurtbudget.",
            "Elke maand is er een spreekuur voor bewoners die iets willen organiseren. We denken "
            "mee en brengen hen in contact met anderen die ervaring hebben.",
            "We begeleiden de bewonersgroep bij het opzetten van een stichting, de vergaderingen "
            "en het verantwoorden van subsidie.",
            "Een kleine jury van bewoners beslist over aanvragen uit het buurtbudget; wij "
            "ondersteunen het proces en de communicatie.",
        ),
    ),
    "cultuur": (
        (
            "Verhalenproject {buurt}",
            "Muurschildering {buurt}",
            "Buurtkoor {buurt}",
            "Theater van de buurt {in_buurt}",
            "Kunst in de wijk: {wijk}",
        ),
        (
            "Bewoners halen herinneringen op aan de buurt van vroeger. De verhalen worden "
            "opgetekend en tentoongesteld in {venue}.",
            "Een kunstenaar maakt samen met kinderen en ouderen een muurschildering in de "
            "onderdoorgang.",
            "Buurtkoor voor iedereen die graag zingt; er is geen auditie en bladmuziek lezen is "
            "niet nodig.",
            "Theatervoorstelling gespeeld door buurtbewoners over het leven in de wijk, gevolgd "
            "door een nagesprek met het publiek.",
        ),
    ),
    "voedselhulp": (
        (
            "Uitgiftepunt voedselpakketten {buurt}",
            "Weggeefkast {in_buurt}",
            "Sociale kruidenier {wijk}",
            "Boodschappenhulp voor gezinnen {in_buurt}",
        ),
        (
            "Huishoudens met een verwijzing halen elke week een pakket op in {venue}. "
            "Vrijwilligers zorgen voor een warme ontvangst en een kop koffie.",
            "Een weggeefkast bij {venue} waar bewoners houdbare producten brengen en halen. "
            "Vrijwilligers houden de kast bij.",
            "In de sociale kruidenier doen mensen met een laag inkomen boodschappen tegen een lage "
            "prijs, met hulp bij het vinden van regelingen.",
            "Gezinnen die tijdelijk krap zitten, krijgen boodschappenbonnen en een gesprek over "
            "ondersteuning.",
        ),
    ),
    "wijkscan-deur-aan-deur": (
        (
            "Wijkscan {buurt}",
            "Huisbezoeken in de flats {in_buurt}",
            "Buurtverkenning {buurt}",
            "Aanbellen {in_buurt}",
            "Hoe is het om hier te wonen? Buurtgesprekken {buurt}",
            "Deur-aan-deurgesprekken {in_buurt}",
        ),
        (
            "Het team belt aan bij alle woningen {in_buurt} met één open vraag: hoe is het om "
            "hier te wonen? Signalen worden opgepakt in kleine werkgroepen.",
            "Samen met de corporatie voeren we huisbezoeken uit in de flats. We letten op "
            "eenzaamheid, zorgvragen en ideeën van bewoners.",
            "Een verkenning van de buurt met cijfers en gesprekken met bewoners, ondernemers en "
            "professionals. De uitkomsten bespreken we op een buurtavond in {venue}.",
            "Studenten van de hogeschool gaan in duo's langs de deuren. Wat ze horen, leggen we "
            "terug bij bewoners en partners.",
        ),
    ),
    "netwerkoverleg": (
        (
            "Wijknetwerk {wijk}",
            "Sociaal wijkoverleg {wijk}",
            "Buurtnetwerk {buurt}: wie doet wat?",
            "Casusoverleg {buurt}",
            "Professionalsoverleg {buurt}",
        ),
        (
            "Elke zes weken komen de professionals die in de wijk werken bij elkaar om signalen te "
            "delen en activiteiten af te stemmen.",
            "Overleg van welzijn, corporatie, wijkagent, gemeente en wijkteam over de aanpak "
            "{in_buurt}. Bewoners schuiven aan bij het punt over de buurtagenda.",
            "Netwerkbijeenkomst om elkaar te leren kennen: wie doet wat, voor wie, en waar kunnen "
            "we elkaar versterken?",
            "Casusoverleg over zorgwekkende situaties in de flats; we werken alleen met "
            "toestemming van de bewoners.",
        ),
    ),
}

# A sentence that places the work in its buurt, by buurt profile.
PROFILE_INTROS: dict[str, tuple[str, ...]] = {
    "arm": ("Veel huishoudens {in_buurt} moeten rondkomen van een laag inkomen.",),
    "oud": ("{In_buurt} wonen veel ouderen, vaak alleen.",),
    "gezin": ("{In_buurt} wonen veel jonge gezinnen.",),
    "jong": ("{In_buurt} wonen veel jongeren en starters.",),
    "gemengd": ("{In_buurt} wonen oude en nieuwe bewoners door elkaar.",),
    "welgesteld": ("Ook {in_buurt} zijn er bewoners die er alleen voor staan.",),
}

# A sentence in the voice of the lead organisation's type.
ORG_VOICE: dict[str, tuple[str, ...]] = {
    "welzijn": (
        "Het opbouwwerk ondersteunt de vrijwilligers en houdt contact met de partners.",
        "Onze sociaal makelaar is het aanspreekpunt.",
    ),
    "woningcorporatie": (
        "Voor huurders van {org} is deelname gratis.",
        "De corporatie stelt de ruimte kosteloos beschikbaar.",
    ),
    "gemeente": ("De gemeente betaalt dit uit het wijkbudget.",),
    "bibliotheek": ("Onderdeel van het programma basisvaardigheden van de bibliotheek.",),
    "kerk": (
        "Vanuit de diaconie zetten vrijwilligers zich hiervoor in.",
        "Iedereen is welkom, gelovig of niet.",
    ),
    "zelfstandige": ("In opdracht van de gemeente, voorlopig voor een jaar.",),
    "bewoners": ("Helemaal door bewoners bedacht en georganiseerd.",),
    "zorg": ("Het wijkteam verwijst bewoners door en sluit aan waar nodig.",),
    "politie": ("De wijkagent is erbij.",),
    "onderwijs": ("Samen met de leerkrachten van de school.",),
    "fonds": ("Mogelijk gemaakt met een bijdrage van {org}.",),
    "overig": ("Met inzet van vrijwilligers van {org}.",),
}

# The complementary case: corporation and welfare organisation in one flat, as partners.
COMPLEMENTARY_TEXTS: tuple[tuple[str, str], tuple[str, str]] = (
    (
        "Huiskamer flat De Lindeboom",
        "In de recreatieruimte van flat De Lindeboom kunnen huurders elke {dag}ochtend terecht "
        "voor koffie en een praatje. De sociaal beheerder van {org} is erbij; het opbouwwerk "
        "helpt bewoners om de huiskamer zelf te gaan draaien.",
    ),
    (
        "Bewoners van De Lindeboom ontmoeten elkaar",
        "Samen met de corporatie ondersteunen we bewoners van flat De Lindeboom die de "
        "ontmoetingsruimte zelf willen runnen: een vaste groep vrijwilligers, een rooster en een "
        "klein budget. Afspraken over de ruimte maken we met de sociaal beheerder.",
    ),
)

# Right to Challenge initiatives: (organisation slug, activity type, title, description).
RTC_TEXTS: tuple[tuple[str, str, str, str], ...] = (
    (
        "sds",
        "ontmoeting",
        "Bewoners nemen het beheer van buurthuis De Schakel over",
        "Met het uitdaagrecht wil de beheergroep het buurthuis zelf exploiteren, met het budget "
        "dat de gemeente nu aan beheer besteedt. Openingstijden worden ruimer en huur lager.",
    ),
    (
        "bdb",
        "vergroening",
        "Groenonderhoud De Bloemhof in eigen hand",
        "Bewoners dagen de gemeente uit: zij bepalen zelf de prioriteiten in het groenonderhoud en "
        "laten een hovenier uit de buurt het werk doen.",
    ),
    (
        "bhv",
        "samen-eten",
        "Maaltijdvoorziening voor ouderen Het Veld door bewoners",
        "In plaats van maaltijden aan huis koken bewoners drie keer per week in ontmoetingscentrum "
        "De Akker. Een uitdaging aan de gemeente op grond van het uitdaagrecht.",
    ),
    (
        "skb",
        "jongerenwerk",
        "Speeltuin De Klimboom als open jeugdplek",
        "De speeltuinvereniging wil de jeugdactiviteiten op de speeltuin zelf organiseren, met een "
        "deel van het budget voor jeugdactiviteiten in de wijk.",
    ),
    (
        "ecl",
        "energie",
        "Energiecoaches van bewoners voor de hele buurt",
        "De coöperatie neemt het energieadvies aan huis over van de gemeente en zet buurtbewoners "
        "in als betaalde energiecoaches.",
    ),
    (
        "bgh",
        "vergroening",
        "Bewoners beheren het Marktplein-groen",
        "Bewonersinitiatief Groen Hart wil het onderhoud van het groen rond de Markt overnemen en "
        "daarbij jongeren uit de buurt een leerwerkplek bieden.",
    ),
)

COLLAB_CONTEXTS: dict[int, tuple[str, ...]] = {
    1: (
        "Weten van elkaars bestaan; af en toe contact op bijeenkomsten {in_buurt}.",
        "Kennen elkaar van het wijknetwerk {wijk}; nog geen gezamenlijke activiteiten.",
        "Hebben elkaar een keer gesproken over {thema}.",
    ),
    2: (
        "Verwijzen bewoners naar elkaar door bij vragen over {thema}.",
        "Delen informatie over activiteiten {in_buurt}.",
        "Helpen elkaar aan vrijwilligers en ruimte {in_buurt}.",
    ),
    3: (
        "Stemmen planning en aanpak af in het wijknetwerk {wijk}.",
        "Vaste afspraken over wie wat doet rond {thema} {in_buurt}.",
        "Bereiden samen de buurtagenda {in_buurt} voor.",
    ),
    4: (
        "Werken als één team {in_buurt}, met een gedeeld budget en gezamenlijke doelen.",
        "Gezamenlijke aanpak {thema} met één plan en één aanspreekpunt.",
    ),
}
PARTNER_CONTEXTS: tuple[str, ...] = (
    "Partners in '{title}'.",
    "Werken samen aan '{title}'; de een zorgt voor de ruimte, de ander voor de begeleiding.",
    "Samen verantwoordelijk voor '{title}'.",
)
NEGATIVE_CONTEXTS: tuple[str, ...] = (
    "Botsende planning van activiteiten in {venue}.",
    "Onduidelijk wie het aanspreekpunt is voor de bewonersgroep {in_buurt}.",
    "Concurreren om dezelfde vrijwilligers {in_buurt}.",
    "Verschil van inzicht over het tempo; bewoners voelen zich overvallen.",
    "Signalen over bewoners worden niet gedeeld.",
    "Verschillende verwachtingen over de rol van bewoners bij {thema}.",
)
COMPLEMENTARY_CONTEXT = (
    "Samen de huiskamer in flat De Lindeboom: de corporatie regelt de ruimte, het opbouwwerk "
    "begeleidt de bewoners. Vaste afstemming elke maand."
)

HANDOVER_REASONS: dict[str, tuple[str, ...]] = {
    "residents": (
        "Opbouwwerker trekt zich terug; de bewonersgroep neemt de organisatie over.",
        "De activiteit draait goed; bewoners organiseren het voortaan zelf en de professional "
        "blijft op afstand bereikbaar.",
        "Vrijwilligers hebben een vaste kerngroep gevormd en nemen het stokje over.",
        "Einde van de opstartfase: bewoners beheren voortaan zelf het budget.",
    ),
    "player": (
        "Opdracht loopt af; {to_name} neemt het stokje over.",
        "Wisseling van werkgebied binnen het team; {to_name} neemt de activiteit over.",
        "Zwangerschapsverlof; {to_name} neemt het contact met de vrijwilligers waar.",
        "Vertrek naar een andere functie; warme overdracht aan {to_name}.",
        "Past beter bij de taak van {to_name}.",
    ),
    "organisation": (
        "{to_org} neemt de activiteit op in het eigen programma.",
        "Structurele financiering loopt voortaan via {to_org}, dat eigenaar wordt.",
        "Past beter bij de kerntaak van {to_org}.",
        "De bewoners willen het onderbrengen bij {to_org}.",
    ),
}
HANDOVER_DECLINED_NOTES: tuple[str, ...] = (
    "Geen capaciteit in het team tot de zomer.",
    "Bewonersgroep wil eerst zekerheid over het budget.",
    "Valt buiten onze opdracht van de gemeente.",
    "Te weinig vrijwilligers om het zelfstandig te dragen.",
)

THEME_LABELS: dict[str, str] = {
    "welzijn": "welzijn",
    "duurzaamheid": "duurzaamheid",
    "veiligheid": "veiligheid",
    "groen": "groen",
    "participatie": "meedoen",
    "armoede": "armoede",
    "eenzaamheid": "eenzaamheid",
    "sociale-kloof": "de sociale kloof",
    "taal-digitaal": "taal en digitale vaardigheden",
    "wonen": "wonen",
    "energietransitie": "de energietransitie",
    "ouder-worden": "ouder worden",
}

# Planted duplicates: the same work, described by each organisation in its own words. Keyed by
# (activity type, slug of organisation a, slug of organisation b) as in demo.PLANTED_SPECS.
PLANTED_TEXTS: dict[tuple[str, str, str], tuple[tuple[str, str], tuple[str, str]]] = {
    ("samen-eten", "swl", "pdl"): (
        (
            "Samen aan tafel {in_buurt}",
            "Elke {dag} schuiven buurtbewoners aan voor een warme maaltijd in {venue}. "
            "Vrijwilligers koken; wij zorgen dat ook mensen die weinig buiten komen erbij zijn. "
            "Eten kost drie euro.",
        ),
        (
            "Buurtmaaltijd {buurt} voor alleenstaande ouderen",
            "Eén keer per week koken gemeenteleden voor ouderen die alleen wonen. Na de soep en "
            "de hoofdgang is er tijd voor een praatje; wie slecht ter been is, wordt thuis "
            "opgehaald.",
        ),
    ),
    ("taal", "bib", "swl"): (
        (
            "Taalcafé {in_buurt}",
            "Oefen Nederlands in een ontspannen sfeer. Getrainde taalvrijwilligers praten met "
            "deelnemers over alledaagse onderwerpen. Onderdeel van het Taalhuis van de "
            "bibliotheek.",
        ),
        (
            "Nederlands praten met de buren",
            "Nieuwe Nederlanders {in_buurt} oefenen elke {dag}{dagdeel} de taal met "
            "buurtbewoners in {venue}. Zo leren ze de taal én de buurt kennen.",
        ),
    ),
    ("taal", "tlh", "mos"): (
        (
            "Oefengroep Nederlands {buurt}",
            "Wie beter Nederlands wil leren, kan bij ons terecht voor een intake en een plek in "
            "een oefengroep met vrijwilligers. We werken met materiaal op verschillende niveaus.",
        ),
        (
            "Nederlandse les voor vrouwen in de moskee",
            "Elke {dag}{dagdeel} geven vrijwilligers Nederlandse les aan vrouwen uit de buurt, met "
            "oppas voor de kleintjes. Veel vrouwen komen hier eerder dan naar een cursus elders.",
        ),
    ),
    ("huiswerk", "jol", "reg"): (
        (
            "Huiswerkhonk {buurt}",
            "Jongeren uit groep 8 en de brugklas maken na school hun huiswerk in het "
            "jongerenhonk. Jongerenwerkers en studenten helpen met plannen en leren.",
        ),
        (
            "Verlengde schooldag: huiswerkbegeleiding",
            "Na de lessen blijven leerlingen die thuis weinig rust hebben op school om onder "
            "begeleiding huiswerk te maken en te lezen. Ouders betrekken we via de ouderkamer.",
        ),
    ),
    ("digitaal", "bib", "nsj"): (
        (
            "Digitaal Café {buurt}",
            "Vragen over DigiD, de app van de bank of de website van de gemeente? Vrijwilligers "
            "van de bibliotheek helpen stap voor stap. Binnenlopen kan elke {dag}{dagdeel}.",
        ),
        (
            "Computerhulp voor ouderen {in_buurt}",
            "Ouderen die vastlopen op hun tablet of telefoon krijgen hulp van een vrijwilliger, "
            "in {venue} of thuis. We oefenen met inloggen, mailen en videobellen met familie.",
        ),
    ),
    ("schuldhulp", "gwl", "pci"): (
        (
            "Geldcoach {in_buurt}",
            "Een vrijwillige geldcoach helpt huishoudens met geldzorgen om hun administratie op "
            "orde te krijgen en betalingsregelingen te treffen. Aanmelden kan ook via het "
            "wijkteam.",
        ),
        (
            "Hulp bij rekeningen en formulieren",
            "Vanuit de parochie helpen vrijwilligers mensen die de post niet meer openmaken. "
            "Samen zoeken we uit welke rekeningen voorgaan en welke toeslagen nog kunnen.",
        ),
    ),
    ("ontmoeting", "swl", "bwz"): (
        (
            "Huiskamer van de buurt {buurt}",
            "Een open huiskamer in {venue} waar buren elkaar ontmoeten bij een kop koffie. Er is "
            "een vast team van vrijwilligers; het opbouwwerk ondersteunt.",
        ),
        (
            "Koffieochtend voor buren {in_buurt}",
            "In opdracht van de gemeente organiseer ik elke {dag}ochtend een koffieochtend om "
            "eenzaamheid in de buurt tegen te gaan. Bewoners nemen zelf iets lekkers mee.",
        ),
    ),
    ("mantelzorg", "wtn", "nsj"): (
        (
            "Ondersteuningsgroep mantelzorgers {buurt}",
            "Het wijkteam brengt mantelzorgers uit de buurt één keer per maand samen om "
            "ervaringen te delen en informatie te krijgen over respijtzorg en regelingen.",
        ),
        (
            "Mantelzorgcafé {in_buurt}",
            "Zorg je voor een partner, ouder of kind? Kom praten met anderen die hetzelfde doen. "
            "Vrijwilligers zorgen voor koffie en een luisterend oor.",
        ),
    ),
    ("voedselhulp", "vbl", "ank"): (
        (
            "Uitdeelpunt Voedselbank {buurt}",
            "Elke {dag} halen huishoudens met een verwijzing hun pakket op in {venue}. "
            "Vrijwilligers zorgen voor een warme ontvangst.",
        ),
        (
            "Boodschappentas van Het Anker",
            "Gezinnen die krap zitten, kunnen bij de kerk een tas met boodschappen ophalen. Er is "
            "koffie, en wie wil kan een gesprek krijgen met de diaken.",
        ),
    ),
    ("energie", "vhw", "kvh"): (
        (
            "Energiecoaches voor huurders {in_buurt}",
            "Huurders krijgen een huisbezoek van een energiecoach met tips om te besparen en een "
            "gratis pakket met tochtstrips, radiatorfolie en ledlampen.",
        ),
        (
            "Energiebesparing aan huis {buurt}",
            "Buurtbewoners worden opgeleid tot energiecoach en gaan langs bij buren met een hoge "
            "energierekening. Samen kijken ze naar de meter, de verwarming en kleine maatregelen.",
        ),
    ),
    ("beweeg", "spb", "swl"): (
        (
            "Beweegprogramma 55+ {buurt}",
            "De buurtsportcoach geeft elke {dag}{dagdeel} een les bewegen voor ouderen in "
            "{venue}: balans, kracht en plezier, op ieders niveau.",
        ),
        (
            "Samen fit blijven {in_buurt}",
            "Ouderen uit de buurt komen wekelijks bij elkaar om te bewegen op muziek en daarna "
            "koffie te drinken. Zo blijven ze fit én houden ze contact.",
        ),
    ),
    ("jongerenwerk", "jol", "kde"): (
        (
            "Jongerenavond {buurt}",
            "Op vrijdagavond is {venue} open voor jongeren uit de buurt. Jongerenwerkers zijn er "
            "om mee te praten en samen activiteiten te bedenken.",
        ),
        (
            "Open avond voor jongeren {in_buurt}",
            "Elke vrijdagavond zijn jongeren uit de buurt welkom om muziek te maken, te chillen en "
            "plannen te maken, met begeleiding van makers van het cultuurhuis.",
        ),
    ),
    ("opvoeden", "obs", "swl"): (
        (
            "Koffieochtend voor ouders {in_buurt}",
            "In de ouderkamer van de school praten ouders met elkaar over opvoeden, school en de "
            "buurt. Soms schuift de jeugdverpleegkundige aan.",
        ),
        (
            "Opvoedcafé {buurt}",
            "Ouders uit de buurt wisselen ervaringen uit over opvoeden, schermtijd en grenzen "
            "stellen. Een opbouwwerker begeleidt de gesprekken; er is kinderopvang.",
        ),
    ),
    ("ontmoeting", "pdl", "dbb"): (
        (
            "Inloophuis {buurt}",
            "Elke {dag}middag is het inloophuis open voor iedereen die behoefte heeft aan "
            "gezelschap. Vrijwilligers van de diaconie schenken koffie en hebben tijd voor een "
            "gesprek.",
        ),
        (
            "Buurtkamer {in_buurt}",
            "Een plek waar bewoners die zich alleen voelen, binnen kunnen lopen voor een praatje "
            "en een kop thee. Ik organiseer dit samen met een paar buurtbewoners.",
        ),
    ),
}
