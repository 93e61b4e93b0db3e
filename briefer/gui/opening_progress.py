"""A project being opened, shown in the status bar while the window stays open for search.

A project never opened here is read on a worker, and its sources are indexed and
searched as they are read (``SearchService.search_before_open``): at 100,000 sources
the first results come within a second, the whole project in about twenty. A modal
progress dialog shut the window for all that time, so only a search typed before it
appeared could be made. Here the progress (sources read, a bar, Cancel) is in the status
bar and the Search pane is usable; what works on the project — its other panes, the
menus and their shortcuts — waits until it is in: it would act on the empty project
standing in for it, and anything typed there would be lost when the project comes. A
search hit opened meanwhile is shown once the project is in.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QProgressBar, QToolButton,
                               QWidget)

from briefer.core.project import Project
from briefer.core.source import Source
from briefer.gui.search_builder import load_stamped
from briefer.gui.workers import Task, TaskRunner, Work

if TYPE_CHECKING:
    from briefer.gui.file_actions import FileController
    from briefer.gui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("OpeningProgress", text)


class OpeningProgress(QObject):
    """While ``window``'s project is read: progress in its status bar, every part but the
    Search pane waiting, the shortcuts of every command but Search and Quit held back."""

    def __init__(self, window: MainWindow, name: str) -> None:
        super().__init__(window)
        self.window = window
        self.name = name
        self.pending_hit: tuple[str, int, int, str] | None = None
        self._ended = False
        self.bar = QWidget(window)
        self.bar.setObjectName("openingProgress")
        layout = QHBoxLayout(self.bar)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(tr("Opening {0}… search meanwhile with Ctrl+K").format(name))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy until the loader says how many
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(tr("Sources read"))
        self.cancel = QToolButton()
        self.cancel.setText(tr("Cancel"))
        self.cancel.setAccessibleName(tr("Cancel opening {0}").format(name))
        for part in (self.label, self.progress, self.cancel):
            layout.addWidget(part)
        window.statusBar().addWidget(self.bar, 1)
        # the widget with the focus goes back to it after (disabled, it loses it)
        self._focus = window.focusWidget()
        self._waiting: list[QWidget] = [w for w in (window.menuBar(), window.sources_pane,
                                     window.outline_pane, window.reader, window.note_column)
                         if w.isEnabled()]
        for widget in self._waiting:
            widget.setEnabled(False)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            number = QLocale().toString  # 12,250 in English, 12 250 in French
            self.label.setText(tr("Opening {0}: {1} of {2} sources read; search meanwhile "
                                  "with Ctrl+K").format(self.name, number(done), number(total)))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Hold back the shortcut of any command but Search and Quit (a key that reaches
        no command, as when its menu item is greyed out)."""
        if event.type() != QEvent.Type.Shortcut or not isinstance(obj, QAction):
            return False
        actions = getattr(self.window, "menu_actions", None)
        allowed = [getattr(actions, name, None) for name in ("search", "quit")]
        return obj not in allowed

    def end(self) -> None:
        """The project is coming in (or not coming): everything back as it was."""
        if self._ended:
            return
        self._ended = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        for widget in self._waiting:
            widget.setEnabled(True)
        now = self.window.focusWidget()
        searching = now is not None and self.window.search_pane.isAncestorOf(now)
        if not searching:  # back where it was; a window opened with its project: the filter
            try:
                (self._focus or self.window.sources_pane.filter).setFocus()
            except RuntimeError:  # gone meanwhile (the first list, replaced by the pane)
                self.window.sources_pane.filter.setFocus()
        self.window.statusBar().removeWidget(self.bar)
        self.bar.deleteLater()
        self.deleteLater()


def run_opening(runner: TaskRunner, window: MainWindow, name: str, work: Work,
                on_done: Callable[[Any], None], on_fail: Callable[[str], None],
                on_cancel: Callable[[], None]) -> tuple[Task, OpeningProgress]:
    """Run ``work`` (reading the project named ``name``) with its progress in the status
    bar; ``work`` reports sources read through its progress callback."""
    shown = OpeningProgress(window, name)

    def ended(then: Callable[..., None]) -> Callable[..., None]:
        def slot(*args: Any) -> None:  # the window back as it was, then what follows
            shown.end()
            then(*args)
        return slot

    def hook_up(task: Task) -> None:
        shown.cancel.clicked.connect(task.cancel)
        task.signals.progress.connect(lambda done, total, _text: shown.show_progress(done, total))
        task.signals.finished.connect(ended(on_done))
        task.signals.failed.connect(ended(on_fail))
        task.signals.cancelled.connect(ended(on_cancel))

    return runner.start(work, hook_up), shown


def open_while_searching(files: FileController, target: Path, initial: bool) -> OpeningProgress:
    """Read the project ``target`` for ``files`` (the window's file commands) on a worker,
    its sources searched as they are read, its progress in the status bar; see
    ``FileController._open_initial_later``."""
    # its index, if current; else the sources are indexed and searched as they are read
    on_read = files.window.search_service.search_before_open(target)

    def work(progress: Any, cancelled: Any) -> Project:
        read = [0]

        def reading(sources: list[Source], total: int) -> None:
            read[0] += len(sources)
            progress(read[0], total, "")
            on_read(sources, total)

        # the outline drawn here too: drawn on a worker once the window shows the
        # project, its Python held the interpreter against the window's first
        # paint of it (a stall of 150–250 ms at any size)
        return load_stamped(target, on_read=reading, cancelled=cancelled)

    def opened(project: Project) -> None:
        hit, files.opening = shown.pending_hit, None
        files._install(project, settled=True)
        files.outline_pending = False
        if files.session.project is project:
            files.outlineCompleted.emit()
            if hit is not None:  # a search hit opened as it was read
                files.window.parts.open_hit(*hit)

    def not_opened(message: str | None) -> None:
        files.opening = None
        if initial:
            files._cannot_open_initial(target, True, message or tr("Opening was cancelled."))
            return
        files.outline_pending = False  # the project open stays, searched again
        files.window.search_service.rebuild_later(files.session.project)
        if message:
            files._error(tr("Cannot open the project"), message)

    _task, shown = run_opening(files.runner, files.window, target.name, work, opened,
                               not_opened, lambda: not_opened(None))
    return shown
