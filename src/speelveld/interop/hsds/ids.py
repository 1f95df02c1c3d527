"""Stable HSDS identifiers.

HSDS wants a UUID for every object. Speelveld derives them, so that exporting the same data
twice gives the same file: ``uuid5(NAMESPACE, "<kind>/<key>")`` where the key is the record's
external id, or ``speelveld-<pk>`` for a record without one (the key the spreadsheets use too).
A record that came in from HSDS keeps the UUID it came with: its external id is ``hsds:<uuid>``
and that UUID is exported again unchanged, so export → import → export gives the same ids.
"""

from __future__ import annotations

import uuid

# uuid5(NAMESPACE_URL, "urn:speelveld:hsds"); fixed forever, or every exported id changes.
NAMESPACE = uuid.UUID("0c219375-896b-5198-bb8f-6f8ba5d8a375")
HSDS_PREFIX = "hsds:"


def derived(*parts: object) -> str:
    """A UUID for a derived object (an attribute, a service area, a taxonomy term…)."""
    return str(uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts)))


def record_id(kind: str, external_id: str, pk: int) -> str:
    """The HSDS id of a Speelveld record of ``kind`` (organisation, activity, player, …)."""
    kept = from_external_id(external_id)
    if kept is not None:
        return kept
    return derived(kind, external_id or f"speelveld-{pk}")


def from_external_id(external_id: str) -> str | None:
    """The UUID an imported record came with, if its external id is ``hsds:<uuid>``."""
    if not external_id.startswith(HSDS_PREFIX):
        return None
    try:
        return str(uuid.UUID(external_id[len(HSDS_PREFIX) :]))
    except ValueError:
        return None


def external_id_for(hsds_id: str) -> str:
    """The external id under which an imported HSDS object is stored."""
    return HSDS_PREFIX + str(uuid.UUID(hsds_id))
