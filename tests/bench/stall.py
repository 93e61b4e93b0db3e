"""The benchmarks' stall meter: a 1 ms timer on the window's thread.

The gap between two of its ticks is how long the window could not paint or take a key;
the longest gap while an action runs and settles is that action's *stall*.
"""

from __future__ import annotations


class Heartbeat:
    """Ticks every ``interval_ms`` on the thread that makes it; ``gaps``: the milliseconds
    between ticks since the last ``restart``."""

    def __init__(self, interval_ms: int = 1) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.gaps: list[float] = []
        self._clock = QElapsedTimer()
        self._clock.start()
        self._last = self._clock.nsecsElapsed()
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = self._clock.nsecsElapsed()
        self.gaps.append((now - self._last) / 1e6)
        self._last = now

    def restart(self) -> None:
        """Forget the gaps so far: what follows is measured from now."""
        self.gaps.clear()
        self._last = self._clock.nsecsElapsed()

    def start(self) -> None:
        self.restart()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def longest(self) -> float:
        return max(self.gaps, default=0.0)
