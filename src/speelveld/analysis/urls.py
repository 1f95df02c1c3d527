"""Pages for passing the baton and for *Wie schakel ik in?* (included at the site root).

- ``gemeente/<code>/stokje/`` (``baton``) and ``stokje.json`` (``baton-json``): the baton
  dashboard of a municipality.
- ``activiteit/<pk>/overdracht/`` (``handover-propose``): the "stokje doorgeven" form.
- ``overdracht/<pk>/<accepteren|afwijzen|afronden|intrekken>/`` (``handover-action``): POST.
- ``activiteit/<pk>/uitdaagrecht/`` (``rtc-advance``): record the next Right to Challenge step.
- ``gemeente/<code>/wie-schakel-ik-in/`` (``engage``) and ``wie-schakel-ik-in.json``
  (``engage-json``): ranked, explained candidates for a question (GET parameters ``gebied``,
  ``thema`` (repeatable), ``doelgroep`` (repeatable), ``werkvorm``, ``fase``, ``taal``).
- ``gemeente/<code>/bevindingen/`` (``findings``), ``bevindingen.json`` (``findings-json``) and
  the POSTs ``…/markeren/`` (``finding-mark``) and ``…/markering-weg/`` (``finding-unmark``):
  overlap, gaps and role fit, explained; see ``speelveld.web.views.findings``.
"""

from django.urls import URLPattern, path

from speelveld.analysis import views
from speelveld.web.views import baton
from speelveld.web.views import findings as findings_views

urlpatterns: list[URLPattern] = [
    path("gemeente/<str:code>/stokje/", baton.baton_page, name="baton"),
    path("gemeente/<str:code>/stokje.json", baton.baton_json, name="baton-json"),
    path("activiteit/<int:pk>/overdracht/", baton.handover_propose_view, name="handover-propose"),
    path("overdracht/<int:pk>/<slug:action>/", baton.handover_action_view, name="handover-action"),
    path("activiteit/<int:pk>/uitdaagrecht/", baton.rtc_advance_view, name="rtc-advance"),
    path("gemeente/<str:code>/wie-schakel-ik-in/", views.engage_page, name="engage"),
    path("gemeente/<str:code>/wie-schakel-ik-in.json", views.engage_json, name="engage-json"),
    path("gemeente/<str:code>/bevindingen/", findings_views.findings_page, name="findings"),
    path(
        "gemeente/<str:code>/bevindingen.json", findings_views.findings_json, name="findings-json"
    ),
    path(
        "gemeente/<str:code>/bevindingen/markeren/",
        findings_views.finding_mark_view,
        name="finding-mark",
    ),
    path(
        "gemeente/<str:code>/bevindingen/markering-weg/",
        findings_views.finding_unmark_view,
        name="finding-unmark",
    ),
]
