"""Edit ▸ Find and Replace in Note (Ctrl+H) and the word count in the status bar, driven
with the keyboard in the main window: matches shown selected in their block, Replace
and Replace all one undo step each, quotations never changed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from briefer.core.note import ExcerptBlock, ProseBlock
from briefer.gui.note_blocks import ProseBlockWidget
from tests.helpers.gui import article, sections

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
FIRST = "Free trade talks with trade partners."
SECOND = "Then a trade deal."


def focused():
    return QApplication.focusWidget()


def type_block(qtbot, window, section_id: str, text: str) -> str:
    """A text block added and typed into, as a user does."""
    block_id = window.note_pane.add_prose(section_id)
    widget = window.note_pane.block_widget(block_id)
    assert isinstance(widget, ProseBlockWidget)
    widget.text_edit.setFocus()
    QTest.keyClicks(widget.text_edit, text)
    return block_id


@pytest.fixture
def note(qtbot, main_window):
    """Background: a text block, a quotation holding "trade" twice, another text block."""
    window = main_window
    session = window.session
    background = sections(session)[1]
    source = article(session)
    first = type_block(qtbot, window, background.id, FIRST)
    window.note_pane.add_excerpt(source.id, 0, 120, background.id)
    second = type_block(qtbot, window, background.id, SECOND)
    quote = next(b for b in background.blocks if isinstance(b, ExcerptBlock))
    assert source.text[:120].count("trade") == 2
    window.activateWindow()
    window.note_pane.block_widget(first).text_edit.setFocus()  # finding starts here
    return window, first, second, quote


def markdown(session, block_id: str) -> str:
    found = session.project.note.find_block(block_id)
    block = found[0].blocks[found[1]]
    assert isinstance(block, ProseBlock)
    return block.markdown


def selected(window, block_id: str) -> str:
    widget = window.note_pane.block_widget(block_id)
    return widget.text_edit.textCursor().selectedText()


def open_bar(qtbot, window):
    QTest.keyClick(focused(), Qt.Key.Key_H, CTRL)
    bar = window.note_find
    qtbot.waitUntil(bar.isVisible)
    assert focused() is bar.find_edit
    return bar


def test_ctrl_h_enter_and_replace_all_is_one_undo_step(qtbot, note):
    window, first, second, quote = note
    session = window.session
    exact = session.project.excerpts[quote.excerpt_id].exact
    bar = open_bar(qtbot, window)
    QTest.keyClicks(bar.find_edit, "trade")
    assert bar.status.text() == "3 found (+2 in quotations)"
    QTest.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert bar.status.text().startswith("1 of 3")
    assert selected(window, first) == "trade"
    assert focused() is bar.find_edit  # Enter again goes on
    QTest.keyClick(bar.find_edit, Qt.Key.Key_Return)
    QTest.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert bar.status.text().startswith("3 of 3") and selected(window, second) == "trade"
    QTest.keyClick(bar.find_edit, Qt.Key.Key_F3, SHIFT)  # previous: the window's F3 waits
    assert bar.status.text().startswith("2 of 3")

    steps = session.undo_stack.count()
    bar.replace_edit.setFocus()
    QTest.keyClicks(bar.replace_edit, "commerce")
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert markdown(session, first) == "Free commerce talks with commerce partners."
    assert markdown(session, second) == "Then a commerce deal."
    assert session.project.excerpts[quote.excerpt_id].exact == exact  # quoted words stay
    assert "2 in quotations left as quoted" in bar.status.text()
    assert session.undo_stack.count() == steps + 1
    assert session.undo_stack.undoText() == "Replace all “trade” (3)"
    assert window.note_pane.block_widget(first).text_edit.toPlainText() == \
        "Free commerce talks with commerce partners."

    QTest.keyClick(focused(), Qt.Key.Key_Z, CTRL)
    assert markdown(session, first) == FIRST and markdown(session, second) == SECOND
    assert bar.status.text().startswith("3 found")  # the bar follows the note


def test_replace_changes_the_match_shown_then_shows_the_next(qtbot, note):
    window, first, second, _quote = note
    session = window.session
    bar = open_bar(qtbot, window)
    QTest.keyClicks(bar.find_edit, "trade")
    bar.case_box.setChecked(True)
    QTest.keyClick(bar.find_edit, Qt.Key.Key_F3)
    bar.replace_edit.setFocus()
    QTest.keyClicks(bar.replace_edit, "TRADE trade")  # holds the query itself
    steps = session.undo_stack.count()
    QTest.keyClick(bar.replace_edit, Qt.Key.Key_Return)
    assert markdown(session, first) == "Free TRADE trade talks with trade partners."
    assert session.undo_stack.count() == steps + 1
    # the next match is the one after the words just written, not inside them
    assert bar.current().start == len("Free TRADE trade talks with ")
    assert bar.status.text().startswith("2 of 3")
    QTest.keyClick(bar.replace_edit, Qt.Key.Key_Z, CTRL)
    assert markdown(session, first) == FIRST and markdown(session, second) == SECOND


def test_whole_words_not_found_and_only_in_quotations(qtbot, note):
    window, *_ = note
    bar = open_bar(qtbot, window)
    QTest.keyClicks(bar.find_edit, "trad")
    assert bar.status.text().startswith("3 found")
    bar.words_box.setChecked(True)
    assert bar.status.text() == "Not found" and not bar.replace_all_button.isEnabled()
    bar.words_box.setChecked(False)
    bar.find_edit.setText("progressive")  # only in the quotation
    assert bar.status.text() == "Only in quotations (1), which are never changed"


def test_esc_closes_and_leaves_the_match_selected_in_the_note(qtbot, note):
    window, first, *_ = note
    bar = open_bar(qtbot, window)
    QTest.keyClicks(bar.find_edit, "partners")
    QTest.keyClick(bar.find_edit, Qt.Key.Key_Return)
    QTest.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    editor = window.note_pane.block_widget(first).text_edit
    assert focused() is editor and selected(window, first) == "partners"
    # Ctrl+H again starts from the words selected
    bar = open_bar(qtbot, window)
    assert bar.find_edit.text() == "partners" and bar.find_edit.selectedText() == "partners"


def test_word_count_in_the_status_bar(qtbot, note):
    window, first, _second, quote = note
    label = window.word_count
    quoted = len(window.session.project.excerpts[quote.excerpt_id].exact.split())
    # "Free trade talks with trade partners." 6 + "Then a trade deal." 4
    qtbot.waitUntil(lambda: label.text() == f"{10 + quoted} words")
    assert label.toolTip().startswith(f"Your words: 10. Quotations: {quoted}.")
    editor = window.note_pane.block_widget(first).text_edit
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(5)
    cursor.setPosition(16, cursor.MoveMode.KeepAnchor)  # "trade talks"
    editor.setTextCursor(cursor)
    assert label.text() == f"2 of {10 + quoted} words"
    QTest.keyClicks(editor, "Rules-of-origin 2026 - talks")  # typed over the selection
    qtbot.waitUntil(lambda: label.text() == f"{11 + quoted} words")


def test_the_menu_and_the_shortcuts_help_name_it(note):
    window, *_ = note
    action = window.menu_actions.find_replace
    assert action.shortcut().toString() == "Ctrl+H"
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert action in edit_menu.actions()
    from briefer.gui.shortcuts_help import ShortcutsDialog

    dialog = ShortcutsDialog(window)
    assert any(keys == "Ctrl+H" for keys, _ in dialog.rows())
    dialog.deleteLater()


def test_a_match_across_formatting_and_in_a_lead_in_is_shown_selected(qtbot, note):
    from briefer.core.edits import Batch, SetBlockField
    from briefer.gui.commands.edit import EditCommand

    window, first, _second, quote = note
    session = window.session
    session.undo_stack.push(EditCommand(session, "set up", Batch([
        SetBlockField(first, "markdown", "- The **rules of\norigin** bind.\n- And *rules* "
                                         "of origin again"),
        SetBlockField(quote.id, "lead_in", "On rules of origin, it said")])))
    bar = open_bar(qtbot, window)
    QTest.keyClicks(bar.find_edit, "rules of origin")
    assert bar.status.text() == "3 found"
    QTest.keyClick(bar.find_edit, Qt.Key.Key_Return)
    QTest.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert selected(window, first) == "rules of origin"
    # the second line of the list, where "rules" is in italics
    cursor = window.note_pane.block_widget(first).text_edit.textCursor()
    assert cursor.selectionStart() == len("The rules of origin bind.\nAnd ")
    QTest.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert window.note_pane.block_widget(quote.id).lead_in.selectedText() == "rules of origin"
    bar.replace_edit.setText("ROO")
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert markdown(session, first) == "- The **ROO** bind.\n- And *ROO* again"
    section, index = session.project.note.find_block(quote.id)
    assert section.blocks[index].lead_in == "On ROO, it said"


def test_another_note_shown_is_counted_and_searched(qtbot, note):
    from briefer.core.note import BriefingNote, NoteSection, new_prose

    window, *_ = note
    session = window.session
    bar = open_bar(qtbot, window)
    QTest.keyClicks(bar.find_edit, "trade")
    assert bar.status.text().startswith("3 found")
    other = BriefingNote(sections=[NoteSection("s1", "Purpose", [new_prose("One trade word.")])])
    session.project.notes["other"] = other
    session.show_note("other")
    assert bar.status.text() == "1 found"
    qtbot.waitUntil(lambda: window.word_count.text() == "3 words")
