"""Saving a note block by block, each write checked against the version it was based on.

Several analysts edit one note at once. A write names the block's version its writer last
saw: it is applied only if that is still the stored version (``UPDATE … WHERE version =``),
which it then bumps; otherwise nothing is written and the stored text and version come back,
so the app can show both texts and let its user choose — a write based on an old version is
refused, never silently lost nor silently winning. Each accepted write is recorded in
``block_edits`` under the writer's edit id in the same transaction: a writer whose
connection dropped while committing asks ``edit_status`` before replaying, so an edit is
applied once, never twice, never lost. A note's structure (blocks added or removed) is
checked the same way against the note's own version.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from briefer.db.connect import DbError

CHANNEL = "briefer_blocks"
PROJECT_CHANNEL = "briefer_project"  # the project's version moved (schema 6): sources,
# excerpts, outline or its own fields written


@dataclass(frozen=True)
class Saved:
    """What a write did: ``accepted`` with the new ``version``, or refused with the stored
    ``version`` and ``current`` value (the other writer's text, to show beside one's own)."""

    accepted: bool
    version: int
    current: dict[str, Any] | None = None


@dataclass(frozen=True)
class Change:
    """A block write heard on ``CHANNEL`` (``deleted``: the block was removed; ``version``
    is then the one it had)."""

    note_id: str
    block_id: str
    version: int
    deleted: bool = False


@dataclass(frozen=True)
class ProjectChange:
    """The project's version heard on ``PROJECT_CHANNEL`` (no text, no ids)."""

    version: int


def new_edit_id() -> str:
    return str(uuid.uuid4())


def edit_status(conn: psycopg.Connection, edit_id: str) -> int | None:
    """The version an edit made, if the server accepted it (None: it never went in)."""
    row = conn.execute("SELECT version FROM block_edits WHERE edit_id = %s",
                       (edit_id,)).fetchone()
    conn.commit()
    return int(row[0]) if row else None


def save_block(conn: psycopg.Connection, note_id: str, block_id: str,
               expected_version: int, value: dict[str, Any],
               edit_id: str | None = None) -> Saved:
    """Write a block's value if its stored version is ``expected_version`` (one transaction).

    ``edit_id`` (a UUID) makes a replay safe: an edit already accepted is reported accepted
    again, not applied twice. A ``psycopg.OperationalError`` (a dropped connection) leaves
    the outcome unknown: ask ``edit_status`` on a new connection before replaying."""
    edit_id = edit_id or new_edit_id()
    with conn.transaction():
        done = conn.execute("SELECT version FROM block_edits WHERE edit_id = %s",
                            (edit_id,)).fetchone()
        if done is not None:
            return Saved(True, int(done[0]))
        row = conn.execute(
            "UPDATE note_blocks SET data = %s, version = version + 1, "
            "updated_by = current_user, updated_at = now() "
            "WHERE note_id = %s AND id = %s AND version = %s RETURNING version",
            (Jsonb(value), note_id, block_id, expected_version)).fetchone()
        if row is not None:
            conn.execute("INSERT INTO block_edits (edit_id, note_id, block_id, version, data) "
                         "VALUES (%s, %s, %s, %s, %s)",
                         (edit_id, note_id, block_id, row[0], Jsonb(value)))
            return Saved(True, int(row[0]))
        current = conn.execute("SELECT version, data FROM note_blocks "
                               "WHERE note_id = %s AND id = %s",
                               (note_id, block_id)).fetchone()
    if current is None:
        raise DbError("Block {block} of note {note} is gone (removed by someone else, or not "
                      "one you may see).", block=block_id, note=note_id)
    return Saved(False, int(current[0]), current[1])


def read_block(conn: psycopg.Connection, note_id: str, block_id: str) -> tuple[int, Any]:
    """A block's stored version and value."""
    row = conn.execute("SELECT version, data FROM note_blocks WHERE note_id = %s AND id = %s",
                       (note_id, block_id)).fetchone()
    conn.commit()
    if row is None:
        raise DbError("No block {block} in note {note}.", block=block_id, note=note_id)
    return int(row[0]), row[1]


