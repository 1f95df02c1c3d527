"""Dutch titles and descriptions for the national field, and paraphrases for its planted twins.

The templates are the demo's (``synth.demo.texts_activities``): per werkvorm a handful of titles
and descriptions, in the voices of different organisations. A twin of an activity is the same
work described by someone else: synonyms swapped, sentences in another order, the buurt name
moved, or (sometimes) a different template of the same werkvorm altogether.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from speelveld.synth.demo.texts_activities import ACTIVITY_TEXTS, ORG_VOICE

DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag")
DAYPARTS = ("ochtend", "middag", "avond")

# Words and the other words people use for them (Dutch), for paraphrases.
# fmt: off
PARAPHRASES: dict[str, tuple[str, ...]] = {
    "bewoners": ("buurtbewoners", "inwoners", "wijkbewoners"),
    "vrijwilligers": ("buurtvrijwilligers", "vrijwillige krachten"),
    "elke": ("iedere",), "Elke": ("Iedere",),
    "wekelijks": ("elke week",), "Wekelijks": ("Elke week",),
    "hulp": ("ondersteuning",), "helpen": ("ondersteunen",),
    "ouderen": ("senioren", "65-plussers"), "kinderen": ("kinderen uit de buurt", "kids"),
    "jongeren": ("tieners", "de jeugd"), "samen": ("gezamenlijk",), "buren": ("buurtgenoten",),
    "praatje": ("gesprek", "babbeltje"), "organiseren": ("regelen", "opzetten"),
    "bijeenkomst": ("ontmoeting",), "plek": ("plaats", "ruimte"), "gratis": ("kosteloos",),
    "mensen": ("mensen uit de buurt",), "maandelijkse": ("vaste",),
    "gezinnen": ("ouders en kinderen",), "deelnemers": ("deelnemende bewoners",),
    "iedereen": ("alle buurtbewoners",), "wijkteam": ("sociaal wijkteam",),
    "buurt": ("wijk",), "kunnen": ("mogen",), "leren": ("oefenen",),
}
# fmt: on
_WORD = re.compile(r"[A-Za-zÀ-ÿ-]+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def context(
    name: str, in_name: str, venue: str, wijk: str, org: str, day: str, daypart: str
) -> dict[str, str]:
    return {
        "buurt": name,
        "in_buurt": in_name,
        "In_buurt": capitalised(in_name),
        "wijk": wijk,
        "venue": venue,
        "dag": day,
        "dagdeel": daypart,
        "org": org,
    }


def render(
    atype: str, title_k: int, desc_k: int, ctx: dict[str, str], voice: str
) -> tuple[str, str]:
    """Title ``title_k`` and description ``desc_k`` of a werkvorm, with an optional voice line."""
    titles, descs = ACTIVITY_TEXTS[atype]
    title = capitalised(titles[title_k % len(titles)].format(**ctx))
    desc = descs[desc_k % len(descs)].format(**ctx)
    if voice:
        desc = f"{desc} {voice.format(**ctx)}"
    return title, desc


def voice_line(rng: random.Random, org_type: str) -> str:
    return rng.choice(ORG_VOICE.get(org_type, ORG_VOICE["overig"]))


def _swap_words(rng: random.Random, text: str, share: float) -> str:
    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        options = PARAPHRASES.get(word)
        return rng.choice(options) if options and rng.random() < share else word

    return _WORD.sub(swap, text)


def _move_place(rng: random.Random, title: str, name: str, in_name: str) -> str:
    """Put the buurt name elsewhere in a title ("Taalcafé in de X" → "X: taalcafé")."""
    core = title.replace(in_name, "").replace(capitalised(in_name), "").replace(name, "")
    core = re.sub(r"\s{2,}", " ", core).strip(" :-–()")
    if not core:
        return title
    forms = (f"{name}: {core[:1].lower()}{core[1:]}", f"{capitalised(core)} ({name})",
             f"{capitalised(core)} {in_name}")  # fmt: skip
    options = [f for f in forms if f != title]
    return rng.choice(options)


def paraphrase(
    rng: random.Random,
    title: str,
    desc: str,
    *,
    name: str,
    in_name: str,
    share: float = 0.6,
) -> tuple[str, str]:
    """The same work in other words: synonyms, sentence order and the buurt name's place."""
    new_title = _swap_words(rng, _move_place(rng, title, name, in_name), share)
    new_title = re.sub(r"\s+([:,.!?)])", r"\1", new_title)
    sentences = [s for s in _SENTENCE.split(desc) if s]
    if len(sentences) > 1:
        rng.shuffle(sentences)
    new_desc = _swap_words(rng, " ".join(sentences), share)
    return capitalised(new_title), new_desc


def template_counts(atypes: Sequence[str]) -> tuple[list[int], list[int]]:
    return (
        [len(ACTIVITY_TEXTS[t][0]) for t in atypes],
        [len(ACTIVITY_TEXTS[t][1]) for t in atypes],
    )
