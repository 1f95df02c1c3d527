"""A record of each spreadsheet upload: where the file is kept, its state, its report."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from speelveld.places.models import Area


class ImportStatus(models.TextChoices):
    CHECKING = "checking", _("wordt gecontroleerd")
    CHECKED = "checked", _("gecontroleerd")
    COMMITTING = "committing", _("wordt ingelezen")
    COMMITTED = "committed", _("ingelezen")
    FAILED = "failed", _("mislukt")
    CANCELLED = "cancelled", _("geannuleerd")


class ImportBatch(models.Model):
    """One uploaded file, checked (a dry run) and, after the user confirms, imported.

    The file is kept in the data directory (``imports/``), not in the session: confirming
    checks it again against the database as it is then."""

    municipality = models.ForeignKey(
        Area, verbose_name=_("gemeente"), on_delete=models.CASCADE, related_name="+"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    file_name = models.CharField(_("bestand"), max_length=255)
    stored_as = models.CharField(_("opgeslagen als"), max_length=255)
    entity = models.CharField(_("soort gegevens"), max_length=20, blank=True)
    keep_valid = models.BooleanField(_("goede rijen bewaren"), default=False)
    status = models.CharField(
        _("stand"), max_length=12, choices=ImportStatus.choices, default=ImportStatus.CHECKING
    )
    report = models.JSONField(_("rapport"), default=dict, blank=True)
    created_at = models.DateTimeField(_("geüpload"), auto_now_add=True)
    finished_at = models.DateTimeField(_("klaar"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("import")
        verbose_name_plural = _("imports")

    def __str__(self) -> str:
        return f"{self.file_name} ({self.get_status_display()})"

    @property
    def path(self) -> Path:
        return Path(settings.DATA_DIR) / "imports" / self.stored_as

    @property
    def running(self) -> bool:
        return self.status in (ImportStatus.CHECKING, ImportStatus.COMMITTING)
