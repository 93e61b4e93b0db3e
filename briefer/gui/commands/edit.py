"""One undo command for any project edit: the GUI's only way to change a project.

An ``EditCommand`` holds a ``core.edits.Edit``. ``redo`` applies it and keeps
the inverse the edit returned; ``undo`` applies that inverse and keeps *its*
inverse for the next redo. The link rules (unlinking a deleted theme, dropping
an excerpt made for one block, re-anchoring an excerpt put back) live in the
edits, so every command obeys them and the command line does too. The views
are told what changed through the session's signals.

Typing merges: commands with the same ``merge_id`` and ``key`` fold into one
undo step, the first one's inverse kept and the last one's edit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from briefer.core.edits import Batch, Changes, Edit
from briefer.core.note_edits import OnNote
from briefer.gui.session import ProjectSession

# Ids QUndoStack uses to merge consecutive edits of the same kind.
MERGE_PROSE = 7101
MERGE_META = 7102
MERGE_PARAPHRASE = 7103
MERGE_LEAD_IN = 7104


def tr(text: str) -> str:
    return QCoreApplication.translate("NoteCommands", text)


def notify(session: ProjectSession, changes: Changes) -> None:
    """Tell the views what an edit changed (excerpts before the note that shows them)."""
    if changes.sources:
        session.notify_sources()
    if changes.outline:
        session.notify_outline()
    if changes.excerpts:
        session.notify_excerpts()
    if changes.notes:
        session.notify_notes()  # first: the views show the right note before refreshing it
    if changes.note:
        session.notify_note()


class EditCommand(QUndoCommand):
    """Apply ``edit`` to the session's project as one undo step (see module notes)."""

    merge_id = -1

    def __init__(self, session: ProjectSession, text: str, edit: Edit, key: str = "",
                 old: object = None, new: object = None) -> None:
        super().__init__(text)
        self.session = session
        # pinned to the note being written, so undo changes (and shows) that note
        self._redo: Edit = OnNote(session.project.note_id(), edit)
        self._undo: Edit = Batch()
        self.key = key  # what a merging edit changes (a block id, a field name)
        self.old, self.new = old, new  # its value before and after (merging only)

    def redo(self) -> None:
        changes, self._undo = self._redo.apply(self.session.project)
        notify(self.session, changes)

    def undo(self) -> None:
        changes, self._redo = self._undo.apply(self.session.project)
        notify(self.session, changes)

    def id(self) -> int:
        return self.merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if self.merge_id < 0 or not isinstance(other, type(self)) or other.key != self.key:
            return False
        self._redo, self.new = other._redo, other.new
        self.setObsolete(self.new == self.old)
        return True
