"""A colleague's sources, excerpts or outline edits, heard while the window is open
(``server_listen``'s ``project``: the project's version on the server moved, schema 6).

Taking them in is the job a save already does when the server is ahead
(``server_rebase.rebase``: a fresh checkout, the three-way merge of the project's data,
the notes as this window holds them), so the same code does it, at once instead of at
the next save, and the window then works on the fresh copy (``ServerLink._move_to``).
That is done only when this window has no change of those kinds of its own, neither
saved in its copy and not yet sent nor still unsaved in memory: then the merge has
nothing to ask and nothing of this user's can be lost. Otherwise nothing happens now and
the next save merges, as before (its dialog asks about a part both changed).

The window's notes are carried over as it holds them, unsent edits included, and the
versions seen of them stay, so those edits are still sent (and checked) at the next save;
a window that had unsaved changes stays marked so, one that had none is not marked. The
undo history starts again (it belonged to the old copy), as after a merged save. When
nothing this window's role can see changed (a source above its clearance, the list of
notes), it keeps its copy and history and only notes the new version.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import psycopg
from PySide6.QtCore import QObject, QTimer

from briefer.db.connect import DbError
from briefer.gui.server_rebase import rebase
from briefer.gui.server_store import release
from briefer.io.project_yaml import notes_form, project_to_dict

if TYPE_CHECKING:
    from briefer.gui.server_link import ServerLink

log = logging.getLogger(__name__)
LATER_MS = 300  # a version heard while this window is saving is looked at again after this
# Taken in at once up to this many sources: the fresh checkout and merge run on the
# window's thread (40–150 ms for the sample's nine sources), and take seconds at 10,000.
LIVE_MAX_SOURCES = 500


def _rest(data: dict[str, Any]) -> dict[str, Any]:
    """The parts a project write-back sends: all but the notes (and the file format's
    version, which follows the number of notes)."""
    return {k: v for k, v in data.items() if k not in ("notes", "version")}


class ProjectNews(QObject):
    """Takes a colleague's project changes into its link's window (see module notes)."""

    def __init__(self, link: ServerLink) -> None:
        super().__init__(link)
        self.link = link
        self.waiting = 0  # the newest version heard and not yet taken in

    def own_changes(self) -> bool:
        """Has this window changed sources, excerpts or outline since its checkout (in
        its copy, not yet written back, or in memory, not yet saved)?"""
        link = self.link
        data, _prints, changed = link._changed_parts()
        if changed:
            return True
        here = notes_form(project_to_dict(link.session.project))
        return _rest(here) != _rest(data)

    def heard(self, version: int) -> None:
        link = self.link
        if not link.serves() or version <= link.state.checkout.version:
            return
        self.waiting = max(self.waiting, version)
        if link._pushing or link.window.files.saving is not None:
            QTimer.singleShot(LATER_MS, self._again)  # the save may take it in itself
            return
        if len(link.session.project.sources) > LIVE_MAX_SOURCES:
            # a fresh checkout of a large project holds the window for seconds: the
            # user is told, and the next save takes the changes in (its merge)
            link.window.statusBar().showMessage(self.tr(
                "Someone else changed the sources, excerpts or outline on the team "
                "server; they come in at your next save."), 8000)
            return
        if not link.online or self.own_changes():
            return  # the next save merges (and asks about a part both changed)
        self._take_in()

    def after_save(self) -> None:
        """A save was sent: take in what others changed meanwhile and was left for it
        (a large project's, or one heard while this window had changes of its own)."""
        if self.waiting <= self.link.state.checkout.version:
            self.waiting = 0  # the save's own merge took them in
        elif self.link.online and not self.own_changes():
            self._take_in()

    def _again(self) -> None:
        if self.waiting:
            self.heard(self.waiting)

    def _take_in(self) -> None:
        link = self.link
        files = link.window.files
        was_modified = files.is_modified()
        shown = link.session.project.current_note
        try:
            moved = rebase(link._connection(), link.state, link.notes(), link.window)
        except (psycopg.Error, DbError, OSError) as exc:
            log.info("the project's changes were not taken in now: %s", exc)
            return  # the next save merges them
        if moved is None:  # a choice was put off (none is expected here): the save asks
            return
        self.waiting = 0
        old = link.state.checkout
        if moved.checkout.sources == old.sources and \
                _rest(moved.checkout.data) == _rest(old.data):
            # nothing this role sees changed (a note's list, a source above its
            # clearance): the window keeps its copy and undo history, at the new version
            release(moved.root, remove=True)
            old.version = moved.checkout.version
            link.state.save()
            return
        link._move_to(moved)
        link.session.show_note(shown)
        if was_modified:
            files._set_extra_dirty(True)  # the unsent note edits are still to be sent
        link.window.statusBar().showMessage(self.tr(
            "Took in the sources, excerpts or outline someone else changed on the team "
            "server."), 5000)
