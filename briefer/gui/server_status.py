"""What a team project's window says about the server: "Offline — N edits not yet sent" in
the status bar, and "Also here: …" beside the notes list (the other analysts showing the
same note; the tooltip lists everyone else on the project and their note)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout, QLabel

from briefer.core.note import BriefingNote
from briefer.db.presence import Here

if TYPE_CHECKING:
    from briefer.gui.main_window import MainWindow


class ServerLabels(QObject):
    """The two labels (made hidden; see module notes)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.status = QLabel(window)
        self.status.setObjectName("serverStatus")
        self.status.setAccessibleName(self.tr("Team server status"))
        window.statusBar().addPermanentWidget(self.status)
        self.status.hide()
        self.here = QLabel(window.notes_bar)
        self.here.setObjectName("alsoHere")
        self.here.setAccessibleName(self.tr("Others working on this note"))
        row = window.notes_bar.layout()
        if isinstance(row, QBoxLayout):
            row.insertWidget(row.count() - 1, self.here)  # before the notes menu button
        self.here.hide()

    def show_offline(self, offline: bool, unsent: int, url: str) -> None:
        if not offline:
            self.status.hide()
            return
        self.status.setText(self.tr("Offline — %n edit(s) not yet sent", "", unsent))
        self.status.setToolTip(self.tr("The team server {0} cannot be reached. Your edits "
                                       "are kept on this computer and sent when it is back."
                                       ).format(url))
        self.status.show()

    def show_present(self, others: list[Here], note_id: str,
                     notes: dict[str, BriefingNote]) -> None:
        here = sorted({h.role for h in others if h.note_id == note_id})
        self.here.setText(self.tr("Also here: {0}").format(", ".join(here)) if here else "")
        self.here.setToolTip("\n".join(
            self.tr("{0}, on “{1}”").format(h.role, notes[h.note_id].display_name(h.note_id)
                                            if h.note_id in notes else h.note_id)
            for h in others))
        self.here.setVisible(bool(here))

    def close(self) -> None:
        self.status.deleteLater()
        self.here.deleteLater()
