"""Texts of the planted cases: the complementary pair, Right to Challenge initiatives and the
planted duplicates.

Templates use ``str.format`` fields: ``{buurt}`` (place name), ``{in_buurt}`` / ``{In_buurt}``
("in de Tulpenbuurt"), ``{wijk}``, ``{venue}``, ``{dag}`` ("dinsdag"), ``{dagdeel}`` ("ochtend") and
``{org}`` (the lead organisation).
"""

from __future__ import annotations

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

# Planted duplicates: the same work, described by each organisation in its own words. Keyed by
# (activity type, slug of organisation a, slug of organisation b) as in planted.PLANTED_SPECS.
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
