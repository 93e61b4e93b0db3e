"""Long work (indexing, importing, exporting) off the GUI thread, with progress and cancel.

A ``Task`` runs a plain function on Qt's thread pool. The function receives a
``progress(done, total, text)`` callback and a ``cancelled()`` predicate; its
result or error comes back to the GUI thread through signals.

Closing a window never waits long for its work: ``TaskRunner.shutdown`` asks every
task to stop, waits a moment, and lets go of what still runs (a citation processor
mid-render, a page count). A thread pool destroyed with work running waits for it
without a bound, and, when that happens with the interpreter lock held (a window
deleted from Python), the worker can never finish: the process hangs with its child
process left a zombie. So a pool with work running is never destroyed: it is moved
out of its owner and kept here until its work ends.
"""

from __future__ import annotations

import logging
import threading
import traceback
from typing import Any
from collections.abc import Callable

from PySide6.QtCore import (QCoreApplication, QElapsedTimer, QObject, QRunnable,
                            QThreadPool, Signal)
from PySide6 import QtCore  # not ``Qt`` itself: the window imports this before its paint
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


# pools whose owner went away while their work ran, kept until the work ends
_LET_GO: list[QThreadPool] = []


def _let_go(pool: QThreadPool) -> None:
    """Keep ``pool`` alive, away from its owner, while it has work running."""
    _LET_GO[:] = [p for p in _LET_GO if p.activeThreadCount()]  # the others can go
    if pool.activeThreadCount():
        pool.setParent(None)
        _LET_GO.append(pool)


def wait_let_go(wait_ms: int) -> bool:
    """Wait at most ``wait_ms`` in all for the work let go of (at the application's
    end: a save still being written finishes); whether it all ended."""
    clock = QElapsedTimer()
    clock.start()
    for pool in list(_LET_GO):
        if not pool.waitForDone(max(0, wait_ms - clock.elapsed())):
            return False
    _LET_GO.clear()
    return True


class TaskRunner(QObject):
    """Starts tasks and keeps them alive until they end (owned by the main window)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set[Task] = set()
        self.pool = QThreadPool(self)
        # Deleted along with its owner without ``shutdown`` (a pane in a test): the
        # pool must not be deleted with it while work runs (``destroyed`` comes before
        # the children are deleted).
        self._current = [self.pool]  # the pool of the moment, for that last call
        self.destroyed.connect(lambda *_args, current=self._current: _let_go(current[0]))

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

    def cancel_all(self, wait_ms: int = 5000) -> bool:
        """Ask every task to stop and wait at most ``wait_ms`` for them; whether they
        all ended (what has not goes on, let go of: see ``shutdown``)."""
        for task in list(self._running):
            task.cancel()
        return bool(self.pool.waitForDone(wait_ms))  # waits without the interpreter lock

    def shutdown(self, wait_ms: int = 500) -> bool:
        """The owner is closing: ask every task to stop, wait at most ``wait_ms``, then
        let go of the work still running (it ends on its own; its results go nowhere).
        Whether everything had ended."""
        if self.cancel_all(wait_ms):
            return True
        log.info("%d task(s) still running at close; let go", self.pool.activeThreadCount())
        _let_go(self.pool)
        self.pool = self._current[0] = QThreadPool(self)
        self._running.clear()
        return False


def run_with_progress(runner: TaskRunner, parent: QWidget | None, label: str, work: Work,
                      on_done: Callable[[Any], None],
                      on_fail: Callable[[str], None]) -> Task:
    """Run ``work`` with a cancellable progress dialog shown if it takes over 400 ms."""
    dialog = QProgressDialog(label, QCoreApplication.translate("workers", "Cancel"), 0, 0,
                             parent)
    dialog.setWindowTitle(label)
    dialog.setAccessibleName(label)
    dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
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
