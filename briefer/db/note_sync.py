"""Saving a project's notes to the server: only what changed since it was read, each part
checked against the version its writer saw.

The command line (``workspace.write_back``) and the app hold the notes as
``notes_form(project_to_dict(project))["notes"]`` gives them. ``save_notes`` compares that
list with what its writer last saw (``Seen``) and writes only the differences:

- a block whose value changed: ``blocks.save_block`` with the block version seen (and the
  caller's edit id, so a replay after a dropped connection is applied once);
- a note whose structure changed — blocks added, removed or moved, sections, name, meta,
  template — in one transaction checked against the note's version (as ``add_block`` and
  ``remove_block`` are), so a note is never left half restructured; a block removed must
  also still be at the version seen, or an edit made meanwhile would vanish unseen;
- a new note (inserted unless its id is taken) or a removed one (deleted only if neither
  its structure nor any of its blocks changed since it was seen).

Whatever the server refuses comes back as ``Refused`` with both values, the writer's and
the server's, so the user chooses: nothing refused is lost. Whatever it accepts updates
``seen`` in place, so saving the same notes again writes nothing. To keep one's own value
after a refusal: ``catch_up(conn, seen, refused)`` (``seen`` then holds the server's
version) and ``save_notes`` again; to take theirs: ``catch_up`` and replace one's own value
with ``theirs``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from briefer.db import blocks
from briefer.db.connect import DbError

_NOTE_KNOWN = {"id", "name", "meta", "template", "sections"}
_Key = tuple[str, str]


@dataclass(frozen=True)
class Refused:
    """A write based on an old version: both texts, so the user can choose."""

    note_id: str
    block_id: str  # "" when the note's structure (blocks, sections, name, meta) was refused
    mine: dict[str, Any] | None  # what this writer wanted (None: it removed the block/note)
    theirs: dict[str, Any] | None  # what the server now holds (None: removed there)
    version: int  # the server's version now (block's, or the note's when block_id == "")


@dataclass
class Seen:
    """What a reader last saw of the notes: per block its version and value, per note its
    version and data."""

    blocks: dict[_Key, tuple[int, dict[str, Any]]]
    notes: dict[str, tuple[int, dict[str, Any]]]


# -- reading ------------------------------------------------------------------------------

def _end_transaction(conn: psycopg.Connection) -> None:
    """Close a transaction left open by earlier reads, so each write here is a transaction
    of its own (not a savepoint inside the caller's, which would commit nothing)."""
    status = conn.info.transaction_status
    if status == psycopg.pq.TransactionStatus.INTRANS:
        conn.commit()
    elif status == psycopg.pq.TransactionStatus.INERROR:
        conn.rollback()


def _read_notes(conn: psycopg.Connection, only: str | None = None
                ) -> tuple[dict[_Key, tuple[int, dict[str, Any]]],
                           dict[str, tuple[int, dict[str, Any]]]]:
    where, args = ("WHERE note_id = %s", (only,)) if only is not None else ("", ())
    block_rows: dict[tuple[str, str], list[dict[str, Any]]] = {}
    found: dict[_Key, tuple[int, dict[str, Any]]] = {}
    for nid, sid, bid, version, data in conn.execute(
            "SELECT note_id, section_id, id, version, data FROM note_blocks "
            f"{where} ORDER BY note_id, section_id, position", args):
        block_rows.setdefault((nid, sid), []).append(data)
        found[(nid, bid)] = (int(version), data)
    sections: dict[str, list[dict[str, Any]]] = {}
    for nid, sid, data in conn.execute(
            f"SELECT note_id, id, data FROM note_sections {where} ORDER BY note_id, position",
            args):
        sections.setdefault(nid, []).append({**data, "blocks": block_rows.get((nid, sid), [])})
    notes: dict[str, tuple[int, dict[str, Any]]] = {}
    for nid, name, template, meta, extra, version in conn.execute(
            "SELECT id, name, template, meta, extra, version FROM notes "
            + ("WHERE id = %s " if only is not None else "") + "ORDER BY position", args):
        notes[nid] = (int(version), {"id": nid, **({"name": name} if name else {}),
                                     "meta": meta, "template": template,
                                     "sections": sections.get(nid, []), **extra})
    return found, notes


def _snapshot(conn: psycopg.Connection, only: str | None = None
              ) -> tuple[dict[_Key, tuple[int, dict[str, Any]]],
                         dict[str, tuple[int, dict[str, Any]]]]:
    """``_read_notes`` in one snapshot: read in separate statements, a note's version could
    be newer than its blocks read a moment before, and a structure write checked against
    it would pass over a block it never saw."""
    _end_transaction(conn)
    before = conn.isolation_level
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    try:
        with conn.transaction():
            return _read_notes(conn, only)
    finally:
        conn.isolation_level = before


def read_seen(conn: psycopg.Connection) -> Seen:
    """Every note's and block's version and value as stored now, read in one snapshot."""
    return Seen(*_snapshot(conn))


def _server_note(conn: psycopg.Connection, note_id: str) -> tuple[int, dict[str, Any] | None]:
    version, note = _snapshot(conn, note_id)[1].get(note_id, (0, None))
    return version, note


# -- comparing ----------------------------------------------------------------------------

def _block_list(note: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(section id, block) for each block of a note, in order."""
    return [(str(s["id"]), b) for s in note.get("sections") or []
            for b in s.get("blocks") or []]


def _skeleton(note: dict[str, Any]) -> dict[str, Any]:
    """A note's structure: all of it but its blocks' values (which are versioned one by
    one), as the server stores it (an empty name and a missing one are the same)."""
    return {"name": str(note.get("name") or ""), "template": str(note.get("template") or ""),
            "meta": note.get("meta") or {},
            "extra": {k: v for k, v in note.items() if k not in _NOTE_KNOWN},
            "sections": [({k: v for k, v in s.items() if k != "blocks"},
                          [str(b["id"]) for b in s.get("blocks") or []])
                         for s in note.get("sections") or []]}


# -- writing ------------------------------------------------------------------------------

def _write_structure(conn: psycopg.Connection, note: dict[str, Any], position: int,
                     version: int) -> dict[str, int]:
    """Make the stored note's rows (note, sections, blocks' places) those of ``note``;
    returns the blocks it inserted, with their versions. Blocks it keeps keep their value
    and version. A block inserted starts above any version it had before (a block removed
    and put back must not meet a writer who saw its old life at a version it has again):
    past its edits in ``block_edits`` and at least the note's new ``version``. Runs inside
    the caller's checked transaction."""
    nid = str(note["id"])
    shape = _skeleton(note)
    conn.execute("UPDATE notes SET position = %s, name = %s, template = %s, meta = %s, "
                 "extra = %s WHERE id = %s",
                 (position, shape["name"], shape["template"], Jsonb(shape["meta"]),
                  Jsonb(shape["extra"]), nid))
    sections = note.get("sections") or []
    stored = {bid for (bid,) in conn.execute("SELECT id FROM note_blocks WHERE note_id = %s",
                                             (nid,))}
    rows = [(nid, str(s["id"]), str(b["id"]), i, Jsonb(b))
            for s in sections for i, b in enumerate(s.get("blocks") or [])]
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO note_sections (note_id, id, position, data) VALUES (%s, %s, %s, %s)"
            " ON CONFLICT (note_id, id) DO UPDATE SET position = EXCLUDED.position, "
            "data = EXCLUDED.data",
            [(nid, str(s["id"]), i, Jsonb({k: v for k, v in s.items() if k != "blocks"}))
             for i, s in enumerate(sections)])
        cur.executemany("UPDATE note_blocks SET section_id = %s, position = %s "
                        "WHERE note_id = %s AND id = %s",
                        [(r[1], r[3], nid, r[2]) for r in rows if r[2] in stored])
        cur.executemany(
            "INSERT INTO note_blocks (note_id, section_id, id, position, data, version) "
            "SELECT %s, %s, %s, %s, %s, greatest(%s, coalesce(max(e.version), 0) + 1) "
            "FROM block_edits AS e WHERE e.note_id = %s AND e.block_id = %s",
            [(*r, version, nid, r[2]) for r in rows if r[2] not in stored])
    conn.execute("DELETE FROM note_blocks WHERE note_id = %s AND NOT (id = ANY(%s))",
                 (nid, [r[2] for r in rows]))
    conn.execute("DELETE FROM note_sections WHERE note_id = %s AND NOT (id = ANY(%s))",
                 (nid, [str(s["id"]) for s in sections]))
    inserted = sorted({r[2] for r in rows} - stored)
    return {str(bid): int(v) for bid, v in conn.execute(
        "SELECT id, version FROM note_blocks WHERE note_id = %s AND id = ANY(%s)",
        (nid, inserted))} if inserted else {}


