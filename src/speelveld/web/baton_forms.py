"""Forms for passing the baton and for the Right to Challenge pathway. Choices are limited to
the activity's municipality; the services check everything again."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from speelveld.activities.baton_texts import stage_label
from speelveld.activities.models import Activity
from speelveld.core.rtc import RtcStage
from speelveld.players.models import Organisation, Player

RECEIVER_KINDS = [
    ("player", _("een speler")),
    ("organisation", _("een organisatie")),
    ("residents", _("de bewoners zelf")),
]


class DateInput(forms.DateInput):
    input_type = "date"


class PlayerChoice(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        parts = [obj.role.label, obj.organisation.name if obj.organisation else ""]
        return f"{obj.name} — {', '.join(p for p in parts if p)}"


class HandoverProposeForm(forms.Form):
    receiver_kind = forms.ChoiceField(
        label=_("Aan wie geeft u het stokje door?"),
        choices=RECEIVER_KINDS,
        widget=forms.RadioSelect,
        initial="player",
    )
    to_player = PlayerChoice(
        label=_("Speler"), queryset=Player.objects.none(), required=False, empty_label="—"
    )
    to_organisation = forms.ModelChoiceField(
        label=_("Organisatie"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label="—",
    )
    reason = forms.CharField(
        label=_("Reden"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Waarom nu, en wat neemt de ontvanger over?"),
    )
    due = forms.DateField(label=_("Uiterlijk overgedragen op"), widget=DateInput(format="%Y-%m-%d"))

    def __init__(self, *args: Any, activity: Activity, today: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        players = (
            Player.objects.filter(municipality_id=activity.municipality_id)
            .exclude(active_until__lt=today)
            .exclude(active_from__gt=today)
            .select_related("role", "organisation")
            .order_by("name")
        )
        if activity.owner_id is not None:
            players = players.exclude(pk=activity.owner_id)
        self.fields["to_player"].queryset = players  # type: ignore[attr-defined]
        self.fields["to_organisation"].queryset = Organisation.objects.filter(  # type: ignore[attr-defined]
            municipalities=activity.municipality_id
        ).order_by("name")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        kind = data.get("receiver_kind")
        if kind == "player" and not data.get("to_player"):
            self.add_error("to_player", _("Kies de speler die het stokje overneemt."))
        if kind == "organisation" and not data.get("to_organisation"):
            self.add_error("to_organisation", _("Kies de organisatie die het stokje overneemt."))
        return data

    def receiver(self) -> dict[str, Any]:
        kind = self.cleaned_data["receiver_kind"]
        return {
            "to_player": self.cleaned_data["to_player"] if kind == "player" else None,
            "to_organisation": (
                self.cleaned_data["to_organisation"] if kind == "organisation" else None
            ),
            "to_residents": kind == "residents",
        }


class HandoverNoteForm(forms.Form):
    note = forms.CharField(
        label=_("Toelichting"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class RtcAdvanceForm(forms.Form):
    to = forms.ChoiceField(label=_("Volgende stap"))
    date = forms.DateField(label=_("Datum"), widget=DateInput(format="%Y-%m-%d"))
    until = forms.DateField(
        label=_("Verlengd tot"),
        required=False,
        widget=DateInput(format="%Y-%m-%d"),
        help_text=_("Alleen bij een verlenging."),
    )
    document_url = forms.URLField(
        label=_("Link naar het document"),
        required=False,
        assume_scheme="https",
        widget=forms.TextInput(attrs={"inputmode": "url", "placeholder": "https://"}),
        help_text=_("Aanvraag, advies, besluit, overeenkomst of verantwoording."),
    )
    note = forms.CharField(
        label=_("Toelichting"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args: Any, next_stages: tuple[RtcStage, ...], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["to"].choices = [  # type: ignore[attr-defined]
            (s.value, stage_label(s.value)) for s in next_stages
        ]
