"""The Note composer driven as a user would: keyboard, clicks, drops, undo."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QScrollBar, QWidget

from briefer.core.excerpt import AnchorStatus
from briefer.core.note import BriefingNote, ExcerptBlock, NoteSection, ProseBlock, new_prose
from briefer.gui.mime import span_mime
from briefer.gui.note_blocks import ExcerptBlockWidget, ProseBlockWidget, block_mime
from tests.helpers.gui import article, sections
from tests.helpers.projects import seeds_project


def _event(kind, pos: QPoint, *args):
    """Drag events take a QPoint in some PySide6 releases and a QPointF in others."""
    try:
        return kind(pos, *args)
    except TypeError:
        return kind(QPointF(pos), *args)


def drop(target: QWidget, mime, pos: QPoint) -> None:
    """Deliver a drag-enter, a move and a drop as Qt would."""
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    left = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    enter = _event(QDragEnterEvent, pos, actions, mime, left, none)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    move = _event(QDragMoveEvent, pos, actions, mime, left, none)
    QApplication.sendEvent(target, move)
    event = _event(QDropEvent, pos, actions, mime, left, none)
    QApplication.sendEvent(target, event)
    assert event.isAccepted()


def test_pane_shows_template_sections_and_metadata(pane, session):
    assert pane.objectName() == "notePane"
    titles = [pane.section_widget(s.id).title.text() for s in sections(session)]
    assert titles[:3] == ["Purpose", "Background", "Current Status"]
    hint = pane.section_widget(sections(session)[0].id).hint
    assert hint.isVisible() and "why this note" in hint.text()
    assert pane.meta_form.classification.currentText() == "UNCLASSIFIED"
    assert isinstance(pane.draft_action.text(), str)


def test_every_focusable_widget_has_an_accessible_name(pane, session):
    pane.add_excerpt(article(session).id, 0, 60, sections(session)[1].id)
    pane.add_prose(sections(session)[0].id)
    unnamed = [w for w in pane.findChildren(QWidget)
               if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(pane)
               and not isinstance(w, QScrollBar) and not w.accessibleName()
               and w.objectName() != "qt_scrollarea_viewport"]
    assert unnamed == []


def test_metadata_typing_is_one_named_undo_step(pane, session, qtbot):
    edit = pane.meta_form.edits["subject"]
    edit.setFocus()
    qtbot.keyClicks(edit, "Softwood lumber")
    stack = session.undo_stack
    assert session.project.note.meta.subject == "Softwood lumber"
    assert stack.count() == 1 and stack.undoText() == "Edit metadata: Subject"
    stack.undo()
    assert edit.text() == "" and session.project.note.meta.subject == ""
    stack.redo()
    assert edit.text() == "Softwood lumber"


def test_classification_takes_free_text_and_purpose_a_choice(pane, session, qtbot):
    combo = pane.meta_form.classification
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "SECRET")
    assert session.project.note.meta.classification == "SECRET"
    combo.activated.emit(2)
    assert session.project.note.meta.classification == "PROTECTED B"
    purpose = pane.meta_form.purpose
    purpose.setFocus()
    qtbot.keyClick(purpose, Qt.Key.Key_Down)
    assert session.project.note.meta.purpose == "decision"
    session.undo_stack.undo()
    assert purpose.currentData() == "information"


def test_keyboard_flow_add_type_move_delete(pane, session, qtbot):
    stack = session.undo_stack
    first = sections(session)[0]
    section_widget = pane.section_widget(first.id)
    section_widget.setFocus()
    assert pane.current_section_id() == first.id

    qtbot.keyClick(section_widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(first.blocks) == 1
    block_a = first.blocks[0]
    widget_a = pane.block_widget(block_a.id)
    assert isinstance(widget_a, ProseBlockWidget)
    assert QApplication.focusWidget() is widget_a.text_edit
    qtbot.keyClicks(widget_a.text_edit, "First")
    assert block_a.markdown == "First"
    assert stack.count() == 2 and stack.undoText() == "Edit text"

    qtbot.keyClick(widget_a.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    block_b = first.blocks[1]
    editor_b = pane.block_widget(block_b.id).text_edit
    assert QApplication.focusWidget() is editor_b
    qtbot.keyClicks(editor_b, "Second")
    assert [b.markdown for b in first.blocks] == ["First", "Second"]

    qtbot.keyClick(editor_b, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [b.markdown for b in first.blocks] == ["Second", "First"]
    assert stack.undoText() == "Move block"
    assert QApplication.focusWidget() is editor_b  # still typing where they were
    assert pane.block_widget(block_a.id) is widget_a  # moved, not rebuilt

    # Delete inside the text deletes a character, not the block
    qtbot.keyClick(editor_b, Qt.Key.Key_Home)
    qtbot.keyClick(editor_b, Qt.Key.Key_Delete)
    assert first.blocks[0].markdown == "econd"

    qtbot.keyClick(editor_b, Qt.Key.Key_Escape)
    frame_b = pane.block_widget(block_b.id)
    assert QApplication.focusWidget() is frame_b
    qtbot.keyClick(frame_b, Qt.Key.Key_Delete)
    assert [b.id for b in first.blocks] == [block_a.id]
    assert stack.undoText() == "Delete text block"
    assert QApplication.focusWidget() is widget_a  # the neighbour is selected
    stack.undo()
    assert [b.markdown for b in first.blocks] == ["econd", "First"]


def test_alt_down_past_the_end_moves_to_the_next_section(pane, session, qtbot):
    s0, s1 = sections(session)[0], sections(session)[1]
    pane.section_widget(s0.id).setFocus()
    block_id = pane.add_prose()
    editor = pane.block_widget(block_id).text_edit
    qtbot.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert not s0.blocks and [b.id for b in s1.blocks] == [block_id]
    assert QApplication.focusWidget() is pane.block_widget(block_id).text_edit
    assert pane.current_section_id() == s1.id


def test_typing_updates_one_widget_and_merges(pane, session, qtbot):
    s0 = sections(session)[0]
    s0.blocks.extend(new_prose(f"Paragraph {i}") for i in range(30))
    session.notify_note()
    widgets = {b.id: pane.block_widget(b.id) for b in s0.blocks}
    editor = widgets[s0.blocks[5].id].text_edit
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    text = " grew and grew"
    started = time.perf_counter()
    qtbot.keyClicks(editor, text)
    per_key = (time.perf_counter() - started) / len(text)
    assert s0.blocks[5].markdown == "Paragraph 5" + text
    assert session.undo_stack.count() == 1
    assert {b.id: pane.block_widget(b.id) for b in s0.blocks} == widgets
    assert per_key < 0.05, f"{per_key * 1000:.1f} ms per key"


def test_undo_shows_the_old_text_in_the_open_editor(pane, session, qtbot):
    block_id = pane.add_prose(sections(session)[0].id)
    editor = pane.block_widget(block_id).text_edit
    qtbot.keyClicks(editor, "Draft wording")
    session.undo_stack.undo()
    assert editor.toPlainText() == ""
    session.undo_stack.redo()
    assert editor.toPlainText() == "Draft wording"


def test_bold_italic_bullets_are_stored_as_markdown(pane, session, qtbot):
    block_id = pane.add_prose(sections(session)[0].id)
    editor = pane.block_widget(block_id).text_edit
    qtbot.keyClicks(editor, "Plain ")
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "bold")
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, " ")
    pane.italic_action.trigger()
    qtbot.keyClicks(editor, "italic")
    pane.italic_action.trigger()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "- one")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "two")
    block = session.project.note.find_block(block_id)
    markdown = block[0].blocks[block[1]].markdown
    assert markdown == "Plain **bold** *italic*\n\n- one\n- two"
    session.undo_stack.undo()
    session.undo_stack.redo()
    assert editor.current_markdown() == markdown


@pytest.mark.parametrize("markdown", [
    "Some **bold** and *italic* words.",
    "- first point\n- second **point**",
    "Intro line.\n\n- a\n- b\n\nClosing *remark*.",
])
def test_markdown_from_the_project_survives_the_editor(pane, session, markdown):
    block = new_prose(markdown)
    sections(session)[2].blocks.append(block)
    session.notify_note()
    editor = pane.block_widget(block.id).text_edit
    assert editor.current_markdown() == markdown
    assert session.undo_stack.count() == 0  # showing it is not an edit


def test_add_excerpt_and_click_it_to_jump_to_source(pane, session, qtbot):
    src = article(session)
    background = sections(session)[1]
    excerpt_id = pane.add_excerpt(src.id, 20, 90, background.id)
    assert excerpt_id in session.project.excerpts
    assert session.undo_stack.undoText() == "Add excerpt"
    block = background.blocks[0]
    assert isinstance(block, ExcerptBlock) and block.excerpt_id == excerpt_id
    widget = pane.block_widget(block.id)
    assert isinstance(widget, ExcerptBlockWidget)
    # the words as the note prints them: the source's lone ” balanced as an inner mark
    assert widget.quote_label.text() == \
        "“‘essive trade agenda’ meeting more apparent resistance from prospective.”"
    assert widget.citation_label.text()
    with qtbot.waitSignal(pane.excerptActivated) as blocker:
        qtbot.mouseClick(widget.quote_label, Qt.MouseButton.LeftButton)
    assert blocker.args == [excerpt_id]
    assert pane.add_excerpt(src.id, 5, 5) is None
    assert pane.add_excerpt("missing", 0, 5) is None


def test_add_excerpt_goes_to_the_current_section(pane, session, qtbot):
    status = sections(session)[2]
    pane.section_widget(status.id).setFocus()
    pane.meta_form.edits["to"].setFocus()  # focus elsewhere: the section stays current
    excerpt_id = pane.add_excerpt(article(session).id, 0, 40)
    assert [b.excerpt_id for b in status.blocks] == [excerpt_id]


def test_shortcut_switches_quotation_and_paraphrase(pane, session, qtbot):
    background = sections(session)[1]
    pane.add_excerpt(article(session).id, 0, 80, background.id)
    block = background.blocks[0]
    widget = pane.block_widget(block.id)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Q,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert block.mode == "paraphrase"
    assert session.undo_stack.undoText() == "Use as paraphrase"
    assert widget.paraphrase.isVisible() and not widget.lead_in.isVisible()
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is widget.paraphrase
    qtbot.keyClicks(widget.paraphrase, "Tariffs rose")
    assert block.paraphrase == "Tariffs rose"
    assert session.undo_stack.undoText() == "Edit paraphrase"
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert block.mode == "quote" and block.paraphrase == ""
    assert widget.lead_in.isVisible()
    assert widget.mode_combo.currentData() == "quote"


def test_anchor_status_is_shown(pane, session):
    background = sections(session)[1]
    excerpt_id = pane.add_excerpt(article(session).id, 0, 80, background.id)
    widget = pane.block_widget(background.blocks[0].id)
    assert not widget.status_label.isVisible()
    session.project.excerpts[excerpt_id].status = AnchorStatus.ORPHANED
    session.notify_excerpts()
    assert widget.status_label.isVisible() and "Not found" in widget.status_label.text()
    session.project.excerpts[excerpt_id].status = AnchorStatus.FUZZY
    session.notify_excerpts()
    assert "Approximate" in widget.status_label.text()


def test_dropping_a_reader_span_adds_an_excerpt_there(pane, session, qtbot):
    src = article(session)
    s3 = sections(session)[3]
    s3.blocks[:] = [new_prose("Before"), new_prose("After")]
    session.notify_note()
    target = pane.section_widget(s3.id)
    between = pane.block_widget(s3.blocks[1].id).geometry().top() - 1
    drop(target, span_mime(src.id, 100, 180, src.text[100:180]), QPoint(30, between))
    assert [type(b) for b in s3.blocks] == [ProseBlock, ExcerptBlock, ProseBlock]
    excerpt = session.project.excerpts[s3.blocks[1].excerpt_id]
    assert excerpt.exact == src.text[100:180].strip()
    assert QApplication.focusWidget() is pane.block_widget(s3.blocks[1].id)
    session.undo_stack.undo()
    assert len(s3.blocks) == 2 and not session.project.excerpts


def test_dragging_a_block_to_another_section_moves_it(pane, session, qtbot):
    s0, s4 = sections(session)[0], sections(session)[4]
    s0.blocks[:] = [new_prose("Move me"), new_prose("Stay")]
    s4.blocks[:] = [new_prose("Existing")]
    session.notify_note()
    moving = s0.blocks[0]
    widget = pane.block_widget(moving.id)
    target = pane.section_widget(s4.id)
    drop(target, block_mime(moving.id), QPoint(30, target.height() - 3))
    assert [b.markdown for b in s4.blocks] == ["Existing", "Move me"]
    assert pane.block_widget(moving.id) is widget
    assert widget.parent() is target
    session.undo_stack.undo()
    assert [b.markdown for b in s0.blocks] == ["Move me", "Stay"]


def test_dragging_a_block_down_within_its_section(pane, session):
    s0 = sections(session)[0]
    s0.blocks[:] = [new_prose("a"), new_prose("b"), new_prose("c")]
    session.notify_note()
    target = pane.section_widget(s0.id)
    below_b = pane.block_widget(s0.blocks[2].id).geometry().top() - 1
    drop(target, block_mime(s0.blocks[0].id), QPoint(30, below_b))
    assert [b.markdown for b in s0.blocks] == ["b", "a", "c"]


@pytest.fixture
def fake_draft(monkeypatch):
    """A stand-in ``draft`` so these tests do not depend on the drafting rules."""
    from briefer.core.draft import Draft
    from briefer.gui import note_editor

    def draft(project, template):
        return Draft(BriefingNote(template=template.name, sections=[
            NoteSection("sec-drafted", "Purpose", [new_prose("To inform the Minister.")])]))

    monkeypatch.setattr(note_editor, "draft", draft)


def test_draft_fills_an_empty_note_as_one_step(pane, session, fake_draft):
    asked = []
    pane.confirm_replace = lambda: asked.append(True) or True
    pane.draft_action.trigger()
    assert not asked
    assert [s.title for s in sections(session)] == ["Purpose"]
    editor = pane.block_widget(sections(session)[0].blocks[0].id).text_edit
    assert editor.toPlainText() == "To inform the Minister."
    assert session.undo_stack.undoText() == "Draft from outline"
    session.undo_stack.undo()
    assert len(sections(session)) == 7
    assert pane.section_widget(sections(session)[0].id).isVisible()


def test_draft_asks_before_replacing_content(pane, session, fake_draft):
    pane.add_prose(sections(session)[0].id)
    pane.confirm_replace = lambda: False
    pane.draft_action.trigger()
    assert len(sections(session)) == 7
    pane.confirm_replace = lambda: True
    pane.draft_action.trigger()
    assert [s.title for s in sections(session)] == ["Purpose"]


def test_draft_with_the_real_drafting_rules(pane, session):
    pytest.importorskip("briefer.core.draft")
    pytest.importorskip("briefer.core.themes")
    pane.draft_action.trigger()
    assert session.undo_stack.undoText() == "Draft from outline"
    assert not session.project.note.is_empty()
    for block in session.project.note.excerpt_blocks():
        assert block.excerpt_id in session.project.excerpts
    session.undo_stack.undo()
    assert session.project.note.is_empty()


def test_a_new_project_rebuilds_the_pane(pane, session):
    pane.add_prose(sections(session)[0].id)
    session.replace(seeds_project())
    assert all(pane.section_widget(s.id) is not None for s in sections(session))
    assert pane.current_block_id() is None


def test_focusing_the_pane_lands_in_the_current_section(pane, session):
    pane.setFocus()  # nothing chosen yet: the subject, no section made the target
    assert QApplication.focusWidget() is pane.meta_form.edits["subject"]
    assert pane.current_section_id() is None
    block_id = pane.add_prose(sections(session)[3].id)
    pane.meta_form.edits["to"].setFocus()
    pane.setFocus()
    assert QApplication.focusWidget() is pane.block_widget(block_id)


def test_ctrl_z_in_a_text_field_undoes_the_project_edit(pane, session, qtbot):
    ctrl = Qt.KeyboardModifier.ControlModifier
    block_id = pane.add_prose(sections(session)[0].id)
    editor = pane.block_widget(block_id).text_edit
    qtbot.keyClicks(editor, "Words")
    subject = pane.meta_form.edits["subject"]
    subject.setFocus()
    qtbot.keyClicks(subject, "Lumber")
    qtbot.keyClick(subject, Qt.Key.Key_Z, ctrl)
    assert subject.text() == "" and session.undo_stack.undoText() == "Edit text"
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, ctrl)
    assert editor.toPlainText() == "" and session.undo_stack.undoText() == "Add text block"
    qtbot.keyClick(editor, Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert editor.toPlainText() == "Words"
    assert session.undo_stack.count() == 3


def test_draft_over_content_asks_through_the_dialogs_module(pane, session, fake_draft, dlg):
    pane.add_prose(sections(session)[0].id)
    pane.draft_action.trigger()  # the stand-in dialog answers "no"
    assert dlg.named("confirm") and len(sections(session)) == 7
    dlg.answer("confirm", True)
    pane.draft_action.trigger()
    assert [s.title for s in sections(session)] == ["Purpose"]
