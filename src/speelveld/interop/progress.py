"""A small text progress bar for long command-line runs (on stderr; no dependency)."""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO

STAGES = {
    "read": "lezen / reading",
    "check": "controleren / checking",
    "write": "schrijven / writing",
    "export": "exporteren / exporting",
    "restore": "herstellen / restoring",
}


class TextBar:
    """``bar(stage, done, total)`` redraws ``stage [#####.....] done/total`` at most ten times a
    second, and ends the line when a stage is complete."""

    def __init__(self, stream: Any = None, *, width: int = 30, enabled: bool = True) -> None:
        self.stream: TextIO = stream or sys.stderr
        self.width = width
        self.enabled = enabled
        self._last = 0.0
        self._open = ""
        isatty = getattr(self.stream, "isatty", None)
        self.interactive = bool(isatty and isatty())

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        finished = total > 0 and done >= total
        if not finished and not self.interactive:
            return  # in a log, one line per finished stage
        if not finished and stage == self._open and now - self._last < 0.1:
            return
        if self._open and stage != self._open:
            self.stream.write("\n")
        self._last = now
        filled = self.width * done // total if total else self.width
        label = STAGES.get(stage, stage)
        start = "\r" if self.interactive else ""
        self.stream.write(
            f"{start}{label:<24} [{'#' * filled}{'.' * (self.width - filled)}] {done}/{total}"
        )
        self.stream.flush()
        self._open = stage
        if finished:
            self.stream.write("\n")
            self.stream.flush()
            self._open = ""

    def close(self) -> None:
        if self._open:
            self.stream.write("\n")
            self._open = ""
