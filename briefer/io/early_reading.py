"""A command-line import's files read by a second process, started before the importer loads.

``briefer import`` spends its first tenth of a second loading the project machinery
(the model, YAML, the loader and saver) and reading the project, on one core, before
it reads the first file; a folder of two dozen PDFs then takes as long again to read,
PDFium's own page loading most of it. ``EarlyReads.start`` forks a reader at the
command's very start (with the readers' registry loaded, which both need), which loads
each format's reader as it meets the format and reads the import's heavy files
(.pdf, .docx, web pages), in the import's order, while the importer loads on the other
core; the importer then takes each file's text as it comes to it. Everything the import
decides (ids, duplicates, what is written, the report) stays in the importer, done as
before; a refusal comes back as the same reason; any other failure, a reader that dies
or falls behind, is met by the importer reading the file itself (from the end of the
list, so the two never wait on each other), exactly as without a reader.

A fork copies the process as it is, so it is only done where it is sound and cheap:
on Linux, in a process with one thread (the command line before it loads anything; never
the app, nor a process whose libraries started threads). Elsewhere the importer reads
every file itself. Imports big enough for the process pool (``import_files.MIN_BYTES``)
are left to it. The reader is stopped and reaped when the import ends, however it ends.
"""

from __future__ import annotations

import codecs
import contextlib
import gc
import os
import pickle
import select
import signal
import struct
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

# The readers' registry and what picks the files, loaded before the fork: the importer
# needs them too, and the reader then starts reading at once instead of loading them again
from briefer.io import import_files
from briefer.io.duplicates import Facts, text_facts

try:
    import fcntl
except ImportError:  # not on Windows, where no reader is forked either
    fcntl = None  # type: ignore[assignment]

_HEADER = struct.Struct("<I")  # each message: its length, then a pickle
PIPE_BYTES = 1 << 20  # results the reader may send ahead (texts of a few hundred files)
# Seconds the importer waits for the reader's next result before it reads a file itself,
# at least (twice the reader's pace so far, if slower): a reader at its usual pace is
# not second-guessed near the end, one starved of a core is helped
PATIENCE = 0.02
# With this many files or more still ahead of the reader, an importer that would wait
# reads from the end at once: when the importer is ready first (two dozen PDFs: PDFium's
# reading is the longer side), loading the format's reader here (10-20 ms) is repaid
HELP_FROM = 4


