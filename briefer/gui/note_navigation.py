"""Keyboard movement through the note: Tab and the arrow keys reach every section and block.

Qt's own focus chain follows the order widgets were made, so a block added
later would be reached only after every section; these methods follow the
note's order instead. A mixin of ``NotePane``, which owns the widgets named
below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

if TYPE_CHECKING:
    from briefer.gui.note_blocks import BlockWidget, SectionWidget
    from briefer.gui.note_meta_form import NoteMetaForm
    from briefer.gui.session import ProjectSession


class NoteNavigation(QWidget):
    """Tab and arrow-key order of the note pane (see module notes)."""

    session: ProjectSession
    scroll_area: QScrollArea
    meta_form: NoteMetaForm
    _sections: dict[str, SectionWidget]
    _section_order: list[str]
    _blocks: dict[str, BlockWidget]

    def current_section_id(self) -> str | None:
        raise NotImplementedError

    def _block_stops(self, sid: str) -> list[BlockWidget]:
        section = self.session.project.note.section(sid)
        if section is None:
            return []
        return [w for b in section.blocks if (w := self._blocks.get(b.id)) is not None]

    def navigation_stops(self) -> list[QWidget]:
        """What Up/Down go through: each section, then its blocks, in the note's order."""
        stops: list[QWidget] = []
        for sid in self._section_order:
            stops.append(self._sections[sid])
            stops.extend(self._block_stops(sid))
        return stops

    def tab_stops(self) -> list[QWidget]:
        """What Tab goes through: a section, its "+ Text" button, each block and its fields."""
        stops: list[QWidget] = []
        for sid in self._section_order:
            section = self._sections[sid]
            stops += [section, section.add_button]
            for block in self._block_stops(sid):
                stops.append(block)
                stops.extend(block.focus_parts())
        tabbable = (Qt.FocusPolicy.TabFocus, Qt.FocusPolicy.StrongFocus,
                    Qt.FocusPolicy.WheelFocus)
        return [w for w in stops if w.isVisibleTo(self) and w.isEnabled()
                and w.focusPolicy() in tabbable]

    def step_focus(self, widget: QWidget, step: int) -> None:
        stops = self.navigation_stops()
        if widget in stops:
            index = stops.index(widget) + step
            if 0 <= index < len(stops):
                stops[index].setFocus(Qt.FocusReason.OtherFocusReason)
                self.scroll_area.ensureWidgetVisible(stops[index], 10, 10)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab in the note follows the note's order (sections, then their blocks).

        Qt's own order follows when widgets were made, so blocks added later
        would only be reached after every section.
        """
        focused = QApplication.focusWidget()
        stops = self.tab_stops()
        target: QWidget | None = None
        if focused in stops:
            index = stops.index(focused) + (1 if next else -1)
            if 0 <= index < len(stops):
                target = stops[index]
            elif index < 0:
                target = self.meta_form.last_field()
        elif next and stops and focused is not None and focused is self.meta_form.last_field():
            target = stops[0]
        if target is None:
            return super().focusNextPrevChild(next)
        target.setFocus(Qt.FocusReason.TabFocusReason if next
                        else Qt.FocusReason.BacktabFocusReason)
        return True

    def focus_block(self, block_id: str) -> None:
        widget = self._blocks.get(block_id)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll_area.ensureWidgetVisible(widget, 10, 10)

    def focus_section_step(self, step: int) -> None:
        if not self._section_order:
            return
        current = self.current_section_id()
        index = self._section_order.index(current) + step if current else 0
        index = max(0, min(index, len(self._section_order) - 1))
        widget = self._sections[self._section_order[index]]
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll_area.ensureWidgetVisible(widget, 10, 10)
