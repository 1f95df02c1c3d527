"""Seed roles, second part: youth, safety, care, housing, mediation, culture and resident roles.

Concatenated after ``roles_community`` into ``ROLES``, in this order.
"""

from __future__ import annotations

from speelveld.catalogue.seed_data.types import DelegationSeed, RoleSeed

__all__ = ["ROLES_FRONTLINE"]


ROLES_FRONTLINE: tuple[RoleSeed, ...] = (
    RoleSeed(
        key="sociaal-makelaar",
        name="Sociaal makelaar",
        name_en="Social broker",
        summary=(
            "Verwant aan de opbouwwerker (de Utrechtse benaming): koppelt bewoners, organisaties "
            "en ondernemers in de wijk aan elkaar, zodat ideeën en talenten samenkomen."
        ),
        summary_en=(
            "Akin to the community worker (the Utrecht term): links residents, organisations and "
            "businesses in the district so that ideas and talents come together."
        ),
        core_tasks=(
            "Bewoners met een idee of vraag in contact brengen met buren, organisaties en "
            "ondernemers die kunnen helpen.",
            "Talenten en hulpbronnen in de wijk in kaart brengen en benutten.",
            "Bewonersinitiatieven helpen met plan, budget en partners.",
            "Een werkend netwerk van partners in de wijk onderhouden.",
        ),
        core_tasks_en=(
            "Putting residents who have an idea or a question in touch with neighbours, "
            "organisations and businesses that can help.",
            "Mapping and making use of talents and resources in the district.",
            "Helping residents' initiatives with their plan, budget and partners.",
            "Maintaining a working network of partners in the district.",
        ),
        strengths=(
            "Weet wie wat kan en wil in de wijk.",
            "Werkt vanuit kansen en talenten in plaats van vanuit problemen.",
        ),
        strengths_en=(
            "Knows who in the district can and wants to do what.",
            "Works from opportunities and talents rather than from problems.",
        ),
        leave_to=(
            DelegationSeed(
                to_role="maatschappelijk-werker",
                task="Individuele hulpverlening bij problemen achter de voordeur.",
                task_en="Individual casework for problems behind the front door.",
                activity_types=("schuldhulp",),
            ),
            DelegationSeed(
                to_role="jongerenwerker",
                task="Het vaste contact met jongeren en activiteiten speciaal voor hen.",
                task_en="Regular contact with young people and activities specifically for them.",
                activity_types=("jongerenwerk",),
            ),
            DelegationSeed(
                to_role="buurtbemiddelaar",
                task="Conflicten tussen buren.",
                task_en="Disputes between neighbours.",
                activity_types=("buurtbemiddeling",),
            ),
        ),
        typical_partners=(
            "bewonersgroep",
            "maatschappelijk-matchmaker",
            "sociaal-beheerder",
            "gebiedscoordinator",
            "opbouwwerker-wijkteam",
        ),
        core_activity_types=("initiatiefondersteuning", "netwerkoverleg", "ontmoeting"),
        core_phases=("verbinden", "activeren", "ondersteunen"),
        organisation_types=("welzijn",),
    ),
    RoleSeed(
        key="jongerenwerker",
        name="Jongerenwerker",
        name_en="Youth worker",
        summary=(
            "Professional die jongeren opzoekt waar ze zijn, hun vertrouwen wint en hen helpt "
            "hun talenten te ontwikkelen en mee te doen in de buurt."
        ),
        summary_en=(
            "A professional who seeks young people out where they are, wins their trust and "
            "helps them develop their talents and take part in the neighbourhood."
        ),
        core_tasks=(
            "Ambulant contact leggen met jongeren op straat, op pleinen en online.",
            "Samen met jongeren activiteiten opzetten, van sport en muziek tot een eigen "
            "initiatief.",
            "Vroeg signaleren als het met een jongere of groep niet goed gaat, en op tijd "
            "doorverwijzen.",
            "Bemiddelen tussen jongeren en omwonenden bij spanningen en overlast.",
            "Jongeren een stem geven in plannen voor de buurt.",
        ),
        core_tasks_en=(
            "Making detached contact with young people on the street, in squares and online.",
            "Setting up activities together with young people, from sport and music to their own "
            "initiative.",
            "Spotting early when things are not going well for a young person or group, and "
            "referring on in time.",
            "Mediating between young people and local residents when there is tension or nuisance.",
            "Giving young people a voice in plans for the neighbourhood.",
        ),
        strengths=(
            "Vertrouwensrelatie met jongeren die instanties vaak mijden.",
            "Snel zicht op spanningen en veranderingen in groepen.",
            "Kent de leefwereld van jongeren, ook online.",
        ),
        strengths_en=(
            "A relationship of trust with young people who often avoid institutions.",
            "Quick to see tensions and changes within groups.",
            "Knows young people's world, online as well.",
        ),
        leave_to=(
            DelegationSeed(
                to_role="wijkagent",
                task=(
                    "Handhaving en opsporing bij strafbaar gedrag; bewaak als jongerenwerker "
                    "je eigen vertrouwenspositie."
                ),
                task_en=(
                    "Enforcement and investigation of criminal behaviour; as a youth worker, "
                    "protect your own position of trust."
                ),
            ),
            DelegationSeed(
                to_role="maatschappelijk-werker",
                task="Hulptrajecten voor jongeren en hun gezin bij problemen thuis.",
                task_en="Support plans for young people and their families when there are "
                "problems at home.",
                activity_types=("opvoeden",),
            ),
            DelegationSeed(
                to_role="opbouwwerker",
                task=(
                    "Buurtbrede processen waarin ook volwassen bewoners zich organiseren, "
                    "bijvoorbeeld rond spanningen tussen jongeren en omwonenden."
                ),
                task_en=(
                    "Neighbourhood-wide processes in which adult residents organise too, for "
                    "instance around tension between young people and local residents."
                ),
                phases=("organiseren",),
            ),
        ),
        typical_partners=(
            "wijkagent",
            "opbouwwerker",
            "maatschappelijk-werker",
            "sociaal-beheerder",
            "buurtbemiddelaar",
            "gebiedscoordinator",
        ),
        core_activity_types=("jongerenwerk", "huiswerk"),
        core_phases=("signaleren", "verbinden", "activeren", "ondersteunen"),
        organisation_types=("welzijn",),
    ),
    RoleSeed(
        key="wijkagent",
        name="Wijkagent",
        name_en="Community police officer",
        summary=(
            "Politieagent met een vaste wijk, bekend bij bewoners en partners, die preventie "
            "combineert met handhaving."
        ),
        summary_en=(
            "A police officer with a fixed district, known to residents and partners, who "
            "combines prevention with enforcement."
        ),
        core_tasks=(
            "Zichtbaar en aanspreekbaar zijn in de wijk en weten wat er speelt.",
            "Handhaven en optreden bij strafbaar gedrag en ernstige overlast.",
            "Met gemeente, corporaties en welzijn samenwerken in de aanpak van overlast en "
            "ondermijning.",
            "Buurtpreventie van bewoners ondersteunen met informatie en een vast contact.",
        ),
        core_tasks_en=(
            "Being visible and approachable in the district and knowing what is going on.",
            "Enforcing the law and intervening in criminal behaviour and serious nuisance.",
            "Working with the municipality, housing associations and welfare organisations "
            "against nuisance and organised crime.",
            "Supporting residents' neighbourhood watch with information and a regular contact.",
        ),
        strengths=(
            "Bevoegdheden en een directe lijn met de politieorganisatie.",
            "Kent de wijk, de adressen met zorgen en de netwerken eromheen.",
        ),
        strengths_en=(
            "Legal powers and a direct line to the police organisation.",
            "Knows the district, the addresses of concern and the networks around them.",
        ),
        leave_to=(
            DelegationSeed(
                to_role="buurtbemiddelaar",
                task="Burenconflicten waarin geen strafbare feiten spelen.",
                task_en="Disputes between neighbours that involve no criminal offence.",
                activity_types=("buurtbemiddeling",),
            ),
            DelegationSeed(
                to_role="jongerenwerker",
                task="Contact en activiteiten met jongeren die (nog) niets strafbaars doen.",
                task_en="Contact and activities with young people who are not (yet) breaking "
                "the law.",
                activity_types=("jongerenwerk",),
            ),
            DelegationSeed(
                to_role="opbouwwerker",
                task=(
                    "Bewoners organiseren rond leefbaarheid en veiligheid, zodat zij zelf "
                    "eigenaar worden."
                ),
                task_en=(
                    "Organising residents around liveability and safety, so that they take "
                    "ownership themselves."
                ),
                phases=("activeren", "organiseren"),
            ),
        ),
        typical_partners=(
            "gebiedscoordinator",
            "jongerenwerker",
            "buurtbemiddelaar",
            "opbouwwerker",
            "wijkregisseur",
            "bewonersgroep",
        ),
        core_activity_types=("buurtpreventie",),
        core_phases=("signaleren", "analyseren"),
        organisation_types=("politie",),
    ),
    RoleSeed(
        key="wijkregisseur",
        name="Wijkregisseur",
        name_en="Neighbourhood director",
        summary=(
            "Regisseur namens corporatie of gemeente die de aanpak van leefbaarheid in een wijk "
            "coördineert en partners aan tafel houdt."
        ),
        summary_en=(
            "A coordinator on behalf of a housing association or the municipality who directs "
            "the liveability approach in a district and keeps partners at the table."
        ),
        core_tasks=(
            "De aanpak van leefbaarheid in een wijk coördineren en afspraken tussen partners "
            "bewaken.",
            "Signalen over woningen, portieken en openbare ruimte bundelen en laten oppakken.",
            "Samen met opbouwwerk en wijkteam wijkscans en buurtgesprekken organiseren.",
            "Huurders en bewonerscommissies betrekken bij onderhoud, renovatie en beheer.",
        ),
        core_tasks_en=(
            "Coordinating the liveability approach in a district and monitoring agreements "
            "between partners.",
            "Pooling signals about homes, stairwells and public space and getting them dealt with.",
            "Organising neighbourhood scans and conversations together with community work and "
            "the neighbourhood team.",
            "Involving tenants and residents' committees in maintenance, renovation and "
            "management.",
        ),
        strengths=(
            "Doorzettingsmacht in de eigen organisatie, bijvoorbeeld over onderhoud en beheer.",
            "Overzicht over wat alle partners in de wijk doen.",
        ),
        strengths_en=(
            "The authority to push things through in its own organisation, for instance on "
            "maintenance and management.",
            "An overview of what all partners in the district are doing.",
        ),
        leave_to=(
            DelegationSeed(
                to_role="opbouwwerker",
                task="Bewoners activeren en begeleiden tot een zelfstandige groep.",
                task_en="Activating residents and guiding them until they form an independent "
                "group.",
                activity_types=("initiatiefondersteuning",),
                phases=("activeren", "organiseren"),
            ),
            DelegationSeed(
                to_role="maatschappelijk-werker",
                task=(
                    "Individuele hulp bij huurachterstand, vervuiling of andere zorgen achter de "
                    "voordeur."
                ),
                task_en=(
                    "Individual help with rent arrears, squalor or other worries behind the "
                    "front door."
                ),
                activity_types=("schuldhulp",),
            ),
            DelegationSeed(
                to_role="buurtbemiddelaar",
                task="Burenruzies.",
                task_en="Disputes between neighbours.",
                activity_types=("buurtbemiddeling",),
            ),
        ),
        typical_partners=(
            "opbouwwerker-wijkteam",
            "opbouwwerker",
            "procesmanager-corporatie",
            "wijkagent",
            "sociaal-beheerder",
            "bewonersgroep",
        ),
        core_activity_types=("wijkscan-deur-aan-deur", "netwerkoverleg"),
        core_phases=("signaleren", "analyseren", "verbinden"),
        organisation_types=("woningcorporatie", "gemeente"),
    ),
    RoleSeed(
        key="maatschappelijk-werker",
        name="Maatschappelijk werker",
        name_en="Social worker",
        summary=(
            "Hulpverlener die inwoners individueel ondersteunt bij problemen met geld, relaties, "
            "opvoeding, wonen of werk."
        ),
        summary_en=(
            "A caseworker who supports residents individually with problems around money, "
            "relationships, parenting, housing or work."
        ),
        core_tasks=(
            "Inwoners en gezinnen individueel begeleiden bij psychosociale en praktische "
            "problemen.",
            "Helpen bij geldzorgen en schulden, en zo nodig doorverwijzen naar "
            "schuldhulpverlening.",
            "Ouders ondersteunen bij opvoedvragen, alleen of in een groep.",
            "Casusregie voeren als meerdere hulpverleners bij één huishouden betrokken zijn.",
            "Signalen uit casussen delen met het opbouwwerk, zodat er collectief iets mee gebeurt.",
        ),
        core_tasks_en=(
            "Supporting residents and families individually with psychosocial and practical "
            "problems.",
            "Helping with money worries and debts, and referring to debt-relief services where "
            "needed.",
            "Supporting parents with questions about bringing up their children, one to one or "
            "in a group.",
            "Managing the case when several caseworkers are involved with one household.",
            "Sharing signals from cases with community work so that something is done about "
            "them collectively.",
        ),
        strengths=(
            "Methodische kennis van hulpverlening en van de sociale kaart.",
            "Vertrouwensband met kwetsbare huishoudens.",
        ),
        strengths_en=(
            "Methodical knowledge of casework and of the local support landscape.",
            "A bond of trust with vulnerable households.",
        ),
        leave_to=(
            DelegationSeed(
                to_role="opbouwwerker-wijkteam",
                task=(
                    "Zoeken naar gedeelde oorzaken en collectieve oplossingen voor problemen die "
                    "bij veel cliënten terugkomen."
                ),
                task_en=(
                    "Looking for shared causes and collective solutions to problems that recur "
                    "across many clients."
                ),
                phases=("analyseren", "activeren"),
            ),
            DelegationSeed(
                to_role="buurtbemiddelaar",
                task="Conflicten tussen buren.",
                task_en="Disputes between neighbours.",
                activity_types=("buurtbemiddeling",),
            ),
            DelegationSeed(
                to_role="wmo-consulent",
                task="Het onderzoek naar en de toekenning van maatwerkvoorzieningen.",
                task_en="Assessing and granting tailored support services.",
            ),
        ),
        typical_partners=(
            "wmo-consulent",
            "opbouwwerker-wijkteam",
            "wijkregisseur",
            "diaconaal-opbouwwerker",
            "jongerenwerker",
        ),
        core_activity_types=("schuldhulp", "opvoeden"),
        core_phases=("signaleren", "ondersteunen"),
        organisation_types=("welzijn", "zorg"),
    ),
    RoleSeed(
        key="wmo-consulent",
        name="Wmo-consulent",
        name_en="Social-support assessor (Wmo)",
        summary=(
            "Consulent die met inwoners uitzoekt welke ondersteuning ze nodig hebben om "
            "zelfstandig te wonen en mee te doen, en maatwerkvoorzieningen toekent."
        ),
        summary_en=(
            "An assessor who works out with residents what support they need to live "
            "independently and take part, and grants tailored services under the Wmo."
        ),
        core_tasks=(
            "Het keukentafelgesprek voeren en de ondersteuningsvraag onderzoeken.",
            "Maatwerkvoorzieningen toekennen, zoals huishoudelijke hulp, woningaanpassingen en "
            "begeleiding.",
            "Mantelzorgers betrekken en ontlasten, bijvoorbeeld met respijtzorg.",
            "Eerst nagaan wat het eigen netwerk en de voorzieningen in de buurt kunnen bieden.",
        ),
        core_tasks_en=(
            "Holding the kitchen-table conversation and assessing the request for support.",
            "Granting tailored services such as domestic help, home adaptations and assisted "
            "living support.",
            "Involving informal carers and giving them relief, for instance through respite care.",
            "First checking what the person's own network and neighbourhood services can offer.",
        ),
        strengths=(
            "Toegang tot wettelijke voorzieningen en budgetten.",
            "Zicht op kwetsbare inwoners achter de voordeur.",
        ),
        strengths_en=(
            "Access to statutory services and budgets.",
            "Sees vulnerable residents behind the front door.",
        ),
        leave_to=(
            DelegationSeed(
                to_role="opbouwwerker-wijkteam",
                task=(
                    "Het versterken van algemene voorzieningen en buurtnetwerken waar inwoners "
                    "zonder indicatie terecht kunnen."
                ),
                task_en=(
                    "Strengthening open-access services and neighbourhood networks that "
                    "residents can use without an assessment."
                ),
                activity_types=("ontmoeting",),
                phases=("verbinden",),
            ),
            DelegationSeed(
                to_role="maatschappelijk-werker",
                task="Langere begeleiding bij psychosociale problemen en schulden.",
                task_en="Longer-term support with psychosocial problems and debts.",
                activity_types=("schuldhulp",),
            ),
        ),
        typical_partners=(
            "maatschappelijk-werker",
            "opbouwwerker-wijkteam",
            "procesmanager-corporatie",
            "diaconaal-opbouwwerker",
        ),
        core_activity_types=("mantelzorg",),
        core_phases=("signaleren", "ondersteunen"),
        organisation_types=("gemeente", "zorg"),
    ),
    RoleSeed(
        key="buurtbemiddelaar",
        name="Buurtbemiddelaar",
        name_en="Neighbourhood mediator",
        summary=(
            "Getrainde vrijwilliger die buren met een conflict helpt om weer met elkaar te "
            "praten en zelf tot afspraken te komen."
        ),
        summary_en=(
            "A trained volunteer who helps neighbours in conflict to talk to each other again "
            "and reach their own agreements."
        ),
        core_tasks=(
            "Met beide partijen apart in gesprek gaan en hen uitnodigen voor een gezamenlijk "
            "gesprek.",
            "Het gesprek leiden, zodat buren elkaar horen en samen afspraken maken.",
            "Neutraal blijven en niet oordelen over wie gelijk heeft.",
            "Na een tijd nagaan of de afspraken werken.",
        ),
        core_tasks_en=(
            "Talking to each party separately and inviting them to a joint conversation.",
            "Leading the conversation so that neighbours hear each other and make agreements "
            "together.",
            "Staying neutral and not judging who is right.",
            "Checking after a while whether the agreements are working.",
        ),
        strengths=(
            "Onpartijdig en zonder belang bij de uitkomst.",
            "Laagdrempelig en snel, zonder juridische stappen.",
        ),
        strengths_en=(
            "Impartial, with no stake in the outcome.",
            "Low-threshold and quick, without legal proceedings.",
        ),
        leave_to=(
            DelegationSeed(
                to_role="wijkagent",
                task="Situaties met geweld, bedreiging of andere strafbare feiten.",
                task_en="Situations involving violence, threats or other criminal offences.",
            ),
            DelegationSeed(
                to_role="maatschappelijk-werker",
                task=(
                    "Onderliggende problemen bij een van de buren, zoals psychische klachten, "
                    "verslaving of schulden."
                ),
                task_en=(
                    "Underlying problems of one of the neighbours, such as mental-health issues, "
                    "addiction or debts."
                ),
                activity_types=("schuldhulp",),
            ),
        ),
        typical_partners=(
            "wijkagent",
            "wijkregisseur",
            "procesmanager-corporatie",
            "maatschappelijk-werker",
        ),
        core_activity_types=("buurtbemiddeling",),
        core_phases=("verbinden",),
        organisation_types=("welzijn",),
    ),
    RoleSeed(
        key="sociaal-beheerder",
        name="Sociaal beheerder",
        name_en="Community-centre manager",
        summary=(
            "Beheerder van een buurthuis of wijkcentrum die de deur openhoudt, vrijwilligers "
            "begeleidt en zorgt dat groepen er een plek vinden."
        ),
        summary_en=(
            "The manager of a community centre who keeps the door open, supports volunteers and "
            "makes sure groups find a place there."
        ),
        core_tasks=(
            "Het buurthuis openen, beheren en gastvrij houden.",
            "Vrijwilligers werven, inroosteren en begeleiden, zodat zij een groot deel van de "
            "openingsuren zelf draaien.",
            "Ruimte bieden aan bewonersgroepen, activiteiten en spreekuren van partners.",
            "Huisregels bewaken en spanningen tussen gebruikers op tijd bespreken.",
        ),
        core_tasks_en=(
            "Opening, running and keeping the community centre welcoming.",
            "Recruiting, scheduling and supporting volunteers so that they run a large share of "
            "the opening hours themselves.",
            "Offering space to resident groups, activities and partners' consultation hours.",
            "Upholding house rules and addressing tension between users early.",
        ),
        strengths=(
            "Een fysieke plek in de buurt waar mensen elkaar vanzelf tegenkomen.",
            "Dagelijks contact met veel verschillende bewoners en groepen.",
        ),
        strengths_en=(
            "A physical place in the neighbourhood where people naturally run into each other.",
            "Daily contact with many different residents and groups.",
        ),
        leave_to=(
            DelegationSeed(
                to_role="opbouwwerker",
                task=(
                    "Bewonersgroepen inhoudelijk ondersteunen die een eigen initiatief willen "
                    "opzetten."
                ),
                task_en=(
                    "Giving substantive support to resident groups that want to set up their "
                    "own initiative."
                ),
                activity_types=("initiatiefondersteuning",),
                phases=("organiseren",),
            ),
            DelegationSeed(
                to_role="jongerenwerker",
                task="Activiteiten en begeleiding voor jongeren in het gebouw.",
                task_en="Activities and guidance for young people in the building.",
                activity_types=("jongerenwerk",),
            ),
        ),
        typical_partners=(
            "opbouwwerker",
            "jongerenwerker",
            "bewonersgroep",
            "sociaal-makelaar",
            "cultuurverbinder",
        ),
        core_activity_types=("ontmoeting", "samen-eten", "buurtfeest"),
        core_phases=("ondersteunen", "borgen-overdragen"),
        organisation_types=("welzijn", "bewoners"),
    ),
    RoleSeed(
        key="cultuurverbinder",
        name="Cultuurverbinder",
        name_en="Culture connector",
        summary=(
            "Verbinder die kunst en cultuur inzet om bewoners met elkaar en met culturele "
            "instellingen in contact te brengen."
        ),
        summary_en=(
            "A connector who uses arts and culture to bring residents into contact with each "
            "other and with cultural institutions."
        ),
        core_tasks=(
            "Culturele activiteiten in de buurt opzetten met bewoners, scholen en kunstenaars.",
            "Drempels naar cultuurinstellingen verlagen voor bewoners die er zelden komen.",
            "Talent in de wijk zichtbaar maken en een podium bieden.",
            "Verhalen en tradities van verschillende buurtbewoners met elkaar laten delen.",
        ),
        core_tasks_en=(
            "Setting up cultural activities in the neighbourhood with residents, schools and "
            "artists.",
            "Lowering the barriers to cultural institutions for residents who rarely go there.",
            "Making talent in the district visible and giving it a stage.",
            "Letting residents of different backgrounds share their stories and traditions.",
        ),
        strengths=(
            "Creatieve werkvormen die mensen bereiken die niet naar een bewonersavond komen.",
            "Netwerk in de culturele sector en het onderwijs.",
        ),
        strengths_en=(
            "Creative formats that reach people who would not come to a residents' evening.",
            "A network in the cultural sector and in education.",
        ),
        leave_to=(
            DelegationSeed(
                to_role="opbouwwerker",
                task=(
                    "Wat in een project naar boven komt omzetten in blijvende organisatie van "
                    "bewoners."
                ),
                task_en=(
                    "Turning what surfaces in a project into lasting organisation among residents."
                ),
                phases=("organiseren",),
            ),
            DelegationSeed(
                to_role="sociaal-beheerder",
                task="Ruimte, sleutels en het dagelijks beheer van de locatie.",
                task_en="Space, keys and the day-to-day running of the venue.",
            ),
        ),
        typical_partners=(
            "community-librarian",
            "sociaal-beheerder",
            "opbouwwerker",
            "bewonersgroep",
            "jongerenwerker",
        ),
        core_activity_types=("cultuur", "buurtfeest"),
        core_phases=("verbinden", "activeren"),
        organisation_types=("welzijn", "overig"),
    ),
    RoleSeed(
        key="maatschappelijk-matchmaker",
        name="Maatschappelijk matchmaker",
        name_en="Community matchmaker",
        summary=(
            "Makelaar die bewonersinitiatieven en maatschappelijke organisaties koppelt aan "
            "bedrijven die tijd, spullen of kennis willen geven."
        ),
        summary_en=(
            "A broker who links residents' initiatives and social organisations with businesses "
            "willing to give time, goods or expertise."
        ),
        core_tasks=(
            "Vraag van initiatieven en aanbod van bedrijven bij elkaar brengen, bijvoorbeeld op "
            "een beursvloer.",
            "Bedrijven werven die maatschappelijk betrokken willen ondernemen.",
            "Matches begeleiden en laten zien wat ze opleveren.",
        ),
        core_tasks_en=(
            "Bringing together what initiatives need and what businesses offer, for instance at "
            "a matching market.",
            "Recruiting businesses that want to operate in a socially engaged way.",
            "Following matches through and showing what they achieve.",
        ),
        strengths=(
            "Netwerk in het lokale bedrijfsleven.",
            "Maakt hulpbronnen los buiten subsidies om.",
        ),
        strengths_en=(
            "A network in the local business community.",
            "Unlocks resources beyond grants.",
        ),
        leave_to=(
            DelegationSeed(
                to_role="opbouwwerker",
                task="Het opbouwen van een initiatief en de groep erachter.",
                task_en="Building up an initiative and the group behind it.",
                activity_types=("initiatiefondersteuning",),
                phases=("activeren", "organiseren"),
            ),
        ),
        typical_partners=(
            "sociaal-makelaar",
            "opbouwwerker",
            "bewonersgroep",
            "procesmanager-corporatie",
        ),
        core_activity_types=(),
        core_phases=("verbinden", "ondersteunen"),
        organisation_types=("welzijn", "overig"),
    ),
    RoleSeed(
        key="bewonersgroep",
        name="Bewonersgroep / actieve bewoners",
        name_en="Resident group / active residents",
        summary=(
            "Bewoners die zich samen inzetten voor hun straat of buurt, van een informele groep "
            "tot een stichting of bewonersvereniging."
        ),
        summary_en=(
            "Residents who work together for their street or neighbourhood, from an informal "
            "group to a foundation or residents' association."
        ),
        core_tasks=(
            "Zelf activiteiten en initiatieven bedenken, organiseren en uitvoeren.",
            "De belangen van buurtgenoten inbrengen bij gemeente, corporatie en andere instanties.",
            "Nieuwe buren en vrijwilligers betrekken en taken verdelen.",
            "Zo nodig een taak van de gemeente overnemen via het uitdaagrecht.",
        ),
        core_tasks_en=(
            "Coming up with, organising and running activities and initiatives themselves.",
            "Representing neighbours' interests to the municipality, the housing association "
            "and other institutions.",
            "Involving new neighbours and volunteers and sharing out tasks.",
            "Taking over a municipal task through the right to challenge where that makes sense.",
        ),
        strengths=(
            "Weten als geen ander wat er in de buurt speelt.",
            "Eigenaarschap en continuïteit die niet afhangen van subsidies of opdrachten.",
            "Bereiken buren via informele netwerken.",
        ),
        strengths_en=(
            "Know better than anyone what is going on in the neighbourhood.",
            "Ownership and continuity that do not depend on grants or contracts.",
            "Reach neighbours through informal networks.",
        ),
        leave_to=(
            DelegationSeed(
                to_role="opbouwwerker",
                task=(
                    "Ondersteuning bij organisatie, strategie en het omgaan met instanties als "
                    "de groep vastloopt."
                ),
                task_en=(
                    "Support with organisation, strategy and dealing with institutions when the "
                    "group gets stuck."
                ),
                activity_types=("initiatiefondersteuning",),
            ),
            DelegationSeed(
                to_role="wijkagent",
                task="Optreden bij criminaliteit en ernstige overlast; neem het recht niet in "
                "eigen hand.",
                task_en="Dealing with crime and serious nuisance; do not take the law into your "
                "own hands.",
            ),
            DelegationSeed(
                to_role="buurtbemiddelaar",
                task="Conflicten met directe buren.",
                task_en="Disputes with next-door neighbours.",
                activity_types=("buurtbemiddeling",),
            ),
            DelegationSeed(
                to_role="maatschappelijk-werker",
                task=(
                    "Hulp aan buren met ernstige persoonlijke problemen; signaleer en verwijs door."
                ),
                task_en=(
                    "Help for neighbours with serious personal problems; notice the signs and "
                    "refer them on."
                ),
            ),
        ),
        typical_partners=(
            "opbouwwerker",
            "gebiedscoordinator",
            "sociaal-beheerder",
            "ambtenaar-rtc",
            "maatschappelijk-matchmaker",
            "wijkagent",
        ),
        core_activity_types=(
            "buurtfeest",
            "buurtpreventie",
            "vergroening",
            "repair-cafe",
            "samen-eten",
            "beweeg",
            "energie",
        ),
        core_phases=("activeren", "organiseren", "borgen-overdragen"),
        organisation_types=("bewoners",),
        is_resident_role=True,
    ),
)
