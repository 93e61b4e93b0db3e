"""The Evidence panel: what the news says about the outline theme selected.

An analyst weighing "5 of 7 respondents name US domestic politics" looks for
reporting that bears it out. The panel lists the news passages that speak to
the theme (``core.evidence``), best first, the matched words bold; Enter or a
double-click opens the passage in the reader, and Ctrl+E (or *Add as
excerpt*) quotes it in the note's target section, linked to the theme, as
one undo step. It can also look for the words selected in the reader.

Ranking takes milliseconds once the news is read, so it runs here; the read
(``EvidenceIndex``) is kept until a source changes. Reading a few articles
takes milliseconds too; a project with much news (over ``WORKER_CHARS``) is
read on a worker, and the panel says so meanwhile.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QTextDocument
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QStyle, QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout,
                               QWidget)

from briefer.core.evidence import EvidenceIndex, Passage, evidence_for_text, evidence_for_theme
from briefer.gui.commands.excerpts import AddExcerptCommand
from briefer.gui.session import ProjectSession
from briefer.gui.workers import Task, TaskRunner
from briefer.gui.wording import shown_title

PASSAGE_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
LIMIT = 5  # passages shown: more is reading, not finding
WORKER_CHARS = 300_000  # news this long is read on a worker (some 0.2 s and more)


def passage_html(title: str, text: str, passage: Passage) -> str:
    """The source's title, then the passage with its matched words bold."""
    parts: list[str] = []
    at = passage.start
    for a, b in passage.spans:
        parts.append(html.escape(text[at:a]))
        parts.append(f"<b>{html.escape(text[a:b])}</b>")
        at = b
    parts.append(html.escape(text[at:passage.end]))
    return f"<i>{html.escape(title)}</i><br>{''.join(parts)}"


