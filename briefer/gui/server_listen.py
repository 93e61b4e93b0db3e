"""Hearing the team server while a project from it is open: others' block writes, who else
is here, and whether the server can be reached at all.

One task on the window's runner (so closing the window stops it) holds its own autocommit
connection: it ``LISTEN``s on ``blocks.CHANNEL`` and, for each write heard, reads the block
(the notification carries no text) and hands it to the window's thread, and for each
deletion heard checks, as its own role, that the note is one it may see and the block is
gone before handing that over (``removed``); every
``BEAT_S`` it writes this window's presence and reads the others'. When the connection
drops it says so (``offline``) and tries again every second; on each (re)connection it
first hands over every block's version, and which blocks the notes it may see hold, so
writes and removals made while it was not listening are caught up before it says
``online`` (when unsent edits are replayed), and the project's version after it. The
project's version moving (schema 6: a colleague's sources, excerpts or outline written) is
handed over as ``project`` (``server_project`` takes it in).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import psycopg
from PySide6.QtCore import QObject, Signal

from briefer.db import blocks, presence
from briefer.db.connect import DbError, connect

log = logging.getLogger(__name__)

BEAT_S = 3.0  # presence written and read this often (rows older than presence.STALE_S: gone)
# one wait for notifications: what is heard is handled at its end (a wait cut short loses
# what psycopg had already read), so this bounds the delay a colleague's write sees
WAIT_S = 0.05
RETRY_S = 1.0  # between attempts to reconnect


@dataclass(frozen=True)
class BlockNews:
    """A block as the server holds it now."""

    note_id: str
    section_id: str
    block_id: str
    position: int
    version: int
    value: dict[str, Any]


class ServerSignals(QObject):
    """Emitted on the listening thread, delivered on the window's (queued)."""

    blocks = Signal(object)  # list[BlockNews]
    removed = Signal(object)  # list[(note id, block id)]: blocks deleted from visible notes
    notes_gone = Signal(object)  # list[note id]: notes whose blocks were deleted with them
    stored = Signal(object)  # (visible note ids, their block keys), on each (re)connection
    project = Signal(int)  # the project's version on the server (sources, excerpts, outline)
    present = Signal(object)  # list[presence.Here]
    online = Signal()
    offline = Signal(str)  # why, for the log


_BLOCKS = ("SELECT note_id, section_id, id, position, version, data FROM note_blocks")


def _news(rows: list[tuple[Any, ...]]) -> list[BlockNews]:
    return [BlockNews(str(n), str(s), str(b), int(p), int(v), dict(d))
            for n, s, b, p, v, d in rows]


def listen_work(url: str, session_id: str, note_of: Callable[[], str],
                signals: ServerSignals) -> Callable[[Any, Callable[[], bool]], None]:
    """The task: listen until cancelled (``note_of()`` is the note this window shows)."""

    def stopped_within(cancelled: Callable[[], bool], seconds: float) -> bool:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if cancelled():
                return True
            time.sleep(0.05)
        return cancelled()

    def session(conn: psycopg.Connection, cancelled: Callable[[], bool]) -> None:
        blocks.listen(conn, project=True)
        rows = conn.execute(_BLOCKS).fetchall()
        signals.blocks.emit(_news(rows))  # what was missed: writes, then removals
        notes = {str(n) for (n,) in conn.execute("SELECT id FROM notes").fetchall()}
        signals.stored.emit((notes, {(str(r[0]), str(r[2])) for r in rows}))
        version = conn.execute("SELECT version FROM project").fetchone()
        signals.online.emit()
        if version is not None:  # what moved while not listening
            signals.project.emit(int(version[0]))
        next_beat = 0.0
        while not cancelled():
            if time.monotonic() >= next_beat:
                presence.beat(conn, session_id, note_of())
                signals.present.emit(presence.others(conn, session_id))
                next_beat = time.monotonic() + BEAT_S
            news = list(blocks.changes(conn, WAIT_S))
            changes = [c for c in news if isinstance(c, blocks.Change)]
            heard = {(c.note_id, c.block_id) for c in changes if not c.deleted}
            if heard:
                rows = [r for key in sorted(heard) for r in conn.execute(
                    _BLOCKS + " WHERE note_id = %s AND id = %s", key).fetchall()]
                signals.blocks.emit(_news(rows))
            # a deletion is acted on only if this role may see the note and the block is
            # not there (again): what it may not read, it is not told of
            removed = sorted({(c.note_id, c.block_id) for c in changes if c.deleted
                              and blocks.gone(conn, c.note_id, c.block_id)})
            if removed:
                signals.removed.emit(removed)
            # a whole note deleted takes its blocks with it: heard as their deletions
            notes_gone = sorted(n for n in {c.note_id for c in changes if c.deleted}
                                if blocks.note_gone(conn, n))
            if notes_gone:
                signals.notes_gone.emit(notes_gone)
            moved = [c.version for c in news if isinstance(c, blocks.ProjectChange)]
            if moved:
                signals.project.emit(max(moved))
        presence.leave(conn, session_id)

    def work(_progress: Any, cancelled: Callable[[], bool]) -> None:
        was_online = True
        while not cancelled():
            try:
                with connect(url, autocommit=True) as conn:
                    was_online = True
                    session(conn, cancelled)
            except (psycopg.Error, DbError) as exc:
                log.info("team server unreachable: %s", exc)
                if was_online:
                    signals.offline.emit(str(exc))
                was_online = False
                if stopped_within(cancelled, RETRY_S):
                    return

    return work
