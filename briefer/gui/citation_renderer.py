"""Citations for the note pane, rendered off the window's thread.

The citation processor is a separate program (``export.citeproc``): a run
takes a tenth of a second, too long to wait for while typing. The pane shows
what the cache knows at once and asks this renderer for the rest; one job
renders every missing citation of the note, and ``rendered`` tells the pane to
show them. A style the processor refused is not asked for again until the
project names another.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from briefer.core.messages import UserError
from briefer.core.project import Project
from briefer.export.cite import PreviewJob
from briefer.gui.workers import Task, TaskRunner


class CitationRenderer(QObject):
    """Renders the note's missing citations, one job at a time."""

    rendered = Signal()
    failed = Signal(str)  # what to show in place of the citations

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = TaskRunner(self)
        self._job: Task | None = None
        self._failed_style: str | None = None
        self._style = ""

    def busy(self) -> bool:
        return self._job is not None

    def request(self, project: Project) -> None:
        """Render what the note's excerpts lack (later, if a job is running)."""
        if self._job is not None:
            return
        if project.citation_style == self._failed_style:
            return
        excerpts = [project.excerpts[b.excerpt_id] for b in project.note.excerpt_blocks()
                    if b.excerpt_id in project.excerpts]
        try:
            job = PreviewJob(project, excerpts)
        except UserError:
            return  # a style that cannot be used: the blocks show title and outlet
        if not job.count:
            return
        self._style = project.citation_style
        self._job = self._runner.start(lambda _progress, _cancelled: job.run(), self._connect)

    # bound methods of this object, so Qt drops the connections when the pane goes
    def _connect(self, task: Task) -> None:
        task.signals.finished.connect(self._finished)
        task.signals.failed.connect(self._failed)

    def _finished(self, _result: object) -> None:
        self._job = None
        self.rendered.emit()

    def _failed(self, message: str) -> None:
        self._job = None
        self._failed_style = self._style
        self.failed.emit(message)

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for the running job (tests, closing)."""
        return self._runner.pool.waitForDone(msecs)
