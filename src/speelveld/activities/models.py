"""Activities and initiatives, and the hand-overs that pass the baton."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from speelveld.catalogue.models import ActivityType, Method, Phase, TargetGroup, Theme
from speelveld.history import TrackedHistory
from speelveld.models_common import Timestamped, external_id_field, unique_external_id
from speelveld.places.models import Area, AreaLevel
from speelveld.players.models import Organisation, Player


class ActivityStatus(models.TextChoices):
    PLANNED = "gepland", _("gepland")
    RUNNING = "lopend", _("lopend")
    PAUSED = "gepauzeerd", _("gepauzeerd")
    COMPLETED = "afgerond", _("afgerond")
    STOPPED = "gestopt", _("gestopt")


class RtcStage(models.TextChoices):
    """Right to Challenge pathway (domain reference §2.3)."""

    NONE = "", _("geen uitdaagrecht")
    IDEE = "idee", _("idee")
    VERKENNING = "verkenning", _("verkenning")
    INGEDIEND = "ingediend", _("ingediend")
    ONTVANKELIJKHEIDSTOETS = "ontvankelijkheidstoets", _("ontvankelijkheidstoets")
    KENNISMAKINGSGESPREK = "kennismakingsgesprek", _("kennismakingsgesprek")
    ADVIES = "advies", _("advies aan wethouder")
    BESLUIT_COLLEGE = "besluit_college", _("besluit college")
    AFGEWEZEN = "afgewezen", _("afgewezen")
    TOEGEKEND = "toegekend", _("toegekend")
    OVEREENKOMST = "overeenkomst", _("overeenkomst")
    UITVOERING = "uitvoering", _("uitvoering")
    VERANTWOORDING = "verantwoording", _("verantwoording")
    VERLENGD = "verlengd", _("verlengd")
    BEEINDIGD = "beeindigd", _("beëindigd")
    INGETROKKEN = "ingetrokken", _("ingetrokken")


class Activity(Timestamped):
    """An activity or initiative in one municipality: what, where, for whom, by whom, in which
    phase."""

    external_id = external_id_field()
    municipality = models.ForeignKey(
        Area,
        verbose_name=_("gemeente"),
        on_delete=models.CASCADE,
        related_name="activities",
        limit_choices_to={"level": AreaLevel.GEMEENTE},
    )
    title = models.CharField(_("titel"), max_length=200)
    description = models.TextField(_("omschrijving"), blank=True)
    activity_type = models.ForeignKey(
        ActivityType, verbose_name=_("werkvorm"), null=True, blank=True, on_delete=models.PROTECT
    )
    method = models.ForeignKey(
        Method, verbose_name=_("methodiek"), null=True, blank=True, on_delete=models.PROTECT
    )
    lead_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("trekker (organisatie)"),
        on_delete=models.PROTECT,
        related_name="led_activities",
    )
    owner = models.ForeignKey(
        Player,
        verbose_name=_("eigenaar"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_activities",
    )
    partners = models.ManyToManyField(
        Organisation, verbose_name=_("partners"), blank=True, related_name="partner_activities"
    )
    areas = models.ManyToManyField(Area, verbose_name=_("gebieden"), related_name="activities_in")
    themes = models.ManyToManyField(Theme, verbose_name=_("thema's"), blank=True)
    target_groups = models.ManyToManyField(TargetGroup, verbose_name=_("doelgroepen"), blank=True)
    phase = models.ForeignKey(Phase, verbose_name=_("fase"), on_delete=models.PROTECT)
    start = models.DateField(_("start"))
    end = models.DateField(
        _("einde"), null=True, blank=True, help_text=_("Leeg laten als de activiteit doorloopt.")
    )
    status = models.CharField(
        _("status"), max_length=12, choices=ActivityStatus.choices, default=ActivityStatus.RUNNING
    )
    reach = models.PositiveIntegerField(
        _("bereik"),
        null=True,
        blank=True,
        help_text=_("Geschat aantal bereikte bewoners (een totaal, geen persoonsgegevens)."),
    )
    resident_led = models.BooleanField(_("bewonersinitiatief"), default=False)
    rtc_stage = models.CharField(
        _("Right to Challenge"),
        max_length=24,
        blank=True,
        choices=RtcStage.choices,
        default=RtcStage.NONE,
    )
    history = TrackedHistory(m2m_fields=[partners, areas, themes, target_groups])

    class Meta:
        ordering = ["-start", "title"]
        verbose_name = _("activiteit")
        verbose_name_plural = _("activiteiten")
        constraints = [
            unique_external_id("activity"),
            models.CheckConstraint(
                condition=models.Q(end__isnull=True) | models.Q(end__gte=models.F("start")),
                name="activity_end_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("De einddatum ligt vóór de startdatum.")})


class HandoverState(models.TextChoices):
    PROPOSED = "proposed", _("voorgesteld")
    ACCEPTED = "accepted", _("geaccepteerd")
    DECLINED = "declined", _("afgewezen")
    COMPLETED = "completed", _("afgerond")
    WITHDRAWN = "withdrawn", _("ingetrokken")


class Handover(Timestamped):
    """Passing the baton: from a player or organisation to a player, an organisation or the
    residents themselves. Overdue is derived (due date passed while not completed), not stored."""

    external_id = external_id_field()
    activity = models.ForeignKey(
        Activity, verbose_name=_("activiteit"), on_delete=models.CASCADE, related_name="handovers"
    )
    from_player = models.ForeignKey(
        Player,
        verbose_name=_("van (speler)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="handovers_given",
    )
    from_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("van (organisatie)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="handovers_given",
    )
    to_player = models.ForeignKey(
        Player,
        verbose_name=_("naar (speler)"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="handovers_received",
    )
    to_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("naar (organisatie)"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="handovers_received",
    )
    to_residents = models.BooleanField(_("naar de bewoners zelf"), default=False)
    reason = models.TextField(_("reden"))
    due = models.DateField(_("uiterlijk"))
    state = models.CharField(
        _("stand"), max_length=10, choices=HandoverState.choices, default=HandoverState.PROPOSED
    )
    note = models.TextField(_("toelichting"), blank=True)
    proposed_at = models.DateTimeField(_("voorgesteld op"), null=True, blank=True)
    decided_at = models.DateTimeField(_("besloten op"), null=True, blank=True)
    completed_at = models.DateTimeField(_("afgerond op"), null=True, blank=True)
    history = TrackedHistory()

    class Meta:
        ordering = ["due"]
        verbose_name = _("overdracht")
        verbose_name_plural = _("overdrachten")
        constraints = [
            unique_external_id("handover"),
            models.CheckConstraint(
                condition=(
                    models.Q(
                        to_player__isnull=False, to_organisation__isnull=True, to_residents=False
                    )
                    | models.Q(
                        to_player__isnull=True, to_organisation__isnull=False, to_residents=False
                    )
                    | models.Q(
                        to_player__isnull=True, to_organisation__isnull=True, to_residents=True
                    )
                ),
                name="handover_one_receiver",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.activity} → {self.receiver_label}"

    @property
    def receiver_label(self) -> str:
        if self.to_residents:
            return str(_("de bewoners zelf"))
        return str(self.to_player or self.to_organisation or "—")

    def clean(self) -> None:
        receivers = [bool(self.to_player_id), bool(self.to_organisation_id), self.to_residents]
        if sum(receivers) != 1:
            raise ValidationError(
                _("Kies één ontvanger: een speler, een organisatie of de bewoners zelf.")
            )


class RtcStep(models.Model):
    """One step on a challenge's Right to Challenge pathway: the stage reached, on which date,
    by whom, with a link to the document (application, advice, decision, agreement). Written
    only by ``activities.rtc_services.rtc_advance``, which checks the move in
    ``core.rtc.rtc_transition``."""

    activity = models.ForeignKey(
        Activity, verbose_name=_("activiteit"), on_delete=models.CASCADE, related_name="rtc_steps"
    )
    stage = models.CharField(
        _("stap"), max_length=24, choices=[c for c in RtcStage.choices if c[0]]
    )
    date = models.DateField(_("datum"))
    until = models.DateField(
        _("verlengd tot"),
        null=True,
        blank=True,
        help_text=_("Alleen bij een verlenging: tot wanneer de nieuwe periode loopt."),
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("vastgelegd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    document_url = models.URLField(_("document"), max_length=500, blank=True)
    note = models.TextField(_("toelichting"), blank=True)
    recorded_at = models.DateTimeField(_("vastgelegd op"), auto_now_add=True)
    history = TrackedHistory()

    class Meta:
        ordering = ["date", "recorded_at", "pk"]
        verbose_name = _("stap uitdaagrecht")
        verbose_name_plural = _("stappen uitdaagrecht")

    def __str__(self) -> str:
        return f"{self.activity} — {self.get_stage_display()} ({self.date})"


class ReminderLog(models.Model):
    """A reminder digest sent to one user on one day; the unique pair keeps ``speelveld remind``
    to one e-mail per person per day however often it runs."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    day = models.DateField(_("dag"))
    digest_hash = models.CharField(_("inhoud (hash)"), max_length=64)
    items = models.PositiveIntegerField(_("aantal punten"), default=0)
    sent_at = models.DateTimeField(_("verstuurd op"), auto_now_add=True)

    class Meta:
        verbose_name = _("herinnering")
        verbose_name_plural = _("herinneringen")
        constraints = [
            models.UniqueConstraint(fields=["user", "day"], name="reminder_one_per_user_per_day")
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.day}"
