"""Sections renamed, added, moved and removed: one edit each, undone exactly, and a removed
section takes with it only the excerpts nothing else uses."""

from __future__ import annotations

import pytest

from briefer.core.edits import Edit
from briefer.core.excerpt import make_excerpt
from briefer.core.note import BriefingNote, NoteSection, new_excerpt_block, new_prose
from briefer.core.project import Project
from briefer.core.section_edits import add_section, move_section, remove_section, rename_section
from briefer.core.source import Source
from tests.helpers.projects import state

TEXT = "Negotiators remain far apart on procurement, sources said, with the United States."


def _project() -> Project:
    only_here = make_excerpt("a", TEXT, 0, 11)
    shared = make_excerpt("a", TEXT, 12, 30)
    themed = make_excerpt("a", TEXT, 31, 45, theme_ids=["th-1"])
    sections = [
        NoteSection("s1", "Purpose", [new_prose("To inform you.")], hint="Why", role="purpose"),
        NoteSection("s2", "Options", [new_excerpt_block(only_here.id),
                                      new_excerpt_block(only_here.id),
                                      new_excerpt_block(shared.id),
                                      new_excerpt_block(themed.id)]),
        NoteSection("s3", "Recommendation", [new_excerpt_block(shared.id)], required=True,
                    role="recommendation"),
    ]
    return Project(sources={"a": Source("a", TEXT)},
                   excerpts={e.id: e for e in (only_here, shared, themed)},
                   notes={"note": BriefingNote(sections=sections, template="memo-decision")})


def _cycle(project: Project, edit: Edit) -> None:
    """Apply, undo (back to before exactly), redo (the same result again)."""
    before = state(project)
    _changes, undo = edit.apply(project)
    after = state(project)
    assert after != before
    _changes, redo = undo.apply(project)
    assert state(project) == before
    redo.apply(project)
    assert state(project) == after


def _titles(project: Project) -> list[str]:
    return [s.title for s in project.note.sections]


def test_rename_keeps_id_blocks_and_template_flags() -> None:
    project = _project()
    _cycle(project, rename_section(project, "s3", "  Recommended   option "))
    section = project.note.sections[2]
    assert (section.id, section.title, section.required, section.role) == \
        ("s3", "Recommended option", True, "recommendation")
    assert project.note.template == "memo-decision"
    with pytest.raises(ValueError):
        rename_section(project, "s3", "   ")
    with pytest.raises(KeyError):
        rename_section(project, "nope", "Title")


def test_add_after_a_section_or_at_the_end() -> None:
    project = _project()
    edit, new_id = add_section(project, "Risks", after_id="s1")
    _cycle(project, edit)
    assert _titles(project) == ["Purpose", "Risks", "Options", "Recommendation"]
    added = project.note.sections[1]
    assert added.id == new_id and added.blocks == [] and not added.required and not added.role
    edit, _ = add_section(project, "Annex")
    edit.apply(project)
    assert _titles(project)[-1] == "Annex"


def test_move_up_and_down_stops_at_the_ends() -> None:
    project = _project()
    edit = move_section(project, "s3", -1)
    assert edit is not None
    _cycle(project, edit)
    assert _titles(project) == ["Purpose", "Recommendation", "Options"]
    assert move_section(project, "s1", -1) is None
    assert move_section(project, "s2", 1) is None


def test_remove_drops_only_the_excerpts_made_for_it() -> None:
    project = _project()
    only_here, shared, themed = project.excerpts
    _cycle(project, remove_section(project, "s2"))
    assert _titles(project) == ["Purpose", "Recommendation"]
    # used twice in the section only: gone; used in another section, or illustrating an
    # outline theme: kept
    assert set(project.excerpts) == {shared, themed}
    assert only_here not in project.excerpts