def _blocks_unchanged(conn: psycopg.Connection, seen: Seen, note_id: str,
                      gone: set[str]) -> bool:
    """Are the blocks about to be removed still at the versions seen (locked until the end
    of the transaction)? A block edited meanwhile is not removed unseen."""
    if not gone:
        return True
    rows = conn.execute("SELECT id, version FROM note_blocks WHERE note_id = %s "
                        "AND id = ANY(%s) FOR UPDATE", (note_id, sorted(gone))).fetchall()
    return all(seen.blocks.get((note_id, bid), (0, {}))[0] == int(v) for bid, v in rows)


class _Undo(Exception):
    """Rolls back a checked transaction that turned out to be refused."""


def _restructure(conn: psycopg.Connection, seen: Seen, note: dict[str, Any],
                 position: int) -> Refused | None:
    """Write a note's new structure if the note is still at the version seen and the
    blocks it removes are too; else a ``Refused`` with both notes."""
    nid = str(note["id"])
    version, before = seen.notes[nid]
    gone = {str(b["id"]) for _, b in _block_list(before)} - {
        str(b["id"]) for _, b in _block_list(note)}
    bumped = None
    inserted: dict[str, int] = {}
    try:
        with conn.transaction():
            bumped = blocks.bump_note(conn, nid, version)
            if bumped is not None:
                if not _blocks_unchanged(conn, seen, nid, gone):
                    raise _Undo
                inserted = _write_structure(conn, note, position, bumped)
    except _Undo:
        bumped = None
    if bumped is not None:
        _accept_note(seen, note, bumped, inserted)
        return None
    now, theirs = _server_note(conn, nid)
    return Refused(nid, "", copy.deepcopy(note), theirs, now)


