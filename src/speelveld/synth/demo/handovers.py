"""Hand-overs of the demo: who takes over running work, in every state, some of them overdue.

Some activities in the phases borgen-overdragen/loslaten deliberately get no hand-over at all.
"""

from __future__ import annotations

from speelveld.synth.demo.activity_types import TYPES
from speelveld.synth.demo.draws import days, pick
from speelveld.synth.demo.organisations import org_buurten
from speelveld.synth.demo.state import Act, DemoState
from speelveld.synth.demo.texts_ties import HANDOVER_DECLINED_NOTES, HANDOVER_REASONS
from speelveld.synth.demo.vocabulary import HANDOVER_STATES, REFERENCE_DATE
from speelveld.synth.records import HandoverRecord


def handover_records(st: DemoState) -> list[HandoverRecord]:
    rng = st.rng
    target = rng.randint(48, 62)
    late = [
        a
        for a in st.acts
        if a.phase in ("borgen-overdragen", "loslaten")
        and a.status != "gepland"
        and a.kind in ("regular", "rtc")
    ]
    rng.shuffle(late)
    others = [
        a
        for a in st.acts
        if a.status in ("lopend", "gepauzeerd") and a.kind == "regular" and a not in late
    ]
    rng.shuffle(others)
    # late[:5] deliberately get no hand-over; finished work only sometimes had one
    chosen = [
        a
        for a in late[5:] + others
        if (min(REFERENCE_DATE, a.end or REFERENCE_DATE) - a.start).days > 40
        and (a.status in ("lopend", "gepauzeerd") or rng.random() < 0.5)
    ]
    out: list[HandoverRecord] = []
    pending = list(HANDOVER_STATES)  # every state at least once
    overdue = 0
    for act in chosen:
        if len(out) >= target:
            break
        allowed = (
            ("completed", "declined")
            if act.status in ("afgerond", "gestopt")
            else (HANDOVER_STATES)
        )
        state = next((s for s in pending if s in allowed), None) or (
            pick(rng, allowed, (8, 2) if len(allowed) == 2 else (5, 4, 1.2, 2.5))
        )
        force_overdue = state in ("proposed", "accepted") and overdue < 3
        record = _handover(st, act, f"hov-{len(out) + 1:03d}", state, force_overdue)
        if record is None:
            continue
        if state in pending:
            pending.remove(state)
        if record.state in ("proposed", "accepted") and record.due < REFERENCE_DATE:
            overdue += 1
        out.append(record)
    return out


def _handover(
    st: DemoState, act: Act, key: str, state: str, force_overdue: bool
) -> HandoverRecord | None:
    rng = st.rng
    owner = st.player_by_key[act.owner]
    lo = act.start + days(7)
    hi = min(REFERENCE_DATE, act.end or REFERENCE_DATE) - days(3)
    if (hi - lo).days < 30:
        return None
    # the target: the residents, a player or an organisation, exactly one
    kind = pick(rng, ("residents", "player", "organisation"), (35, 40, 25))
    to_player = to_org = None
    names = {"to_name": "", "to_org": ""}
    if kind == "player":
        people = [
            p
            for p in st.players
            if p.active_until is None
            and p.key != owner.key
            and set(act.covers) & p.covers
            and not st.is_forbidden(p.org, act.lead)
        ]
        weights = [
            1 + 3 * p.is_group + 2 * (p.role == owner.role) + 2 * (p.org == act.lead)
            for p in people
        ]
        if people:
            person = pick(rng, people, weights)
            to_player, names["to_name"] = person.key, person.name
        else:
            kind = "residents"
    if kind == "organisation":
        orgs = [
            k
            for s, (k, o) in st.orgs.items()
            if k != act.lead
            and not st.is_forbidden(k, act.lead)
            and (
                set(org_buurten(st, s)) & set(act.covers)
                if o.type == "bewoners"
                else o.type in TYPES[act.type].orgs and not o.strict
            )
        ]
        if orgs:
            to_org = rng.choice(orgs)
            names["to_org"] = st.org_by_key[to_org].name
        else:
            kind = "residents"
    reason = rng.choice(HANDOVER_REASONS[kind]).format(**names)
    span = (hi - lo).days
    proposed = hi - days(rng.randint(5, min(span, 240 if state == "proposed" else 420)))
    decided = completed = None
    note = ""
    if state == "proposed":
        due = proposed + days(rng.randint(30, 150))
        if force_overdue:
            proposed = max(lo, REFERENCE_DATE - days(rng.randint(120, 260)))
            due = proposed + days(rng.randint(20, max(21, (REFERENCE_DATE - proposed).days - 5)))
    else:
        decided = min(hi, proposed + days(rng.randint(2, 25)))
        due = proposed + days(rng.randint(30, 180))
        if state == "accepted" and force_overdue:
            due = min(due, REFERENCE_DATE - days(rng.randint(3, 40)))
            due = max(due, decided + days(1))
        if state == "completed":
            completed = min(hi, decided + days(rng.randint(7, 160)))
        if state == "declined":
            note = rng.choice(HANDOVER_DECLINED_NOTES)
    return HandoverRecord(
        key=key,
        activity=act.key,
        reason=reason,
        due=due,
        state=state,
        from_player=owner.key,
        to_player=to_player,
        to_organisation=to_org,
        to_residents=kind == "residents",
        proposed_on=proposed,
        decided_on=decided,
        completed_on=completed,
        note=note,
    )
