"""Seed roles, first part: community-building, municipal and institutional connector roles.

Opbouwwerk, the independent eenpitter, the housing association, the municipality, church,
library and sociaal makelaar. Concatenated with ``roles_frontline`` into ``ROLES``, in this order.
"""

from __future__ import annotations

from speelveld.catalogue.seed_data.types import DelegationSeed, RoleSeed

__all__ = ["ROLES_COMMUNITY"]


ROLES_COMMUNITY: tuple[RoleSeed, ...] = (
    RoleSeed(
        key="opbouwwerker",
        name="Opbouwwerker",
        name_en="Community worker",
        summary=(
            "Onafhankelijke verbinder die met bewoners werkt aan wat hen samen raakt, en de brug "
            "slaat tussen bewoners, instanties en overheid."
        ),
        summary_en=(
            "An independent connector who works with residents on what affects them collectively "
            "and bridges the gap between residents, institutions and government."
        ),
        core_tasks=(
            "Zichtbaar aanwezig zijn in de buurt en actief contact leggen, ook met bewoners die "
            "niet uit zichzelf komen.",
            "Gedeelde zorgen en wensen van bewoners omzetten in collectieve actie en "
            "georganiseerde initiatieven.",
            "Bewonersgroepen en sleutelfiguren ondersteunen in organisatie, strategie en "
            "vaardigheden.",
            "Bewoners, instanties en overheid met elkaar verbinden en structurele oorzaken bij "
            "beleid op tafel leggen.",
            "Professionals van verschillende organisaties in de wijk samenbrengen rond gedeelde "
            "vraagstukken.",
            "Het initiatief bewust overdragen aan bewoners en zich op tijd terugtrekken.",
        ),
        core_tasks_en=(
            "Being a visible presence in the neighbourhood and actively making contact, also "
            "with residents who would not come forward on their own.",
            "Turning residents' shared concerns and wishes into collective action and organised "
            "initiatives.",
            "Supporting resident groups and key figures with organisation, strategy and skills.",
            "Connecting residents, institutions and government, and putting structural causes "
            "on the policy agenda.",
            "Bringing professionals from different organisations in the district together "
            "around shared issues.",
            "Deliberately handing the initiative over to residents and stepping back in good time.",
        ),
        strengths=(
            "Onafhankelijke positie, zonder eigen belang bij vervolgopdrachten of productie.",
            "Kijkt voorbij de individuele hulpvraag naar oorzaken en collectieve oplossingen.",
            "Langdurig aanwezig en bekend in de straat, ook als derde partij die te vertrouwen is.",
            "Kan naast bewoners staan, ook als zij kritisch zijn op gemeente of corporatie.",
        ),
        strengths_en=(
            "An independent position, with no stake in follow-up contracts or production targets.",
            "Looks beyond the individual request for help to causes and collective solutions.",
            "Present over the long term and known in the street, as a third party people trust.",
            "Can stand beside residents, even when they are critical of the municipality or the "
            "housing association.",
        ),
        leave_to=(
            DelegationSeed(
                to_role="maatschappelijk-werker",
                task=(
                    "Individuele hulpverlening en casusregie; verwijs door en houd zelf de "
                    "blik op het collectief."
                ),
                task_en=(
                    "Individual casework and case management; refer people on and keep your own "
                    "focus on the collective."
                ),
                activity_types=("schuldhulp",),
            ),
            DelegationSeed(
                to_role="wmo-consulent",
                task="Onderzoek naar en toekenning van individuele zorg en voorzieningen.",
                task_en="Assessing and granting individual care and support services.",
            ),
            DelegationSeed(
                to_role="wijkagent",
                task=(
                    "Handhaving en opsporing. Houd zichtbaar afstand van politie en gemeente "
                    "wanneer je werkt met groepen die overlast geven."
                ),
                task_en=(
                    "Enforcement and investigation. Keep a visible distance from the police and "
                    "the municipality when working with groups that cause a nuisance."
                ),
            ),
            DelegationSeed(
                to_role="jongerenwerker",
                task="Het dagelijkse contact met jongeren op straat en in het jongerencentrum.",
                task_en="Day-to-day contact with young people on the street and in the youth "
                "centre.",
                activity_types=("jongerenwerk",),
            ),
        ),
        typical_partners=(
            "bewonersgroep",
            "opbouwwerker-wijkteam",
            "wijkregisseur",
            "gebiedscoordinator",
            "wijkagent",
            "jongerenwerker",
            "community-librarian",
            "diaconaal-opbouwwerker",
        ),
        core_activity_types=(
            "initiatiefondersteuning",
            "wijkscan-deur-aan-deur",
            "consultatie",
            "netwerkoverleg",
        ),
        core_phases=(
            "signaleren",
            "verbinden",
            "activeren",
            "organiseren",
            "borgen-overdragen",
            "loslaten",
        ),
        organisation_types=("welzijn",),
    ),
    RoleSeed(
        key="opbouwwerker-wijkteam",
        name="Opbouwwerker in het wijkteam",
        name_en="Community worker in a neighbourhood team",
        summary=(
            "De enige opbouwwerker in een team van vooral individuele hulpverleners, die uit losse "
            "hulpvragen gedeelde patronen en collectieve antwoorden haalt."
        ),
        summary_en=(
            "The only community worker in a team of mostly individual caseworkers, who draws "
            "shared patterns and collective answers out of separate requests for help."
        ),
        core_tasks=(
            "Signalen uit de casussen van teamcollega's bundelen en zoeken naar gedeelde oorzaken.",
            "Collectieve antwoorden opzetten waar veel hulpvragen om hetzelfde draaien, zoals "
            "eenzaamheid of geldzorgen.",
            "Met het team wijkscans en gesprekken aan de deur organiseren, ook bij bewoners die "
            "nog niet in beeld zijn.",
            "Inwoners met een hulpvraag op weg helpen naar buurtactiviteiten en vrijwilligerswerk.",
            "Het wijkteam zichtbaar en bereikbaar maken in de buurt, met een open deur, korte "
            "contacten en sociale media.",
        ),
        core_tasks_en=(
            "Pooling signals from team colleagues' cases and looking for shared causes.",
            "Setting up collective answers where many requests for help revolve around the same "
            "thing, such as loneliness or money worries.",
            "Organising neighbourhood scans and doorstep conversations with the team, including "
            "with residents not yet known to services.",
            "Guiding residents with a request for help towards neighbourhood activities and "
            "volunteering.",
            "Making the neighbourhood team visible and approachable, with an open door, short "
            "contacts and social media.",
        ),
        strengths=(
            "Ziet het bos én de bomen: verbindt individuele hulpvragen met collectieve actie.",
            "Korte lijnen met collega's in zorg en hulpverlening.",
            "Laat teamcollega's zien wat de buurt zelf te bieden heeft.",
        ),
        strengths_en=(
            "Sees both the forest and the trees: links individual requests for help to "
            "collective action.",
            "Short lines to colleagues in care and social work.",
            "Shows team colleagues what the neighbourhood itself has to offer.",
        ),
        leave_to=(
            DelegationSeed(
                to_role="maatschappelijk-werker",
                task=(
                    "Individuele hulptrajecten en casusregie, ook als jij de bewoner als "
                    "eerste sprak."
                ),
                task_en=(
                    "Individual support plans and case management, even when you were the "
                    "first to speak to the resident."
                ),
                activity_types=("schuldhulp",),
            ),
            DelegationSeed(
                to_role="wmo-consulent",
                task="Het onderzoek naar en de toekenning van maatwerkvoorzieningen.",
                task_en="Assessing and granting tailored support services.",
            ),
            DelegationSeed(
                to_role="opbouwwerker",
                task=(
                    "Langdurige opbouw van bewonersgroepen in de hele buurt, als het team daar "
                    "geen ruimte voor heeft."
                ),
                task_en=(
                    "Building up resident groups across the whole neighbourhood over a long "
                    "period, when the team has no room for it."
                ),
                phases=("organiseren",),
            ),
        ),
        typical_partners=(
            "maatschappelijk-werker",
            "wmo-consulent",
            "wijkregisseur",
            "opbouwwerker",
            "gebiedscoordinator",
            "community-librarian",
        ),
        core_activity_types=("wijkscan-deur-aan-deur", "ontmoeting", "netwerkoverleg"),
        core_phases=("signaleren", "analyseren", "verbinden", "activeren"),
        organisation_types=("welzijn", "gemeente"),
    ),
    RoleSeed(
        key="eenpitter",
        name="Eenpitter (zelfstandig opbouwwerker)",
        name_en="Solo community worker",
        summary=(
            "Zelfstandig opbouwwerker die per opdracht van gemeente, corporatie of fonds een "
            "afgebakend buurtproces trekt."
        ),
        summary_en=(
            "A self-employed community worker who leads a defined neighbourhood process on "
            "assignment from a municipality, housing association or fund."
        ),
        core_tasks=(
            "Een afgebakend buurtproces opzetten en begeleiden, van verkenning tot overdracht.",
            "Een vastgelopen situatie of een nieuwe aanpak oppakken waar de vaste partijen niet "
            "aan toekomen.",
            "Bewonersinitiatieven coachen en verbinden met fondsen en lokale partners.",
            "Vanaf de start regelen wie het werk overneemt als de opdracht afloopt.",
        ),
        core_tasks_en=(
            "Setting up and guiding a defined neighbourhood process, from exploration to "
            "hand-over.",
            "Taking on a stalled situation or a new approach that the established parties do not "
            "get round to.",
            "Coaching residents' initiatives and linking them to funds and local partners.",
            "Arranging from the start who will take over the work when the assignment ends.",
        ),
        strengths=(
            "Flexibel en snel in te huren, zonder de overhead van een grote organisatie.",
            "Onafhankelijk van gevestigde instellingen en hun belangen.",
            "Brengt vaak specialistische ervaring mee, met een bepaalde methode of doelgroep.",
        ),
        strengths_en=(
            "Flexible and quick to hire, without the overheads of a large organisation.",
            "Independent of established institutions and their interests.",
            "Often brings specialist experience with a particular method or target group.",
        ),
        leave_to=(
            DelegationSeed(
                to_role="opbouwwerker",
                task=(
                    "Blijvend aanspreekpunt zijn na afloop van de opdracht; draag relaties en "
                    "lopende afspraken tijdig en bewust over."
                ),
                task_en=(
                    "Remaining the point of contact once the assignment has ended; hand over "
                    "relationships and open agreements deliberately and in good time."
                ),
                phases=("loslaten",),
            ),
            DelegationSeed(
                to_role="maatschappelijk-werker",
                task=(
                    "Werk dat een team of een wettelijk kader vraagt, zoals individuele "
                    "hulpverlening."
                ),
                task_en="Work that needs a team or a statutory mandate, such as individual "
                "casework.",
            ),
        ),
        typical_partners=(
            "opbouwwerker",
            "bewonersgroep",
            "gebiedscoordinator",
            "maatschappelijk-matchmaker",
        ),
        core_activity_types=("initiatiefondersteuning", "consultatie"),
        core_phases=("analyseren", "activeren", "organiseren", "borgen-overdragen"),
        organisation_types=("zelfstandige",),
    ),
    RoleSeed(
        key="procesmanager-corporatie",
        name="Procesmanager woningcorporatie",
        name_en="Housing-association process manager",
        summary=(
            "Medewerker van de woningcorporatie die de ambities van corporatie, gemeente, "
            "partners en bewoners in een wijk naast elkaar legt en verbindt, met de huurder als "
            "vertrekpunt."
        ),
        summary_en=(
            "A housing-association officer who lines up and connects the ambitions of the "
            "association, the municipality, partners and residents in a district, starting "
            "from the tenant."
        ),
        core_tasks=(
            "Overlappende ambities van gemeente, maatschappelijke partners, bedrijven en "
            "buurtorganisaties opsporen en aan elkaar koppelen.",
            "Fysieke plannen zoals renovatie en verduurzaming verbinden met sociale doelen in de "
            "wijk.",
            "Thema's als de energietransitie en ouder worden in het eigen bezit samen met "
            "partners oppakken.",
            "Huurders bereiken via partners, bewonerscommissies en huurdersorganisaties.",
            "Partners en middelen bijeenbrengen voor een meerjarige wijkaanpak.",
        ),
        core_tasks_en=(
            "Spotting overlapping ambitions of the municipality, social partners, businesses and "
            "neighbourhood organisations and linking them.",
            "Connecting physical plans such as renovation and sustainability upgrades with social "
            "goals in the district.",
            "Taking up themes such as the energy transition and ageing in the association's own "
            "housing stock, together with partners.",
            "Reaching tenants through partners, residents' committees and tenant organisations.",
            "Bringing together partners and resources for a multi-year neighbourhood approach.",
        ),
        strengths=(
            "Langjarige betrokkenheid via het eigen woningbezit in de wijk.",
            "Investeringskracht en zeggenschap over gebouwen, ruimtes en onderhoud.",
            "Kan fysieke en sociale plannen in één aanpak samenbrengen.",
        ),
        strengths_en=(
            "Long-term commitment through the association's own homes in the district.",
            "Investment capacity and control over buildings, spaces and maintenance.",
            "Can bring physical and social plans together in one approach.",
        ),
        leave_to=(
            DelegationSeed(
                to_role="opbouwwerker",
                task=(
                    "Bewoners organiseren en hun vertrouwen winnen, zeker als zij kritisch zijn "
                    "op de corporatie."
                ),
                task_en=(
                    "Organising residents and earning their trust, especially when they are "
                    "critical of the housing association."
                ),
                activity_types=("consultatie", "initiatiefondersteuning"),
                phases=("activeren", "organiseren"),
            ),
            DelegationSeed(
                to_role="maatschappelijk-werker",
                task=(
                    "Individuele ondersteuning van huurders met problemen rond geld, zorg of "
                    "huurachterstand."
                ),
                task_en=(
                    "Individual support for tenants with problems around money, care or rent "
                    "arrears."
                ),
                activity_types=("schuldhulp",),
            ),
            DelegationSeed(
                to_role="wmo-consulent",
                task=(
                    "Woningaanpassingen en ondersteuning thuis voor huurders die ouder worden of "
                    "een beperking hebben."
                ),
                task_en=(
                    "Home adaptations and support at home for tenants who are getting older or "
                    "have a disability."
                ),
            ),
            DelegationSeed(
                to_role="buurtbemiddelaar",
                task="Conflicten tussen buren, voordat de corporatie zelf gaat bemiddelen.",
                task_en="Disputes between neighbours, before the association steps in itself.",
                activity_types=("buurtbemiddeling",),
            ),
        ),
        typical_partners=(
            "gebiedscoordinator",
            "opbouwwerker",
            "wijkregisseur",
            "sociaal-beheerder",
            "bewonersgroep",
            "maatschappelijk-matchmaker",
        ),
        core_activity_types=("energie", "netwerkoverleg"),
        core_phases=("analyseren", "verbinden", "ondersteunen"),
        organisation_types=("woningcorporatie",),
    ),
    RoleSeed(
        key="gebiedscoordinator",
        name="Gebiedscoördinator / wijkcoördinator",
        name_en="Area / neighbourhood coordinator",
        summary=(
            "Vast gezicht van de gemeente in een gebied, dat als scharnier werkt tussen "
            "bewoners, partners in de wijk en het gemeentehuis."
        ),
        summary_en=(
            "The municipality's regular face in an area, acting as the hinge between residents, "
            "partners in the district and the town hall."
        ),
        core_tasks=(
            "Aanspreekpunt zijn voor bewoners, wijkplatforms en dorpsraden, en uitleggen wat de "
            "gemeente wel en niet beslist.",
            "Afstemmen met welzijn, jongerenwerk, politie, corporaties en zorgaanbieders over wat "
            "er in het gebied speelt.",
            "Knelpunten rond leefbaarheid, veiligheid en overlast agenderen bij vakafdelingen en "
            "de wijkwethouder.",
            "Wijk- en kernenbeleid en gebiedsplannen mee ontwikkelen en bewaken.",
            "Bewonersinitiatieven de weg wijzen naar de juiste loketten en budgetten binnen de "
            "gemeente.",
        ),
        core_tasks_en=(
            "Being the point of contact for residents, district platforms and village councils, "
            "and explaining what the municipality does and does not decide.",
            "Coordinating with welfare, youth work, police, housing associations and care "
            "providers on what is happening in the area.",
            "Raising problems around liveability, safety and nuisance with municipal departments "
            "and the neighbourhood alderman.",
            "Helping to develop and monitor district and village policy and area plans.",
            "Pointing residents' initiatives to the right desks and budgets within the "
            "municipality.",
        ),
        strengths=(
            "Kent de weg in de gemeentelijke organisatie en kan intern zaken in beweging zetten.",
            "Overzicht over alle partijen en plannen in het gebied.",
            "Korte lijn met het bestuur, vaak in tandem met een wijkwethouder.",
        ),
        strengths_en=(
            "Knows the way around the municipal organisation and can get things moving internally.",
            "An overview of all parties and plans in the area.",
            "A short line to the executive, often in tandem with a neighbourhood alderman.",
        ),
        leave_to=(
            DelegationSeed(
                to_role="opbouwwerker",
                task=(
                    "Naast bewoners staan als zij tegen de gemeente of andere instanties in "
                    "willen gaan. De coördinator spreekt namens het systeem, de opbouwwerker "
                    "vanuit de leefwereld."
                ),
                task_en=(
                    "Standing beside residents when they want to push back against the "
                    "municipality or other institutions. The coordinator speaks for the system, "
                    "the community worker from residents' lived world."
                ),
                activity_types=("initiatiefondersteuning",),
                phases=("activeren", "organiseren"),
            ),
            DelegationSeed(
                to_role="wijkagent",
                task="Handhaving en opsporing bij overlast en criminaliteit.",
                task_en="Enforcement and investigation in cases of nuisance and crime.",
            ),
            DelegationSeed(
                to_role="buurtbemiddelaar",
                task="Burenruzies die geen zaak voor de gemeente zijn.",
                task_en="Disputes between neighbours that are not a matter for the municipality.",
                activity_types=("buurtbemiddeling",),
            ),
        ),
        typical_partners=(
            "opbouwwerker",
            "wijkagent",
            "procesmanager-corporatie",
            "jongerenwerker",
            "ambtenaar-rtc",
            "democratiseringsmedewerker",
            "bewonersgroep",
        ),
        core_activity_types=("netwerkoverleg", "consultatie"),
        core_phases=("signaleren", "analyseren", "verbinden", "evalueren"),
        organisation_types=("gemeente",),
    ),
    RoleSeed(
        key="ambtenaar-rtc",
        name="Ambtenaar Right to Challenge",
        name_en="Right to Challenge officer",
        summary=(
            "Gemeentelijk aanspreekpunt dat een uitdaging van bewoners door de procedure loodst, "
            "van eerste idee tot verantwoording."
        ),
        summary_en=(
            "The municipal point of contact who steers a residents' challenge through the "
            "procedure, from first idea to accountability report."
        ),
        core_tasks=(
            "Uitdagingen ontvangen en toetsen aan de voorwaarden uit de participatieverordening.",
            "Een kennismakingsgesprek beleggen tussen de initiatiefnemers en de betrokken "
            "vakafdelingen.",
            "Een advies voorbereiden voor de wethouder en het college.",
            "Afspraken over budget, looptijd en resultaten vastleggen in een overeenkomst of "
            "subsidiebeschikking.",
            "De uitvoering en verantwoording volgen en de termijnen bewaken.",
        ),
        core_tasks_en=(
            "Receiving challenges and checking them against the conditions in the participation "
            "by-law.",
            "Arranging an introductory meeting between the initiators and the municipal "
            "departments involved.",
            "Preparing advice for the alderman and the executive board.",
            "Recording agreements on budget, duration and results in a contract or grant decision.",
            "Following delivery and the accountability report, and keeping track of deadlines.",
        ),
        strengths=(
            "Opent een route binnen de gemeente waar eerder geen was.",
            "Zoekt naar wat wel kan in plaats van te stoppen bij nee.",
            "Koppelt de kennis van bewoners aan de kennis en netwerken van de gemeente.",
        ),
        strengths_en=(
            "Opens a route inside the municipality where there was none before.",
            "Looks for what is possible instead of stopping at no.",
            "Links residents' local knowledge to the municipality's expertise and networks.",
        ),
        leave_to=(
            DelegationSeed(
                to_role="opbouwwerker",
                task=(
                    "Het initiatief opbouwen: draagvlak in de buurt, een stevige groep en een "
                    "werkende organisatie."
                ),
                task_en=(
                    "Building the initiative: support in the neighbourhood, a solid group and a "
                    "working organisation."
                ),
                activity_types=("initiatiefondersteuning",),
                phases=("activeren", "organiseren"),
            ),
            DelegationSeed(
                to_role="bewonersgroep",
                task=(
                    "Het eigenaarschap van de uitdaging en de uitvoering van de overgenomen "
                    "taak; de ambtenaar faciliteert, maar trekt niet."
                ),
                task_en=(
                    "Ownership of the challenge and delivery of the task taken over; the officer "
                    "facilitates but does not lead."
                ),
            ),
            DelegationSeed(
                to_role="democratiseringsmedewerker",
                task="Het bredere participatiebeleid en de verordening zelf.",
                task_en="Wider participation policy and the by-law itself.",
            ),
        ),
        typical_partners=(
            "bewonersgroep",
            "opbouwwerker",
            "democratiseringsmedewerker",
            "gebiedscoordinator",
        ),
        core_activity_types=(),
        core_phases=("ondersteunen", "evalueren"),
        organisation_types=("gemeente",),
    ),
    RoleSeed(
        key="democratiseringsmedewerker",
        name="Democratiseringsmedewerker",
        name_en="Democratisation officer",
        summary=(
            "Gemeentelijke medewerker die werkt aan meer zeggenschap voor bewoners, in beleid, in "
            "regels en in de dagelijkse werkwijze van de gemeente."
        ),
        summary_en=(
            "A municipal officer who works on giving residents more say, in policy, in rules and "
            "in how the municipality works day to day."
        ),
        core_tasks=(
            "Het participatiebeleid en de participatieverordening mee opstellen en vertalen naar "
            "de praktijk.",
            "Luisteren naar bewoners en hun ervaringen met de gemeente terugbrengen in de "
            "organisatie.",
            "Nieuwe vormen van zeggenschap opzetten, zoals buurtbudgetten, burgerberaden en het "
            "uitdaagrecht.",
            "Collega's van vakafdelingen helpen om bewoners vroeg en serieus te betrekken.",
        ),
        core_tasks_en=(
            "Helping to draft the participation policy and by-law and putting them into practice.",
            "Listening to residents and feeding their experiences with the municipality back "
            "into the organisation.",
            "Setting up new forms of say, such as neighbourhood budgets, citizens' assemblies "
            "and the right to challenge.",
            "Helping colleagues in municipal departments involve residents early and seriously.",
        ),
        strengths=(
            "Kan regels en werkwijzen van de gemeente zelf veranderen.",
            "Brengt het perspectief van bewoners binnen in het gemeentehuis.",
        ),
        strengths_en=(
            "Can change the municipality's own rules and ways of working.",
            "Brings residents' perspective into the town hall.",
        ),
        leave_to=(
            DelegationSeed(
                to_role="opbouwwerker",
                task=(
                    "Bewoners organiseren en toerusten, zodat ze hun invloed ook echt kunnen "
                    "gebruiken."
                ),
                task_en=(
                    "Organising and equipping residents so that they can actually use their "
                    "influence."
                ),
                activity_types=("initiatiefondersteuning",),
                phases=("activeren", "organiseren"),
            ),
            DelegationSeed(
                to_role="ambtenaar-rtc",
                task="De afhandeling van afzonderlijke uitdagingen volgens de procedure.",
                task_en="Handling individual challenges according to the procedure.",
            ),
            DelegationSeed(
                to_role="gebiedscoordinator",
                task="Het dagelijkse contact met bewoners en partners in een bepaald gebied.",
                task_en="Day-to-day contact with residents and partners in a particular area.",
                activity_types=("netwerkoverleg",),
            ),
        ),
        typical_partners=(
            "ambtenaar-rtc",
            "gebiedscoordinator",
            "opbouwwerker",
            "bewonersgroep",
        ),
        core_activity_types=("consultatie",),
        core_phases=("analyseren", "verbinden", "evalueren"),
        organisation_types=("gemeente",),
    ),
    RoleSeed(
        key="diaconaal-opbouwwerker",
        name="Diaconaal opbouwwerker",
        name_en="Church-based community worker",
        summary=(
            "Opbouwwerker in dienst van een kerk of diaconie, die vanuit barmhartigheid en "
            "gerechtigheid werkt aan een buurt waarin mensen naar elkaar omzien."
        ),
        summary_en=(
            "A community worker employed by a church or diaconate who, out of mercy and justice, "
            "works for a neighbourhood where people look out for each other."
        ),
        core_tasks=(
            "Laagdrempelig aanwezig zijn in de buurt, bijvoorbeeld met een inloop of spreekuur in "
            "of bij een kerkgebouw.",
            "Vrijwilligers uit geloofsgemeenschappen inzetten voor buren die het moeilijk hebben.",
            "Praktische hulp bij armoede organiseren, zoals maaltijden, voedselhulp en hulp bij "
            "de thuisadministratie.",
            "Kerken, moskeeën en andere geloofsgemeenschappen met elkaar en met buurtpartners "
            "verbinden.",
            "Signalen van armoede en onrecht agenderen bij gemeente en instanties.",
        ),
        core_tasks_en=(
            "Being a low-threshold presence in the neighbourhood, for instance with a drop-in or "
            "open hours in or near a church building.",
            "Mobilising volunteers from faith communities for neighbours who are struggling.",
            "Organising practical help against poverty, such as meals, food aid and help with "
            "household paperwork.",
            "Connecting churches, mosques and other faith communities with each other and with "
            "neighbourhood partners.",
            "Raising signals of poverty and injustice with the municipality and institutions.",
        ),
        strengths=(
            "Vertrouwde toegang tot geloofsgemeenschappen, ook bij bewoners die instanties "
            "wantrouwen.",
            "Eigen middelen, ruimtes en een grote kring vrijwilligers.",
            "Kan direct en praktisch helpen, zonder indicatie of aanmelding.",
        ),
        strengths_en=(
            "Trusted access to faith communities, including residents who distrust institutions.",
            "Its own funds, premises and a wide circle of volunteers.",
            "Can help directly and practically, without referral or registration.",
        ),
        leave_to=(
            DelegationSeed(
                to_role="maatschappelijk-werker",
                task=(
                    "Wettelijke hulpverlening, schuldsanering en casusregie bij complexe problemen."
                ),
                task_en=(
                    "Statutory social work, formal debt restructuring and case management in "
                    "complex situations."
                ),
            ),
            DelegationSeed(
                to_role="wmo-consulent",
                task="Toegang tot zorg en voorzieningen waar iemand recht op heeft.",
                task_en="Access to care and services that someone is entitled to.",
            ),
            DelegationSeed(
                to_role="opbouwwerker",
                task=(
                    "Collectieve belangenbehartiging richting gemeente en instanties, en "
                    "activiteiten die levensbeschouwelijk neutraal moeten zijn."
                ),
                task_en=(
                    "Collective advocacy towards the municipality and institutions, and "
                    "activities that must be neutral in religion and belief."
                ),
                phases=("organiseren",),
            ),
        ),
        typical_partners=(
            "opbouwwerker",
            "maatschappelijk-werker",
            "bewonersgroep",
            "sociaal-beheerder",
            "maatschappelijk-matchmaker",
        ),
        core_activity_types=("ontmoeting", "samen-eten", "voedselhulp", "schuldhulp"),
        core_phases=("signaleren", "verbinden", "ondersteunen"),
        organisation_types=("kerk",),
    ),
    RoleSeed(
        key="community-librarian",
        name="Community librarian",
        name_en="Community librarian",
        summary=(
            "Bibliotheekmedewerker die de bibliotheek samen met de buurt vormgeeft als plek voor "
            "gesprek, leren en meedoen."
        ),
        summary_en=(
            "A library staff member who shapes the library together with the neighbourhood as a "
            "place for conversation, learning and taking part."
        ),
        core_tasks=(
            "Gesprek en kennisuitwisseling tussen bewoners op gang brengen en zichtbaar maken "
            "wat daaruit voortkomt.",
            "Ophalen wat er in de gemeenschap leeft en het aanbod van de bibliotheek daarop "
            "afstemmen.",
            "Hulp bij laaggeletterdheid en digitale vaardigheden organiseren, onder meer via het "
            "Taalhuis en het Informatiepunt Digitale Overheid.",
            "De bibliotheek openstellen als ontmoetingsplek en podium voor bewonersinitiatieven.",
            "Verhalen en kennis uit de buurt vastleggen, bewaren en delen.",
        ),
        core_tasks_en=(
            "Getting conversation and knowledge exchange going between residents and making "
            "visible what comes out of it.",
            "Finding out what matters to the community and tailoring the library's programme "
            "to it.",
            "Organising help with low literacy and digital skills, including through the "
            "Taalhuis and the digital government help desk.",
            "Opening up the library as a meeting place and platform for residents' initiatives.",
            "Recording, preserving and sharing stories and knowledge from the neighbourhood.",
        ),
        strengths=(
            "Neutrale, vertrouwde en gratis toegankelijke publieke plek.",
            "Sterk in informatie, taal en digitale inclusie.",
            "Groot bereik onder gezinnen, ouderen en nieuwkomers.",
        ),
        strengths_en=(
            "A neutral, trusted public place that is free to enter.",
            "Strong on information, language and digital inclusion.",
            "Wide reach among families, older people and newcomers.",
        ),
        leave_to=(
            DelegationSeed(
                to_role="opbouwwerker",
                task=(
                    "Bewoners organiseren rond tegengestelde belangen of om druk te zetten op "
                    "de overheid."
                ),
                task_en=(
                    "Organising residents around conflicting interests or to put pressure on "
                    "government."
                ),
                phases=("organiseren",),
            ),
            DelegationSeed(
                to_role="maatschappelijk-werker",
                task=(
                    "Individuele ondersteuning bij hulpvragen die verder gaan dan informatie en "
                    "doorverwijzing."
                ),
                task_en=(
                    "Individual support with requests for help that go beyond information and "
                    "referral."
                ),
                activity_types=("schuldhulp",),
            ),
        ),
        typical_partners=(
            "opbouwwerker",
            "opbouwwerker-wijkteam",
            "cultuurverbinder",
            "sociaal-beheerder",
            "bewonersgroep",
        ),
        core_activity_types=("taal", "digitaal", "ontmoeting"),
        core_phases=("signaleren", "verbinden", "ondersteunen", "borgen-overdragen"),
        organisation_types=("bibliotheek",),
    ),
)
