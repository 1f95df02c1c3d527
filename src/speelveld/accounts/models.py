"""Who may do what: a user's memberships give roles per municipality or organisation."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from speelveld.history import TrackedHistory
from speelveld.places.models import Area, AreaLevel
from speelveld.players.models import Organisation


class AccountRole(models.TextChoices):
    BEHEERDER = "beheerder", _("beheerder")
    REDACTEUR = "redacteur", _("redacteur")
    OPDRACHTGEVER = "opdrachtgever", _("opdrachtgever")
    ONDERZOEKER = "onderzoeker", _("onderzoeker")


class Membership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(_("rol"), max_length=16, choices=AccountRole.choices)
    municipality = models.ForeignKey(
        Area,
        verbose_name=_("gemeente"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="memberships",
        limit_choices_to={"level": AreaLevel.GEMEENTE},
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisatie"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    history = TrackedHistory()

    class Meta:
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "role", "municipality", "organisation"], name="membership_unique"
            ),
        ]

    def __str__(self) -> str:
        scope = self.organisation or self.municipality or _("alle gemeenten")
        return f"{self.user} — {self.get_role_display()} — {scope}"

    def clean(self) -> None:
        needs_municipality = self.role in (AccountRole.BEHEERDER, AccountRole.OPDRACHTGEVER)
        if needs_municipality and self.municipality_id is None:
            raise ValidationError({"municipality": _("Deze rol hoort bij een gemeente.")})
        if self.role == AccountRole.REDACTEUR and (
            self.organisation_id is None or self.municipality_id is None
        ):
            raise ValidationError(_("Een redacteur hoort bij een organisatie en een gemeente."))
