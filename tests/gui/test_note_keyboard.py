"""The note without a mouse: Tab and arrows reach every block; excerpts go where the
user chose, shown on the section, and never silently to the first section."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


from briefer.core.note import ExcerptBlock
from briefer.gui.note_blocks import ExcerptBlockWidget, ProseBlockWidget
from tests.helpers.gui import article, sections

ALT = Qt.KeyboardModifier.AltModifier


def focused():
    return QApplication.focusWidget()


def _two_blocks(pane, session):
    """Background holds an excerpt then a text block, made the way a user makes them."""
    background = sections(session)[1]
    pane.add_excerpt(article(session).id, 0, 60, background.id)
    pane.add_prose(background.id)
    return background


def test_tab_goes_through_each_section_its_button_and_its_blocks(pane, session):
    background = _two_blocks(pane, session)
    excerpt_w = pane.block_widget(background.blocks[0].id)
    prose_w = pane.block_widget(background.blocks[1].id)
    assert isinstance(excerpt_w, ExcerptBlockWidget) and isinstance(prose_w, ProseBlockWidget)
    first = pane.section_widget(sections(session)[0].id)
    second = pane.section_widget(background.id)
    third = pane.section_widget(sections(session)[2].id)
    first.setFocus()
    seen = [focused()]
    for _ in range(9):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        seen.append(focused())
    # the quotation's optional lead-in field shows while the excerpt is the current block
    expected = [first, first.add_button, second, second.add_button, excerpt_w,
                excerpt_w.mode_combo, excerpt_w.lead_in, prose_w, prose_w.text_edit, third]
    assert seen == expected
    # and back again with Shift+Tab
    QTest.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is prose_w.text_edit


def test_tab_leaves_the_note_details_for_the_first_section_and_back(pane, session):
    form = pane.meta_form
    last = form.last_field()
    assert last is form.language
    last.setFocus()
    QTest.keyClick(last, Qt.Key.Key_Tab)
    first = pane.section_widget(sections(session)[0].id)
    assert focused() is first
    QTest.keyClick(first, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is last
    # the details in the order they are read: subject, the left column, the right one
    form.edits["subject"].setFocus()
    order = [focused()]
    names = ["subject", "subject_fr", "to", "from_", "date", "file_number", "classification",
             "purpose", "prepared_by", "contact", "language"]  # the approver: decisions only
    for _ in range(len(names) - 1):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        order.append(focused())
    expected = [form.rows[n][1] for n in names]
    assert [w if w in expected else w.parentWidget() for w in order] == expected


def test_arrow_keys_move_between_section_and_blocks(pane, session):
    background = _two_blocks(pane, session)
    second = pane.section_widget(background.id)
    excerpt_w = pane.block_widget(background.blocks[0].id)
    prose_w = pane.block_widget(background.blocks[1].id)
    second.setFocus()
    QTest.keyClick(second, Qt.Key.Key_Down)
    assert focused() is excerpt_w
    QTest.keyClick(excerpt_w, Qt.Key.Key_Down)
    assert focused() is prose_w
    QTest.keyClick(prose_w, Qt.Key.Key_Down)
    assert focused() is pane.section_widget(sections(session)[2].id)
    QTest.keyClick(focused(), Qt.Key.Key_Up)
    assert focused() is prose_w
    QTest.keyClick(prose_w, Qt.Key.Key_Up)
    QTest.keyClick(excerpt_w, Qt.Key.Key_Up)
    assert focused() is second


def test_alt_arrows_move_a_block_reached_by_keyboard(pane, session):
    background = _two_blocks(pane, session)
    excerpt_id = background.blocks[0].id
    section = pane.section_widget(background.id)
    section.setFocus()
    QTest.keyClick(section, Qt.Key.Key_Down)  # no mouse: the arrow selects the excerpt
    assert pane.current_block_id() == excerpt_id
    QTest.keyClick(focused(), Qt.Key.Key_Down, ALT)
    assert [b.id for b in background.blocks][1] == excerpt_id
    QTest.keyClick(focused(), Qt.Key.Key_Down, ALT)  # past the edge: into the next section
    assert sections(session)[2].blocks[0].id == excerpt_id
    QTest.keyClick(focused(), Qt.Key.Key_Up, ALT)
    assert background.blocks[-1].id == excerpt_id


def test_the_section_excerpts_go_to_is_marked(pane, session):
    s0, s2 = sections(session)[0], sections(session)[2]
    assert all(not pane.section_widget(s.id).target_label.isVisible() for s in sections(session))
    pane.section_widget(s2.id).setFocus()
    assert pane.section_widget(s2.id).target_label.isVisible()
    assert pane.section_widget(s2.id).property("current") is True
    pane.section_widget(s0.id).setFocus()
    assert pane.section_widget(s0.id).target_label.isVisible()
    assert not pane.section_widget(s2.id).target_label.isVisible()


def test_without_a_chosen_section_the_user_is_asked(pane, session, dlg):
    """No section chosen: a menu asks; cancelling adds nothing (never a silent Purpose)."""
    src = article(session)
    assert pane.add_excerpt(src.id, 0, 40) is None  # the menu was cancelled
    assert not session.project.excerpts and session.project.note.is_empty()
    (args,) = dlg.named("choose_from_menu")
    assert args[2] == [s.title for s in sections(session)]
    dlg.answer("choose_from_menu", 3)
    excerpt_id = pane.add_excerpt(src.id, 0, 40)
    assert [getattr(b, "excerpt_id", None) for b in sections(session)[3].blocks] == [excerpt_id]
    assert not sections(session)[0].blocks
    assert pane.section_widget(sections(session)[3].id).target_label.isVisible()


def test_ctrl_shift_e_chooses_the_section_from_a_menu(main_window, dlg, qtbot):
    w = main_window
    note = w.session.project.note
    sid = w.session.project.articles()[0].id
    w.show_source(sid)
    # no selection: the choice only says where the next excerpts go
    dlg.answer("choose_from_menu", 2)
    QTest.keyClick(w.reader.view, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert w.note_pane.current_section_id() == note.sections[2].id
    assert not w.session.project.excerpts
    assert note.sections[2].title in w.statusBar().currentMessage()
    # with a selection, the words go to the section picked (preselected: the current one)
    w.reader.select_span(0, 30)
    dlg.answer("choose_from_menu", 4)
    QTest.keyClick(w.reader.view, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert dlg.named("choose_from_menu")[1][3] == 2
    assert [type(b) for b in note.sections[4].blocks] == [ExcerptBlock]
    assert w.note_pane.section_widget(note.sections[4].id).target_label.isVisible()


def test_the_section_menu_is_keyboard_friendly(qtbot):
    from briefer.gui.dialogs import build_menu

    menu = build_menu(None, "Add the excerpt to:", ["Purpose", "Background"], current=1)
    qtbot.addWidget(menu)
    items = [a for a in menu.actions() if a.data() is not None]
    assert [a.text() for a in items] == ["&1 Purpose", "&2 Background"]
    assert items[1].isChecked() and not items[0].isChecked()


def test_keyboard_shortcuts_are_documented(main_window, qtbot):
    from briefer.gui.shortcuts_help import ShortcutsDialog

    w = main_window
    assert w.menu_actions.shortcuts in w.menuBar().actions()[-1].menu().actions()
    dialog = ShortcutsDialog(w)
    qtbot.addWidget(dialog)
    keys = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    for needed in ("Ctrl+E", "Ctrl+Shift+E", "Tab, Shift+Tab", "Up, Down", "Alt+Up, Alt+Down"):
        assert needed in keys
    shortcuts = {a.shortcut().toString() for a in w.findChildren(type(w.menu_actions.export))}
    assert "Ctrl+Shift+E" in shortcuts and "Ctrl+Shift+X" in shortcuts
    assert w.menu_actions.excerpt_section.shortcut().toString() == "Ctrl+Shift+E"
