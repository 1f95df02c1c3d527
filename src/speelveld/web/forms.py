"""Forms for the pages. Querysets are limited to what the user may pick."""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from speelveld.activities.models import Activity
from speelveld.activities.services import ActivityFields
from speelveld.catalogue.models import Phase
from speelveld.places.models import Area, AreaLevel
from speelveld.players.models import Collaboration, Organisation, Player
from speelveld.players.services import CollaborationFields, PlayerFields


class DateInput(forms.DateInput):
    input_type = "date"


class ActivityForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = Activity
        fields = [
            "title",
            "description",
            "activity_type",
            "method",
            "lead_organisation",
            "owner",
            "partners",
            "areas",
            "themes",
            "target_groups",
            "phase",
            "start",
            "end",
            "status",
            "reach",
            "resident_led",
        ]  # rtc_stage moves only along the Right to Challenge pathway (rtc_services)
        widgets = {
            "start": DateInput(format="%Y-%m-%d"),
            "end": DateInput(format="%Y-%m-%d"),
            "description": forms.Textarea(attrs={"rows": 4}),
            "themes": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            "partners": forms.SelectMultiple(attrs={"size": 6}),
            "areas": forms.SelectMultiple(attrs={"size": 8}),
        }

    def __init__(
        self, *args: Any, municipality: Area, organisation_ids: set[int] | None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        in_municipality = Organisation.objects.filter(municipalities=municipality)
        leads = (
            in_municipality
            if organisation_ids is None
            else in_municipality.filter(pk__in=organisation_ids)
        )
        self.fields["lead_organisation"].queryset = leads  # type: ignore[attr-defined]
        self.fields["partners"].queryset = in_municipality  # type: ignore[attr-defined]
        self.fields["owner"].queryset = Player.objects.filter(  # type: ignore[attr-defined]
            municipality=municipality
        ).select_related("organisation")
        self.fields["areas"].queryset = Area.objects.filter(  # type: ignore[attr-defined]
            municipality=municipality, level__in=[AreaLevel.WIJK, AreaLevel.BUURT]
        ).order_by("code")
        self.fields["phase"].queryset = Phase.objects.order_by("order")  # type: ignore[attr-defined]

    def to_fields(self) -> ActivityFields:
        data = self.cleaned_data
        return ActivityFields(
            title=data["title"],
            description=data["description"],
            activity_type=data["activity_type"],
            method=data["method"],
            lead_organisation=data["lead_organisation"],
            owner=data["owner"],
            partners=list(data["partners"]),
            areas=list(data["areas"]),
            themes=list(data["themes"]),
            target_groups=list(data["target_groups"]),
            phase=data["phase"],
            start=data["start"],
            end=data["end"],
            status=data["status"],
            reach=data["reach"],
            resident_led=data["resident_led"],
            rtc_stage=self.instance.rtc_stage if self.instance.pk else "",
        )


class AreaForm(forms.Form):
    level = forms.ChoiceField(
        label=_("niveau"),
        choices=[(AreaLevel.WIJK, _("wijk")), (AreaLevel.BUURT, _("buurt"))],
    )
    code = forms.CharField(
        label=_("CBS-code"), max_length=12, help_text=_("Bijvoorbeeld WK003401 of BU00340101.")
    )
    name = forms.CharField(label=_("naam"), max_length=150)
    parent = forms.ModelChoiceField(label=_("ligt in"), queryset=Area.objects.none())

    def __init__(self, *args: Any, municipality: Area, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = Area.objects.filter(  # type: ignore[attr-defined]
            pk=municipality.pk
        ) | Area.objects.filter(municipality=municipality, level=AreaLevel.WIJK)


class MunicipalityConfigForm(forms.Form):
    public_view = forms.BooleanField(
        label=_("Openbaar inzien"),
        required=False,
        help_text=_(
            "Iedereen mag het speelveld van deze gemeente bekijken, zonder in te loggen. "
            "Persoonsgegevens van bewoners staan nooit in Speelveld; namen en werkcontact van "
            "professionals zijn dan wel zichtbaar."
        ),
    )
    rtc_submit_weeks = forms.IntegerField(
        required=False,
        label=_("Aanvraag indienen, uiterlijk (weken vóór de start)"),
        min_value=0,
        max_value=104,
    )
    rtc_decision_weeks = forms.IntegerField(
        required=False,
        label=_("Besluit van het college binnen (weken na indienen)"),
        min_value=1,
        max_value=104,
    )
    rtc_grant_years = forms.IntegerField(
        required=False, label=_("Voorlopige subsidie (jaren)"), min_value=1, max_value=10
    )
    rtc_accountability_month = forms.IntegerField(
        required=False, label=_("Verantwoorden vóór (maand)"), min_value=1, max_value=12
    )
    rtc_accountability_day = forms.IntegerField(
        required=False, label=_("Verantwoorden vóór (dag)"), min_value=1, max_value=31
    )
    rtc_extension_years = forms.IntegerField(
        required=False,
        label=_("Verlengen kan tot (jaren na de voorlopige periode)"),
        min_value=0,
        max_value=10,
    )

    RTC_FIELDS = (
        "rtc_submit_weeks",
        "rtc_decision_weeks",
        "rtc_grant_years",
        "rtc_accountability_month",
        "rtc_accountability_day",
        "rtc_extension_years",
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        month, day = data.get("rtc_accountability_month"), data.get("rtc_accountability_day")
        if month and day:
            try:
                date(2001, month, day)  # a common year: 29 February would not come every year
            except ValueError:
                self.add_error("rtc_accountability_day", _("Deze dag bestaat niet in die maand."))
        return data


class PlayerForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = Player
        fields = [
            "name", "is_group", "role", "organisation", "email", "phone", "hours_per_week",
            "active_from", "active_until", "areas", "themes", "target_groups", "languages",
        ]  # fmt: skip
        widgets = {
            "active_from": DateInput(format="%Y-%m-%d"),
            "active_until": DateInput(format="%Y-%m-%d"),
            "themes": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            "languages": forms.SelectMultiple(attrs={"size": 6}),
            "areas": forms.SelectMultiple(attrs={"size": 8}),
        }

    def __init__(
        self, *args: Any, municipality: Area, organisation_ids: set[int] | None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        in_municipality = Organisation.objects.filter(municipalities=municipality)
        self.fields["organisation"].queryset = (  # type: ignore[attr-defined]
            in_municipality
            if organisation_ids is None
            else in_municipality.filter(pk__in=organisation_ids)
        )
        if organisation_ids is not None:
            self.fields["organisation"].required = True
        self.fields["areas"].queryset = Area.objects.filter(  # type: ignore[attr-defined]
            municipality=municipality, level__in=[AreaLevel.WIJK, AreaLevel.BUURT]
        ).order_by("code")

    def to_fields(self) -> PlayerFields:
        data = self.cleaned_data
        return PlayerFields(
            **{name: data[name] for name in PlayerFields.SCALARS},
            areas=list(data["areas"]),
            themes=list(data["themes"]),
            target_groups=list(data["target_groups"]),
            languages=list(data["languages"]),
        )


class CollaborationForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = Collaboration
        fields = list(CollaborationFields.NAMES)
        widgets = {
            "since": DateInput(format="%Y-%m-%d"),
            "context": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: Any, municipality: Area, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        organisations = Organisation.objects.filter(municipalities=municipality)
        players = Player.objects.filter(municipality=municipality).select_related("organisation")
        for side in ("a", "b"):
            self.fields[f"{side}_organisation"].queryset = organisations  # type: ignore[attr-defined]
            self.fields[f"{side}_player"].queryset = players  # type: ignore[attr-defined]

    def to_fields(self) -> CollaborationFields:
        return CollaborationFields(
            **{name: self.cleaned_data[name] for name in CollaborationFields.NAMES}
        )
