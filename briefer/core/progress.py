"""How long work reports how far it has got, and hears that the user wants it stopped.

One shape for every long job (importing, indexing, exporting): ``progress(done,
total, what)`` after each step — ``what`` names the item, "" when there is
nothing to name — and ``cancelled()`` asked between steps. The window turns
the calls into its progress dialog (``gui.workers``), the command line into a
one-line bar (``terminal_progress``); the work itself knows neither.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]


def no_progress(done: int, total: int, what: str = "") -> None:
    """A ``Progress`` that shows nothing."""


def never() -> bool:
    """A ``Cancel`` for work nobody can stop."""
    return False


def terminal_progress(stream: TextIO | None = None, min_total: int = 5,
                      interval: float = 0.1) -> Progress:
    """A ``Progress`` drawing ``[12/340] name`` on one terminal line.

    Draws nothing when the stream is not a terminal or the batch is small;
    redraws at most every ``interval`` seconds and ends the line when done.
    """
    out = stream if stream is not None else sys.stderr
    last = [0.0]

    def draw(done: int, total: int, what: str = "") -> None:
        if total < min_total or not out.isatty():
            return
        now = time.monotonic()
        if done < total and now - last[0] < interval:
            return
        last[0] = now
        label = what if len(what) <= 50 else what[:24] + "…" + what[-25:]
        out.write(f"\r\x1b[K[{done}/{total}] {label}")
        if done >= total:
            out.write("\n")
        out.flush()

    return draw
