from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from speelveld.web.views import activities, areas, history, home, organisations, settings

urlpatterns = [
    path("", home.home, name="home"),
    path("gebied/<str:code>/", areas.area_page, name="area"),
    path("gemeente/<str:code>/gebied/nieuw/", areas.area_new, name="area-new"),
    path(
        "gemeente/<str:code>/instellingen/",
        settings.municipality_settings,
        name="municipality-settings",
    ),
    path("gemeente/<str:code>/activiteit/nieuw/", activities.activity_new, name="activity-new"),
    path("activiteit/<int:pk>/", activities.activity_page, name="activity"),
    path("activiteit/<int:pk>/bewerken/", activities.activity_edit, name="activity-edit"),
    path("organisatie/<int:pk>/", organisations.organisation_page, name="organisation"),
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
    path("account/inloggen/", auth_views.LoginView.as_view(), name="login"),
    path("account/uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("beheer/", admin.site.urls),
]