class _HtmlDelegate(QStyledItemDelegate):
    """Draws an item's ``HTML_ROLE`` text, wrapped to the list's width."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                  ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)  # type: ignore[attr-defined]
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        document.setTextWidth(max(80, option.rect.width() - 8))  # type: ignore[attr-defined]
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        option.text = ""  # type: ignore[attr-defined]
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            context.palette.setColor(context.palette.ColorRole.Text,
                                     option.palette.highlightedText().color())  # type: ignore
        painter.save()
        painter.translate(option.rect.topLeft())  # type: ignore[attr-defined]
        painter.translate(4, 2)
        painter.setClipRect(QRectF(0, 0, document.textWidth(), document.size().height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        document = self._document(option, index)
        return QSize(int(document.textWidth()), int(document.size().height()) + 6)


class EvidenceList(QListWidget):
    """The passages; Enter opens one, Ctrl+E quotes it (before the window's Ctrl+E,
    which adds the reader's selection: here the passage is the selection)."""

    openRequested = Signal()
    addRequested = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self._is_add(event):
            event.accept()
            return True
        return super().event(event)

    @staticmethod
    def _is_add(event: QKeyEvent) -> bool:
        return event.key() == Qt.Key.Key_E and \
            event.modifiers() == Qt.KeyboardModifier.ControlModifier

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._is_add(event):
            self.addRequested.emit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.openRequested.emit()
        else:
            super().keyPressEvent(event)


class EvidencePanel(QWidget):
    """News passages for a theme or a selected text (see module notes)."""

    passageActivated = Signal(str, int, int)  # source id, start, end

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePanel")
        self.setAccessibleName(self.tr("Evidence in the news"))
        self.session = session
        self.theme_id: str | None = None
        self._query: tuple[str, str, tuple[str, int, int] | None] | None = None
        self._index: EvidenceIndex | None = None
        self._reading: Task | None = None  # the worker reading the news, if any
        self._runner = TaskRunner(self)
        # Where "Add as excerpt" puts the passage: the note's target section, which the
        # window knows; None asks the analyst to choose one first.
        self.target_section: Callable[[], str | None] = self._window_target

        self.heading = QLabel(self)
        self.heading.setObjectName("evidenceHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.list = EvidenceList(self)
        self.list.setObjectName("evidenceList")
        self.list.setAccessibleName(self.tr("News passages"))
        self.list.setWordWrap(True)
        self.list.setItemDelegate(_HtmlDelegate(self.list))
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setMinimumHeight(120)  # a passage and a half, on a 768-pixel screen
        self.list.itemDoubleClicked.connect(lambda _item: self.open_current())
        self.list.openRequested.connect(self.open_current)
        self.list.addRequested.connect(self.add_current)
        self.empty = QLabel(self)
        self.empty.setObjectName("evidenceEmpty")
        self.empty.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add as excerpt"), self)
        self.add_button.setObjectName("evidenceAdd")
        self.add_button.setToolTip(self.tr("Quote the passage in the note, linked to the "
                                           "theme (Ctrl+E)"))
        self.add_button.clicked.connect(self.add_current)
        self.find_button = QPushButton(self.tr("Find evidence for selection"), self)
        self.find_button.setObjectName("evidenceFind")
        self.find_button.setToolTip(self.tr("News passages on the words selected in the "
                                            "reader"))
        self.find_button.clicked.connect(self.find_for_selection)
        self.status = QLabel(self)
        self.status.setObjectName("evidenceStatus")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status, 1)
        row.addWidget(self.find_button)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        session.sourcesChanged.connect(self._sources_changed)
        session.projectReplaced.connect(self._project_replaced)
        session.outlineChanged.connect(self.refresh)
        self.clear()

    # -- what to show -------------------------------------------------------------
    def clear(self) -> None:
        self.theme_id = None
        self._query = None
        self.heading.setText(self.tr("Select a theme to see what the news says about it."))
        self._show([])
        self.empty.hide()

    def show_theme(self, theme_id: str) -> None:
        found = self.session.project.outline.find_theme(theme_id)
        if found is None:
            self.clear()
            return
        self.theme_id = theme_id
        self._query = ("theme", theme_id, None)
        self.heading.setText(self.tr("News on “{0}”").format(found[1].label))
        self.empty.setText(self.tr("No news source speaks to this theme."))
        news = self._news()
        self._show(evidence_for_theme(self.session.project, theme_id, LIMIT, news)
                   if news is not None else [])

    def show_text(self, text: str, exclude: tuple[str, int, int] | None = None) -> None:
        """Passages on ``text`` (selected words; ``exclude``: where they were selected)."""
        self.theme_id = None
        self._query = ("text", text, exclude)
        words = " ".join(text.split())
        self.heading.setText(self.tr("News on “{0}”").format(
            words if len(words) <= 60 else words[:59] + "…"))
        self.empty.setText(self.tr("No news source speaks to this."))
        news = self._news()
        self._show(evidence_for_text(self.session.project, text, LIMIT, exclude, news)
                   if news is not None else [])

    def refresh(self) -> None:
        if self._query is None:
            return
        kind, key, exclude = self._query
        if kind == "theme":
            self.show_theme(key)
        else:
            self.show_text(key, exclude)

    def passages(self) -> list[Passage]:
        return [self.list.item(i).data(PASSAGE_ROLE) for i in range(self.list.count())]

    def _news(self) -> EvidenceIndex | None:
        """The news read, or None while a worker reads it (``refresh`` follows)."""
        if self._index is not None:
            return self._index
        articles = self.session.project.articles()
        if sum(len(a.text) for a in articles) < WORKER_CHARS:
            self._index = EvidenceIndex(articles)
            return self._index
        if self._reading is None:
            self._reading = self._runner.start(
                lambda _progress, _cancelled: EvidenceIndex(articles), self._hook_up)
        return None

    def _hook_up(self, task: Task) -> None:
        task.signals.finished.connect(lambda index, t=task: self._read(t, index))
        task.signals.failed.connect(lambda _message, t=task: self._read(t, None))

    def _read(self, task: Task, index: EvidenceIndex | None) -> None:
        if task is not self._reading:
            return  # the sources changed while it read: a newer read is coming
        self._reading = None
        self._index = index or EvidenceIndex(())
        self.refresh()

    def reading(self) -> bool:
        return self._reading is not None

    def _forget_news(self) -> None:
        if self._reading is not None:
            self._reading.cancel()
        self._reading = None
        self._index = None

    def _sources_changed(self) -> None:
        self._forget_news()
        self.refresh()

    def _project_replaced(self) -> None:
        self._forget_news()
        self.clear()

    def _show(self, passages: list[Passage]) -> None:
        self.list.clear()
        self.status.clear()
        sources = self.session.project.sources
        for passage in passages:
            source = sources[passage.source_id]
            item = QListWidgetItem()
            item.setData(PASSAGE_ROLE, passage)
            item.setData(HTML_ROLE, passage_html(shown_title(source), source.text, passage))
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         f"{shown_title(source)}: {source.text[passage.start:passage.end]}")
            item.setToolTip(self.tr("Score {0:.1f} · matched: {1}").format(
                passage.score, ", ".join(passage.matched)))
            self.list.addItem(item)
        if passages:
            self.list.setCurrentRow(0)
        self.list.setVisible(bool(passages))
        if self._reading is not None:
            self.empty.setText(self.tr("Reading the news…"))
        self.empty.setVisible(not passages and self._query is not None)
        self.add_button.setEnabled(bool(passages))

    # -- acting on a passage ----------------------------------------------------------
    def current(self) -> Passage | None:
        item = self.list.currentItem()
        return item.data(PASSAGE_ROLE) if item is not None else None

    def open_current(self) -> None:
        passage = self.current()
        if passage is not None:
            self.passageActivated.emit(passage.source_id, passage.start, passage.end)

    def add_current(self) -> str | None:
        """Quote the current passage in the target section, linked to the theme shown;
        one undo step. Returns the excerpt id (None when nothing was added)."""
        passage = self.current()
        if passage is None:
            return None
        if not self.session.project.note.sections:
            self.status.setText(self.tr("The note has no sections yet: use Note ▸ Draft "
                                        "from outline first."))
            return None
        section_id = self.target_section()
        if section_id is None:
            self.status.setText(self.tr("Choose where excerpts go first (Ctrl+Shift+E)."))
            return None
        try:
            command = AddExcerptCommand(self.session, passage.source_id, passage.start,
                                        passage.end, section_id=section_id,
                                        theme_id=self.theme_id)
        except (KeyError, ValueError):
            return None
        self.session.undo_stack.push(command)
        section = self.session.project.note.section(section_id)
        self.status.setText(self.tr("Excerpt added to “{0}”.").format(
            section.title if section else ""))
        return command.excerpt_id

    def find_for_selection(self) -> bool:
        """Passages on the words selected in the window's reader; False when none are."""
        reader = getattr(self.window(), "reader", None)
        span = reader.selected_span() if reader is not None else None
        if not span:
            self.status.setText(self.tr("Select some words in the reader first."))
            return False
        source_id, start, end = span
        self.show_text(self.session.project.sources[source_id].text[start:end], span)
        return True

    def _window_target(self) -> str | None:
        """The note's target section; the first time, asked as Ctrl+E asks (a menu)."""
        window = self.window()
        note_pane = getattr(window, "note_pane", None)
        current = getattr(note_pane, "current_section_id", None)
        section_id = current() if callable(current) else None
        ask = getattr(window, "ask_excerpt_section", None)
        if section_id is None and callable(ask):
            section_id = ask(self.tr("Add the excerpt to:"))
        return section_id
