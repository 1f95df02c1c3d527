"""Seed vocabularies: themes, target groups, methods, languages and phases."""

from __future__ import annotations

from speelveld.catalogue.seed_data.types import LanguageSeed, PhaseSeed, TermSeed

__all__ = ["LANGUAGES", "METHODS", "PHASES", "TARGET_GROUPS", "THEMES"]


# --------------------------------------------------------------------------------------------
# Themes (domain.md §7). Two sub-themes hang under a main theme via ``parent``.
# --------------------------------------------------------------------------------------------

THEMES: tuple[TermSeed, ...] = (
    TermSeed(
        key="welzijn",
        name="Welzijn",
        name_en="Well-being",
        description=(
            "Hoe het met mensen in de buurt gaat: gezondheid, erbij horen en op elkaar kunnen "
            "terugvallen."
        ),
        description_en=(
            "How people in the neighbourhood are doing: their health, feeling they belong and "
            "being able to rely on one another."
        ),
        synonyms=("sociale basis", "welbevinden", "gezondheid", "positieve gezondheid", "zorg"),
    ),
    TermSeed(
        key="duurzaamheid",
        name="Duurzaamheid",
        name_en="Sustainability",
        description=(
            "Zuinig omgaan met energie, grondstoffen en spullen, en de buurt voorbereiden op een "
            "veranderend klimaat."
        ),
        description_en=(
            "Using energy, materials and belongings sparingly, and preparing the neighbourhood "
            "for a changing climate."
        ),
        synonyms=("klimaat", "circulair", "hergebruik", "afval scheiden", "klimaatadaptatie"),
    ),
    TermSeed(
        key="veiligheid",
        name="Veiligheid",
        name_en="Safety",
        description=(
            "Veilig zijn en je veilig voelen, op straat en thuis: overlast, criminaliteit en "
            "spanningen tussen buren."
        ),
        description_en=(
            "Being safe and feeling safe, in the street and at home: nuisance, crime and "
            "tension between neighbours."
        ),
        synonyms=("overlast", "criminaliteit", "veilig voelen", "ondermijning", "handhaving"),
    ),
    TermSeed(
        key="groen",
        name="Groen",
        name_en="Green space",
        description=(
            "Groen in de openbare ruimte en rond de huizen, van geveltuin en speelplek tot "
            "buurtmoestuin."
        ),
        description_en=(
            "Greenery in public space and around homes, from front-wall gardens and play areas "
            "to community vegetable gardens."
        ),
        synonyms=("openbaar groen", "natuur", "biodiversiteit", "tuinen", "speelnatuur"),
    ),
    TermSeed(
        key="participatie",
        name="Participatie",
        name_en="Participation",
        description=(
            "Meedoen en meebeslissen: bewoners die invloed hebben op hun buurt en zelf "
            "initiatief nemen."
        ),
        description_en=(
            "Taking part and having a say: residents who influence their neighbourhood and take "
            "the initiative themselves."
        ),
        synonyms=(
            "meedoen",
            "meedenken",
            "inspraak",
            "zeggenschap",
            "bewonersparticipatie",
            "burgerkracht",
            "uitdaagrecht",
        ),
    ),
    TermSeed(
        key="armoede",
        name="Armoede",
        name_en="Poverty",
        description=(
            "Rondkomen met weinig geld: schulden, geldzorgen en wat die doen met gezinnen en "
            "kinderen."
        ),
        description_en=(
            "Getting by on little money: debts, money worries and what they do to families and "
            "children."
        ),
        synonyms=("geldzorgen", "schulden", "bestaanszekerheid", "minima", "rondkomen"),
    ),
    TermSeed(
        key="eenzaamheid",
        name="Eenzaamheid",
        name_en="Loneliness",
        description=(
            "Minder contact hebben dan je zou willen of je niet gezien voelen; vaak verborgen "
            "achter de voordeur."
        ),
        description_en=(
            "Having less contact than you would like, or not feeling seen; often hidden behind "
            "the front door."
        ),
        synonyms=("sociaal isolement", "vereenzaming", "alleen zijn", "weinig contact"),
    ),
    TermSeed(
        key="sociale-kloof",
        name="Sociale kloof",
        name_en="Social gap",
        description=(
            "De afstand tussen groepen in de buurt, en tussen bewoners en instanties, naar "
            "inkomen, opleiding, herkomst of vertrouwen."
        ),
        description_en=(
            "The distance between groups in the neighbourhood, and between residents and "
            "institutions, in income, education, origin or trust."
        ),
        synonyms=("tweedeling", "ongelijkheid", "kansengelijkheid", "polarisatie", "wantrouwen"),
    ),
    TermSeed(
        key="taal-digitaal",
        name="Taal & digitale vaardigheden",
        name_en="Language & digital skills",
        description=(
            "Lezen, schrijven, rekenen en digitaal meedoen, zodat mensen hun eigen zaken kunnen "
            "regelen."
        ),
        description_en=(
            "Reading, writing, numeracy and getting by online, so that people can handle their "
            "own affairs."
        ),
        synonyms=(
            "laaggeletterdheid",
            "basisvaardigheden",
            "digitale inclusie",
            "taalhuis",
            "nederlands leren",
        ),
    ),
    TermSeed(
        key="wonen",
        name="Wonen & leefomgeving",
        name_en="Housing & living environment",
        description=(
            "De woning, de portiek en de straat: onderhoud, woonbeleving, samenleven met de "
            "buren en een schone, hele openbare ruimte."
        ),
        description_en=(
            "The home, the stairwell and the street: maintenance, how people experience living "
            "there, getting on with neighbours and a clean, well-kept public space."
        ),
        synonyms=("leefbaarheid", "leefklimaat", "woonomgeving", "schoon heel veilig", "renovatie"),
    ),
    TermSeed(
        key="energietransitie",
        name="Energietransitie",
        name_en="Energy transition",
        description=(
            "Minder energie gebruiken en overstappen op duurzame warmte en stroom, op een manier "
            "die ook huishoudens met weinig geld meeneemt."
        ),
        description_en=(
            "Using less energy and switching to sustainable heat and power, in a way that brings "
            "low-income households along too."
        ),
        parent="duurzaamheid",
        synonyms=("aardgasvrij", "isoleren", "energiearmoede", "warmtenet", "zonnepanelen"),
    ),
    TermSeed(
        key="ouder-worden",
        name="Ouder worden",
        name_en="Ageing",
        description=(
            "Prettig en zo lang mogelijk zelfstandig oud worden in de eigen buurt, met een "
            "netwerk om je heen."
        ),
        description_en=(
            "Growing old comfortably and independently for as long as possible in your own "
            "neighbourhood, with a network around you."
        ),
        parent="welzijn",
        synonyms=("vergrijzing", "langer thuis", "dementievriendelijk", "levensloopbestendig"),
    ),
)


