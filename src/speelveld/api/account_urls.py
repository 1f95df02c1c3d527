"""Account pages of the API app; the project includes them at ``account/``."""

from django.urls import URLPattern, path

from speelveld.api import views

urlpatterns: list[URLPattern] = [
    path("tokens/", views.tokens_page, name="api-tokens"),
]
