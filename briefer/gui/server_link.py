"""A window's link to the team server its project came from: send, hear, show who is here.

The window works on the private copy as on any folder project; this object adds what a
shared project needs (see ``server_store`` for the copy, ``server_listen`` for hearing):

- *Sending*: each save of the copy (Ctrl+S, the save on closing, and the autosave: a
  team project is saved when its recovery copy would be written) is followed by a
  ``push``: the notes go block by block (``note_sync.save_notes``, each write checked
  against the version seen, under an edit id journalled first), the rest (sources,
  excerpts, outline) by ``workspace.write_back``. What the server refuses is shown with
  both texts (``server_conflicts``); nothing is lost whichever is chosen. Every save
  is decided and sent on a worker (``server_send``), one at a time: even a project of
  a few sources waits on the server (a colleague's transaction can hold a row for
  seconds, a distant server takes a round trip per block), which the window must not.
- *Hearing*: a block someone else wrote is put in the note at once, outside the undo
  history (undoing is for one's own edits; theirs is not this user's to undo, as a
  merged save is not). If this window has an unsent edit of that block, the other text is
  kept aside and the next save shows both. A block someone removed goes the same way
  (``server_removed``), or stays for that choice if it has an unsent edit here. Their
  sources, excerpts and outline are taken in on a worker (``server_project``); a save
  asked meanwhile is sent once that is done, never beside it.
- *Offline*: a save that cannot reach the server leaves the edits in the copy, their edit
  ids journalled; the status bar says how many are unsent; they are sent again when the
  listener reconnects (edit ids make the replay safe).
- *Presence*: "Also here: …" beside the notes list names the others on the same note.
"""

from __future__ import annotations

import copy
import logging
import time
import uuid
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psycopg
from PySide6.QtCore import QObject, QTimer

from briefer.db import note_sync, presence
from briefer.db.connect import DbError, connect, redact
from briefer.db.note_sync import Refused
from briefer.gui import dialogs, server_conflicts
from briefer.gui.server_apply import (forget_history, history_touches, missing_excerpts,
                                      put_block, put_excerpts, put_note)
from briefer.gui.server_listen import BlockNews, ServerSignals, listen_work
from briefer.gui.server_project import ProjectNews
from briefer.gui.server_rebase import merge_note
from briefer.gui.server_removed import Removals, blocks_of, shape
from briefer.gui.server_send import Sending, dropped
from briefer.gui.server_status import ServerLabels
from briefer.gui.server_store import LocalState, hold
from briefer.gui.workers import TaskRunner, user_message

if TYPE_CHECKING:
    from briefer.gui.main_window import MainWindow

log = logging.getLogger(__name__)
_Key = tuple[str, str]
RETRY_MS = 2000  # a send that lost its connection twice is tried again after this
WAIT_AT_MOST_S = 30.0  # file actions (closing, opening, saving) wait this long for a send


