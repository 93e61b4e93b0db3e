"""Asking the system to read a folder's files ahead, while they are read one by one.

A project never opened here has all its texts and sidecars read once, one after the
other (10,000 articles: 20,000 files). From a disk or share that has not just held
them, each read waits for the device in turn: that waiting was most of the two to
twelve seconds such a project took to open. Telling the system beforehand which files
are coming (``posix_fadvise(WILLNEED)``: the kernel starts reading them and returns at
once) lets the device work while the loader parses what it has; files already in
memory cost nothing more. A thread makes the requests, so the loader never waits for
them, and stops when told.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from pathlib import Path

_CAN = hasattr(os, "posix_fadvise")


class ReadAhead:
    """Files announced on a thread of their own; ``stop`` ends it (a daemon: never waited
    for when the program ends)."""

    def __init__(self, paths: Iterable[str | Path]) -> None:
        """``paths`` is iterated on the thread (a generator costs its caller nothing)."""
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        if _CAN:
            self._thread = threading.Thread(target=self._run, args=(paths,),
                                            name="read-ahead", daemon=True)
            self._thread.start()

    def _run(self, paths: Iterable[str | Path]) -> None:
        for path in paths:
            if self._stop.is_set():
                return
            try:
                fd = os.open(path, os.O_RDONLY)
            except OSError:
                continue  # the loader will say what is wrong with it
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_WILLNEED)
            except OSError:
                pass
            finally:
                os.close(fd)

    def stop(self) -> None:
        self._stop.set()
