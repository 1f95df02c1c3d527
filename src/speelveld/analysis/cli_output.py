"""Output of ``speelveld analyse`` and ``speelveld generate``: a text progress bar on stderr, the
findings as a table, JSON or CSV, and the summary of a run on generated Parquet files."""

from __future__ import annotations

import csv
import io
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TextIO

import numpy as np
from django.core.serializers.json import DjangoJSONEncoder

from speelveld.analysis.results import GapItem, OverlapItem, Report, RoleFitItem
from speelveld.interop.cells import neutralise


class ProgressBar:
    """``[########            ]  40%  step (1.2 s)`` rewritten in place on a terminal (one line
    per step when the output is not a terminal, so logs stay readable). Call it with
    (step, share); ``write`` receives the text without an added newline."""

    def __init__(
        self, write: Callable[[str], object], *, tty: bool, enabled: bool = True, width: int = 30
    ) -> None:
        self.write = write
        self.tty = tty
        self.enabled = enabled
        self.width = width
        self.started = time.perf_counter()
        self._last = ""

    @classmethod
    def to(cls, stream: TextIO, *, enabled: bool = True) -> ProgressBar:
        return cls(stream.write, tty=stream.isatty(), enabled=enabled)

    def __call__(self, step: str, share: float) -> None:
        if not self.enabled:
            return
        share = min(max(share, 0.0), 1.0)
        filled = int(round(share * self.width))
        seconds = time.perf_counter() - self.started
        line = f"[{'#' * filled:<{self.width}}] {share:>4.0%}  {step} ({seconds:.1f} s)"
        if self.tty:
            pad = " " * max(0, len(self._last) - len(line))
            self.write("\r" + line + pad + ("\n" if share >= 1.0 else ""))
        else:
            self.write(line + "\n")
        self._last = line


def as_json(data: Any) -> str:
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1)


def _reasons(lines: Iterable[Any]) -> list[str]:
    return [line.text for line in lines]


def _row(item: Any) -> dict[str, str]:
    if isinstance(item, OverlapItem):
        reasons = [text for p in item.pairs for text in _reasons(p.reasons)]
        return {
            "kind": item.kind, "key": item.key, "score": f"{item.score:.4f}",
            "what": item.label_text, "area": " | ".join(item.buurten),
            "activities": " | ".join(f"{a.id} {a.title}" for a in item.activities),
            "organisations": " | ".join(a.organisation for a in item.activities),
            "action": item.action_text, "reasons": " | ".join(reasons),
        }  # fmt: skip
    if isinstance(item, GapItem):
        return {
            "kind": item.kind, "key": item.key,
            "score": "" if item.score is None else f"{item.score:.4f}", "what": item.subject,
            "area": f"{item.area} {item.area_name}", "activities": str(item.coverage),
            "organisations": "", "action": "", "reasons": " | ".join(_reasons(item.reasons)),
        }  # fmt: skip
    assert isinstance(item, RoleFitItem)
    return {
        "kind": item.kind, "key": item.key, "score": f"{item.score:.4f}", "what": item.text,
        "area": " | ".join(item.activity.areas),
        "activities": f"{item.activity.id} {item.activity.title}",
        "organisations": item.activity.organisation, "action": item.involve_text,
        "reasons": " | ".join(_reasons(item.reasons)),
    }  # fmt: skip


CSV_COLUMNS = ("kind", "key", "score", "what", "area", "activities", "organisations", "action",
               "reasons")  # fmt: skip


