"""`check`: anything that would make a citation wrong is listed; a clean project passes."""

from __future__ import annotations

from dataclasses import replace

from briefer.core.check import check_project
from briefer.core.excerpt import make_excerpt
from briefer.core.note import BriefingNote, NoteSection, new_excerpt_block
from briefer.core.project import Project
from briefer.core.source import Source, SourceMeta

TEXT = "Negotiators remain far apart on procurement, sources said, with the United States."
COMPLETE = SourceMeta(type="article-newspaper", title="Talks", container_title="Globe",
                      issued="2018-04-03")


def _project(meta: SourceMeta, text: str = TEXT) -> tuple[Project, str]:
    excerpt = make_excerpt("a", TEXT, 0, 43)
    section = NoteSection("s1", "Background", [new_excerpt_block(excerpt.id)])
    project = Project(sources={"a": Source("a", text, meta)}, excerpts={excerpt.id: excerpt},
                      note=BriefingNote(sections=[section]))
    return project, excerpt.id


def test_clean_project_passes() -> None:
    assert check_project(_project(COMPLETE)[0]) == []


def test_missing_metadata_of_a_cited_source() -> None:
    problems = check_project(_project(replace(COMPLETE, issued=None))[0])
    assert [(p.kind, p.source_id) for p in problems] == [("metadata", "a")]
    assert "issued" in problems[0].message


def test_changed_and_orphaned_quotes_are_caught() -> None:
    changed = TEXT.replace("far apart", "very far apart")
    problems = check_project(_project(COMPLETE, changed)[0])
    assert [p.kind for p in problems] == ["changed"]
    gone = "An entirely different article about dairy quotas and lumber."
    problems = check_project(_project(COMPLETE, gone)[0])
    assert [p.kind for p in problems] == ["orphaned"]


def test_cited_excerpt_that_no_longer_exists() -> None:
    project, excerpt_id = _project(COMPLETE)
    del project.excerpts[excerpt_id]
    assert [p.kind for p in check_project(project)] == ["orphaned"]