# --------------------------------------------------------------------------------------------
# Target groups (doelgroepen)
# --------------------------------------------------------------------------------------------

TARGET_GROUPS: tuple[TermSeed, ...] = (
    TermSeed(
        key="alle-bewoners",
        name="Alle bewoners",
        name_en="All residents",
        description="Iedereen die in de buurt woont, zonder afbakening naar leeftijd of situatie.",
        description_en="Everyone living in the neighbourhood, regardless of age or circumstances.",
        synonyms=("iedereen", "buurtbewoners", "wijkbewoners", "inwoners"),
    ),
    TermSeed(
        key="kinderen",
        name="Kinderen",
        name_en="Children",
        description=(
            "Kinderen tot ongeveer twaalf jaar, vaak bereikt via school, speelplek of hun ouders."
        ),
        description_en=(
            "Children up to about twelve, often reached through school, the playground or their "
            "parents."
        ),
        synonyms=("kids", "basisschoolkinderen", "kinderen in de buurt"),
    ),
    TermSeed(
        key="jongeren",
        name="Jongeren",
        name_en="Young people",
        description=(
            "Jongeren van ongeveer twaalf tot drieëntwintig jaar, op straat, op school en online."
        ),
        description_en=(
            "Young people aged roughly twelve to twenty-three, on the street, at school and online."
        ),
        synonyms=("jeugd", "tieners", "pubers", "hangjongeren", "jongvolwassenen"),
    ),
    TermSeed(
        key="ouderen",
        name="Ouderen",
        name_en="Older people",
        description="Bewoners van 65 jaar en ouder, van vitaal tot kwetsbaar.",
        description_en="Residents aged 65 and over, from fit and active to frail.",
        synonyms=("senioren", "65-plussers", "bejaarden", "kwetsbare ouderen"),
    ),
    TermSeed(
        key="nieuwkomers",
        name="Nieuwkomers",
        name_en="Newcomers",
        description=(
            "Mensen die kort in Nederland wonen, zoals statushouders, arbeidsmigranten en "
            "ontheemden uit Oekraïne."
        ),
        description_en=(
            "People who have recently come to the Netherlands, such as refugees with a residence "
            "permit, labour migrants and people displaced from Ukraine."
        ),
        synonyms=(
            "statushouders",
            "vluchtelingen",
            "arbeidsmigranten",
            "inburgeraars",
            "migranten",
        ),
    ),
    TermSeed(
        key="gezinnen",
        name="Gezinnen",
        name_en="Families",
        description="Huishoudens met thuiswonende kinderen, ook eenoudergezinnen.",
        description_en="Households with children living at home, including single-parent families.",
        synonyms=("ouders", "eenoudergezinnen", "jonge gezinnen", "opvoeders"),
    ),
    TermSeed(
        key="mantelzorgers",
        name="Mantelzorgers",
        name_en="Informal carers",
        description=(
            "Mensen die langdurig en onbetaald zorgen voor een naaste met een ziekte of beperking."
        ),
        description_en=(
            "People who care, unpaid and for a long time, for someone close to them who is ill "
            "or has a disability."
        ),
        synonyms=("mantelzorg", "jonge mantelzorgers", "zorgende naasten"),
    ),
    TermSeed(
        key="laag-inkomen",
        name="Huishoudens met een laag inkomen",
        name_en="Low-income households",
        description="Huishoudens die rond of net boven het sociaal minimum leven.",
        description_en="Households living at or just above the social minimum.",
        synonyms=("minima", "lage inkomens", "werkende armen", "bijstand", "uitkering"),
    ),
    TermSeed(
        key="alleenstaanden",
        name="Alleenstaanden",
        name_en="People living alone",
        description="Eenpersoonshuishoudens, van jonge starters tot weduwen en weduwnaars.",
        description_en="One-person households, from young starters to widows and widowers.",
        synonyms=("eenpersoonshuishoudens", "alleenwonenden", "singles"),
    ),
    TermSeed(
        key="mensen-met-beperking",
        name="Mensen met een beperking",
        name_en="People with disabilities",
        description=(
            "Bewoners met een lichamelijke, verstandelijke of psychische beperking of een "
            "chronische ziekte."
        ),
        description_en=(
            "Residents with a physical, intellectual or mental disability or a chronic illness."
        ),
        synonyms=(
            "handicap",
            "lichte verstandelijke beperking",
            "lvb",
            "psychische kwetsbaarheid",
            "chronisch zieken",
        ),
    ),
    TermSeed(
        key="huurders",
        name="Huurders",
        name_en="Tenants",
        description=(
            "Bewoners die huren, vooral van een woningcorporatie, en hun huurdersorganisaties."
        ),
        description_en=(
            "Residents who rent, mainly from a housing association, and their tenant organisations."
        ),
        synonyms=("sociale huur", "huurdersvereniging", "bewonerscommissie", "corporatiehuurders"),
    ),
    TermSeed(
        key="vrijwilligers",
        name="Vrijwilligers",
        name_en="Volunteers",
        description="Bewoners die onbetaald tijd geven aan de buurt of aan een organisatie.",
        description_en="Residents who give their time unpaid to the neighbourhood or an "
        "organisation.",
        synonyms=("vrijwilligerswerk", "actieve bewoners", "maatjes", "buurthulp"),
    ),
)


