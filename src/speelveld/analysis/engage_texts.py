"""*Wie schakel ik in?* in words: the core's reason codes as plain Dutch (English through the
catalogue), filled in with the names of roles, werkvormen, phases, themes and areas."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from speelveld.analysis.engage_field import Labels, pick
from speelveld.core.area_graph import Proximity
from speelveld.core.engage import Reason, ReasonCode
from speelveld.core.engage_scoring import ParamValue
from speelveld.core.role_catalogue import LeaveTo


def _num(value: ParamValue | None) -> str:
    if isinstance(value, int | float):
        whole = float(value).is_integer()
        return number_format(value, 0 if whole else 1)
    return str(value or "")


def _str(value: ParamValue | None) -> str:
    return value if isinstance(value, str) else ""


def _keys(value: ParamValue | None) -> tuple[str, ...]:
    return value if isinstance(value, tuple) else ()


def _join(words: Sequence[str]) -> str:
    """a, b en c / a, b and c"""
    words = list(words)
    if len(words) < 2:
        return "".join(words)
    return _("%(first)s en %(last)s") % {"first": ", ".join(words[:-1]), "last": words[-1]}


def role_label(labels: Labels, key: str) -> str:
    return pick(labels.roles.get(key), key)


def lower(label: str) -> str:
    """A label inside a sentence: "Opbouwwerker" → "opbouwwerker", but "LSA bewoners" stays."""
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


def _role(labels: Labels, key: str) -> str:
    return lower(role_label(labels, key))


def _roles(labels: Labels, keys: Sequence[str], at_most: int = 2) -> str:
    names = [_role(labels, k) for k in keys]
    if len(names) > at_most:
        rest = len(names) - at_most
        more = ngettext("%(n)s andere rol", "%(n)s andere rollen", rest) % {"n": rest}
        names = [*names[:at_most], more]
    return _join(names)


def delegation_text(labels: Labels, task_key: str) -> str:
    return pick(labels.delegations.get(task_key))


def proximity_label(proximity: Proximity) -> str:
    return {
        Proximity.IN_AREA: _("werkt in het gebied"),
        Proximity.WIJK_WIDE: _("werkt in de hele wijk"),
        Proximity.NEIGHBOUR: _("werkt ernaast"),
        Proximity.SAME_WIJK: _("werkt in dezelfde wijk"),
        Proximity.GEMEENTE_WIDE: _("werkt in de hele gemeente"),
        Proximity.SAME_GEMEENTE: _("werkt elders in de gemeente"),
        Proximity.ELSEWHERE: _("werkt verder weg"),
    }[proximity]


def distance_text(distance: float, unit: str) -> str:
    if unit == "coordinate":  # analysis.engage_field gives centroids in kilometres
        return _("ca. %(km)s km verderop") % {"km": number_format(round(distance, 1), 1)}
    steps = int(distance)
    return ngettext("%(n)s buurt verderop", "%(n)s buurten verderop", steps) % {"n": steps}


def reason_text(reason: Reason, labels: Labels) -> str:
    """One contribution to a candidate's score, as a sentence."""
    p: Mapping[str, ParamValue] = reason.params
    code = reason.code
    role = _role(labels, _str(p.get("role")))
    area = labels.area_name(_str(p.get("area")))
    if code is ReasonCode.ROLE_CORE_ACTIVITY_TYPE:
        kind = pick(labels.activity_types.get(_str(p.get("activity_type"))))
        return _("%(kind)s is een kerntaak van de %(role)s.") % {"kind": kind, "role": role}
    if code is ReasonCode.ROLE_CORE_PHASE:
        phase = lower(pick(labels.phases.get(_str(p.get("phase")))))
        return _("De %(role)s is sterk in de fase %(phase)s.") % {"role": role, "phase": phase}
    if code is ReasonCode.ROLE_DELEGATED_HERE:
        return _("Andere rollen laten dit aan de %(role)s over: %(roles)s.") % {
            "role": role,
            "roles": _roles(labels, _keys(p.get("from_roles"))),
        }
    if code is ReasonCode.ROLE_LEAVE_TO:
        to_role = _role(labels, _str(p.get("to_role")))
        task = delegation_text(labels, _str(p.get("task_key")))
        text = _("De %(role)s laat dit beter over aan de %(to_role)s.") % {
            "role": role,
            "to_role": to_role,
        }
        return f"{text} {task}".strip()
    if code is ReasonCode.PRESENCE_IN_AREA:
        return _("Werkt in %(area)s.") % {"area": area}
    if code is ReasonCode.PRESENCE_WIJK_WIDE:
        return _("Werkt in de hele wijk %(area)s.") % {"area": area}
    if code is ReasonCode.PRESENCE_NEIGHBOUR:
        return _("Werkt ernaast, in %(area)s.") % {"area": area}
    if code is ReasonCode.PRESENCE_SAME_WIJK:
        return _("Werkt in dezelfde wijk, in %(area)s.") % {"area": area}
    if code is ReasonCode.PRESENCE_GEMEENTE_WIDE:
        return _("Werkt in de hele gemeente.")
    if code is ReasonCode.PRESENCE_SAME_GEMEENTE:
        return _("Werkt elders in de gemeente, in %(area)s.") % {"area": area}
    if code in (ReasonCode.THEME, ReasonCode.TARGET_GROUP):
        vocab = labels.themes if code is ReasonCode.THEME else labels.target_groups
        matched = [lower(pick(vocab.get(k), k)) for k in _keys(p.get("matched"))]
        asked = len(_keys(p.get("asked")))
        values = {"matched": _join(matched), "n": len(matched), "asked": asked}
        if code is ReasonCode.THEME:
            if len(matched) == asked:
                return _("Werkt aan %(matched)s.") % values
            return _("Werkt aan %(n)s van de %(asked)s gevraagde thema's: %(matched)s.") % values
        if len(matched) == asked:
            return _("Werkt voor %(matched)s.") % values
        return _("Werkt voor %(n)s van de %(asked)s gevraagde doelgroepen: %(matched)s.") % values
    if code is ReasonCode.LANGUAGE:
        language = pick(labels.languages.get(_str(p.get("language"))), _str(p.get("language")))
        return _("Spreekt %(language)s.") % {"language": language}
    if code is ReasonCode.CAPACITY:
        values = {
            "free": _num(p.get("free_hours")),
            "hours": _num(p.get("hours_per_week")),
            "n": _num(p.get("active_activities")),
        }
        free = p.get("free_hours")
        if isinstance(free, int | float) and free < 0:
            return _("Zit vol: %(hours)s uur per week en %(n)s lopende activiteiten.") % values
        return (
            _(
                "Heeft ruimte: ongeveer %(free)s uur per week vrij (%(hours)s uur, %(n)s lopende "
                "activiteiten)."
            )
            % values
        )
    if code is ReasonCode.CAPACITY_UNKNOWN:
        return _("Beschikbare uren onbekend (%(n)s lopende activiteiten).") % {
            "n": _num(p.get("active_activities"))
        }
    if code is ReasonCode.TIES:
        n = p.get("ties")
        count = n if isinstance(n, int) else 0
        strength = p.get("strength")
        if isinstance(strength, int | float) and strength < 0:
            return ngettext(
                "Samenwerking met %(n)s partij hier verloopt moeizaam.",
                "Samenwerking met %(n)s partijen hier verloopt moeizaam.",
                count,
            ) % {"n": count}
        return ngettext(
            "Werkt al samen met %(n)s partij die hier actief is.",
            "Werkt al samen met %(n)s partijen die hier actief zijn.",
            count,
        ) % {"n": count}
    if code is ReasonCode.HANDOVERS:
        return _("Overdrachten: %(on_time)s op tijd, %(late)s te laat, %(declined)s afgewezen.") % {
            k: _num(p.get(k)) for k in ("on_time", "late", "declined")
        }
    return str(code.value)


def leave_to_text(advice: LeaveTo, labels: Labels) -> str:
    """Why a role should not be asked for this, and whom to ask instead."""
    text = _("Vraag hiervoor niet de %(role)s, maar de %(to_role)s.") % {
        "role": _role(labels, advice.role),
        "to_role": _role(labels, advice.to_role),
    }
    task = delegation_text(labels, advice.task_key)
    return f"{text} {task}".strip()


def points_text(points: int) -> str:
    """+20 / −40 (a real minus sign)."""
    return f"+{points}" if points > 0 else ("0" if points == 0 else f"−{-points}")
