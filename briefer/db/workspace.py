"""The folder commands on a ``postgresql://`` project: read it out, run, write changes back.

``briefer export URL``, ``check``, ``sources``, ``outline``, ``import``, ``draft``,
``excerpt`` and ``notes`` run the folder commands themselves on a private copy of the
project (``checkout``: a pull into a temporary folder only this user can read, removed
afterwards), so a project on the server is loaded, checked and exported by the one loader
and exporter there are — no second copy of their rules. A command that changes the
project writes back only what it changed (``write_back``): sources, excerpts and outline
in one transaction, and only if the project's version is still the one read (otherwise
someone else changed it meanwhile and nothing is written).
Notes (``draft``, ``excerpt``, ``notes``) are saved part by part (``note_sync``): each block
against the version read, each note's structure against the note's, so an analyst editing
another paragraph of the same note meanwhile does not make the command fail, and one who
edited the same paragraph is not overwritten: the command then fails saying which block,
with both texts, and what was written.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from briefer.core.messages import Listing, Message
from briefer.core.project import Project
from briefer.db import note_sync, transfer
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
    notes: note_sync.Seen = field(default_factory=lambda: note_sync.Seen({}, {}))


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
    versions = note_sync.read_seen(conn)
    _, version = transfer.pull_versioned(conn, folder)
    data = _state(folder)
    return Checkout(folder, version, data, _fingerprints(folder, data),
                    _notes_seen(versions, data.get("notes") or []))


def _notes_seen(versions: note_sync.Seen, notes: list[dict[str, Any]]) -> note_sync.Seen:
    """The notes as checked out, with the versions read just *before* the pull: a part
    changed in between then carries an older version than the server's, so writing it is
    refused, never accepted over a change this command did not see. (Read after the pull,
    a version could be newer than the text checked out, and the command's unchanged copy
    would overwrite the change.) A part new in between has version 0: refused too."""
    blocks: dict[tuple[str, str], tuple[int, dict[str, Any]]] = {}
    seen: dict[str, tuple[int, dict[str, Any]]] = {}
    for note in notes:
        nid = str(note["id"])
        seen[nid] = (versions.notes.get(nid, (0, {}))[0], note)
        for section in note.get("sections") or []:
            for block in section.get("blocks") or []:
                key = (nid, str(block["id"]))
                blocks[key] = (versions.blocks.get(key, (0, {}))[0], block)
    return note_sync.Seen(blocks, seen)


def write_back(conn: psycopg.Connection, seen: Checkout, data: dict[str, Any] | None = None,
               now: dict[str, tuple[Any, ...]] | None = None,
               project: Project | None = None) -> int:
    """Write what a command changed in the checked-out folder back to the database, in one
    transaction, if nobody changed the project since ``checkout``; returns the number of
    sources written. Nothing changed: nothing written. ``data`` and ``now``: the folder's
    project data and fingerprints, when the caller has just read them (a team save reads
    them to decide whether to write back at all; at 10,000 sources each read is seconds
    of disk and hashing, so it is done once); ``project``: the folder as loaded for
    ``data`` (``load_project(folder, outline=False)``)."""
    if data is None:
        data = _state(seen.folder)
    if now is None:
        now = _fingerprints(seen.folder, data)
    changed = {sid for sid, print_ in now.items() if seen.sources.get(sid) != print_}
    gone = set(seen.sources) - set(now)
    rest = {k: v for k, v in data.items() if k not in ("sources", "notes")}
    if changed or gone or rest != {k: v for k, v in seen.data.items()
                                   if k not in ("sources", "notes")}:
        _write_project(conn, seen, data, changed, gone, project)
    if data.get("notes") != seen.data.get("notes"):
        _write_notes(conn, seen, data.get("notes") or [])
    return len(changed)


def _write_project(conn: psycopg.Connection, seen: Checkout, data: dict[str, Any],
                   changed: set[str], gone: set[str], project: Project | None = None
                   ) -> None:
    """Sources, excerpts, outline and the project's own fields: one transaction, if the
    project is still at the version read."""
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
            if project is None:
                project = load_project(seen.folder, outline=False)
            transfer.push_sources(conn, project, seen.folder, data.get("sources") or [],
                                  only=changed)
            conn.execute("DELETE FROM excerpts")
            transfer.push_excerpts(conn, data.get("excerpts") or [])
    except psycopg.Error as exc:
        raise DbError("The changes could not be written to the database ({reason}); nothing "
                      "was changed.", reason=str(exc).strip().splitlines()[0]) from exc


def _text(block: dict[str, Any] | None) -> Message:
    """A block's words as the user knows them (its Markdown, its paraphrase, or the
    excerpt it quotes)."""
    if block is None:
        return Message("(removed)")
    if block.get("type") == "excerpt" and not str(block.get("paraphrase") or "").strip():
        return Message("the excerpt {id}", id=block.get("excerpt"))
    words = " ".join(str(block.get("markdown") or block.get("paraphrase") or "").split())
    return Message("“{text}”", text=words)


def _shape(note: dict[str, Any] | None) -> Message:
    """A note's structure in a few words: its name and number of blocks."""
    if note is None:
        return Message("(deleted)")
    count = sum(len(s.get("blocks") or []) for s in note.get("sections") or [])
    return Message("“{name}”, {count} block{count:?|s}", name=str(note.get("name") or ""),
                   count=count)


def _told(refused: note_sync.Refused) -> Message:
    if refused.block_id:
        return Message("block {block} of note {note} — theirs: {theirs}, this command's: "
                       "{mine}", block=refused.block_id, note=refused.note_id,
                       theirs=_text(refused.theirs), mine=_text(refused.mine))
    return Message("the blocks, sections or name of note {note} — theirs: {theirs}, this "
                   "command's: {mine}", note=refused.note_id, theirs=_shape(refused.theirs),
                   mine=_shape(refused.mine))


def _write_notes(conn: psycopg.Connection, seen: Checkout,
                 notes: list[dict[str, Any]]) -> None:
    """The notes' changes, part by part (``note_sync``); a part someone else changed since
    the checkout fails the command, naming it with both texts."""
    try:
        refused = note_sync.save_notes(conn, seen.notes, notes)
    except psycopg.Error as exc:
        raise DbError("The note changes could not all be written to the database "
                      "({reason}); those written before stay. Run the command again.",
                      reason=str(exc).strip().splitlines()[0]) from exc
    if refused:
        raise DbError("Someone else changed the same part of a note on the server while this "
                      "command ran, so this command's version of it was not written: "
                      "{parts}. Nothing is lost: the server keeps theirs and both are shown "
                      "here; everything else the command changed was written.",
                      parts=Listing([_told(r) for r in refused], "; "))
