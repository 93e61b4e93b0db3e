"""The note's details hold a French subject beside the English one and offer every security
marking; both are ordinary undoable edits that the export prints."""

from __future__ import annotations

from pathlib import Path

import docx

from briefer.core.note import CLASSIFICATIONS


def test_the_french_subject_is_one_named_undo_step(pane, session, qtbot):
    edit = pane.meta_form.edits["subject_fr"]
    edit.setFocus()
    qtbot.keyClicks(edit, "Bois de sciage")
    stack = session.undo_stack
    assert session.project.note.meta.subject_fr == "Bois de sciage"
    assert stack.count() == 1 and stack.undoText() == "Edit metadata: French subject"
    stack.undo()
    assert edit.text() == "" and session.project.note.meta.subject_fr == ""
    stack.redo()
    assert edit.text() == "Bois de sciage"


def test_the_french_subject_sits_under_the_subject_across_the_form(pane):
    form = pane.meta_form
    form.resize(900, 400)
    assert form.mode == "beside"
    subject, french = form.rows["subject"][1], form.rows["subject_fr"][1]
    grid = form.grid
    row_of = {name: grid.getItemPosition(grid.indexOf(form.rows[name][1]))
              for name in ("subject", "subject_fr", "to")}
    assert row_of["subject"][0] == 0 and row_of["subject_fr"][0] == 1 and row_of["to"][0] == 2
    assert row_of["subject_fr"][3] == row_of["subject"][3]  # as wide as the subject
    assert french.accessibleName() == "French subject" and subject.accessibleName() == "Subject"


def test_every_marking_is_offered_and_a_caveat_can_be_typed(pane, session, qtbot,
                                                            tmp_path: Path):
    combo = pane.meta_form.classification
    assert [combo.itemText(i) for i in range(combo.count())] == list(CLASSIFICATIONS)
    combo.activated.emit(combo.findText("SECRET"))
    combo.lineEdit().end(False)
    qtbot.keyClicks(combo.lineEdit(), " // CANADIAN EYES ONLY")
    assert session.project.note.meta.classification == "SECRET // CANADIAN EYES ONLY"
    from briefer.export import export_docx

    out = tmp_path / "note.docx"
    export_docx(session.project, out)
    section = docx.Document(str(out)).sections[0]
    marking = "SECRET // CANADIAN EYES ONLY"
    assert marking in [p.text for p in section.header.paragraphs]
    assert marking in [p.text for p in section.footer.paragraphs]
