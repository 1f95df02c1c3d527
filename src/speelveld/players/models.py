"""Organisations, players (professionals and resident groups) and the ties between them."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from speelveld.catalogue.models import Language, OrganisationType, Role, TargetGroup, Theme
from speelveld.history import TrackedHistory
from speelveld.models_common import Timestamped, external_id_field, unique_external_id
from speelveld.places.models import Area, AreaLevel


class Organisation(Timestamped):
    external_id = external_id_field()
    name = models.CharField(_("naam"), max_length=200)
    type = models.CharField(_("type"), max_length=20, choices=OrganisationType.choices)
    description = models.TextField(_("omschrijving"), blank=True)
    website = models.URLField(_("website"), blank=True)
    municipalities = models.ManyToManyField(
        Area,
        verbose_name=_("actief in gemeenten"),
        related_name="organisations",
        limit_choices_to={"level": AreaLevel.GEMEENTE},
    )
    history = TrackedHistory(m2m_fields=[municipalities])

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        constraints = [unique_external_id("organisation")]

    def __str__(self) -> str:
        return self.name


class Player(Timestamped):
    """A professional or a resident group in one municipality's field. Personal data stays
    minimal: a name and a work contact, removable on request."""

    external_id = external_id_field()
    municipality = models.ForeignKey(
        Area,
        verbose_name=_("gemeente"),
        on_delete=models.CASCADE,
        related_name="players",
        limit_choices_to={"level": AreaLevel.GEMEENTE},
    )
    name = models.CharField(_("naam"), max_length=200)
    is_group = models.BooleanField(_("bewonersgroep"), default=False)
    role = models.ForeignKey(
        Role, verbose_name=_("rol"), on_delete=models.PROTECT, related_name="players"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisatie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="players",
    )
    email = models.EmailField(_("werk-e-mail"), blank=True)
    phone = models.CharField(_("werktelefoon"), max_length=30, blank=True)
    areas = models.ManyToManyField(
        Area, verbose_name=_("werkgebied"), blank=True, related_name="players_working"
    )
    themes = models.ManyToManyField(Theme, verbose_name=_("thema's"), blank=True)
    target_groups = models.ManyToManyField(TargetGroup, verbose_name=_("doelgroepen"), blank=True)
    languages = models.ManyToManyField(Language, verbose_name=_("talen"), blank=True)
    hours_per_week = models.DecimalField(
        _("uren per week"), max_digits=4, decimal_places=1, null=True, blank=True
    )
    active_from = models.DateField(_("actief vanaf"), null=True, blank=True)
    active_until = models.DateField(_("actief tot"), null=True, blank=True)
    history = TrackedHistory(m2m_fields=[areas, themes, target_groups, languages])

    class Meta:
        ordering = ["name"]
        verbose_name = _("speler")
        verbose_name_plural = _("spelers")
        constraints = [
            unique_external_id("player"),
            models.CheckConstraint(
                condition=models.Q(active_until__isnull=True)
                | models.Q(active_from__isnull=True)
                | models.Q(active_until__gte=models.F("active_from")),
                name="player_active_period_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.active_from and self.active_until and self.active_until < self.active_from:
            raise ValidationError({"active_until": _("De einddatum ligt vóór de begindatum.")})

    def is_active(self, on: date) -> bool:
        started = self.active_from is None or self.active_from <= on
        return started and (self.active_until is None or self.active_until >= on)


class Intensity(models.IntegerChoices):
    AWARENESS = 1, _("kennen elkaar")
    COOPERATION = 2, _("werken samen")
    COORDINATION = 3, _("stemmen af")
    INTEGRATION = 4, _("integreren")


class Sign(models.IntegerChoices):
    STRENGTHENS = 1, _("versterkt")
    HINDERS = -1, _("hindert")


def _one_of(a: str, b: str) -> models.Q:
    return (models.Q(**{f"{a}__isnull": False}) & models.Q(**{f"{b}__isnull": True})) | (
        models.Q(**{f"{a}__isnull": True}) & models.Q(**{f"{b}__isnull": False})
    )


class Collaboration(Timestamped):
    """A tie between two players and/or organisations (PARTNER-style intensity 1-4, a sign and,
    optionally, trust and value means 1-4)."""

    external_id = external_id_field()
    municipality = models.ForeignKey(
        Area,
        verbose_name=_("gemeente"),
        on_delete=models.CASCADE,
        related_name="collaborations",
        limit_choices_to={"level": AreaLevel.GEMEENTE},
    )
    a_player = models.ForeignKey(
        Player,
        verbose_name=_("speler A"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    a_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisatie A"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    b_player = models.ForeignKey(
        Player,
        verbose_name=_("speler B"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    b_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisatie B"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    intensity = models.PositiveSmallIntegerField(
        _("intensiteit"), choices=Intensity.choices, default=Intensity.AWARENESS
    )
    sign = models.SmallIntegerField(_("effect"), choices=Sign.choices, default=Sign.STRENGTHENS)
    context = models.TextField(_("context"), blank=True)
    since = models.DateField(_("sinds"), null=True, blank=True)
    theme = models.ForeignKey(
        Theme, verbose_name=_("thema"), null=True, blank=True, on_delete=models.SET_NULL
    )
    trust = models.DecimalField(
        _("vertrouwen (1-4)"), max_digits=3, decimal_places=2, null=True, blank=True
    )
    value = models.DecimalField(
        _("waarde (1-4)"), max_digits=3, decimal_places=2, null=True, blank=True
    )
    history = TrackedHistory()

    class Meta:
        verbose_name = _("samenwerking")
        verbose_name_plural = _("samenwerkingen")
        constraints = [
            unique_external_id("collaboration"),
            models.CheckConstraint(
                condition=_one_of("a_player", "a_organisation"), name="collaboration_one_a"
            ),
            models.CheckConstraint(
                condition=_one_of("b_player", "b_organisation"), name="collaboration_one_b"
            ),
            models.CheckConstraint(
                condition=models.Q(intensity__gte=1, intensity__lte=4),
                name="collaboration_intensity_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.side_a} — {self.side_b}"

    @property
    def side_a(self) -> Player | Organisation | None:
        return self.a_player or self.a_organisation

    @property
    def side_b(self) -> Player | Organisation | None:
        return self.b_player or self.b_organisation

    def clean(self) -> None:
        if bool(self.a_player_id) == bool(self.a_organisation_id):
            raise ValidationError(_("Kies voor kant A óf een speler óf een organisatie."))
        if bool(self.b_player_id) == bool(self.b_organisation_id):
            raise ValidationError(_("Kies voor kant B óf een speler óf een organisatie."))
        same_player = self.a_player_id and self.a_player_id == self.b_player_id
        same_org = self.a_organisation_id and self.a_organisation_id == self.b_organisation_id
        if same_player or same_org:
            raise ValidationError(_("Een samenwerking verbindt twee verschillende partijen."))
        for name in ("trust", "value"):
            score = getattr(self, name)
            if score is not None and not 1 <= score <= 4:
                raise ValidationError({name: _("Een score ligt tussen 1 en 4.")})
