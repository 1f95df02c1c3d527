"""The JSON API: one NinjaAPI with its routers, error responses and OpenAPI document.

``/api/openapi.json`` is the OpenAPI 3 document; ``/api/docs`` renders it as a page of our own
(``api.docs``), so reading the documentation makes no request to another site.
"""

from __future__ import annotations

from ninja import NinjaAPI

from speelveld.api import catalog, errors, reads, writes
from speelveld.api.routing import router

DESCRIPTION = """\
De JSON-API van Speelveld: het speelveld van samenlevingsopbouw per gemeente — gebieden met
kerncijfers, organisaties, spelers, activiteiten, samenwerkingen, overdrachten, rollen en
begrippen. / The JSON API of Speelveld, the community-building field per municipality.

**Lezen / reading** mag zonder sleutel voor gemeenten die openbaar inzien toestaan, en met een
sleutel voor wat uw account mag zien. **Schrijven / writing** vraagt een API-sleutel
(`Authorization: Bearer sv_…`, aan te maken op `/account/tokens/` of met
`speelveld token create`) en dezelfde rechten als de pagina's.

Lijsten / lists: `limit` (max 200) en `offset`; antwoord `{count, limit, offset, items}`.
Fouten / errors: JSON met `status`, `code`, `message_nl`, `message_en` en per veld `fields`.
"""

api = NinjaAPI(
    title="Speelveld API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api",
    docs_url=None,  # our own page at /api/docs: no CDN, no third-party request
    openapi_url="/openapi.json",
)
errors.install(api)
# the operations register on the shared router when their modules are imported
assert reads and writes and catalog
api.add_router("", router)
