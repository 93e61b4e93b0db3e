"""The note's page count in the status bar while the analyst writes ("2 pages").

Fitting a note to two pages used to mean export, convert, look, repeat. This label
counts the pages as LibreOffice lays out the exported note (``export.page_count``)
on a worker, a couple of seconds after the note stops changing: one count at a
time, and a change made during a count starts another once it ends, so the label
always ends on the note as it is. Over the template's limit it says so in the
warning colour. Without LibreOffice it says once that the count needs it and never
tries again; with counting turned off (``BRIEFER_PAGE_COUNT=0``) it stays hidden.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from briefer.core.progress import Progress
from briefer.export.page_count import (
    PageCount,
    count_pages,
    counting_enabled,
    office_program,
    snapshot,
)
from briefer.gui.session import ProjectSession
from briefer.gui.workers import Task, TaskRunner

DELAY_MS = 2000  # after the last change: typing does not start a count a keystroke
# the same box either way, so the status bar does not shift when the note runs over
PLAIN_STYLE = "QLabel#pageCount { border: 1px solid transparent; padding: 0 4px; }"
OVER_STYLE = ("QLabel#pageCount { background: #fff3cd; color: #664d03; "
              "border: 1px solid #e0b400; border-radius: 3px; padding: 0 4px; }")


def pages_text(count: int) -> str:
    """"1 page", "3 pages": said in full, where "%n page(s)" would show its brackets in
    English (the app has no English plural forms)."""
    if count == 1:
        return QCoreApplication.translate("page_count", "1 page")
    return QCoreApplication.translate("page_count", "{0} pages").format(count)


class PageCountLabel(QLabel):
    """"2 pages", "3 pages — over the 2-page limit" (see module notes)."""

    def __init__(self, session: ProjectSession, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageCount")
        self.setAccessibleName(self.tr("Page count"))
        self.session = session
        self.runner = runner
        self.count: PageCount | None = None  # the latest count shown
        self.task: Task | None = None  # the count running, if any
        self._again = False  # the note changed while a count ran
        self._missing = False  # no LibreOffice: said once, never tried again
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.count_now)
        for signal in (session.noteChanged, session.notesChanged, session.excerptsChanged,
                       session.sourcesChanged,
                       session.projectReplaced, session.undo_stack.indexChanged):
            signal.connect(self.changed)
        self.hide()
        self.changed()  # the note as opened

    def changed(self, *_args: object) -> None:
        """The note (or what it cites) changed: count again once it stops changing."""
        if not self._missing:
            self.timer.start()

    def count_now(self) -> None:
        """Start a count of the note as it is now (or once the running one ends)."""
        if not counting_enabled():
            self.hide()
            return
        if office_program() is None:
            self._missing = True
            self.timer.stop()
            self._show(self.tr("Page count needs LibreOffice"),
                       self.tr("Install LibreOffice to see how many pages the note takes "
                               "as you write."))
            return
        if self.task is not None:
            self._again = True
            return
        project = snapshot(self.session.project)  # the worker reads a copy, never the note

        def work(_progress: Progress, cancelled: Callable[[], bool]) -> PageCount:
            return count_pages(project, cancelled=cancelled)

        def hook_up(task: Task) -> None:
            task.signals.finished.connect(self._counted)
            task.signals.failed.connect(lambda message, t=task: self._failed(t, message))
            task.signals.done.connect(self._done)

        if self.count is None:
            self._show(self.tr("Counting pages…"), "")
        self.task = self.runner.start(work, hook_up)

    def _done(self) -> None:
        self.task = None
        if self._again:
            self._again = False
            self.count_now()

    def _counted(self, count: PageCount) -> None:
        self.count = count
        body = pages_text(count.body_pages)
        if count.over:
            text = self.tr("{0} — over the {1}-page limit").format(body, count.limit)
        elif count.pages > count.body_pages:
            text = self.tr("{0} ({1} with the sources)").format(body, count.pages)
        else:
            text = body
        tip = self.tr("As LibreOffice lays out the exported note: the body ends on page {0} "
                      "of {1}.").format(count.body_pages, count.pages)
        if count.limit is not None:
            tip += " " + self.tr("The template allows {0} before the sources.").format(
                pages_text(count.limit))
        self._show(text, tip, over=count.over)

    def _failed(self, task: Task, message: str) -> None:
        if task.is_cancelled():
            return  # the window is closing
        self.count = None
        self._show(self.tr("Pages not counted"), message)

    def _show(self, text: str, tip: str, over: bool = False) -> None:
        self.setText(text)
        self.setToolTip(tip)
        self.setStyleSheet(OVER_STYLE if over else PLAIN_STYLE)
        self.show()
