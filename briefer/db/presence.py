"""Who else has the project open, and on which note (see migration 4).

Each open window calls ``beat`` every few seconds with its own session id and the note it
shows, and ``leave`` when it closes; ``others`` lists the windows whose heartbeat is recent
(within ``STALE_S``), this one left out. The server says who each is (``current_user``), and
row-level security shows a window only to the roles cleared for its note.
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

STALE_S = 15  # a heartbeat older than this: the window is gone (crashed, offline)


@dataclass(frozen=True)
class Here:
    """Another window on the project: its analyst (the server's role name) and note."""

    role: str
    note_id: str


def beat(conn: psycopg.Connection, session_id: str, note_id: str) -> None:
    """Say this window is here, showing ``note_id`` (on an autocommit connection)."""
    conn.execute("INSERT INTO presence (session_id, note_id) VALUES (%s, %s) "
                 "ON CONFLICT (session_id) DO UPDATE SET note_id = EXCLUDED.note_id, "
                 "heartbeat = now()", (session_id, note_id))


def others(conn: psycopg.Connection, session_id: str) -> list[Here]:
    """The other windows here now, by analyst then note."""
    rows = conn.execute(
        "SELECT DISTINCT role_name, note_id FROM presence WHERE session_id <> %s AND "
        "heartbeat > now() - make_interval(secs => %s) ORDER BY role_name, note_id",
        (session_id, STALE_S)).fetchall()
    return [Here(str(role), str(note)) for role, note in rows]


def leave(conn: psycopg.Connection, session_id: str) -> None:
    """This window closes: its row goes (else it would age out)."""
    conn.execute("DELETE FROM presence WHERE session_id = %s", (session_id,))
