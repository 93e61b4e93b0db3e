"""The widgets of one note section and its blocks (prose and excerpts).

Each block widget updates itself in place from its core block
(``update_from``), so typing never rebuilds the pane; the section widget
takes drops (a span from the Reader, a block dragged from elsewhere).

This module holds the section widget and its drop handling, and the placeholder
that stands for a run of blocks not made yet (``note_lazy``, ``note_runs``); the
block widgets are in ``note_block_widgets`` and can be imported from here too.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate, repeat
from operator import add

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefer.core.note import NoteSection
from briefer.gui.mime import BLOCK_MIME, SPAN_MIME, THEME_MIME, SpanPayload, read_span, read_theme
from briefer.gui.note_block_widgets import (  # re-exported: note_pane and tests import them here
    BlockWidget as BlockWidget,
    ExcerptBlockWidget as ExcerptBlockWidget,
    ProseBlockWidget as ProseBlockWidget,
    block_mime as block_mime,
    make_block_widget as make_block_widget,
    read_block,
)


class BlockPlaceholder(QWidget):
    """Stands for a run of consecutive blocks not made yet: one empty widget as tall as
    they would be, the layout's spacing between them included, so that every position
    is what it would be with one widget a block.

    One widget a run, not a block: a note of 3,000 excerpts made 3,622 placeholders
    (about 9 µs each in Qt alone, then the layout of the sections holding them) and
    froze the window for more than 100 ms as it opened."""

    _policy: QSizePolicy | None = None  # one for all

    def __init__(self, spacing: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteBlockPlaceholder")
        self.spacing = spacing
        self.ids: list[str] = []  # the blocks of the run, in order
        self.heights: list[int] = []  # each block's height (estimated, or as last made)
        self.tops: list[int] = [0]  # each block's top in the run, then the run's end + spacing
        # Never shown, yet it holds its place in the layout: showing a child of a
        # section lays the whole section out again.
        policy = BlockPlaceholder._policy
        if policy is None:
            policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            policy.setRetainSizeWhenHidden(True)
            BlockPlaceholder._policy = policy
        self.setSizePolicy(policy)
        self.hide()

    stays_hidden = True  # for ``SectionWidget``: holds its place without being shown

    def set_run(self, ids: list[str], heights: list[int]) -> None:
        """Stand for these blocks (not empty), of these heights."""
        self.ids, self.heights = ids, heights
        self.tops = list(accumulate(map(add, heights, repeat(self.spacing)), initial=0))
        self.setFixedHeight(max(1, self.tops[-1] - self.spacing))

    def first_ending_after(self, y: int) -> int:
        """The index of the first block of the run whose bottom is at or below ``y``
        (from the run's top); ``len(ids)`` if none."""
        index = max(0, bisect_right(self.tops, y) - 1)
        if index < len(self.ids) and self.tops[index] + self.heights[index] < y:
            index += 1
        return min(index, len(self.ids))


class SectionWidget(QFrame):
    """One note section: its title, the template's hint while empty, its blocks."""

    spanDropped = Signal(str, object, int)  # section id, SpanPayload, index
    blockDropped = Signal(str, str, int)  # section id, block id, index (before removal)
    themeDropped = Signal(str, str, int)  # section id, outline theme id, index
    addProseRequested = Signal(str)  # section id
    stepRequested = Signal(int)  # Up/Down on the section: go to the block above/below
    menuRequested = Signal(str, QPoint)  # section id, where (global): rename, add, move…

    def __init__(self, section: NoteSection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section_id = section.id
        self.setObjectName("noteSection")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.blocks: list[QWidget] = []  # block widgets and runs of placeholders, in order
        self._drop_index: int | None = None

        self.title = QLabel(self)
        self.title.setObjectName("noteSectionTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.add_button = QToolButton(self)
        self.add_button.setObjectName("noteAddProse")
        self.add_button.setText(self.tr("+ Text"))
        self.add_button.setAutoRaise(True)
        self.add_button.setToolTip(self.tr("Add a text block to this section (Ctrl+Return)"))
        self.add_button.setAccessibleName(self.tr("Add a text block"))
        self.add_button.clicked.connect(lambda: self.addProseRequested.emit(self.section_id))
        # For the mouse; from the keyboard the Menu key or Shift+F10 on the section opens
        # the same menu (so the button is not one more Tab stop per section).
        self.menu_button = QToolButton(self)
        self.menu_button.setObjectName("noteSectionMenu")
        self.menu_button.setText("⋯")
        self.menu_button.setAutoRaise(True)
        self.menu_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.menu_button.setToolTip(self.tr("Rename, add, move or remove sections (Menu key or "
                                            "Shift+F10)"))
        self.menu_button.setAccessibleName(self.tr("Section actions"))
        self.menu_button.clicked.connect(lambda: self.menuRequested.emit(
            self.section_id, self.menu_button.mapToGlobal(self.menu_button.rect().bottomLeft())))
        self.target_label = QLabel(self.tr("⬇ Excerpts go here"), self)
        self.target_label.setObjectName("noteSectionTarget")
        self.target_label.setToolTip(self.tr("Ctrl+E adds the words selected in the reader to "
                                             "this section; Ctrl+Shift+E chooses another one"))
        self.target_label.setAccessibleName(self.tr("New excerpts go to this section"))
        self.target_label.hide()
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title, 1)
        header.addWidget(self.target_label)
        header.addWidget(self.add_button)
        header.addWidget(self.menu_button)

        self.hint = QLabel(self)
        self.hint.setObjectName("noteSectionHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text); font-style: italic;")

        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(6, 6, 6, 8)
        self.layout_.setSpacing(3)
        self.layout_.addLayout(header)
        self.layout_.addWidget(self.hint)
        self.update_from(section)

    def update_from(self, section: NoteSection) -> None:
        self.title.setText(section.title)
        self.title.setToolTip(section.hint)
        empty = not section.blocks
        required = self.tr("Required: the export stops while this section is empty.") + "\n" \
            if section.required else ""
        self.hint.setText((section.hint + "\n" if section.hint else "") + required +
                          self.tr("Drop an excerpt here, or press Ctrl+Return to write."))
        self.hint.setVisible(empty)
        self.setAccessibleName(self.tr("Section: %1").replace("%1", section.title))
        self.setStatusTip(self.tr("Up/Down: go through the blocks · Ctrl+Return: write here · "
                                  "Ctrl+E: add the reader's selection to this section"))
        self.setAccessibleDescription(section.hint)
        self.title.setAccessibleName(section.title)
        self.hint.setAccessibleName(self.tr("Section hint"))

    def set_target(self, target: bool) -> None:
        """Mark (or unmark) this section as where new excerpts go."""
        self.target_label.setVisible(target)
        if self.property("current") != target:
            self.setProperty("current", target)
            self.style().unpolish(self)
            self.style().polish(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():
            self.stepRequested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if event.key() == Qt.Key.Key_Menu or (
                event.key() == Qt.Key.Key_F10
                and event.modifiers() == Qt.KeyboardModifier.ShiftModifier):
            self.menuRequested.emit(self.section_id,
                                    self.title.mapToGlobal(self.title.rect().bottomLeft()))
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.menuRequested.emit(self.section_id, event.globalPos())

    def set_blocks(self, widgets: list[QWidget]) -> None:
        """Show these block widgets (or placeholders), in this order.

        Only what changed is touched: the unchanged run at each end stays in the
        layout, so adding, removing or moving one block costs one insertion, not
        a re-layout of every block. A widget is shown before it enters the layout:
        showing a child of a visible section lays the section out again, and
        doing that once per block of a long section took seconds.
        """
        old = self.blocks
        same = min(len(old), len(widgets))
        head = 0
        while head < same and old[head] is widgets[head]:
            head += 1
        tail = 0
        while tail < same - head and old[-1 - tail] is widgets[-1 - tail]:
            tail += 1
        if head == len(old) == len(widgets):
            return
        for widget in old[head:len(old) - tail]:
            self.layout_.removeWidget(widget)
        for i, widget in enumerate(widgets[head:len(widgets) - tail]):
            if widget.parent() is not self:
                widget.setParent(self)
            if widget.isHidden() and not getattr(widget, "stays_hidden", False):
                widget.show()
            self.layout_.insertWidget(2 + head + i, widget)
        self.blocks = list(widgets)

    def block_ids(self) -> list[str]:
        """The ids of the blocks shown, made or not, in order."""
        ids: list[str] = []
        for widget in self.blocks:
            if isinstance(widget, BlockPlaceholder):
                ids += widget.ids
            else:
                ids.append(getattr(widget, "block_id", ""))
        return ids

    # -- drops ----------------------------------------------------------------------
    def drop_index(self, pos: QPoint) -> int:
        """Where a drop at ``pos`` goes: before the first block whose middle is below it
        (counted in blocks, those not made yet included)."""
        index = 0
        for widget in self.blocks:
            box = widget.geometry()
            if isinstance(widget, BlockPlaceholder):
                if pos.y() <= box.bottom():
                    y = pos.y() - box.top()
                    at = widget.first_ending_after(y)
                    if at < len(widget.ids) and y >= widget.tops[at] + widget.heights[at] // 2:
                        at += 1
                    return index + at
                index += len(widget.ids)
            elif pos.y() < box.center().y():
                return index
            else:
                index += 1
        return index

    def _block_top(self, index: int) -> int | None:
        """The top of the block at ``index`` (None: past the last block)."""
        for widget in self.blocks:
            if isinstance(widget, BlockPlaceholder):
                if index < len(widget.ids):
                    return widget.y() + widget.tops[index]
                index -= len(widget.ids)
            elif index == 0:
                return widget.y()
            else:
                index -= 1
        return None

    def _accepts(self, data: QMimeData) -> bool:
        return data.hasFormat(SPAN_MIME) or data.hasFormat(BLOCK_MIME) \
            or data.hasFormat(THEME_MIME)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
            self._set_drop_index(self.drop_index(event.position().toPoint()))
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
            self._set_drop_index(self.drop_index(event.position().toPoint()))
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:
        self._set_drop_index(None)

    def dropEvent(self, event: QDropEvent) -> None:
        index = self.drop_index(event.position().toPoint())
        self._set_drop_index(None)
        data = event.mimeData()
        span: SpanPayload | None = read_span(data)
        block_id = read_block(data)
        theme = read_theme(data)
        if theme is not None:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.themeDropped.emit(self.section_id, theme[1], index)
        elif span is not None:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.spanDropped.emit(self.section_id, span, index)
        elif block_id is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self.blockDropped.emit(self.section_id, block_id, index)
        else:
            event.ignore()

    def _set_drop_index(self, index: int | None) -> None:
        if index != self._drop_index:
            self._drop_index = index
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._drop_index is None:
            return
        top = self._block_top(self._drop_index)
        if top is not None:
            y = top - 2
        elif self.blocks:
            y = self.blocks[-1].geometry().bottom() + 2
        else:
            y = self.hint.geometry().bottom() + 2
        painter = QPainter(self)
        pen = painter.pen()
        pen.setColor(self.palette().highlight().color())
        pen.setWidth(3)
        painter.setPen(pen)
        painter.drawLine(8, y, self.width() - 8, y)

