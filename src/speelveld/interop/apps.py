from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InteropConfig(AppConfig):
    name = "speelveld.interop"
    verbose_name = _("Gegevens in en uit")
