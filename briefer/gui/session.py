"""The open project as the GUI sees it: the core Project, its undo stack, and signals.

Passed through constructors (never looked up globally). Undo commands change
the core objects, then call one of the ``notify_*`` methods; Qt models listen
to the matching signal and views repaint. ``settle_memory`` is what opening a
project does to memory once the session holds it.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:  # the window's first paint comes before the core is loaded
    from briefer.core.project import Project


class ProjectSession(QObject):
    projectReplaced = Signal()  # a different project was opened: rebuild everything
    sourcesChanged = Signal()  # sources added, removed, re-imported or metadata edited
    outlineChanged = Signal()  # outline sections/themes edited
    excerptsChanged = Signal()  # excerpts added, removed or re-anchored
    noteChanged = Signal()  # note metadata, sections or blocks edited
    notesChanged = Signal()  # the list of notes changed, or another note is shown
    pathChanged = Signal(str)  # the project folder changed (Save As)
    contentsTakenIn = Signal(bool)  # another writer's changes came in (bool: still unsaved)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)

    @property
    def path(self) -> Path | None:
        return Path(self.project.path) if self.project.path else None

    def replace(self, project: Project) -> None:
        """Swap in another project; the undo history belongs to the old one."""
        self.project = project
        self.undo_stack.clear()
        self.projectReplaced.emit()

    def replace_contents(self, unsaved: bool) -> None:
        """The same project, whose contents changed under the views (another writer's
        save came in): rebuild every view, keep the project."""
        self.projectReplaced.emit()
        self.contentsTakenIn.emit(unsaved)

    def notify_sources(self) -> None:
        self.sourcesChanged.emit()

    def notify_outline(self) -> None:
        self.outlineChanged.emit()

    def notify_excerpts(self) -> None:
        self.excerptsChanged.emit()

    def notify_note(self) -> None:
        self.noteChanged.emit()

    def notify_notes(self) -> None:
        self.notesChanged.emit()

    def show_note(self, note_id: str) -> None:
        """Work on another of the project's notes (not an edit: nothing to save)."""
        if note_id in self.project.notes and note_id != self.project.current_note:
            self.project.current_note = note_id
            self.notesChanged.emit()


def settle_memory() -> None:
    """Collect once, then keep what is alive out of later collections.

    A project's objects live as long as it is open. Python's full collections walk
    every one of them — 70 ms at 10,000 sources, felt as a stall if it falls while the
    user types — so the collection is made now, while the user waits for the project
    anyway, and the survivors are frozen. The previous project's frozen objects are let
    go first, so opening project after project does not keep old ones.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()
