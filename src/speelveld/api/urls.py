"""The JSON API at ``/api/``: the operations (``api.api``), the OpenAPI document at
``/api/openapi.json`` and its page at ``/api/docs``."""

from django.urls import URLPattern, URLResolver, path

from speelveld.api.api import api
from speelveld.api.docs import api_docs

urlpatterns: list[URLPattern | URLResolver] = [
    path("docs", api_docs, name="api-docs"),
    path("", api.urls),
]
