"""Block widgets made when they are needed, so that a note of thousands of excerpts
opens at once and stays light.

An excerpt block is a dozen Qt widgets: a note of 3,000 excerpts built in full
took minutes and more than a gigabyte. Blocks start instead in runs: one
``BlockPlaceholder`` for each run of consecutive blocks not made, an empty widget
as tall as they would be (so the scroll bar is right from the start; see
``note_runs``). The blocks on screen, and half a screen
around them, become real widgets after every scroll, resize or change of the
note; a block the program needs (focus, keyboard movement, find and replace)
is made on demand by ``block_widget``. When blocks made above the visible part
come out taller or shorter than guessed, the view is scrolled by as much, so
what the user reads does not jump. Blocks far from the view go back to
their runs with their exact height, so memory stays flat however much of the
note is read; an excerpt changed (re-anchored, its source's details edited,
its citation rendered) is redrawn now if in view, else when it comes into view.

A mixin of ``NotePane`` (through ``NoteNavigation``), which owns the widgets
and makes a block's real widget (``_new_block_widget``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from briefer.core.note import Block, ExcerptBlock
from briefer.core.project import Project
from briefer.gui.citation_renderer import CitationRenderer
from briefer.gui.note_blocks import (  # BlockPlaceholder re-exported: tests, benchmarks
    BlockPlaceholder as BlockPlaceholder,
    BlockWidget,
    ExcerptBlockWidget,
    SectionWidget,
)
from briefer.gui.note_runs import BlockRuns, discard

if TYPE_CHECKING:
    from briefer.gui.session import ProjectSession


MAKE_PER_PASS = 3  # blocks made in one pass of the event loop
KEEP_MADE = 120  # block widgets kept however far from the view, up to this many
KEEP_SCREENS = 3.0  # beyond that, the ones more than this many screens away go


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
        body = 30 + lines(words) * line + line + 2  # mode row, words, citation, margins
        if block.mode != "quote":
            body += lines(block.paraphrase) * line + 14
        elif block.lead_in:
            body += line + 8
        return body
    return max(lines(block.markdown) * line + 16, line + 16)


class LazyBlocks(BlockRuns):
    """Blocks in runs made into block widgets when seen or needed (see module notes)."""

    session: ProjectSession
    scroll_area: QScrollArea
    content: QWidget
    _sections: dict[str, SectionWidget]
    _section_order: list[str]
    _blocks: dict[str, BlockWidget]
    _stale: set[str]  # excerpt widgets to redraw when next seen (citations, anchoring)
    _citations: CitationRenderer
    _current_block_id: str | None
    _citation_failure: str | None  # what the processor said when it could not render

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

    _measure: tuple[int, QFontMetrics] | None = None

    def _forget_measure(self) -> None:
        self._measure = None

    def _schedule_realize(self, *_: object) -> None:
        self._realize_timer.start()

    def _estimate(self, block: Block) -> int:
        # the width and font asked once per pass, not once per block (thousands at open)
        measure = self._measure
        if measure is None:
            measure = self._measure = (max(self.scroll_area.viewport().width(), 400),
                                       self.fontMetrics())
            QTimer.singleShot(0, self._forget_measure)
        return estimate_height(block, self.session.project, measure[0], measure[1])

    def block_widget(self, block_id: str) -> BlockWidget | None:
        """The block's widget, made now if it was not yet (None: no such block shown).

        Ask again rather than keep it: once far from the view (and without the
        focus) a block's widget goes back to a run (``_far_blocks``)."""
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

    def _make(self, block_id: str) -> BlockWidget | None:
        """The block's widget, made and shown but not yet in its section's layout.

        Shown first: showing a child of a section whose layout changed lays the
        whole section out again, so a pass makes and shows all its widgets while
        the layouts are clean, then puts them in (``_place``), then lays out once."""
        run = self._placeholders.get(block_id)
        found = self.session.project.note.find_block(block_id)
        section = self._sections.get(found[0].id) if found is not None else None
        if run is None or found is None or section is None or run.parentWidget() is not section:
            return None
        widget = self._new_block_widget(found[0].blocks[found[1]], section)
        widget.show()
        return widget

    def _place(self, made: dict[str, BlockWidget],
               released: dict[str, tuple[BlockWidget, int]]) -> None:
        """Put the widgets ``made`` in their runs' places, and the blocks ``released``
        (their widgets and heights) back into runs; their widgets go."""
        by_section: dict[int, tuple[SectionWidget, dict[str, BlockWidget], dict[str, int]]] = {}
        for block_id, widget in made.items():
            section = widget.parentWidget()
            if isinstance(section, SectionWidget):
                by_section.setdefault(id(section), (section, {}, {}))[1][block_id] = widget
        for block_id, (widget, height) in released.items():
            section = widget.parentWidget()
            if isinstance(section, SectionWidget):
                by_section.setdefault(id(section), (section, {}, {}))[2][block_id] = height
        for section, made_here, released_here in by_section.values():
            self._reshape(section, made_here, released_here)
        for widget, _height in released.values():
            discard(widget)

    def _realize(self, block_id: str) -> BlockWidget | None:
        widget = self._make(block_id)
        if widget is None:
            return self._blocks.get(block_id)
        self._place({block_id: widget}, {})
        return widget

    def visible_range(self, screens: float = 0.5) -> tuple[int, int, int]:
        """(from, to) in the content's coordinates: the part on screen and ``screens``
        screens either side (where blocks are made); and the top of the part on screen."""
        top = self.scroll_area.verticalScrollBar().value()
        height = self.scroll_area.viewport().height()
        return top - int(height * screens), top + height + int(height * screens), top

    def _in_range(self, screens: float = 0.5) -> Iterable[tuple[str, int, int, QWidget]]:
        """The blocks in ``visible_range``: id, top, height, and the block's widget or
        the run holding it."""
        low, high, _top = self.visible_range(screens)
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
            while first < last:  # the first widget that ends below ``low`` (they are in order)
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
                if not isinstance(widget, BlockPlaceholder):
                    yield getattr(widget, "block_id", ""), y, widget.height(), widget
                    continue
                tops, heights = widget.tops, widget.heights
                for index in range(widget.first_ending_after(low - y), len(widget.ids)):
                    if y + tops[index] > high:
                        break
                    yield widget.ids[index], y + tops[index], heights[index], widget

    def _settle(self, scroll_range: bool = True) -> None:
        """Lay the sections and the content out now, so that positions are true; with
        ``scroll_range``, the scroll bar's range too (the costlier part: Qt asks every
        section for its height again)."""
        for sid in self._section_order:
            self._sections[sid].layout_.activate()
        layout = self.content.layout()
        if layout is not None:
            layout.activate()
        if scroll_range:
            QApplication.sendEvent(self.scroll_area, QEvent(QEvent.Type.LayoutRequest))

    def _realize_visible(self) -> None:
        """Make the blocks in view (those on screen first, a few at a time so that
        the window never waits long); redraw the ones whose excerpts changed since;
        let the ones far away go (``_release_far``)."""
        if not self.isVisible() or (not self._placeholders and not self._stale):
            return
        self._settle(scroll_range=False)
        _low, _high, top = self.visible_range()
        bottom = top + self.scroll_area.viewport().height()
        waiting: list[tuple[str, int, int]] = []
        for block_id, y, height, widget in list(self._in_range()):
            if isinstance(widget, BlockPlaceholder):
                waiting.append((block_id, y, height))
            elif block_id in self._stale:
                self._refresh(block_id, widget)  # type: ignore[arg-type]
        if not waiting:
            return
        waiting.sort(key=lambda item: not (item[1] < bottom and item[1] + item[2] > top))
        made: dict[str, BlockWidget] = {}
        above: list[tuple[QWidget, int]] = []  # made above the view, and their guessed heights
        for block_id, y, height in waiting[:MAKE_PER_PASS]:
            new = self._make(block_id)
            if new is not None:
                made[block_id] = new
                if y + height <= top:
                    above.append((new, height))
        self._place(made, self._far_blocks())
        self._settle(scroll_range=False)
        shift = sum(widget.height() - old_height for widget, old_height in above)
        if shift:
            self._settle()  # the range, so that the scroll bar can move that far
            bar = self.scroll_area.verticalScrollBar()
            bar.setValue(bar.value() + shift)
        self._render_citations()
        self._schedule_realize()  # more to make, or heights changed: more came into view

    def _far_blocks(self) -> dict[str, tuple[BlockWidget, int]]:
        """Blocks read long ago and now far from the view go back into runs with their
        exact height (nothing moves), so memory and re-layouts stay small however
        much of the note has been read. The block with the focus and the current
        block stay. Returns them, with their widgets and heights."""
        if len(self._blocks) <= KEEP_MADE:
            return {}
        near = {block_id for block_id, *_rest in self._in_range(KEEP_SCREENS)}
        focused = QApplication.focusWidget()
        current = self._current_block_id
        released: dict[str, tuple[BlockWidget, int]] = {}
        for block_id, widget in list(self._blocks.items()):
            if block_id in near or block_id == current or not isinstance(
                    widget.parentWidget(), SectionWidget) or (focused is not None and (
                        focused is widget or widget.isAncestorOf(focused))):
                continue
            released[block_id] = (widget, widget.height())
            del self._blocks[block_id]
            self._stale.discard(block_id)
            self._released(widget)
        return released

    def _released(self, widget: BlockWidget) -> None:
        """A block widget far from the view is about to go (the pane forgets it)."""

    # -- excerpts: redrawn now in view, later elsewhere ------------------------------
    def refresh_excerpts(self) -> None:
        """Excerpts re-anchored or source metadata edited: redraw citations and status.

        The blocks in view are redrawn now; the others made earlier when they
        next come into view, so this stays quick in a long note."""
        self._refresh_excerpts(lambda _widget: True)

    def _excerpts_changed(self) -> None:
        """Excerpts added, removed or re-anchored: only the blocks whose excerpt's words,
        place or status changed are redrawn (each widget knows what it shows)."""
        project = self.session.project
        for section in project.note.sections:
            for block in section.blocks:
                widget = self._blocks.get(block.id)
                if isinstance(widget, ExcerptBlockWidget):
                    widget.update_from(block, project)
        self._render_citations()

    def _refresh_excerpts(self, wanted: Callable[[ExcerptBlockWidget], bool]) -> None:
        project = self.session.project
        near = {block_id for block_id, *_rest in self._in_range()} \
            if self.isVisible() else set()
        for section in project.note.sections:
            for block in section.blocks:
                widget = self._blocks.get(block.id)
                if not isinstance(widget, ExcerptBlockWidget) or not wanted(widget):
                    continue
                if block.id in near or block.id == self._current_block_id:
                    self._stale.discard(block.id)
                    widget.update_from(block, project, force=True)
                else:
                    self._stale.add(block.id)
        self._render_citations()
        self._schedule_realize()

    def _citations_rendered(self) -> None:
        """The worker rendered the citations: the blocks still waiting for one show it."""
        self._citation_failure = None
        self._refresh_excerpts(lambda widget: widget.citation_pending)

    def _render_citations(self) -> None:
        """Citations not yet rendered are rendered on a worker (``CitationRenderer``)."""
        if any(isinstance(w, ExcerptBlockWidget) and w.citation_pending
               for w in self._blocks.values()):
            self._citations.request(self.session.project)

    def _citations_failed(self, message: str) -> None:
        self._citation_failure = message
        for widget in self._blocks.values():
            if isinstance(widget, ExcerptBlockWidget) and widget.citation_pending:
                widget.citation_label.setText(message)
