"""The shared vocabularies (themes, target groups, phases, methods, activity types, languages)
and the role catalogue: what each role does, does well, and should leave to whom."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from speelveld.history import TrackedHistory
from speelveld.i18n import lines, localized


class Term(models.Model):
    """A controlled, editable vocabulary entry with a Dutch and an English label."""

    key = models.SlugField(_("sleutel"), max_length=60, unique=True)
    name = models.CharField(_("naam"), max_length=120)
    name_en = models.CharField(_("naam (Engels)"), max_length=120, blank=True)
    description = models.TextField(_("omschrijving"), blank=True)
    description_en = models.TextField(_("omschrijving (Engels)"), blank=True)
    synonyms = models.TextField(
        _("synoniemen"), blank=True, help_text=_("Eén woord of uitdrukking per regel.")
    )
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        abstract = True
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return localized(self, "name")

    @property
    def text(self) -> str:
        return localized(self, "description")

    def synonym_list(self) -> list[str]:
        return lines(self.synonyms)


class Theme(Term):
    parent = models.ForeignKey(
        "self",
        verbose_name=_("hoofdthema"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )

    class Meta(Term.Meta):
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")


class TargetGroup(Term):
    class Meta(Term.Meta):
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")


class Method(Term):
    class Meta(Term.Meta):
        verbose_name = _("methodiek")
        verbose_name_plural = _("methodieken")


class Phase(Term):
    """One of the (configurable) phases an initiative moves through."""

    class Meta(Term.Meta):
        verbose_name = _("fase")
        verbose_name_plural = _("fases")


class ActivityType(Term):
    """What an activity does (werkvorm): the label overlap detection and matching rely on."""

    themes = models.ManyToManyField(Theme, verbose_name=_("thema's"), blank=True)

    class Meta(Term.Meta):
        verbose_name = _("werkvorm")
        verbose_name_plural = _("werkvormen")


class Language(models.Model):
    code = models.CharField(_("taalcode"), max_length=8, unique=True)
    name = models.CharField(_("naam"), max_length=80)
    name_en = models.CharField(_("naam (Engels)"), max_length=80, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("taal")
        verbose_name_plural = _("talen")

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return localized(self, "name")


class OrganisationType(models.TextChoices):
    WELZIJN = "welzijn", _("Welzijnsorganisatie")
    WONINGCORPORATIE = "woningcorporatie", _("Woningcorporatie")
    GEMEENTE = "gemeente", _("Gemeente")
    BIBLIOTHEEK = "bibliotheek", _("Bibliotheek")
    KERK = "kerk", _("Kerk / diaconie")
    ZELFSTANDIGE = "zelfstandige", _("Zelfstandige (eenpitter)")
    BEWONERS = "bewoners", _("Bewonersorganisatie / -initiatief")
    ZORG = "zorg", _("Zorg")
    POLITIE = "politie", _("Politie")
    ONDERWIJS = "onderwijs", _("Onderwijs")
    FONDS = "fonds", _("Fonds")
    OVERIG = "overig", _("Overig")


class Role(models.Model):
    """A role in the field, with its portrait. Lists are kept one item per line, so that an
    editor can change them in a plain text box."""

    key = models.SlugField(_("sleutel"), max_length=60, unique=True)
    name = models.CharField(_("naam"), max_length=120)
    name_en = models.CharField(_("naam (Engels)"), max_length=120, blank=True)
    summary = models.TextField(_("portret"), blank=True)
    summary_en = models.TextField(_("portret (Engels)"), blank=True)
    core_tasks = models.TextField(_("kerntaken"), blank=True, help_text=_("Eén per regel."))
    core_tasks_en = models.TextField(_("kerntaken (Engels)"), blank=True)
    strengths = models.TextField(_("sterke punten"), blank=True, help_text=_("Eén per regel."))
    strengths_en = models.TextField(_("sterke punten (Engels)"), blank=True)
    typical_partners = models.ManyToManyField(
        "self", verbose_name=_("vaste partners"), symmetrical=False, blank=True
    )
    core_activity_types = models.ManyToManyField(
        ActivityType, verbose_name=_("eigen werkvormen"), blank=True, related_name="core_roles"
    )
    core_phases = models.ManyToManyField(
        Phase, verbose_name=_("sterkste fases"), blank=True, related_name="core_roles"
    )
    organisation_types = models.CharField(
        _("typische organisaties"),
        max_length=200,
        blank=True,
        help_text=_("Organisatietypen, gescheiden door komma's."),
    )
    is_resident_role = models.BooleanField(_("bewonersrol"), default=False)
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    history = TrackedHistory(m2m_fields=[typical_partners, core_activity_types, core_phases])

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("rol")
        verbose_name_plural = _("rollen")

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return localized(self, "name")

    def core_task_list(self) -> list[str]:
        return lines(localized(self, "core_tasks"))

    def strength_list(self) -> list[str]:
        return lines(localized(self, "strengths"))

    def organisation_type_list(self) -> list[str]:
        return [t.strip() for t in self.organisation_types.split(",") if t.strip()]


class RoleDelegation(models.Model):
    """What a role should leave to another role (wat kun je beter aan een ander overlaten?)."""

    role = models.ForeignKey(
        Role, verbose_name=_("rol"), on_delete=models.CASCADE, related_name="delegations"
    )
    to_role = models.ForeignKey(
        Role, verbose_name=_("overlaten aan"), on_delete=models.CASCADE, related_name="delegated"
    )
    task = models.TextField(_("wat"))
    task_en = models.TextField(_("wat (Engels)"), blank=True)
    activity_types = models.ManyToManyField(ActivityType, verbose_name=_("werkvormen"), blank=True)
    phases = models.ManyToManyField(Phase, verbose_name=_("fases"), blank=True)
    history = TrackedHistory(m2m_fields=[activity_types, phases])

    class Meta:
        verbose_name = _("overlaten aan")
        verbose_name_plural = _("overlaten aan")

    def __str__(self) -> str:
        return f"{self.role} → {self.to_role}"

    @property
    def text(self) -> str:
        return localized(self, "task")
