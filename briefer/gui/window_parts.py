"""The main window's work beyond its frame: going to what the user picked, adding
excerpts, the dialogs it opens, and the wiring of its panes.

This module is imported by the last of the window's build steps
(``window_steps``), after the first paint: it needs the panes, the dialogs and
the file controller, which the frame and its Sources list do not. ``MainWindow``
keeps a method for each action here (the menus and the tests call those), each
handing over to ``WindowParts``.
"""

from __future__ import annotations

from itertools import compress, repeat
from operator import attrgetter, is_

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from briefer.core.excerpt import AnchorStatus
from briefer.core.source import SourceKind
from briefer.gui import about, actions, dialogs
from briefer.gui.autosave import Autosave
from briefer.gui.file_actions import FileController
from briefer.gui.index_status import IndexStatus
from briefer.gui.no_project import NoProjectPage
from briefer.gui.note_find import NoteFindBar
from briefer.gui.notes_bar import NotesBar
from briefer.gui.page_count import PageCountLabel
from briefer.gui.preferences import PreferencesDialog
from briefer.gui.quote_finder import QuoteFinder
from briefer.gui.reader_text import find_spans
from briefer.gui.settings import AUTOSAVE_DELAY_MS, READER_FONT_SIZE
from briefer.gui.shortcuts_help import ShortcutsDialog
from briefer.gui.word_count import WordCountLabel

if TYPE_CHECKING:
    from briefer.core.project import Project
    from briefer.gui.main_window import MainWindow  # which builds this


def build_files(window: MainWindow) -> None:
    """The recovery copies, the file controller and the page shown when no project is."""
    window.autosave = Autosave(window.session, window.runner,
                               window.settings.get(AUTOSAVE_DELAY_MS), window)
    window.files = FileController(window, window.session, window.settings, window.runner,
                                  window.autosave)
    window.no_project_page = NoProjectPage(window)
    window.pages.addWidget(window.no_project_page)


def build_menus(window: MainWindow) -> None:
    """The notes bar and find bar, the status bar's counts, the menus and their shortcuts;
    then everything is wired and the project shown as a newly opened one is."""
    window.note_find = NoteFindBar(window.session, window.note_pane)  # Ctrl+H, under the note
    window.notes_bar = NotesBar(window.session, window)  # which of the project's notes is shown
    window.note_layout.insertWidget(0, window.notes_bar)
    window.page_count = PageCountLabel(window.session, window.runner, window)  # "2 pages"
    window.word_count = WordCountLabel(window.session, window.note_pane, window)  # words
    bar = window.statusBar()
    bar.insertPermanentWidget(0, window.word_count)
    bar.insertPermanentWidget(1, window.page_count)
    window.parts = WindowParts(window)
    window.menu_actions = actions.build(window)
    window.menuBar().setMinimumHeight(0)  # as high as its menus, from now on
    window.parts.connect()
    window.wired = True
    window.project_replaced()



def tr(text: str) -> str:
    """The window's words, in the window's translation context (the strings were the
    window's own before its parts moved here; ``update.py`` files them there too)."""
    return QCoreApplication.translate("MainWindow", text)

_KIND = attrgetter("kind")


