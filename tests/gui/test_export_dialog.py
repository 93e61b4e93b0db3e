"""File ▸ Export… asks for the template, the citation style, the reference document and
the file, then checks the note in that style and exports with exactly those choices."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from briefer.gui import export_dialog
from briefer.gui.export_dialog import ExportDialog, ExportOptions
from briefer.gui.settings import EXPORT_REFERENCE


@pytest.fixture
def reference(tmp_path: Path) -> Path:
    """A department's reference document (Briefer's own, copied)."""
    from briefer.export.reference_doc import reference_path

    path = tmp_path / "letterhead.docx"
    shutil.copy(reference_path(), path)
    return path


def choose(combo, data: str) -> None:
    """Pick an item of a closed combo box with the arrow keys, as a user does."""
    target = combo.findData(data)
    assert target >= 0, data
    combo.setFocus()
    steps = target - combo.currentIndex()
    for _ in range(abs(steps)):  # an "Other…" item may put another in its place: no re-aim
        QTest.keyClick(combo, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)


def make_dialog(qtbot, session, settings, output: str = "") -> ExportDialog:
    dialog = ExportDialog(None, session, settings, output)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_dialog_starts_from_the_note_and_gives_back_each_choice(
        qtbot, session, bw_settings, dlg, reference, tmp_path):
    dialog = make_dialog(qtbot, session, bw_settings, str(tmp_path / "Sample.docx"))
    assert dialog.template_combo.currentData() == "briefing-note"
    assert dialog.template_combo.currentText() == "Briefing note"
    assert dialog.style_combo.currentData() == (session.project.citation_style or "chicago")
    assert not dialog.template_note.isVisible()
    choose(dialog.template_combo, "memo-decision")
    assert dialog.template_combo.currentText() == "Memorandum to the Minister"
    assert dialog.template_note.isVisible()  # says what the change does to this note
    choose(dialog.style_combo, "apa")
    dlg.answer("open_files", [str(reference)])
    qtbot.mouseClick(dialog.reference_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "memo"
    dlg.answer("save_file", str(out))
    qtbot.mouseClick(dialog.output_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ExportDialog.DialogCode.Accepted
    assert dialog.options() == ExportOptions(template="memo-decision", style="apa",
                                             reference_docx=str(reference),
                                             output=tmp_path / "memo.docx")
    # the reference document is remembered for the next export
    assert bw_settings.get(EXPORT_REFERENCE) == str(reference)
    again = make_dialog(qtbot, session, bw_settings)
    assert again.reference_edit.text() == str(reference)


def test_a_missing_reference_document_or_file_name_is_said_in_the_dialog(
        qtbot, session, bw_settings, tmp_path):
    dialog = make_dialog(qtbot, session, bw_settings, "")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "name of the Word file" in dialog.error.text()
    dialog.output_edit.setText(str(tmp_path / "note.docx"))
    dialog.reference_edit.setText(str(tmp_path / "gone.docx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "does not exist" in dialog.error.text()
    assert bw_settings.get(EXPORT_REFERENCE) == ""


def test_another_style_by_name(qtbot, session, bw_settings, dlg):
    dialog = make_dialog(qtbot, session, bw_settings, "note.docx")
    dlg.answer("get_text", "ieee")
    choose(dialog.style_combo, "\x00other")
    assert dialog.style_combo.currentData() == "ieee"
    dlg.answer("get_text", "no-such-style-anywhere")
    choose(dialog.style_combo, "\x00other")
    assert "Unknown citation style" in dialog.error.text()
    assert dialog.style_combo.currentData() == (session.project.citation_style or "chicago")


def test_export_uses_the_dialog_choices(project_window, qtbot, dlg, reference, tmp_path,
                                        monkeypatch):
    """Template, style and reference document chosen in the real dialog reach
    ``export_docx``; the template change is one undo step; the check runs first and
    says that the memorandum's Recommendation is empty."""
    import briefer.export
    from briefer.export import ExportReport

    w = project_window
    session = w.session
    out = tmp_path / "memo.docx"

    def fill_in(parent, session_, settings, output):
        dialog = make_dialog(qtbot, session_, settings, output)
        choose(dialog.template_combo, "memo-decision")
        choose(dialog.style_combo, "mcgill")
        dialog.reference_edit.setText(str(reference))
        dialog.output_edit.setText(str(out))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        return dialog.options() if dialog.result() else None

    calls = []

    def fake_export(project, path, **kwargs):
        calls.append((project, Path(path), kwargs))
        return ExportReport(path=Path(path))

    monkeypatch.setattr(export_dialog, "export_options", fill_in)
    monkeypatch.setattr(briefer.export, "export_docx", fake_export)
    dlg.answer("confirm", True)  # export anyway
    with qtbot.waitSignal(w.files.exported, timeout=20000):
        w.menu_actions.export.trigger()
    ((exported, path, kwargs),) = calls
    assert exported is session.project and path == out
    assert kwargs["style"] == "mcgill" and kwargs["reference_docx"] == str(reference)
    assert kwargs["force"] is True and kwargs["problems"]
    note = session.project.note
    assert note.template == "memo-decision" and note.meta.purpose == "decision"
    assert note.sections[0].title == "Summary"  # the empty note took its sections
    text = dlg.named("confirm")[0][2]
    assert "1 required section of the note is empty" in text
    assert session.undo_stack.undoText() == "Use template “Memorandum to the Minister”"
    session.undo_stack.undo()
    assert session.project.note.template == "briefing-note"
    assert session.project.note.meta.purpose == "information"
