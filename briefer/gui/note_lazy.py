"""Block widgets made when they are needed, so that a note of thousands of excerpts
opens at once and stays light.

An excerpt block is a dozen Qt widgets: a note of 3,000 excerpts built in full
took minutes and more than a gigabyte. Each block starts instead as a
``BlockPlaceholder``, an empty widget of about the block's height (so the
scroll bar is right from the start). The blocks on screen, and half a screen
around them, become real widgets after every scroll, resize or change of the
note; a block the program needs (focus, keyboard movement, find and replace)
is made on demand by ``block_widget``. When blocks made above the visible part
come out taller or shorter than guessed, the view is scrolled by as much, so
what the user reads does not jump.

A mixin of ``NotePane`` (through ``NoteNavigation``), which owns the widgets
and makes a block's real widget (``_new_block_widget``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QScrollArea, QSizePolicy, QWidget

from briefer.core.note import Block, ExcerptBlock
from briefer.core.project import Project

if TYPE_CHECKING:
    from briefer.gui.note_blocks import BlockWidget, SectionWidget
    from briefer.gui.session import ProjectSession


class BlockPlaceholder(QWidget):
    """Stands for a block not made yet: only its (estimated) height."""

    def __init__(self, block_id: str, height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.block_id = block_id
        self.setObjectName("noteBlockPlaceholder")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(height)


def estimate_height(block: Block, project: Project, width: int,
                    metrics: QFontMetrics) -> int:
    """About how tall the block's widget will be at this width (wrapped lines counted)."""
    per_line = max(20, (width - 60) // max(1, metrics.averageCharWidth()))
    line = metrics.lineSpacing()

    def lines(text: str) -> int:
        return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))

    if isinstance(block, ExcerptBlock):
        excerpt = project.excerpts.get(block.excerpt_id)
        words = excerpt.exact if excerpt is not None else ""
        body = 30 + lines(words) * line + line + 14  # mode row, words, citation, margins
        if block.mode != "quote":
            body += lines(block.paraphrase) * line + 14
        elif block.lead_in:
            body += line + 8
        return body
    return max(lines(block.markdown) * line + 16, line + 16)


class LazyBlocks(QWidget):
    """Placeholders turned into block widgets when seen or needed (see module notes)."""

    session: ProjectSession
    scroll_area: QScrollArea
    content: QWidget
    _sections: dict[str, SectionWidget]
    _section_order: list[str]
    _blocks: dict[str, BlockWidget]
    _placeholders: dict[str, BlockPlaceholder]
    _stale: set[str]  # excerpt widgets to redraw when next seen (citations, anchoring)

    def _new_block_widget(self, block: Block, parent: QWidget | None = None) -> BlockWidget:
        raise NotImplementedError

    def _render_citations(self) -> None:
        raise NotImplementedError

    def _prepared(self, widget: BlockWidget) -> None:
        """A block widget was just made from a placeholder (the pane finishes it)."""

    def _init_lazy(self) -> None:
        self._placeholders = {}
        self._stale = set()
        self._realize_timer = QTimer(self)
        self._realize_timer.setSingleShot(True)
        self._realize_timer.setInterval(0)
        self._realize_timer.timeout.connect(self._realize_visible)
        bar = self.scroll_area.verticalScrollBar()
        bar.valueChanged.connect(self._schedule_realize)
        bar.rangeChanged.connect(self._schedule_realize)

    def _schedule_realize(self, *_: object) -> None:
        self._realize_timer.start()

    def _placeholder(self, block: Block, parent: QWidget) -> BlockPlaceholder:
        width = max(self.scroll_area.viewport().width(), 400)
        height = estimate_height(block, self.session.project, width, self.fontMetrics())
        placeholder = BlockPlaceholder(block.id, height, parent)
        self._placeholders[block.id] = placeholder
        return placeholder

    def block_widget(self, block_id: str) -> BlockWidget | None:
        """The block's widget, made now if it was not yet (None: no such block shown)."""
        widget = self._blocks.get(block_id)
        if widget is None and block_id in self._placeholders:
            widget = self._realize(block_id)
            self._settle()  # its place and size are true at once, as a made widget's are
            self._render_citations()
        elif widget is not None and block_id in self._stale:
            self._refresh(block_id, widget)
        return widget

    def _refresh(self, block_id: str, widget: BlockWidget) -> None:
        self._stale.discard(block_id)
        found = self.session.project.note.find_block(block_id)
        if found is not None:
            widget.update_from(found[0].blocks[found[1]], self.session.project, force=True)

    def _realize(self, block_id: str) -> BlockWidget | None:
        placeholder = self._placeholders.get(block_id)
        if placeholder is None:
            return self._blocks.get(block_id)
        found = self.session.project.note.find_block(block_id)
        section = self._sections.get(found[0].id) if found is not None else None
        if found is None or section is None:
            return None
        widget = self._new_block_widget(found[0].blocks[found[1]], section)
        section.replace_block(placeholder, widget)
        del self._placeholders[block_id]
        placeholder.hide()
        placeholder.deleteLater()
        self._prepared(widget)
        return widget

    def visible_range(self) -> tuple[int, int, int]:
        """(from, to) in the content's coordinates where blocks are made: the part on
        screen and half a screen either side; and the top of the part on screen."""
        top = self.scroll_area.verticalScrollBar().value()
        height = self.scroll_area.viewport().height()
        return top - height // 2, top + height * 3 // 2, top

    def _in_range(self) -> Iterable[tuple[QWidget, int]]:
        """The block widgets and placeholders in ``visible_range`` and their tops."""
        low, high, _top = self.visible_range()
        for sid in self._section_order:
            section = self._sections[sid]
            box = section.geometry()
            if box.bottom() < low:
                continue
            if box.top() > high:
                break
            section.layout_.activate()
            blocks = section.blocks
            first, last = 0, len(blocks)
            while first < last:  # the first block that ends below ``low`` (they are in order)
                middle = (first + last) // 2
                geometry = blocks[middle].geometry()
                if box.top() + geometry.bottom() < low:
                    first = middle + 1
                else:
                    last = middle
            for widget in blocks[first:]:
                y = box.top() + widget.y()
                if y > high:
                    break
                yield widget, y

    def _settle(self) -> None:
        """Lay the sections and the content out now, so that positions are true."""
        for sid in self._section_order:
            self._sections[sid].layout_.activate()
        layout = self.content.layout()
        if layout is not None:
            layout.activate()
        QApplication.sendEvent(self.scroll_area, QEvent(QEvent.Type.LayoutRequest))

    def _realize_visible(self) -> None:
        """Make the blocks in view; redraw the ones whose excerpts changed since."""
        if not self.isVisible() or (not self._placeholders and not self._stale):
            return
        self._settle()
        top = self.visible_range()[2]
        made: list[tuple[QWidget, int]] = []  # made above the view: their old heights
        made_any = False
        for widget, y in list(self._in_range()):
            block_id = getattr(widget, "block_id", "")
            if isinstance(widget, BlockPlaceholder):
                real = self._realize(block_id)
                made_any = made_any or real is not None
                if real is not None and y + widget.height() <= top:
                    made.append((real, widget.height()))
            elif block_id in self._stale:
                self._refresh(block_id, widget)  # type: ignore[arg-type]
        if not made_any:
            return
        self._settle()
        shift = sum(widget.height() - old for widget, old in made)
        if shift:
            bar = self.scroll_area.verticalScrollBar()
            bar.setValue(bar.value() + shift)
        self._render_citations()
        self._schedule_realize()  # heights changed: more may have come into view
