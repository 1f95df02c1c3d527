"""*Wie schakel ik in?* — the one service behind the page, its JSON twin, the CLI and the API.

``engage_query`` checks the question, takes the municipality's candidate index from a small
per-process cache (rebuilt when the field changes, like ``activities.facts``: the stamp counts
and dates the players, activities, ties, hand-overs, areas and organisations of the
municipality and the catalogue's history), and ranks with ``core.engage.engage_rank``. The
answer carries codes and ids; ``EngageResult.as_dict`` words it in the active language.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from speelveld.analysis.engage_field import EngageField, engage_field_load, pick
from speelveld.analysis.engage_texts import (
    distance_text,
    leave_to_text,
    points_text,
    proximity_label,
    reason_text,
    role_label,
)
from speelveld.analysis.loading import field_stamp
from speelveld.core.area_graph import Proximity
from speelveld.core.engage import EngageAnswer, EngageError, Question, Reason, engage_rank
from speelveld.places.models import Area, AreaLevel

CACHE_SIZE = 16  # municipalities per process
MAX_LIMIT = 50

_cache: OrderedDict[int, tuple[tuple[Any, ...], EngageField]] = OrderedDict()
_lock = threading.Lock()


def engage_field(municipality: Area, *, today: date | None = None) -> EngageField:
    """The municipality's candidate index, from the cache while nothing changed."""
    day = today or timezone.localdate()
    stamp = field_stamp(municipality.pk, day)
    with _lock:
        cached = _cache.get(municipality.pk)
        if cached is not None and cached[0] == stamp:
            _cache.move_to_end(municipality.pk)
            return cached[1]
    loaded = engage_field_load(municipality, day)
    with _lock:
        _cache[municipality.pk] = (stamp, loaded)
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return loaded


@dataclass(frozen=True)
class EngageResult:
    """The ranked answer and the field it came from (for names)."""

    municipality: Area
    area: str
    answer: EngageAnswer
    field: EngageField

    @property
    def area_name(self) -> str:
        return self.field.labels.area_name(self.area)

    def reasons(self, reasons: Sequence[Reason]) -> list[dict[str, Any]]:
        labels = self.field.labels
        return [
            {
                "code": r.code.value,
                "params": {k: list(v) if isinstance(v, tuple) else v for k, v in r.params.items()},
                "points": r.points,
                "points_text": points_text(r.points),
                "text": reason_text(r, labels),
            }
            for r in reasons
        ]

    def player(self, pk: int) -> dict[str, Any]:
        card = self.field.players[pk]
        org = card.organisation
        return {
            "id": pk,
            "name": card.name,
            "url": reverse("player", args=[pk]),
            "role": card.role,
            "role_label": role_label(self.field.labels, card.role),
            "organisation": (
                {"id": org, "name": self.field.organisations.get(org, "")} if org else None
            ),
        }

    def question_labels(self) -> list[str]:
        """The asked theme(s), target group(s), werkvorm, phase and language, as words."""
        q, labels = self.answer.question, self.field.labels
        words = [label(labels, "themes", k) for k in q.themes]
        words += [label(labels, "target_groups", k) for k in q.target_groups]
        if q.activity_type:
            words.append(label(labels, "activity_types", q.activity_type))
        if q.phase:
            words.append(_("fase %(phase)s") % {"phase": label(labels, "phases", q.phase)})
        if q.language:
            words.append(
                _("in het %(language)s") % {"language": label(labels, "languages", q.language)}
            )
        return words

    def as_dict(self) -> dict[str, Any]:
        """The answer as plain JSON values, worded in the active language."""
        a, labels = self.answer, self.field.labels
        q = a.question
        return {
            "municipality": self.municipality.code,
            "question": {
                "area": {
                    "code": q.area,
                    "name": self.area_name,
                    "level": labels.areas.get(q.area, ("", ""))[1],
                },
                "themes": list(q.themes),
                "target_groups": list(q.target_groups),
                "activity_type": q.activity_type,
                "phase": q.phase,
                "language": q.language,
                "labels": self.question_labels(),
            },
            "considered": a.considered,
            "nobody_nearby": a.nobody_nearby,
            "matches": [
                {
                    "rank": n,
                    **self.player(m.candidate),
                    "score": m.score,
                    "proximity": m.proximity.name.lower(),
                    "proximity_text": proximity_label(m.proximity),
                    "fits": m.fits,
                    "near": m.proximity >= Proximity.NEIGHBOUR,
                    "reasons": self.reasons(m.reasons),
                }
                for n, m in enumerate(a.matches, start=1)
            ],
            "organisations": [
                {
                    "id": o.organisation,
                    "name": self.field.organisations.get(o.organisation, ""),
                    "url": reverse("organisation", args=[o.organisation]),
                    "score": o.score,
                    "players": o.candidates,
                    "best_player": self.player(o.candidate),
                    "reasons": self.reasons(o.reasons),
                }
                for o in a.organisations
            ],
            "do_not_ask": [
                {
                    "role": adv.role,
                    "role_label": role_label(labels, adv.role),
                    "leave_to": adv.to_role,
                    "leave_to_label": role_label(labels, adv.to_role),
                    "text": leave_to_text(adv, labels),
                }
                for adv in a.leave_to
            ],
            "nearest": [
                {
                    **self.player(n.candidate),
                    "area": {"code": n.area, "name": labels.area_name(n.area)},
                    "distance": round(n.distance, 2),
                    "distance_unit": "km" if a.distance_unit == "coordinate" else "buurten",
                    "distance_text": distance_text(n.distance, a.distance_unit),
                }
                for n in a.nearest
            ],
        }


