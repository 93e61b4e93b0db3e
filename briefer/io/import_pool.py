"""Reading many files at once: text extraction on every core, results taken in order.

Extracting a .pdf, .docx or web page is pure computation on one file, and an
import of a folder used one core for all of them. ``Extractions`` hands the
files to a pool of processes (as many as the machine has cores), a few ahead
of the one the import is at, and gives each result back when the import asks
for that file, in the import's own order: everything the import decides
(ids, duplicates, what is written, the report) stays where it was, in one
place, done one file at a time.

A command-line import may also bring the results of a reader forked before the
importer loaded (``early_reading``); a file it took on is taken from it.

A refusal comes back as the same ``ImportRefused`` the file gives when read
here. Any other failure in a worker (or a pool that cannot start or breaks) is
not interpreted: the file is simply read again here, so the error, if there is
one, surfaces exactly as it did before. Plain-text files, and imports of only a
few small files (``MIN_BYTES``), are read here directly: starting processes
would cost more than it saves.

The processes are started clean (``forkserver``, else ``spawn``), never forked
from the app, whose threads a fork would copy mid-step.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefer.core.messages import Message
from briefer.io.duplicates import Facts
from briefer.io.early_reading import EarlyReads
from briefer.io.import_files import HEAVY_SUFFIXES as HEAVY_SUFFIXES
from briefer.io.import_files import MIN_BYTES, is_heavy, read_result, total_size
from briefer.io.importers import Extracted, ImportRefused, extract

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

MIN_FILES = 4  # fewer heavy files than this: read here
AHEAD_PER_WORKER = 4  # results waiting at most: bounds the memory texts take


def _workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on every platform
        return max(1, os.cpu_count() or 1)


class Extractions:
    """``extract`` for a known list of files, run ahead on every core.

    ``get(path)`` returns what ``extract(path, encoding)`` returns (or raises
    the same ``ImportRefused``). ``wanted(path)`` tells which files the import
    will ask for (the others are not read ahead). Call ``close`` when done; an
    import that stops early (cancelled, failed) leaves nothing running.
    """

    def __init__(self, paths: Iterable[Path], encoding: str | None = None, *,
                 wanted: Callable[[Path], bool] | None = None,
                 read: Callable[..., Extracted] = extract,
                 workers: int | None = None, min_bytes: int | None = None,
                 early: EarlyReads | None = None) -> None:
        self.encoding = encoding
        self._read = read  # what reads a file here (the workers use ``extract``)
        self._wanted = wanted
        self._early = early
        heavy = [p for p in paths if is_heavy(p)]
        self._workers = min(workers or _workers(), len(heavy))
        least = MIN_BYTES if min_bytes is None else min_bytes
        worth = self._workers > 1 and len(heavy) >= MIN_FILES and total_size(heavy) >= least
        self._queue: deque[Path] = deque(heavy if worth else ())
        self._running: dict[Path, Future[tuple[str, Any]]] = {}
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Extractions:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, path: Path) -> Extracted:
        """The text and metadata of ``path``, as ``extract`` gives them."""
        self._fill()
        future = self._running.pop(path, None)
        self._fill()
        outcome = None
        if future is None and self._early is not None and is_heavy(path):
            outcome = self._early.result(path, lambda p: read_result(p, self.encoding))
        if future is not None:
            try:
                outcome = future.result()
            except Exception:  # a broken pool: this file and the rest are read here
                outcome = "retry", None
                self.close()
        if outcome is not None:
            kind, value = outcome
            if kind == "ok":
                return value  # type: ignore[no-any-return]
            if kind == "refused" and isinstance(value, Message):
                raise ImportRefused(value)
        return self._read(path, encoding=self.encoding)

    def facts(self, path: Path) -> Facts | None:
        """What the duplicate check needs of ``path``'s text, if the early reader worked it
        out with the text (``get`` first)."""
        return self._early.facts(path) if self._early is not None else None

    def _fill(self) -> None:
        """Keep the workers busy with the next files, a few results ahead at most."""
        limit = self._workers * AHEAD_PER_WORKER
        while self._queue and len(self._running) < limit:
            path = self._queue.popleft()
            if path in self._running or (self._wanted is not None and not self._wanted(path)):
                continue
            pool = self._start()
            try:
                if pool is None:
                    raise OSError("no worker processes")
                self._running[path] = pool.submit(read_result, path, self.encoding)
            except Exception:  # cannot start, or broken: the rest is read here
                self.close()
                return

    def _start(self) -> ProcessPoolExecutor | None:
        if self._pool is None:
            # the pool's machinery loads for an import that uses it (a few ms otherwise spent
            # by every import, as long as reading a file)
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context(
                "forkserver" if "forkserver" in methods else "spawn")
            try:
                self._pool = ProcessPoolExecutor(self._workers, mp_context=context)
            except (OSError, ValueError, NotImplementedError):  # no processes here: read here
                return None
        return self._pool

    def close(self) -> None:
        """Stop the workers (the files not asked for are dropped)."""
        self._queue.clear()
        for future in self._running.values():
            future.cancel()
        self._running.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def __del__(self) -> None:
        self.close()