class ServerLink(QObject):
    """See module notes. Made by ``server_open`` once the copy is open in ``window``."""

    def __init__(self, window: MainWindow, url: str, conn: psycopg.Connection | None,
                 state: LocalState) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.url = url
        self.shown_url = redact(url)
        self.conn = conn
        self.state = state
        self.session_id = str(uuid.uuid4())
        self.online = conn is not None
        self.aside: dict[_Key, BlockNews] = {}  # others' texts of blocks with unsent edits
        self.others: list[presence.Here] = []
        self._pushing = False
        self._busy_since: float | None = None  # ``on_its_way`` since then, without a break
        self.failing = False  # the last send could not reach the server
        self._excerpt_tries = 0
        self._note = self.session.project.note_id()
        self.runner = TaskRunner(window)  # shut down with the window's other runners
        # the listener holds a thread for the window's life; a take-in needs another
        self.runner.pool.setMaxThreadCount(max(2, self.runner.pool.maxThreadCount()))
        self.signals = ServerSignals(self)
        self.signals.blocks.connect(self.heard)
        removals = Removals(self)
        self.signals.removed.connect(removals.heard)
        self.signals.stored.connect(removals.caught_up)
        self.signals.notes_gone.connect(removals.notes_gone)
        self.news = ProjectNews(self)
        self.sending = Sending(self)  # a large project's saves, sent on a worker
        self.signals.project.connect(self.news.heard)
        self.signals.present.connect(self._present)
        self.signals.online.connect(self._back_online)
        self.signals.offline.connect(self._went_offline)
        self.labels = ServerLabels(window)  # offline status, who else is here
        window.files.saved.connect(self.push)
        window.files.also_saving = self.on_its_way  # its waits wait for the send too
        window.autosave.written.connect(self._autosaved)
        self.session.notesChanged.connect(self._note_shown)
        self.session.noteChanged.connect(self._edited)
        self.session.projectReplaced.connect(self._replaced)
        alive = weakref.ref(self)
        self._held = lambda: (link := alive()) is not None and link.in_use()
        hold(state.root, self._held)

    # -- life ---------------------------------------------------------------------------
    def start(self) -> None:
        self.runner.start(listen_work(self.url, self.session_id, lambda: self._note,
                                      self.signals))
        if not self.online:
            self._went_offline("")

    def stop(self) -> None:
        """Another project opened in the window, or the window closes."""
        self.runner.shutdown(500)
        for signal, slot in ((self.window.files.saved, self.push),
                             (self.window.autosave.written, self._autosaved),
                             (self.session.notesChanged, self._note_shown),
                             (self.session.noteChanged, self._edited),
                             (self.session.projectReplaced, self._replaced)):
            signal.disconnect(slot)
        self.labels.close()
        try:  # its state on the disk before another window may open the copy
            self.state.wait(timeout=5)
        except Exception as exc:  # not written (said when written): the copy is kept
            log.warning("%s", exc)
        if self.window.files.also_saving == self.on_its_way:
            self.window.files.also_saving = None
        if self.conn is not None:
            self.conn.close()
        if getattr(self.window, "server_link", None) is self:
            self.window.server_link = None  # type: ignore[attr-defined]
        self.window.update_title()

    def serves(self) -> bool:
        """Is the window's project still this link's copy?"""
        path = self.session.project.path
        return bool(path) and Path(path) == self.state.folder

    def in_use(self) -> bool:
        """Is this window still working on its copy? (Closed or on another project: no.)"""
        try:
            return self.serves() and self.window.isVisible()
        except RuntimeError:  # the window is gone
            return False

    def title(self) -> str:
        """What the window's title names: the URL, never the private copy."""
        return self.shown_url if self.serves() else ""

    def _replaced(self) -> None:
        if not self.serves():
            self.stop()

    def _connection(self) -> psycopg.Connection:
        if self.conn is None or self.conn.closed or self.conn.broken:
            if self.conn is not None:
                self.conn.close()
            self.conn = None
            self.conn = connect(self.url)
        return self.conn

    # -- sending --------------------------------------------------------------------------
    def notes(self) -> list[dict[str, Any]]:
        """The notes as project.yaml holds them (``project_to_dict``'s, in the notes
        form), made without the rest: its entry for each of 10,000 sources took tens of
        milliseconds of the window's thread, at each save and each count of unsent edits."""
        return [{"id": nid, **({"name": n.name} if n.name else {}), **n.to_dict()}
                for nid, n in self.session.project.notes.items()]

    def unsent(self, notes: list[dict[str, Any]] | None = None) -> int:
        """Edits the server does not have: blocks changed since seen, and notes whose
        structure changed (added, removed, sections, details)."""
        notes = self.notes() if notes is None else notes
        seen = self.state.seen
        count = sum(1 for key, value in blocks_of(notes).items()
                    if key in seen.blocks and seen.blocks[key][1] != value)
        count += sum(1 for n in notes if str(n["id"]) not in seen.notes
                     or shape(n) != shape(seen.notes[str(n["id"])][1]))
        count += len(set(seen.notes) - {str(n["id"]) for n in notes})
        return count + (1 if self.state.unsent and not count else 0)

    def push(self) -> None:
        """Send what the saved copy changed, on a worker (``server_send``: the copy is
        read, hashed, merged when the server moved on, and sent there; the status bar
        says when it has landed); a save asked meanwhile is sent after it. Until it has
        landed ``FileController.wait_for_save`` waits (``on_its_way``): closing, opening
        another project or saving again goes on once the server has this save.

        While the listener cannot reach the server nothing is tried (a connection attempt
        could take seconds): the edits wait in the copy, counted in the status bar, until
        it reconnects. A connection that drops while sending is made again once at once
        (a backend ended by the server's administrator); failing again, the edits wait
        and a new attempt follows in ``RETRY_MS``."""
        if not self.serves():
            return
        if self._pushing:
            if self.sending.busy():  # one at a time: this one once that has landed
                self.sending.queued = True
                self._set_unsent(max(1, self.unsent()))
            return
        if self.news.busy():
            # a colleague's changes are being taken in: sent once they are (one at a
            # time); marked unsent until then, so a window closed meanwhile keeps its copy
            self.news.push_after = True
            self._set_unsent(max(1, self.unsent()))
            return
        if not self.online:
            self._set_unsent(self.unsent())
            self._saved_here()
            return
        self._pushing = True
        self.sending.begin()  # ends ``_pushing`` when it has landed

    def on_its_way(self) -> bool:
        """Is a save of this window's still on its way to the server: being sent, queued
        after one, or waiting for a colleague's changes to be taken in first? Never while
        the user is asked to choose (a wait then would hold the very choice it waits
        for), nor past ``WAIT_AT_MOST_S`` (a server that holds a row for minutes does
        not keep the window from closing: its copy is kept, counted unsent)."""
        busy = self.serves() and (self.sending.pending() or self.news.sending_after())
        if not busy:
            self._busy_since = None
            return False
        if self._busy_since is None:
            self._busy_since = time.monotonic()
        return time.monotonic() - self._busy_since < WAIT_AT_MOST_S

    def _autosaved(self, _path: str) -> None:
        """When its recovery copy is written (seconds after the typing stops), a team
        project is saved, and so sent: colleagues see an edit without waiting for Ctrl+S,
        and an edit that cannot be sent is in the private copy, not only in memory."""
        files = self.window.files
        if self.serves() and not self._pushing and files.saving is None \
                and files.is_modified():
            files.save()

    def _saved_here(self) -> None:
        """Say where the save went (the folder save names the private copy's path)."""
        self.window.statusBar().showMessage(self.tr(
            "Saved on this computer; %n edit(s) not yet sent to the team server", "",
            self.state.unsent), 8000)

    def _retry(self) -> None:
        if self.failing and self.state.pending() and self.serves():
            self.push()

    def _sent_all(self, changed: bool = False) -> None:
        """The server has the save (``changed``: the notes changed while it was sent on a
        worker: those edits are counted unsent until the next save sends them)."""
        self.aside = {k: v for k, v in self.aside.items()
                      if self.state.seen.blocks.get(k, (0, {}))[0] < v.version}
        self.failing = False
        self.state.unsent = 0
        self._set_unsent(self.unsent() if changed else 0)
        self.window.statusBar().showMessage(self.tr("Saved and sent to {0}").format(
            self.shown_url), 5000)
        self.news.after_save()  # others' project changes left for the save

    def _send_failed(self, exc: BaseException,
                     notes: list[dict[str, Any]] | None = None) -> None:
        """A send that could not reach the server (tried again in ``RETRY_MS``), or that
        the server refused (said)."""
        if dropped(exc):
            self.failing = True
            self._set_unsent(self.unsent())
            self._saved_here()
            QTimer.singleShot(RETRY_MS, self._retry)
            return
        log.info("team server refused a save: %s", exc)
        dialogs.error(self.window, self.tr("Cannot send the changes to the team server"),
                      user_message(exc))
        self._set_unsent(self.unsent(notes))

    def _resolve(self, conn: psycopg.Connection, refused: list[Refused]) -> bool:
        """A note's structure both changed is merged (``server_rebase.merge_note``); for a
        block both changed, mine or theirs is asked. False if the user put off choosing."""
        project = self.session.project
        merged: dict[str, dict[str, Any]] = {}
        asked = []
        for r in refused:
            base = self.state.seen.notes.get(r.note_id, (0, None))[1]
            if r.block_id or r.mine is None or r.theirs is None or base is None:
                asked.append(r)
                continue
            note = merge_note(base, r.mine, r.theirs, self.window)
            if note is None:
                return False
            merged[r.note_id] = note
        choices: dict[str, str] = {}
        if asked:
            picked = server_conflicts.ask(self.window,
                                          server_conflicts.conflicts_of(project, asked))
            if picked is None:
                return False
            choices = picked
        note_sync.catch_up(conn, self.state.seen, refused)
        for note_id, note in merged.items():
            put_note(project, note_id, note)
        took = bool(merged)
        for r in asked:
            if choices.get(server_conflicts.key_of(r)) != "theirs":
                continue
            took = True
            if r.block_id:
                put_block(project, r.note_id, r.block_id, r.theirs)
            else:
                put_note(project, r.note_id, r.theirs)
        if took:
            self._forget_history_of([(r.note_id, r.block_id) for r in refused])
            self.session.notify_notes()
            self.session.notify_note()
            self.window.files.save_now()  # the copy holds the text chosen (no second push)
        return True

    # -- hearing ------------------------------------------------------------------------------
    def _local_block(self, note_id: str, block_id: str) -> dict[str, Any] | None:
        note = self.session.project.notes.get(note_id)
        found = note.find_block(block_id) if note is not None else None
        return found[0].blocks[found[1]].to_dict() if found is not None else None

    def heard(self, news: list[BlockNews]) -> None:
        """Blocks as the server holds them now: take in those newer than seen."""
        if not self.serves():
            return
        seen = self.state.seen
        shown_changed = False
        taken: list[_Key] = []
        for item in news:
            key = (item.note_id, item.block_id)
            known = seen.blocks.get(key)
            if known is not None and known[0] >= item.version:
                continue  # seen already (one's own write, heard back)
            local = self._local_block(*key)
            if local == item.value:
                seen.blocks[key] = (item.version, copy.deepcopy(item.value))
                continue
            if known is None:
                if local is None:  # a block someone added: its note's structure moved on
                    self._refresh_note(item.note_id)
                    shown_changed |= item.note_id == self.session.project.current_note
                continue
            if local is not None and local != known[1]:
                self.aside[key] = item  # an unsent edit here: both shown at the next save
                self.window.statusBar().showMessage(self.tr(
                    "Someone else changed a paragraph you are editing; saving will show "
                    "both versions."), 8000)
                continue
            put_block(self.session.project, item.note_id, item.block_id, item.value)
            seen.blocks[key] = (item.version, copy.deepcopy(item.value))
            taken.append(key)
            shown_changed |= item.note_id == self.session.project.current_note
        self._fetch_excerpts()
        self.state.save()
        if taken:
            self._forget_history_of(taken)
        if shown_changed:
            self.session.notify_note()

    def _fetch_excerpts(self) -> None:
        """The excerpts a colleague's new quotations quote, read from the server (they are
        written with the project, not block by block, so no notification brings them)."""
        missing = missing_excerpts(self.session.project)
        if not missing:
            self._excerpt_tries = 0
            return
        self._excerpt_tries += 1
        if self._excerpt_tries <= 5:  # written a moment later than the quotation (CLI)
            QTimer.singleShot(1000, self._fetch_excerpts)
        try:
            conn = self._connection()
            rows = [value for (value,) in conn.execute(
                "SELECT data FROM excerpts WHERE id = ANY(%s) ORDER BY position", (missing,))]
            conn.rollback()
        except (psycopg.Error, DbError) as exc:
            log.info("excerpts %s not read: %s", missing, exc)
            return
        if put_excerpts(self.session.project, rows):
            # what the server holds is no change of this copy's to write back
            self.state.checkout.data.setdefault("excerpts", []).extend(rows)
            self.state.checkout_changed()
            self.session.notify_excerpts()

    def _forget_history_of(self, keys: list[_Key]) -> None:
        """Blocks changed under this user's undo history: see ``server_apply``."""
        stack = self.session.undo_stack
        if any(history_touches(stack, *key) for key in keys):
            forget_history(self.session, self.window.files.is_modified())
            self.window.statusBar().showMessage(self.tr(
                "Someone else changed a paragraph you had edited: undo starts from here."),
                8000)

    def _refresh_note(self, note_id: str) -> None:
        """Take in a note's new structure when this window has not changed its own."""
        seen = self.state.seen
        note = next((n for n in self.notes() if str(n["id"]) == note_id), None)
        if note is None or note_id not in seen.notes or \
                shape(note) != shape(seen.notes[note_id][1]):
            return  # changed here too: the next save meets it (both shown)
        try:
            note_sync.catch_up(self._connection(), seen,
                               [Refused(note_id, "", note, None, 0)])
        except (psycopg.Error, DbError) as exc:
            log.info("note %s not refreshed: %s", note_id, exc)
            return
        if note_id in seen.notes:
            put_note(self.session.project, note_id, seen.notes[note_id][1])
            self.session.notify_notes()

    # -- status and presence ------------------------------------------------------------------
    def _set_unsent(self, count: int) -> None:
        self.state.unsent = count
        self.state.save()
        self._show_status()

    def _show_status(self) -> None:
        self.labels.show_offline(not self.online or self.failing, self.state.unsent,
                                 self.shown_url)

    def _went_offline(self, _reason: str) -> None:
        self.online = False
        self._present([])  # who was here is not known while offline
        self.state.unsent = max(self.state.unsent, self.unsent())
        self._show_status()

    def _back_online(self) -> None:
        self.online = True
        if self.state.pending() and not self._pushing:
            self.push()
        self._show_status()

    def _edited(self) -> None:
        if not self.online or self.failing:
            self.state.unsent = self.unsent()
            self._show_status()

    def _note_shown(self) -> None:
        self._note = self.session.project.note_id()
        self._present(self.others)

    def _present(self, others: list[presence.Here]) -> None:
        self.others = list(others)
        self.labels.show_present(self.others, self._note, self.session.project.notes)
