"""A team project's save sent to the server on a worker (``ServerLink.push``), whatever
the project's size.

Deciding what a save sends reads the whole private copy and hashes every source's files
(about 0.9 s at 10,000 sources), and sending waits on the server (a colleague's
transaction can hold a row for seconds; a distant server costs a round trip per block,
266 ms for a plain save of 49 sources even on this machine). Both run on a worker, on a
connection of its own (a psycopg connection is never shared across threads); the
window's thread keeps only what must be consistent with the window:

- before: the notes as the window holds them (``project_to_dict``, a few milliseconds),
  the blocks to send and their edit ids, journalled in the copy's state file together
  with an unsent count of at least one. A window closed while the worker runs (its
  result then goes nowhere) so keeps its copy, and the next open sends it again; the
  journal's edit ids make that replay apply each block once.
- after: the checkout written back and what was seen of the notes become the copy's
  state (what the window's thread heard meanwhile, newer, is kept), and the outcome is
  told (the status bar, the choice where notes both changed, an error).

The worker reads only its snapshots and the copy on disk, and writes only to the server.
A save asked while one is on its way is queued (``queued``) and sent once it has
landed, never beside it; what it did not snapshot stays in the window (unsaved) or in
the copy (saved, counted unsent) until then. Where the copy changed sources, excerpts or
outline and the server moved on, nothing is sent: the save is merged on a worker as a
colleague's change is taken in (``ProjectNews.merge_for_save``), then sent. Where notes
both changed, the user's choice is asked on the window's thread (``ServerLink._resolve``)
and the notes chosen are sent again; a dropped connection is tried again once at once,
then after ``ServerLink``'s ``RETRY_MS``.

Until a save has landed (a save queued after it too) the window's file actions wait for
it (``pending``, through ``ServerLink.on_its_way``): a window closed right after Ctrl+S
closes once the server has the save, as the window's own send did before.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import psycopg
from PySide6.QtCore import QObject, QTimer

from briefer.db import blocks, note_sync, workspace
from briefer.db.connect import DbError, connect
from briefer.db.note_sync import Refused, Seen
from briefer.gui.server_copy import changed_since
from briefer.gui.server_removed import blocks_of
from briefer.gui.server_store import checkout_json
from briefer.gui.server_take import snapshot, uncollected
from briefer.gui.workers import Task
from briefer.io.project_file import load_project
from briefer.io.project_yaml import notes_form, project_to_dict

if TYPE_CHECKING:
    from briefer.gui.server_link import ServerLink

log = logging.getLogger(__name__)
_Key = tuple[str, str]
JOURNAL_WAIT_S = 60  # a state file not written by then: the send fails (said), nothing sent


def dropped(exc: BaseException) -> bool:
    """Did this fail because the server could not be reached (rather than refused)?"""
    return isinstance(exc, psycopg.OperationalError) or (
        isinstance(exc, DbError) and isinstance(exc.__cause__, psycopg.OperationalError))


@dataclass
class Sent:
    """What a send on the worker did (``error``: what stopped it, the rest as far as it
    got)."""

    behind: bool = False  # the copy's sources/excerpts/outline changed, the server moved on
    checkout: workspace.Checkout | None = None  # the copy's checkout now (written back)
    checkout_text: str | None = None  # its JSON, for the state file
    seen: Seen | None = None  # what was seen of the notes once they were sent
    refused: list[Refused] = field(default_factory=list)
    error: BaseException | None = None


def send_work(url: str, old: workspace.Checkout, seen: Seen, notes: list[dict[str, Any]],
              ids: dict[_Key, str], journalled: Callable[[], None] = lambda: None
              ) -> Callable[[Any, Callable[[], bool]], Sent]:
    """The job for a ``TaskRunner``: ``old`` a ``snapshot`` of the copy's checkout, ``seen``
    a copy of what was seen of the notes (updated here as ``note_sync.save_notes`` does),
    ``notes`` and ``ids`` the notes and edit ids journalled on the window's thread;
    ``journalled`` returns once that journal is on the disk (raises if it cannot be)."""

    def work(_progress: Any, _cancelled: Callable[[], bool]) -> Sent:
        sent = Sent()
        try:
            journalled()
            conn = connect(url)
        except Exception as exc:
            sent.error = exc
            return sent
        try:
            _send(conn, old, seen, notes, ids, sent)
        except Exception as exc:
            sent.error = exc
        finally:
            conn.close()
        return sent

    return uncollected(work)


def _send(conn: psycopg.Connection, old: workspace.Checkout, seen: Seen,
          notes: list[dict[str, Any]], ids: dict[_Key, str], sent: Sent) -> None:
    project = load_project(old.folder, outline=False)  # once: also what is written back
    data = notes_form(project_to_dict(project))
    prints = workspace._fingerprints(old.folder, data)
    changed = changed_since(old, data, prints)
    if changed:
        row = conn.execute("SELECT version FROM project").fetchone()
        conn.rollback()
        if row is not None and int(row[0]) != old.version:
            sent.behind = True  # merged first (``server_copy``), nothing sent now
            return
        # excerpts (with the project) first: a quotation sent is never heard before the
        # excerpt it quotes is there to read
        workspace.write_back(conn, workspace.Checkout(
            old.folder, old.version, {**old.data, "notes": data.get("notes")}, old.sources),
            data, prints, project)
    checkout = workspace.Checkout(old.folder, old.version + (1 if changed else 0), data,
                                  prints)
    sent.checkout, sent.checkout_text = checkout, checkout_json(checkout)
    # updated in place for each write accepted: a drop mid-way keeps what went in (the
    # last write's outcome is asked by its journalled edit id)
    sent.seen = seen
    sent.refused = note_sync.save_notes(conn, seen, notes, edit_ids=ids)


def merged_seen(before: Seen, after: Seen, now: Seen) -> Seen:
    """What was seen once a send landed: the worker's (``after``, from ``before``), with
    what the window's thread changed meanwhile (``now``: a colleague's block heard,
    a removed block forgotten) where that is newer."""

    def merge(before: dict[Any, Any], after: dict[Any, Any], now: dict[Any, Any]
              ) -> dict[Any, Any]:
        result = dict(after)
        for key, value in now.items():
            if before.get(key) is not value and (
                    key not in result or result[key][0] <= value[0]):
                result[key] = value
        for key, value in before.items():
            if key not in now and result.get(key) is value:
                del result[key]
        return result

    return Seen(merge(before.blocks, after.blocks, now.blocks),
                merge(before.notes, after.notes, now.notes))


@dataclass
class _Asked:
    """The window when a send started."""

    checkout: workspace.Checkout  # the copy's checkout (the object)
    seen: Seen  # a shallow copy of what was seen
    notes: list[dict[str, Any]]  # the notes sent
    attempt: int  # 0, 1, 2: a send after notes both changed was resolved
    again: bool  # sent anew after a dropped connection


class Sending(QObject):
    """Sends its link's saves on a worker, one at a time (see module notes)."""

    def __init__(self, link: ServerLink) -> None:
        super().__init__(link)
        self.link = link
        self.task: Task | None = None
        self.queued = False  # a save came while one was on its way: sent after it
        self.starting = False  # ``begin``: to start at the event loop's next turn
        self.next_due = False  # the queued save: to start at the event loop's next turn

    def busy(self) -> bool:
        return self.task is not None or self.starting

    def pending(self) -> bool:
        """A save on its way, or queued after it? (Not while ``_landed`` asks the user to
        choose: nothing is on the worker then.)"""
        return self.busy() or self.next_due

    def begin(self) -> None:
        """A save to send (``link._pushing`` is set): the notes as saved are taken now,
        the rest starts at the event loop's next turn, not in the slot of the folder save
        that ends (their work adds up)."""
        self.starting = True
        notes = self.link.notes()
        self.link.state.unsent = max(1, self.link.state.unsent)
        self.link.state.sending(True)  # until it lands: closed meanwhile, the copy is kept
        QTimer.singleShot(0, lambda: self._begun(notes))

    def _begun(self, notes: list[dict[str, Any]]) -> None:
        self.starting = False
        if self.link.serves():
            self.start(notes=notes)
        else:
            self._ended(None, False)

    def start(self, attempt: int = 0, again: bool = False,
              notes: list[dict[str, Any]] | None = None) -> None:
        """Journal what is sent, then send it on the worker (``link._pushing`` is set).
        ``notes``: as the window held them when saved (else now)."""
        link = self.link
        state = link.state
        if state.journal:  # writes whose outcome a drop left unknown: asked first
            self._settle(dict(state.journal), again, notes)
            return
        notes = link.notes() if notes is None else notes
        seen = state.seen
        changed = {k: v for k, v in blocks_of(notes).items()
                   if k in seen.blocks and seen.blocks[k][1] != v}
        ids = {k: blocks.new_edit_id() for k in changed}
        state.journal = {k: (ids[k], copy.deepcopy(v)) for k, v in changed.items()}
        # until it lands the copy counts as unsent: closed meanwhile, it is kept
        state.unsent = max(1, state.unsent, link.unsent(notes))
        # on the disk before sending (written off this thread, the worker waits for it): a
        # drop or a close mid-way leaves ids to ask about
        number = state.save()
        asked = _Asked(state.checkout, Seen(dict(seen.blocks), dict(seen.notes)), notes,
                       attempt, again)
        work = send_work(link.url, snapshot(state.checkout),
                         Seen(dict(seen.blocks), dict(seen.notes)), notes, ids,
                         lambda: state.wait(number, JOURNAL_WAIT_S))

        def hook_up(task: Task) -> None:
            task.signals.finished.connect(lambda sent: self._landed(asked, sent))
            task.signals.failed.connect(lambda message: self._ended(
                Sent(error=DbError("{reason}", reason=message)), again))

        self.task = link.runner.start(work, hook_up)

    def _landed(self, asked: _Asked, sent: Sent) -> None:
        self.task = None
        link = self.link
        state = link.state
        if not link.serves() or state.checkout is not asked.checkout:
            self._ended(None, asked.again)  # another copy now: its own saves send it
            return
        if sent.checkout is not None:
            state.checkout = sent.checkout
            state.checkout_changed(sent.checkout_text)
        if sent.seen is not None:
            state.seen = merged_seen(asked.seen, sent.seen, state.seen)
        if sent.error is not None:
            state.save()  # the journal kept: what went in is asked before sending again
            self._ended(sent, asked.again)
            return
        # each write's outcome is known (or none was sent: a merge first); the state is
        # saved by what follows (at 10,000 sources one save is 20-40 ms of the window's)
        state.journal = {}
        if sent.behind:
            # merged on a worker too (``server_project``), then sent: at 190 sources the
            # merge held the window's thread 0.6 s
            link.news.merge_for_save()
            link._set_unsent(max(1, link.unsent()))
            self._ended(None, False)
            return
        if sent.refused:
            resolved = asked.attempt < 2 and self._resolve(sent.refused)
            if resolved:
                self.start(asked.attempt + 1)  # sent again, from the notes chosen
                return
            if resolved is None:
                return  # said as a failed send
            link._set_unsent(link.unsent())
            link._saved_here()
            self._ended(None, False)
            return
        link._sent_all(changed=link.notes() != asked.notes)
        self._ended(None, False)

    def _settle(self, journal: dict[_Key, tuple[str, dict[str, Any]]], again: bool,
                notes: list[dict[str, Any]] | None) -> None:
        """Block writes sent before a drop, asked about on the worker: those that went in
        become what was seen (not sent again), the others are sent anew with new ids."""
        link = self.link
        url = link.url

        def work(_progress: Any, _cancelled: Callable[[], bool]
                 ) -> dict[_Key, int | None] | BaseException:
            try:
                with connect(url) as conn:
                    return {key: blocks.edit_status(conn, edit_id)
                            for key, (edit_id, _value) in journal.items()}
            except Exception as exc:
                return exc

        def landed(versions: dict[_Key, int | None] | BaseException) -> None:
            self.task = None
            if isinstance(versions, BaseException):
                self._ended(Sent(error=versions), again)
                return
            state = link.state
            if not link.serves() or state.journal != journal:
                self._ended(None, again)
                return
            for key, version in versions.items():
                if version is not None:
                    state.seen.blocks[key] = (version, copy.deepcopy(journal[key][1]))
            state.journal = {}
            state.save()
            self.start(again=again, notes=notes)

        def hook_up(task: Task) -> None:
            task.signals.finished.connect(landed)
            task.signals.failed.connect(lambda message: self._ended(
                Sent(error=DbError("{reason}", reason=message)), again))

        self.task = link.runner.start(work, hook_up)

    def _resolve(self, refused: list[Refused]) -> bool | None:
        """The user's choice where both changed notes (``ServerLink._resolve``); None when
        the server could not be asked (then said as a failed send)."""
        link = self.link
        try:
            return link._resolve(link._connection(), refused)
        except Exception as exc:
            self._ended(Sent(error=exc), False)
            return None

    def _ended(self, sent: Sent | None, again: bool) -> None:
        """The send is over (``sent``: how it failed, if it did)."""
        link = self.link
        self.task = None
        error = sent.error if sent is not None else None
        if error is not None:
            if dropped(error) and not again and link.serves():
                log.info("team server connection lost while sending: %s", error)
                self.start(again=True)
                return
            link._send_failed(error)
        link._pushing = False
        link.state.sending(False)  # the state file says what is unsent now
        self._next()

    def _next(self) -> None:
        """A save queued while this one was on its way: sent now."""
        if self.queued:
            self.queued = False
            self.next_due = True
            QTimer.singleShot(0, self._send_queued)

    def _send_queued(self) -> None:
        self.next_due = False
        self.link.push()
