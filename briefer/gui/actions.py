"""The main window's actions and menus, with standard shortcuts and accelerators."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from briefer.gui.print_preview import open_preview
from briefer.gui.style_menu import CitationStyleMenu

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from briefer.gui.main_window import MainWindow


@dataclass
class Actions:
    new: QAction
    open: QAction
    save: QAction
    save_as: QAction
    import_files: QAction
    import_folder: QAction
    export: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    add_excerpt: QAction
    excerpt_section: QAction
    source_details: QAction
    find: QAction
    find_next: QAction
    find_previous: QAction
    find_replace: QAction
    search: QAction
    quote: QAction
    preferences: QAction
    focus_sources: QAction
    focus_outline: QAction
    focus_reader: QAction
    focus_note: QAction
    print_preview: QAction
    shortcuts: QAction
    about: QAction
    about_qt: QAction
    recent_menu: QMenu


def _make(window: MainWindow, slot: Callable[[], object],
          keys: list[QKeySequence] | QKeySequence.StandardKey | None, fallback: str,
          text: str, tip: str) -> QAction:
    action = QAction(text, window)
    if isinstance(keys, QKeySequence.StandardKey):
        sequences = QKeySequence.keyBindings(keys)
        if not sequences and fallback:
            sequences = [QKeySequence(fallback)]
        action.setShortcuts(sequences)
    elif keys:
        action.setShortcuts(keys)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def build(window: MainWindow) -> Actions:
    """Create every action and put it in the menu bar."""
    files = window.files
    K = QKeySequence
    SK = QKeySequence.StandardKey
    stack = window.session.undo_stack
    undo = stack.createUndoAction(window, translate("actions", "&Undo"))
    undo.setShortcuts(K.keyBindings(SK.Undo))
    redo = stack.createRedoAction(window, translate("actions", "&Redo"))
    redo.setShortcuts(K.keyBindings(SK.Redo))
    window.addAction(undo)
    window.addAction(redo)
    reader = window.reader
    a = Actions(
        new=_make(window, files.new_project, SK.New, "",
                  translate("actions", "&New Project from Folder…"),
                  translate("actions", "Make a project from a folder of sources")),
        open=_make(window, files.open_dialog, SK.Open, "",
                   translate("actions", "&Open…"),
                   translate("actions", "Open a project or a folder of sources")),
        save=_make(window, files.save, SK.Save, "",
                   translate("actions", "&Save"),
                   translate("actions", "Save the project")),
        save_as=_make(window, files.save_as, SK.SaveAs, "Ctrl+Shift+S",
                      translate("actions", "Save &As…"),
                      translate("actions", "Save the project to a new folder")),
        import_files=_make(window, files.import_files, None, "",
                           translate("actions", "&Import Sources…"),
                           translate("actions", "Add .txt, .md, .docx, .html or .pdf files "
                                                "to the project")),
        import_folder=_make(window, files.import_folder, None, "",
                            translate("actions", "Import a &Folder…"),
                            translate("actions", "Add every source in a folder to the project")),
        export=_make(window, files.exports.export, [K("Ctrl+Shift+X")], "",
                     translate("actions", "&Export to Word…"),
                     translate("actions", "Check the note, then write it as a .docx with "
                                          "footnotes")),
        quit=_make(window, window.close, SK.Quit, "Ctrl+Q",
                   translate("actions", "&Quit"),
                   translate("actions", "Quit Briefer")),
        undo=undo,
        redo=redo,
        add_excerpt=reader.add_action,
        excerpt_section=_make(window, window.choose_excerpt_section, [K("Ctrl+Shift+E")], "",
                              translate("actions", "Add Excerpt &to Section…"),
                              translate("actions", "Choose the note section new excerpts go "
                                                   "to; the selected words are added there")),
        source_details=window.sources_pane.details_action,
        find=_make(window, reader.open_find, SK.Find, "Ctrl+F",
                   translate("actions", "&Find in Source…"),
                   translate("actions", "Find words in the source shown")),
        find_next=_make(window, reader.next_hit, SK.FindNext, "F3",
                        translate("actions", "Find &Next"),
                        translate("actions", "Go to the next highlighted match")),
        find_previous=_make(window, reader.previous_hit, SK.FindPrevious, "Shift+F3",
                            translate("actions", "Find Pre&vious"),
                            translate("actions", "Go to the previous highlighted match")),
        find_replace=_make(window, lambda: window.note_find.open_bar(), [K("Ctrl+H")], "",
                           translate("actions", "Find and Rep&lace in Note…"),
                           translate("actions", "Find words in the note and replace them "
                                                "(quotations are never changed)")),
        search=_make(window, window.focus_search, [K("Ctrl+K"), K("Ctrl+Shift+F")], "",
                     translate("actions", "&Search All Sources…"),
                     translate("actions", "Search every source (Ctrl+K)")),
        quote=_make(window, window.find_quote, [K("Ctrl+Alt+Q")], "",
                    translate("actions", "Find Source of a &Quote…"),
                    translate("actions", "Paste a sentence and find the source it came from")),
        preferences=_make(window, window.show_preferences, SK.Preferences, "Ctrl+,",
                          translate("actions", "&Preferences…"),
                          translate("actions", "Language and other settings")),
        focus_sources=_make(window, window.focus_sources, [K("Ctrl+1")], "",
                            translate("actions", "&Sources"),
                            translate("actions", "Go to the list of sources")),
        focus_outline=_make(window, window.focus_outline, [K("Ctrl+2")], "",
                            translate("actions", "&Outline"),
                            translate("actions", "Go to the outline")),
        focus_reader=_make(window, window.focus_reader, [K("Ctrl+3")], "",
                           translate("actions", "&Reader"),
                           translate("actions", "Go to the text of the source")),
        focus_note=_make(window, window.focus_note, [K("Ctrl+4")], "",
                         translate("actions", "&Note"),
                         translate("actions", "Go to the briefing note")),
        print_preview=_make(window, lambda: open_preview(window.session, window.runner, window),
                            [K("Ctrl+Shift+P")], "", translate("actions", "Print Pre&view…"),
                            translate("actions", "The note's pages as they will print")),
        shortcuts=_make(window, window.show_shortcuts, SK.HelpContents, "F1",
                        translate("actions", "&Keyboard Shortcuts"),
                        translate("actions", "Every key for moving around and placing "
                                             "excerpts")),
        about=_make(window, window.show_about, None, "",
                    translate("actions", "&About Briefer"),
                    translate("actions", "Version and licence")),
        about_qt=_make(window, window.show_about_qt, None, "",
                       translate("actions", "About &Qt"), ""),
        recent_menu=QMenu(translate("actions", "Open &Recent"), window),
    )
    a.recent_menu.setObjectName("recentMenu")
    a.recent_menu.aboutToShow.connect(window.fill_recent_menu)
    reader.add_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    bar = window.menuBar()
    # Menu titles' mnemonics (F, E, N, V, H; in French F, D, N, A, E) are reserved:
    # no label or button in the window may use them (tests/gui/test_mnemonics.py).
    file_menu = bar.addMenu(translate("actions", "&File"))
    team = _make(window, lambda: _open_team(window), None, "",
                 translate("actions", "Open &Team Project…"),
                 translate("actions", "Open a project kept on a PostgreSQL team server"))
    team.setObjectName("openTeamProject")
    for item in (a.new, a.open, team, a.recent_menu, None, a.save, a.save_as, None,
                 a.import_files, a.import_folder, a.export, None, a.quit):
        _add(file_menu, item)
    edit_menu = bar.addMenu(translate("actions", "&Edit"))
    for item in (a.undo, a.redo, None, a.add_excerpt, a.excerpt_section, a.source_details,
                 window.sources_pane.remove_action, None,
                 a.find, a.find_next, a.find_previous, a.find_replace, a.search, a.quote, None,
                 a.preferences):
        _add(edit_menu, item)
    note_menu = bar.addMenu(translate("actions", "&Note"))
    window.note_menu = note_menu
    note_menu.addMenu(window.notes_bar.menu)  # the project's notes: new, switch, rename…
    note_menu.addSeparator()
    note_menu.addAction(window.note_pane.draft_action)
    note_menu.addAction(a.excerpt_section)
    note_menu.addMenu(CitationStyleMenu(window.session, window))
    # the block commands, also in the note's toolbar (where a narrow window hides them)
    pane = window.note_pane
    block_menu = note_menu.addMenu(translate("actions", "&Block"))
    block_menu.setObjectName("blockMenu")
    for item in (pane.add_prose_action, pane.mode_action, None, pane.move_up_action,
                 pane.move_down_action, None, pane.delete_action):
        _add(block_menu, item)
    note_menu.addAction(a.export)
    view_menu = bar.addMenu(translate("actions", "&View"))
    for item in (a.focus_sources, a.focus_outline, a.focus_reader, a.focus_note, None,
                 a.print_preview):
        _add(view_menu, item)
    help_menu = bar.addMenu(translate("actions", "&Help"))
    for item in (a.shortcuts, None, a.about, a.about_qt):
        _add(help_menu, item)
    return a


def _open_team(window: MainWindow) -> None:
    from briefer.gui.server_open import ask_and_open  # the team server's code, on demand

    ask_and_open(window)


def _add(menu: QMenu, item: QAction | QMenu | None) -> None:
    if item is None:
        menu.addSeparator()
    elif isinstance(item, QMenu):
        menu.addMenu(item)
    else:
        menu.addAction(item)
