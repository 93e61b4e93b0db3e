"""The note's sections reshaped by the analyst: rename, add after, move up or down, remove.

A template is a starting point; the note the office accepts may need a
"Risks" section or no "Current Status". Each action is one undo step named
for what it did ("Rename section “Options”"), built by ``core.section_edits``
so that removing a section drops only the excerpts nothing else uses. They
act on the section whose menu is open (its "⋯" button, a right click, the
Menu key or Shift+F10 on it), else on the section the user is working in.
On a selected section, F2 renames it and Alt+Shift+Up/Down move it (on a
block, F2 edits the block's text, so these keys belong to the section). A
section the template requires (a memorandum's Recommendation) cannot be
removed: the check would no longer see that it is missing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from briefer.core import section_edits
from briefer.core.edits import Edit
from briefer.gui import dialogs
from briefer.gui.commands.edit import EditCommand

if TYPE_CHECKING:
    from briefer.gui.note_blocks import SectionWidget
    from briefer.gui.note_pane import NotePane


class SectionActions(QObject):
    """The section menu's actions and what they do (see module notes)."""

    def __init__(self, pane: NotePane) -> None:
        super().__init__(pane)
        self.pane = pane
        self.session = pane.session
        self._menu_section: str | None = None  # the section whose menu is open
        self._focus_after_menu: str | None = None  # focus there once the menu has closed
        self.rename_action = self._action(self.tr("&Rename Section…"), self.rename, "F2")
        self.add_action = self._action(self.tr("&Add Section After…"), self.add_after)
        self.move_up_action = self._action(self.tr("Move Section &Up"),
                                           lambda: self.move(-1), "Alt+Shift+Up")
        self.move_down_action = self._action(self.tr("Move Section &Down"),
                                             lambda: self.move(1), "Alt+Shift+Down")
        self.remove_action = self._action(self.tr("Re&move Section…"), self.remove)

    def _action(self, text: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
        action = QAction(text, self.pane)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # see ``attach``
        action.triggered.connect(slot)
        return action

    def attach(self, widget: SectionWidget) -> None:
        """Give a new section widget its menu and, while it has the focus, the keys."""
        widget.menuRequested.connect(self.show_menu)
        for action in (self.rename_action, self.move_up_action, self.move_down_action):
            widget.addAction(action)

    # -- which section --------------------------------------------------------------
    def target(self) -> str | None:
        """The section the actions apply to: the one whose menu is open, else the current."""
        note = self.session.project.note
        for sid in (self._menu_section, self.pane.current_section_id()):
            if sid and note.section(sid) is not None:
                return sid
        return None

    def update(self) -> None:
        """Enable what makes sense for the target section (first, last, required)."""
        sections = self.session.project.note.sections
        sid = self.target()
        index = next((i for i, s in enumerate(sections) if s.id == sid), -1)
        for action in (self.rename_action, self.add_action):
            action.setEnabled(index >= 0)
        self.move_up_action.setEnabled(index > 0)
        self.move_down_action.setEnabled(0 <= index < len(sections) - 1)
        required = index >= 0 and sections[index].required
        self.remove_action.setEnabled(index >= 0 and not required)
        self.remove_action.setStatusTip(self.tr("The template requires this section")
                                        if required else "")

    def build_menu(self, section_id: str) -> QMenu:
        """The menu for one section (shown by ``show_menu``; tests trigger its actions)."""
        self._menu_section = section_id
        self.update()
        menu = QMenu(self.pane)
        menu.setObjectName("noteSectionActions")
        menu.setAccessibleName(self.tr("Section actions"))
        for action in (self.rename_action, self.add_action, None, self.move_up_action,
                       self.move_down_action, None, self.remove_action):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    def show_menu(self, section_id: str, at: QPoint) -> None:
        menu = self.build_menu(section_id)
        try:
            menu.exec(at)
        finally:
            self._menu_section = None
            menu.deleteLater()
            if self._focus_after_menu is not None:  # the closing menu hands focus back
                self._focus(self._focus_after_menu)
                self._focus_after_menu = None
            # the shortcuts act on whichever section is current then: each action
            # checks its section when triggered
            for action in (self.rename_action, self.add_action, self.move_up_action,
                           self.move_down_action, self.remove_action):
                action.setEnabled(True)

    # -- the actions ----------------------------------------------------------------
    def _push(self, text: str, edit: Edit) -> None:
        self.session.undo_stack.push(EditCommand(self.session, text, edit))

    def _title(self, section_id: str) -> str:
        section = self.session.project.note.section(section_id)
        return section.title if section is not None else ""

    def rename(self) -> None:
        sid = self.target()
        if sid is None:
            return
        old = self._title(sid)
        title = dialogs.get_text(self.pane, self.tr("Rename section"),
                                 self.tr("New title of the section:"), old)
        if title is None or not title.strip() or " ".join(title.split()) == old:
            return
        self._push(self.tr("Rename section “%1”").replace("%1", old),
                   section_edits.rename_section(self.session.project, sid, title))
        self._focus(sid)

    def add_after(self) -> None:
        sid = self.target()
        if sid is None:
            return
        title = dialogs.get_text(self.pane, self.tr("Add section"),
                                 self.tr("Title of the new section:"))
        if title is None or not title.strip():
            return
        edit, new_id = section_edits.add_section(self.session.project, title, after_id=sid)
        self._push(self.tr("Add section “%1”").replace("%1", " ".join(title.split())), edit)
        self._focus(new_id)

    def move(self, step: int) -> None:
        sid = self.target()
        if sid is None:
            return
        edit = section_edits.move_section(self.session.project, sid, step)
        if edit is None:
            return
        text = self.tr("Move section “%1” up") if step < 0 else \
            self.tr("Move section “%1” down")
        self._push(text.replace("%1", self._title(sid)), edit)
        self._focus(sid)

    def remove(self) -> None:
        sid = self.target()
        section = self.session.project.note.section(sid) if sid else None
        if section is None or section.required:
            return
        if section.blocks and not dialogs.confirm(
                self.pane, self.tr("Remove the section?"),
                self.tr("“%1” holds %n block(s). Remove the section and its blocks? (Edit ▸ "
                        "Undo brings them back.)", "", len(section.blocks))
                .replace("%1", section.title),
                yes=self.tr("Remove"), no=self.tr("Keep it")):
            return
        order = [s.id for s in self.session.project.note.sections]
        index = order.index(section.id)
        self._push(self.tr("Remove section “%1”").replace("%1", section.title),
                   section_edits.remove_section(self.session.project, section.id))
        rest = [s for s in order if s != section.id]
        if rest:
            self._focus(rest[min(index, len(rest) - 1)])

    def _focus(self, section_id: str) -> None:
        if self._menu_section is not None:
            self._focus_after_menu = section_id
            return
        widget = self.pane.section_widget(section_id)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.pane.scroll_area.ensureWidgetVisible(widget, 10, 10)
