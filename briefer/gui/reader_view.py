"""The widgets the Reader pane is built from: the survey highlighter, text view, find bar.

Split from ``reader`` (which keeps the pane: the source shown, selection,
excerpt and hit highlights) because these widgets only draw and forward:
the highlighter formats the survey from the parser's own spans, the view
turns a selection into a drag and a context menu, the find bar sends its
query and steps back to the pane.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEvent, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (QAction, QColor, QContextMenuEvent, QFont, QHelpEvent, QKeyEvent,
                           QMouseEvent, QPalette, QResizeEvent, QSyntaxHighlighter,
                           QTextCharFormat, QTextDocument)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QToolButton, QToolTip, QWidget)

from briefer.core.survey_parser import parse_survey
from briefer.gui.mime import span_mime

if TYPE_CHECKING:  # for annotations only: reader imports this module to build its pane
    from briefer.gui.reader import Reader


def survey_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, role) for the survey's structure, from the survey parser itself
    (headings of any kind, list markers, ``**`` and ``__`` key phrases)."""
    return parse_survey(text, "").marks


class SurveyHighlighter(QSyntaxHighlighter):
    """Headings larger, key phrases bold and tinted, Markdown markers faded."""

    def __init__(self, document: QTextDocument, spans: list[tuple[int, int, str]],
                 palette: QPalette) -> None:
        super().__init__(document)
        text_colour = palette.color(QPalette.ColorRole.Text)
        faded = QColor(text_colour)
        faded.setAlpha(90)
        link = palette.color(QPalette.ColorRole.Link)
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setFontPointSize(document.defaultFont().pointSizeF() * 1.2)
        heading.setForeground(link)
        marker = QTextCharFormat()
        marker.setForeground(faded)
        key = QTextCharFormat()
        key.setFontWeight(QFont.Weight.Bold)
        key.setBackground(QColor.fromHsv(210, 60, 255, 55))
        number = QTextCharFormat()
        number.setFontWeight(QFont.Weight.Bold)
        title = QTextCharFormat(heading)
        title.setFontPointSize(document.defaultFont().pointSizeF() * 1.35)
        self._formats = {"heading": heading, "marker": marker, "key": key, "number": number,
                         "title": title}
        self._spans = sorted(spans, key=lambda span: span[0])  # stable: overlaps keep order
        # A block looks only at the spans that can reach it: from the first that starts
        # at most the longest span's length before it (not from the top, which made
        # drawing a survey grow with the square of its length).
        self._starts = [s for s, _, _ in self._spans]
        self._longest = max((e - s for s, e, _ in self._spans), default=0)

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        start, end = block.position(), block.position() + len(text)
        for s, e, role in self._spans[bisect_left(self._starts, start - self._longest):]:
            if s >= end:
                break
            if e > start:
                a, b = max(s, start), min(e, end)
                self.setFormat(a - start, b - a, self._formats[role])


class ReaderView(QPlainTextEdit):
    """Read-only text that drags and offers its selection as an excerpt span.

    Clicks select as in a word processor: a double-click the word, a triple-click
    the sentence (Qt's own would take the whole line, a paragraph in a news
    source), a fourth click the paragraph; the pane decides what a sentence is.
    """

    addExcerptRequested = Signal()
    resized = Signal()

    def __init__(self, reader: Reader) -> None:
        super().__init__(reader)
        self._reader = reader
        # more actions on the selected words, put in the context menu by the window
        self.selection_actions: list[QAction] = []
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setObjectName("readerText")
        self.setAccessibleName(self.tr("Source text"))
        self.document().setDocumentMargin(14)
        self._clicks = 0  # presses in the current run of quick clicks at one place
        self._click_at = QPoint()
        self._click_clock = QElapsedTimer()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        super().mouseDoubleClickEvent(event)  # the word, as Qt picks it
        if event.button() == Qt.MouseButton.LeftButton:
            self._clicks = 2
            self._click_at = event.position().toPoint()
            self._click_clock.start()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        at = event.position().toPoint()
        if (event.button() == Qt.MouseButton.LeftButton and self._clicks >= 2
                and self._click_clock.isValid()
                and self._click_clock.elapsed() <= QApplication.doubleClickInterval()
                and (at - self._click_at).manhattanLength() <= QApplication.startDragDistance()):
            self._clicks += 1
            self._click_clock.start()
            position = self.cursorForPosition(at).position()
            if self._reader.select_unit_at(position, paragraph=self._clicks >= 4):
                event.accept()
                return
        self._clicks = 1
        super().mousePressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def createMimeDataFromSelection(self) -> QMimeData:
        span = self._reader.selected_span()
        if span is None:
            return super().createMimeDataFromSelection()
        source_id, start, end = span
        text = self._reader.source.text[start:end] if self._reader.source else ""
        return span_mime(source_id, start, end, text)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        standard = menu.actions()
        first = [self._reader.add_action, *self.selection_actions]
        if standard:  # Add excerpt first, above Copy and Select All
            menu.insertActions(standard[0], first)
            menu.insertSeparator(standard[0])
        else:
            menu.addActions(first)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cursor = self.cursorForPosition(event.pos())
            tip = self._reader.tooltip_at(cursor.position())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


class FindBar(QWidget):
    """Ctrl+F: find within the current source."""

    def __init__(self, reader: Reader) -> None:
        super().__init__(reader)
        self._reader = reader
        self.setObjectName("findBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Find in this source"))
        self.edit.setAccessibleName(self.tr("Find in this source"))
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Matches found"))
        prev_button = QToolButton(self)
        prev_button.setText(self.tr("Previous"))
        prev_button.setAccessibleName(self.tr("Previous match"))
        prev_button.clicked.connect(reader.previous_hit)
        next_button = QToolButton(self)
        next_button.setText(self.tr("Next"))
        next_button.setAccessibleName(self.tr("Next match"))
        next_button.clicked.connect(reader.next_hit)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Close the find bar (Esc)"))
        close.setAccessibleName(self.tr("Close find bar"))
        close.clicked.connect(self.hide)
        for w in (self.edit, self.count, prev_button, next_button, close):
            layout.addWidget(w)
        layout.setStretch(0, 1)
        self.edit.textChanged.connect(reader.find_soon)  # once the typing pauses
        self.edit.returnPressed.connect(reader.find_or_next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            self._reader.view.setFocus()
            return
        super().keyPressEvent(event)

