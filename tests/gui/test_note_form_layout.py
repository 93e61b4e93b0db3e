"""The note details stay readable: every field keeps room for what is typed in it,
in English and in French (whose labels are longer), at the default window size."""

from __future__ import annotations

import pytest

from briefer.gui.note_meta_form import MIN_FIELD
from tests.helpers.gui import open_window


@pytest.fixture
def session_form(qtbot):
    from briefer.core.project import Project
    from briefer.gui.note_meta_form import NoteMetaForm
    from briefer.gui.session import ProjectSession

    form = NoteMetaForm(ProjectSession(Project(name="")))
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def field_widths(form) -> dict[str, int]:
    """The width of every field shown (the approver shows only on a note for decision)."""
    return {name: field.width() for name, (_label, field) in form.rows.items()
            if not field.isHidden()}


def test_fields_keep_their_width_at_1366x768(language, qtbot, bw_settings, seeds_copy):
    w = open_window(qtbot, bw_settings, seeds_copy)
    w.resize(1366, 768)
    qtbot.wait(10)
    form = w.note_pane.meta_form
    assert form.body.isVisible()
    widths = field_widths(form)
    assert len(widths) == 11 and "subject_fr" in widths
    narrow = {name: width for name, width in widths.items() if width < MIN_FIELD}
    assert narrow == {}, (language, form.mode)
    # each label is shown whole
    for label, _field in form.rows.values():
        assert label.width() >= label.minimumSizeHint().width()


def test_layout_follows_the_pane_width(qtbot, session_form):
    form = session_form
    form.resize(900, 400)
    assert form.mode == "beside"
    form.resize(420, 400)
    assert form.mode == "above"
    form.resize(250, 600)
    assert form.mode == "single"
    form.resize(420, 400)
    qtbot.wait(1)
    assert all(width >= MIN_FIELD for width in field_widths(form).values())


def test_french_labels_are_short(language, qtbot):
    if language != "fr":
        return
    from briefer.core.project import Project
    from briefer.gui.note_meta_form import NoteMetaForm
    from briefer.gui.session import ProjectSession

    form = NoteMetaForm(ProjectSession(Project(name="")))
    qtbot.addWidget(form)
    texts = {name: label.text().replace("&", "") for name, (label, _f) in form.rows.items()}
    assert texts["file_number"] == "N° de dossier\u00a0:"
    assert texts["contact"] == "Contact\u00a0:"