class WindowParts:
    """What ``window`` does with its panes once they all exist (see module notes)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._quote_dialog: QuoteFinder | None = None

    # -- wiring ---------------------------------------------------------------------
    def connect(self) -> None:
        w = self.window
        s = w.session
        s.projectReplaced.connect(w.project_replaced)
        s.notesChanged.connect(w.note_pane.rebuild)  # another note shown
        s.notesChanged.connect(w.reader.refresh_highlights)
        s.undo_stack.cleanChanged.connect(w.update_title)
        s.undo_stack.indexChanged.connect(w.update_title)
        s.sourcesChanged.connect(w.search_changed_sources)
        w.files.modifiedChanged.connect(w.update_title)
        w.sources_pane.sourceActivated.connect(w.show_source)
        w.search_pane.hitActivated.connect(w.open_hit)
        w.outline_pane.responseActivated.connect(w.show_response)
        w.outline_pane.themeActivated.connect(w.show_theme)
        w.outline_pane.excerptActivated.connect(w.show_excerpt)
        w.reader.addExcerptRequested.connect(w.add_excerpt)
        w.note_pane.targetChanged.connect(w.reader.target_button.set_target)
        w.reader.target_button.clicked.connect(w.choose_target)
        evidence = QAction(tr("Find &Evidence in the News"), w)
        evidence.setToolTip(tr("News passages on the words selected"))
        evidence.triggered.connect(lambda: w.outline_pane.evidence.find_for_selection())
        w.reader.view.selection_actions.append(evidence)
        w.note_pane.excerptActivated.connect(w.show_excerpt)
        w.no_project_page.retryRequested.connect(w.files.open_path)
        w.no_project_page.openRequested.connect(w.files.open_dialog)
        w.no_project_page.newRequested.connect(w.files.new_project)
        w.no_project_page.sampleRequested.connect(w.files.open_sample)
        IndexStatus(w.index_label, w.search_service, w.statusBar())
        w.autosave.failed.connect(
            lambda msg: w.statusBar().showMessage(tr("Recovery copy not saved: {0}")
                                                  .format(msg), 8000))

    def project_replaced(self) -> None:
        """Index the project once the window is idle; show its first survey (or source)."""
        w = self.window
        project = w.session.project
        # index once the window is up and idle (or at the first search), not during start-up
        w.search_service.rebuild_later(project)
        loaded, project.loaded_surveys = project.loaded_surveys, None  # a hint as it opens
        if w.reader.source is None:
            surveys = self._surveys(project, loaded)
            first = w.sources_pane.first_shown(surveys) or w.sources_pane.first_shown()
            if first is not None:
                self.show_source(first)

    @staticmethod
    def _surveys(project: Project, loaded: list[str] | None) -> list[str]:
        """The surveys' ids: as the loader found them when it did (still surveys, still
        there), else found here, the kinds compared by identity all in C."""
        if loaded is not None:
            sources = project.sources
            return [sid for sid in loaded
                    if sid in sources and sources[sid].kind is SourceKind.SURVEY]
        kinds = map(_KIND, project.sources.values())
        return list(compress(project.sources, map(is_, kinds, repeat(SourceKind.SURVEY))))

    # -- navigation ---------------------------------------------------------------------
    def show_source(self, source_id: str) -> None:
        self.window.reader.show_source(source_id)
        self.window.sources_pane.select_source(source_id)

    def open_hit(self, source_id: str, start: int, end: int, query: str) -> None:
        w = self.window
        if w.files.opening is not None:  # found as the project is read: shown once it is in
            w.files.opening.pending_hit = (source_id, start, end, query)
            w.statusBar().showMessage(tr("The source opens as soon as the project is read."),
                                      4000)
            return
        if not w.reader.show_source(source_id):
            return
        w.sources_pane.select_source(source_id)
        source = w.session.project.sources[source_id]
        hit = next((h for h in w.search_pane.model.hits if h.source_id == source_id), None)
        spans = list(hit.matches) if hit is not None else []
        spans = spans or find_spans(source.text, query, source.meta.language)
        w.reader.set_hits(spans, current_at=start)
        if end > start:
            w.reader.select_span(start, end)  # ready for Add excerpt
        w.reader.view.setFocus()

    def show_response(self, survey_id: str, start: int, end: int) -> None:
        w = self.window
        if w.reader.show_source(survey_id, focus=[(start, end)], select=(start, end)):
            w.sources_pane.select_source(survey_id)

    def show_theme(self, survey_id: str, spans: list) -> None:
        w = self.window
        if w.reader.show_source(survey_id, focus=[tuple(s) for s in spans]):
            w.sources_pane.select_source(survey_id)

    def show_excerpt(self, excerpt_id: str) -> None:
        w = self.window
        excerpt = w.session.project.excerpts.get(excerpt_id)
        if excerpt is None:
            return
        if excerpt.status is AnchorStatus.ORPHANED or \
                excerpt.source_id not in w.session.project.sources:
            w.statusBar().showMessage(tr("This excerpt's words are no longer in its "
                                           "source."), 8000)
            return
        span = (excerpt.position.start, excerpt.position.end)
        w.reader.show_source(excerpt.source_id, focus=[span], select=span)
        w.sources_pane.select_source(excerpt.source_id)

    def add_excerpt(self, source_id: str, start: int, end: int,
                    section_id: str | None = None) -> str | None:
        """Add the span to the section chosen (asked for when the user has not chosen yet)."""
        w = self.window
        note = w.session.project.note
        if not note.sections:
            dialogs.error(w, tr("Cannot add the excerpt"),
                          tr("The note has no sections yet. Use Note ▸ Draft from outline "
                               "first, then add excerpts to its sections."))
            return None
        section_id = section_id or w.note_pane.current_section_id()
        if section_id is None:
            section_id = self.ask_excerpt_section(tr("Add the excerpt to:"))
            if section_id is None:
                w.statusBar().showMessage(tr("No excerpt added: no section chosen."), 6000)
                return None
        excerpt_id = w.note_pane.add_excerpt(source_id, start, end, section_id)
        if excerpt_id is None:
            dialogs.error(w, tr("Cannot add the excerpt"),
                          tr("Select some text of a source in the reader first."))
            return None
        section = note.section(section_id)
        w.statusBar().showMessage(tr("Excerpt added to “{0}”.").format(
            section.title if section else ""), 4000)
        return excerpt_id

    def ask_excerpt_section(self, title: str) -> str | None:
        """A menu of the note's sections, at the reader's Add button; the id picked or None."""
        w = self.window
        sections = w.session.project.note.sections
        current = w.note_pane.current_section_id()
        ids = [s.id for s in sections]
        button = w.reader.add_button
        at = button.mapToGlobal(button.rect().bottomLeft())
        index = dialogs.choose_from_menu(w, title, [s.title for s in sections],
                                         ids.index(current) if current in ids else -1, at)
        if not 0 <= index < len(ids):
            return None
        w.note_pane.set_current_section(ids[index])
        return ids[index]

    def choose_excerpt_section(self) -> None:
        """Edit ▸ Add Excerpt to Section: pick where excerpts go; add the selection there."""
        w = self.window
        if not w.session.project.note.sections:
            w.statusBar().showMessage(tr("The note has no sections yet: use Note ▸ "
                                           "Draft from outline first."), 6000)
            return
        span = w.reader.selected_span()
        section_id = self.ask_excerpt_section(
            tr("Add the excerpt to:") if span else tr("New excerpts go to:"))
        if section_id is None:
            return
        if span is not None:
            self.add_excerpt(*span, section_id=section_id)
        else:
            section = w.session.project.note.section(section_id)
            w.statusBar().showMessage(tr("New excerpts go to “{0}”.").format(
                section.title if section else ""), 6000)

    def choose_target(self) -> None:
        """The reader's "→ section" button: choose where new excerpts go."""
        if self.window.session.project.note.sections:
            self.ask_excerpt_section(tr("New excerpts go to:"))

    # -- dialogs ---------------------------------------------------------------------
    def find_quote(self) -> None:
        w = self.window
        dialog = self._quote_dialog
        if dialog is None:
            dialog = self._quote_dialog = QuoteFinder(w.session, w.runner, w)
            dialog.located.connect(w.show_located)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.edit.setFocus()

    def show_located(self, source_id: str, start: int, end: int) -> None:
        w = self.window
        if w.reader.show_source(source_id, focus=[(start, end)], select=(start, end)):
            w.sources_pane.select_source(source_id)

    def show_preferences(self) -> None:
        w = self.window
        dialog = PreferencesDialog(w.settings, w)
        if dialog.exec():
            w.reader.set_font_size(w.settings.get(READER_FONT_SIZE))
            w.autosave.timer.setInterval(w.settings.get(AUTOSAVE_DELAY_MS))

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self.window)
        dialog.exec()
        dialog.deleteLater()

    def show_about(self) -> None:
        about.show_about(self.window)

    def show_about_qt(self) -> None:
        QApplication.aboutQt()
