"""Message boxes show their list of problems at once, and the export check says what
it found by kind, with Cancel first when a quotation no longer matches its source."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from briefer.core.check import Problem
from briefer.core.messages import Message
from briefer.gui import dialogs
from tests.helpers.gui import export_options


def problem(kind: str, message: str, source_id: str = "", placed: bool = True) -> Problem:
    blocks = ("b-1",) if placed and kind != "metadata" else ()
    return Problem(kind, Message(message), source_id, block_ids=blocks)


def test_details_are_shown_not_folded(qtbot):
    items = "\n".join(f"• Source {i} lacks a date" for i in range(15))
    box = dialogs.build_message(None, "warning", "Some sources need attention",
                                "The project opened, with 15 problem(s).", items)
    qtbot.addWidget(box)
    box.show()
    assert box.details is not None and box.details.isVisible()
    assert box.details.toPlainText() == items
    assert box.details.isReadOnly()
    # no "Show Details…" button to press first
    texts = [b.text() for b in box.buttons.buttons()]
    assert texts == ["OK"]
    # about 20 lines fit before it scrolls; the box is tall enough to read several at once
    assert box.details.height() >= 5 * box.details.fontMetrics().lineSpacing()


def test_long_details_scroll(qtbot):
    items = "\n".join(f"• problem {i}" for i in range(200))
    box = dialogs.build_message(None, "error", "t", "x", items)
    qtbot.addWidget(box)
    box.show()
    assert box.details.verticalScrollBar().maximum() > 0
    assert box.height() < 800


def test_confirm_default_button(qtbot):
    box, ok, cancel = dialogs.build_confirm(None, "t", "x", "d", yes="Export anyway",
                                            no="Cancel", default_yes=False)
    qtbot.addWidget(box)
    assert cancel.isDefault() and not ok.isDefault()
    assert box.buttons.buttonRole(cancel) == QDialogButtonBox.ButtonRole.RejectRole
    box2, ok2, cancel2 = dialogs.build_confirm(None, "t", "x")
    qtbot.addWidget(box2)
    assert ok2.isDefault() and not cancel2.isDefault()


def test_check_summary_by_kind(main_window):
    files = main_window.files
    metadata_only = [problem("metadata", f"S{i} lacks author", f"s{i}") for i in range(3)]
    text = files.exports.check_summary(metadata_only)
    assert "3 cited sources lack citation details" in text
    assert "quotation" not in text.lower() and "fail" not in text.lower()
    mixed = [metadata_only[0], problem("changed", "E no longer matches"),
             problem("orphaned", "E2 can no longer be found")]
    text = files.exports.check_summary(mixed)
    assert "2 quotation" in text and "no longer match" in text and "marked" in text
    assert "1 cited source" in text


def test_export_with_a_changed_quotation_defaults_to_cancel(project_window, dlg):
    w = project_window
    project = w.session.project
    source = project.articles()[0]
    w.add_excerpt(source.id, 0, 60, section_id=project.note.sections[1].id)
    # the source's words changed since the excerpt was taken
    source.text = "Nothing like it any more. " * 3 + source.text[200:]
    dlg.answer("export_options", export_options(project, "note.docx"))
    w.menu_actions.export.trigger()  # the stand-in dialog answers "Cancel"
    (args,) = dlg.named("confirm")
    assert "no longer match" in args[2]
    assert dlg.kwargs_of("confirm")[0]["default_yes"] is False
    assert not dlg.named("save_file"), "cancelled: nothing written"


def test_what_will_be_marked_is_what_the_export_marks(project_window, dlg, qtbot, tmp_path):
    """An orphan outside the note and a placed paraphrase whose source changed: the
    check lists both, says nothing will be marked, and the export marks nothing."""
    import docx

    from briefer.gui.commands import AddExcerptCommand, EditParaphraseCommand, \
        SetExcerptModeCommand

    w = project_window
    session = w.session
    source = session.project.articles()[0]
    session.undo_stack.push(AddExcerptCommand(session, source.id, 0, 60))
    placed = AddExcerptCommand(session, source.id, 100, 160,
                               section_id=session.project.note.sections[1].id)
    session.undo_stack.push(placed)
    session.undo_stack.push(SetExcerptModeCommand(session, placed.block_id, "paraphrase"))
    session.undo_stack.push(EditParaphraseCommand(session, placed.block_id,
                                                  "In short, talks continue."))
    source.text = "Nothing like it any more. " * 8 + source.text[400:]
    out = tmp_path / "note.docx"
    dlg.answer("confirm", True)
    dlg.answer("export_options", export_options(session.project, out))
    w.menu_actions.export.trigger()
    (args,) = dlg.named("confirm")
    assert "2 excerpts no longer match" in args[2] and "nothing will be marked" in args[2]
    assert "marked in the document" not in args[2]
    assert dlg.kwargs_of("confirm")[0]["default_yes"] is True
    qtbot.waitUntil(out.exists, timeout=10000)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "NOT VERIFIED" not in text and "In short, talks continue." in text