def can_fork() -> bool:
    """Whether forking this process is sound: Linux, and no thread besides this one (a
    fork copies only the calling thread, so a lock another one held would stay held)."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


class EarlyReads:
    """The results of a forked reader of an import's heavy files.

    ``result(path, read)`` gives what ``import_files.read_result(path, …)`` gives for a
    file the reader took on, or None for one it did not (the caller reads it). When
    the reader has not reached ``path`` and has ``HELP_FROM`` files or more ahead of it,
    or is slow to reach it (``PATIENCE``), the caller reads the last file the reader has
    not started with ``read`` instead of waiting, and the reader stops before it.
    """

    def __init__(self, pid: int, results: int, control: int) -> None:
        self._pid: int | None = pid
        self._results_fd: int | None = results
        self._control_fd: int | None = control
        self._buffer = bytearray()
        self._order: list[str] | None = None  # the files the reader took on, in order
        self._index: dict[str, int] = {}
        self._limit = 0  # the reader stops before this index: the rest is read here
        self._done: dict[int, tuple[str, Any]] = {}
        self._facts: dict[str, Facts] = {}  # what the duplicate check needs of each text
        self._ended = False
        self._since = time.monotonic()  # when the reader's list came
        self._came = 0  # results that came since
        self._next = 0  # the file the reader is at: one after the last it sent

    @classmethod
    def start(cls, paths: Iterable[Path], project_dir: Path,
              encoding: str | None = None) -> EarlyReads | None:
        """A reader of the heavy files among ``paths`` (as the import collects them for
        ``project_dir``), or None where none can start."""
        if not can_fork():
            return None
        paths = [Path(p) for p in paths]
        fds: list[int] = []
        try:
            fds += os.pipe()
            fds += os.pipe()
            results_in, results_out, control_in, control_out = fds
            with contextlib.suppress(OSError, AttributeError):  # a smaller pipe only waits
                fcntl.fcntl(results_out, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
            for stream in (sys.stdout, sys.stderr):  # nothing buffered is written twice
                with contextlib.suppress(Exception):
                    stream.flush()
            pid = os.fork()
        except OSError:  # no pipes or no process: the importer reads every file itself
            for fd in fds:
                with contextlib.suppress(OSError):
                    os.close(fd)
            return None
        if pid == 0:  # the reader: never returns
            status = 1
            try:
                os.close(results_in)
                os.close(control_out)
                _read_files(paths, project_dir, encoding, results_out, control_in)
                status = 0
            finally:
                os._exit(status)  # no clean-up of the importer's state: it is not ours
        os.close(results_out)
        os.close(control_in)
        return cls(pid, results_in, control_out)

    def result(self, path: Path, read: Callable[[Path], tuple[str, Any]]
               ) -> tuple[str, Any] | None:
        """``path``'s result from the reader (or read here, see the class), or None when
        the reader did not take it on or could not give it."""
        while self._order is None and not self._ended:
            self._receive(None)
        index = self._index.get(str(path))
        if index is None:
            return None
        while index not in self._done:
            if self._ended or index >= self._limit:
                return None  # the reader died or stopped: the caller reads it
            ahead = self._limit - self._next  # the reader's files still to come
            if self._receive(0 if ahead >= HELP_FROM else self._patience()):
                continue
            if self._limit - 1 > index:  # the reader is behind: take its last file
                self._limit -= 1
                self._tell_limit()
                self._done[self._limit] = read(Path(self._order[self._limit]))  # type: ignore[index]
            else:
                self._receive(None)
        return self._done.pop(index)

    def facts(self, path: Path) -> Facts | None:
        """``duplicates.text_facts`` of the text the reader gave for ``path``, if it did."""
        return self._facts.pop(str(path), None)

    def _patience(self) -> float:
        pace = (time.monotonic() - self._since) / self._came if self._came else 0.0
        return max(PATIENCE, 2 * pace)

    def _tell_limit(self) -> None:
        if self._control_fd is None:
            return
        with contextlib.suppress(OSError):  # the reader is gone; what it sent is still read
            os.write(self._control_fd, _HEADER.pack(self._limit))

    def _receive(self, timeout: float | None) -> bool:
        """Read what the reader sent; False when nothing came within ``timeout`` seconds
        (None: until something does or the reader ends)."""
        if self._results_fd is None or self._ended:
            return False
        if not select.select([self._results_fd], [], [], timeout)[0]:
            return False
        try:
            chunk = os.read(self._results_fd, PIPE_BYTES)
        except OSError:
            chunk = b""
        if not chunk:
            self._ended = True
            return True
        self._buffer += chunk
        while len(self._buffer) >= _HEADER.size:
            (size,) = _HEADER.unpack_from(self._buffer)
            if len(self._buffer) < _HEADER.size + size:
                break
            message = pickle.loads(self._buffer[_HEADER.size:_HEADER.size + size])
            del self._buffer[:_HEADER.size + size]
            self._take(message)
        return True

    def _take(self, message: Any) -> None:
        if self._order is None:
            self._order = list(message)
            self._index = {name: n for n, name in enumerate(self._order)}
            self._limit = len(self._order)
            self._since = time.monotonic()
            return
        self._came += 1
        index, outcome, facts = message
        self._next = max(self._next, index + 1)
        if index < self._limit and index not in self._done:  # one read here is kept
            self._done[index] = outcome
            if facts is not None and self._order is not None:
                self._facts[self._order[index]] = facts

    def close(self) -> None:
        """Stop the reader (if still reading) and reap it."""
        for fd in (self._results_fd, self._control_fd):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._results_fd = self._control_fd = None
        self._ended = True
        if self._pid is not None:
            with contextlib.suppress(OSError):
                os.kill(self._pid, signal.SIGKILL)  # it holds nothing but files it reads
            with contextlib.suppress(OSError):
                os.waitpid(self._pid, 0)
            self._pid = None

    def __enter__(self) -> EarlyReads:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()


def _send(fd: int, message: object) -> None:
    data = pickle.dumps(message, pickle.HIGHEST_PROTOCOL)
    view = memoryview(_HEADER.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view):]


def _limit(control: int, limit: int) -> int:
    """The lowest limit the importer has sent so far."""
    while select.select([control], [], [], 0)[0]:
        data = os.read(control, _HEADER.size * 64)
        if not data:
            break
        for (value,) in _HEADER.iter_unpack(data[:len(data) - len(data) % _HEADER.size]):
            limit = min(limit, value)
    return limit


def _read_files(paths: list[Path], project_dir: Path, encoding: str | None, out: int,
                control: int) -> None:
    """In the reader: the heavy files' results, in the import's order, until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the importer's to answer
    gc.freeze()  # what the importer had made is never collected here: nothing to walk
    try:
        encoding = codecs.lookup(encoding).name if encoding else None
    except LookupError:  # the importer refuses the whole import
        return
    files, _refused = import_files.collect_files(paths, project_dir)
    heavy = [f for f in files if import_files.is_heavy(f)]
    if import_files.total_size(heavy) >= import_files.MIN_BYTES:
        heavy = []  # the importer's pool of workers reads them
    _send(out, [str(f) for f in heavy])
    limit = len(heavy)
    for index, path in enumerate(heavy):
        limit = _limit(control, limit)
        if index >= limit:
            break
        outcome = import_files.read_result(path, encoding)
        # the duplicate check's work on the text, done here too: the importer's side of
        # the import is the longer one
        facts = text_facts(outcome[1].text) if outcome[0] == "ok" else None
        _send(out, (index, outcome, facts))
