"""Seed activity types (werkvormen)."""

from __future__ import annotations

from speelveld.catalogue.seed_data.types import ActivityTypeSeed

__all__ = ["ACTIVITY_TYPES"]


# --------------------------------------------------------------------------------------------
# Activity types (werkvormen). Synonyms are the words people put in activity descriptions; the
# suggester matches on them, so no synonym belongs to two werkvormen.
# --------------------------------------------------------------------------------------------

ACTIVITY_TYPES: tuple[ActivityTypeSeed, ...] = (
    ActivityTypeSeed(
        key="ontmoeting",
        name="Ontmoeting en inloop",
        name_en="Meeting place and drop-in",
        description=(
            "Een laagdrempelige plek of vast moment waar bewoners binnenlopen voor koffie, een "
            "praatje en een luisterend oor."
        ),
        description_en=(
            "A low-threshold place or regular slot where residents drop in for a coffee, a chat "
            "and someone who listens."
        ),
        synonyms=(
            "inloop",
            "koffieochtend",
            "buurtkamer",
            "huiskamer van de wijk",
            "open huis",
            "ontmoetingsplek",
            "praatcafé",
            "buurthuiskamer",
        ),
        themes=("welzijn", "eenzaamheid", "participatie"),
    ),
    ActivityTypeSeed(
        key="taal",
        name="Taal oefenen",
        name_en="Language practice",
        description=(
            "Nederlands leren en oefenen in een ontspannen setting, zoals een taalcafé, met een "
            "taalmaatje of in een leesgroep, naast of na de inburgering."
        ),
        description_en=(
            "Learning and practising Dutch in a relaxed setting, such as a language café, with a "
            "language buddy or in a reading group, alongside or after the civic integration "
            "course."
        ),
        synonyms=(
            "taalcafé",
            "taalmaatje",
            "conversatiegroep",
            "nederlands oefenen",
            "taalles",
            "taalhuis",
            "samenspraak",
            "leesclub",
        ),
        themes=("taal-digitaal", "sociale-kloof", "participatie"),
    ),
    ActivityTypeSeed(
        key="huiswerk",
        name="Huiswerkbegeleiding",
        name_en="Homework support",
        description=(
            "Kinderen en jongeren krijgen na schooltijd hulp bij huiswerk, plannen en leren, "
            "vaak van vrijwilligers of studenten."
        ),
        description_en=(
            "Children and young people get help after school with homework, planning and "
            "studying, often from volunteers or students."
        ),
        synonyms=(
            "huiswerkklas",
            "huiswerkhulp",
            "huiswerkcafé",
            "bijles",
            "studiebegeleiding",
            "leerhulp",
        ),
        themes=("taal-digitaal", "sociale-kloof", "welzijn"),
    ),
    ActivityTypeSeed(
        key="schuldhulp",
        name="Schuldhulp en thuisadministratie",
        name_en="Debt help and household paperwork",
        description=(
            "Hulp bij het openen van de post, het ordenen van papieren en het maken van een "
            "budget, en op tijd hulp zoeken bij schulden."
        ),
        description_en=(
            "Help with opening the post, sorting paperwork and drawing up a budget, and seeking "
            "help with debts in good time."
        ),
        synonyms=(
            "thuisadministratie",
            "formulierenhulp",
            "geldzaken",
            "budgetcoach",
            "schuldhulpverlening",
            "sociaal raadslieden",
            "papierwinkel",
            "geldloket",
            "schuldhulpmaatje",
        ),
        themes=("armoede", "welzijn"),
    ),
    ActivityTypeSeed(
        key="mantelzorg",
        name="Mantelzorgondersteuning",
        name_en="Support for informal carers",
        description=(
            "Informatie, contact met lotgenoten, tijdelijke ontlasting en waardering voor mensen "
            "die voor een naaste zorgen."
        ),
        description_en=(
            "Information, peer contact, respite and recognition for people who care for someone "
            "close to them."
        ),
        synonyms=(
            "mantelzorgcafé",
            "respijtzorg",
            "lotgenotengroep",
            "mantelzorgwaardering",
            "dag van de mantelzorg",
            "mantelzorgmakelaar",
            "mantelzorgconsulent",
        ),
        themes=("welzijn", "ouder-worden", "eenzaamheid"),
    ),
    ActivityTypeSeed(
        key="digitaal",
        name="Digitale vaardigheden",
        name_en="Digital skills",
        description=(
            "Leren omgaan met computer, telefoon en de digitale overheid, zoals DigiD, in een "
            "cursus, een digicafé of op een spreekuur."
        ),
        description_en=(
            "Learning to use a computer, a phone and online government services such as DigiD, "
            "in a course, a digital café or at a help desk."
        ),
        synonyms=(
            "digicafé",
            "digid-hulp",
            "computercursus",
            "klik & tik",
            "informatiepunt digitale overheid",
            "tabletcursus",
            "smartphonecursus",
            "digitaal spreekuur",
        ),
        themes=("taal-digitaal", "ouder-worden", "sociale-kloof"),
    ),
    ActivityTypeSeed(
        key="beweeg",
        name="Wandel- en beweeggroep",
        name_en="Walking and exercise group",
        description=(
            "Samen wandelen, fietsen of bewegen in de buurt, laagdrempelig en met ruimte voor "
            "gezelligheid."
        ),
        description_en=(
            "Walking, cycling or exercising together in the neighbourhood, low-threshold and "
            "with room for sociability."
        ),
        synonyms=(
            "wandelgroep",
            "ommetje",
            "beweegtuin",
            "stoelyoga",
            "seniorengym",
            "buurtsport",
            "fietsmaatjes",
            "beweegmaatje",
        ),
        themes=("welzijn", "ouder-worden", "eenzaamheid"),
    ),
    ActivityTypeSeed(
        key="vergroening",
        name="Vergroening",
        name_en="Greening",
        description=(
            "Bewoners maken samen hun straat of buurt groener: geveltuinen, boomspiegels, een "
            "moestuin of tegels eruit en planten erin."
        ),
        description_en=(
            "Residents make their street or neighbourhood greener together: front-wall gardens, "
            "tree beds, a vegetable garden, or swapping paving stones for plants."
        ),
        synonyms=(
            "geveltuin",
            "buurtmoestuin",
            "tegelwippen",
            "boomspiegels",
            "groenadoptie",
            "pluktuin",
            "zelfbeheer groen",
            "stadslandbouw",
        ),
        themes=("groen", "duurzaamheid", "wonen"),
    ),
    ActivityTypeSeed(
        key="energie",
        name="Energiebesparing aan huis",
        name_en="Home energy saving",
        description=(
            "Advies en kleine maatregelen bij mensen thuis om energie en geld te besparen, vaak "
            "door vrijwillige energiecoaches of een fixteam."
        ),
        description_en=(
            "Advice and small measures in people's homes to save energy and money, often by "
            "volunteer energy coaches or a fix team."
        ),
        synonyms=(
            "energiecoach",
            "energiefixer",
            "fixteam",
            "energiebox",
            "tochtstrips",
            "energieadvies",
            "warmtescan",
            "energiecafé",
        ),
        themes=("energietransitie", "armoede", "duurzaamheid"),
    ),
    ActivityTypeSeed(
        key="buurtpreventie",
        name="Buurtpreventie",
        name_en="Neighbourhood watch",
        description=(
            "Bewoners houden samen een oogje in het zeil, met buurtrondes of een appgroep, en "
            "melden wat opvalt bij politie en gemeente."
        ),
        description_en=(
            "Residents keep an eye out together, with neighbourhood patrols or a messaging "
            "group, and report anything unusual to the police and the municipality."
        ),
        synonyms=(
            "buurtwacht",
            "whatsapp-buurtpreventie",
            "wabp",
            "buurtpreventieteam",
            "buurtvaders",
            "avondronde",
            "oogje in het zeil",
        ),
        themes=("veiligheid", "participatie"),
    ),
    ActivityTypeSeed(
        key="consultatie",
        name="Bewonersconsultatie",
        name_en="Resident consultation",
        description=(
            "Bewoners denken mee over plannen voor hun buurt, via een bewonersavond, enquête, "
            "schouw of ontwerpsessie."
        ),
        description_en=(
            "Residents have their say on plans for their neighbourhood, through a residents' "
            "evening, a survey, a neighbourhood walk or a design session."
        ),
        synonyms=(
            "inspraakavond",
            "bewonersavond",
            "participatietraject",
            "wijkschouw",
            "buurtschouw",
            "enquête",
            "klankbordgroep",
            "meedenksessie",
            "informatieavond",
        ),
        themes=("participatie", "wonen"),
    ),
    ActivityTypeSeed(
        key="buurtfeest",
        name="Buurtfeest",
        name_en="Neighbourhood party",
        description=(
            "Een feest, markt of spel in de openbare ruimte waar buren elkaar op een ontspannen "
            "manier leren kennen."
        ),
        description_en=(
            "A party, market or games in public space where neighbours get to know each other in "
            "a relaxed way."
        ),
        synonyms=(
            "straatfeest",
            "burendag",
            "buurtbarbecue",
            "wijkfeest",
            "zomerfeest",
            "buitenspeeldag",
            "iftar in de wijk",
            "kerstmarkt",
        ),
        themes=("participatie", "sociale-kloof", "eenzaamheid"),
    ),
    ActivityTypeSeed(
        key="jongerenwerk",
        name="Jongerenactiviteiten en ambulant jongerenwerk",
        name_en="Youth activities and detached youth work",
        description=(
            "Activiteiten voor en met jongeren, en jongerenwerkers die op straat, op pleinen en "
            "online contact leggen, ook met jongeren die overlast geven."
        ),
        description_en=(
            "Activities for and with young people, and youth workers who make contact on the "
            "street, in squares and online, including with young people who cause a nuisance."
        ),
        synonyms=(
            "jongerencentrum",
            "tienerwerk",
            "straatwerk",
            "ambulant jongerenwerk",
            "meidenwerk",
            "jongerenhonk",
            "online jongerenwerk",
            "pleinsport",
        ),
        themes=("veiligheid", "welzijn", "participatie"),
    ),
    ActivityTypeSeed(
        key="samen-eten",
        name="Buurtmaaltijd",
        name_en="Community meal",
        description=(
            "Samen met buren koken en eten voor een kleine bijdrage, als ontmoeting en tegen "
            "eenzaamheid."
        ),
        description_en=(
            "Cooking and eating with neighbours for a small contribution, as a way to meet and "
            "to counter loneliness."
        ),
        synonyms=(
            "samen eten",
            "eettafel",
            "buurtrestaurant",
            "kookclub",
            "wijkmaaltijd",
            "aanschuiftafel",
            "soepmiddag",
            "buurtdiner",
        ),
        themes=("eenzaamheid", "armoede", "welzijn"),
    ),
    ActivityTypeSeed(
        key="repair-cafe",
        name="Repair café",
        name_en="Repair café",
        description=(
            "Vrijwilligers repareren samen met bezoekers kapotte spullen, van broodrooster tot "
            "fiets, in plaats van ze weg te gooien."
        ),
        description_en=(
            "Volunteers and visitors repair broken items together, from toasters to bicycles, "
            "instead of throwing them away."
        ),
        synonyms=(
            "repaircafé",
            "reparatiecafé",
            "naaicafé",
            "fietsenwerkplaats",
            "spullen repareren",
        ),
        themes=("duurzaamheid", "armoede", "participatie"),
    ),
    ActivityTypeSeed(
        key="opvoeden",
        name="Opvoedondersteuning",
        name_en="Parenting support",
        description=(
            "Ouders wisselen ervaringen uit en krijgen tips over opvoeden, in een oudergroep, een "
            "koffieochtend op school of bij een huisbezoek."
        ),
        description_en=(
            "Parents share experiences and get tips on bringing up children, in a parents' "
            "group, a coffee morning at school or during a home visit."
        ),
        synonyms=(
            "opvoedcafé",
            "oudercafé",
            "moedergroep",
            "vadergroep",
            "ouderkamer",
            "opvoedspreekuur",
            "ouderbetrokkenheid",
        ),
        themes=("welzijn", "sociale-kloof"),
    ),
    ActivityTypeSeed(
        key="buurtbemiddeling",
        name="Buurtbemiddeling",
        name_en="Neighbour mediation",
        description=(
            "Getrainde vrijwilligers helpen buren met een conflict om weer met elkaar te praten "
            "en zelf afspraken te maken."
        ),
        description_en=(
            "Trained volunteers help neighbours in conflict to talk to each other again and make "
            "their own agreements."
        ),
        synonyms=(
            "burenruzie",
            "burenconflict",
            "bemiddeling",
            "conflictbemiddeling",
            "mediation",
            "burenoverlast",
        ),
        themes=("veiligheid", "wonen"),
    ),
    ActivityTypeSeed(
        key="initiatiefondersteuning",
        name="Ondersteuning bewonersinitiatieven",
        name_en="Support for residents' initiatives",
        description=(
            "Bewoners met een idee voor de buurt helpen met plan, geld, vergunning, vrijwilligers "
            "en contacten, tot ze het zelf kunnen dragen."
        ),
        description_en=(
            "Helping residents with an idea for the neighbourhood with the plan, money, permits, "
            "volunteers and contacts, until they can carry it themselves."
        ),
        synonyms=(
            "bewonersinitiatief",
            "bewonersbudget",
            "buurtbudget",
            "initiatievenfonds",
            "leefbaarheidsbudget",
            "right to challenge",
            "burgerinitiatief",
            "idee voor de buurt",
        ),
        themes=("participatie",),
    ),
    ActivityTypeSeed(
        key="cultuur",
        name="Kunst en cultuur in de buurt",
        name_en="Arts and culture in the neighbourhood",
        description=(
            "Creatieve activiteiten waarin bewoners samen maken, spelen of verhalen delen, zoals "
            "buurttheater, muziek, een muurschildering of een verhalenproject."
        ),
        description_en=(
            "Creative activities in which residents make, perform or share stories together, "
            "such as community theatre, music, a mural or a storytelling project."
        ),
        synonyms=(
            "buurttheater",
            "muurschildering",
            "wijkkoor",
            "verhalenproject",
            "kunstproject",
            "open podium",
            "buurtmuseum",
            "cultuureducatie",
        ),
        themes=("participatie", "sociale-kloof", "welzijn"),
    ),
    ActivityTypeSeed(
        key="voedselhulp",
        name="Voedselbank en uitdeelpunt",
        name_en="Food bank and distribution point",
        description=(
            "Voedselpakketten of gratis boodschappen voor huishoudens die krap zitten, liefst "
            "gekoppeld aan hulp bij geldzaken."
        ),
        description_en=(
            "Food parcels or free groceries for households that are short of money, ideally "
            "linked to help with finances."
        ),
        synonyms=(
            "voedselbank",
            "uitdeelpunt",
            "voedselpakket",
            "sociale supermarkt",
            "weggeefkast",
            "buurtkoelkast",
            "kledingbank",
        ),
        themes=("armoede",),
    ),
    ActivityTypeSeed(
        key="wijkscan-deur-aan-deur",
        name="Wijkscan en gesprekken aan de deur",
        name_en="Neighbourhood scan and doorstep conversations",
        description=(
            "Systematisch aanbellen in een buurt en bewoners met een open vraag laten vertellen "
            "wat er speelt, om signalen op te halen en contact te leggen."
        ),
        description_en=(
            "Systematically ringing doorbells in an area and letting residents say, in answer to "
            "an open question, what is going on, to pick up signals and make contact."
        ),
        synonyms=(
            "wijkscan",
            "buurtscan",
            "deur-aan-deur",
            "voordeurgesprekken",
            "portiekgesprekken",
            "aanbellen",
            "huis-aan-huis",
        ),
        themes=("participatie", "welzijn", "eenzaamheid"),
    ),
    ActivityTypeSeed(
        key="netwerkoverleg",
        name="Wijknetwerk en professionalsoverleg",
        name_en="Neighbourhood network and professionals' meeting",
        description=(
            "Vast overleg waarin professionals en partners in een wijk signalen delen, afstemmen "
            "wie wat doet en dubbel werk voorkomen."
        ),
        description_en=(
            "A regular meeting in which professionals and partners in a district share signals, "
            "agree who does what and avoid duplicated work."
        ),
        synonyms=(
            "wijknetwerk",
            "netwerkoverleg",
            "wijkoverleg",
            "buurtnetwerk",
            "gebiedsoverleg",
            "wijktafel",
            "ketenoverleg",
        ),
        themes=("welzijn", "participatie", "veiligheid"),
    ),
)
