from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    name = "speelveld.catalogue"
    verbose_name = _("Rollen en begrippen")

    def ready(self) -> None:
        from speelveld.catalogue.signals import seed_after_migrate

        post_migrate.connect(seed_after_migrate, sender=self)