def _accept_note(seen: Seen, note: dict[str, Any], version: int,
                 inserted: dict[str, int]) -> None:
    """``seen`` after the note's structure was written: its new version and data; the
    blocks it inserted at their stored version, blocks it removed forgotten."""
    nid = str(note["id"])
    old = seen.notes.get(nid, (0, {}))[1]
    kept = {str(b["id"]): seen.blocks.pop((nid, str(b["id"])), None)
            for _, b in _block_list(old)}
    for _, b in _block_list(note):
        bid = str(b["id"])
        before = kept.get(bid)
        if bid in inserted:
            seen.blocks[(nid, bid)] = (inserted[bid], copy.deepcopy(b))
        else:  # a block stored but never seen (cannot happen): its next write is refused
            seen.blocks[(nid, bid)] = before if before is not None else (0, {})
    seen.notes[nid] = (version, copy.deepcopy(note))


def _insert_note(conn: psycopg.Connection, seen: Seen, note: dict[str, Any],
                 position: int) -> Refused | None:
    nid = str(note["id"])
    with conn.transaction():
        row = conn.execute("INSERT INTO notes (id, position) VALUES (%s, %s) "
                           "ON CONFLICT (id) DO NOTHING RETURNING version",
                           (nid, position)).fetchone()
        if row is not None:
            inserted = _write_structure(conn, note, position, int(row[0]))
    if row is not None:
        for _, b in _block_list(note):
            seen.blocks.pop((nid, str(b["id"])), None)
        _accept_note(seen, note, int(row[0]), inserted)
        return None
    now, theirs = _server_note(conn, nid)
    return Refused(nid, "", copy.deepcopy(note), theirs, now)


def _delete_note(conn: psycopg.Connection, seen: Seen, note_id: str) -> Refused | None:
    version, before = seen.notes[note_id]
    held = {str(b["id"]) for _, b in _block_list(before)}
    with conn.transaction():
        locked = conn.execute("SELECT version FROM notes WHERE id = %s FOR UPDATE",
                              (note_id,)).fetchone()
        if locked is None:
            gone_already = True
        elif int(locked[0]) == version and _blocks_unchanged(conn, seen, note_id, held):
            conn.execute("DELETE FROM notes WHERE id = %s", (note_id,))
            gone_already = True
        else:
            gone_already = False
    if gone_already:
        seen.notes.pop(note_id, None)
        for bid in held:
            seen.blocks.pop((note_id, bid), None)
        return None
    now, theirs = _server_note(conn, note_id)
    return Refused(note_id, "", None, theirs, now)


def _save_values(conn: psycopg.Connection, seen: Seen, note: dict[str, Any],
                 edit_ids: dict[_Key, str]) -> list[Refused]:
    """Each block of a known note whose value differs from the one seen: ``save_block``."""
    nid = str(note["id"])
    refused = []
    for _, block in _block_list(note):
        key = (nid, str(block["id"]))
        if key not in seen.blocks or seen.blocks[key][1] == block:
            continue
        version = seen.blocks[key][0]
        try:
            done = blocks.save_block(conn, nid, key[1], version, block, edit_ids.get(key))
        except DbError:  # removed on the server (or no longer one this role may see)
            refused.append(Refused(nid, key[1], copy.deepcopy(block), None, 0))
            continue
        if done.accepted:
            seen.blocks[key] = (done.version, copy.deepcopy(block))
            _set_block(seen, nid, block)
        else:
            refused.append(Refused(nid, key[1], copy.deepcopy(block), done.current,
                                   done.version))
    return refused


