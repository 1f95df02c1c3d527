"""Shared helpers of the benchmarks: the synthetic field on disk, timers, memory and the truth."""

from __future__ import annotations

import json
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"


def field_dir(scale: str, seed: int, out: Path | None) -> Path:
    """Where the field lives; generated in a child process when missing, so that the
    generator's memory does not count in the analysis' peak RSS."""
    d = out or ROOT / "var" / "bench" / f"{scale}-seed{seed}"
    if not (d / "manifest.json").exists():
        print(f"generating the {scale} field (seed {seed}) into {d} ...", flush=True)
        code = (
            "from pathlib import Path; from speelveld.synth.national import generate_national; "
            f"m = generate_national(seed={seed}, out=Path({str(d)!r}), scale={scale!r}); "
            "print('  generated', m['counts']['activities'], 'activities in', m['seconds'], 's')"
        )
        subprocess.run([sys.executable, "-c", code], check=True)
    return d


def peak_rss_gib() -> float:
    """Peak resident set size of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20


@contextmanager
def timed() -> Iterator[Callable[[], float]]:
    start = time.perf_counter()
    box: list[float] = []
    yield lambda: box[0] if box else time.perf_counter() - start
    box.append(time.perf_counter() - start)


def machine() -> dict[str, Any]:
    cores = len(__import__("os").sched_getaffinity(0))
    mem = 0.0
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        for line in meminfo.read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = int(line.split()[1]) / 2**20
    return {
        "cores": cores,
        "memory_gib": round(mem, 1),
        "python": platform.python_version(),
        "machine": platform.machine(),
    }


def pair_set(a: np.ndarray, b: np.ndarray) -> set[tuple[int, int]]:
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    return set(zip(lo.tolist(), hi.tolist(), strict=True))


def prf(predicted: set[tuple[int, int]], positives: set[tuple[int, int]]) -> dict[str, float]:
    tp = len(predicted & positives)
    p = tp / len(predicted) if predicted else 1.0
    r = tp / len(positives) if positives else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    fp, fn = len(predicted - positives), len(positives - predicted)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4),
            "tp": tp, "fp": fp, "fn": fn}  # fmt: skip


def write_results(name: str, results: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(results, indent=2, default=str))
    return path
