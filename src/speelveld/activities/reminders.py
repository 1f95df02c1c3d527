"""Reminders: one digest e-mail per person per day with what waits for them.

Who gets what (from their memberships; other roles get nothing):

- *beheerder* of a municipality: its overdue hand-overs, its initiatives without an active
  owner or without a planned hand-over, and its overdue Right to Challenge steps;
- *redacteur* of an organisation: proposals waiting for the organisation's answer (and, for
  proposals to the residents themselves, their answer to record), overdue hand-overs on either
  side, and the organisation's initiatives without an active owner or planned hand-over.

The mail goes through Django's e-mail backend (console by default; SMTP through the
``EMAIL_*`` settings). Dutch first with the English text below it — the User model knows no
language. ``ReminderLog`` (unique per user and day) keeps a second run on the same day from
sending anything again, even when two runs race.
"""

from __future__ import annotations

import hashlib
import json
import smtplib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, override

from speelveld.accounts.models import AccountRole, Membership
from speelveld.activities.baton import BatonOverview, HandoverItem, OrphanItem, baton_overview
from speelveld.activities.baton_texts import day, orphan_text, rtc_warning_text
from speelveld.activities.models import ReminderLog
from speelveld.places.models import Area

SECTION_LIMIT = 25  # lines per section; the rest is on the dashboard
SECTIONS = ("answer", "overdue", "orphans", "rtc")


@dataclass(frozen=True)
class Line:
    """One thing that waits, with a stable key (for the digest hash) and its wording."""

    key: tuple[Any, ...]
    municipality: Area
    url: str
    render: Callable[[], str]


@dataclass
class Digest:
    user: Any
    lines: dict[str, dict[tuple[Any, ...], Line]] = field(
        default_factory=lambda: {name: {} for name in SECTIONS}
    )

    def add(self, section: str, line: Line) -> None:
        self.lines[section].setdefault(line.key, line)

    @property
    def size(self) -> int:
        return sum(len(v) for v in self.lines.values())

    def digest_hash(self) -> str:
        keys = sorted(json.dumps([s, *k], default=str) for s, v in self.lines.items() for k in v)
        return hashlib.sha256("\n".join(keys).encode()).hexdigest()


@dataclass
class ReminderReport:
    sent: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    nothing: list[str] = field(default_factory=list)
    no_address: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (username, error)
    previews: list[tuple[str, str, str]] = field(default_factory=list)  # (to, subject, body)


def _handover_line(h: HandoverItem, m: Area, base: str, *, answer: bool = False) -> Line:
    url = base + reverse("activity", args=[h.activity_id]) + "#overdrachten"

    def render() -> str:
        receiver = h.receiver_name or _("de bewoners zelf")
        text = _("%(title)s — naar %(receiver)s, uiterlijk %(due)s") % {
            "title": h.activity_title,
            "receiver": receiver,
            "due": day(h.due),
        }
        if h.overdue:
            text += " " + ngettext("(%(n)s dag te laat)", "(%(n)s dagen te laat)", h.days_late) % {
                "n": h.days_late
            }
        if answer and h.receiver_kind == "residents":
            text += " " + _("— leg het antwoord van de bewoners vast")
        return text

    return Line(("handover", h.id), m, url, render)


def _orphan_line(o: OrphanItem, overview: BatonOverview, base: str) -> Line:
    url = base + reverse("activity", args=[o.activity_id]) + "#overdrachten"

    def render() -> str:
        why = " ".join(orphan_text(r, overview.phase_labels) for r in o.reasons)
        return f"{o.title} ({o.lead_organisation_name}): {why}"

    codes = tuple(r.code.value for r in o.reasons)
    return Line(("activity", o.activity_id, *codes), overview.municipality, url, render)


def _collect(digest: Digest, membership: Membership, overview: BatonOverview, base: str) -> None:
    m = overview.municipality
    if membership.role == AccountRole.BEHEERDER:
        for h in overview.overdue:
            digest.add("overdue", _handover_line(h, m, base))
        for o in overview.orphans + overview.unplanned:
            digest.add("orphans", _orphan_line(o, overview, base))
        for r in overview.rtc:
            url = base + reverse("activity", args=[r.activity_id]) + "#uitdaagrecht"

            def render(r: Any = r) -> str:
                return f"{r.title}: " + " ".join(rtc_warning_text(w) for w in r.warnings)

            codes = tuple(w.code.value for w in r.warnings)
            digest.add("rtc", Line(("rtc", r.activity_id, *codes), m, url, render))
        return
    org = membership.organisation_id
    for h in overview.pending:
        waits = h.state == "proposed" and (
            h.receiver_organisation == org
            or (h.receiver_kind == "residents" and org in h.owner_organisations)
        )
        if waits:
            digest.add("answer", _handover_line(h, m, base, answer=True))
        if h.overdue and (org in h.owner_organisations or h.receiver_organisation == org):
            digest.add("overdue", _handover_line(h, m, base))
    for o in overview.orphans + overview.unplanned:
        if org in (o.lead_organisation, o.owner_organisation):
            digest.add("orphans", _orphan_line(o, overview, base))


