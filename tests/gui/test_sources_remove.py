"""Removing a source from the Sources list: the confirmation lists what goes with it,
one undo step brings everything back, and a save in between loses no file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt

from briefer.core import edits
from briefer.core.excerpt import make_excerpt
from briefer.gui.commands.edit import EditCommand
from briefer.io.project_file import load_project
from tests.helpers.projects import state

ARTICLE = "003_f9fcf619b2448e04"
SURVEY = "004_96fd07345242d58f"


def files(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha1(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and not p.name.endswith(".bak")
            and ".briefer" not in p.relative_to(root).parts}


def quote(window, source_id: str, words: str, section: int = 1) -> str:
    """An excerpt of ``words`` placed in a note section, as Ctrl+E makes one."""
    session = window.session
    text = session.project.sources[source_id].text
    start = text.index(words)
    excerpt = make_excerpt(source_id, text, start, start + len(words))
    section_id = session.project.note.sections[section].id
    session.undo_stack.push(EditCommand(session, "Add excerpt",
                                        edits.add_excerpt(excerpt, section_id)))
    return excerpt.id


def press_delete_on(window, qtbot, source_id: str) -> None:
    pane = window.sources_pane
    window.focus_sources()
    pane.select_source(source_id)
    qtbot.keyClick(pane.table, Qt.Key.Key_Delete)


def test_delete_asks_listing_the_excerpts_and_sections_then_undo_restores_all(
        project_window, qtbot, dlg):
    w = project_window
    project = w.session.project
    first = quote(w, ARTICLE, "Canada", 1)
    quote(w, "000_d766df9ca366892d", "the", 2)  # another source's excerpt stays
    second = quote(w, ARTICLE, project.sources[ARTICLE].text.split()[5], 3)
    before, order = state(project), list(project.sources)
    shown_before = w.sources_pane.source_ids()
    dlg.answer("confirm", True)
    press_delete_on(w, qtbot, ARTICLE)
    (args,) = dlg.named("confirm")
    question, details = args[2], args[3]
    assert "Its 2 excerpt" in question and "go with it" in question
    assert project.sources.get(ARTICLE) is None
    assert "“Canada”" in details
    for section in (project.note.sections[1], project.note.sections[3]):
        assert section.title in details
    assert project.note.sections[2].title not in details
    assert ARTICLE not in w.sources_pane.source_ids()
    row = shown_before.index(ARTICLE)  # the next source is the one selected and shown
    assert w.sources_pane.selected_rows() == [min(row, len(shown_before) - 2)]
    assert w.reader.source_id == w.sources_pane.source_ids()[min(row, len(shown_before) - 2)]
    assert first not in project.excerpts and second not in project.excerpts
    assert len(project.excerpts) == 1
    assert not [b for b in project.note.excerpt_blocks() if b.excerpt_id in (first, second)]
    assert w.menu_actions.undo.text().startswith("&Undo Remove source “")

    w.session.undo_stack.undo()
    assert state(project) == before and list(project.sources) == order
    assert w.sources_pane.source_ids() == shown_before
    w.session.undo_stack.redo()
    assert ARTICLE not in project.sources
    w.session.undo_stack.undo()
    assert state(project) == before


def test_cancel_changes_nothing_and_delete_in_the_filter_box_removes_nothing(
        project_window, qtbot, dlg):
    w = project_window
    before = state(w.session.project)
    press_delete_on(w, qtbot, ARTICLE)  # the fake dialog answers Cancel
    assert len(dlg.named("confirm")) == 1
    assert ARTICLE in w.session.project.sources and state(w.session.project) == before
    w.sources_pane.filter.setText("trade")
    w.sources_pane.filter.setFocus()
    w.sources_pane.filter.setCursorPosition(0)
    qtbot.keyClick(w.sources_pane.filter, Qt.Key.Key_Delete)
    assert w.sources_pane.filter.text() == "rade"
    assert len(dlg.named("confirm")) == 1
    assert w.session.undo_stack.count() == 0


def test_a_save_sets_the_files_aside_and_undo_then_save_gives_back_the_source(
        project_window, qtbot, dlg):
    w = project_window
    root = Path(w.session.project.path)
    quote(w, ARTICLE, "Canada", 1)
    assert w.files.save()
    saved = files(root)
    dlg.answer("confirm", True)
    press_delete_on(w, qtbot, ARTICLE)
    assert w.files.save()
    assert not [name for name in files(root) if ARTICLE in name]
    assert (root / ".briefer" / "removed" / "sources" / f"{ARTICLE}.txt").exists()
    w.session.undo_stack.undo()
    assert w.files.save()
    assert files(root) == saved  # project.yaml, text and sidecar: byte for byte
    reopened = load_project(root)  # and the project opens with the source and its excerpt
    assert ARTICLE in reopened.sources and reopened.excerpts_of(ARTICLE)


def test_removing_the_survey_takes_its_outline_sections_and_undo_brings_them_back(
        project_window, qtbot, dlg):
    w = project_window
    project = w.session.project
    sections = [s.id for s in project.outline.sections]
    assert any(s.survey_id == SURVEY for s in project.outline.sections)
    dlg.answer("confirm", True)
    press_delete_on(w, qtbot, SURVEY)
    assert "outline section" in dlg.named("confirm")[0][3]
    assert not [s for s in project.outline.sections if s.survey_id == SURVEY]
    assert w.outline_pane.model.rowCount() < len(sections) or not project.outline.sections
    w.session.undo_stack.undo()
    assert [s.id for s in project.outline.sections] == sections


def test_the_context_menu_removes_and_a_plain_folder_offers_no_removal(
        project_window, main_window, dlg):
    pane = project_window.sources_pane
    pane.select_source(ARTICLE)
    menu = pane.context_menu()
    assert menu is not None
    remove = [a for a in menu.actions() if a.objectName() == "removeSourceAction"]
    dlg.answer("confirm", True)
    remove[0].trigger()
    assert ARTICLE not in project_window.session.project.sources
    plain = main_window.sources_pane  # the sample opened as a read-only folder
    plain.select_source(plain.source_ids()[0])
    menu = plain.context_menu()
    assert menu is not None
    assert "removeSourceAction" not in [a.objectName() for a in menu.actions()]
    assert not plain.remove_current()
