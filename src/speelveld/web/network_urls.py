"""The network page, its ``.json`` twin and a short link per area.

- ``gemeente/<code>/netwerk/`` (``network``): the page; filters as GET parameters
  ``thema`` (repeatable theme key), ``gebied`` (a stadsdeel/wijk/buurt code of the
  municipality), ``soort`` (``beide`` | ``organisaties`` | ``spelers``), ``focus``
  (``o<id>`` or ``p<id>``) and ``stappen`` (1 or 2).
- ``gemeente/<code>/netwerk.json`` (``network-json``): the same network as compact JSON, same
  parameters (shape in ``speelveld.players.network``).
- ``gebied/<code>/netwerk/`` (``area-network``): redirects to the page of the area's
  municipality with ``?gebied=<code>``, so any area page can link to its own network.
"""

from django.urls import URLPattern, path

from speelveld.web.views import network

urlpatterns: list[URLPattern] = [
    path("gemeente/<str:code>/netwerk/", network.network_page, name="network"),
    path("gemeente/<str:code>/netwerk.json", network.network_json, name="network-json"),
    path("gebied/<str:code>/netwerk/", network.area_network, name="area-network"),
]