# --------------------------------------------------------------------------------------------
# Methods (methodieken, domain.md §2.2)
# --------------------------------------------------------------------------------------------

METHODS: tuple[TermSeed, ...] = (
    TermSeed(
        key="wijkscan",
        name="Wijkscan",
        name_en="Neighbourhood scan",
        description=(
            "Met een team bij alle deuren in een buurt aanbellen en iedereen dezelfde open vraag "
            "stellen, niet alleen bekende adressen. Levert signalen, ideeën en nieuwe contacten op."
        ),
        description_en=(
            "A team rings every doorbell in an area and asks everyone the same open question, "
            "not only households already known. It yields signals, ideas and new contacts."
        ),
        synonyms=("buurtscan", "deur-aan-deur", "voordeurgesprekken", "buurtonderzoek"),
    ),
    TermSeed(
        key="eropaf",
        name="Eropaf / outreachend werken",
        name_en="Outreach work",
        description=(
            "Zelf naar mensen toe gaan in plaats van wachten tot ze zich melden, juist bij wie "
            "hulp mijdt of uit beeld is geraakt."
        ),
        description_en=(
            "Going to people instead of waiting for them to come forward, especially those who "
            "avoid help or have dropped out of sight."
        ),
        synonyms=(
            "outreachend werken",
            "erop af",
            "vindplaatsgericht werken",
            "achter de voordeur",
        ),
    ),
    TermSeed(
        key="abcd",
        name="Capaciteitsgerichte buurtontwikkeling (ABCD)",
        name_en="Asset-based community development (ABCD)",
        description=(
            "Beginnen bij wat er al is: de talenten van bewoners en de verenigingen en plekken in "
            "de buurt in kaart brengen en met elkaar verbinden."
        ),
        description_en=(
            "Starting from what is already there: mapping the talents of residents and the "
            "associations and places in the neighbourhood, and linking them up."
        ),
        synonyms=("asset based community development", "talentgericht werken", "goud in de buurt"),
    ),
    TermSeed(
        key="probleem-project",
        name="Probleem-Project-Methode",
        name_en="Problem-project method",
        description=(
            "Een probleem dat bewoners delen stap voor stap omzetten in een concreet project met "
            "een eigen groep en een helder doel."
        ),
        description_en=(
            "Turning a problem that residents share, step by step, into a concrete project with "
            "its own group and a clear goal."
        ),
        synonyms=("ppm", "van probleem naar project"),
    ),
    TermSeed(
        key="opbouwwerk-in-uitvoering",
        name="Opbouwwerk in uitvoering",
        name_en="Community work in practice",
        description=(
            "Rotterdamse uitwerking van hoe een opbouwwerker samen met bewoners van een gedeeld "
            "probleem naar een georganiseerd initiatief komt."
        ),
        description_en=(
            "A Rotterdam account of how a community worker and residents get from a shared "
            "problem to an organised initiative."
        ),
        synonyms=("rotterdamse methodiek", "van probleem naar initiatief"),
    ),
    TermSeed(
        key="bonding-bridging-linking",
        name="Bonding, bridging en linking",
        name_en="Bonding, bridging and linking",
        description=(
            "Werken aan drie soorten sociaal kapitaal: banden binnen een groep, bruggen tussen "
            "groepen en lijnen naar instanties en beslissers."
        ),
        description_en=(
            "Working on three kinds of social capital: ties within a group, bridges between "
            "groups and links to institutions and decision-makers."
        ),
        synonyms=("sociaal kapitaal", "binden, overbruggen, verbinden"),
    ),
    TermSeed(
        key="actie",
        name="ACTIE-model",
        name_en="ACTIE model",
        description=(
            "Vijf dingen die bewonersinitiatieven nodig hebben van professionals en beleid: "
            "animo, contacten, toerusting, inbedding en empathie."
        ),
        description_en=(
            "Five things residents' initiatives need from professionals and policy: enthusiasm "
            "(animo), contacts, equipment (toerusting), embedding and empathy."
        ),
        synonyms=("animo contacten toerusting inbedding empathie", "burgers maken hun buurt"),
    ),
    TermSeed(
        key="rood-blauw-wit",
        name="Rode, blauwe en witte ondersteuning",
        name_en="Red, blue and white support",
        description=(
            "Drie stijlen van ondersteunen: aanjagen (rood), faciliteren op afstand (blauw) en "
            "samen met bewoners maken (wit). De professional kiest de stijl die het initiatief "
            "op dat moment nodig heeft."
        ),
        description_en=(
            "Three styles of support: stimulating (red), facilitating from a distance (blue) and "
            "co-producing with residents (white). The professional picks the style the "
            "initiative needs at that moment."
        ),
        synonyms=("ondersteuningsstijlen", "rood blauw wit"),
    ),
    TermSeed(
        key="participatieladder",
        name="Participatieladder",
        name_en="Participation ladder",
        description=(
            "Zes treden van meedoen, van geïsoleerd via contacten, activiteiten en "
            "vrijwilligerswerk tot betaald werk; maakt zichtbaar hoeveel bewoners een trede "
            "stijgen."
        ),
        description_en=(
            "Six rungs of taking part, from isolated through social contacts, activities and "
            "volunteering to paid work; shows how many residents climb a rung."
        ),
        synonyms=("treden van participatie", "participatiemeting"),
    ),
    TermSeed(
        key="presentie",
        name="Presentiebenadering",
        name_en="Presence approach",
        description=(
            "Er onvoorwaardelijk zijn voor mensen, aansluiten bij hun leefwereld en de tijd "
            "nemen, in plaats van meteen met een oplossing te komen."
        ),
        description_en=(
            "Being there for people without conditions, joining them in their own world and "
            "taking time, rather than arriving with a ready-made solution."
        ),
        synonyms=("presentie", "presentietheorie", "er zijn", "naast mensen staan"),
    ),
    TermSeed(
        key="community-library-routekaart",
        name="Routekaart community librarian",
        name_en="Community librarian route map",
        description=(
            "Route van acht stappen voor bibliotheekmedewerkers, van een eerste verkenning tot "
            "een gemeenschap die de bibliotheek mee vormgeeft en zelf vasthoudt."
        ),
        description_en=(
            "An eight-step route for library staff, from a first exploration to a community "
            "that helps shape the library and sustains itself."
        ),
        synonyms=("community library", "routekaart cubiss"),
    ),
    TermSeed(
        key="buurtkracht",
        name="Buurtkracht",
        name_en="Neighbourhood strength",
        description=(
            "Werken vanuit wat de buurt zelf kan: bewoners die elkaar helpen en samen hun buurt "
            "verbeteren, met professionals op de achtergrond."
        ),
        description_en=(
            "Working from what the neighbourhood can do itself: residents who help each other "
            "and improve their area together, with professionals in the background."
        ),
        synonyms=("eigen kracht", "samenredzaamheid", "kracht van de buurt"),
    ),
    TermSeed(
        key="effectenarena",
        name="Effectenarena",
        name_en="Effects arena",
        description=(
            "Gesprek met vijf tot zeven partijen over wat een aanpak oplevert, wie erin "
            "investeert en wie ervan profiteert; een opstap naar een maatschappelijke "
            "businesscase."
        ),
        description_en=(
            "A dialogue with five to seven parties about what an approach achieves, who invests "
            "in it and who benefits; a stepping stone to a social business case."
        ),
        synonyms=("maatschappelijke businesscase", "mbc", "investeerders en incasseerders"),
    ),
)


