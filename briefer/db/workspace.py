"""The folder commands on a ``postgresql://`` project: read it out, run, write changes back.

``briefer export URL``, ``check``, ``sources``, ``outline`` and ``import`` run the folder
commands themselves on a private copy of the project (``checkout``: a pull into a
temporary folder only this user can read, removed afterwards), so a project on the server
is loaded, checked and exported by the one loader and exporter there are — no second copy
of their rules. A command that changes the project (``import``) writes back only what it
changed (``write_back``), in one transaction, and only if the project's version is still
the one read: otherwise someone else changed it meanwhile and nothing is written.
Notes are not written back this way: they are saved block by block (``blocks``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from briefer.db import transfer
from briefer.db.connect import DbError
from briefer.io.project_file import load_project
from briefer.io.project_yaml import (
    ORIGINALS_DIR,
    SOURCES_DIR,
    notes_form,
    project_to_dict,
)
from briefer.io.sources import sidecar_path


@dataclass
class Checkout:
    """A project read out of the database: the version read, and what its parts were."""

    folder: Path
    version: int
    data: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, tuple[Any, ...]] = field(default_factory=dict)


def _digest(path: Path) -> str:
    try:
        return hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
    except OSError:
        return ""


def _fingerprints(folder: Path, data: dict[str, Any]) -> dict[str, tuple[Any, ...]]:
    """Per source: its position, entry and the digests of its file, sidecar and original —
    what tells a source the command changed from one it left alone."""
    found = {}
    for position, entry in enumerate(data.get("sources") or []):
        file = folder / SOURCES_DIR / str(entry["file"])
        original = str(entry.get("original") or "")
        found[str(entry["id"])] = (
            position, repr(sorted(entry.items())), _digest(file), _digest(sidecar_path(file)),
            _digest(folder / ORIGINALS_DIR / original) if original else "")
    return found


def _state(folder: Path) -> dict[str, Any]:
    return notes_form(project_to_dict(load_project(folder, outline=False)))


def checkout(conn: psycopg.Connection, folder: Path) -> Checkout:
    """Pull the project into ``folder`` (new) and remember what it was."""
    _, version = transfer.pull_versioned(conn, folder)
    data = _state(folder)
    return Checkout(folder, version, data, _fingerprints(folder, data))


def write_back(conn: psycopg.Connection, seen: Checkout) -> int:
    """Write what a command changed in the checked-out folder back to the database, in one
    transaction, if nobody changed the project since ``checkout``; returns the number of
    sources written. Nothing changed: nothing written."""
    data = _state(seen.folder)
    now = _fingerprints(seen.folder, data)
    changed = {sid for sid, print_ in now.items() if seen.sources.get(sid) != print_}
    gone = set(seen.sources) - set(now)
    rest = {k: v for k, v in data.items() if k != "sources"}
    if not changed and not gone and rest == {k: v for k, v in seen.data.items()
                                             if k != "sources"}:
        return 0
    if data.get("notes") != seen.data.get("notes"):
        raise DbError("This command changed a note, which is saved block by block on a "
                      "server; nothing was written.")
    conn.rollback()
    try:
        with conn.transaction():
            row = conn.execute("SELECT version FROM project FOR UPDATE").fetchone()
            if row is None or int(row[0]) != seen.version:
                raise DbError("Someone else changed the project on the server since it was "
                              "read (version {seen}, now {now}); nothing was written. Run "
                              "the command again.", seen=seen.version,
                              now=row[0] if row else "none")
            conn.execute(
                "UPDATE project SET name = %s, citation_style = %s, extra = %s, outline = %s,"
                " version = version + 1, updated_at = now()",
                (data.get("name") or seen.folder.name, data.get("citation_style") or "chicago",
                 Jsonb({k: v for k, v in data.items() if k not in transfer.KNOWN}),
                 Jsonb(data.get("outline") or {})))
            if gone:
                conn.execute("DELETE FROM sources WHERE id = ANY(%s)", (sorted(gone),))
            project = load_project(seen.folder, outline=False)
            transfer.push_sources(conn, project, seen.folder, data.get("sources") or [],
                                  only=changed)
            conn.execute("DELETE FROM excerpts")
            transfer.push_excerpts(conn, data.get("excerpts") or [])
    except psycopg.Error as exc:
        raise DbError("The changes could not be written to the database ({reason}); nothing "
                      "was changed.", reason=str(exc).strip().splitlines()[0]) from exc
    return len(changed)
