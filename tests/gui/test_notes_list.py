"""Several notes in one project, through the window: the list above the note, New,
Duplicate, Rename and Delete as undo steps, and undo going back to the note it changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from briefer.bundled import seeds_dir
from briefer.io.project_file import load_project, new_project
from tests.helpers.gui import open_window


@pytest.fixture
def window(qtbot, bw_settings, tmp_path: Path):
    dest = tmp_path / "proj"
    new_project(dest)
    return open_window(qtbot, bw_settings, dest)


def _titles(window) -> list[str]:
    return [s.title for s in window.session.project.note.sections]


def _listed(window) -> list[str]:
    combo = window.notes_bar.combo
    return [combo.itemText(i) for i in range(combo.count())]


def test_new_note_from_a_template_is_listed_shown_and_undone(window, qtbot, dlg) -> None:
    first_titles = _titles(window)
    dlg.answer("new_note", ("QP card", "memo-decision"))
    qtbot.keyClick(window, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    project = window.session.project
    assert len(project.notes) == 2 and project.note.name == "QP card"
    assert _listed(window)[1] == "QP card"
    assert window.notes_bar.combo.currentIndex() == 1
    assert "Recommendation" in _titles(window) and _titles(window) != first_titles
    for section in project.note.sections:  # the pane shows the new note's sections
        assert window.note_pane.section_widget(section.id) is not None
    window.session.undo_stack.undo()
    assert len(project.notes) == 1 and _titles(window) == first_titles
    assert _listed(window) == ["Briefing note"]  # named by its template


def test_undo_of_an_edit_in_another_note_shows_that_note(window, qtbot, dlg) -> None:
    project = window.session.project
    window.note_pane.add_prose(project.note.sections[0].id)
    first_id = project.current_note
    dlg.answer("new_note", ("Follow-up", "briefing-note"))
    window.notes_bar.new_action.trigger()
    assert project.current_note != first_id
    stack = window.session.undo_stack
    stack.undo()  # the new note goes
    stack.undo()  # the paragraph added in the first note goes, the first note shown
    assert project.current_note == first_id
    assert window.notes_bar.combo.currentIndex() == 0


def test_switch_rename_duplicate_delete_and_save(window, qtbot, dlg) -> None:
    project = window.session.project
    dlg.answer("new_note", ("Card", "briefing-note"))
    window.notes_bar.new_action.trigger()
    card = project.current_note
    window.notes_bar.combo.activated.emit(0)  # the user picks the first note in the list
    assert project.current_note != card
    assert window.notes_bar.previous_action.isEnabled()
    window.notes_bar.next_action.trigger()
    assert project.current_note == card
    dlg.answer("get_text", "  QP   card ")
    window.notes_bar.rename_action.trigger()
    assert project.note.name == "QP card" and "QP card" in _listed(window)
    window.notes_bar.duplicate_action.trigger()
    assert len(project.notes) == 3 and project.note.name == "QP card (copy)"
    dlg.answer("confirm", True)
    window.notes_bar.delete_action.trigger()
    assert len(project.notes) == 2 and project.current_note == card
    window.files.save()
    back = load_project(Path(project.path))
    assert [n.name for n in back.notes.values()] == ["", "QP card"]
    window.session.undo_stack.undo()  # the copy comes back
    assert len(project.notes) == 3


def test_the_last_note_cannot_be_deleted(window) -> None:
    assert not window.notes_bar.delete_action.isEnabled()
    window.notes_bar.delete_action.trigger()
    assert len(window.session.project.notes) == 1


def test_sample_folder_is_untouched(tmp_path: Path) -> None:
    shutil.copytree(seeds_dir(), tmp_path / "seeds")
    assert len(load_project(tmp_path / "seeds").notes) == 1


def test_each_note_is_exported_to_a_file_named_for_it(window, dlg) -> None:
    dlg.answer("new_note", ("QP card: CUSMA", "briefing-note"))
    window.notes_bar.new_action.trigger()
    window.menu_actions.export.trigger()  # the dialog is cancelled (answer None)
    (args,) = dlg.named("export_options")
    assert Path(args[-1]).name == "proj - QP card- CUSMA.docx"
