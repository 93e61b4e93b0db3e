"""What held the window's thread during a stall: a watchdog for the benchmarks.

A 1 ms timer on the window's thread notes the time of each tick; a plain thread looks
every few milliseconds, and while no tick has come for ``threshold_ms`` it records where
every thread is (``sys._current_frames``). A stall then reads as the window's stack (its
own work, or the event loop while another thread holds the interpreter) beside the
others' (a worker's long call into C that holds the interpreter lock stalls the window as
surely as work of its own). The watchdog itself needs the lock to look: what it sees is
where the threads are when it gets it, once a stall has begun.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field


def _where(frame, depth: int) -> str:
    stack = traceback.extract_stack(frame)[-depth:]
    return " < ".join(f"{s.name}({s.filename.rsplit('/', 1)[-1]}:{s.lineno})"
                      for s in reversed(stack))


@dataclass
class Stall:
    """One stall: its length and what each thread was seen doing."""

    start: float
    longest: float = 0.0
    main: Counter[str] = field(default_factory=Counter)
    others: Counter[str] = field(default_factory=Counter)
    native: str = ""  # ``py-spy dump --native`` of the window's thread, once, if at hand


class Watchdog:
    """See module notes. ``start`` on the window's thread (its timer lives there)."""

    def __init__(self, threshold_ms: float = 40, depth: int = 6) -> None:
        from PySide6.QtCore import QTimer

        self.threshold = threshold_ms / 1000
        self.depth = depth
        self.stalls: list[Stall] = []
        self._tick = time.monotonic()
        self._main = threading.get_ident()
        self._timer = QTimer()
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._beat)
        self._running = False
        self._thread = threading.Thread(target=self._watch, name="stall-watchdog",
                                        daemon=True)
        self._dumps = 6  # native dumps at most (each pauses the app a moment)
        self._gc_start = 0.0
        self._gcs: list[tuple[float, float, int, str]] = []  # (start, end, generation, thread)

    def _collecting(self, phase: str, info: dict) -> None:
        """``gc.callbacks``: a collection holds the interpreter lock, every thread's."""
        now = time.monotonic()
        if phase == "start":
            self._gc_start = now
        else:
            self._gcs.append((self._gc_start, now, int(info["generation"]),
                              threading.current_thread().name))

    def _dump(self, stall: Stall) -> None:
        """Where the window's thread is in C and C++ too (``py-spy``, when installed)."""
        import os
        import shutil
        import subprocess

        spy = shutil.which("py-spy")
        if spy is None:
            stall.native = "(no py-spy)"
            return
        out = subprocess.run([spy, "dump", "--native", "--pid", str(os.getpid())],
                             capture_output=True, text=True, check=False).stdout
        main = out.split("Thread ")
        found = next((t for t in main if "MainThread" in t.splitlines()[0]), out) \
            if main else out
        stall.native = "\n".join(found.splitlines()[:25])

    def _beat(self) -> None:
        self._tick = time.monotonic()

    def start(self) -> None:
        self._tick = time.monotonic()
        self._timer.start()
        self._running = True
        self._thread.start()
        gc.callbacks.append(self._collecting)

    def stop(self) -> None:
        self._running = False
        self._timer.stop()
        if self._collecting in gc.callbacks:
            gc.callbacks.remove(self._collecting)

    def _watch(self) -> None:
        current: Stall | None = None
        while self._running:
            time.sleep(0.003)
            tick = self._tick
            gap = time.monotonic() - tick
            if gap < self.threshold:
                current = None
                continue
            if current is None or current.start != tick:
                current = Stall(tick)
                self.stalls.append(current)
            current.longest = max(current.longest, gap)
            if gap > 0.08 and not current.native and self._dumps > 0:
                self._dumps -= 1
                current.native = "(asked)"
                threading.Thread(target=self._dump, args=(current,), daemon=True).start()
            frames = sys._current_frames()
            main = frames.get(self._main)
            if main is not None:
                current.main[_where(main, self.depth)] += 1
            for ident, frame in frames.items():
                if ident not in (self._main, threading.get_ident()):
                    name = next((t.name for t in threading.enumerate()
                                 if t.ident == ident), str(ident))
                    current.others[f"[{name}] {_where(frame, 3)}"] += 1

    def report(self, at_least_ms: float = 60, top: int = 3) -> str:
        """The stalls of ``at_least_ms`` or longer, each with what was seen most."""
        lines = []
        for stall in self.stalls:
            if stall.longest * 1000 < at_least_ms:
                continue
            lines.append(f"-- stall of at least {stall.longest * 1000:.0f} ms")
            end = stall.start + stall.longest + 0.01
            lines += [f"   collection of generation {g} on {name}: {(b - a) * 1000:.0f} ms"
                      for a, b, g, name in self._gcs
                      if b >= stall.start and a <= end and b - a > 0.005]
            lines += [f"   window x{n}: {where}" for where, n in stall.main.most_common(top)]
            if stall.native:
                lines += ["   window, native:"] + [f"     {line}"
                                                    for line in stall.native.splitlines()]
            lines += [f"   other  x{n}: {where}"
                      for where, n in stall.others.most_common(top * 2)]
        slow = [f"   collection of generation {g} on {name}: {(b - a) * 1000:.0f} ms"
                for a, b, g, name in self._gcs if b - a > 0.02]
        self._gcs.clear()
        lines += ["-- every collection over 20 ms", *slow] if slow else []
        return "\n".join(lines) or f"no stall of {at_least_ms:.0f} ms or longer"
