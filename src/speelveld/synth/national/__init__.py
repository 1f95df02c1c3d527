"""A synthetic national playing field with planted duplicates and hard negatives, on Parquet.

``generate_national(seed=N, out=DIR)`` writes 342 gemeenten, ~14,500 buurten (CBS-style codes)
and ≥ 1,000,000 activities, in a few minutes and well under 4 GiB; ``scale="small"`` writes 3
gemeenten and ~10,000 activities for tests. ``load_national(DIR)`` reads it back as an
:class:`~speelveld.core.table.ActivityTable`, an :class:`~speelveld.core.gaps.AreaTable` and the
:class:`GroundTruth`, without any database. Deterministic for a seed: one numpy generator and
one ``random.Random`` per step, no set iteration, no ``hash()``.

Files in ``DIR``: ``activities.parquet`` (integer-coded, the
:meth:`ActivityTable.from_arrow` contract), ``areas.parquet`` (buurten with wijk, gemeente, key
figures and neighbour lists), ``organisations.parquet``, ``partners.parquet``,
``ties.parquet``, ``handovers.parquet``, ``ground_truth.parquet`` and ``manifest.json``
(seed, scale, vocabularies, counts).

How the truth is kept exact: see :mod:`.field` (lanes) and :mod:`.planted` (scenarios and the
cleaning step).
"""

from __future__ import annotations

from speelveld.synth.national.io import (
    GroundTruth,
    NationalField,
    generate_national,
    load_national,
)

__all__ = ["GroundTruth", "NationalField", "generate_national", "load_national"]
