"""The private copy of a team project: where it lives on this machine, and what it knew.

A project opened from a ``postgresql://`` URL is worked on as a folder project (the one
loader, the one saver), checked out into a folder only this user can read:
``<app data>/server/<digest of the URL without its password>/copy-<id>/``, mode 0700,
one copy per window (two windows on one URL never share a copy), each with its
``state.json`` beside the checkout and the ``owner`` process's id. A copy persists, because
it is also where unsent work waits: when
the connection drops, a save still writes the folder, and the state keeps what the server
last said (the checkout's version and fingerprints for ``workspace.write_back``, the note
versions seen for ``note_sync.save_notes``) and the edit ids of the block writes whose
outcome is unknown, so a replay after a restart or a reconnection is applied once, never
twice, never lost. A copy with nothing unsent, that no running window holds, is removed
when the URL is next opened.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths

from briefer.db.connect import redact
from briefer.db.note_sync import Seen
from briefer.db.workspace import Checkout
from briefer.gui import server_state_file
from briefer.gui.server_state_file import MARKER, STATE_FILE, remove_copy
from briefer.io.atomic import write_atomic
from briefer.io.journal import pid_alive

READY_FILE = "state.json.ready"  # written ahead on a worker; not a state until renamed
OWNER_FILE = "owner"  # the process id of the app working on a copy
# the copy holds unsent work, or a save on its way: counted unsent (``server_state_file``)
SENDING_FILE = MARKER
CHECKOUT_DIR = "project"
_PIECE = 256  # a long list or mapping goes to the JSON encoder this many items at a time
_Key = tuple[str, str]
_HELD: dict[Path, Callable[[], bool]] = {}  # copies this process works on


def app_data() -> Path:
    """This user's application data folder."""
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation))


def private_root(url: str) -> Path:
    """This user's folder for the project at ``url`` (made, mode 0700)."""
    base = app_data() / "server"
    digest = hashlib.sha256(redact(url).encode("utf-8")).hexdigest()[:20]
    root = base / digest
    for folder in (base, root):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
    return root


