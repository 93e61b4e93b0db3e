"""Clearances: which markings a PostgreSQL role may read (enforced by the server's
row-level security, see migration 2). Granting is the database owner's act."""

from __future__ import annotations

import psycopg
from psycopg import sql

from briefer.db.connect import DbError

TABLES = ("project", "sources", "excerpts", "notes", "note_sections", "note_blocks",
          "block_edits", "presence")
_TOP = 6  # the level of TOP SECRET, and of any marking the server does not recognise


def level_of(conn: psycopg.Connection, marking: str) -> int:
    """The server's level for a marking (0 unclassified … 6 top secret)."""
    row = conn.execute("SELECT briefer_marking_level(%s)", (marking,)).fetchone()
    return int(row[0]) if row else _TOP


def _known(conn: psycopg.Connection, marking: str) -> int:
    """The level of a marking the server recognises; a ``DbError`` for any other (read as
    the top level, it would clear a role for everything or hide a source from everyone)."""
    level = level_of(conn, marking)
    if level == _TOP and not marking.strip().upper().startswith(("TOP SECRET",
                                                                  "TRÈS SECRET")):
        raise DbError("{marking!r} is not a marking Briefer knows (e.g. UNCLASSIFIED, "
                      "PROTECTED A, PROTECTED B, SECRET).", marking=marking)
    return level


def mark_source(conn: psycopg.Connection, source_id: str, marking: str) -> int:
    """Give a source its marking (the caller commits); returns the marking's level.

    The marking is the metadata's ``classification`` field, as in a folder's sidecar (the
    ``marking`` column follows it), so a pull carries it back to the folder."""
    level = _known(conn, marking)
    done = conn.execute("UPDATE sources SET meta = jsonb_set(meta, '{classification}', "
                        "to_jsonb(%s::text)) WHERE id = %s",
                        (" ".join(marking.split()).upper(), source_id))
    if done.rowcount == 0:
        raise DbError("No source {id!r} in this database (or not one you may see).",
                      id=source_id)
    return level


def grant(conn: psycopg.Connection, role: str, clearance: str) -> int:
    """Let ``role`` read and write the project's rows up to ``clearance``; returns its level.

    The caller commits. A marking the server does not recognise is refused.
    """
    level = _known(conn, clearance)
    who = sql.Identifier(role)
    try:
        conn.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(who))
        conn.execute(sql.SQL("GRANT SELECT ON briefer_schema, vocabulary TO {}").format(who))
        conn.execute(sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON {} TO {}").format(
            sql.SQL(", ").join(map(sql.Identifier, TABLES)), who))
        conn.execute("INSERT INTO clearances (role_name, level) VALUES (%s, %s) "
                     "ON CONFLICT (role_name) DO UPDATE SET level = EXCLUDED.level",
                     (role, level))
    except psycopg.Error as exc:
        conn.rollback()
        raise DbError("Cannot grant {role} access ({reason}).", role=role,
                      reason=str(exc).strip().splitlines()[0]) from exc
    return level
