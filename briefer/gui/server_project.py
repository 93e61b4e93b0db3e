"""A colleague's sources, excerpts or outline edits, heard while the window is open
(``server_listen``'s ``project``: the project's version on the server moved, schema 6).

Taking them in is the job a save already does when the server is ahead (a fresh checkout,
the three-way merge of the project's data, the notes as this window holds them), so the
same code does it (``server_rebase``), at once instead of at the next save, and the
window then works on the fresh copy. That is done only when this window has no change of
those kinds of its own, neither saved in its copy and not yet sent nor still unsaved in
memory: then the merge has nothing to ask and nothing of this user's can be lost.
Otherwise nothing happens now and the next save merges, as before (its dialog asks about
a part both changed).

The checkout, the merge, the fresh copy's files and the loading of the project run on a
worker (``server_take``: seconds at 10,000 sources), so the window stays in use
meanwhile; only the swap is on its thread. The user may go on editing: when the result
lands, the notes as the window holds them *then* are carried over (an edit typed during
the take-in stays, unsent edits are still sent and checked at the next save, against the
versions seen, which stay); if the sources, excerpts or outline were changed here
meanwhile, the result is dropped and the next save merges, so no edit is ever replaced by
an older state. A save asked while a take-in is on its way is written to the copy at
once, and sent once the take-in has landed (``ServerLink.push`` waits for it), so the two
never run at once; a window left with unsent changes is so marked, and the copy kept.

A window that had unsaved changes stays marked so, one that had none is not marked. The
undo history starts again (it belonged to the old copy), as after a merged save. When
nothing this window's role can see changed (a source above its clearance, the list of
notes), it keeps its copy and history and only notes the new version.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from briefer.db.workspace import Checkout
from briefer.gui.server_copy import move_to
from briefer.gui.server_store import LocalState
from briefer.gui import dialogs
from briefer.gui.server_take import Job, Taken, finish_work, rest, snapshot, take_work
from briefer.gui.workers import Task
from briefer.io.project_yaml import notes_form, project_to_dict

if TYPE_CHECKING:
    from briefer.gui.server_link import ServerLink

log = logging.getLogger(__name__)
LATER_MS = 300  # a version heard while this window is saving is looked at again after this


@dataclass
class _Asked:
    """The window as it was when a take-in started."""

    here: dict[str, Any]  # the project's data (``project_to_dict``, notes form)
    checkout: Checkout  # the copy's checkout then (the object: replaced when sent)
    version: int
    modified: bool
    saving: bool  # a save's merge (its copy has changes of its own), not a take-in
    seen_text: str  # the state's ``seen_text`` then
    sources_edits: int  # ``ProjectNews.sources_edits`` then


class ProjectNews(QObject):
    """Takes a colleague's project changes into its link's window (see module notes)."""

    def __init__(self, link: ServerLink) -> None:
        super().__init__(link)
        self.link = link
        self.waiting = 0  # the newest version heard and not yet taken in
        self.task: Task | None = None  # a take-in on its way
        self.push_after = False  # a save came while it was: sent once it lands
        self.asking = False  # a save's merge asks the user to choose (its task still set)
        # sources changed in the window (their metadata is in the sidecars, not in the
        # project's data compared): one changed during a take-in drops it
        self.sources_edits = 0
        link.session.sourcesChanged.connect(self._sources_edited)

    def _sources_edited(self) -> None:
        self.sources_edits += 1

    def busy(self) -> bool:
        """Is a take-in on its way (a save is then sent once it has landed)?"""
        return self.task is not None

    def sending_after(self) -> bool:
        """Is a save waiting for this take-in (or merge) to land, then to be sent? Not
        while the user is asked to choose: a wait then would hold the choice."""
        return self.task is not None and self.push_after and not self.asking

    def heard(self, version: int) -> None:
        link = self.link
        if not link.serves() or version <= link.state.checkout.version:
            return
        self.waiting = max(self.waiting, version)
        if self.task is not None:
            return  # the one on its way looks again when it lands
        if link._pushing or link.window.files.saving is not None:
            QTimer.singleShot(LATER_MS, self._again)  # the save may take it in itself
            return
        if link.online:
            self._take_in()  # with changes of this window's own, the next save merges

    def after_save(self) -> None:
        """A save was sent: take in what others changed meanwhile and was left for it
        (one heard while this window had changes of its own)."""
        if self.waiting <= self.link.state.checkout.version:
            self.waiting = 0  # the save's own merge took them in
        elif self.link.online and self.task is None:
            self._take_in()

    def _again(self) -> None:
        if self.waiting:
            self.heard(self.waiting)

    def merge_for_save(self) -> None:
        """A save whose copy has changes of its own while the server moved on: the merge
        runs as a take-in does, then the save is sent (``server_send``)."""
        self.push_after = True
        self._take_in(saving=True)
        self.link.window.statusBar().showMessage(self.tr(
            "Merging with what someone else changed on the team server…"))

    def _take_in(self, saving: bool = False) -> None:
        link = self.link
        here = notes_form(project_to_dict(link.session.project))
        checkout = link.state.checkout
        if not saving and (rest(here) != rest(checkout.data)
                           or link.session.project.dirty_meta):
            return  # changed here (saved, or not yet): the next save merges, no worker
        asked = _Asked(here, checkout, checkout.version, link.window.files.is_modified(),
                       saving, link.state.seen_text(), self.sources_edits)
        self._start(asked, take_work(link.url, link.state.root.parent, snapshot(checkout),
                                     here, asked.seen_text, saving=saving))

    def _start(self, asked: _Asked, work: Job) -> None:
        def hook_up(task: Task) -> None:
            task.signals.finished.connect(lambda taken: self._landed(asked, taken))
            task.signals.failed.connect(lambda message: self._failed(asked, message))
            task.signals.cancelled.connect(lambda: self._ended(asked))

        self.task = self.link.runner.start(work, hook_up)

    def _failed(self, asked: _Asked, message: str) -> None:
        log.info("the project's changes were not taken in now: %s", message)
        self._ended(asked)  # the next save merges them

    def _ended(self, asked: _Asked, took: bool = False) -> None:
        self.task = None
        self._send_saved(asked, took)

    def _landed(self, asked: _Asked, taken: Taken) -> None:
        link = self.link
        if link.window.files.saving is not None and link.serves():
            # a save of the copy is being written: the swap waits for it to end
            QTimer.singleShot(LATER_MS, lambda: self._landed(asked, taken))
            return
        if taken.conflicts and self._current(asked):
            # a save's merge: both changed a part differently; the user chooses (the
            # task stays set meanwhile: another save waits for the end); put off: the
            # changes wait in the copy, unsent, as a save's merge put off does
            self.asking = True
            try:
                choices = dialogs.resolve_conflicts(link.window, taken.conflicts)
            finally:
                self.asking = False
            if choices is not None and self._current(asked):
                self._start(asked, finish_work(taken, asked.checkout, choices))
                return
        try:
            took = not taken.conflicts and self._put_in(asked, taken)
        finally:
            taken.drop()  # unless swapped in (then it is the window's copy)
        self._ended(asked, took)
        if took and self.waiting > link.state.checkout.version:
            QTimer.singleShot(LATER_MS, self._again)  # a newer version came meanwhile

    def _put_in(self, asked: _Asked, taken: Taken) -> bool:
        """Swap the fresh copy in if nothing of this user's would be lost (see module
        notes); whether the changes are now taken in."""
        link = self.link
        checkout = link.state.checkout
        if taken.own or taken.fresh is None or not self._current(asked):
            return False  # changes of its own, or sent meanwhile: the next save merges
        project = link.session.project
        now = notes_form(project_to_dict(project))
        if rest(now) != rest(asked.here) or project.dirty_meta \
                or self.sources_edits != asked.sources_edits:
            log.info("changed here during the take-in: the next save merges")
            return False
        if taken.same:  # nothing this role sees changed: the copy and history stay
            taken.drop()
            checkout.version = taken.fresh.version
            link.state.save()
            return True
        new = taken.project
        if new is None:
            return False
        # the notes as the window holds them now: edits typed during the take-in stay
        new.notes, new.current_note = project.notes, project.current_note
        state = link.state
        moved = LocalState(taken.copy or state.root, state.url, taken.fresh, state.seen,
                           state.journal, state.unsent)
        moved.checkout_changed(taken.checkout_text)  # its JSON made on the worker
        if not moved.save_as_ready(asked.seen_text):  # (its file too, unless seen moved)
            moved.save()
        taken.copy = None  # the window's copy now
        unsaved = asked.modified or link.window.files.is_modified() \
            or now["notes"] != taken.notes
        move_to(link, moved, new)
        if unsaved:
            link.window.files._set_extra_dirty(True)  # the note edits are still to be sent
        if not asked.saving:
            link.window.statusBar().showMessage(self.tr(
                "Took in the sources, excerpts or outline someone else changed on the team "
                "server."), 5000)
        return True

    def _current(self, asked: _Asked) -> bool:
        """Is the window still on the copy, at the checkout, the work was asked on?"""
        checkout = self.link.state.checkout
        return self.link.serves() and checkout is asked.checkout \
            and checkout.version == asked.version

    def _send_saved(self, asked: _Asked, took: bool) -> None:
        """A save that came during the take-in, or whose merge this was: sent now, from
        the copy in use (written again first when it holds notes the copy lacks). A save's
        merge that did not land (put off, failed, or edited meanwhile) leaves the changes
        in the copy, unsent, for the next save."""
        link = self.link
        if not self.push_after:
            return
        self.push_after = False
        if not link.serves():
            return
        if asked.saving and not took:
            link._set_unsent(max(1, link.unsent()))
            link._saved_here()
            return
        if link.window.files.is_modified():
            link.window.files.save()  # and sent (``saved``)
        else:
            link.push()
