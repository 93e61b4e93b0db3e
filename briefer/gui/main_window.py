"""The main window: composes the panes, wires their signals, remembers its layout.

Menus and actions live in ``actions``; files, saving and exporting in
``file_actions``; this class only connects the pieces.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QPaintEvent
from PySide6.QtWidgets import (QApplication, QLabel, QMainWindow, QMenu, QSplitter,
                               QStackedWidget, QTabWidget, QVBoxLayout, QWidget)

from briefer.core.excerpt import AnchorStatus
from briefer.gui import about, dialogs
from briefer.gui import actions as actions_module
from briefer.gui.autosave import Autosave
from briefer.gui.file_actions import FileController
from briefer.gui.outline_pane import OutlinePane
from briefer.gui.page_count import PageCountLabel
from briefer.gui.reader import Reader, find_spans
from briefer.gui.search_pane import SearchPane, SearchService
from briefer.gui.no_project import NoProjectPage
from briefer.gui.note_find import NoteFindBar
from briefer.gui.note_pane import NotePane
from briefer.gui.preferences import PreferencesDialog
from briefer.gui.quote_finder import QuoteFinder
from briefer.gui.notes_bar import NotesBar
from briefer.gui.session import ProjectSession
from briefer.gui.settings import (AUTOSAVE_DELAY_MS, READER_FONT_SIZE, RECENT_FILES,
                                  SPLITTER_LEFT, SPLITTER_MAIN, WINDOW_GEOMETRY, WINDOW_STATE,
                                  Settings)
from briefer.gui.shortcuts_help import ShortcutsDialog
from briefer.gui.sources_pane import SourcesPane
from briefer.gui.word_count import WordCountLabel
from briefer.gui.workers import TaskRunner

log = logging.getLogger(__name__)


MIN_WORK_SIZE = (1000, 600)  # pixels: less, and the three panes do not fit


class MainWindow(QMainWindow):
    def __init__(self, session: ProjectSession, settings: Settings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setAccessibleName(self.tr("Briefer"))
        self.session = session
        if session.parent() is None:
            session.setParent(self)  # they live and die together
        self.settings = settings or Settings()
        self.runner = TaskRunner(self)
        self.search_service = SearchService(self)
        self.autosave = Autosave(session, self.runner, self.settings.get(AUTOSAVE_DELAY_MS),
                                 self)
        self.files = FileController(self, session, self.settings, self.runner, self.autosave)
        self.note_menu: QMenu | None = None
        self._quote_dialog: QuoteFinder | None = None
        self._painted = False
        self._after_paint: list[Callable[[], None]] = []
        self.has_project = True  # False after a project failed to open at start

        self.sources_pane = SourcesPane(session, self)
        self.search_pane = SearchPane(session, self.search_service, self)
        self.outline_pane = OutlinePane(session, self)
        self.reader = Reader(session, self)
        self.reader.set_font_size(self.settings.get(READER_FONT_SIZE))
        self.note_pane = NotePane(session, self)
        self.note_find = NoteFindBar(session, self.note_pane)  # Ctrl+H, under the note

        self.left_tabs = QTabWidget(self)
        self.left_tabs.setObjectName("sourcesTabs")
        self.left_tabs.setAccessibleName(self.tr("Sources and search"))
        self.left_tabs.setDocumentMode(True)
        self.left_tabs.addTab(self.sources_pane, self.tr("&Sources"))
        self.left_tabs.addTab(self.search_pane, self.tr("Sea&rch"))
        self.left_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.left_splitter.setObjectName("leftSplitter")
        self.left_splitter.addWidget(self.left_tabs)
        self.left_splitter.addWidget(self.outline_pane)
        self.left_splitter.setStretchFactor(0, 2)
        self.left_splitter.setStretchFactor(1, 3)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.left_splitter)
        self.main_splitter.addWidget(self.reader)
        self.notes_bar = NotesBar(session, self)  # which of the project's notes is shown
        self.note_column = QWidget(self)
        self.note_column.setObjectName("noteColumn")
        column = QVBoxLayout(self.note_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.notes_bar)
        column.addWidget(self.note_pane, 1)
        self.main_splitter.addWidget(self.note_column)
        self.main_splitter.setChildrenCollapsible(False)
        for i, stretch in enumerate((3, 4, 4)):
            self.main_splitter.setStretchFactor(i, stretch)
        self.no_project_page = NoProjectPage(self)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        self.pages.addWidget(self.main_splitter)
        self.pages.addWidget(self.no_project_page)
        self.setCentralWidget(self.pages)

        self.index_label = QLabel(self)
        self.index_label.setObjectName("indexStatus")
        self.index_label.setAccessibleName(self.tr("Search index status"))
        self.page_count = PageCountLabel(session, self.runner, self)  # "2 pages", as it prints
        self.word_count = WordCountLabel(session, self.note_pane, self)  # "1,234 words"
        self.statusBar().addPermanentWidget(self.word_count)
        self.statusBar().addPermanentWidget(self.page_count)
        self.statusBar().addPermanentWidget(self.index_label)
        self.statusBar().setObjectName("statusBar")

        self.menu_actions = actions_module.build(self)
        self._connect()
        self._restore_layout()
        self.project_replaced()

    # -- wiring ---------------------------------------------------------------------
    def _connect(self) -> None:
        s = self.session
        s.projectReplaced.connect(self.project_replaced)
        s.notesChanged.connect(self.note_pane.rebuild)  # another note shown
        s.notesChanged.connect(self.reader.refresh_highlights)
        s.undo_stack.cleanChanged.connect(self.update_title)
        s.undo_stack.indexChanged.connect(self.update_title)
        s.sourcesChanged.connect(self.search_changed_sources)
        self.files.modifiedChanged.connect(self.update_title)
        self.sources_pane.sourceActivated.connect(self.show_source)
        self.search_pane.hitActivated.connect(self.open_hit)
        self.outline_pane.responseActivated.connect(self.show_response)
        self.outline_pane.themeActivated.connect(self.show_theme)
        self.outline_pane.excerptActivated.connect(self.show_excerpt)
        self.reader.addExcerptRequested.connect(self.add_excerpt)
        self.note_pane.targetChanged.connect(self.reader.target_button.set_target)
        self.reader.target_button.clicked.connect(self.choose_target)
        evidence = QAction(self.tr("Find &Evidence in the News"), self)
        evidence.setToolTip(self.tr("News passages on the words selected"))
        evidence.triggered.connect(lambda: self.outline_pane.evidence.find_for_selection())
        self.reader.view.selection_actions.append(evidence)
        self.note_pane.excerptActivated.connect(self.show_excerpt)
        self.no_project_page.openRequested.connect(self.files.open_dialog)
        self.no_project_page.newRequested.connect(self.files.new_project)
        self.no_project_page.sampleRequested.connect(self.files.open_sample)
        self.search_service.stateChanged.connect(self._index_state)
        self.autosave.failed.connect(
            lambda msg: self.statusBar().showMessage(self.tr("Recovery copy not saved: {0}")
                                                     .format(msg), 8000))

    def project_replaced(self) -> None:
        project = self.session.project
        self._set_has_project(True)
        self.update_title()
        # index once the window is up and idle (or at the first search), not during start-up
        self.search_service.rebuild_later(project)
        if self.reader.source is None:
            surveys = [sid for sid, s in project.sources.items() if s.kind.value == "survey"]
            first = self.sources_pane.first_shown(surveys) or self.sources_pane.first_shown()
            if first is not None:
                self.show_source(first)

    def search_changed_sources(self) -> None:
        self.search_service.rebuild_later(self.session.project, 300)

    def _index_state(self, state: str, done: int, total: int) -> None:
        if state == "indexing":
            self.index_label.setText(self.tr("Indexing {0}/{1}").format(done, total))
        else:
            self.index_label.setText(self.tr("%n source(s) searchable", "", total))

    def update_title(self, *_args: object) -> None:
        if not self.has_project:
            self.setWindowTitle(self.tr("No project — Briefer"))
            self.setWindowModified(False)
            return
        project = self.session.project
        link = getattr(self, "server_link", None)  # a team project (server_open)
        name = (link.title() if link is not None else "") or project.name or self.tr("Untitled")
        if project.read_only:
            title = self.tr("{0}[*] (read-only folder) — Briefer").format(name)
        else:
            title = self.tr("{0}[*] — Briefer").format(name)
        self.setWindowTitle(title)
        self.setWindowModified(self.files.is_modified())

    def show_no_project(self, reason: str = "") -> None:
        """No project open (the one asked for failed): say so, offer the ways on."""
        self.no_project_page.set_reason(reason)
        self._set_has_project(False)
        self.update_title()
        self.no_project_page.focus_first()

    def _set_has_project(self, has: bool) -> None:
        self.has_project = has
        self.pages.setCurrentWidget(self.main_splitter if has else self.no_project_page)
        if not hasattr(self, "menu_actions"):
            return
        a = self.menu_actions
        for action in (a.save, a.save_as, a.import_files, a.import_folder, a.export,
                       a.excerpt_section, a.find, a.find_next, a.find_previous,
                       a.find_replace, a.search,
                       a.quote, a.focus_sources, a.focus_outline, a.focus_reader,
                       a.focus_note, a.source_details, a.print_preview,
                       self.note_pane.draft_action):
            action.setEnabled(has)

    # -- navigation ---------------------------------------------------------------------
    def show_source(self, source_id: str) -> None:
        self.reader.show_source(source_id)
        self.sources_pane.select_source(source_id)

    def open_hit(self, source_id: str, start: int, end: int, query: str) -> None:
        if not self.reader.show_source(source_id):
            return
        self.sources_pane.select_source(source_id)
        source = self.session.project.sources[source_id]
        hit = next((h for h in self.search_pane.model.hits if h.source_id == source_id), None)
        spans = list(hit.matches) if hit is not None else []
        spans = spans or find_spans(source.text, query, source.meta.language)
        self.reader.set_hits(spans, current_at=start)
        if end > start:
            self.reader.select_span(start, end)  # ready for Add excerpt
        self.reader.view.setFocus()

    def show_response(self, survey_id: str, start: int, end: int) -> None:
        if self.reader.show_source(survey_id, focus=[(start, end)], select=(start, end)):
            self.sources_pane.select_source(survey_id)

    def show_theme(self, survey_id: str, spans: list) -> None:
        if self.reader.show_source(survey_id, focus=[tuple(s) for s in spans]):
            self.sources_pane.select_source(survey_id)

    def show_excerpt(self, excerpt_id: str) -> None:
        excerpt = self.session.project.excerpts.get(excerpt_id)
        if excerpt is None:
            return
        if excerpt.status is AnchorStatus.ORPHANED or \
                excerpt.source_id not in self.session.project.sources:
            self.statusBar().showMessage(self.tr("This excerpt's words are no longer in its "
                                                 "source."), 8000)
            return
        span = (excerpt.position.start, excerpt.position.end)
        self.reader.show_source(excerpt.source_id, focus=[span], select=span)
        self.sources_pane.select_source(excerpt.source_id)

    def add_excerpt(self, source_id: str, start: int, end: int,
                    section_id: str | None = None) -> str | None:
        """Add the span to the section chosen (asked for when the user has not chosen yet)."""
        note = self.session.project.note
        if not note.sections:
            dialogs.error(self, self.tr("Cannot add the excerpt"),
                          self.tr("The note has no sections yet. Use Note ▸ Draft from outline "
                                  "first, then add excerpts to its sections."))
            return None
        section_id = section_id or self.note_pane.current_section_id()
        if section_id is None:
            section_id = self.ask_excerpt_section(self.tr("Add the excerpt to:"))
            if section_id is None:
                self.statusBar().showMessage(self.tr("No excerpt added: no section chosen."),
                                             6000)
                return None
        excerpt_id = self.note_pane.add_excerpt(source_id, start, end, section_id)
        if excerpt_id is None:
            dialogs.error(self, self.tr("Cannot add the excerpt"),
                          self.tr("Select some text of a source in the reader first."))
            return None
        section = note.section(section_id)
        self.statusBar().showMessage(self.tr("Excerpt added to “{0}”.").format(
            section.title if section else ""), 4000)
        return excerpt_id

    def ask_excerpt_section(self, title: str) -> str | None:
        """A menu of the note's sections, at the reader's Add button; the id picked or None."""
        sections = self.session.project.note.sections
        current = self.note_pane.current_section_id()
        ids = [s.id for s in sections]
        button = self.reader.add_button
        at = button.mapToGlobal(button.rect().bottomLeft())
        index = dialogs.choose_from_menu(self, title, [s.title for s in sections],
                                         ids.index(current) if current in ids else -1, at)
        if not 0 <= index < len(ids):
            return None
        self.note_pane.set_current_section(ids[index])
        return ids[index]

    def choose_excerpt_section(self) -> None:
        """Edit ▸ Add Excerpt to Section: pick where excerpts go; add the selection there."""
        if not self.session.project.note.sections:
            self.statusBar().showMessage(self.tr("The note has no sections yet: use Note ▸ "
                                                 "Draft from outline first."), 6000)
            return
        span = self.reader.selected_span()
        section_id = self.ask_excerpt_section(
            self.tr("Add the excerpt to:") if span else self.tr("New excerpts go to:"))
        if section_id is None:
            return
        if span is not None:
            self.add_excerpt(*span, section_id=section_id)
        else:
            section = self.session.project.note.section(section_id)
            self.statusBar().showMessage(self.tr("New excerpts go to “{0}”.").format(
                section.title if section else ""), 6000)

    def choose_target(self) -> None:
        """The reader's "→ section" button: choose where new excerpts go."""
        if self.session.project.note.sections:
            self.ask_excerpt_section(self.tr("New excerpts go to:"))

    # -- focus (keyboard flow) --------------------------------------------------------
    def focus_sources(self) -> None:
        self.left_tabs.setCurrentWidget(self.sources_pane)
        self.sources_pane.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        self.left_tabs.setCurrentWidget(self.search_pane)
        self.search_pane.focus_box()

    def focus_outline(self) -> None:
        self.outline_pane.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_reader(self) -> None:
        self.reader.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_note(self) -> None:
        self.note_pane.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.note_pane.focusWidget() is None:
            self.note_pane.focusNextChild()

    # -- dialogs ---------------------------------------------------------------------
    def find_quote(self) -> None:
        dialog = self._quote_dialog
        if dialog is None:
            dialog = self._quote_dialog = QuoteFinder(self.session, self.runner, self)
            dialog.located.connect(self.show_located)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.edit.setFocus()

    def show_located(self, source_id: str, start: int, end: int) -> None:
        if self.reader.show_source(source_id, focus=[(start, end)], select=(start, end)):
            self.sources_pane.select_source(source_id)

    def show_preferences(self) -> None:
        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec():
            self.reader.set_font_size(self.settings.get(READER_FONT_SIZE))
            self.autosave.timer.setInterval(self.settings.get(AUTOSAVE_DELAY_MS))

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def show_about(self) -> None:
        about.show_about(self)

    def show_about_qt(self) -> None:
        QApplication.aboutQt()

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
        if not self.files.maybe_save():
            event.ignore()
            return
        self.save_layout()
        # all the window's work (the panes' too: citations, page counts) is told to
        # stop; what does not stop within a moment is let go of, never waited for
        for runner in self.findChildren(TaskRunner):  # self.runner among them
            runner.shutdown(300)
        self.search_service.stop()
        self.files.sharing.release()
        self.autosave.close()
        event.accept()
