"""Keyboard movement through the note: Tab and the arrow keys reach every section and block.

Qt's own focus chain follows the order widgets were made, so a block added
later would be reached only after every section; these methods follow the
note's order instead. Blocks far from the view may not have a widget yet
(``note_lazy``): the order is read from the note, and only the block moved to
is made. A mixin of ``NotePane``, which owns the widgets named below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from briefer.gui.note_blocks import BlockWidget, SectionWidget
from briefer.gui.note_lazy import LazyBlocks

if TYPE_CHECKING:
    from briefer.gui.note_meta_form import NoteMetaForm

Unit = tuple[str, str]  # ("section", id) or ("block", id): one stop of Up/Down


class NoteNavigation(LazyBlocks):
    """Tab and arrow-key order of the note pane (see module notes)."""

    meta_form: NoteMetaForm

    def current_section_id(self) -> str | None:
        raise NotImplementedError

    def units(self) -> list[Unit]:
        """What Up/Down go through: each section, then its blocks, in the note's order."""
        note = self.session.project.note
        order: list[Unit] = []
        for sid in self._section_order:
            order.append(("section", sid))
            section = note.section(sid)
            if section is not None:
                order.extend(("block", b.id) for b in section.blocks)
        return order

    def unit_of(self, widget: QWidget | None) -> Unit | None:
        """The section or block ``widget`` is (or is inside)."""
        while widget is not None and widget is not self:
            if isinstance(widget, BlockWidget):
                return ("block", widget.block_id)
            if isinstance(widget, SectionWidget):
                return ("section", widget.section_id)
            widget = widget.parentWidget()
        return None

    def unit_widget(self, unit: Unit) -> QWidget | None:
        """The unit's widget (a block's made now if it was not yet)."""
        kind, key = unit
        return self._sections.get(key) if kind == "section" else self.block_widget(key)

    def unit_tab_stops(self, unit: Unit) -> list[QWidget]:
        """What Tab goes through in a unit: a section and its "+ Text" button; a block
        and its fields."""
        widget = self.unit_widget(unit)
        if widget is None:
            return []
        stops = [widget]
        if isinstance(widget, BlockWidget):
            stops += widget.focus_parts()
        elif isinstance(widget, SectionWidget):
            stops.append(widget.add_button)
        tabbable = (Qt.FocusPolicy.TabFocus, Qt.FocusPolicy.StrongFocus,
                    Qt.FocusPolicy.WheelFocus)
        return [w for w in stops if w.isVisibleTo(self) and w.isEnabled()
                and w.focusPolicy() in tabbable]

    def step_focus(self, widget: QWidget, step: int) -> None:
        unit = self.unit_of(widget)
        order = self.units()
        if unit in order:
            index = order.index(unit) + step
            target = self.unit_widget(order[index]) if 0 <= index < len(order) else None
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                self.reveal(target)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab in the note follows the note's order (sections, then their blocks).

        Qt's own order follows when widgets were made, so blocks added later
        would only be reached after every section.
        """
        focused = QApplication.focusWidget()
        unit = self.unit_of(focused) if focused is not None else None
        target: QWidget | None = None
        other_unit = False  # the target may have just been made: lay it out, show it
        if unit is not None:
            stops = self.unit_tab_stops(unit)
            order = self.units()
            if focused not in stops or unit not in order:
                return super().focusNextPrevChild(next)
            index = stops.index(focused) + (1 if next else -1)
            if 0 <= index < len(stops):
                target = stops[index]
            else:
                other_unit = True
                at = order.index(unit)
                while target is None:
                    at += 1 if next else -1
                    if not 0 <= at < len(order):
                        break
                    stops = self.unit_tab_stops(order[at])
                    target = (stops[0] if next else stops[-1]) if stops else None
                if at < 0:
                    target = self.meta_form.last_field()
        elif next and self._section_order and focused is not None \
                and focused is self.meta_form.last_field():
            target = self._sections[self._section_order[0]]
        if target is None:
            return super().focusNextPrevChild(next)
        target.setFocus(Qt.FocusReason.TabFocusReason if next
                        else Qt.FocusReason.BacktabFocusReason)
        if other_unit and self.isAncestorOf(target):
            self.reveal(target)
        return True

    def focus_block(self, block_id: str) -> None:
        """Put the focus on a block (made now if it was far from the view) and show it."""
        widget = self.block_widget(block_id)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.reveal(widget)

    def reveal(self, widget: QWidget) -> None:
        """Scroll so that ``widget`` shows, its section laid out first (it may be new)."""
        self._settle()
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
