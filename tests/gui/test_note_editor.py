"""The note's editing rules on a session alone, no widget: where a new block goes, moving
past a section's edge, what is selected after a delete, drops that change nothing."""

from __future__ import annotations

import pytest

from briefer.gui.note_editor import NoteEditor, Place


@pytest.fixture
def editor(session) -> NoteEditor:
    return NoteEditor(session)


def ids(session, i: int) -> list[str]:
    return [b.id for b in session.project.note.sections[i].blocks]


def test_a_new_block_goes_after_the_current_one(editor, session) -> None:
    s0 = session.project.note.sections[0].id
    first = editor.add_prose(Place(s0))
    last = editor.add_prose(Place(s0))
    place = editor.place(None, s0, first)
    assert place == Place(s0, 1)
    middle = editor.add_prose(place)
    assert ids(session, 0) == [first, middle, last]
    assert editor.place(None, None, None) == Place(s0)  # nothing chosen: the first section
    other = session.project.note.sections[1].id
    assert editor.place(other, s0, first) == Place(other)  # another section: at its end


def test_moving_past_a_section_edge_changes_section(editor, session) -> None:
    note = session.project.note
    block = editor.add_prose(Place(note.sections[1].id))
    assert editor.move(block, -1)
    assert ids(session, 0)[-1] == block and not ids(session, 1)
    assert editor.move(block, +1)
    assert ids(session, 1) == [block]
    top = editor.add_prose(Place(note.sections[0].id))
    assert not editor.move(top, -1)  # nowhere above the first section
    session.undo_stack.undo()  # (the add of ``top``)
    assert top not in ids(session, 0)


def test_delete_selects_the_neighbour_and_undo_restores(editor, session) -> None:
    s0 = session.project.note.sections[0].id
    a, b, c = (editor.add_prose(Place(s0)) for _ in range(3))
    assert editor.delete(b) == (c, s0)
    assert editor.delete(c) == (a, s0)
    assert editor.delete(a) == (None, s0)
    for _ in range(3):
        session.undo_stack.undo()
    assert ids(session, 0) == [a, b, c]


def test_a_drop_where_the_block_already_is_changes_nothing(editor, session) -> None:
    s0 = session.project.note.sections[0].id
    a, b = editor.add_prose(Place(s0)), editor.add_prose(Place(s0))
    count = session.undo_stack.count()
    assert not editor.drop_block(a, s0, 0) and not editor.drop_block(a, s0, 1)
    assert session.undo_stack.count() == count
    assert editor.drop_block(a, s0, 2)
    assert ids(session, 0) == [b, a]


def test_toggle_mode_only_for_excerpts(editor, session) -> None:
    s0 = session.project.note.sections[0].id
    source = session.project.articles()[0]
    command = editor.add_excerpt(source.id, 0, 40, Place(s0))
    assert command is not None and command.block_id
    assert editor.toggle_mode(command.block_id)
    found = session.project.note.find_block(command.block_id)
    assert found[0].blocks[found[1]].mode == "paraphrase"
    assert not editor.toggle_mode(editor.add_prose(Place(s0)))
    assert editor.add_excerpt(source.id, 5, 5, Place(s0)) is None  # an empty span


def test_a_broken_template_stops_the_draft_before_anything_changes(editor, session) -> None:
    from briefer.io.templates import TemplateError

    session.project.note.template = "no-such-template"
    before = session.project.note.to_dict()
    with pytest.raises(TemplateError):
        editor.draft()
    assert session.project.note.to_dict() == before
    assert session.undo_stack.count() == 0
