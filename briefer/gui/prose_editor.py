"""A rich-text editor for one prose block, stored as Markdown.

Qt's own CommonMark support (``QTextDocument.toMarkdown``/``setMarkdown``)
converts; what it writes is normalised (trailing blank lines dropped) so an
unchanged text compares equal and consecutive typing merges into one undo step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QPoint, QSize, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextListFormat,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFrame, QLineEdit, QMenu, QSizePolicy, QTextEdit, QWidget

from briefer.gui.commands.note import normalise_markdown
from briefer.gui.mime import SpanPayload, read_span
from briefer.gui.spell_check import attach_spell_check

BULLETS_SHORTCUT = "Ctrl+Shift+L"
PLAIN_PASTE_SHORTCUT = "Ctrl+Shift+V"


def route_undo(event: QKeyEvent, stack: QUndoStack | None) -> bool:
    """Ctrl+Z / Ctrl+Shift+Z in a text field undo the project's last edit.

    Text widgets claim those keys before any menu shortcut; without this they
    would keep a second, private history beside the project's undo stack.
    """
    if stack is None:
        return False
    if event.matches(QKeySequence.StandardKey.Undo):
        stack.undo()
        return True
    if event.matches(QKeySequence.StandardKey.Redo):
        stack.redo()
        return True
    return False


class StackLineEdit(QLineEdit):
    """A line edit whose Undo/Redo keys act on the project's undo stack."""

    def __init__(self, parent: QWidget | None = None, undo_stack: QUndoStack | None = None
                 ) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not route_undo(event, self.undo_stack):
            super().keyPressEvent(event)


class ProseEditor(QTextEdit):
    """Edits Markdown in place: bold, italic and bullet lists; grows with its text."""

    markdownEdited = Signal(str)  # normalised Markdown after each change the user makes
    escapePressed = Signal()

    def __init__(self, parent: QWidget | None = None, placeholder: str = "",
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        # what to do with words pasted from the reader (True: done); None: paste the text
        self.span_paste: Callable[[SpanPayload], bool] | None = None
        self._plain_paste = False
        self._markdown = ""
        self._updating = False
        if undo_stack is not None:
            self.setUndoRedoEnabled(False)  # the project's stack is the one history
        self.setAcceptRichText(False)
        self.setAcceptDrops(False)  # drops go to the note section (excerpts, blocks)
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setPlaceholderText(placeholder)
        self.document().setDocumentMargin(4)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self.textChanged.connect(self._on_text_changed)
        self._fit_height()
        self.spelling = attach_spell_check(self)  # None outside a project's note

    # -- Markdown in and out ----------------------------------------------------
    def markdown(self) -> str:
        """The text as stored (normalised Markdown)."""
        return self._markdown

    def set_markdown(self, markdown: str) -> None:
        """Show ``markdown`` (from the project) without reporting it as an edit."""
        if markdown == self._markdown:
            return
        position = self.textCursor().position()
        self._updating = True
        try:
            self.setMarkdown(markdown)
        finally:
            self._updating = False
        self._markdown = markdown
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(self.toPlainText())))
        self.setTextCursor(cursor)

    def current_markdown(self) -> str:
        return normalise_markdown(self.toMarkdown())

    def _on_text_changed(self) -> None:
        if self._updating:
            return
        markdown = self.current_markdown()
        if markdown != self._markdown:
            self._markdown = markdown
            self.markdownEdited.emit(markdown)

    # -- formatting -------------------------------------------------------------
    def toggle_bold(self) -> None:
        bold = self.fontWeight() >= QFont.Weight.Bold
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)
        self._merge(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.fontItalic())
        self._merge(fmt)

    def _merge(self, fmt: QTextCharFormat) -> None:
        """Format the selection, or what is typed next when nothing is selected."""
        self.mergeCurrentCharFormat(fmt)

    def toggle_bullets(self) -> None:
        cursor = self.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None:
            block = cursor.block()
            current.remove(block)
            fmt = cursor.blockFormat()
            fmt.setIndent(0)
            cursor.setBlockFormat(fmt)
        else:
            cursor.createList(QTextListFormat.Style.ListDisc)
        cursor.endEditBlock()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if route_undo(event, self.undo_stack):
            return
        if event.matches(QKeySequence.StandardKey.Bold):
            self.toggle_bold()
            return
        if event.matches(QKeySequence.StandardKey.Italic):
            self.toggle_italic()
            return
        if QKeySequence(event.keyCombination()) == QKeySequence(BULLETS_SHORTCUT):
            self.toggle_bullets()
            return
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.escapePressed.emit()
            return
        if QKeySequence(event.keyCombination()) == QKeySequence(PLAIN_PASTE_SHORTCUT):
            self.paste_plain()
            return
        super().keyPressEvent(event)
        if event.key() == Qt.Key.Key_Space:
            self._auto_bullet()

    def _auto_bullet(self) -> None:
        """Typing "- " or "* " at the start of a line starts a bullet list."""
        cursor = self.textCursor()
        if cursor.currentList() is not None or cursor.block().text() not in ("- ", "* "):
            return
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.createList(QTextListFormat.Style.ListDisc)
        cursor.endEditBlock()

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste as plain text: fonts and colours from other programs do not belong here.

        Words copied from the reader carry their source and place: where a block says
        what to do with them (``span_paste``: the note makes them a cited quotation),
        they never arrive as uncited text; Ctrl+Shift+V pastes them as plain words."""
        span = read_span(source)
        if (span is not None and self.span_paste is not None and not self._plain_paste
                and self.span_paste(span)):
            return
        if source.hasText():
            self.textCursor().insertText(source.text())

    def paste_plain(self) -> None:
        """Ctrl+Shift+V: the clipboard's words as they are, with no citation."""
        self._plain_paste = True
        try:
            self.paste()
        finally:
            self._plain_paste = False

    # -- context menu -----------------------------------------------------------
    def context_menu(self, pos: QPoint) -> QMenu:
        """The menu for ``pos`` (viewport coordinates): spelling corrections first."""
        menu = self.createStandardContextMenu(pos)
        if self.spelling is not None:
            self.spelling.add_to_menu(menu, pos)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    # -- size -------------------------------------------------------------------
    def _fit_height(self, *_: object) -> None:
        height = int(self.document().size().height()) + 2 * self.frameWidth() + 2
        line = self.fontMetrics().lineSpacing() + 10
        self.setFixedHeight(max(height, line))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())
