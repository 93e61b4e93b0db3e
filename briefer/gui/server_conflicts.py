"""Both texts of a note part the team server refused, to choose from.

A save to the server sends each changed block checked against the version this window
last saw; a block someone else saved meanwhile is refused (``note_sync.Refused``) and shown
here beside the other analyst's text, in the dialog a two-window save on a folder uses
(``conflict_dialog``), worded for a server. Nothing is lost whichever is chosen: "Keep
mine" writes this window's text over the new version, "Keep theirs" puts theirs in the
note; Cancel keeps both (this window's text stays unsent and the choice comes back at the
next save).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QScrollArea, QWidget

from briefer.core.messages import Listing, Message
from briefer.core.project import Project
from briefer.db.note_sync import Refused
from briefer.gui.conflict_dialog import ConflictDialog
from briefer.io.merge import Conflict


def key_of(refused: Refused) -> str:
    return f"{refused.note_id}/{refused.block_id}"


def _words(value: dict[str, Any] | None) -> str:
    text = str((value or {}).get("markdown") or (value or {}).get("paraphrase")
               or (value or {}).get("lead_in") or "")
    return f"“{text[:40]}…”" if len(text) > 40 else f"“{text}”" if text else ""


def conflicts_of(project: Project, refused: list[Refused]) -> list[Conflict]:
    """Each refusal as the conflict dialog shows one: where (note ▸ section ▸ words), and
    both values."""
    found = []
    for r in refused:
        note = project.notes.get(r.note_id)
        where: list[str | Message] = [Message("Note")]
        if note is not None:
            if len(project.notes) > 1 and note.display_name(""):
                where.append(note.display_name(""))
            at = note.find_block(r.block_id) if r.block_id else None
            if at is not None:
                where.append(at[0].title)
        if r.block_id:
            words = _words(r.mine) or _words(r.theirs)
            if words:
                where.append(words)
        else:
            where.append(Message("Sections"))
        found.append(Conflict(key_of(r), Listing(where, sep=" ▸ "), r.mine, r.theirs))
    return found


class ServerConflictDialog(ConflictDialog):
    """The conflict dialog, saying "on the server" where a folder's says "on disk"."""

    def __init__(self, conflicts: list[Conflict], parent: QWidget | None = None) -> None:
        super().__init__(conflicts, parent)
        self.setObjectName("serverConflictDialog")
        self.setWindowTitle(self.tr("Someone else changed the same paragraphs"))
        layout = self.layout()
        first = layout.itemAt(0) if layout is not None else None
        intro = first.widget() if first is not None else None
        if isinstance(intro, QLabel):
            intro.setText(self.tr(
                "Since this window last heard from the team server, someone else saved %n "
                "part(s) of the note that you changed too. Everything else was sent. Choose "
                "which version of each to keep; Cancel keeps your text unsent, to choose at "
                "the next save.", "", len(conflicts)))
        scroll = self.findChild(QScrollArea)
        body = scroll.widget() if scroll is not None else None
        grid = body.layout() if body is not None else None
        head = grid.itemAtPosition(0, 2) if isinstance(grid, QGridLayout) else None
        label = head.widget() if head is not None else None
        if isinstance(label, QLabel):
            label.setText(self.tr("<b>Saved on the server</b>"))
        self.resize(820, 200 + 190 * min(len(conflicts), 2))  # no empty half for one

def ask(parent: QWidget | None, conflicts: list[Conflict]) -> dict[str, str] | None:
    """Show the dialog; conflict key -> "mine" or "theirs", or None if cancelled."""
    dialog = ServerConflictDialog(conflicts, parent)
    try:
        return dialog.choices() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
