"""Sections renamed, added, moved and removed from the note pane — by the section's menu
(its "⋯" button, the Menu key) and by F2 and Alt+Shift+Up/Down — each one named undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from briefer.core.edits import SetBlock, SetNoteSections
from briefer.core.note import new_excerpt_block
from briefer.gui.commands.edit import EditCommand
from briefer.io.templates import load_template
from tests.helpers.gui import article, sections

SHIFT_ALT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def pick_from_menu(text: str, seen: list[str]) -> None:
    """When the section menu opens, choose ``text`` in it with the keyboard (the names
    of its enabled actions go to ``seen``); a disabled choice closes the menu."""
    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.extend(a.text().replace("&", "") for a in menu.actions() if a.isEnabled()
                    and a.text())
        action = next((a for a in menu.actions() if a.text().replace("&", "") == text), None)
        if action is None or not action.isEnabled():
            menu.close()
            return
        menu.setActiveAction(action)
        QTest.keyClick(menu, Qt.Key.Key_Return)
    QTimer.singleShot(0, pick)


def titles(pane, session) -> list[str]:
    """The titles the pane shows, in the order it shows them."""
    layout = pane.sections_layout
    shown = [layout.itemAt(i).widget() for i in range(layout.count())]
    assert [w.section_id for w in shown] == [s.id for s in sections(session)]
    return [w.title.text() for w in shown]


def test_rename_from_the_menu_key_is_one_named_step(pane, session, dlg):
    options = pane.section_widget(sections(session)[4].id)
    options.setFocus()
    dlg.answer("get_text", "  Options  analysis ")
    seen: list[str] = []
    pick_from_menu("Rename Section…", seen)
    QTest.keyClick(options, Qt.Key.Key_Menu)
    assert "Rename Section…" in seen and "Move Section Up" in seen
    (args,) = dlg.named("get_text")
    assert args[3] == "Options/Strategy"  # the dialog starts from the title as it is
    assert titles(pane, session)[4] == "Options analysis"
    stack = session.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Rename section “Options/Strategy”"
    stack.undo()
    assert titles(pane, session)[4] == "Options/Strategy"
    stack.redo()
    assert options.title.text() == "Options analysis"


def test_f2_renames_the_selected_section_and_still_edits_a_block(pane, session, dlg):
    background = sections(session)[1]
    block_id = pane.add_prose(background.id)
    block = pane.block_widget(block_id)
    block.setFocus()
    QTest.keyClick(block, Qt.Key.Key_F2)  # on a block, F2 edits its text, as before
    assert QApplication.focusWidget() is block.text_edit and not dlg.named("get_text")
    widget = pane.section_widget(background.id)
    widget.setFocus()
    dlg.answer("get_text", "Context")
    QTest.keyClick(widget, Qt.Key.Key_F2)
    assert session.project.note.section(background.id).title == "Context"
    assert widget.title.text() == "Context"
    dlg.answer("get_text", None)  # cancelled: nothing changes
    QTest.keyClick(widget, Qt.Key.Key_F2)
    assert session.undo_stack.count() == 2  # the text block, the rename


def test_add_a_section_after_from_the_menu_button(pane, session, dlg, qtbot):
    before = len(sections(session))
    purpose = pane.section_widget(sections(session)[0].id)
    dlg.answer("get_text", "Risks")
    pick_from_menu("Add Section After…", [])
    qtbot.mouseClick(purpose.menu_button, Qt.MouseButton.LeftButton)
    shown = titles(pane, session)
    assert len(shown) == before + 1 and shown[:3] == ["Purpose", "Risks", "Background"]
    added = sections(session)[1]
    assert not added.blocks and not added.required
    # the focus the window gives back once the menu has gone (offscreen, the menu keeps
    # the window inactive, so ask the window rather than the application)
    assert pane.focusWidget() is pane.section_widget(added.id)
    assert session.undo_stack.undoText() == "Add section “Risks”"
    # the new section takes excerpts like any other
    pane.add_excerpt(article(session).id, 0, 40, added.id)
    assert len(added.blocks) == 1
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert titles(pane, session)[:2] == ["Purpose", "Background"]


def test_alt_shift_arrows_move_the_section(pane, session):
    stack = session.undo_stack
    first = pane.section_widget(sections(session)[0].id)
    first.setFocus()
    QTest.keyClick(first, Qt.Key.Key_Up, SHIFT_ALT)  # already first: nothing to undo
    assert stack.count() == 0
    QTest.keyClick(first, Qt.Key.Key_Down, SHIFT_ALT)
    QTest.keyClick(first, Qt.Key.Key_Down, SHIFT_ALT)
    assert titles(pane, session)[:3] == ["Background", "Current Status", "Purpose"]
    assert QApplication.focusWidget() is first  # the section moved keeps the focus
    assert stack.count() == 2 and stack.undoText() == "Move section “Purpose” down"
    QTest.keyClick(first, Qt.Key.Key_Up, SHIFT_ALT)
    assert stack.undoText() == "Move section “Purpose” up"
    stack.undo()
    stack.undo()
    stack.undo()
    assert titles(pane, session)[:3] == ["Purpose", "Background", "Current Status"]
    stack.redo()
    assert titles(pane, session)[:2] == ["Background", "Purpose"]


def test_remove_asks_first_and_keeps_excerpts_used_elsewhere(pane, session, dlg):
    source = article(session)
    status, considerations = sections(session)[2], sections(session)[3]
    only_here = pane.add_excerpt(source.id, 0, 40, status.id)
    shared = pane.add_excerpt(source.id, 50, 90, status.id)
    assert only_here and shared
    again = new_excerpt_block(shared)  # the second excerpt is quoted in another section too
    session.undo_stack.push(EditCommand(session, "Quote again",
                                        SetBlock(again.id, again, considerations.id)))
    excerpts_before = set(session.project.excerpts)
    widget = pane.section_widget(status.id)
    widget.setFocus()
    pick_from_menu("Remove Section…", [])
    QTest.keyClick(widget, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    (args,) = dlg.named("confirm")  # it holds two blocks: the stand-in answers "no"
    assert "holds 2 blocks" in args[2]
    assert status.id in [s.id for s in sections(session)]
    dlg.answer("confirm", True)
    pick_from_menu("Remove Section…", [])
    QTest.keyClick(widget, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert "Current Status" not in titles(pane, session)
    assert set(session.project.excerpts) == excerpts_before - {only_here}
    assert pane.block_widget(again.id) is not None  # the copy placed elsewhere stays
    assert session.undo_stack.undoText() == "Remove section “Current Status”"
    assert pane.focusWidget() is pane.section_widget(considerations.id)
    session.undo_stack.undo()
    assert titles(pane, session)[2] == "Current Status"
    assert set(session.project.excerpts) == excerpts_before
    assert len(sections(session)[2].blocks) == 2
    assert all(pane.block_widget(b.id) is not None for b in sections(session)[2].blocks)


def test_an_empty_section_goes_without_asking(pane, session, dlg):
    status = sections(session)[2]
    pane.section_actions.build_menu(status.id)
    pane.section_actions.remove()
    assert not dlg.named("confirm")
    assert status.id not in [s.id for s in sections(session)]


def test_a_required_section_cannot_be_removed(pane, session):
    memo = load_template("memo-decision").new_note()
    session.undo_stack.push(EditCommand(session, "Memo", SetNoteSections(memo.sections,
                                                                         memo.template)))
    recommendation = next(s for s in sections(session) if s.required)
    widget = pane.section_widget(recommendation.id)
    assert "Required: the export stops" in widget.hint.text()
    actions = pane.section_actions
    actions.build_menu(recommendation.id)
    assert not actions.remove_action.isEnabled() and actions.rename_action.isEnabled()
    actions.remove()
    assert recommendation.id in [s.id for s in sections(session)]
    actions.build_menu(sections(session)[-1].id)
    assert not actions.move_down_action.isEnabled() and actions.remove_action.isEnabled()