def report_csv(report: Report) -> str:
    """One row per finding; cells a spreadsheet would run as a formula are neutralised."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for item in report.items:
        writer.writerow({k: neutralise(v) for k, v in _row(item).items()})
    return out.getvalue()


def report_table(report: Report) -> list[str]:
    """The findings as indented plain text, best first."""
    where = report.area_name or report.municipality_name
    lines = [f"{where} ({report.area or report.municipality}) — {report.kind}: "
             f"{report.total} (+ {report.hidden} gemarkeerd / marked)"]  # fmt: skip
    for n, item in enumerate(report.items, start=1):
        if isinstance(item, OverlapItem):
            lines.append(f"{n:>3}. {item.score:.2f}  {item.label_text} — "
                         f"{', '.join(item.buurten)} — {item.action_text}")  # fmt: skip
            for a in item.activities:
                lines.append(f"       #{a.id} {a.title} ({a.organisation}, {a.period})")
            for p in item.pairs:
                lines += [f"         - {text}" for text in _reasons(p.reasons)]
        elif isinstance(item, GapItem):
            score = "  —  " if item.score is None else f"{item.score:.2f}"
            lines.append(f"{n:>3}. {score}  {item.area_name} ({item.area}): {item.subject}")
            lines += [f"         - {text}" for text in _reasons(item.reasons)]
        else:
            assert isinstance(item, RoleFitItem)
            lines.append(f"{n:>3}. {item.score:.2f}  #{item.activity.id} {item.activity.title} "
                         f"({item.activity.organisation})")  # fmt: skip
            lines.append(f"         {item.text}")
        if item.mark is not None:
            lines.append(f"         [{item.mark.state_text}] {item.mark.note}".rstrip())
    for item in report.lookalikes:
        a, b = item.activities
        last = item.pairs[0].reasons[-1].text if item.pairs[0].reasons else ""
        lines.append(f"   ~  #{a.id} {a.title} ↔ #{b.id} {b.title}: {item.label_text}. {last}")
    return lines


# --- runs on generated Parquet files (no database) -----------------------------------------


def _pairs(a: Any, b: Any, keep: Any) -> set[tuple[int, int]]:
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    return {(int(x), int(y)) for x, y, k in zip(lo.tolist(), hi.tolist(), keep.tolist(),
                                                strict=True) if k}  # fmt: skip


def national_overlap_summary(field: Any, result: Any, seconds: float) -> dict[str, Any]:
    """Counts, and precision / recall / F1 of the duplicates against the ground truth."""
    labels = Counter(lab.value for lab in result.labels)
    predicted = {tuple(p) for p, lab in zip(result.pair_ids.tolist(), result.labels, strict=True)
                 if lab.value == "duplicate"}  # fmt: skip
    truth = field.truth
    positives = _pairs(truth.a, truth.b, truth.is_duplicate)
    negatives = _pairs(truth.a, truth.b, ~truth.is_duplicate)
    tp = len(predicted & positives)
    precision = tp / len(predicted) if predicted else 1.0
    recall = tp / len(positives) if positives else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "activities": len(field.table), "buurten": len(field.areas), "seconds": round(seconds, 1),
        "candidate_pairs": result.candidates, "excluded_same_org": result.excluded_same_org,
        "findings": dict(labels), "clusters": len(result.clusters),
        "planted_duplicates": len(positives), "found": tp,
        "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
        "hard_negatives": len(negatives),
        "hard_negatives_flagged": len(predicted & negatives),
    }  # fmt: skip


Rows = list[tuple[Any, ...]]


def national_run(kind: str, source: Path, progress: ProgressBar) -> tuple[dict[str, Any], str,
                                                                          Rows]:  # fmt: skip
    """Run one analysis on a generated field: (summary, CSV header, CSV rows)."""
    from speelveld.catalogue.seed_data import ROLES
    from speelveld.core import coverage_count, gaps_find, overlap_find, rolefit_find
    from speelveld.core.role_catalogue import role_catalogue
    from speelveld.synth.national import load_national

    progress("laden / loading", 0.05)
    field = load_national(source)
    progress("analyseren / analysing", 0.25)
    start = time.perf_counter()
    t = field.table
    if kind == "overlap":
        result = overlap_find(t)
        summary = national_overlap_summary(field, result, time.perf_counter() - start)
        pairs = zip(result.pair_ids.tolist(), result.scores.tolist(), result.labels, strict=True)
        rows: Rows = [(a, b, round(s, 4), lab.value) for (a, b), s, lab in pairs]
        return summary, "a,b,score,label", rows
    if kind == "gaps":
        cov = coverage_count(t, len(field.areas))
        gaps = gaps_find(field.areas, cov, themes=t.vocab.themes,
                         target_groups=t.vocab.target_groups)  # fmt: skip
        nothing = [g for g in gaps if g.theme is None and g.target_group is None]
        summary = {
            "activities": len(t), "buurten": len(field.areas),
            "seconds": round(time.perf_counter() - start, 1), "gaps": len(gaps),
            "nothing_at_all": len(nothing),
            "insufficient_data": sum(1 for g in gaps if g.reasons[0].code == "insufficient_data"),
        }  # fmt: skip
        rows = [(g.area, g.theme or "", g.target_group or "",
                 "" if g.score is None else round(g.score, 4)) for g in gaps]  # fmt: skip
        return summary, "area,theme,target_group,score", rows
    found = rolefit_find(t, role_catalogue(ROLES))
    common = Counter(f"{f.role} -> {f.involve}" for f in found)
    summary = {"activities": len(t), "seconds": round(time.perf_counter() - start, 1),
               "findings": len(found), "most_common": dict(common.most_common(5))}  # fmt: skip
    rows = [(f.activity_id, f.role, f.involve, f.score) for f in found]
    return summary, "activity,role,involve,score", rows


def national_table(summary: dict[str, Any]) -> list[str]:
    return [f"{key:<26} {value}" for key, value in summary.items()]
