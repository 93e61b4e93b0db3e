"""The section new excerpts go to is always in sight (beside Add excerpt) and is never
chosen behind the user's back (Ctrl+4 to the note does not choose one)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from briefer.core.section_edits import rename_section
from briefer.gui.commands.edit import EditCommand


def test_ctrl_4_goes_to_the_note_without_choosing_a_section(main_window, dlg) -> None:
    w = main_window
    assert w.note_pane.current_section_id() is None
    assert w.reader.target_button.text() == "→ choose a section"
    QTest.keyClick(w, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert w.note_pane.current_section_id() is None  # nothing chosen for the user
    assert w.note_pane.meta_form.edits["subject"].hasFocus()
    # so the first Ctrl+E still asks where the excerpt goes
    article = w.session.project.articles()[0]
    w.reader.show_source(article.id)
    w.reader.select_span(0, 20)
    dlg.answer("choose_from_menu", 2)
    QTest.keyClick(w.reader.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert dlg.named("choose_from_menu")
    title = w.session.project.note.sections[2].title
    assert w.reader.target_button.text() == f"→ {title}"


def test_the_target_shown_follows_choice_and_renaming(main_window, dlg) -> None:
    w = main_window
    sections = w.session.project.note.sections
    dlg.answer("choose_from_menu", 1)
    QTest.mouseClick(w.reader.target_button, Qt.MouseButton.LeftButton)
    assert w.note_pane.current_section_id() == sections[1].id
    assert w.reader.target_button.text() == f"→ {sections[1].title}"
    w.session.undo_stack.push(EditCommand(w.session, "rename",
                                          rename_section(w.session.project, sections[1].id,
                                                         "Context")))
    assert w.reader.target_button.text() == "→ Context"
    assert "Context" in w.reader.target_button.toolTip()
