"""Several notes in one project: new, duplicate, rename and delete are undone exactly,
an edit made in one note is undone in that note, and excerpts are shared."""

from __future__ import annotations

import pytest

from briefer.core.edits import Batch, Edit, SetBlockField, add_excerpt, remove_block
from briefer.core.excerpt import make_excerpt
from briefer.core.note import BriefingNote, NoteSection, new_prose
from briefer.core.note_edits import (
    LastNote,
    OnNote,
    SetNoteName,
    add_note,
    delete_note,
    duplicate_note,
    find_note,
)
from briefer.core.project import Project
from briefer.core.source import Source
from tests.helpers.projects import state

TEXT = "Ottawa will seek a longer review period. The dairy quota stays."


def _project() -> Project:
    note = BriefingNote(sections=[NoteSection("s1", "Background", [new_prose("Intro.")])])
    note.meta.subject = "CUSMA review"
    return Project(sources={"a": Source("a", TEXT)}, notes={"note": note})


def _apply(project: Project, edit: Edit) -> Edit:
    return edit.apply(project)[1]


def test_new_note_is_shown_and_undo_gives_back_the_first() -> None:
    project = _project()
    before = state(project)
    edit, nid = add_note(project, BriefingNote(sections=[NoteSection("q", "Question")]),
                         "QP card")
    undo = _apply(project, edit)
    assert list(project.notes) == ["note", nid]
    assert project.current_note == nid and project.note.name == "QP card"
    assert project.note.section("q") is not None
    _apply(project, undo)
    assert list(project.notes) == ["note"] and project.current_note == "note"
    assert state(project) == before


def test_an_edit_is_undone_in_the_note_it_was_made_in() -> None:
    project = _project()
    block_id = project.note.sections[0].blocks[0].id
    undo_typing = _apply(project, OnNote("note", SetBlockField(block_id, "markdown", "Typed.")))
    edit, nid = add_note(project, BriefingNote(sections=[NoteSection("q", "Q")]), "Card")
    _apply(project, edit)
    assert project.current_note == nid
    changes, _ = undo_typing.apply(project)
    assert project.notes["note"].sections[0].blocks[0].markdown == "Intro."
    assert project.current_note == "note" and changes.notes  # the change is shown


def test_an_edit_outside_the_notes_leaves_the_shown_note() -> None:
    project = _project()
    edit, nid = add_note(project, BriefingNote(sections=[NoteSection("q", "Q")]), "Card")
    _apply(project, edit)
    excerpt = make_excerpt("a", TEXT, 0, 40)
    _apply(project, OnNote("note", add_excerpt(excerpt)))  # no block: the note is untouched
    assert project.current_note == nid


def test_duplicate_shares_excerpts_in_blocks_of_its_own() -> None:
    project = _project()
    excerpt = make_excerpt("a", TEXT, 0, 40)
    _apply(project, add_excerpt(excerpt, "s1"))
    edit, nid = duplicate_note(project, "note", "Follow-up")
    _apply(project, edit)
    first, copy_ = project.notes["note"], project.notes[nid]
    assert copy_.meta.subject == "CUSMA review" and copy_.name == "Follow-up"
    ids_first = {b.id for s in first.sections for b in s.blocks}
    ids_copy = {b.id for s in copy_.sections for b in s.blocks}
    assert not ids_first & ids_copy
    assert [b.excerpt_id for b in copy_.excerpt_blocks()] == [excerpt.id]
    # Deleting the copy's block keeps the excerpt: the first note still quotes it.
    block = copy_.excerpt_blocks()[0]
    _apply(project, remove_block(project, block.id))
    assert excerpt.id in project.excerpts


def test_delete_and_rename_are_undone_exactly() -> None:
    project = _project()
    edit, nid = add_note(project, BriefingNote(sections=[NoteSection("q", "Q")]), "Card")
    _apply(project, edit)
    before = state(project)
    undo = _apply(project, Batch([SetNoteName(nid, "QP card"), delete_note(project, "note")]))
    assert list(project.notes) == [nid] and project.current_note == nid
    with pytest.raises(LastNote):
        delete_note(project, nid)
    _apply(project, undo)
    assert list(project.notes) == ["note", nid]
    assert project.notes[nid].name == "Card"
    assert {k: v for k, v in state(project).items() if k != "note"} == \
        {k: v for k, v in before.items() if k != "note"}


def test_find_note_by_name_id_or_subject() -> None:
    project = _project()
    edit, nid = add_note(project, BriefingNote(), "QP card")
    _apply(project, edit)
    assert find_note(project, "qp CARD") == nid
    assert find_note(project, "cusma review") == "note"
    assert find_note(project, nid) == nid
    assert find_note(project, "nothing") is None
