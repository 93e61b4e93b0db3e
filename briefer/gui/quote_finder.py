"""“Find source of a quote”: paste a sentence, see which source and where it came from."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from briefer.core.anchoring import locate_quote
from briefer.gui.session import ProjectSession
from briefer.gui.workers import Task, TaskRunner
from briefer.gui.wording import shown_title

SPAN_ROLE = Qt.ItemDataRole.UserRole + 1


class QuoteFinder(QDialog):
    located = Signal(str, int, int)  # source id, start, end

    def __init__(self, session: ProjectSession, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quoteFinder")
        self.setWindowTitle(self.tr("Find the source of a quote"))
        self.setAccessibleName(self.tr("Find the source of a quote"))
        self.session = session
        self.runner = runner
        self._task: Task | None = None
        label = QLabel(self.tr("Paste a sentence from the note or anywhere else:"), self)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("quoteText")
        self.edit.setAccessibleName(self.tr("Quote to find"))
        self.edit.setTabChangesFocus(True)
        self.edit.setMaximumHeight(self.fontMetrics().height() * 5)
        label.setBuddy(self.edit)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Search status"))
        self.status.setWordWrap(True)
        self.results = QListWidget(self)
        self.results.setObjectName("quoteResults")
        self.results.setAccessibleName(self.tr("Places the quote was found"))
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._open)
        self.results.itemDoubleClicked.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.find_button = QPushButton(self.tr("&Find"), self)
        self.find_button.setAccessibleName(self.tr("Find"))
        self.find_button.setDefault(True)
        buttons.addButton(self.find_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.find_button.clicked.connect(self.find_quote)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def find_quote(self) -> None:
        quote = self.edit.toPlainText().strip()
        if not quote:
            self.status.setText(self.tr("Paste a sentence first."))
            return
        if self._task is not None:
            self._task.cancel()
        sources = list(self.session.project.sources.values())
        self.status.setText(self.tr("Looking…"))
        self.results.clear()

        def work(_progress, _cancelled) -> list[Any]:
            return locate_quote(sources, quote, limit=5)

        def hook_up(task: Task) -> None:
            self._task = task
            task.signals.finished.connect(lambda matches, t=task: self._show(t, matches))
            task.signals.failed.connect(self.status.setText)

        self.runner.start(work, hook_up)

    def _show(self, task: object, matches: list[Any]) -> None:
        if task is not self._task:
            return
        self._task = None
        project = self.session.project
        self.results.clear()
        for match in matches:
            source = project.sources.get(match.source_id)
            if source is None:
                continue
            kind = self.tr("exact") if match.exact else self.tr("close match, {0:.0f}%").format(
                match.score)
            words = " ".join(source.text[match.start:match.end].split())
            if len(words) > 160:
                words = words[:158] + "…"
            item = QListWidgetItem(f"{shown_title(source)} — {kind}\n“{words}”")
            item.setData(SPAN_ROLE, (match.source_id, int(match.start), int(match.end)))
            item.setToolTip(self.tr("Characters {0}–{1}").format(match.start, match.end))
            self.results.addItem(item)
        if self.results.count():
            self.status.setText(self.tr("Found in %n place(s). Press Enter to open.", "",
                                        self.results.count()))
            self.results.setCurrentRow(0)
            self.results.setFocus()
        else:
            self.status.setText(self.tr("No source contains this quote or anything close."))

    def _open(self, item: QListWidgetItem) -> None:
        source_id, start, end = item.data(SPAN_ROLE)
        self.located.emit(source_id, start, end)
