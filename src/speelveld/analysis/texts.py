"""Findings in words: the core's reason codes, labels and actions as plain Dutch (English
through the catalogue), filled in with the names of areas, organisations, werkvormen, themes,
target groups, phases and roles.

Every function renders in the active language (wrap a call in ``translation.override`` for
another). The services enrich a few reasons before they come here with what the core does not
know: the dates two activities run side by side (``period_overlap``: ``since``, ``until``,
``when``), an activity's title (``partners``: ``activity_title``) and the key-figure rates behind
a need (``need_high``: ``rates``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from speelveld.analysis.engage_field import pick
from speelveld.analysis.engage_texts import lower
from speelveld.analysis.loading import Names
from speelveld.core.reasons import Reason

FIGURE_LABELS = {
    "inhabitants": gettext_lazy("inwoners"),
    "age_0_15": gettext_lazy("kinderen tot 15 jaar"),
    "age_15_25": gettext_lazy("jongeren van 15 tot 25 jaar"),
    "age_65_plus": gettext_lazy("65-plussers"),
    "households": gettext_lazy("huishoudens"),
    "one_person_households": gettext_lazy("eenpersoonshuishoudens"),
    "households_with_children": gettext_lazy("huishoudens met kinderen"),
    "low_income_households": gettext_lazy("huishoudens met een laag inkomen"),
    "origin_outside_europe": gettext_lazy("inwoners met een herkomst buiten Europa"),
}


def join_words(words: Sequence[str]) -> str:
    """a, b en c / a, b and c"""
    words = [w for w in words if w]
    if len(words) < 2:
        return "".join(words)
    return _("%(first)s en %(last)s") % {"first": ", ".join(words[:-1]), "last": words[-1]}


def capfirst(text: str) -> str:
    return text[:1].upper() + text[1:]


def number(value: Any, places: int | None = None) -> str:
    """1.234 / 1,234 and 0,4 / 0.4, as the active language writes numbers."""
    if value is None:
        return "—"
    v = float(value)
    if places is None:
        places = 0 if v.is_integer() or abs(v) >= 100 else 1
    return number_format(round(v, places), places, force_grouping=True)


def percent(share: Any) -> str:
    return f"{round(float(share) * 100)}%"


def month(iso: str | date) -> str:
    d = date.fromisoformat(iso) if isinstance(iso, str) else iso
    return date_format(d, "F Y")


def _label(pairs: Mapping[str, tuple[str, str]], key: str) -> str:
    return lower(pick(pairs.get(key), key))


def _labels(pairs: Mapping[str, tuple[str, str]], keys: Sequence[str]) -> str:
    return join_words([_label(pairs, k) for k in keys])


def role_name(names: Names, key: str) -> str:
    return _label(names.roles, key)


# --- labels and actions --------------------------------------------------------------------


def label_text(label: str) -> str:
    return {
        "duplicate": _("Dubbelop"),
        "complementary": _("Vult elkaar aan"),
        "sequential": _("Na elkaar: overgedragen"),
    }.get(label, label)


def action_text(action: str) -> str:
    return {
        "afstemmen": _("Afstemmen"),
        "samenvoegen": _("Samenvoegen"),
        "stokje_overdragen": _("Stokje overdragen"),
    }.get(action, action)


def action_advice(action: str) -> str:
    """What the suggested action means in practice."""
    return {
        "afstemmen": _("Spreek met elkaar af wie wat doet, waar en voor wie."),
        "samenvoegen": _(
            "Dit is vrijwel hetzelfde werk: maak er één activiteit van, met één trekker."
        ),
        "stokje_overdragen": _(
            "Eén van beide is aan het afronden: spreek af wie het werk voortzet en geef het "
            "stokje op tijd door."
        ),
    }.get(action, "")


def mark_state_text(state: str) -> str:
    return {"intended": _("bewust zo"), "resolved": _("opgelost")}.get(state, state)


# --- overlap -------------------------------------------------------------------------------


def _similar(p: Mapping[str, Any]) -> str:
    title, desc = float(p.get("title") or 0), float(p.get("description") or 0)
    minimum = float(p.get("min", 0.4))
    if title >= minimum and desc >= minimum:
        return _(
            "Titels en beschrijvingen lijken op elkaar (titel %(title)s, beschrijving "
            "%(description)s)"
        ) % {"title": percent(title), "description": percent(desc)}
    strong = max(title, desc) >= 0.6
    if desc >= title:
        if strong:
            return _("De beschrijvingen lijken sterk op elkaar (%(share)s)") % {
                "share": percent(desc)
            }
        return _("De beschrijvingen lijken op elkaar (%(share)s)") % {"share": percent(desc)}
    if strong:
        return _("De titels lijken sterk op elkaar (%(share)s)") % {"share": percent(title)}
    return _("De titels lijken op elkaar (%(share)s)") % {"share": percent(title)}


def _period(p: Mapping[str, Any]) -> str:
    since, until, when = p.get("since"), p.get("until"), p.get("when")
    if not since:
        return _("Lopen (deels) tegelijk (%(share)s van de kortste looptijd)") % {
            "share": percent(p.get("share", 0))
        }
    if when == "future":
        return _("Gaan tegelijk lopen vanaf %(since)s") % {"since": month(since)}
    if when == "past" and until:
        return _("Liepen tegelijk van %(since)s tot %(until)s") % {
            "since": month(since),
            "until": month(until),
        }
    if until:
        return _("Lopen tegelijk sinds %(since)s (tot %(until)s)") % {
            "since": month(since),
            "until": month(until),
        }
    return _("Lopen tegelijk sinds %(since)s") % {"since": month(since)}


def overlap_reason_text(reason: Reason, names: Names) -> str:
    """One reason of an overlap finding as a sentence."""
    p, code = reason.params, reason.code
    if code == "same_buurt":
        return _("In dezelfde buurt (%(buurt)s)") % {"buurt": names.area(p.get("buurt", ""))}
    if code == "same_type":
        return _("Zelfde werkvorm (%(type)s)") % {
            "type": pick(names.activity_types.get(p.get("activity_type", "")))
        }
    if code == "text_similar":
        return _similar(p)
    if code == "shared_target_groups":
        return _("Beide richten zich op %(groups)s") % {
            "groups": _labels(names.target_groups, p.get("target_groups", ()))
        }
    if code == "shared_themes":
        return _("Beide werken aan %(themes)s") % {
            "themes": _labels(names.themes, p.get("themes", ()))
        }
    if code == "period_overlap":
        return _period(p)
    if code == "same_method":
        return _("Zelfde methodiek (%(method)s)") % {
            "method": pick(names.methods.get(p.get("method", "")), p.get("method", ""))
        }
    if code == "handed_over":
        to = p.get("to_organisation")
        if to:
            return _("Niets aan de hand: het werk is overgedragen aan %(org)s") % {
                "org": names.organisation(to)
            }
        if p.get("to_activity") is None and "to_organisation" in p:
            return _("Niets aan de hand: het werk is overgedragen aan de bewoners zelf")
        return _("Niets aan de hand: het werk is overgedragen")
    if code == "partners":
        return _("Geen dubbel werk: de organisaties zijn partners (%(org)s werkt mee aan "
                 "‘%(title)s’)") % {"org": names.organisation(p.get("organisation")),
                                    "title": p.get("activity_title", "")}  # fmt: skip
    if code == "collaboration_tie":
        return _("Geen dubbel werk: %(orgs)s werken samen") % {
            "orgs": join_words([names.organisation(o) for o in p.get("organisations", ())])
        }
    return code


def overlap_reason_texts(reasons: Sequence[Reason], names: Names) -> list[tuple[str, str]]:
    """(code, sentence) for each reason of a finding; the werkvorm and the buurt make one
    sentence together: "Zelfde werkvorm (Taal oefenen) in dezelfde buurt (Tulpenbuurt)"."""
    by_code = {r.code: r for r in reasons}
    out: list[tuple[str, str]] = []
    for r in reasons:
        if r.code == "same_buurt" and "same_type" in by_code:
            continue
        if r.code == "same_type" and "same_buurt" in by_code:
            text = _("Zelfde werkvorm (%(type)s) in dezelfde buurt (%(buurt)s)") % {
                "type": pick(names.activity_types.get(r.params.get("activity_type", ""))),
                "buurt": names.area(by_code["same_buurt"].params.get("buurt", "")),
            }
            out.append((r.code, text))
            continue
        out.append((r.code, overlap_reason_text(r, names)))
    return out


# --- gaps ----------------------------------------------------------------------------------


def figure_label(name: str) -> str:
    return str(FIGURE_LABELS.get(name, name))


def rate_text(rate: Mapping[str, Any], municipality: str) -> str:
    """One key figure behind a need: "veel …: 142 per 1.000 huishoudens (doorsnee buurt …)"."""
    values = {
        "figure": figure_label(rate["figure"]),
        "rate": number(rate["rate"], 0),
        "median": number(rate.get("median"), 0),
        "gemeente": municipality,
    }
    if rate.get("per") == "households":
        return _("veel %(figure)s: %(rate)s per 1.000 huishoudens (doorsnee buurt in "
                 "%(gemeente)s: %(median)s)") % values  # fmt: skip
    return _("veel %(figure)s: %(rate)s per 1.000 inwoners (doorsnee buurt in "
             "%(gemeente)s: %(median)s)") % values  # fmt: skip


def gap_subject(theme: str | None, target_group: str | None, names: Names) -> str:
    """What the gap is about: a theme, a target group, or everything."""
    if theme:
        return pick(names.themes.get(theme), theme)
    if target_group:
        return _("voor %(group)s") % {"group": _label(names.target_groups, target_group)}
    return _("hier gebeurt helemaal niets")


def gap_reason_text(reason: Reason, names: Names, *, subject: str = "theme") -> str:
    """One reason of a gap as a sentence; ``subject`` is ``theme``, ``target_group`` or
    ``nothing``."""
    p, code = reason.params, reason.code
    if code == "no_activity_at_all":
        if p.get("inhabitants"):
            return _("Hier gebeurt helemaal niets, terwijl er %(n)s mensen wonen") % {
                "n": number(p["inhabitants"], 0)
            }
        return _("Hier gebeurt helemaal niets")
    if code == "need_high":
        rates = p.get("rates") or []
        if rates:
            return capfirst("; ".join(rate_text(r, names.municipality) for r in rates))
        return _("Grote behoefte: %(need)s× die van een doorsnee buurt (%(figures)s)") % {
            "need": number(p.get("need"), 1),
            "figures": join_words([figure_label(f) for f in p.get("figures", ())]),
        }
    if code == "coverage_low":
        n = int(p.get("activities") or 0)
        if n == 0:
            if subject == "target_group":
                return _("Er loopt geen enkele activiteit voor deze doelgroep")
            return _("Er loopt geen enkele activiteit op dit thema")
        return ngettext(
            "Weinig activiteit: %(n)s activiteit, %(rate)s per 1.000 inwoners "
            "(gemeente: %(field)s)",
            "Weinig activiteit: %(n)s activiteiten, %(rate)s per 1.000 inwoners "
            "(gemeente: %(field)s)",
            n,
        ) % {"n": n, "rate": number(p.get("per_1000"), 1),
             "field": number(p.get("field_per_1000"), 1)}  # fmt: skip
    if code == "neighbours_active":
        n = int(p.get("activities") or 0)
        return ngettext(
            "In de buurten ernaast loopt %(n)s activiteit hierop",
            "In de buurten ernaast lopen %(n)s activiteiten hierop",
            n,
        ) % {"n": n}
    if code == "insufficient_data":
        return _("Onvoldoende gegevens om de behoefte te bepalen (ontbreekt: %(figures)s)") % {
            "figures": join_words([figure_label(f) for f in p.get("figures", ())])
        }
    if code == "folded_into_wijk":
        return _("Kleine buurten samen bekeken, want per buurt wonen er te weinig mensen: "
                 "%(buurten)s") % {"buurten": join_words(
                     [names.area(b) for b in p.get("buurten", ())])}  # fmt: skip
    return code


# --- role fit ------------------------------------------------------------------------------


def rolefit_reason_text(reason: Reason, names: Names) -> str:
    p, code = reason.params, reason.code
    values = {
        "role": role_name(names, p.get("role", "")),
        "to_role": role_name(names, p.get("to_role", "")),
        "type": _label(names.activity_types, p.get("activity_type", "")),
        "phase": _label(names.phases, p.get("phase", "")),
    }
    if code == "type_delegated":
        return _("De %(role)s trekt hier %(type)s; dat kan beter bij de %(to_role)s "
                 "liggen") % values  # fmt: skip
    if code == "phase_delegated":
        return _("In de fase %(phase)s laat de %(role)s dit beter over aan de "
                 "%(to_role)s") % values  # fmt: skip
    return code


def rolefit_text(
    reasons: Sequence[Reason], names: Names, *, role: str, to_role: str, task_key: str
) -> str:
    """The finding in one sentence, with the catalogue's own words on what to leave."""
    by_code = {r.code: r.params for r in reasons}
    values = {
        "role": role_name(names, role),
        "to_role": role_name(names, to_role),
        "type": _label(names.activity_types, by_code.get("type_delegated", {}).get(
            "activity_type", "")),
        "phase": _label(names.phases, by_code.get("phase_delegated", {}).get("phase", "")),
    }  # fmt: skip
    if "type_delegated" in by_code and "phase_delegated" in by_code:
        text = _("De %(role)s trekt hier %(type)s in de fase %(phase)s; dat kan beter bij de "
                 "%(to_role)s liggen") % values  # fmt: skip
    elif "type_delegated" in by_code:
        text = _("De %(role)s trekt hier %(type)s; dat kan beter bij de %(to_role)s "
                 "liggen") % values  # fmt: skip
    else:
        text = _("In de fase %(phase)s laat de %(role)s dit beter over aan de "
                 "%(to_role)s") % values  # fmt: skip
    task = pick(names.delegations.get(task_key))
    return f"{text}: {task}" if task else f"{text}."
