"""Translated messages for the CBS code problems that the pure core reports."""

from __future__ import annotations

from django.utils.translation import gettext as _

from speelveld.core.cbs import CodeProblem


def code_problem_message(
    problem: CodeProblem, *, code: str, level: str, parent: str | None, expected: str | None
) -> str:
    if problem is CodeProblem.FORMAT:
        return _(
            "CBS-code %(code)s is ongeldig: verwacht GM + 4 cijfers (gemeente), WK + 6 tekens "
            "(wijk) of BU + 8 tekens (buurt), bijvoorbeeld GM0034, WK003401, BU00340101."
        ) % {"code": code}
    if problem is CodeProblem.LEVEL_MISMATCH:
        return _("CBS-code %(code)s hoort niet bij het niveau %(level)s.") % {
            "code": code,
            "level": level,
        }
    if problem is CodeProblem.PARENT_LEVEL:
        return _("Het bovenliggende gebied van %(code)s heeft het verkeerde niveau.") % {
            "code": code
        }
    return _(
        "CBS-code %(code)s past niet bij het bovenliggende gebied %(parent)s: volgens de code "
        "hoort het bij %(expected)s."
    ) % {"code": code, "parent": parent or "—", "expected": expected or "—"}
