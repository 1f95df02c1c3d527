"""The command line's progress bar: redrawn on a terminal, one line per stage in a log."""

from __future__ import annotations

import io

from speelveld.interop.progress import TextBar


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_log_gets_one_line_per_finished_stage() -> None:
    log = io.StringIO()
    bar = TextBar(log, width=10)
    for done in range(0, 101, 10):
        bar("check", done, 100)
    bar("write", 5, 5)
    lines = log.getvalue().splitlines()
    assert [line.strip() for line in lines] == [
        "controleren / checking   [##########] 100/100",
        "schrijven / writing      [##########] 5/5",
    ]


def test_a_terminal_sees_the_bar_grow() -> None:
    terminal = Terminal()
    bar = TextBar(terminal, width=4)
    bar("check", 1, 4)
    bar("check", 4, 4)
    assert "\r" in terminal.getvalue() and terminal.getvalue().endswith("] 4/4\n")


def test_switched_off_it_is_silent() -> None:
    log = io.StringIO()
    TextBar(log, enabled=False)("check", 1, 1)
    assert log.getvalue() == ""
