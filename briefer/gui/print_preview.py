"""View ▸ Print Preview: the note's pages as they will print, without leaving the app.

The pages are those LibreOffice lays out from the exported note (the ones the status
bar's page count counts), drawn on a worker (``export.page_images``) while a
progress bar moves; the dialog stays open beside the window, and "Lay Out Again"
shows the note as it is after more writing. Without poppler's ``pdftoppm`` only the
first page can be drawn (or none), and the dialog says so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from briefer.core.progress import Progress
from briefer.export.page_count import snapshot
from briefer.export.page_images import PagePictures, draw_pages
from briefer.gui.page_count import pages_text
from briefer.gui.session import ProjectSession
from briefer.gui.workers import Task, TaskRunner

PAGES_STYLE = "QWidget#previewPages { background: palette(mid); }"
PAGE_STYLE = "QLabel { background: white; border: 1px solid #808080; }"


class PrintPreview(QDialog):
    """The rendered pages in a scrolling column (see module notes)."""

    def __init__(self, session: ProjectSession, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(self.tr("Print Preview"))
        self.setAccessibleName(self.tr("Print Preview"))
        self.session = session
        self.runner = runner
        self.task: Task | None = None
        self.pictures: PagePictures | None = None
        self.page_labels: list[QLabel] = []

        self.status = QLabel(self)
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("previewProgress")
        self.progress.setAccessibleName(self.tr("Preview progress"))
        self.progress.setTextVisible(False)
        self.pages = QWidget()
        self.pages.setObjectName("previewPages")
        self.pages.setStyleSheet(PAGES_STYLE)
        self.column = QVBoxLayout(self.pages)
        self.column.setSpacing(16)
        self.column.setContentsMargins(16, 16, 16, 16)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("previewScroll")
        self.scroller.setAccessibleName(self.tr("Pages"))
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(self.pages)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.again = QPushButton(self.tr("&Lay Out Again"), self)
        self.again.setToolTip(self.tr("Show the note as it is now"))
        buttons.addButton(self.again, QDialogButtonBox.ButtonRole.ActionRole)
        self.again.clicked.connect(self.lay_out)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(buttons)
        self.resize(900, 820)
        self.lay_out()

    def lay_out(self) -> None:
        """Lay the note out as it is now and draw its pages (on a worker)."""
        if self.task is not None:
            return
        project = snapshot(self.session.project)

        def work(progress: Progress, cancelled: Callable[[], bool]) -> PagePictures:
            return draw_pages(project, progress=progress, cancelled=cancelled)

        def hook_up(task: Task) -> None:
            task.signals.progress.connect(self._progress)
            task.signals.finished.connect(self._drawn)
            task.signals.failed.connect(self._failed)
            task.signals.done.connect(self._done)

        self.again.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Laying out the note with LibreOffice…"))
        self.task = self.runner.start(work, hook_up)

    def _progress(self, done: int, total: int, _text: str) -> None:
        if total <= 0:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(self.tr("Drawing page {0} of {1}…").format(min(done + 1, total),
                                                                     total))

    def _drawn(self, pictures: PagePictures) -> None:
        self.pictures = pictures
        for label in self.page_labels:
            label.deleteLater()
        self.page_labels = []
        total = pictures.count.pages
        for number, data in enumerate(pictures.images, 1):
            pixmap = QPixmap()
            pixmap.loadFromData(data, "PNG")
            label = QLabel(self.pages)
            label.setPixmap(pixmap)
            label.setStyleSheet(PAGE_STYLE)
            label.setFixedSize(pixmap.size())
            label.setAccessibleName(self.tr("Page {0} of {1}").format(number, total))
            self.column.addWidget(label)
            self.page_labels.append(label)
        text = self.tr("{0}, as LibreOffice lays out the exported note.").format(
            pages_text(total))
        if not pictures.images:
            text += " " + self.tr("The pages cannot be shown: drawing them needs pdftoppm "
                                  "(poppler-utils).")
        elif len(pictures.images) < total:
            text += " " + self.tr("Only the first page is shown: drawing every page needs "
                                  "pdftoppm (poppler-utils).")
        self.status.setText(text)

    def _failed(self, message: str) -> None:
        if self.task is not None and self.task.is_cancelled():
            return
        self.status.setText(message)

    def _done(self) -> None:
        self.task = None
        self.progress.hide()
        self.again.setEnabled(True)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop()
        super().closeEvent(event)

    def reject(self) -> None:
        self._stop()
        super().reject()

    def _stop(self) -> None:
        if self.task is not None:
            self.task.cancel()  # LibreOffice is ended; the worker returns at once


def open_preview(session: ProjectSession, runner: TaskRunner,
                 parent: QWidget | None) -> PrintPreview:
    """Show a new preview beside the window (not modal: the note can be edited on)."""
    dialog = PrintPreview(session, runner, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
