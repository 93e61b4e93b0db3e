"""`check`: anything that would make a citation wrong is listed, and each problem says
whether it stops the export — the one rule the app, the command line and the exporter use."""

from __future__ import annotations

from dataclasses import replace

from briefer.core.check import blocking, check_project
from briefer.core.excerpt import make_excerpt
from briefer.core.note import BriefingNote, NoteSection, new_excerpt_block
from briefer.core.project import Project
from briefer.core.source import Source, SourceMeta

TEXT = "Negotiators remain far apart on procurement, sources said, with the United States."
COMPLETE = SourceMeta(type="article-newspaper", title="Talks", container_title="Globe",
                      issued="2018-04-03")


def _project(meta: SourceMeta, text: str = TEXT, mode: str = "quote",
             paraphrase: str = "") -> tuple[Project, str]:
    excerpt = make_excerpt("a", TEXT, 0, 43)
    block = new_excerpt_block(excerpt.id, mode=mode)
    block.paraphrase = paraphrase
    section = NoteSection("s1", "Background", [block])
    project = Project(sources={"a": Source("a", text, meta)}, excerpts={excerpt.id: excerpt},
                      notes={"note": BriefingNote(sections=[section])})
    return project, excerpt.id


def test_clean_project_passes() -> None:
    assert check_project(_project(COMPLETE)[0]) == []


def test_missing_metadata_of_a_cited_source_is_named_and_does_not_stop_export() -> None:
    problems = check_project(_project(replace(COMPLETE, issued=None))[0])
    assert [(p.kind, p.source_id) for p in problems] == [("metadata", "a")]
    assert str(problems[0].message) == "Talks lacks date for its citation."
    assert problems[0].message.text("fr") == "Il manque date à Talks pour sa citation."
    assert blocking(problems) == []


def test_changed_and_orphaned_quotes_are_caught_and_stop_export() -> None:
    changed = TEXT.replace("far apart", "very far apart")
    problems = check_project(_project(COMPLETE, changed)[0])
    assert [p.kind for p in problems] == ["changed"]
    assert problems[0].blocks_export and problems[0].section == "Background"
    assert "very far apart" in str(problems[0].message)
    assert "ne correspond plus" in problems[0].message.text("fr")
    gone = "An entirely different article about dairy quotas and lumber."
    problems = check_project(_project(COMPLETE, gone)[0])
    assert [p.kind for p in problems] == ["orphaned"]
    assert blocking(problems) == problems


def test_cited_excerpt_that_no_longer_exists_stops_export() -> None:
    project, excerpt_id = _project(COMPLETE)
    del project.excerpts[excerpt_id]
    problems = check_project(project)
    assert [p.kind for p in problems] == ["missing-excerpt"]
    assert problems[0].block_ids == (project.note.sections[0].blocks[0].id,)


def test_a_paraphrase_whose_source_changed_is_reported_but_never_marked() -> None:
    changed = TEXT.replace("far apart", "very far apart")
    project, _ = _project(COMPLETE, changed, mode="paraphrase", paraphrase="They disagree.")
    problems = check_project(project)
    assert [p.kind for p in problems] == ["changed"]
    assert blocking(problems) == []
    # an empty paraphrase prints the quotation instead: then it is a quotation
    project, _ = _project(COMPLETE, changed, mode="paraphrase", paraphrase="  ")
    assert len(blocking(check_project(project))) == 1


def test_an_orphan_outside_the_note_is_reported_but_never_marked() -> None:
    project, _ = _project(COMPLETE)
    stray = make_excerpt("a", TEXT, 46, 58)
    project.sources["a"] = Source("a", TEXT.replace("sources said", "officials noted"),
                                  COMPLETE)
    project.excerpts[stray.id] = stray
    problems = check_project(project)
    assert [(p.kind, p.excerpt_id) for p in problems] == [("orphaned", stray.id)]
    assert blocking(problems) == []


def test_each_excerpt_is_anchored_once_per_check(monkeypatch) -> None:
    import briefer.core.check as check

    calls = []
    real = check.anchor
    monkeypatch.setattr(check, "anchor", lambda e, t: calls.append(e.id) or real(e, t))
    project, excerpt_id = _project(COMPLETE)
    project.note.sections[0].blocks.append(new_excerpt_block(excerpt_id, mode="paraphrase"))
    check_project(project)
    assert calls == [excerpt_id]
