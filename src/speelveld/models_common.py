"""Small pieces shared by the models of several apps."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


def external_id_field() -> models.CharField[str, str]:
    """A stable id from another system (spreadsheet, HSDS, demo); imports match on it."""
    # looked up through the partial unique index of unique_external_id (exclude the empty key)
    return models.CharField(_("externe sleutel"), max_length=100, blank=True)


def unique_external_id(model: str) -> models.UniqueConstraint:
    return models.UniqueConstraint(
        fields=["external_id"],
        condition=~models.Q(external_id=""),
        name=f"{model}_external_id_unique",
    )


class Timestamped(models.Model):
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    class Meta:
        abstract = True
