"""Role fit: activities whose lead role, by the catalogue, should leave this work to another role.

The catalogue is plain data (:mod:`speelveld.core.role_catalogue`: one
:class:`~speelveld.core.role_catalogue.RoleProfile` per role with its delegations — "leave
werkvormen X, Y and phases P, Q to role R"), built by the caller from the editable catalogue or
from the seed. An activity led by a role (the owner's role) whose delegation names the
activity's werkvorm or phase is a finding: involve R.

Role fit is a prompt for a human, so either dimension is enough to raise it, and the reasons say
which one matched: the werkvorm (``type_delegated``, the stronger signal: the work itself) and/or
the phase (``phase_delegated``: this stage of the work). The score orders them: both 1.0,
werkvorm 0.7, phase 0.4. (Matching's ``Delegation.applies`` answers a question and is stricter:
a phase that contradicts rules it out.)
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

import numpy as np

from speelveld.core.reasons import Reason
from speelveld.core.role_catalogue import RoleProfile
from speelveld.core.table import ActivityTable

__all__ = ["RoleFitFinding", "rolefit_find"]

_BOTH, _TYPE, _PHASE = 1.0, 0.7, 0.4


@dataclass(frozen=True)
class RoleFitFinding:
    """Activity ``activity_id`` is led by ``role``; the catalogue says: involve ``involve``."""

    activity_id: int
    role: str
    involve: str
    score: float
    reasons: tuple[Reason, ...]
    task_key: str  # the delegation's key; the web layer shows its (translated) task text


def rolefit_find(
    table: ActivityTable,
    catalogue: Mapping[str, RoleProfile],
    *,
    involved: Mapping[int, Collection[str]] | None = None,
    min_score: float = _PHASE,
) -> list[RoleFitFinding]:
    """Role-fit findings for every activity, strongest first.

    ``involved`` maps an activity id to roles already taking part (e.g. a partner's opbouwwerker);
    a delegation to such a role is not a finding. Reason codes: ``type_delegated``
    (params ``activity_type``, ``role``, ``to_role``), ``phase_delegated`` (``phase``, ``role``,
    ``to_role``).

    >>> from datetime import date
    >>> from speelveld.core.role_catalogue import Delegation, RoleProfile
    >>> from speelveld.core.table import ActivityRow
    >>> cat = {"procesmanager-corporatie": RoleProfile("procesmanager-corporatie", delegations=(
    ...     Delegation("opbouwwerker", frozenset({"consultatie"}), frozenset({"organiseren"})),))}
    >>> t = ActivityTable.from_rows([ActivityRow(id=5, org="wsl", areas=("BU1",),
    ...     start=date(2025, 1, 1), activity_type="consultatie", phase="signaleren",
    ...     lead_role="procesmanager-corporatie")])
    >>> [(f.activity_id, f.involve, f.score) for f in rolefit_find(t, cat)]
    [(5, 'opbouwwerker', 0.7)]

    O(n × delegations), vectorised per delegation.
    """
    v = table.vocab
    type_ix, phase_ix = v.index("activity_types"), v.index("phases")
    found: list[tuple[float, int, int, str, str, tuple[Reason, ...], str]] = []
    for role_i, role in enumerate(v.roles):
        profile = catalogue.get(role)
        if profile is None:
            continue
        led = table.lead_role == role_i
        if not led.any():
            continue
        for d in profile.delegations:
            types = [type_ix[t] for t in sorted(d.activity_types) if t in type_ix]
            phases = [phase_ix[p] for p in sorted(d.phases) if p in phase_ix]
            by_type = led & np.isin(table.activity_type, types) if types else np.zeros_like(led)
            by_phase = led & np.isin(table.phase, phases) if phases else np.zeros_like(led)
            for row in np.flatnonzero(by_type | by_phase).tolist():
                act_id = int(table.ids[row])
                if involved is not None and d.to_role in involved.get(act_id, ()):
                    continue
                reasons = []
                if by_type[row]:
                    reasons.append(Reason("type_delegated", {
                        "activity_type": v.activity_types[table.activity_type[row]],
                        "role": role, "to_role": d.to_role}))  # fmt: skip
                if by_phase[row]:
                    reasons.append(Reason("phase_delegated", {
                        "phase": v.phases[table.phase[row]], "role": role,
                        "to_role": d.to_role}))  # fmt: skip
                both = bool(by_type[row] and by_phase[row])
                score = _BOTH if both else (_TYPE if by_type[row] else _PHASE)
                if score >= min_score:
                    found.append((score, act_id, row, role, d.to_role, tuple(reasons), d.task_key))
    found.sort(key=lambda f: (-f[0], f[1], f[4]))
    return [RoleFitFinding(activity_id=a, role=r, involve=to, score=s, reasons=rs, task_key=k)
            for s, a, _row, r, to, rs, k in found]  # fmt: skip