def note_version(conn: psycopg.Connection, note_id: str) -> int:
    row = conn.execute("SELECT version FROM notes WHERE id = %s", (note_id,)).fetchone()
    conn.commit()
    if row is None:
        raise DbError("No note {note} in this database.", note=note_id)
    return int(row[0])


def bump_note(conn: psycopg.Connection, note_id: str, expected_version: int) -> int | None:
    """Take the note's next structure version if it is still ``expected_version`` (the new
    version; None: someone changed it). Run it inside the transaction that changes it."""
    row = conn.execute("UPDATE notes SET version = version + 1 WHERE id = %s AND version = %s "
                       "RETURNING version", (note_id, expected_version)).fetchone()
    return int(row[0]) if row else None


def add_block(conn: psycopg.Connection, note_id: str, section_id: str, position: int,
              value: dict[str, Any], expected_version: int) -> Saved:
    """Insert a block at ``position`` in a section if the note's structure is still at
    ``expected_version``; the blocks after it move down one. ``value['id']`` names it."""
    with conn.transaction():
        version = bump_note(conn, note_id, expected_version)
        if version is not None:
            conn.execute("UPDATE note_blocks SET position = position + 1 WHERE note_id = %s "
                         "AND section_id = %s AND position >= %s",
                         (note_id, section_id, position))
            conn.execute("INSERT INTO note_blocks (note_id, section_id, id, position, data) "
                         "VALUES (%s, %s, %s, %s, %s)",
                         (note_id, section_id, str(value["id"]), position, Jsonb(value)))
            return Saved(True, version)
    return Saved(False, note_version(conn, note_id))


def remove_block(conn: psycopg.Connection, note_id: str, block_id: str,
                 expected_version: int) -> Saved:
    """Remove a block if the note's structure is still at ``expected_version``."""
    with conn.transaction():
        version = bump_note(conn, note_id, expected_version)
        if version is not None:
            conn.execute("DELETE FROM note_blocks WHERE note_id = %s AND id = %s",
                         (note_id, block_id))
            return Saved(True, version)
    return Saved(False, note_version(conn, note_id))


def listen(conn: psycopg.Connection, project: bool = False) -> None:
    """Start hearing block writes on this (autocommit) connection (``project``: and the
    project's version moving, on a schema 6 database)."""
    conn.execute(f"LISTEN {CHANNEL}")
    if project:
        conn.execute(f"LISTEN {PROJECT_CHANNEL}")


def changes(conn: psycopg.Connection, timeout: float) -> Iterator[Change | ProjectChange]:
    """Block writes (and project versions, if listened to) heard within ``timeout``
    seconds (after ``listen``)."""
    for notify in conn.notifies(timeout=timeout):
        data = json.loads(notify.payload)
        if notify.channel == PROJECT_CHANNEL:
            yield ProjectChange(int(data["version"]))
            continue
        yield Change(str(data["note"]), str(data["block"]), int(data["version"]),
                     bool(data.get("deleted", False)))


def gone(conn: psycopg.Connection, note_id: str, block_id: str) -> bool:
    """Is the block removed from a note this connection's role may see? (What a listener
    asks, as its own role, before acting on a deletion it heard: the note must be one it
    may read, and the block not there again.)"""
    row = conn.execute("SELECT EXISTS (SELECT 1 FROM notes WHERE id = %s) AND NOT EXISTS "
                       "(SELECT 1 FROM note_blocks WHERE note_id = %s AND id = %s)",
                       (note_id, note_id, block_id)).fetchone()
    return bool(row and row[0])


def note_gone(conn: psycopg.Connection, note_id: str) -> bool:
    """Is the note gone for this connection's role (deleted, or no longer one it may see)?
    A listener asks when it hears a block of it deleted: a whole note's deletion removes
    its blocks. It acts only on a note it had read (so it learns nothing new of others)."""
    row = conn.execute("SELECT NOT EXISTS (SELECT 1 FROM notes WHERE id = %s)",
                       (note_id,)).fetchone()
    return bool(row and row[0])
