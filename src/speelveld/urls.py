from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path, register_converter

from speelveld.web.converters import AreaCode
from speelveld.web.views import (
    activities,
    areas,
    history,
    home,
    organisations,
    players,
    roles,
    search,
    settings,
)

register_converter(AreaCode, "code")

urlpatterns = [
    path("", home.home, name="home"),
    path("zoeken/", search.search, name="search"),
    path("zoeken.json", search.search_json, name="search-json"),
    path("gebied/<code:code>/", areas.area_page, name="area"),
    path("gebied/<code:code>.json", areas.area_json, name="area-json"),
    path("gebied/<code:code>.geojson", areas.area_geojson, name="area-geojson"),
    path("gemeente/<code:code>/gebied/nieuw/", areas.area_new, name="area-new"),
    path(
        "gemeente/<code:code>/instellingen/",
        settings.municipality_settings,
        name="municipality-settings",
    ),
    path("gemeente/<code:code>/activiteit/nieuw/", activities.activity_new, name="activity-new"),
    path("gemeente/<code:code>/speler/nieuw/", players.player_new, name="player-new"),
    path(
        "gemeente/<code:code>/samenwerking/nieuw/",
        players.collaboration_new,
        name="collaboration-new",
    ),
    path("activiteit/<int:pk>/", activities.activity_page, name="activity"),
    path("activiteit/<int:pk>.json", activities.activity_json, name="activity-json"),
    path("activiteit/<int:pk>/bewerken/", activities.activity_edit, name="activity-edit"),
    path("organisatie/<int:pk>/", organisations.organisation_page, name="organisation"),
    path("organisatie/<int:pk>.json", organisations.organisation_json, name="organisation-json"),
    path("speler/<int:pk>/", players.player_page, name="player"),
    path("speler/<int:pk>.json", players.player_json, name="player-json"),
    path("speler/<int:pk>/bewerken/", players.player_edit, name="player-edit"),
    path(
        "samenwerking/<int:pk>/bewerken/",
        players.collaboration_edit,
        name="collaboration-edit",
    ),
    path("rollen/", roles.role_list, name="roles"),
    path("rollen.json", roles.role_list_json, name="roles-json"),
    path("rollen/<slug:key>/", roles.role_page, name="role"),
    path("rollen/<slug:key>.json", roles.role_json, name="role-json"),
    path("geschiedenis/<str:kind>/<int:pk>/", history.history_page, name="history"),
    path(
        "geschiedenis/<str:kind>/<int:pk>/<int:history_id>/terugzetten/",
        history.history_revert_view,
        name="history-revert",
    ),
    path("", include("speelveld.web.network_urls")),
    path("", include("speelveld.analysis.urls")),
    path("", include("speelveld.interop.urls")),
    path("api/", include("speelveld.api.urls")),
    path("account/", include("speelveld.api.account_urls")),
    path("account/inloggen/", auth_views.LoginView.as_view(), name="login"),
    path("account/uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("beheer/", admin.site.urls),
]
