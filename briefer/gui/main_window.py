"""The main window: composes the panes, wires their signals, remembers its layout.

Menus and actions live in ``actions``; files, saving and exporting in
``file_actions``; going to a source, a hit or an excerpt, and the dialogs the
window opens, in ``window_parts``; this class holds the pieces together.

The window is built in stages (``window_steps``). Its frame — the splitters,
the tabs, the status bar — and the Sources list come first, from modules that
load quickly; the search, outline, reader and note panes, the menus and the
file controller are imported and built afterwards, one short step per turn of
the event loop. ``MainWindow(..., staged=True)`` (the app at start) paints the
frame with its sources before those steps run, so the window appears as fast as
an empty one would; ``staged=False`` (the default) builds every part before
returning. Keys typed before the window is complete are held and delivered
once it is (``held_keys``). The app at start gives no session: the frame shows
the Sources list kept from the last start (``first_list``), and the first step
reads the project's sources and puts the Sources pane in its place.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore  # not ``Qt`` itself: see below
from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QPaintEvent
from PySide6.QtWidgets import (QLabel, QMainWindow, QMenu, QSplitter, QStackedWidget,
                               QTabWidget, QVBoxLayout, QWidget)

from briefer.gui import window_steps
from briefer.gui.held_keys import HeldKeys
from briefer.gui.session import ProjectSession
from briefer.gui.settings import (RECENT_FILES, SPLITTER_LEFT, SPLITTER_MAIN, WINDOW_GEOMETRY,
                                  WINDOW_STATE, Settings)
from briefer.gui.workers import TaskRunner

if TYPE_CHECKING:  # built after the first paint (window_steps)
    from briefer.gui.actions import Actions
    from briefer.gui.first_list import FirstList
    from briefer.gui.autosave import Autosave
    from briefer.gui.file_actions import FileController
    from briefer.gui.no_project import NoProjectPage
    from briefer.gui.note_find import NoteFindBar
    from briefer.gui.note_pane import NotePane
    from briefer.gui.notes_bar import NotesBar
    from briefer.gui.outline_pane import OutlinePane
    from briefer.gui.page_count import PageCountLabel
    from briefer.gui.reader import Reader
    from briefer.gui.search_pane import SearchPane, SearchService
    from briefer.gui.sources_pane import SourcesPane
    from briefer.gui.window_parts import WindowParts
    from briefer.gui.word_count import WordCountLabel

log = logging.getLogger(__name__)


MIN_WORK_SIZE = (1000, 600)  # pixels: less, and the three panes do not fit


class MainWindow(QMainWindow):
    # the parts the later steps build (window_steps); present once ``built``
    session: ProjectSession  # given, or made by the first step
    sources_pane: SourcesPane
    search_service: SearchService
    search_pane: SearchPane
    outline_pane: OutlinePane
    reader: Reader
    note_pane: NotePane
    note_find: NoteFindBar
    notes_bar: NotesBar
    autosave: Autosave
    files: FileController
    no_project_page: NoProjectPage
    page_count: PageCountLabel
    word_count: WordCountLabel
    menu_actions: Actions
    parts: WindowParts

    def __init__(self, session: ProjectSession | None, settings: Settings | None = None,
                 parent: QWidget | None = None, *, staged: bool = False,
                 first_list: FirstList | None = None, opening: Path | None = None) -> None:
        """``session`` None (the app at start): made from a first look at ``opening`` —
        at once, or, with a ``first_list`` (the Sources list kept from the last start) to
        show until then, in the first step after the paint."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setAccessibleName(self.tr("Briefer"))
        self.first_list = first_list
        self.opening = opening
        if session is not None:
            self.take_session(session)
        self.settings = settings or Settings()
        self.runner = TaskRunner(self)
        self.note_menu: QMenu | None = None
        self._painted = False
        self._after_paint: list[Callable[[], None]] = []
        self._when_built: list[Callable[[], None]] = []
        self.has_project = True  # False after a project failed to open at start
        self.built = False  # every step run (the app's opening of its project too)
        self.wired = False  # every part exists and is connected (``window_parts``)
        self._steps = list(window_steps.STEPS)

        self.left_tabs = QTabWidget(self)
        self.left_tabs.setObjectName("sourcesTabs")
        self.left_tabs.setAccessibleName(self.tr("Sources and search"))
        self.left_tabs.setDocumentMode(True)
        # the Sources pane's place (window_steps.build_sources)
        self.left_tabs.addTab(first_list or QWidget(self), self.tr("&Sources"))
        self.left_tabs.addTab(QWidget(self), self.tr("Sea&rch"))  # the search pane's place
        # No ``Qt`` enum before the first paint: naming one (even by passing an argument
        # PySide must tell from one, as QSplitter(parent) must from QSplitter(orientation))
        # makes PySide build every enum of the ``Qt`` namespace, 10 ms of a 110 ms start.
        # The splitters get their parents from the layout; vertical is Qt.Orientation's 2.
        self.left_splitter = QSplitter()
        self.left_splitter.setProperty("orientation", 2)
        self.left_splitter.setObjectName("leftSplitter")
        self.left_splitter.addWidget(self.left_tabs)
        self.left_splitter.addWidget(QWidget(self))  # the outline's place
        self.left_splitter.setStretchFactor(0, 2)
        self.left_splitter.setStretchFactor(1, 3)
        self.main_splitter = QSplitter()  # horizontal
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.left_splitter)
        self.main_splitter.addWidget(QWidget(self))  # the reader's place
        self.note_column = QWidget(self)  # the notes bar above the note pane
        self.note_column.setObjectName("noteColumn")
        self.note_layout = QVBoxLayout(self.note_column)
        self.note_layout.setContentsMargins(0, 0, 0, 0)
        self.note_layout.setSpacing(0)
        self.main_splitter.addWidget(self.note_column)
        self.main_splitter.setChildrenCollapsible(False)
        for i, stretch in enumerate((3, 4, 4)):
            self.main_splitter.setStretchFactor(i, stretch)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        self.pages.addWidget(self.main_splitter)
        self.setCentralWidget(self.pages)

        self.index_label = QLabel(self)
        self.index_label.setObjectName("indexStatus")
        self.index_label.setAccessibleName(self.tr("Search index status"))
        self.statusBar().addPermanentWidget(self.index_label)
        self.statusBar().setObjectName("statusBar")
        if staged:  # the menus come later: their bar's height is kept, so nothing moves then
            bar = self.menuBar()
            probe = bar.addAction("&File")
            bar.setMinimumHeight(bar.sizeHint().height())
            bar.removeAction(probe)
        if first_list is None:  # the Sources pane in the frame (a first look if no session)
            window_steps.build_sources(self)
        self._restore_layout()
        self.update_title()
        self._held = HeldKeys(self) if staged else None
        if staged:
            self.after_first_paint(self._next_step)
        else:
            self.finish_building()

    # -- building in stages -------------------------------------------------------------
    def take_session(self, session: ProjectSession) -> None:
        """The session the window works on (given, or made by the first build step)."""
        self.session = session
        if session.parent() is None:
            session.setParent(self)  # they live and die together

    def finish_building(self) -> None:
        """Build every part not built yet, now (what a caller that needs the whole window
        at once asks for; the staged start runs the same steps one per event-loop turn)."""
        while self._steps:
            self._run_step()

    def then(self, step: Callable[[MainWindow], None]) -> None:
        """Run ``step`` after the window's own build steps, as one more of them (the app
        opens its project so, in a turn of the event loop of its own, before the keys
        held meanwhile are delivered)."""
        self._steps.append(step)
        if self.built:
            self.finish_building()

    def when_built(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once every part of the window exists (now if it does)."""
        if self.built:
            callback()
        else:
            self._when_built.append(callback)

    def _next_step(self) -> None:
        """One build step a turn of the event loop: the window paints and takes input
        between any two (running steps for 20 ms a turn instead finished 30 ms sooner but
        held the window 77 ms instead of 60)."""
        if self._steps:
            self._run_step()
        if self._steps:
            QTimer.singleShot(0, self._next_step)  # paints and input in between

    def _run_step(self) -> None:
        step = self._steps.pop(0)
        step(self)
        if self.opening is not None:  # at start: the project's note is still to come
            self._contents_wait(bool(self._steps))
        if self._steps:
            return
        self.built = True
        callbacks, self._when_built = self._when_built, []
        for callback in callbacks:
            callback()
        if self._held is not None:
            self._held.release()
            self._held = None

    def _contents_wait(self, waiting: bool) -> None:
        """While the window is built at start, the note pane says its note is being
        opened and the word count is blank: the project shown until then is a first look
        at its sources, with an empty note ("no sections yet", "0 words" flashed before
        the project's reading took over, ``opening_progress``, which says the same)."""
        if getattr(self, "files", None) is not None and self.files.opening is not None:
            return  # the reading says it now
        pane = getattr(self, "note_pane", None)
        if pane is not None and pane.opening != waiting:
            pane.show_opening(waiting)
        words = getattr(self, "word_count", None)
        if words is not None and words.waiting != waiting:
            words.set_waiting(waiting)

    # -- state shown ----------------------------------------------------------------------
    def project_replaced(self) -> None:
        self._contents_wait(False)  # its note is here (a warning about it may follow)
        self._set_has_project(True)
        self.update_title()
        if self.wired:
            self.parts.project_replaced()

    def search_changed_sources(self) -> None:
        self.search_service.rebuild_later(self.session.project, 300)

    def update_title(self, *_args: object) -> None:
        if not self.has_project:
            self.setWindowTitle(self.tr("No project — Briefer"))
            self.setWindowModified(False)
            return
        session = getattr(self, "session", None)  # None before the first step: the kept list's
        kept = self.first_list.kept if self.first_list is not None else None
        project_name, read_only = (session.project.name, session.project.read_only) \
            if session is not None else (kept.name, kept.read_only) if kept else ("", False)
        link = getattr(self, "server_link", None)  # a team project (server_open)
        name = (link.title() if link is not None else "") or project_name or self.tr("Untitled")
        if read_only:
            title = self.tr("{0}[*] (read-only folder) — Briefer").format(name)
        else:
            title = self.tr("{0}[*] — Briefer").format(name)
        self.setWindowTitle(title)
        self.setWindowModified(self.wired and self.files.is_modified())

    def show_no_project(self, reason: str = "", retry: Path | None = None) -> None:
        """No project open (the one asked for failed, or its opening was cancelled): say
        so, offer the ways on (``retry``: opening that project again first)."""
        self.no_project_page.set_reason(reason)
        self.no_project_page.set_retry(retry)
        self._set_has_project(False)
        self.update_title()
        self.no_project_page.focus_first()

    def _set_has_project(self, has: bool) -> None:
        self.has_project = has
        if not self.wired:
            return
        self.pages.setCurrentWidget(self.main_splitter if has else self.no_project_page)
        # no counts of the empty project standing in ("0 words", "0 sources searchable")
        self.word_count.setVisible(has)
        self.index_label.setVisible(has)
        if not has:
            self.page_count.timer.stop()
            self.page_count.hide()  # shown again by its next count
        a = self.menu_actions
        for action in (a.save, a.save_as, a.import_files, a.import_folder, a.export,
                       a.excerpt_section, a.find, a.find_next, a.find_previous,
                       a.find_replace, a.search,
                       a.quote, a.focus_sources, a.focus_outline, a.focus_reader,
                       a.focus_note, a.source_details, a.print_preview,
                       self.note_pane.draft_action):
            action.setEnabled(has)

    # -- navigation and dialogs (window_parts) ------------------------------------------
    def show_source(self, source_id: str) -> None:
        self.parts.show_source(source_id)

    def open_hit(self, source_id: str, start: int, end: int, query: str) -> None:
        self.parts.open_hit(source_id, start, end, query)

    def show_response(self, survey_id: str, start: int, end: int) -> None:
        self.parts.show_response(survey_id, start, end)

    def show_theme(self, survey_id: str, spans: list) -> None:
        self.parts.show_theme(survey_id, spans)

    def show_excerpt(self, excerpt_id: str) -> None:
        self.parts.show_excerpt(excerpt_id)

    def add_excerpt(self, source_id: str, start: int, end: int,
                    section_id: str | None = None) -> str | None:
        """Add the span to the section chosen (asked for when the user has not chosen yet)."""
        return self.parts.add_excerpt(source_id, start, end, section_id)

    def ask_excerpt_section(self, title: str) -> str | None:
        """A menu of the note's sections, at the reader's Add button; the id picked or None."""
        return self.parts.ask_excerpt_section(title)

    def choose_excerpt_section(self) -> None:
        """Edit ▸ Add Excerpt to Section: pick where excerpts go; add the selection there."""
        self.parts.choose_excerpt_section()

    def choose_target(self) -> None:
        """The reader's "→ section" button: choose where new excerpts go."""
        self.parts.choose_target()

    def find_quote(self) -> None:
        self.parts.find_quote()

    def show_located(self, source_id: str, start: int, end: int) -> None:
        self.parts.show_located(source_id, start, end)

    def show_preferences(self) -> None:
        self.parts.show_preferences()

    def show_shortcuts(self) -> None:
        self.parts.show_shortcuts()

    def show_about(self) -> None:
        self.parts.show_about()

    def show_about_qt(self) -> None:
        self.parts.show_about_qt()

    # -- focus (keyboard flow) --------------------------------------------------------
    def focus_sources(self) -> None:
        self.left_tabs.setCurrentWidget(self.sources_pane)
        self.sources_pane.table.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        self.left_tabs.setCurrentWidget(self.search_pane)
        self.search_pane.focus_box()

    def focus_outline(self) -> None:
        self.outline_pane.tree.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)

    def focus_reader(self) -> None:
        self.reader.view.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)

    def focus_note(self) -> None:
        self.note_pane.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        if self.note_pane.focusWidget() is None:
            self.note_pane.focusNextChild()

    def fill_recent_menu(self) -> None:
        menu = self.menu_actions.recent_menu
        menu.clear()
        recent = self.settings.get(RECENT_FILES)
        for i, path in enumerate(recent, 1):
            action = menu.addAction(f"&{i} {path}" if i < 10 else path)
            action.triggered.connect(lambda _c=False, p=path: self.files.open_path(p))
        if not recent:
            empty = menu.addAction(self.tr("No recent projects"))
            empty.setEnabled(False)

    # -- start-up ---------------------------------------------------------------------
    def after_first_paint(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the window has been painted, so that work the user
        need not see first (drawing the outline) does not delay the window.

        A window that is not shown does not wait; one shown but never painted
        (started minimised) waits at most a second.
        """
        if self._painted:
            QTimer.singleShot(0, callback)
            return
        self._after_paint.append(callback)
        if len(self._after_paint) == 1:
            QTimer.singleShot(0, self._run_unless_shown)
            QTimer.singleShot(1000, self._run_after_paint)

    def _run_unless_shown(self) -> None:
        if not self.isVisible():
            self._run_after_paint()

    def _run_after_paint(self) -> None:
        callbacks, self._after_paint = self._after_paint, []
        for callback in callbacks:
            callback()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if self._after_paint:
                QTimer.singleShot(0, self._run_after_paint)  # after the children paint

    # -- layout and closing -------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.get(WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry) or not self._fits_screen():
            self._default_geometry()
        toolbars = self.settings.get(WINDOW_STATE)
        if not toolbars.isEmpty():
            self.restoreState(toolbars)
        for setting, splitter in ((SPLITTER_MAIN, self.main_splitter),
                                  (SPLITTER_LEFT, self.left_splitter)):
            state = self.settings.get(setting)
            if not state.isEmpty():
                splitter.restoreState(state)
        if self.settings.get(SPLITTER_MAIN).isEmpty():
            self.main_splitter.setSizes([380, 496, 490])
            self.left_splitter.setSizes([260, 400])

    def _fits_screen(self) -> bool:
        """Is the restored window on a screen and big enough to work in? (After a change
        of screens a saved geometry can be tiny, or off every screen.)"""
        screen = QGuiApplication.screenAt(self.frameGeometry().center())
        if screen is None:
            return False
        area = screen.availableGeometry()
        return (self.width() >= min(MIN_WORK_SIZE[0], int(area.width() * 0.6))
                and self.height() >= min(MIN_WORK_SIZE[1], int(area.height() * 0.6)))

    def _default_geometry(self) -> None:
        """1366 × 740, or most of a smaller screen, centred on the primary screen."""
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1366, 740)
            return
        area = screen.availableGeometry()
        width, height = min(1366, int(area.width() * 0.95)), min(740, int(area.height() * 0.95))
        self.setGeometry(area.x() + (area.width() - width) // 2,
                         area.y() + (area.height() - height) // 2, width, height)

    def save_layout(self) -> None:
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())
        self.settings.set(SPLITTER_MAIN, QByteArray(self.main_splitter.saveState()))
        self.settings.set(SPLITTER_LEFT, QByteArray(self.left_splitter.saveState()))
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.finish_building()  # a window closed during its first moments: as any other
        if not self.files.maybe_save():
            event.ignore()
            return
        if self.files.opening is not None:  # a project being read: dropped, nothing said
            self.files.opening.abandon()
            self.files.opening = None
        self.save_layout()
        # all the window's work (the panes' too: citations, page counts) is told to
        # stop; what does not stop within a moment is let go of, never waited for
        for runner in self.findChildren(TaskRunner):  # self.runner among them
            runner.shutdown(300)
        self.search_service.stop()
        self.files.sharing.release()
        self.autosave.close()
        event.accept()
