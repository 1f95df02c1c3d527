"""Small helpers for random draws, dates and text; every draw goes through the one ``rng``."""

from __future__ import annotations

import math
import random
import unicodedata
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TypeVar

from speelveld.synth.demo.vocabulary import FAR_FUTURE

T = TypeVar("T")


def round5(x: float) -> int:
    return int(math.floor(x / 5 + 0.5)) * 5


def pick(rng: random.Random, items: Sequence[T], weights: Sequence[float]) -> T:
    return rng.choices(items, weights=weights, k=1)[0]


def sample(rng: random.Random, items: Sequence[T], weights: Sequence[float], k: int) -> list[T]:
    """Weighted sample without replacement, in draw order."""
    pool, w = list(items), list(weights)
    out: list[T] = []
    while pool and len(out) < k and sum(w) > 0:
        i = rng.choices(range(len(pool)), weights=w, k=1)[0]
        out.append(pool.pop(i))
        w.pop(i)
    return out


def days(n: int) -> timedelta:
    return timedelta(days=n)


def date_between(rng: random.Random, lo: date, hi: date) -> date:
    return lo + days(rng.randint(0, max(0, (hi - lo).days)))


def overlaps(a: tuple[date, date | None], b: tuple[date, date | None]) -> bool:
    return a[0] <= (b[1] or FAR_FUTURE) and b[0] <= (a[1] or FAR_FUTURE)


def ascii_slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in ascii_text.lower() if ch.isalnum() or ch == "-")


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