def _check(kind: str, field: str, values: Sequence[str], known: dict[str, Any]) -> list[str]:
    wrong = [v for v in values if v not in known]
    if wrong:
        raise ValidationError(
            {
                field: _("Onbekende %(kind)s: %(values)s.")
                % {"kind": kind, "values": ", ".join(wrong)}
            }
        )
    return list(dict.fromkeys(values))


def engage_query(
    *,
    municipality: Area,
    area_code: str,
    themes: Sequence[str] = (),
    target_groups: Sequence[str] = (),
    activity_type: str | None = None,
    phase: str | None = None,
    language: str | None = None,
    limit: int = 10,
    today: date | None = None,
) -> EngageResult:
    """Rank the municipality's players and organisations for a question about ``area_code``
    (its gemeente, a wijk or a buurt) and explain every score. Unknown keys and areas outside
    the municipality raise ``ValidationError`` naming the field."""
    field = engage_field(municipality, today=today)
    labels = field.labels
    code = area_code.strip().upper()
    level = labels.areas.get(code, ("", ""))[1]
    if level not in (AreaLevel.GEMEENTE, AreaLevel.WIJK, AreaLevel.BUURT):
        raise ValidationError(
            {
                "area": _("Kies een wijk of buurt van %(gemeente)s; %(code)s hoort er niet bij.")
                % {"gemeente": municipality.name, "code": area_code or "—"}
            }
        )
    question = Question(
        area=code,
        themes=tuple(_check(_("thema's"), "themes", themes, labels.themes)),
        target_groups=tuple(
            _check(_("doelgroepen"), "target_groups", target_groups, labels.target_groups)
        ),
        activity_type=(
            _check(_("werkvorm"), "activity_type", [activity_type], labels.activity_types)[0]
            if activity_type
            else None
        ),
        phase=_check(_("fase"), "phase", [phase], labels.phases)[0] if phase else None,
        language=(
            _check(_("taal"), "language", [language], labels.languages)[0] if language else None
        ),
    )
    try:
        answer = engage_rank(question, field.index, limit=max(1, min(limit, MAX_LIMIT)))
    except EngageError as error:  # an area the graph does not know (e.g. a stadsdeel)
        raise ValidationError({"area": _("Dit gebied kan niet worden gevraagd.")}) from error
    return EngageResult(municipality=municipality, area=code, answer=answer, field=field)


def label(labels: Any, kind: str, key: str | None) -> str:
    """A vocabulary label by kind (``themes``, ``phases``, …) in the active language."""
    return pick(getattr(labels, kind).get(key or ""), key or "")
