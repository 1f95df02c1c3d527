"""Every reason code, label and action of the findings in plain Dutch and in English.

English comes from the gettext catalogue. Until the project catalogue holds these strings, the
fixture ``english`` compiles the translations below into a temporary catalogue that is searched
first; once the project catalogue has them, the same assertions hold against it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polib
import pytest
from django.conf import settings
from django.test import override_settings
from django.utils import translation

from speelveld.analysis.loading import Names
from speelveld.analysis.texts import (
    action_advice,
    action_text,
    gap_reason_text,
    gap_subject,
    label_text,
    overlap_reason_text,
    overlap_reason_texts,
    rolefit_reason_text,
    rolefit_text,
)
from speelveld.core.reasons import Reason

NAMES = Names(
    municipality="Lindeveen",
    areas={"BU1": "Tulpenbuurt", "BU2": "Rozenbuurt", "BU3": "Korenbuurt"},
    organisations={1: "Stichting Welzijn Lindeveen", 2: "Bibliotheek Lindeveen"},
    activity_types={"taal": ("Taal oefenen", "Language practice"),
                    "consultatie": ("Bewonersconsultatie", "Resident consultation")},
    themes={"eenzaamheid": ("Eenzaamheid", "Loneliness"), "welzijn": ("Welzijn", "Well-being"),
            "armoede": ("Armoede", "Poverty")},
    target_groups={"ouderen": ("Ouderen", "Older people"),
                   "alleenstaanden": ("Alleenstaanden", "People living alone"),
                   "laag-inkomen": ("Huishoudens met een laag inkomen", "Low-income households")},
    methods={"presentie": ("Presentiebenadering", "Presence approach")},
    phases={"organiseren": ("Organiseren", "Organise")},
    roles={"procesmanager-corporatie": ("Procesmanager woningcorporatie",
                                        "Housing association process manager"),
           "opbouwwerker": ("Opbouwwerker", "Community worker")},
    delegations={"10": ("Bewoners organiseren en hun vertrouwen winnen.",
                        "Organising residents and earning their trust.")},
)  # fmt: skip

# The English of the strings below (also delivered for the project catalogue).
EN = {
    "%(first)s en %(last)s": "%(first)s and %(last)s",
    "Dubbelop": "Duplicated work",
    "Vult elkaar aan": "Complementary",
    "Na elkaar: overgedragen": "One after the other: handed over",
    "Afstemmen": "Align",
    "Samenvoegen": "Merge",
    "Stokje overdragen": "Pass the baton",
    "Spreek met elkaar af wie wat doet, waar en voor wie.":
        "Agree with each other who does what, where and for whom.",
    "Dit is vrijwel hetzelfde werk: maak er één activiteit van, met één trekker.":
        "This is practically the same work: make it one activity, with one lead.",
    "Eén van beide is aan het afronden: spreek af wie het werk voortzet en geef het stokje op "
    "tijd door.": "One of the two is winding down: agree who carries the work on and pass the "
    "baton in time.",
    "Titels en beschrijvingen lijken op elkaar (titel %(title)s, beschrijving %(description)s)":
        "Titles and descriptions are alike (title %(title)s, description %(description)s)",
    "De beschrijvingen lijken sterk op elkaar (%(share)s)":
        "The descriptions are very much alike (%(share)s)",
    "De beschrijvingen lijken op elkaar (%(share)s)": "The descriptions are alike (%(share)s)",
    "De titels lijken sterk op elkaar (%(share)s)": "The titles are very much alike (%(share)s)",
    "De titels lijken op elkaar (%(share)s)": "The titles are alike (%(share)s)",
    "Lopen (deels) tegelijk (%(share)s van de kortste looptijd)":
        "Run (partly) at the same time (%(share)s of the shorter period)",
    "Gaan tegelijk lopen vanaf %(since)s": "Will run at the same time from %(since)s",
    "Liepen tegelijk van %(since)s tot %(until)s":
        "Ran at the same time from %(since)s to %(until)s",
    "Lopen tegelijk sinds %(since)s (tot %(until)s)":
        "Running at the same time since %(since)s (until %(until)s)",
    "Lopen tegelijk sinds %(since)s": "Running at the same time since %(since)s",
    "In dezelfde buurt (%(buurt)s)": "In the same buurt (%(buurt)s)",
    "Zelfde werkvorm (%(type)s)": "Same kind of activity (%(type)s)",
    "Beide richten zich op %(groups)s": "Both are aimed at %(groups)s",
    "Beide werken aan %(themes)s": "Both work on %(themes)s",
    "Zelfde methodiek (%(method)s)": "Same method (%(method)s)",
    "Niets aan de hand: het werk is overgedragen aan %(org)s":
        "Nothing wrong: the work was handed over to %(org)s",
    "Niets aan de hand: het werk is overgedragen aan de bewoners zelf":
        "Nothing wrong: the work was handed over to the residents themselves",
    "Niets aan de hand: het werk is overgedragen": "Nothing wrong: the work was handed over",
    "Geen dubbel werk: de organisaties zijn partners (%(org)s werkt mee aan ‘%(title)s’)":
        "No duplicated work: the organisations are partners (%(org)s takes part in "
        "‘%(title)s’)",
    "Geen dubbel werk: %(orgs)s werken samen": "No duplicated work: %(orgs)s work together",
    "Zelfde werkvorm (%(type)s) in dezelfde buurt (%(buurt)s)":
        "Same kind of activity (%(type)s) in the same buurt (%(buurt)s)",
    "veel %(figure)s: %(rate)s per 1.000 huishoudens (doorsnee buurt in %(gemeente)s: "
    "%(median)s)": "many %(figure)s: %(rate)s per 1,000 households (typical buurt in "
    "%(gemeente)s: %(median)s)",
    "veel %(figure)s: %(rate)s per 1.000 inwoners (doorsnee buurt in %(gemeente)s: %(median)s)":
        "many %(figure)s: %(rate)s per 1,000 residents (typical buurt in %(gemeente)s: "
        "%(median)s)",
    "voor %(group)s": "for %(group)s",
    "hier gebeurt helemaal niets": "nothing at all happens here",
    "Hier gebeurt helemaal niets, terwijl er %(n)s mensen wonen":
        "Nothing at all happens here, although %(n)s people live here",
    "Hier gebeurt helemaal niets": "Nothing at all happens here",
    "Grote behoefte: %(need)s× die van een doorsnee buurt (%(figures)s)":
        "High need: %(need)s× that of a typical buurt (%(figures)s)",
    "Er loopt geen enkele activiteit voor deze doelgroep":
        "There is no activity at all for this target group",
    "Er loopt geen enkele activiteit op dit thema": "There is no activity at all on this theme",
    "Onvoldoende gegevens om de behoefte te bepalen (ontbreekt: %(figures)s)":
        "Not enough data to determine the need (missing: %(figures)s)",
    "Kleine buurten samen bekeken, want per buurt wonen er te weinig mensen: %(buurten)s":
        "Small buurten taken together, as too few people live in each: %(buurten)s",
    "De %(role)s trekt hier %(type)s; dat kan beter bij de %(to_role)s liggen":
        "The %(role)s leads %(type)s here; that is better left to the %(to_role)s",
    "In de fase %(phase)s laat de %(role)s dit beter over aan de %(to_role)s":
        "In the phase %(phase)s the %(role)s had better leave this to the %(to_role)s",
    "De %(role)s trekt hier %(type)s in de fase %(phase)s; dat kan beter bij de %(to_role)s "
    "liggen": "The %(role)s leads %(type)s here in the phase %(phase)s; that is better left to "
    "the %(to_role)s",
    "huishoudens met een laag inkomen": "low-income households",
    "65-plussers": "people aged 65 and over",
}  # fmt: skip
EN_PLURAL = {
    ("Weinig activiteit: %(n)s activiteit, %(rate)s per 1.000 inwoners (gemeente: %(field)s)",
     "Weinig activiteit: %(n)s activiteiten, %(rate)s per 1.000 inwoners (gemeente: "
     "%(field)s)"): (
        "Little activity: %(n)s activity, %(rate)s per 1,000 residents (municipality: "
        "%(field)s)",
        "Little activity: %(n)s activities, %(rate)s per 1,000 residents (municipality: "
        "%(field)s)"),
    ("In de buurten ernaast loopt %(n)s activiteit hierop",
     "In de buurten ernaast lopen %(n)s activiteiten hierop"): (
        "In the neighbouring buurten %(n)s activity works on this",
        "In the neighbouring buurten %(n)s activities work on this"),
}  # fmt: skip


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    root = tmp_path_factory.mktemp("locale")
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8",
                   "Plural-Forms": "nplurals=2; plural=(n != 1);"}  # fmt: skip
    for msgid, msgstr in EN.items():
        po.append(polib.POEntry(msgid=msgid, msgstr=msgstr))
    for (one, many), (en_one, en_many) in EN_PLURAL.items():
        po.append(polib.POEntry(msgid=one, msgid_plural=many,
                                msgstr_plural={0: en_one, 1: en_many}))  # fmt: skip
    target = Path(root) / "en" / "LC_MESSAGES"
    target.mkdir(parents=True)
    po.save_as_mofile(str(target / "django.mo"))
    with override_settings(LOCALE_PATHS=[str(root), *settings.LOCALE_PATHS]):
        yield


def both(render: Any) -> tuple[str, str]:
    with translation.override("nl"):
        nl = render()
    with translation.override("en"):
        en = render()
    return nl, en


OVERLAP_CASES = [
    (Reason("same_buurt", {"buurt": "BU1"}), "In dezelfde buurt (Tulpenbuurt)",
     "In the same buurt (Tulpenbuurt)"),
    (Reason("same_type", {"activity_type": "taal"}), "Zelfde werkvorm (Taal oefenen)",
     "Same kind of activity (Language practice)"),
    (Reason("text_similar", {"title": 0.2, "description": 0.72}),
     "De beschrijvingen lijken sterk op elkaar (72%)",
     "The descriptions are very much alike (72%)"),
    (Reason("text_similar", {"title": 0.45, "description": 0.1}),
     "De titels lijken op elkaar (45%)", "The titles are alike (45%)"),
    (Reason("text_similar", {"title": 0.65, "description": 0.5}),
     "Titels en beschrijvingen lijken op elkaar (titel 65%, beschrijving 50%)",
     "Titles and descriptions are alike (title 65%, description 50%)"),
    (Reason("shared_target_groups", {"target_groups": ["ouderen", "alleenstaanden"]}),
     "Beide richten zich op ouderen en alleenstaanden",
     "Both are aimed at older people and people living alone"),
    (Reason("shared_themes", {"themes": ["eenzaamheid"]}), "Beide werken aan eenzaamheid",
     "Both work on loneliness"),
    (Reason("period_overlap", {"share": 1.0, "since": "2025-03-01", "until": None,
                               "when": "now"}),
     "Lopen tegelijk sinds maart 2025", "Running at the same time since March 2025"),
    (Reason("period_overlap", {"share": 1.0, "since": "2025-03-01", "until": "2027-06-30",
                               "when": "now"}),
     "Lopen tegelijk sinds maart 2025 (tot juni 2027)",
     "Running at the same time since March 2025 (until June 2027)"),
    (Reason("period_overlap", {"share": 0.5, "since": "2023-01-01", "until": "2023-06-30",
                               "when": "past"}),
     "Liepen tegelijk van januari 2023 tot juni 2023",
     "Ran at the same time from January 2023 to June 2023"),
    (Reason("period_overlap", {"share": 1.0, "since": "2030-09-01", "until": None,
                               "when": "future"}),
     "Gaan tegelijk lopen vanaf september 2030", "Will run at the same time from September 2030"),
    (Reason("period_overlap", {"share": 0.5}),
     "Lopen (deels) tegelijk (50% van de kortste looptijd)",
     "Run (partly) at the same time (50% of the shorter period)"),
    (Reason("same_method", {"method": "presentie"}), "Zelfde methodiek (Presentiebenadering)",
     "Same method (Presence approach)"),
    (Reason("handed_over", {"from_activity": 1, "to_activity": 2}),
     "Niets aan de hand: het werk is overgedragen", "Nothing wrong: the work was handed over"),
    (Reason("handed_over", {"from_activity": 1, "to_activity": None, "to_organisation": "2",
                            "ended": None}),
     "Niets aan de hand: het werk is overgedragen aan Bibliotheek Lindeveen",
     "Nothing wrong: the work was handed over to Bibliotheek Lindeveen"),
    (Reason("handed_over", {"from_activity": 1, "to_activity": None, "to_organisation": None,
                            "ended": "2025-03-20"}),
     "Niets aan de hand: het werk is overgedragen aan de bewoners zelf",
     "Nothing wrong: the work was handed over to the residents themselves"),
    (Reason("partners", {"activity": 2, "organisation": "1", "activity_title": "Taalcafé"}),
     "Geen dubbel werk: de organisaties zijn partners (Stichting Welzijn Lindeveen werkt mee "
     "aan ‘Taalcafé’)",
     "No duplicated work: the organisations are partners (Stichting Welzijn Lindeveen takes "
     "part in ‘Taalcafé’)"),
    (Reason("collaboration_tie", {"organisations": ["1", "2"]}),
     "Geen dubbel werk: Stichting Welzijn Lindeveen en Bibliotheek Lindeveen werken samen",
     "No duplicated work: Stichting Welzijn Lindeveen and Bibliotheek Lindeveen work together"),
]  # fmt: skip


@pytest.mark.parametrize(("reason", "nl", "en"), OVERLAP_CASES,
                         ids=[f"{c[0].code}-{i}" for i, c in enumerate(OVERLAP_CASES)])  # fmt: skip
def test_each_overlap_reason_in_dutch_and_english(
    english: None, reason: Reason, nl: str, en: str
) -> None:
    assert both(lambda: overlap_reason_text(reason, NAMES)) == (nl, en)


def test_werkvorm_and_buurt_make_one_sentence(english: None) -> None:
    reasons = [Reason("same_buurt", {"buurt": "BU1"}),
               Reason("same_type", {"activity_type": "taal"}),
               Reason("shared_themes", {"themes": ["welzijn", "eenzaamheid"]})]  # fmt: skip
    nl, en = both(lambda: overlap_reason_texts(reasons, NAMES))
    assert nl == [("same_type", "Zelfde werkvorm (Taal oefenen) in dezelfde buurt (Tulpenbuurt)"),
                  ("shared_themes", "Beide werken aan welzijn en eenzaamheid")]  # fmt: skip
    assert en[0][1] == "Same kind of activity (Language practice) in the same buurt (Tulpenbuurt)"
    assert en[1][1] == "Both work on well-being and loneliness"


@pytest.mark.parametrize(
    ("label", "nl", "en"),
    [("duplicate", "Dubbelop", "Duplicated work"), ("complementary", "Vult elkaar aan",
      "Complementary"), ("sequential", "Na elkaar: overgedragen",
                         "One after the other: handed over")],
)  # fmt: skip
def test_labels(english: None, label: str, nl: str, en: str) -> None:
    assert both(lambda: label_text(label)) == (nl, en)


@pytest.mark.parametrize(
    ("action", "nl", "en"),
    [("afstemmen", "Afstemmen", "Align"), ("samenvoegen", "Samenvoegen", "Merge"),
     ("stokje_overdragen", "Stokje overdragen", "Pass the baton")],
)  # fmt: skip
def test_actions_and_their_advice(english: None, action: str, nl: str, en: str) -> None:
    assert both(lambda: action_text(action)) == (nl, en)
    advice_nl, advice_en = both(lambda: action_advice(action))
    assert advice_nl and advice_en and advice_nl != advice_en


RATES = [{"figure": "low_income_households", "rate": 142.0, "per": "households",
          "median": 80.0}]  # fmt: skip
GAP_CASES = [
    (Reason("no_activity_at_all", {"inhabitants": 1680.0}), "nothing",
     "Hier gebeurt helemaal niets, terwijl er 1.680 mensen wonen",
     "Nothing at all happens here, although 1,680 people live here"),
    (Reason("no_activity_at_all", {"inhabitants": None}), "nothing",
     "Hier gebeurt helemaal niets", "Nothing at all happens here"),
    (Reason("need_high", {"need": 1.8, "figures": ["low_income_households"], "rates": RATES}),
     "theme",
     "Veel huishoudens met een laag inkomen: 142 per 1.000 huishoudens (doorsnee buurt in "
     "Lindeveen: 80)",
     "Many low-income households: 142 per 1,000 households (typical buurt in Lindeveen: 80)"),
    (Reason("need_high", {"need": 1.6, "figures": ["age_65_plus"], "rates": [
        {"figure": "age_65_plus", "rate": 361.0, "per": "inhabitants", "median": 188.0}]}),
     "theme", "Veel 65-plussers: 361 per 1.000 inwoners (doorsnee buurt in Lindeveen: 188)",
     "Many people aged 65 and over: 361 per 1,000 residents (typical buurt in Lindeveen: 188)"),
    (Reason("need_high", {"need": 1.75, "figures": ["low_income_households"]}), "theme",
     "Grote behoefte: 1,8× die van een doorsnee buurt (huishoudens met een laag inkomen)",
     "High need: 1.8× that of a typical buurt (low-income households)"),
    (Reason("coverage_low", {"activities": 0, "per_1000": 0.0, "field_per_1000": 2.1}),
     "theme", "Er loopt geen enkele activiteit op dit thema",
     "There is no activity at all on this theme"),
    (Reason("coverage_low", {"activities": 0, "per_1000": 0.0, "field_per_1000": 2.1}),
     "target_group", "Er loopt geen enkele activiteit voor deze doelgroep",
     "There is no activity at all for this target group"),
    (Reason("coverage_low", {"activities": 1, "per_1000": 0.4, "field_per_1000": 2.1}),
     "theme", "Weinig activiteit: 1 activiteit, 0,4 per 1.000 inwoners (gemeente: 2,1)",
     "Little activity: 1 activity, 0.4 per 1,000 residents (municipality: 2.1)"),
    (Reason("coverage_low", {"activities": 3, "per_1000": 1.2, "field_per_1000": 2.1}),
     "theme", "Weinig activiteit: 3 activiteiten, 1,2 per 1.000 inwoners (gemeente: 2,1)",
     "Little activity: 3 activities, 1.2 per 1,000 residents (municipality: 2.1)"),
    (Reason("neighbours_active", {"activities": 4}), "theme",
     "In de buurten ernaast lopen 4 activiteiten hierop",
     "In the neighbouring buurten 4 activities work on this"),
    (Reason("insufficient_data", {"figures": ["low_income_households"]}), "theme",
     "Onvoldoende gegevens om de behoefte te bepalen (ontbreekt: huishoudens met een laag "
     "inkomen)",
     "Not enough data to determine the need (missing: low-income households)"),
    (Reason("folded_into_wijk", {"buurten": ["BU2", "BU3"]}), "theme",
     "Kleine buurten samen bekeken, want per buurt wonen er te weinig mensen: Rozenbuurt en "
     "Korenbuurt",
     "Small buurten taken together, as too few people live in each: Rozenbuurt and Korenbuurt"),
]  # fmt: skip


@pytest.mark.parametrize(("reason", "subject", "nl", "en"), GAP_CASES,
                         ids=[f"{c[0].code}-{i}" for i, c in enumerate(GAP_CASES)])  # fmt: skip
def test_each_gap_reason_in_dutch_and_english(
    english: None, reason: Reason, subject: str, nl: str, en: str
) -> None:
    assert both(lambda: gap_reason_text(reason, NAMES, subject=subject)) == (nl, en)


def test_gap_subjects_name_the_need(english: None) -> None:
    assert both(lambda: gap_subject("armoede", None, NAMES)) == ("Armoede", "Poverty")
    assert both(lambda: gap_subject(None, "laag-inkomen", NAMES)) == (
        "voor huishoudens met een laag inkomen",
        "for low-income households",
    )
    assert both(lambda: gap_subject(None, None, NAMES)) == (
        "hier gebeurt helemaal niets",
        "nothing at all happens here",
    )


ROLE = {"role": "procesmanager-corporatie", "to_role": "opbouwwerker"}
TYPE = Reason("type_delegated", {"activity_type": "consultatie", **ROLE})
PHASE = Reason("phase_delegated", {"phase": "organiseren", **ROLE})


def test_each_rolefit_reason_in_dutch_and_english(english: None) -> None:
    assert both(lambda: rolefit_reason_text(TYPE, NAMES)) == (
        "De procesmanager woningcorporatie trekt hier bewonersconsultatie; dat kan beter bij de "
        "opbouwwerker liggen",
        "The housing association process manager leads resident consultation here; that is "
        "better left to the community worker",
    )
    assert both(lambda: rolefit_reason_text(PHASE, NAMES)) == (
        "In de fase organiseren laat de procesmanager woningcorporatie dit beter over aan de "
        "opbouwwerker",
        "In the phase organise the housing association process manager had better leave this "
        "to the community worker",
    )


def test_a_rolefit_finding_in_one_sentence_with_the_catalogues_task(english: None) -> None:
    nl, en = both(lambda: rolefit_text([TYPE], NAMES, task_key="10", **ROLE))
    assert nl == ("De procesmanager woningcorporatie trekt hier bewonersconsultatie; dat kan "
                  "beter bij de opbouwwerker liggen: Bewoners organiseren en hun vertrouwen "
                  "winnen.")  # fmt: skip
    assert en == ("The housing association process manager leads resident consultation here; "
                  "that is better left to the community worker: Organising residents and "
                  "earning their trust.")  # fmt: skip
    both_nl, _ = both(lambda: rolefit_text([TYPE, PHASE], NAMES, task_key="10", **ROLE))
    assert both_nl.startswith(
        "De procesmanager woningcorporatie trekt hier bewonersconsultatie in de fase "
        "organiseren; dat kan beter bij de opbouwwerker"
    )
    assert rolefit_text([PHASE], NAMES, task_key="nope", **ROLE).endswith("opbouwwerker.")
