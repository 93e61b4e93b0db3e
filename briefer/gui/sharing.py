"""One project folder, several windows and people: say who has it open, take in
what others save, and never overwrite their work.

* On open, the window marks the project as open by this user, on this
  machine, since now (``io.locks``). If another window has it, the user is
  told who and since when and chooses: read-only, a copy, or — when that
  other window is gone — taking over.
* While open, the lock is refreshed every minute, and project.yaml is
  watched: what another window or ``briefer import`` saves comes in at once
  (``io.sync.take_in``); when it collides with unsaved changes here, the
  next save asks whose version stays.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from briefer.core.project import Project
from briefer.gui import dialogs
from briefer.gui.session import ProjectSession
from briefer.gui.wording import say
from briefer.gui.workers import Task, user_message
from briefer.io.locks import LockBusy, acquire_open, holder, refresh_open, release_open
from briefer.io.project_file import save_project
from briefer.io.project_yaml import PROJECT_FILE
from briefer.io.sync import ReadAhead, read_ahead, take_in

if TYPE_CHECKING:
    from briefer.gui.main_window import MainWindow

REFRESH_MS = 60_000
SETTLE_MS = 250  # a save renames files: wait for it to settle before reading


class SharingController(QObject):
    """The open project's lock and its watch on the disk (see module notes)."""

    tookIn = Signal(list)  # what came in from another writer, in words
    lostLock = Signal()

    def __init__(self, window: MainWindow, session: ProjectSession) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.token = uuid.uuid4().hex
        self.root: Path | None = None
        self._reading_for: Project | None = None  # the project read ahead on a worker
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(REFRESH_MS)
        self.heartbeat.timeout.connect(self._refresh)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self._read_ahead)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(lambda _path: self.settle.start())
        self.watcher.directoryChanged.connect(lambda _path: self.settle.start())

    # -- the lock --------------------------------------------------------------------
    def claim(self, project: Project) -> Project | None:
        """Mark ``project`` open in this window, or ask what to do if another has it.

        Returns the project to show (perhaps now read-only, or a copy), or None
        if the user cancelled.
        """
        self.release()
        if not project.path or project.read_only:
            return project
        root = Path(project.path)
        try:
            acquire_open(root, self.token)
        except LockBusy as busy:
            _info, stale = holder(root)
            answer = dialogs.project_in_use(self.window, say(busy.holder.describe()), stale)
            if answer == "take-over":
                acquire_open(root, self.token, take_over=True)
            elif answer == "read-only":
                project.read_only = True
                project.warnings.append(self.tr("Opened read-only: {0} has it open. Save As "
                                                "makes your own copy.").format(
                                                    say(busy.holder.describe())))
                return project
            elif answer == "copy":
                return self._copy(project)
            else:
                return None
        except OSError:
            return project  # a read-only drive: nothing to mark, nothing to overwrite
        self.root = root
        self.heartbeat.start()
        return project

    def _copy(self, project: Project) -> Project | None:
        folder = dialogs.existing_directory(
            self.window, self.tr("Choose an empty folder for your copy"),
            str(Path(project.path).parent))
        if not folder:
            return None
        try:
            save_project(project, Path(folder))
        except Exception as exc:
            dialogs.error(self.window, self.tr("Cannot make the copy"), user_message(exc))
            return None
        return self.claim(project)

    def _refresh(self) -> None:
        if self.root is not None and not refresh_open(self.root, self.token):
            self.heartbeat.stop()
            self.root = None
            self.session.project.read_only = True
            self.lostLock.emit()
            dialogs.warning(self.window, self.tr("Someone took over this project"),
                            self.tr("Another window took over “{0}”. This window is now "
                                    "read-only; use Save As to keep your changes in a copy.")
                            .format(self.session.project.name))

    def release(self) -> None:
        self.heartbeat.stop()
        self.unwatch()
        if self.root is not None:
            release_open(self.root, self.token)
        self.root = None

    # -- watching the disk -----------------------------------------------------------
    def watch(self) -> None:
        """Watch the open project's folder and project.yaml (saves replace the file)."""
        self.unwatch()
        project = self.session.project
        if not project.path:
            return
        root = Path(project.path)
        if project.read_only and not (root / PROJECT_FILE).exists():
            return  # a plain folder of sources: nobody saves a project there
        paths = [str(root)] + ([str(root / PROJECT_FILE)] if (root / PROJECT_FILE).exists()
                               else [])
        self.watcher.addPaths(paths)

    def unwatch(self) -> None:
        watched = self.watcher.files() + self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)

    def _read_ahead(self) -> None:
        """After the settle delay: read what was saved on a worker (project.yaml parsed,
        a stat of every sidecar: 60 ms at 10,000 sources), then take it in here."""
        project = self.session.project
        if not project.path:
            return
        root, base, since = Path(project.path), project.base_digest, project.base_time - 1
        self._reading_for = project

        def work(_progress: Any, _cancelled: Any) -> ReadAhead | None:
            return read_ahead(root, base, since)

        def hook_up(task: Task) -> None:  # to methods: let go if this window is closed
            task.signals.finished.connect(self._ahead_read)
            task.signals.failed.connect(self._ahead_failed)

        self.window.runner.start(work, hook_up)

    def _ahead_read(self, ahead: ReadAhead | None) -> None:
        if self.session.project is self._reading_for:  # not another project opened since
            self.check_disk(ahead)

    def _ahead_failed(self, _why: str) -> None:
        self._ahead_read(None)  # read it all here, as before

    def check_disk(self, ahead: ReadAhead | None = None) -> None:
        """Take in what was saved elsewhere, now (``ahead``: read on a worker)."""
        project = self.session.project
        try:
            result = take_in(project, ahead)
        except Exception:  # a file mid-write or vanished: the next change tells again
            return
        self.watch()  # a save renamed project.yaml: watch the new file
        if result.changed:
            # what came in may touch anything; undo steps recorded before it could
            # put back a part another person just saved, so the history starts here
            dirty = not self.session.undo_stack.isClean()
            self.session.undo_stack.clear()
            self.session.replace_contents(dirty)
            self.tookIn.emit(result.came)
        elif result.conflicts:
            self.window.statusBar().showMessage(self.tr(
                "Someone else saved changes to parts you changed too; saving will let you "
                "choose whose version stays."), 10000)
