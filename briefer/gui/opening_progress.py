"""A project being opened, shown in the status bar while the window stays open for search.

A project never opened here is read on a worker, and its sources are indexed and
searched as they are read (``SearchService.search_before_open``): at 100,000 sources
the first results come within a second, the whole project in about twenty. A modal
progress dialog shut the window for all that time, so only a search typed before it
appeared could be made. Here the progress (sources read, a bar, Cancel) is in the status
bar and the Search pane is usable; what works on the project — its other panes, the
menus and their shortcuts — waits until it is in: it would act on the empty project
standing in for it, and anything typed there would be lost when the project comes. A
search hit opened meanwhile is shown once the project is in, and a key typed while the
keyboard is on a part that waits (the tab bar it falls to) goes to the Search box.

What the window shows of the project's contents waits too: the note pane says its note is
being opened and the status bar's word and page counts are blank (the empty project
standing in would show "0 words" and "This note has no sections yet"). Cancelled where
no project was open before, the window says so plainly and offers to open it again;
closed or quit meanwhile, the reading is dropped without a word.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QProgressBar, QToolButton,
                               QWidget)

from briefer.core.project import Project
from briefer.core.source import Source
from briefer.gui.numbers import number  # 12,250 in English, 12 250 in French
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
        self.task: Task | None = None  # the reading (``run_opening``)
        self.abandoned = False  # the window closed meanwhile: nothing follows the reading
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
        self.show_contents(False)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def show_contents(self, shown: bool) -> None:
        """The note pane and the status bar's counts: the project's (``shown``), or, while
        it is read, a note "being opened" and no counts (the empty project's would be
        wrong: "0 words", "1 page")."""
        window = self.window
        if hasattr(window, "note_pane") and window.note_pane.opening == shown:
            window.note_pane.show_opening(not shown)
        if hasattr(window, "word_count") and window.word_count.waiting == shown:
            window.word_count.set_waiting(not shown)
        pages = getattr(window, "page_count", None)
        if pages is None:
            return
        if not shown:
            self._pages_shown = pages.isVisible()
            pages.timer.stop()
            pages.hide()
        elif getattr(self, "_pages_shown", False):
            pages.show()

    def show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.label.setText(tr("Opening {0}: {1} of {2} sources read; search meanwhile "
                                  "with Ctrl+K").format(self.name, number(done), number(total)))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Hold back the shortcut of any command but Search and Quit (a key that reaches
        no command, as when its menu item is greyed out); a character typed where nothing
        takes it goes to the Search box."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._to_search(obj, event)
        if event.type() != QEvent.Type.Shortcut or not isinstance(obj, QAction):
            return False
        actions = getattr(self.window, "menu_actions", None)
        allowed = [getattr(actions, name, None) for name in ("search", "quit")]
        return obj not in allowed

    def _to_search(self, obj: QObject, event: QKeyEvent) -> bool:
        """A character typed in the window outside the Search pane and the progress bar —
        on the tab bar the keyboard falls to when the panes it was in wait, or before
        it was anywhere (typing as the window appears) — would be lost: it starts a
        search instead (the status bar's advice), the Search tab shown, its box focused."""
        text = event.text()
        commands = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                    | Qt.KeyboardModifier.MetaModifier)
        if not text or not text.isprintable() or event.modifiers() & commands \
                or not isinstance(obj, QWidget) or obj.window() is not self.window:
            return False
        pane = getattr(self.window, "search_pane", None)
        if pane is None or obj is pane or pane.isAncestorOf(obj) or obj is self.bar \
                or self.bar.isAncestorOf(obj):
            return False
        if self.window.focusWidget() is not pane.box:  # not there yet (keys already on
            self.window.focus_search()  # their way go on): a new search, as Ctrl+K does
        QApplication.sendEvent(pane.box, QKeyEvent(event.type(), event.key(),
                                                   event.modifiers(), text))
        return True

    def abandon(self) -> None:
        """The window is closing: stop reading, and let nothing follow (no project put in,
        no message about the cancelled reading, no page saying no project is open)."""
        self.abandoned = True
        if self.task is not None:
            self.task.cancel()
        self.end()

    def end(self, contents: bool = True) -> None:
        """The project is coming in (or not coming): everything back as it was — the note
        pane and the counts too unless ``contents`` is False (the project coming in puts
        them back once it is in: ``show_contents``)."""
        if self._ended:
            return
        self._ended = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        for widget in self._waiting:
            widget.setEnabled(True)
        if contents:
            self.show_contents(True)
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

    def ended(then: Callable[..., None], coming: bool = False) -> Callable[..., None]:
        def slot(*args: Any) -> None:  # the window back as it was, then what follows
            shown.end(contents=not coming)
            if not shown.abandoned:  # the window closed meanwhile: nothing follows
                then(*args)
            if coming:  # the note and its counts (put back as the project came in, by
                shown.show_contents(True)  # the window's ``project_replaced``, or not in)
        return slot

    def hook_up(task: Task) -> None:
        shown.task = task
        shown.cancel.clicked.connect(task.cancel)
        task.signals.progress.connect(lambda done, total, _text: shown.show_progress(done, total))
        task.signals.finished.connect(ended(on_done, coming=True))
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
        window = files.window
        # no project open before (at start, or after one did not open): none now either
        if initial or not window.has_project:
            if message is not None:
                files._cannot_open_initial(target, True, message)
                return
            # cancelled: not a failure; the window says so and offers to open it again
            files.outline_pending = False
            window.search_service.rebuild_later(files.session.project)
            window.show_no_project(tr("Opening “{0}” was cancelled.").format(target),
                                   retry=target)
            return
        files.outline_pending = False  # the project open stays, searched again
        files.window.search_service.rebuild_later(files.session.project)
        if message:
            files._error(tr("Cannot open the project"), message)

    _task, shown = run_opening(files.runner, files.window, target.name, work, opened,
                               not_opened, lambda: not_opened(None))
    return shown