def _owner(copy: Path) -> int:
    try:
        return int((copy / OWNER_FILE).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return 0


def in_use(copy: Path) -> bool:
    """Is a window (of this process or another that is running) working on this copy?"""
    pid = _owner(copy)
    if pid == os.getpid():
        still = _HELD.get(copy)
        return still is not None and still()
    return pid > 0 and pid_alive(pid)


def hold(copy: Path, still_used: Callable[[], bool]) -> None:
    """This process works on ``copy`` while ``still_used()`` says so (a window open on it):
    no other window takes it over, and no tidying removes it."""
    (copy / OWNER_FILE).write_text(str(os.getpid()), encoding="ascii")
    _HELD[copy] = still_used


def release(copy: Path, *, remove: bool = False) -> None:
    """This process no longer works on ``copy`` (``remove``: a copy never used)."""
    _HELD.pop(copy, None)
    if remove:
        discard(copy)


def discard(copy: Path) -> None:
    """A copy nobody works on any more: its writes dropped and its state file removed
    (a removal cut short leaves no copy to offer), then its folder, in the background
    (``server_state_file.remove_copy``)."""
    file = server_state_file.of(copy, write_state)
    file.gone()
    remove_copy(copy, file)


def new_copy(root: Path) -> Path:
    """A new copy's folder (made, 0700); its checkout goes in ``copy / CHECKOUT_DIR``."""
    copy = root / f"copy-{uuid.uuid4().hex[:12]}"
    copy.mkdir(mode=0o700)
    (copy / OWNER_FILE).write_text(str(os.getpid()), encoding="ascii")
    _HELD[copy] = lambda: True  # until the window holds it
    return copy


def unsent_copy(root: Path) -> LocalState | None:
    """A copy holding work the server may lack, that no open window works on (the newest
    first): opened again, its edits are sent rather than replaced by a fresh checkout."""
    copies = sorted((c for c in root.glob("copy-*") if c.is_dir()),
                    key=lambda c: c.stat().st_mtime, reverse=True)
    for copy in copies:
        state = LocalState.load(copy)
        if state is not None and state.pending() and not in_use(copy):
            return state
    return None


def tidy(root: Path) -> None:
    """Remove the copies nobody works on and that hold nothing unsent."""
    for copy in root.glob("copy-*"):
        if not copy.is_dir() or in_use(copy):
            continue
        state = LocalState.load(copy)
        if state is None or not state.pending():
            discard(copy)


def write_state(root: Path, checkout_text: str, seen_text: str,
                name: str = STATE_FILE) -> None:
    """A copy's state file from its two parts (``LocalState.checkout_text``, ``seen_text``)."""
    text = checkout_text[:-1] + ", " + seen_text[1:]  # one object: both parts' keys
    write_atomic(root / name, text.encode("utf-8"))


def checkout_json(checkout: Checkout) -> str:
    """A checkout's part of a copy's state file (see ``LocalState.checkout_text``)."""
    parts: list[str] = []
    _json({
        "folder": checkout.folder.name,  # CHECKOUT_DIR
        "version": checkout.version,
        "data": checkout.data,
        "sources": {k: list(v) for k, v in checkout.sources.items()},
    }, parts, 2)
    return "".join(parts)


def _json(value: Any, parts: list[str], depth: int) -> None:
    """``json.dumps(value)`` into ``parts``, a long list or mapping ``_PIECE`` items at a
    time: one call into the encoder holds the interpreter lock throughout, so a checkout
    of 10,000 sources (2 MB) made on a worker held the window's thread 20-100 ms."""
    many = isinstance(value, (list, dict)) and len(value) > _PIECE
    if not many and (depth <= 0 or not isinstance(value, dict)):
        parts.append(json.dumps(value, ensure_ascii=False, default=str))
        return
    if isinstance(value, list):
        parts.append("[")
        for at in range(0, len(value), _PIECE):
            text = json.dumps(value[at:at + _PIECE], ensure_ascii=False, default=str)
            parts.append((", " if at else "") + text[1:-1])
        parts.append("]")
        return
    items = list(value.items())
    parts.append("{")
    if many:
        for at in range(0, len(items), _PIECE):
            text = json.dumps(dict(items[at:at + _PIECE]), ensure_ascii=False, default=str)
            parts.append((", " if at else "") + text[1:-1])
    else:
        for at, (key, item) in enumerate(items):
            parts.append((", " if at else "") + json.dumps(str(key), ensure_ascii=False) + ": ")
            _json(item, parts, depth - 1)
    parts.append("}")


@dataclass
class LocalState:
    """What the server last said about the private copy, and the unsent block writes."""

    root: Path  # the copy's folder: the checkout, this state and its owner
    url: str  # redacted: no password is ever written to disk
    checkout: Checkout
    seen: Seen
    # block writes sent whose outcome is not known: key -> (edit id, value sent)
    journal: dict[_Key, tuple[str, dict[str, Any]]] = field(default_factory=dict)
    unsent: int = 0  # edits not yet accepted by the server, at the last attempt
    _checkout_text: tuple[Checkout, int, str] | None = field(
        default=None, init=False, repr=False, compare=False)

    @property
    def folder(self) -> Path:
        return self.checkout.folder

    def pending(self) -> bool:
        """Is there work in the copy the server may not have?"""
        return bool(self.journal) or self.unsent > 0

    def checkout_text(self) -> str:
        """The checkout's part of the state file, as JSON: kept while the checkout is the
        same object at the same version (at 10,000 sources making it takes 50–100 ms, and
        the state is saved at each block heard and each save); ``checkout_changed`` after
        changing its data in place."""
        kept = self._checkout_text
        if kept is None or kept[0] is not self.checkout or kept[1] != self.checkout.version:
            kept = (self.checkout, self.checkout.version, checkout_json(self.checkout))
            self._checkout_text = kept
        return kept[2]

    def checkout_changed(self, text: str | None = None) -> None:
        """The checkout's data changed in place (or ``text``: its JSON, made elsewhere,
        e.g. on the worker that made the checkout)."""
        self._checkout_text = None if text is None else (
            self.checkout, self.checkout.version, text)

    def seen_text(self) -> str:
        """The rest of the state file, as JSON: what was seen of the notes, the journal,
        the count of unsent edits (small beside the checkout's part)."""
        return json.dumps({
            "url": self.url,
            "blocks": [[n, b, v, value] for (n, b), (v, value) in self.seen.blocks.items()],
            "notes": [[n, v, value] for n, (v, value) in self.seen.notes.items()],
            "journal": [[n, b, e, value] for (n, b), (e, value) in self.journal.items()],
            "unsent": self.unsent,
        }, ensure_ascii=False, default=str)

    def save(self) -> int:
        """Write the state, off the window's thread (``server_state_file``: in order, the
        newest only; unsent work marked at once); the number to ``wait`` for."""
        return self._file().put(self.checkout_text(), self.seen_text(), self.pending())

    def wait(self, number: int | None = None, timeout: float | None = None) -> None:
        """Until the state saved as ``number`` (else the last) is on the disk."""
        self._file().wait(number, timeout)

    def _file(self) -> server_state_file.StateFile:
        return server_state_file.of(self.root, write_state)

    def sending(self, on: bool) -> None:
        """Mark the copy as holding a save on its way (or no longer): a few bytes, where
        saving the state is megabytes at 10,000 sources; a window closed meanwhile
        leaves its copy counted unsent (``load``), so kept and sent again."""
        self._file().sending(on)

    def save_as_ready(self, seen_text: str) -> bool:
        """Save by taking the state file written ahead (``write_state(..., READY_FILE)``,
        by the worker that made this copy) when what was seen is still ``seen_text``:
        a rename instead of writing megabytes at 10,000 sources. Whether it could."""
        ready = self.root / READY_FILE
        file = self._file()
        if seen_text != self.seen_text() or not ready.exists() or not file.join(0):
            ready.unlink(missing_ok=True)
            return False
        os.replace(ready, self.root / STATE_FILE)
        file.taken(self.pending())
        return True

    @classmethod
    def load(cls, root: Path) -> LocalState | None:
        """The state kept in ``root``, or None (none, unreadable, or its copy is gone)."""
        try:
            data = json.loads((root / STATE_FILE).read_text(encoding="utf-8"))
            folder = root / str(data["folder"])
            if not folder.is_dir():
                return None
            checkout = Checkout(folder, int(data["version"]), dict(data["data"]),
                                {k: tuple(v) for k, v in data["sources"].items()})
            seen = Seen({(str(n), str(b)): (int(v), value) for n, b, v, value in data["blocks"]},
                        {str(n): (int(v), value) for n, v, value in data["notes"]})
            journal = {(str(n), str(b)): (str(e), value) for n, b, e, value in data["journal"]}
            unsent = max(int(data["unsent"]), 1 if (root / SENDING_FILE).exists() else 0)
            return cls(root, str(data["url"]), checkout, seen, journal, unsent)
        except (OSError, ValueError, KeyError, TypeError):
            return None
