"""The private copy of a team project: where it lives on this machine, and what it knew.

A project opened from a ``postgresql://`` URL is worked on as a folder project (the one
loader, the one saver), checked out into a folder only this user can read:
``<app data>/server/<digest of the URL without its password>/``, mode 0700. It persists,
with ``state.json`` beside the checkout, because it is also where unsent work waits: when
the connection drops, a save still writes the folder, and the state keeps what the server
last said (the checkout's version and fingerprints for ``workspace.write_back``, the note
versions seen for ``note_sync.save_notes``) and the edit ids of the block writes whose
outcome is unknown, so a replay after a restart or a reconnection is applied once, never
twice, never lost.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths

from briefer.db.connect import redact
from briefer.db.note_sync import Seen
from briefer.db.workspace import Checkout
from briefer.io.atomic import write_atomic

STATE_FILE = "state.json"
_Key = tuple[str, str]


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


def new_copy_folder(root: Path) -> Path:
    """A fresh (absent) folder to check the project out into."""
    return root / f"copy-{uuid.uuid4().hex[:12]}"


def remove_other_copies(root: Path, keep: Path) -> None:
    """Older checkouts, once a newer one is in use (nothing unsent in them: see
    ``LocalState.pending``)."""
    for old in root.glob("copy-*"):
        if old != keep and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)


@dataclass
class LocalState:
    """What the server last said about the private copy, and the unsent block writes."""

    root: Path
    url: str  # redacted: no password is ever written to disk
    checkout: Checkout
    seen: Seen
    # block writes sent whose outcome is not known: key -> (edit id, value sent)
    journal: dict[_Key, tuple[str, dict[str, Any]]] = field(default_factory=dict)
    unsent: int = 0  # edits not yet accepted by the server, at the last attempt

    @property
    def folder(self) -> Path:
        return self.checkout.folder

    def pending(self) -> bool:
        """Is there work in the copy the server may not have?"""
        return bool(self.journal) or self.unsent > 0

    def save(self) -> None:
        data = {
            "url": self.url,
            "folder": self.checkout.folder.name,
            "version": self.checkout.version,
            "data": self.checkout.data,
            "sources": {k: list(v) for k, v in self.checkout.sources.items()},
            "blocks": [[n, b, v, value] for (n, b), (v, value) in self.seen.blocks.items()],
            "notes": [[n, v, value] for n, (v, value) in self.seen.notes.items()],
            "journal": [[n, b, e, value] for (n, b), (e, value) in self.journal.items()],
            "unsent": self.unsent,
        }
        write_atomic(self.root / STATE_FILE,
                     json.dumps(data, ensure_ascii=False, default=str).encode("utf-8"))

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
            return cls(root, str(data["url"]), checkout, seen, journal, int(data["unsent"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None
