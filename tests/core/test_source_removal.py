"""core.source_removal: a source leaves with its excerpts and the blocks quoting them in
every note; the edit's inverse puts each back exactly where it was."""

from __future__ import annotations

import copy

import pytest

from briefer.core import edits
from briefer.core.excerpt import make_excerpt
from briefer.core.source_removal import remove_source, what_goes
from tests.helpers.projects import seeds_project, state

ARTICLE = "003_f9fcf619b2448e04"
OTHER = "000_d766df9ca366892d"


def quote(project, source_id: str, words: str, section: int):
    text = project.sources[source_id].text
    start = text.index(words)
    excerpt = make_excerpt(source_id, text, start, start + len(words))
    edits.add_excerpt(excerpt, project.note.sections[section].id).apply(project)
    return excerpt.id


def test_removal_in_two_notes_and_its_exact_undo():
    project = seeds_project()
    quote(project, ARTICLE, "Canada", 1)
    quote(project, OTHER, "the", 1)
    kept = quote(project, ARTICLE, "Canada", 2)  # same words, a second excerpt
    second = copy.deepcopy(project.note)  # a second note quoting the article too
    project.notes["memo"] = second
    project.dirty_meta.add(ARTICLE)
    before, order = state(project), list(project.sources)
    blocks = {nid: [[b.id for b in s.blocks] for s in n.sections]
              for nid, n in project.notes.items()}

    goes = what_goes(project, ARTICLE)
    assert [e.source_id for e in goes.excerpts] == [ARTICLE, ARTICLE]
    assert len(goes.sections) == 4  # two sections in each note

    changes, undo = remove_source(project, ARTICLE).apply(project)
    assert changes.sources and changes.excerpts and changes.note
    assert ARTICLE not in project.sources and kept not in project.excerpts
    assert ARTICLE not in project.dirty_meta
    for note in project.notes.values():
        assert all(b.excerpt_id in project.excerpts for b in note.excerpt_blocks())
        assert len(note.excerpt_blocks()) == 1  # the other source's quote stays

    _changes, redo = undo.apply(project)
    assert state(project) == before and list(project.sources) == order
    assert {nid: [[b.id for b in s.blocks] for s in n.sections]
            for nid, n in project.notes.items()} == blocks
    assert ARTICLE in project.dirty_meta  # its unsaved metadata is still to be written
    redo.apply(project)
    assert ARTICLE not in project.sources


def test_an_unknown_source_is_refused():
    with pytest.raises(KeyError):
        remove_source(seeds_project(), "nope")
