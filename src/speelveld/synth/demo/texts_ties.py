"""Texts of collaborations and hand-overs: contexts, reasons, notes and theme labels."""

from __future__ import annotations

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
