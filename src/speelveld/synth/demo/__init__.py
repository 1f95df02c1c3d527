"""The demo municipality: a fictional but realistic playing field for "Lindeveen" (GM9901).

``demo_field(seed=7)`` returns plain records (``FieldRecords``): areas with geometry and key
figures, organisations, players, activities, collaborations and hand-overs. Pure Python and fully
deterministic for a seed: one ``random.Random(seed)``, no set iteration, no ``hash()``, and a fixed
``REFERENCE_DATE`` instead of today.

Some things are planted on purpose, so analyses can check themselves:

- ``planted_duplicates``: pairs of activities of two different, unconnected organisations doing
  the same kind of work in the same buurt at the same time, described in different words;
- ``neglected_areas``: buurten with real need where nothing at all happens;
- the buurt ``SINGLE_ACTIVITY_BUURT`` with exactly one activity;
- a complementary pair in ``COMPLEMENTARY_VENUE`` (corporation and welfare organisation, partners
  with a collaboration tie): similar work that is *not* a duplicate;
- players who left (``active_until`` in the past) but still own running activities;
- activities in the phases borgen-overdragen/loslaten without any hand-over, and overdue ones.

Modules: ``field`` (``demo_field``, the order of the steps), ``state`` (the build state),
``vocabulary``, ``activity_types`` and ``roles`` (fixed tables), ``draws`` (random helpers),
``geometry``, ``figures`` and ``areas``, ``organisations``, ``players``, ``drafting`` and
``activities``, ``planted``, ``ties``, ``handovers``, and the Dutch texts in ``texts_*``.
"""

from __future__ import annotations

from speelveld.synth.demo.activity_types import ACTIVITY_TYPES
from speelveld.synth.demo.field import demo_field
from speelveld.synth.demo.vocabulary import (
    COMPLEMENTARY_VENUE,
    HANDOVER_STATES,
    LANGUAGES,
    METHODS,
    MUNICIPALITY_CODE,
    NEGLECTED_BUURTEN,
    ORGANISATION_TYPES,
    PHASES,
    REFERENCE_DATE,
    ROLES,
    RTC_STAGES,
    SINGLE_ACTIVITY_BUURT,
    STATUSES,
    SUPPRESSED_BUURT,
    TARGET_GROUPS,
    THEMES,
)

__all__ = [
    "ACTIVITY_TYPES",
    "COMPLEMENTARY_VENUE",
    "HANDOVER_STATES",
    "LANGUAGES",
    "METHODS",
    "MUNICIPALITY_CODE",
    "NEGLECTED_BUURTEN",
    "ORGANISATION_TYPES",
    "PHASES",
    "REFERENCE_DATE",
    "ROLES",
    "RTC_STAGES",
    "SINGLE_ACTIVITY_BUURT",
    "STATUSES",
    "SUPPRESSED_BUURT",
    "TARGET_GROUPS",
    "THEMES",
    "demo_field",
]
