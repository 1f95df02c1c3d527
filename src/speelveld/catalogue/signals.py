from __future__ import annotations

from typing import Any

from django.apps import AppConfig


def seed_after_migrate(sender: AppConfig, **kwargs: Any) -> None:
    """Every database (also a fresh test database) has the seed vocabularies."""
    from speelveld.catalogue.services import catalogue_seed

    if kwargs.get("using", "default") == "default":
        catalogue_seed()
