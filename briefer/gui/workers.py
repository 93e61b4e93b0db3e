"""Long work (indexing, importing, exporting) off the GUI thread, with progress and cancel.

A ``Task`` runs a plain function on Qt's thread pool. The function receives a
``progress(done, total, text)`` callback and a ``cancelled()`` predicate; its
result or error comes back to the GUI thread through signals.
"""

from __future__ import annotations

import logging
import threading
import traceback
from typing import Any
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from briefer.core.messages import UserError
from briefer.core.progress import Progress
from briefer.gui.wording import say

log = logging.getLogger(__name__)

Work = Callable[[Progress, Callable[[], bool]], Any]


class Cancelled(Exception):
    """Raised by work that stopped because the user cancelled it."""


class TaskSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)  # the function's result
    failed = Signal(str)  # a message fit for a user
    cancelled = Signal()
    done = Signal()  # always, after one of the three above


class Task(QRunnable):
    """One piece of work; keep a reference until ``signals.done`` fires."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.finished_event = threading.Event()  # set once run() is over (for waiting)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:  # on a pool thread
        try:
            result = self.work(self.signals.progress.emit, self._cancel.is_set)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:
            log.debug("task failed:\n%s", traceback.format_exc())
            self.signals.failed.emit(user_message(exc))
        else:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)
        self.signals.done.emit()
        self.finished_event.set()


def user_message(exc: BaseException) -> str:
    """What to tell a user about an error: our own errors speak for themselves."""
    if isinstance(exc, UserError):
        return say(exc)
    if isinstance(exc, OSError):
        return str(exc)
    name = type(exc).__name__
    return QCoreApplication.translate("workers", "Unexpected error ({0}): {1}").format(
        name, exc)


class TaskRunner(QObject):
    """Starts tasks and keeps them alive until they end (owned by the main window)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set[Task] = set()
        self.pool = QThreadPool(self)

    def start(self, work: Work, connect: Callable[[Task], None] | None = None) -> Task:
        """Run ``work`` on the pool. ``connect(task)`` hooks its signals up *before* it
        starts: a signal sent before anyone listens is lost, and quick work (a search on a
        small project) can end before the caller's next line."""
        task = Task(work)
        self._running.add(task)
        task.signals.done.connect(lambda t=task: self._running.discard(t))
        if connect is not None:
            connect(task)
        self.pool.start(task)
        return task

    def running(self) -> int:
        return len(self._running)

    def cancel_all(self, wait_ms: int = 5000) -> None:
        for task in list(self._running):
            task.cancel()
        self.pool.waitForDone(wait_ms)


def run_with_progress(runner: TaskRunner, parent: QWidget | None, label: str, work: Work,
                      on_done: Callable[[Any], None],
                      on_fail: Callable[[str], None]) -> Task:
    """Run ``work`` with a cancellable progress dialog shown if it takes over 400 ms."""
    dialog = QProgressDialog(label, QCoreApplication.translate("workers", "Cancel"), 0, 0,
                             parent)
    dialog.setWindowTitle(label)
    dialog.setAccessibleName(label)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(done: int, total: int, text: str) -> None:
        if dialog.maximum() != max(total, 0):
            dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, max(total, 0)))
        if text:
            dialog.setLabelText(text)

    def hook_up(task: Task) -> None:
        def finish() -> None:
            dialog.canceled.disconnect(task.cancel)
            dialog.close()
            dialog.deleteLater()

        dialog.canceled.connect(task.cancel)
        task.signals.progress.connect(progress)
        task.signals.done.connect(finish)
        task.signals.finished.connect(on_done)
        task.signals.failed.connect(on_fail)

    task = runner.start(work, hook_up)
    dialog.task = task  # type: ignore[attr-defined]  # lets tests find it
    return task
