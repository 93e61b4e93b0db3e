"""Edit ▸ Find and Replace in Note (Ctrl+H): a bar under the note, not a dialog.

The analyst keeps writing while the bar stays open, so it never blocks the note: it
sits at the bottom of the note pane, finds in the note as it is now (the matches come
from the model, ``core.note_find``, refreshed whenever the note changes) and shows
each one selected in its block's text field, scrolled into view, while the typing
stays in the bar — Enter again goes on to the next one.

Replace changes the match shown (one undo step); Replace all changes every match in
the analyst's words as one undo step named after it ("Replace all 'x' (12)"). A
quotation is a source's exact words: its matches are counted and said, never changed.

Keys: Enter / F3 next, Shift+Enter / Shift+F3 previous, Enter in the Replace field
replaces, Esc closes (back to the match in the note). F3 is also the reader's "find
next": the bar's fields claim it while they have the focus.

The bar uses only the note pane's public face (``block_widget``, a block widget's
``editor``); it sits in the pane's layout, added from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QToolButton,
    QWidget,
)

from briefer.core.note_find import FindOptions, Found, Match, find_in_note, find_spans, \
    replace_all, replace_matches
from briefer.gui.commands.edit import EditCommand
from briefer.gui.prose_editor import route_undo
from briefer.gui.session import ProjectSession
from briefer.gui.word_count import number

if TYPE_CHECKING:
    from briefer.gui.note_pane import NotePane

ERROR_STYLE = "color: #842029;"
_KEYS = (Qt.Key.Key_F3, Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter)


def utf16(text: str, index: int) -> int:
    """A Python index into ``text`` as Qt counts positions (UTF-16 code units)."""
    return len(text[:index].encode("utf-16-le")) // 2


def _scroll_area(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


class NoteFindBar(QFrame):
    """Find / Replace over the note shown in ``pane`` (see module notes)."""

    def __init__(self, session: ProjectSession, pane: NotePane) -> None:
        super().__init__(pane)
        self.setObjectName("noteFindBar")
        self.setAccessibleName(self.tr("Find and replace in note"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.session = session
        self.pane = pane
        self.found = Found()
        self.index = -1  # the match shown, in ``found.matches``
        # Ctrl+Z in the bar undoes the project's step (not the field's typing) from a
        # replacement made here until the user types in the bar again
        self._undoing = False

        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("noteFindText")
        self.find_edit.setPlaceholderText(self.tr("Find in note"))
        self.find_edit.setAccessibleName(self.tr("Find"))
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setObjectName("noteReplaceText")
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.replace_edit.setAccessibleName(self.tr("Replace with"))
        self.status = QLabel(self)
        self.status.setObjectName("noteFindStatus")
        self.status.setAccessibleName(self.tr("Matches"))
        self.previous_button = QToolButton(self)
        self.previous_button.setText("▲")
        self.previous_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.previous_button.setAccessibleName(self.tr("Previous match"))
        self.next_button = QToolButton(self)
        self.next_button.setText("▼")
        self.next_button.setToolTip(self.tr("Next match (Enter, F3)"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.case_box = QCheckBox(self.tr("Match case"), self)
        self.words_box = QCheckBox(self.tr("Whole words"), self)
        self.replace_button = QPushButton(self.tr("Replace"), self)
        self.replace_button.setObjectName("noteReplaceButton")
        self.replace_all_button = QPushButton(self.tr("Replace all"), self)
        self.replace_all_button.setObjectName("noteReplaceAllButton")
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close find and replace"))

        # the two fields one above the other, as wide as the pane allows; the buttons and
        # the "3 of 12" beside them
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        self.find_edit.setMinimumWidth(140)
        self.replace_edit.setMinimumWidth(140)
        grid.addWidget(self.find_edit, 0, 0)
        grid.addWidget(self.replace_edit, 1, 0)
        for row, widgets in enumerate((
                (self.previous_button, self.next_button, self.case_box, self.words_box,
                 self.close_button),
                (self.replace_button, self.replace_all_button, self.status))):
            line = QHBoxLayout()
            line.setSpacing(4)
            for widget in widgets:
                line.addWidget(widget)
            line.addStretch(1)
            grid.addLayout(line, row, 1)
        grid.setColumnStretch(0, 1)

        self.find_edit.textChanged.connect(self._criteria_changed)
        self.case_box.toggled.connect(self._criteria_changed)
        self.words_box.toggled.connect(self._criteria_changed)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_everything)
        self.close_button.clicked.connect(self.close_bar)
        for field in (self.find_edit, self.replace_edit):
            field.installEventFilter(self)
            field.textEdited.connect(self._typed)
        for signal in (session.noteChanged, session.notesChanged, session.excerptsChanged,
                       session.projectReplaced):
            signal.connect(self._note_changed)  # notesChanged: another note shown
        layout = pane.layout()
        if layout is not None:
            layout.addWidget(self)  # under the note's sections
        self.hide()

    # -- opening and closing ----------------------------------------------------------
    def open_bar(self) -> None:
        """Show the bar with the words selected in the note (if any) to find."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QTextEdit) and self.pane.isAncestorOf(focused):
            selected = focused.textCursor().selectedText()
            if selected and "\u2029" not in selected:
                self.find_edit.setText(selected)
        self.show()
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        """Hide the bar; the focus goes back to the match shown, still selected."""
        field = self._field(self.current())
        self.hide()
        if field is not None and field.isVisible():
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- matches ----------------------------------------------------------------------
    def options(self) -> FindOptions:
        return FindOptions(match_case=self.case_box.isChecked(),
                           whole_words=self.words_box.isChecked())

    def current(self) -> Match | None:
        matches = self.found.matches
        return matches[self.index] if 0 <= self.index < len(matches) else None

    def refresh(self) -> None:
        """Find again in the note as it is; the match shown stays where it was."""
        project = self.session.project
        shown = self.current()
        self.found = find_in_note(project.note, self.find_edit.text(), self.options(),
                                  project.excerpts)
        self.index = self.found.matches.index(shown) if shown in self.found.matches else -1
        self._show_status()

    def _criteria_changed(self, *_args: object) -> None:
        self.index = -1
        self.refresh()

    def _typed(self, *_args: object) -> None:
        self._undoing = False

    def _push(self, command: EditCommand) -> None:
        self.session.undo_stack.push(command)
        self._undoing = True

    def _note_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def _show_status(self, message: str = "") -> None:
        matches, quoted = len(self.found.matches), self.found.in_quotations
        error = False
        if message:
            text = message
        elif not self.find_edit.text():
            text = ""
        elif not matches:
            error = True
            text = (self.tr("Only in quotations ({0}), which are never changed").format(quoted)
                    if quoted else self.tr("Not found"))
        elif self.index >= 0:
            text = self.tr("{0} of {1}").format(number(self.index + 1), number(matches))
        else:
            text = self.tr("{0} found").format(number(matches))
        if quoted and matches and not message:
            text += " " + self.tr("(+{0} in quotations)").format(quoted)
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setToolTip(self.tr("Quotations are the sources' exact words: they are "
                                       "found but never replaced.") if quoted else "")
        has = bool(matches)
        for button in (self.next_button, self.previous_button, self.replace_button,
                       self.replace_all_button):
            button.setEnabled(has)

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        self.refresh()
        count = len(self.found.matches)
        if not count:
            QApplication.beep()
            return
        if self.index < 0:  # from the block the user is in
            self.index = (self._first_after_caret() - (step < 0)) % count
        else:
            self.index = (self.index + step) % count
        self._select(self.found.matches[self.index])
        self._show_status()

    def _first_after_caret(self) -> int:
        """The first match from the block the user is in (the first match if none)."""
        current = self.pane.current_block_id()
        if current:
            for i, m in enumerate(self.found.matches):
                if m.block_id == current:
                    return i
        return 0

    # -- showing a match in its block -------------------------------------------------
    def _field(self, match: Match | None) -> QTextEdit | QLineEdit | None:
        if match is None:
            return None
        widget = self.pane.block_widget(match.block_id)
        editor = widget.editor() if widget is not None else None
        return editor if isinstance(editor, (QTextEdit, QLineEdit)) else None

    def _select(self, match: Match) -> None:
        """Select ``match`` in its block's text field and scroll it into view."""
        field = self._field(match)
        if field is None:
            return
        same = [m for m in self.found.matches
                if m.block_id == match.block_id and m.field == match.field]
        ordinal = same.index(match)
        text = field.toPlainText() if isinstance(field, QTextEdit) else field.text()
        spans = find_spans(text, self.find_edit.text(), self.options())
        start, end = spans[ordinal] if ordinal < len(spans) else (match.start, match.end)
        start, end = utf16(text, start), utf16(text, end)
        area = _scroll_area(field)
        if isinstance(field, QTextEdit):
            cursor = field.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            field.setTextCursor(cursor)
            content = area.widget() if area is not None else None
            if area is not None and content is not None:
                area.ensureWidgetVisible(field, 10, 10)
                rect = field.cursorRect()
                point = field.viewport().mapTo(content, rect.center())
                area.ensureVisible(point.x(), point.y(), 10, rect.height() + 10)
        else:
            field.setSelection(start, end - start)
            if area is not None:
                area.ensureWidgetVisible(field, 10, 10)

    # -- replacing --------------------------------------------------------------------
    def replace_current(self) -> None:
        """Replace the match shown (one undo step) and show the next one; with none
        shown yet, show the first."""
        self.refresh()
        match = self.current()
        if match is None:
            self.find_next()
            return
        shown, replacement = self.index, self.replace_edit.text()
        edit = replace_matches(self.session.project, [match], replacement)
        if not edit.edits:
            return
        query = self.find_edit.text()
        self._push(EditCommand(self.session, self.tr("Replace “{0}”").format(query), edit))
        self.refresh()  # the note changed: the match shown is gone
        matches = self.found.matches
        if not matches:
            self._show_status(self.tr("Replaced; no more matches"))
            return
        # the matches before it are as they were; skip any inside the words just written
        past, j = match.start + len(replacement), shown
        while j < len(matches) and matches[j].block_id == match.block_id and \
                matches[j].field == match.field and matches[j].start < past:
            j += 1
        self.index = j if j < len(matches) else 0
        self._select(matches[self.index])
        self._show_status()

    def replace_everything(self) -> None:
        """Every match in the analyst's words, as one undo step."""
        query = self.find_edit.text()
        edit = replace_all(self.session.project, query, self.replace_edit.text(),
                           self.options())
        if not edit.replaced:
            self.refresh()
            return
        self.index = -1
        self._push(EditCommand(
            self.session, self.tr("Replace all “{0}” ({1})").format(query, edit.replaced),
            edit))
        self.refresh()
        message = self.tr("Replaced {0}").format(number(edit.replaced))
        if edit.in_quotations:
            message += "; " + self.tr("{0} in quotations left as quoted").format(
                number(edit.in_quotations))
        self._show_status(message)

    # -- keys -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """F3, Enter and Esc in the bar's fields are the bar's, not the window's; so are
        Undo and Redo, for the project's steps, right after a replacement."""
        if isinstance(event, QKeyEvent) and self._undoing and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                return route_undo(event, self.session.undo_stack)
        if isinstance(event, QKeyEvent) and event.key() in _KEYS:
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                self._key_pressed(watched, event)
                return True
        return super().eventFilter(watched, event)

    def _key_pressed(self, watched: QObject, event: QKeyEvent) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_Escape:
            self.close_bar()
        elif key == Qt.Key.Key_F3:
            self._step(-1 if shift else 1)
        elif watched is self.replace_edit and not shift:
            self.replace_current()
        else:
            self._step(-1 if shift else 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
