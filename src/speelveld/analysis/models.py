"""A coordinator's verdict on a finding: *bewust zo* (intended) or *opgelost* (resolved).

A mark hides its finding for as long as the finding's fingerprint stays the one recorded at
marking time. The fingerprint digests the activities in the finding (their change stamps), so
when one of them changes the finding comes back, with the old mark shown next to it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from speelveld.history import TrackedHistory
from speelveld.places.models import Area, AreaLevel


class FindingKind(models.TextChoices):
    OVERLAP = "overlap", _("dubbelop")
    GAP = "gap", _("gat")
    ROLEFIT = "rolefit", _("rolverdeling")


class MarkState(models.TextChoices):
    INTENDED = "intended", _("bewust zo")
    RESOLVED = "resolved", _("opgelost")


class FindingMark(models.Model):
    """One mark per finding (municipality, kind, key); marking again replaces it."""

    municipality = models.ForeignKey(
        Area,
        verbose_name=_("gemeente"),
        on_delete=models.CASCADE,
        related_name="finding_marks",
        limit_choices_to={"level": AreaLevel.GEMEENTE},
    )
    kind = models.CharField(_("soort bevinding"), max_length=10, choices=FindingKind.choices)
    key = models.CharField(_("sleutel"), max_length=200)
    fingerprint = models.CharField(_("vingerafdruk"), max_length=64)
    state = models.CharField(_("oordeel"), max_length=10, choices=MarkState.choices)
    note = models.TextField(_("toelichting"), blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gemarkeerd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created = models.DateTimeField(_("gemarkeerd op"), auto_now=True)
    history = TrackedHistory()

    class Meta:
        ordering = ["-created"]
        verbose_name = _("gemarkeerde bevinding")
        verbose_name_plural = _("gemarkeerde bevindingen")
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "kind", "key"], name="finding_mark_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.key}: {self.get_state_display()}"
