"""Help ▸ Keyboard Shortcuts: every key that moves around the window or places excerpts."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

def native(keys: str) -> str:
    """Key names as the desktop says them ("Maj" for Shift in French); ", " and " … "
    separate sequences."""
    def one(sequence: str) -> str:
        text = QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)
        return text or sequence

    return ", ".join(" … ".join(one(k) for k in part.split(" … "))
                     for part in keys.split(", ")) if keys else ""


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.setAccessibleName(self.tr("Keyboard Shortcuts"))
        rows = self.rows()
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keys and what they do"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for row, (keys, text) in enumerate(rows):
            key_item, text_item = QTableWidgetItem(native(keys)), QTableWidgetItem(text)
            if not keys:  # a heading
                font = text_item.font()
                font.setBold(True)
                text_item.setFont(font)
            self.table.setItem(row, 0, key_item)
            self.table.setItem(row, 1, text_item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # wrapped rows take their height once the columns have their width
        header.sectionResized.connect(lambda *_: QTimer.singleShot(
            0, self.table.resizeRowsToContents))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def rows(self) -> list[tuple[str, str]]:
        """(keys, what they do), in the order a user meets them; headings have no keys."""
        return [
            ("", self.tr("Moving around")),
            ("Ctrl+1 … Ctrl+4",
             self.tr("Go to the sources, the outline, the reader, the note")),
            ("Ctrl+K", self.tr("Search every source")),
            ("Ctrl+F, F3, Shift+F3",
             self.tr("Find in the source shown; next and previous match")),
            ("Ctrl+H", self.tr("Find and replace in the note (Enter or F3: next match, "
                               "Shift+F3: previous, Esc: close); quotations are never changed")),
            ("Alt+Return", self.tr("Edit every citation field of the selected source "
                                   "(Source Details)")),
            ("", self.tr("Excerpts")),
            (self.tr("Shift+arrows"), self.tr("Select words in the reader")),
            ("F8", self.tr("In the reader: select the word, then (again) its sentence, then its "
                           "paragraph")),
            (self.tr("Double, triple click"), self.tr("In the reader: select the word; the "
                                                      "sentence (a fourth click: the paragraph)")),
            ("Ctrl+E", self.tr("Add the selected words to the section marked “Excerpts go "
                               "here” (named beside Add excerpt: “→ Background”); if none is "
                               "marked yet, a menu asks which section")),
            ("Ctrl+Shift+E", self.tr("Choose the section new excerpts go to (a menu of the "
                                     "note's sections: 1–9, or arrows and Enter), adding the "
                                     "selected words there")),
            ("", self.tr("In the note")),
            ("Tab, Shift+Tab",
             self.tr("Go through each section, its “+ Text” button and its blocks")),
            ("Up, Down", self.tr("On a section or a block: go to the block above or below")),
            ("Alt+PgUp, Alt+PgDown", self.tr("Go to the previous or next section")),
            (self.tr("Menu, Shift+F10"), self.tr("On a section: its menu (rename, add a "
                                                 "section after it, move, remove)")),
            ("F2", self.tr("On a section: rename it")),
            ("Alt+Shift+Up, Alt+Shift+Down", self.tr("On a section: move it up or down")),
            ("Enter, F2", self.tr("On a block: edit its text")),
            ("Esc", self.tr("In a block's text: select the whole block")),
            ("Alt+Up, Alt+Down", self.tr("Move the selected block up or down (into the next "
                                         "section at the edge)")),
            ("Delete", self.tr("Delete the selected block")),
            ("Space", self.tr("On an excerpt: show its words in the source")),
            ("Ctrl+Shift+Q", self.tr("Switch an excerpt between quotation and paraphrase")),
            ("Ctrl+Return", self.tr("Add a text block after the current one")),
            ("Ctrl+B, Ctrl+I, Ctrl+Shift+L", self.tr("Bold, italic, bulleted list")),
            ("Ctrl+V", self.tr("In a text block: words copied from the reader become a cited "
                               "quotation after it")),
            ("Ctrl+Shift+V", self.tr("In a text block: paste the words alone, uncited")),
            ("F7", self.tr("Check spelling as you type, on or off (right-click a word "
                           "underlined in red for suggestions)")),
            ("Ctrl+Alt+N", self.tr("A new note in the project (Note ▸ Notes: duplicate, "
                                   "rename, delete)")),
            ("Ctrl+Alt+PgUp, Ctrl+Alt+PgDown", self.tr("The project's previous or next note")),
            ("", self.tr("Files")),
            ("Ctrl+Z, Ctrl+Shift+Z", self.tr("Undo; redo (the Edit menu names each step)")),
            ("Ctrl+S, Ctrl+Shift+S", self.tr("Save; save as")),
            ("Ctrl+Shift+X", self.tr("Check the note and export it to Word")),
            ("Ctrl+Shift+P", self.tr("Print preview: the note's pages as they will print")),
        ]
