"""Areas of the CBS geography (gemeente, wijk, buurt, plus municipal layers), per year of the
indeling, with key figures per year and each municipality's own settings."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from speelveld.core.cbs import check_parent, parse_code
from speelveld.history import TrackedHistory
from speelveld.places.validation import code_problem_message


class AreaLevel(models.TextChoices):
    GEMEENTE = "gemeente", _("gemeente")
    STADSDEEL = "stadsdeel", _("stadsdeel")
    WIJK = "wijk", _("wijk")
    BUURT = "buurt", _("buurt")


class Area(models.Model):
    """One area of one year's indeling. Codes change yearly, so ``(code, year)`` is the key."""

    code = models.CharField(_("CBS-code"), max_length=12, db_index=True)
    year = models.PositiveSmallIntegerField(_("jaar van de indeling"))
    level = models.CharField(_("niveau"), max_length=10, choices=AreaLevel.choices)
    name = models.CharField(_("naam"), max_length=150)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("ligt in"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    layer = models.ForeignKey(
        "self",
        verbose_name=_("stadsdeel"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="layer_members",
        limit_choices_to={"level": AreaLevel.STADSDEEL},
    )
    municipality = models.ForeignKey(
        "self",
        verbose_name=_("gemeente"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Afgeleid uit de code."),
        editable=False,
    )
    geometry = models.JSONField(_("geometrie (GeoJSON, WGS84)"), null=True, blank=True)
    history = TrackedHistory(excluded_fields=["geometry"])

    class Meta:
        ordering = ["code"]
        verbose_name = _("gebied")
        verbose_name_plural = _("gebieden")
        constraints = [
            models.UniqueConstraint(fields=["code", "year"], name="area_code_year_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.level == AreaLevel.GEMEENTE:
            self.municipality = None
        elif self.parent_id and self.parent:
            self.municipality = (
                self.parent if self.parent.level == AreaLevel.GEMEENTE else self.parent.municipality
            )
        super().save(*args, **kwargs)

    def clean(self) -> None:
        self.code = self.code.strip().upper()
        parsed = parse_code(self.code)
        parent_code = self.parent.code if self.parent_id and self.parent else None
        parent_level = self.parent.level if self.parent_id and self.parent else None
        problem = check_parent(self.code, self.level, parent_code, parent_level)
        if problem is not None:
            raise ValidationError(
                {
                    "code": code_problem_message(
                        problem,
                        code=self.code,
                        level=self.get_level_display(),
                        parent=parent_code,
                        expected=parsed.parent if parsed else None,
                    )
                }
            )
        if self.parent_id and self.parent and self.parent.year != self.year:
            raise ValidationError(
                {"parent": _("Het bovenliggende gebied hoort bij een andere jaarindeling.")}
            )

    @property
    def gemeente_code(self) -> str:
        return "GM" + self.code[2:6]

    @property
    def own_municipality(self) -> Area:
        """The gemeente this area belongs to (itself for a gemeente)."""
        if self.level == AreaLevel.GEMEENTE:
            return self
        assert self.municipality is not None
        return self.municipality


class AreaFigures(models.Model):
    """Key figures of an area for one year. ``None`` is suppressed or unknown, never zero."""

    area = models.ForeignKey(
        Area, verbose_name=_("gebied"), on_delete=models.CASCADE, related_name="figures"
    )
    year = models.PositiveSmallIntegerField(_("peiljaar"))
    source = models.CharField(
        _("bron"), max_length=80, blank=True, help_text=_("Bijvoorbeeld CBS 85984NED.")
    )
    inhabitants = models.PositiveIntegerField(_("inwoners"), null=True, blank=True)
    age_0_15 = models.PositiveIntegerField(_("0 tot 15 jaar"), null=True, blank=True)
    age_15_25 = models.PositiveIntegerField(_("15 tot 25 jaar"), null=True, blank=True)
    age_25_45 = models.PositiveIntegerField(_("25 tot 45 jaar"), null=True, blank=True)
    age_45_65 = models.PositiveIntegerField(_("45 tot 65 jaar"), null=True, blank=True)
    age_65_plus = models.PositiveIntegerField(_("65 jaar of ouder"), null=True, blank=True)
    households = models.PositiveIntegerField(_("huishoudens"), null=True, blank=True)
    one_person_households = models.PositiveIntegerField(
        _("eenpersoonshuishoudens"), null=True, blank=True
    )
    households_with_children = models.PositiveIntegerField(
        _("huishoudens met kinderen"), null=True, blank=True
    )
    low_income_households = models.PositiveIntegerField(
        _("huishoudens met een laag inkomen"), null=True, blank=True
    )
    origin_netherlands = models.PositiveIntegerField(_("herkomst Nederland"), null=True, blank=True)
    origin_europe = models.PositiveIntegerField(
        _("herkomst Europa (excl. Nederland)"), null=True, blank=True
    )
    origin_outside_europe = models.PositiveIntegerField(
        _("herkomst buiten Europa"), null=True, blank=True
    )
    extra = models.JSONField(_("overige kerncijfers"), default=dict, blank=True)

    class Meta:
        ordering = ["area", "-year"]
        verbose_name = _("kerncijfers")
        verbose_name_plural = _("kerncijfers")
        constraints = [
            models.UniqueConstraint(fields=["area", "year"], name="figures_area_year_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.area} {self.year}"

    def per_1000(self, value: int | None) -> float | None:
        if value is None or not self.inhabitants:
            return None
        return 1000 * value / self.inhabitants


class MunicipalityConfig(models.Model):
    """What a municipality decides for its own field."""

    municipality = models.OneToOneField(
        Area,
        verbose_name=_("gemeente"),
        on_delete=models.CASCADE,
        related_name="config",
        limit_choices_to={"level": AreaLevel.GEMEENTE},
    )
    public_view = models.BooleanField(
        _("openbaar inzien"),
        default=False,
        help_text=_("Iedereen mag het speelveld van deze gemeente bekijken (zonder in te loggen)."),
    )
    # Right to Challenge terms from the municipality's by-law (defaults: Geertruidenberg,
    # social domain; domain.md §2.3). core.rtc.RtcDeadlines carries the same numbers.
    rtc_submit_weeks = models.PositiveSmallIntegerField(
        _("uitdaagrecht: indienen (weken voor de start)"), default=18
    )
    rtc_decision_weeks = models.PositiveSmallIntegerField(
        _("uitdaagrecht: besluit binnen (weken)"), default=10
    )
    rtc_grant_years = models.PositiveSmallIntegerField(
        _("uitdaagrecht: voorlopige subsidie (jaren)"), default=1
    )
    rtc_accountability_month = models.PositiveSmallIntegerField(
        _("uitdaagrecht: verantwoorden vóór (maand)"),
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
    )
    rtc_accountability_day = models.PositiveSmallIntegerField(
        _("uitdaagrecht: verantwoorden vóór (dag)"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(31)],
    )
    rtc_extension_years = models.PositiveSmallIntegerField(
        _("uitdaagrecht: verlenging tot (jaren)"), default=2
    )
    history = TrackedHistory()

    class Meta:
        verbose_name = _("gemeente-instellingen")
        verbose_name_plural = _("gemeente-instellingen")

    def __str__(self) -> str:
        return str(self.municipality)
