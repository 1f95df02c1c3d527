"""Places of the demo municipality Lindeveen: its name, stadsdelen, wijken and buurten.

Everything here is fictional.
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


STADSDELEN = ("Lindeveen-Noord", "Lindeveen-Zuid")

# Order matters: wijk i gets the cells marked i in geometry.WIJK_LAYOUT, buurten in cell order.
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