def reminder_digests(*, today: date, base_url: str = "") -> list[Digest]:
    """Every person's digest for ``today`` (empty ones included), in username order."""
    base = base_url.rstrip("/")
    memberships = (
        Membership.objects.filter(
            role__in=[AccountRole.BEHEERDER, AccountRole.REDACTEUR],
            municipality__isnull=False,
            user__is_active=True,
        )
        .select_related("user", "municipality")
        .order_by("user__username", "pk")
    )
    overviews: dict[int, BatonOverview] = {}
    digests: dict[int, Digest] = {}
    for ms in memberships:
        municipality = ms.municipality
        assert municipality is not None
        if municipality.pk not in overviews:
            overviews[municipality.pk] = baton_overview(municipality, today=today)
        digest = digests.setdefault(ms.user_id, Digest(ms.user))
        _collect(digest, ms, overviews[municipality.pk], base)
    return list(digests.values())


def _body(digest: Digest, base: str) -> str:
    titles = {
        "answer": _("Wacht op uw antwoord"),
        "overdue": _("Overdrachten die te laat zijn"),
        "orphans": _("Initiatieven zonder actieve eigenaar of geplande overdracht"),
        "rtc": _("Uitdaagrecht: stappen over tijd"),
    }
    out = [
        _("Beste %(name)s,") % {"name": digest.user.get_full_name() or digest.user.username},
        "",
        _("Dit wacht op u in Speelveld:"),
    ]
    for section in SECTIONS:
        lines = list(digest.lines[section].values())
        if not lines:
            continue
        out += ["", f"{titles[section]} ({len(lines)})"]
        for line in lines[:SECTION_LIMIT]:
            out.append(f"- {line.render()}\n  {line.url}")
        if len(lines) > SECTION_LIMIT:
            more = len(lines) - SECTION_LIMIT
            boards = {ln.municipality.code for ln in lines}
            urls = ", ".join(base + reverse("baton", args=[c]) for c in sorted(boards))
            out.append(_("… en nog %(n)s: zie %(url)s") % {"n": more, "url": urls})
    out += ["", _("U krijgt deze samenvatting hoogstens één keer per dag.")]
    return "\n".join(out)


def _subject(digest: Digest) -> str:
    n = digest.size
    return ngettext(
        "Speelveld: %(n)s punt wacht op u", "Speelveld: %(n)s punten wachten op u", n
    ) % {"n": n}


def reminder_message(digest: Digest, *, base_url: str = "") -> tuple[str, str]:
    """Subject and body: Dutch, with the English text below it."""
    base = base_url.rstrip("/")
    with override("nl"):
        subject_nl, body_nl = _subject(digest), _body(digest, base)
    with override("en"):
        subject_en, body_en = _subject(digest), _body(digest, base)
    subject = subject_nl if subject_en == subject_nl else f"{subject_nl} / {subject_en}"
    return subject, f"{body_nl}\n\n----- English -----\n\n{body_en}\n"


def reminders_send(
    *, today: date, base_url: str = "", dry_run: bool = False, users: Iterable[Any] | None = None
) -> ReminderReport:
    """Send every person their digest for ``today`` once; ``dry_run`` only previews."""
    report = ReminderReport()
    only = {u.pk for u in users} if users is not None else None
    for digest in reminder_digests(today=today, base_url=base_url):
        user = digest.user
        if only is not None and user.pk not in only:
            continue
        name = user.get_username()
        if not digest.size:
            report.nothing.append(name)
            continue
        if not user.email:
            report.no_address.append(name)
            continue
        if ReminderLog.objects.filter(user=user, day=today).exists():
            report.already.append(name)
            continue
        subject, body = reminder_message(digest, base_url=base_url)
        if dry_run:
            report.previews.append((user.email, subject, body))
            continue
        try:
            with transaction.atomic():
                ReminderLog.objects.create(
                    user=user, day=today, digest_hash=digest.digest_hash(), items=digest.size
                )
                # inside the transaction: a failed send leaves no log, so the next run retries
                send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
        except IntegrityError:  # another run sent it a moment ago
            report.already.append(name)
            continue
        except (OSError, smtplib.SMTPException) as error:  # the mail server; try the others
            report.failed.append((name, str(error)))
            continue
        report.sent.append(name)
    return report
