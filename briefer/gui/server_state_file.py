"""A private copy's state file written off the window's thread, in order, and an old copy
removed out of the process.

The state (``server_store.LocalState``) is saved at each save sent, each block heard, each
change of the count of unsent edits: at 10,000 sources that is 2 MB written and flushed
to the disk, 20-100 ms of the window's thread on a busy disk. ``StateFile.put`` hands
the text's two parts to a writer's thread, which joins, encodes and writes them with the
one atomic writer (``io.atomic.write_atomic``, through ``write``). A state put while an
older one waits replaces it (only the newest matters) and the one thread writes them one
after another, so a later state is never overwritten by an earlier one.

What must never be lost is on the disk at once: while the state put says the copy holds
unsent work, or a save is on its way (``sending``), a marker file says so too, made on
the window's thread (a few bytes, no flush), and ``LocalState.load`` counts a copy with
the marker as unsent. The marker goes only once a state with nothing unsent is on the
disk, nothing newer waits and no save is on its way. An app ended before its writes so
leaves a copy that is at worst sent again (edit ids make that safe), never one whose
work is forgotten. The app's end waits for them (``_write_out``), so does a window that
leaves its copy (``ServerLink.stop``), and a send waits for the state naming its edit
ids before it goes (``server_send``).

A copy left for a fresh one (``server_copy.move_to``) has its writes dropped and its
state file removed first (cut short, it leaves no copy to offer), then its folder goes
(every source's files and the search index: tens of thousands of files at 10,000
sources) in a child process where the system has ``rm``: on a thread of this process,
its thousands of calls took the interpreter lock from the window's thread time and again.
"""

from __future__ import annotations

import atexit
import logging
import shutil
import subprocess
import threading
from collections import deque
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

STATE_FILE = "state.json"
MARKER = "state.sending"  # the copy holds unsent work (its state may not say so yet)
_FILES: dict[Path, StateFile] = {}
_FILES_LOCK = threading.Lock()
_QUEUE: deque[StateFile] = deque()  # copies whose state waits for the writer
_ASKED = threading.Condition()
_WRITER: threading.Thread | None = None
Write = Callable[[Path, str, str], None]  # (copy, checkout text, seen text): the writer


