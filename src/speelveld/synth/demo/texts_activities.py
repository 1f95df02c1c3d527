"""Titles and descriptions of the demo activities, per activity type.

Templates use ``str.format`` fields: ``{buurt}`` (place name), ``{in_buurt}`` / ``{In_buurt}``
("in de Tulpenbuurt"), ``{wijk}``, ``{venue}``, ``{dag}`` ("dinsdag"), ``{dagdeel}`` ("ochtend") and
``{org}`` (the lead organisation).
"""

from __future__ import annotations

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