def _set_block(seen: Seen, note_id: str, block: dict[str, Any]) -> None:
    """The block's value in the note ``seen`` holds (kept in step with ``seen.blocks``)."""
    if note_id not in seen.notes:
        return
    for section in seen.notes[note_id][1].get("sections") or []:
        for i, b in enumerate(section.get("blocks") or []):
            if str(b["id"]) == str(block["id"]):
                section["blocks"][i] = copy.deepcopy(block)


def save_notes(conn: psycopg.Connection, seen: Seen, notes: list[dict[str, Any]], *,
               edit_ids: dict[_Key, str] | None = None) -> list[Refused]:
    """Write what ``notes`` changed since ``seen`` (see the module's docstring); returns what
    the server refused, each with both values. ``seen`` is updated in place for what was
    accepted. Each write is its own transaction (open transactions are ended first); a
    ``psycopg.OperationalError`` (a dropped connection) leaves the last write's outcome
    unknown: reconnect and call again with the same ``edit_ids`` — a block edit that went
    in is not applied twice, and the rest is compared again."""
    _end_transaction(conn)
    before = conn.isolation_level
    conn.isolation_level = psycopg.IsolationLevel.READ_COMMITTED
    try:
        return _save(conn, seen, notes, edit_ids or {})
    finally:
        _end_transaction(conn)
        conn.isolation_level = before


def _save(conn: psycopg.Connection, seen: Seen, notes: list[dict[str, Any]],
          edit_ids: dict[_Key, str]) -> list[Refused]:
    refused: list[Refused] = []
    wanted = {str(n["id"]) for n in notes}
    for note_id in [n for n in seen.notes if n not in wanted]:
        if (gone := _delete_note(conn, seen, note_id)) is not None:
            refused.append(gone)
    for position, note in enumerate(notes):
        nid = str(note["id"])
        if nid not in seen.notes:
            if (taken := _insert_note(conn, seen, note, position)) is not None:
                refused.append(taken)
            continue
        if _skeleton(note) != _skeleton(seen.notes[nid][1]) and (
                shape := _restructure(conn, seen, note, position)) is not None:
            refused.append(shape)
        refused.extend(_save_values(conn, seen, note, edit_ids))
    _reorder(conn, seen, [str(n["id"]) for n in notes])
    return refused


def _reorder(conn: psycopg.Connection, seen: Seen, order: list[str]) -> None:
    """The notes' order in the list, when only that changed. It is the project's, not a
    note's, so it is not version checked: the last order saved is the list's order."""
    known = [nid for nid in order if nid in seen.notes]
    if known == [nid for nid in seen.notes if nid in set(known)]:
        return
    with conn.transaction(), conn.cursor() as cur:
        cur.executemany("UPDATE notes SET position = %s WHERE id = %s",
                        [(i, nid) for i, nid in enumerate(order) if nid in seen.notes])
    rest = {k: v for k, v in seen.notes.items() if k not in set(known)}
    seen.notes = {**{nid: seen.notes[nid] for nid in known}, **rest}


def catch_up(conn: psycopg.Connection, seen: Seen, refused: list[Refused]) -> None:
    """Make ``seen`` hold the server's version of what was refused, so that ``save_notes``
    with one's own notes then writes them over the other writer's ("keep mine"), or so
    that one's notes can take ``theirs`` without it being written back ("take theirs").

    A refused block takes the server's version and value; one removed there is forgotten,
    so keeping it puts it back. A refused note takes the server's note version and
    structure; the blocks one's own note holds keep the versions and values seen (one's
    unchanged blocks are then not written over others' newer values; a block of one's own
    removed there is put back), blocks only the server holds take the server's.
    A note deleted there is forgotten: keeping it makes it again."""
    for r in refused:
        key = (r.note_id, r.block_id)
        if r.block_id and r.theirs is not None:
            seen.blocks[key] = (r.version, copy.deepcopy(r.theirs))
            continue
        if r.block_id:
            seen.blocks.pop(key, None)
            mine = {bid for (nid, bid) in seen.blocks if nid == r.note_id}
        else:
            mine = {str(b["id"]) for _, b in _block_list(r.mine or {})}
        found, notes = _snapshot(conn, r.note_id)
        if r.note_id not in notes:
            seen.notes.pop(r.note_id, None)
            for old in [k for k in seen.blocks if k[0] == r.note_id]:
                del seen.blocks[old]
            continue
        seen.notes[r.note_id] = notes[r.note_id]
        for old in [k for k in seen.blocks
                    if k[0] == r.note_id and k not in found and k[1] not in mine]:
            del seen.blocks[old]
        for bkey, value in found.items():
            if bkey[1] in mine:
                seen.blocks.setdefault(bkey, value)
            else:
                seen.blocks[bkey] = value
