from __future__ import annotations

from pathlib import Path

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from speelveld.interop.columns import ENTITIES

MAX_UPLOAD = 50 * 1024 * 1024
SUFFIXES = {".csv", ".txt", ".xlsx", ".xlsm"}


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("Bestand"),
        help_text=_("CSV (komma of puntkomma) of Excel (.xlsx, één blad per soort gegevens)."),
    )
    entity = forms.ChoiceField(
        label=_("Soort gegevens (CSV)"),
        required=False,
        choices=[("", _("afleiden uit bestandsnaam of kolommen"))]
        + [(key, entity.label) for key, entity in ENTITIES.items()],
    )
    keep_valid = forms.BooleanField(
        label=_("Goede rijen inlezen, ook als andere rijen fouten hebben"),
        required=False,
        help_text=_("Anders wordt alles of niets ingelezen."),
    )

    def clean_file(self) -> object:
        upload = self.cleaned_data["file"]
        if Path(upload.name).suffix.lower() not in SUFFIXES:
            raise ValidationError(_("Kies een CSV- of Excel-bestand (.csv, .xlsx)."))
        if upload.size > MAX_UPLOAD:
            raise ValidationError(_("Het bestand is groter dan 50 MB."))
        return upload
