"""The note pane's commands: its toolbar, the actions in the Note menu, their shortcuts.

A mixin of ``NotePane`` (as ``NoteNavigation`` is), which owns the widgets and the
slots named below; here is only which commands exist, how they are labelled and
reached, and when each can be used.
"""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from briefer.core.note import ExcerptBlock
from briefer.gui.note_navigation import NoteNavigation
from briefer.gui.prose_editor import BULLETS_SHORTCUT


# the pane's context: Qt looks a ``self.tr`` string up by the object's class, NotePane
translate = QCoreApplication.translate


class NoteActions(NoteNavigation):
    """The commands of the note pane (see module notes)."""

    toolbar: QToolBar

    # the pane's slots
    def draft(self) -> None:
        raise NotImplementedError

    def add_prose(self, section_id: str | None = None) -> str | None:
        raise NotImplementedError

    def _format(self, what: str) -> None:
        raise NotImplementedError

    def toggle_mode(self) -> None:
        raise NotImplementedError

    def move_current(self, step: int) -> None:
        raise NotImplementedError

    def delete_current(self) -> None:
        raise NotImplementedError

    def current_block_id(self) -> str | None:
        raise NotImplementedError

    def _action(self, text: str, tip: str, slot, shortcut: str | None = None,
                toolbar: bool = True) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(text.replace("&", ""))
        return action

    def _make_actions(self) -> None:
        self.draft_action = self._action(
            translate("NotePane", "&Draft from outline"),
            translate("NotePane", "Fill the note from the survey outline and the template"),
            self.draft)
        self.toolbar.addSeparator()
        self.add_prose_action = self._action(
            translate("NotePane", "Add &text"),
            translate("NotePane", "Add a text block after the current one (Ctrl+Return)"),
            self.add_prose, "Ctrl+Return")
        self.bold_action = self._action(
            translate("NotePane", "&Bold"), translate("NotePane", "Bold (Ctrl+B)"),
            lambda: self._format("bold"))
        self.italic_action = self._action(
            translate("NotePane", "&Italic"), translate("NotePane", "Italic (Ctrl+I)"),
            lambda: self._format("italic"))
        self.bullets_action = self._action(
            translate("NotePane", "B&ullets"),
            translate("NotePane", "Bulleted list (%1)").replace("%1", BULLETS_SHORTCUT),
            lambda: self._format("bullets"))
        self.toolbar.addSeparator()
        self.mode_action = self._action(
            translate("NotePane", "&Quote/Paraphrase"),
            translate("NotePane",
                      "Switch the excerpt between quotation and paraphrase (Ctrl+Shift+Q)"),
            self.toggle_mode, "Ctrl+Shift+Q")
        self.move_up_action = self._action(
            translate("NotePane", "Move &up"), translate("NotePane", "Move the block up (Alt+Up)"),
            lambda: self.move_current(-1), "Alt+Up")
        self.move_down_action = self._action(
            translate("NotePane", "Move do&wn"),
            translate("NotePane", "Move the block down (Alt+Down)"),
            lambda: self.move_current(1), "Alt+Down")
        self.delete_action = self._action(
            translate("NotePane", "&Delete block"),
            translate("NotePane", "Delete the block (Delete, when the block itself is "
                                  "selected; Esc selects it)"),
            self.delete_current)
        self.next_section_action = self._action(
            translate("NotePane", "Next section"),
            translate("NotePane", "Go to the next section (Alt+Page Down)"),
            lambda: self.focus_section_step(1), "Alt+PgDown", toolbar=False)
        self.previous_section_action = self._action(
            translate("NotePane", "Previous section"),
            translate("NotePane", "Go to the previous section (Alt+Page Up)"),
            lambda: self.focus_section_step(-1), "Alt+PgUp", toolbar=False)
        self._update_actions()

    def _update_actions(self) -> None:
        block_id = self.current_block_id()
        found = self.session.project.note.find_block(block_id) if block_id else None
        self.move_up_action.setEnabled(found is not None)
        self.move_down_action.setEnabled(found is not None)
        self.delete_action.setEnabled(found is not None)
        self.mode_action.setEnabled(
            found is not None and isinstance(found[0].blocks[found[1]], ExcerptBlock))
        self.add_prose_action.setEnabled(bool(self.session.project.note.sections))

