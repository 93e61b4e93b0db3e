"""The main window's build steps after its frame and Sources list, one short step each.

The first paint needs only the frame and the Sources list (``MainWindow``):
at start, the list kept from the last start (``first_list``), which the first
step here replaces with the Sources pane on the project's sources as read from
its files (a first look: PyYAML and the core load then, after the paint);
everything else — the search pane and its index, the outline, the reader, the
note pane, the file controller, the menus — used to be imported and built before
the window could appear: 250 ms of a 375 ms start with the sample. Each step
here imports what it builds (the seams listed in ``tests/test_layout.py``) and
puts it in the place the frame kept for it; at start the window runs one step
per turn of the event loop after its first paint, so each holds the window for
a short moment only, and ``MainWindow.finish_building`` runs the rest at once.

This module itself imports nothing heavy: the window imports it before it paints.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QSplitter, QWidget

from briefer.gui.session import ProjectSession
from briefer.gui.settings import READER_FONT_SIZE

if TYPE_CHECKING:
    from briefer.gui.main_window import MainWindow  # which runs these steps


def load_core(_window: MainWindow) -> None:
    """The core's project, sources, dates, notes and excerpts."""
    import briefer.core.project  # noqa: F401 - loaded now, used by the next steps


def load_first_look(_window: MainWindow) -> None:
    """PyYAML and the readers of sources and their metadata."""
    import briefer.io.first_look  # noqa: F401 - loaded now, used by build_sources


def load_survey_parser(_window: MainWindow) -> None:
    """markdown-it and the survey grammar (the project loader, the search pane need them)."""
    import briefer.core.survey_parser  # noqa: F401 - loaded now, used by the next steps


def dim_disabled_placeholders(_window: MainWindow) -> None:
    """A greyed-out field's placeholder drawn lighter than its text would be, as an
    enabled field's is. Fusion draws it at half black whatever the state, darker than
    disabled text: while a project is read (every pane waits), the note's empty fields
    looked filled in ("What the note is about", "e.g. Minister"). After the paint:
    the palette's enums cost the first paint 0.6 ms."""
    palette = QGuiApplication.palette()
    role, off = QPalette.ColorRole.PlaceholderText, QPalette.ColorGroup.Disabled
    colour = palette.color(off, QPalette.ColorRole.Text)
    colour.setAlpha(palette.color(QPalette.ColorGroup.Active, role).alpha())
    if palette.color(off, role) != colour:
        palette.setColor(off, role, colour)
        QGuiApplication.setPalette(palette)


def load_sources_pane(_window: MainWindow) -> None:
    """The Sources pane, its model and its order."""
    import briefer.gui.sources_pane  # noqa: F401 - loaded now, built by the next step


def build_sources(window: MainWindow) -> None:
    """The Sources pane, in the place of the list kept from the last start; the session
    first, if the window was given none (its project: a first look at the one opening)."""
    if hasattr(window, "sources_pane"):
        return  # built with the frame, from the session given
    from briefer.gui.sources_pane import SourcesPane

    if not hasattr(window, "session"):
        from briefer.io.first_look import first_look_or_empty

        window.take_session(ProjectSession(first_look_or_empty(window.opening)))
    window.sources_pane = pane = SourcesPane(window.session, window)
    tabs = window.left_tabs
    current, label, kept = tabs.currentIndex(), tabs.tabText(0), tabs.widget(0)
    focus = window.focusWidget()
    had_focus = kept is not None and focus is not None and kept.isAncestorOf(focus)
    tabs.removeTab(0)
    tabs.insertTab(0, pane, label)
    tabs.setCurrentIndex(current)
    if had_focus:
        pane.filter.setFocus()
    if kept is not None:
        kept.deleteLater()
    window.first_list = None
    window.update_title()


def build_search(window: MainWindow) -> None:
    """The Search tab, in the place kept for it, and the search service behind it."""
    from briefer.gui.search_pane import SearchPane, SearchService

    window.search_service = SearchService(window)
    window.search_pane = SearchPane(window.session, window.search_service, window)
    tabs = window.left_tabs
    label, kept = tabs.tabText(1), tabs.widget(1)
    tabs.removeTab(1)
    tabs.insertTab(1, window.search_pane, label)
    if kept is not None:
        kept.deleteLater()


# Steps that only import: the modules a pane needs that take longest to load, each in a
# step of its own, so that the step building the pane does not hold the window long.

def load_outline_engine(_window: MainWindow) -> None:
    """The outline engine (stemmer, patterns, word and concept tables)."""
    import briefer.core.themes  # noqa: F401 - loaded now, used by the outline pane


def load_commands(_window: MainWindow) -> None:
    """The undo commands, with the drafting and re-anchoring code behind them."""
    import briefer.gui.commands  # noqa: F401 - loaded now, used by every pane after


def load_citations(_window: MainWindow) -> None:
    """The citation processor the note pane shows its footnotes with."""
    import briefer.gui.citation_renderer  # noqa: F401 - loaded now, used by the note pane


def load_note(_window: MainWindow) -> None:
    """The note pane's blocks, editors, forms and spelling."""
    import briefer.gui.note_pane  # noqa: F401 - loaded now, built by the next step


def load_project_files(_window: MainWindow) -> None:
    """The project loader and saver (journal, locks, atomic writes, templates)."""
    import briefer.io.project_file  # noqa: F401 - loaded now, used by the file controller


def load_importing(_window: MainWindow) -> None:
    """Importing files into a project (the importers load on first use)."""
    import briefer.io.importing  # noqa: F401 - loaded now, used by the file controller


def load_files(_window: MainWindow) -> None:
    """The file controller: the importers, the exporter's front, sharing."""
    import briefer.gui.file_actions  # noqa: F401 - loaded now, used by the next step


def build_outline(window: MainWindow) -> None:
    """The outline pane, under the Sources list."""
    from briefer.gui.outline_pane import OutlinePane

    window.outline_pane = OutlinePane(window.session, window)
    _put(window.left_splitter, 1, window.outline_pane)


def build_reader(window: MainWindow) -> None:
    """The reader, in the middle."""
    from briefer.gui.reader import Reader

    window.reader = Reader(window.session, window)
    window.reader.set_font_size(window.settings.get(READER_FONT_SIZE))
    _put(window.main_splitter, 1, window.reader)


def build_note(window: MainWindow) -> None:
    """The note pane, on the right (the notes bar above it comes with the menus)."""
    from briefer.gui.note_pane import NotePane

    window.note_pane = NotePane(window.session, window)
    window.note_layout.addWidget(window.note_pane, 1)


def build_files(window: MainWindow) -> None:
    """The recovery copies, the file controller, the page shown when no project is."""
    from briefer.gui.window_parts import build_files as build

    build(window)


def build_menus(window: MainWindow) -> None:
    """The notes bar, the status bar's counts, the menus; then everything is wired."""
    from briefer.gui.window_parts import build_menus as build

    build(window)


def _put(splitter: QSplitter, index: int, widget: QWidget) -> None:
    """``widget`` in the place the frame kept for it (same size), the place-holder gone."""
    kept = splitter.replaceWidget(index, widget)
    if kept is not None:
        kept.deleteLater()


STEPS: tuple[Callable[[MainWindow], None], ...] = (
    load_core, load_first_look, dim_disabled_placeholders, load_sources_pane, build_sources,
    load_survey_parser, load_project_files, build_search, load_outline_engine, load_commands,
    build_outline, build_reader, load_citations, load_note, build_note, load_importing,
    load_files, build_files, build_menus)
