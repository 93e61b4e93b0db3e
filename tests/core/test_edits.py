"""Project edits (``core.edits``): each undone exactly by its inverse, links kept whole."""

from __future__ import annotations

import copy

import pytest

from briefer.core import edits
from briefer.core.draft import draft
from briefer.core.excerpt import AnchorStatus, make_excerpt
from briefer.core.note import new_prose
from briefer.core.project import Project
from tests.helpers.projects import seeds_project, state


@pytest.fixture
def project() -> Project:
    return seeds_project()


def round_trip(project: Project, edit: edits.Edit) -> dict:
    """Apply, undo, redo, undo: the project comes back exactly each time."""
    before = state(project)
    _, inverse = edit.apply(project)
    after = state(project)
    assert after != before, "the edit changed something"
    _, redo = inverse.apply(project)
    assert state(project) == before
    _, inverse = redo.apply(project)
    assert state(project) == after
    inverse.apply(project)
    assert state(project) == before
    return after


def article(project: Project):
    return project.articles()[0]


def a_theme(project: Project):
    section = next(s for s in project.outline.sections if s.themes)
    return section, section.themes[0]


def test_every_edit_is_undone_exactly(project):
    src = article(project)
    sec = project.note.sections[0]
    excerpt = make_excerpt(src.id, src.text, 0, 40)
    prose = new_prose("Hello")
    round_trip(project, edits.add_excerpt(excerpt, sec.id))
    round_trip(project, edits.SetBlock(prose.id, prose, sec.id, 0))
    edits.SetBlock(prose.id, prose, sec.id, 0).apply(project)
    round_trip(project, edits.SetBlockField(prose.id, "markdown", "Goodbye"))
    round_trip(project, edits.MoveBlock(prose.id, project.note.sections[2].id, 0))
    round_trip(project, edits.remove_block(project, prose.id))
    round_trip(project, edits.SetNoteMeta("subject", "Steel"))
    round_trip(project, edits.SetSourceMeta(src.id, "title", "A new title"))
    _, theme = a_theme(project)
    round_trip(project, edits.outline_edit(project, lambda o: o.rename_theme(theme.id, "X"))[0])
    round_trip(project, edits.outline_edit(project, lambda o: o.remove_theme(theme.id))[0])


def test_bad_field_names_change_nothing(project):
    prose = new_prose("Hello")
    sec = project.note.sections[0]
    edits.SetBlock(prose.id, prose, sec.id).apply(project)
    before = state(project)
    with pytest.raises(TypeError):
        edits.SetBlockField(prose.id, "paraphrase", "x").apply(project)
    with pytest.raises(KeyError):
        edits.SetNoteMeta("colour", "red").apply(project)
    with pytest.raises(KeyError):
        edits.SetBlockField("no-such-block", "markdown", "x").apply(project)
    assert state(project) == before


def test_deleting_a_block_drops_the_excerpt_made_for_it_only(project):
    src = article(project)
    sec = project.note.sections[0]
    lone = make_excerpt(src.id, src.text, 0, 40)
    themed = make_excerpt(src.id, src.text, 50, 90, theme_ids=["th-x"])
    edits.add_excerpt(lone, sec.id, block_id="b-lone").apply(project)
    edits.add_excerpt(themed, sec.id, block_id="b-themed").apply(project)
    edits.remove_block(project, "b-lone").apply(project)
    edits.remove_block(project, "b-themed").apply(project)
    assert lone.id not in project.excerpts
    assert themed.id in project.excerpts  # collected for a theme: it stays


def test_deleting_a_theme_unlinks_its_excerpts_and_undo_links_them_again(project):
    _, theme = a_theme(project)
    src = article(project)
    excerpt = make_excerpt(src.id, src.text, 0, 40, theme_ids=[theme.id, "th-other"])
    edits.add_excerpt(excerpt).apply(project)
    edit, _ = edits.outline_edit(project, lambda o: o.remove_theme(theme.id))
    _, undo = edit.apply(project)
    assert project.outline.find_theme(theme.id) is None
    assert project.excerpts[excerpt.id].theme_ids == ["th-other"]
    undo.apply(project)
    assert project.outline.find_theme(theme.id) is not None
    assert project.excerpts[excerpt.id].theme_ids == [theme.id, "th-other"]


def test_merging_themes_unlinks_the_one_that_goes(project):
    section = next(s for s in project.outline.sections if len(s.themes) >= 2)
    keep, gone = section.themes[0], section.themes[1]
    src = article(project)
    excerpt = make_excerpt(src.id, src.text, 0, 40, theme_ids=[gone.id])
    edits.add_excerpt(excerpt).apply(project)
    edit, _ = edits.outline_edit(project, lambda o: o.merge_themes(keep.id, gone.id))
    edit.apply(project)
    assert gone.id not in project.excerpts[excerpt.id].theme_ids


def test_drafting_changes_nothing_until_applied_and_undo_takes_back_every_link(project):
    from briefer.io.templates import load_template

    template = load_template("briefing-note")
    drafted = draft(project, template)
    # An excerpt the analyst already has, of the words the draft will quote.
    survey = next(iter(drafted.new_excerpts.values()))
    mine = copy.deepcopy(survey)
    mine.id, mine.theme_ids = "ex-mine", []
    project.excerpts[mine.id] = mine
    before = state(project)
    drafted = draft(project, template)
    assert state(project) == before, "drafting alone changes nothing"
    assert drafted.links.get("ex-mine"), "the draft quotes the analyst's excerpt"
    _, undo = drafted.edit(project).apply(project)
    assert project.excerpts["ex-mine"].theme_ids
    assert not project.note.is_empty()
    undo.apply(project)
    assert state(project) == before


def test_an_excerpt_put_back_finds_its_words_where_they_are_now(project):
    src = article(project)
    sec = project.note.sections[0]
    excerpt = make_excerpt(src.id, src.text, 100, 160)
    edit = edits.add_excerpt(excerpt, sec.id, block_id="b-1")
    _, undo = edit.apply(project)
    _, redo = undo.apply(project)
    src.text = "A new first paragraph.\n\n" + src.text  # the source was re-imported
    redo.apply(project)
    back = project.excerpts[excerpt.id]
    assert src.text[back.position.start:back.position.end] == excerpt.exact
    assert back.status is AnchorStatus.MOVED