# --------------------------------------------------------------------------------------------
# Languages (culture-sensitive work). ISO 639-3 where 639-1 has no code (tzm, pap, srn, prs, dse).
# --------------------------------------------------------------------------------------------

LANGUAGES: tuple[LanguageSeed, ...] = (
    LanguageSeed(code="nl", name="Nederlands", name_en="Dutch"),
    LanguageSeed(code="en", name="Engels", name_en="English"),
    LanguageSeed(code="ar", name="Arabisch", name_en="Arabic"),
    LanguageSeed(code="tr", name="Turks", name_en="Turkish"),
    LanguageSeed(code="tzm", name="Tamazight (Berbers)", name_en="Tamazight (Berber)"),
    LanguageSeed(code="pap", name="Papiaments", name_en="Papiamento"),
    LanguageSeed(code="srn", name="Sranantongo", name_en="Sranan Tongo"),
    LanguageSeed(code="pl", name="Pools", name_en="Polish"),
    LanguageSeed(code="ro", name="Roemeens", name_en="Romanian"),
    LanguageSeed(code="bg", name="Bulgaars", name_en="Bulgarian"),
    LanguageSeed(code="uk", name="Oekraïens", name_en="Ukrainian"),
    LanguageSeed(code="ru", name="Russisch", name_en="Russian"),
    LanguageSeed(code="ti", name="Tigrinya", name_en="Tigrinya"),
    LanguageSeed(code="so", name="Somalisch", name_en="Somali"),
    LanguageSeed(code="fa", name="Perzisch (Farsi)", name_en="Persian (Farsi)"),
    LanguageSeed(code="prs", name="Dari", name_en="Dari"),
    LanguageSeed(code="es", name="Spaans", name_en="Spanish"),
    LanguageSeed(code="pt", name="Portugees", name_en="Portuguese"),
    LanguageSeed(code="zh", name="Chinees", name_en="Chinese"),
    LanguageSeed(code="fr", name="Frans", name_en="French"),
    LanguageSeed(code="de", name="Duits", name_en="German"),
    LanguageSeed(
        code="dse", name="Nederlandse Gebarentaal", name_en="Sign Language of the Netherlands (NGT)"
    ),
)