class StateFile:
    """The writes of one copy's state file (see module notes); one per copy: ``of``."""

    def __init__(self, root: Path, write: Write) -> None:
        self.root = root
        self._write = write
        self._lock = threading.Condition()
        self._waiting: tuple[str, str, bool] | None = None  # (parts, pending) to write
        self._put = 0  # states put so far
        self._written = 0  # of those, the last one written (or failed)
        self._error: Exception | None = None  # why that write failed
        self._busy = False  # a state waits for the writer, or is being written
        self._disk_pending = True  # the state on the disk may hold unsent work
        self._sending = False
        self._marked = (root / MARKER).exists()
        self._gone = False

    def put(self, checkout_text: str, seen_text: str, pending: bool) -> int:
        """Write this state soon (the number to ``wait`` for); ``pending``: it holds
        unsent work (marked at once)."""
        with self._lock:
            if self._gone:
                return self._put
            if pending:
                self._mark()
            self._waiting = (checkout_text, seen_text, pending)
            self._put += 1
            number, ask = self._put, not self._busy
            self._busy = True
        if ask:
            _ask(self)
        return number

    def sending(self, on: bool) -> None:
        """A save is on its way (or no longer): the copy counts as unsent meanwhile."""
        with self._lock:
            self._sending = on
            if on:
                self._mark()
            elif not self._busy:
                self._unmark_if_clean()

    def taken(self, pending: bool) -> None:
        """A state file was put in place another way (renamed from one written ahead)."""
        with self._lock:
            self._disk_pending = pending
            if pending:
                self._mark()

    def join(self, timeout: float | None = None) -> bool:
        """Until no write is under way (or ``timeout``): whether none is."""
        with self._lock:
            return self._lock.wait_for(lambda: not self._busy, timeout)

    def wait(self, number: int | None = None, timeout: float | None = None) -> None:
        """Until the state ``number`` (else the last put) is on the disk; raises what
        stopped it (the atomic writer's error) or ``TimeoutError``."""
        with self._lock:
            number = self._put if number is None else number
            if not self._lock.wait_for(lambda: self._written >= number or self._gone,
                                       timeout):
                raise TimeoutError(f"the state of {self.root} is not written yet")
            if self._error is not None and self._written == number:
                raise self._error

    def gone(self) -> None:
        """The copy is left: nothing more is written, and its state file goes (now, or
        once the write under way ends)."""
        with self._lock:
            self._gone = True
            self._waiting = None
            if not self._busy:
                self._remove_state()
            self._lock.notify_all()
        with _FILES_LOCK:
            if _FILES.get(self.root) is self:
                del _FILES[self.root]

    def _mark(self) -> None:
        if not self._marked:
            (self.root / MARKER).write_bytes(b"")
            self._marked = True

    def _unmark_if_clean(self) -> None:
        if self._marked and not (self._disk_pending or self._sending or self._gone):
            (self.root / MARKER).unlink(missing_ok=True)
            self._marked = False

    def _remove_state(self) -> None:
        (self.root / STATE_FILE).unlink(missing_ok=True)

    def _drain(self) -> None:
        """Write what waits, on the writer's thread, until nothing does."""
        while True:
            with self._lock:
                job, number = self._waiting, self._put
                self._waiting = None
                if job is None:
                    self._busy = False
                    if self._gone:
                        self._remove_state()
                    else:
                        self._unmark_if_clean()
                    self._lock.notify_all()
                    return
            error: Exception | None = None
            try:
                self._write(self.root, job[0], job[1])
            except Exception as exc:  # the disk refused (``io.atomic``'s error): said
                log.warning("the state of %s was not written: %s", self.root, exc)
                error = exc
            with self._lock:
                self._written, self._error = number, error
                if error is None:
                    self._disk_pending = job[2]
                self._lock.notify_all()


def _ask(file: StateFile) -> None:
    """Have the writer's thread write ``file``'s state: one daemon thread for every copy,
    started once (starting a thread waits for it to run: not at each save), whose
    writes the app's end waits for (``_write_out``)."""
    global _WRITER
    with _ASKED:
        _QUEUE.append(file)
        _ASKED.notify()
        if _WRITER is None:
            _WRITER = threading.Thread(target=_write_all, name="copy-state", daemon=True)
            _WRITER.start()
            atexit.register(_write_out)


def _write_all() -> None:
    while True:
        with _ASKED:
            while not _QUEUE:
                _ASKED.wait()
            file = _QUEUE.popleft()
        file._drain()


def _write_out(timeout: float = 30) -> None:
    """The app ends: every state put is written first (the writer's thread is a daemon,
    which the end of the interpreter would stop mid-way)."""
    with _FILES_LOCK:
        files = list(_FILES.values())
    for file in files:
        file.join(timeout)


def of(root: Path, write: Write) -> StateFile:
    """The state file of the copy in ``root`` (one for each copy, made when first asked)."""
    with _FILES_LOCK:
        found = _FILES.get(root)
        if found is None:
            found = _FILES[root] = StateFile(root, write)
        return found


def remove_copy(root: Path, before: StateFile | None = None) -> None:
    """Remove a copy's folder, in the background (see module notes): ``before``'s write
    under way is let end first."""

    def work() -> None:
        if before is not None:
            before.join(timeout=60)
        rm = shutil.which("rm")
        if rm is not None:
            try:
                subprocess.run([rm, "-rf", "--", str(root)], check=False,
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
            except OSError as exc:
                log.info("rm could not remove %s: %s", root, exc)
        shutil.rmtree(root, ignore_errors=True)  # what is left (no rm: all of it)

    threading.Thread(target=work, name="remove-old-copy", daemon=True).start()
