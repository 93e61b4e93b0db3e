"""File menu work: new, open, save, import, export — with clear dialogs on every error.

Slow steps (loading a large folder, importing, exporting) run on the task
runner with a progress dialog; the window stays responsive.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal

from briefer.bundled import seeds_dir
from briefer.core.outline import Outline
from briefer.core.project import Project
from briefer.gui import dialogs
from briefer.gui.autosave import Autosave, discard_copies, recovery_path
from briefer.gui.session import ProjectSession, settle_memory
from briefer.gui.settings import LAST_DIR, Settings
from briefer.gui.opening_progress import OpeningProgress, open_while_searching
from briefer.gui.sharing import SharingController
from briefer.gui.wording import say
from briefer.gui.recovery_offer import offer_recovery
from briefer.gui.search_builder import load_stamped
from briefer.gui.workers import Task, TaskRunner, run_with_progress, user_message
from briefer.gui.duplicate_prompt import DuplicatePrompt
from briefer.gui.export_actions import ExportActions
from briefer.io.importing import ImportReport, import_and_save
from briefer.io.lazy_sources import is_large
from briefer.io.project_file import (SaveConflict, add_missing_sections, complete_outline,
                                     load_project, new_project, surveys_outline,
                                     save_project)
from briefer.io.saving import finish_job, prepare_job, write_job

if TYPE_CHECKING:
    from briefer.gui.main_window import MainWindow  # which imports this module

log = logging.getLogger(__name__)

# From this many sources a save is written on a worker (below, it takes under 15 ms).
BACKGROUND_SAVE_SOURCES = 1000


class FileController(QObject):
    modifiedChanged = Signal()
    projectOpened = Signal(str)
    exported = Signal(str)  # the .docx written
    imported = Signal(object)  # the ImportReport
    outlineCompleted = Signal()  # the outline of the project opened at start is drawn
    saved = Signal()  # the project was saved in place (a team project's copy: now sent)

    def __init__(self, window: MainWindow, session: ProjectSession, settings: Settings,
                 runner: TaskRunner, autosave: Autosave) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.settings = settings
        self.runner = runner
        self.autosave = autosave
        self.extra_dirty = False  # changed outside the undo stack (an import)
        self.exports = ExportActions(self)  # File ▸ Export
        self.outline_pending = False  # the opened project's outline is being drawn
        self.saving: Task | None = None  # a save under way on a worker
        self.opening: OpeningProgress | None = None  # the project named at start being read
        session.undo_stack.cleanChanged.connect(self._clean_changed)
        self.sharing = SharingController(window, session)
        session.contentsTakenIn.connect(self._taken_in)
        self.sharing.tookIn.connect(self._announce_taken_in)

    # -- state --------------------------------------------------------------------
    def is_modified(self) -> bool:
        return self.extra_dirty or not self.session.undo_stack.isClean()

    def _set_extra_dirty(self, dirty: bool) -> None:
        self.extra_dirty = dirty
        self.autosave.mark_dirty(dirty)
        self.modifiedChanged.emit()

    def _clean_changed(self, clean: bool) -> None:
        if clean and not self.extra_dirty:
            self.autosave.discard()

    def _start_dir(self) -> str:
        return self.settings.get(LAST_DIR) or str(Path.home())

    def _remember_dir(self, path: str | Path) -> None:
        self.settings.set(LAST_DIR, str(Path(path).parent if Path(path).is_file()
                                                else path))

    def _error(self, title: str, message: str) -> None:
        dialogs.error(self.window, title, message)

    # -- opening -------------------------------------------------------------------
    def open_initial(self, path: Path | None) -> bool:
        """At start: open ``path`` or the bundled sample; never raises.

        When it cannot be opened the window says that no project is open and
        offers to open one, make one or try the sample — it never swaps in the
        sample silently, which would look as if the user's project had opened.
        The sample shows its sources first; the outline drawn from the survey
        follows as soon as the event loop runs, before any user input is handled.
        A project named is read on a worker, outline included (the window paints
        first and shows the progress): returns True then, and ``outline_pending``
        stays set until it is open and drawn.
        """
        target = Path(path) if path else seeds_dir()
        if path:
            self._open_initial_later(target)
            return True
        try:
            project = load_project(target, outline=False)
        except Exception as exc:
            self._cannot_open_initial(target, bool(path), user_message(exc))
            return False
        self._install(project)
        self.outline_pending = True
        self.window.after_first_paint(lambda: self.complete_outline(project))
        return True

    def _cannot_open_initial(self, target: Path, named: bool, message: str) -> None:
        self.outline_pending = False
        self.window.search_service.rebuild_later(self.session.project)  # not the one asked
        title = (self.tr("Cannot open the project") if named
                 else self.tr("Cannot open the sample"))
        self._error(title, message)
        self.window.show_no_project(self.tr("Briefer could not open “{0}”.").format(target))

    def _open_initial_later(self, target: Path, initial: bool = True) -> None:
        """Read ``target`` on a worker, searched as it is read, its progress in the status
        bar (``opening_progress.open_while_searching``). ``initial``: the project named at
        start (a failure leaves the window with no project); else one opened from the File
        menu (the project open stays if it fails or is cancelled)."""
        self.outline_pending = True
        self._remember_dir(target)
        self.opening = open_while_searching(self, target, initial)

    def open_sample(self) -> None:
        """Open the sample articles and survey that come with Briefer (read-only)."""
        self.open_path(seeds_dir())

    def complete_outline(self, project: Project) -> None:
        """Add the outline sections of ``project``'s surveys, if it is still the one open.

        The outline is drawn on a worker thread (on a large survey it takes a moment,
        and the user may already be typing); it is added to the project here."""
        if self.session.project is not project:
            self.outline_pending = False
            return
        self.outline_pending = True

        def work(_progress: Any, _cancelled: Any) -> Outline | None:
            return surveys_outline(project)

        def hook_up(task: Task) -> None:
            task.signals.finished.connect(lambda fresh: self._outline_drawn(project, fresh))
            task.signals.failed.connect(lambda msg: self._outline_drawn(project, None, msg))

        self.runner.start(work, hook_up)

    def _outline_drawn(self, project: Project, fresh: Outline | None, error: str = "") -> None:
        self.outline_pending = False
        if self.session.project is not project:
            return
        if error:
            self._error(self.tr("Cannot draw the outline"), error)
            return
        if fresh is not None and add_missing_sections(project, fresh):
            self.session.notify_outline()
        self.outlineCompleted.emit()

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        folder = dialogs.existing_directory(
            self.window, self.tr("Open a project or a folder of sources"), self._start_dir())
        if folder:
            self.open_path(folder, ask_save=False)

    def open_path(self, path: str | Path, ask_save: bool = True) -> None:
        """Load a project folder (off the GUI thread) and show it."""
        if ask_save and not self.maybe_save():
            return
        path = Path(path)
        if is_large(path):  # searched as it is read, the window kept for that
            self._open_initial_later(path, initial=False)
            return
        self._remember_dir(path)

        def work(_progress, _cancelled) -> Project:
            return load_stamped(path)

        run_with_progress(self.runner, self.window, self.tr("Opening {0}…").format(path.name),
                          work, self._install,
                          lambda msg: self._error(self.tr("Cannot open the project"), msg))

    def _install(self, project: Project, settled: bool = False) -> None:
        claimed = self.sharing.claim(project)
        if claimed is None:  # the user chose not to open a project someone else has open
            return
        project = claimed
        self.session.replace(project)
        if settled:
            # kept out of later collections without a full collection on the window's
            # thread (half a second at 100,000 sources): a large load freezes what it
            # made (``load_project``); what the views made is young and few
            gc.collect(1)
            gc.freeze()
        else:
            settle_memory()
        self.sharing.watch()
        self._set_extra_dirty(False)
        if project.path:
            self.settings.add_recent(project.path)
            self.projectOpened.emit(project.path)
        if project.warnings:
            dialogs.warning(self.window, self.tr("Some sources need attention"),
                            self.tr("The project opened, with %n problem(s). Details below.",
                                    "", len(project.warnings)),
                            "\n".join(say(w) for w in project.warnings))
        self.offer_recovery()

    def offer_recovery(self) -> None:
        """After a crash: offer the newest recovery copy a gone window left."""
        offer_recovery(self)

    def new_project(self) -> None:
        if not self.maybe_save():
            return
        source = dialogs.existing_directory(self.window, self.tr("Choose the folder of sources"),
                                            self._start_dir())
        if not source:
            return
        dest = dialogs.existing_directory(
            self.window, self.tr("Choose an empty folder for the new project"),
            str(Path(source).parent))
        if not dest:
            return

        def work(_progress, _cancelled) -> Project:
            return new_project(Path(dest), Path(source))

        run_with_progress(self.runner, self.window, self.tr("Creating the project…"), work,
                          self._install,
                          lambda msg: self._error(self.tr("Cannot create the project"), msg))

    # -- saving -------------------------------------------------------------------------
    def save(self) -> bool:
        """Save in place; what someone else saved meanwhile is merged in, and where both
        changed the same part the user chooses whose version stays.

        A large project is written on a worker while the window goes on (True: the save
        is under way; the status bar says when it is done); ``save_now`` waits."""
        project = self.session.project
        if project.read_only or not project.path:
            return self.save_as()
        if self.saving is not None:
            return True  # the save under way says when it is done
        if len(project.sources) >= BACKGROUND_SAVE_SOURCES:
            self._save_in_background(project)
            return True
        return self.save_now()

    def save_now(self) -> bool:
        """Save in place before returning (what closing and opening another project need):
        True once saved."""
        self.wait_for_save()
        project = self.session.project
        if project.read_only or not project.path:
            return self.save_as()
        choices: dict[str, str] | None = None
        for _attempt in range(3):
            try:
                report = save_project(project, choices=choices)
            except SaveConflict as conflict:
                picked = dialogs.resolve_conflicts(self.window, conflict.conflicts)
                if picked is None:
                    return False
                choices = {**(choices or {}), **picked}
                continue
            except Exception as exc:
                self._error(self.tr("Cannot save the project"), user_message(exc))
                return False
            break
        else:
            return False
        if report.merged:
            # the project now holds another writer's changes too: views and history start here
            self.session.undo_stack.clear()
            self.session.replace_contents(False)
            self._announce_taken_in(report.taken_in)
        self.sharing.watch()
        self._saved()
        return True

    def _save_in_background(self, project: Project) -> None:
        """Write what the project holds now on a worker; edits made meanwhile stay unsaved
        (the undo stack is marked clean only if none came), someone else's save since
        makes it a ``save_now`` (a merge, maybe with the user's choices)."""
        try:
            job = prepare_job(project, Path(project.path))
        except Exception as exc:
            self._error(self.tr("Cannot save the project"), user_message(exc))
            return
        step = self.session.undo_stack.index()
        self.sharing.unwatch()  # our own write is not someone else's save
        self.window.statusBar().showMessage(self.tr("Saving…"))

        def work(_progress: Any, _cancelled: Any) -> bool:
            return write_job(job)

        def written(done: bool) -> None:
            self.saving = None
            if self.session.project is not project:
                return
            if not done:
                self.save_now()
                return
            finish_job(project, job)
            self.sharing.watch()
            if self.session.undo_stack.index() == step:
                self._saved()
            else:
                self.window.statusBar().showMessage(self.tr(
                    "Saved to {0}; changes made while saving are not saved yet.").format(
                    project.path), 5000)

        def failed(message: str) -> None:
            self.saving = None
            self.sharing.watch()
            self.window.statusBar().clearMessage()
            self._error(self.tr("Cannot save the project"), message)

        def hook_up(task: Task) -> None:
            task.signals.finished.connect(written)
            task.signals.failed.connect(failed)

        self.saving = self.runner.start(work, hook_up)

    # busy while a save goes on past the folder (a team project's send), set by what does
    # it (``ServerLink``): ``wait_for_save`` waits for that too
    also_saving: Callable[[], bool] | None = None

    def wait_for_save(self) -> None:
        """Let a save under way finish (its end handled) before going on."""
        while self.saving is not None or (self.also_saving and self.also_saving()):
            if self.saving is not None:
                self.saving.finished_event.wait(0.05)
                QCoreApplication.processEvents()
            else:  # events handled as they come, the question asked again at least every 20 ms
                pause = QEventLoop()
                QTimer.singleShot(20, pause.quit)
                pause.exec()

    def _taken_in(self, unsaved: bool) -> None:
        self._set_extra_dirty(unsaved)

    def _announce_taken_in(self, came: list) -> None:
        what = "; ".join(say(c) for c in came[:3]) if came else self.tr("their changes")
        self.window.statusBar().showMessage(
            self.tr("Took in what someone else saved: {0}").format(what), 10000)

    def save_as(self) -> bool:
        folder = dialogs.existing_directory(
            self.window, self.tr("Choose an empty folder for the project"), self._start_dir())
        if not folder:
            return False
        project = self.session.project
        old = Project(name=project.name, path=project.path, read_only=project.read_only)
        try:
            save_project(project, Path(folder))
        except Exception as exc:
            self._error(self.tr("Cannot save the project"), user_message(exc))
            return False
        discard_copies([recovery_path(old, self.autosave.token)])
        if project.name in ("", "Untitled") or old.read_only:
            project.name = Path(folder).name
        self.sharing.claim(project)
        self.sharing.watch()
        self.settings.add_recent(project.path)
        self.session.pathChanged.emit(project.path)
        self._saved()
        return True

    def _saved(self) -> None:
        self.extra_dirty = False
        self.session.undo_stack.setClean()
        self.autosave.discard()
        self.modifiedChanged.emit()
        self.window.statusBar().showMessage(self.tr("Saved to {0}").format(
            self.session.project.path), 5000)
        self.saved.emit()

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the user cancelled."""
        self.wait_for_save()
        if not self.is_modified():
            return True
        answer = dialogs.save_discard_cancel(
            self.window, self.tr("Unsaved changes"),
            self.tr("“{0}” has changes that are not saved. Save them?").format(
                self.session.project.name))
        if answer == "save":
            return self.save_now()
        if answer == "discard":
            self.autosave.discard()
            self.extra_dirty = False
            self.session.undo_stack.setClean()
            return True
        return False

    # -- importing ----------------------------------------------------------------------
    def import_files(self) -> None:
        files = dialogs.open_files(
            self.window, self.tr("Import sources"), self._start_dir(),
            self.tr("Sources (*.txt *.md *.docx *.html *.htm *.pdf *.bib *.json *.ris);;"
                    "All files (*)"))
        if files:
            self.import_paths([Path(f) for f in files])

    def import_folder(self) -> None:
        folder = dialogs.existing_directory(self.window, self.tr("Import every source in a folder"),
                                            self._start_dir())
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        """Import and save as one step: either both happen or the folder is left as it was."""
        project = self.session.project
        if project.read_only or not project.path:
            self._error(self.tr("Cannot import into this project"),
                        self.tr("This is a folder of sources opened read-only. Use File ▸ Save "
                                "As to make it a project first, then import."))
            return
        self._remember_dir(paths[0])

        ask = DuplicatePrompt(self.window)  # same text as a source there: import or skip

        def work(progress, cancelled) -> Any:
            return import_and_save(project, paths, progress=progress, cancel=cancelled,
                                   duplicate=ask)

        run_with_progress(self.runner, self.window, self.tr("Importing and saving…"), work,
                          self._imported,
                          lambda msg: self._error(self.tr("Import failed"), msg))

    def _imported(self, report: ImportReport) -> None:
        project = self.session.project
        if report.changed:
            try:  # sections for newly imported surveys (derived, so the next open adds them too)
                complete_outline(project)
            except Exception as exc:
                log.info("outline not completed after import: %s", exc)
            # the import saved the project, the user's earlier edits included
            self.session.undo_stack.setClean()
            self._set_extra_dirty(False)
            self.session.notify_sources()
            self.session.notify_outline()
            self.session.notify_excerpts()
        self.imported.emit(report)
        headline = say(report.headline())
        problems = bool(report.refused or report.orphaned or report.warnings)
        if problems:
            dialogs.warning(self.window, self.tr("Import finished with problems"),
                            headline, say(report.summary()))
        else:
            self.window.statusBar().showMessage(headline, 8000)
