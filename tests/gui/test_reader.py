"""The Reader keeps offsets exact, drags spans, and emphasises the survey."""

from __future__ import annotations

from briefer.core.project import Project
from briefer.core.source import Source
from briefer.gui.mime import read_span
from briefer.gui.reader import Reader
from briefer.gui.reader_view import survey_spans
from briefer.gui.session import ProjectSession
from briefer.gui.textmap import OffsetMap


def test_offsets_survive_characters_qt_counts_twice(qtbot):
    text = "Emoji 😀 first. The quote 🚗 we want. End."
    session = ProjectSession(Project(sources={"a": Source("a", text)}))
    reader = Reader(session)
    qtbot.addWidget(reader)
    reader.show_source("a")
    start = text.index("The quote")
    end = text.index(" End.")
    reader.select_span(start, end)
    assert reader.selected_span() == ("a", start, end - 1) or \
        reader.selected_span() == ("a", start, end)
    data = reader.view.createMimeDataFromSelection()
    span = read_span(data)
    assert span is not None and text[span.start:span.end].startswith("The quote 🚗")


def test_offset_map_round_trip():
    text = "a😀b😀c"
    m = OffsetMap(text)
    assert [m.to_source(m.to_doc(i)) for i in range(len(text) + 1)] == list(range(len(text) + 1))


def test_survey_spans_mark_key_phrases_and_headings():
    text = "# Question?\n\n1. The answer is **key phrase** here.\n"
    roles = {(text[s:e], r) for s, e, r in survey_spans(text)}
    assert ("key phrase", "key") in roles
    assert ("Question?", "heading") in roles
    assert ("**", "marker") in roles
    assert ("1.", "number") in roles


def test_metadata_edit_in_sources_list_is_undoable(main_window):
    from PySide6.QtCore import Qt

    model = main_window.sources_pane.model
    session = main_window.session
    session.project.read_only = False  # editable only in a real project
    source = model.source_at(0)
    index = model.index(0, 2)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "2018-03-05")
    assert source.meta.issued == {"date-parts": [[2018, 3, 5]]}
    assert model.data(index) == "2018-03-05"
    assert source.id in session.project.dirty_meta
    assert main_window.isWindowModified()
    session.undo_stack.undo()
    assert source.meta.issued is None


def test_shift_right_extends_a_selected_hit_forward(qtbot):
    """After jumping to a hit, Shift+Right grows the selection, as in any editor."""
    from PySide6.QtCore import Qt

    text = "Tariffs on steel rose again this spring."
    session = ProjectSession(Project(sources={"a": Source("a", text)}))
    reader = Reader(session)
    qtbot.addWidget(reader)
    reader.show_source("a")
    reader.select_span(0, len("Tariffs"))
    for _ in range(len(" on steel")):
        qtbot.keyClick(reader.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert reader.selected_span() == ("a", 0, len("Tariffs on steel"))


def test_reader_emphasis_comes_from_the_survey_parser():
    """Underlined questions and __bold__ key phrases are emphasised as the outline reads them;
    front matter and the title are no questions."""
    text = ("---\ntitle: Market survey\n---\n\n# Market survey\n\nWhich markets matter most?\n"
            "==========================\n\n- __Japan__, for beef.\n- Korea.\n")
    roles = {(text[s:e], r) for s, e, r in survey_spans(text)}
    assert ("Which markets matter most?", "heading") in roles
    assert ("==========================", "marker") in roles
    assert ("Japan", "key") in roles
    assert ("__", "marker") in roles
    assert ("-", "number") in roles
    assert ("Market survey", "title") in roles
    assert not any(r == "heading" and "title:" in t for t, r in roles)


def test_a_date_typed_in_the_sources_list_is_read_as_people_write_it(main_window, dlg):
    from briefer.gui.sources_model import DATE

    pane = main_window.sources_pane
    main_window.session.project.read_only = False  # editable only in a real project
    stack = main_window.session.undo_stack
    index = pane.model.index(0, DATE)
    source = pane.model.source_at(0)
    assert pane.model.setData(index, "16 septembre 2025")
    assert source.meta.issued == {"date-parts": [[2025, 9, 16]]}
    assert pane.model.data(index) == "2025-09-16"
    count = stack.count()
    assert not pane.model.setData(index, "September 31, 2025")
    assert source.meta.issued == {"date-parts": [[2025, 9, 16]]} and stack.count() == count
    warnings = dlg.named("warning")
    assert len(warnings) == 1 and "September 31, 2025" in warnings[0][2]
    assert pane.model.setData(index, "")
    assert source.meta.issued is None


def test_f8_grows_the_selection_to_the_sentence_then_the_paragraph(main_window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    reader = main_window.reader
    source = next(s for s in main_window.session.project.sources.values()
                  if s.kind.value == "article")
    assert reader.show_source(source.id)
    from briefer.core.selection import sentence_bounds

    text = source.text
    offset = 0
    for line in text.split("\n"):  # a paragraph of more than one sentence
        if len(sentence_bounds(line)) >= 2:
            second = sentence_bounds(line, offset)[1]
            break
        offset += len(line) + 1
    at = text.index(" ", second[0]) + 2  # a caret inside the sentence's second word
    reader.select_span(at, at)
    reader.view.setFocus()
    QTest.keyClick(reader.view, Qt.Key.Key_F8)
    _, start, end = reader.selected_span()
    assert text[start:end] == text[at - 1:].split()[0].strip(",;:.")
    QTest.keyClick(reader.view, Qt.Key.Key_F8)
    _, start, end = reader.selected_span()
    sentence = text[start:end]
    assert (start, end) == second and sentence[-1] in ".!?”\")"
    QTest.keyClick(reader.view, Qt.Key.Key_F8)
    _, start2, end2 = reader.selected_span()
    assert start2 <= start and end2 >= end and (start2, end2) != (start, end)
    assert reader.grow_action in reader.view.selection_actions  # also in the context menu
