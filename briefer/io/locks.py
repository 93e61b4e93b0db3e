"""Who has a project open, and who is writing it right now.

Projects live on shared drives. Two kinds of lock file, both in the
project's ``.briefer/`` folder and both made with ``O_CREAT | O_EXCL`` (one
winner, even over most network file systems):

* ``open.lock`` — the *session* lock: a window has the project open. It
  names who, on which machine, since when (as office suites do), and is
  refreshed every minute while the window is open. A second window is told
  and offered read-only, a copy, or — if the lock is stale (its process is
  gone, or it was not refreshed for ``STALE_SECONDS``) — taking over.
* ``save.lock`` — the *write* lock, held for the few moments a save or an
  import writes files, so that two writers never interleave. A writer that
  finds it waits a little; a stale one (dead process) is broken.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from datetime import datetime
from pathlib import Path

from briefer.core.messages import Message, UserError
from briefer.io.journal import pid_alive

OPEN_LOCK = "open.lock"
SAVE_LOCK = "save.lock"
STALE_SECONDS = 300  # an open lock not refreshed for five minutes is stale
SAVE_STALE_SECONDS = 120
CACHE = ".briefer"


class LockBusy(UserError):
    """Another process holds the lock; ``holder`` says who."""

    def __init__(self, holder: LockInfo, message: str | Message, /, **params: Any) -> None:
        super().__init__(message, **params)
        self.holder = holder


@dataclass
class LockInfo:
    user: str
    host: str
    pid: int
    since: str  # ISO time
    token: str  # tells one window's lock from another's

    @classmethod
    def mine(cls, token: str) -> LockInfo:
        try:
            user = getpass.getuser()
        except Exception:  # no user name in this environment
            user = "someone"
        return cls(user=user, host=socket.gethostname(), pid=os.getpid(),
                   since=datetime.now().astimezone().isoformat(timespec="seconds"), token=token)

    def describe(self) -> Message:
        """"Ana (laptop-12) since 14:05 on 2026-11-29"."""
        try:
            when = datetime.fromisoformat(self.since)
        except ValueError:
            return Message("{user} ({host}) since {since}", user=self.user, host=self.host,
                           since=self.since)
        return Message("{user} ({host}) since {hour}:{minute} on {date}", user=self.user,
                       host=self.host, hour=f"{when:%H}", minute=f"{when:%M}",
                       date=f"{when:%Y-%m-%d}")


def _read(path: Path) -> LockInfo | None:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return LockInfo(str(raw["user"]), str(raw["host"]), int(raw["pid"]),
                        str(raw["since"]), str(raw.get("token", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _stale(path: Path, info: LockInfo | None, seconds: float) -> bool:
    try:
        age = time.time() - path.stat().st_mtime
    except OSError:
        return True
    if info is None:
        return age > 5  # unreadable for more than a moment: a crash mid-write
    if info.host == socket.gethostname():
        return not pid_alive(info.pid)
    return age > seconds


def _create(path: Path, info: LockInfo) -> bool:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(vars(info), handle)
        handle.flush()
        with contextlib.suppress(OSError):
            os.fsync(handle.fileno())
    return True


# -- the session lock ------------------------------------------------------------------

def open_lock_path(root: Path) -> Path:
    return Path(root) / CACHE / OPEN_LOCK


def holder(root: Path) -> tuple[LockInfo | None, bool]:
    """Who has the project open (None: nobody), and whether that lock is stale."""
    path = open_lock_path(root)
    if not path.exists():
        return None, False
    info = _read(path)
    return info, _stale(path, info, STALE_SECONDS)


def acquire_open(root: Path, token: str, take_over: bool = False) -> LockInfo:
    """Mark the project open by this window; LockBusy if another live window has it.

    ``take_over`` replaces another's lock (only offered for a stale one).
    """
    path = open_lock_path(root)
    mine = LockInfo.mine(token)
    for _ in range(3):
        if _create(path, mine):
            return mine
        info = _read(path)
        if info is not None and info.token == token:
            return info
        if take_over or (info is None and _stale(path, info, STALE_SECONDS)):
            # taken over on the user's word (a stale lock is offered, never broken
            # silently); an unreadable one left by a crash mid-write goes by itself
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            take_over = False
            continue
        if info is not None:
            raise LockBusy(info, "{project} is open by {holder}.", project=root.name,
                           holder=info.describe())
        time.sleep(0.05)
    raise LockBusy(LockInfo("someone", "?", 0, "", ""), "{project} is being opened elsewhere.",
                   project=root.name)


def refresh_open(root: Path, token: str) -> bool:
    """Keep this window's lock fresh; False if it is no longer ours (taken over)."""
    path = open_lock_path(root)
    info = _read(path)
    if info is None or info.token != token:
        return False
    with contextlib.suppress(OSError):
        os.utime(path)
    return True


def release_open(root: Path, token: str) -> None:
    path = open_lock_path(root)
    info = _read(path)
    if info is not None and info.token == token:
        with contextlib.suppress(OSError):
            path.unlink()


# -- the write lock --------------------------------------------------------------------

_HELD: dict[tuple[Path, int], int] = {}  # write locks held, by thread, and how deep


@contextlib.contextmanager
def writing(root: Path, wait: float = 15.0) -> Iterator[None]:
    """Hold the project's write lock while the block writes files (see module notes).

    Re-entrant within one thread: an import holds it, and the save inside the
    import runs under the same lock; another thread (or process) waits.
    """
    path = Path(root) / CACHE / SAVE_LOCK
    key = (path.resolve() if path.parent.exists() else path.absolute(), threading.get_ident())
    if _HELD.get(key):
        _HELD[key] += 1
        try:
            yield
        finally:
            _HELD[key] -= 1
        return
    mine = LockInfo.mine(f"save-{os.getpid()}-{time.time_ns()}")
    deadline = time.monotonic() + wait
    while not _create(path, mine):
        info = _read(path)
        if _stale(path, info, SAVE_STALE_SECONDS):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            continue
        if time.monotonic() > deadline:
            who = info.describe() if info else Message("another Briefer")
            raise LockBusy(info or LockInfo("someone", "?", 0, "", ""),
                           "{project} is being saved by {holder}; try again in a moment.",
                           project=Path(root).name, holder=who)
        time.sleep(0.02)
    key = (path.resolve(), threading.get_ident())
    _HELD[key] = 1
    try:
        yield
    finally:
        _HELD.pop(key, None)
        info = _read(path)
        if info is not None and info.token == mine.token:
            with contextlib.suppress(OSError):
                path.unlink()


def try_writing(root: Path) -> contextlib.AbstractContextManager[bool]:
    """The write lock if it is free right now (True), else no lock (False): for
    tidying up on open, which is skipped while someone else writes."""
    @contextlib.contextmanager
    def attempt() -> Iterator[bool]:
        try:
            with writing(root, wait=0.0):
                yield True
        except LockBusy:
            yield False
    return attempt()