# --------------------------------------------------------------------------------------------
# Phases (domain.md §2.1): a default, configurable sequence, not a fixed one.
# --------------------------------------------------------------------------------------------

PHASES: tuple[PhaseSeed, ...] = (
    PhaseSeed(
        key="signaleren",
        order=1,
        name="Signaleren",
        name_en="Identify signals",
        description=(
            "Aanwezig zijn in de buurt, erop af gaan en signalen van bewoners en partners "
            "ophalen, bijvoorbeeld met een wijkscan of gesprekken aan de deur."
        ),
        description_en=(
            "Being present in the neighbourhood, reaching out and picking up signals from "
            "residents and partners, for instance through a neighbourhood scan or doorstep "
            "conversations."
        ),
    ),
    PhaseSeed(
        key="analyseren",
        order=2,
        name="Analyseren",
        name_en="Analyse",
        description=(
            "Uitzoeken wat er achter losse signalen zit: welke oorzaken spelen, wie het raakt en "
            "wat cijfers zoals de CBS-kerncijfers of de Leefbaarometer laten zien."
        ),
        description_en=(
            "Working out what lies behind individual signals: which causes are at play, whom it "
            "affects, and what figures such as CBS key figures or the Leefbaarometer show."
        ),
    ),
    PhaseSeed(
        key="verbinden",
        order=3,
        name="Verbinden",
        name_en="Connect",
        description=(
            "Bewoners met elkaar en met instanties in contact brengen, zodat leefwereld en "
            "systeemwereld elkaar verstaan."
        ),
        description_en=(
            "Bringing residents into contact with each other and with institutions, so that the "
            "lived world and the system world understand each other."
        ),
    ),
    PhaseSeed(
        key="activeren",
        order=4,
        name="Activeren",
        name_en="Activate",
        description=(
            "Bewoners aanmoedigen en toerusten om zelf in actie te komen, en sleutelfiguren en "
            "trekkers vinden."
        ),
        description_en=(
            "Encouraging and equipping residents to take action themselves, and finding key "
            "figures and people willing to lead."
        ),
    ),
    PhaseSeed(
        key="organiseren",
        order=5,
        name="Organiseren",
        name_en="Organise",
        description=(
            "Van losse betrokkenheid naar een groep of initiatief: taken verdelen, afspraken "
            "maken en zo nodig een rechtsvorm kiezen."
        ),
        description_en=(
            "Turning loose involvement into a group or initiative: sharing out tasks, making "
            "agreements and choosing a legal form where needed."
        ),
    ),
    PhaseSeed(
        key="ondersteunen",
        order=6,
        name="Ondersteunen",
        name_en="Support",
        description=(
            "Een lopend initiatief helpen met coaching, geld, ruimte, contacten en invloed op "
            "beleid, zonder het over te nemen."
        ),
        description_en=(
            "Helping a running initiative with coaching, money, space, contacts and influence on "
            "policy, without taking it over."
        ),
    ),
    PhaseSeed(
        key="borgen-overdragen",
        order=7,
        name="Borgen & overdragen",
        name_en="Embed & hand over",
        description=(
            "Zorgen dat het initiatief op eigen benen staat en het stokje bewust doorgeven aan "
            "bewoners of een andere partij, met een afgesproken datum."
        ),
        description_en=(
            "Making sure the initiative stands on its own feet and deliberately passing the "
            "baton to residents or another party, on an agreed date."
        ),
    ),
    PhaseSeed(
        key="loslaten",
        order=8,
        name="Loslaten",
        name_en="Let go",
        description=(
            "De professional trekt zich terug, blijft bereikbaar en spreekt af wanneer er weer "
            "samen wordt gekeken hoe het gaat."
        ),
        description_en=(
            "The professional steps back, stays within reach and agrees when to look together "
            "again at how things are going."
        ),
    ),
    PhaseSeed(
        key="evalueren",
        order=9,
        name="Evalueren & verantwoorden",
        name_en="Evaluate & report",
        description=(
            "Nagaan wat het werk bewoners en de buurt heeft opgeleverd, daarvan leren en "
            "verantwoording afleggen aan de opdrachtgever."
        ),
        description_en=(
            "Assessing what the work has brought residents and the neighbourhood, learning from "
            "it and reporting back to the commissioner."
        ),
    ),
)
