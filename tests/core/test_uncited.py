"""A source's words in the analyst's text without a citation are named by the check."""

from __future__ import annotations

from briefer.core.check import check_project
from briefer.core.note import NoteSection, new_prose
from briefer.core.project import Project
from briefer.core.source import Source

ARTICLE = ("OTTAWA — Canada is continuing to defend its supply management system in the "
           "talks, the minister said on Tuesday, while officials prepare for the joint "
           "review of the trade agreement next year.\n")


def _project(*paragraphs: str) -> Project:
    project = Project(sources={"a": Source(id="a", text=ARTICLE),
                               "b": Source(id="b", text="Unrelated words about lumber.\n")})
    project.note.sections.append(NoteSection(id="s", title="Background",
                                             blocks=[new_prose(p) for p in paragraphs]))
    return project


def _uncited(project: Project) -> list:
    return [p for p in check_project(project) if p.kind == "uncited"]


def test_a_pasted_sentence_is_named_with_its_source() -> None:
    project = _project("Our view: canada is **continuing** to defend its supply management "
                       "system in the talks, the Minister said.")
    (problem,) = _uncited(project)
    assert problem.source_id == "a" and problem.section == "Background"
    assert not problem.blocks_export
    assert "repeats" in str(problem.message) and "word for word" in str(problem.message)


def test_own_words_a_short_common_phrase_and_a_quoted_question_are_not() -> None:
    assert _uncited(_project("Canada will defend supply management in the review.")) == []
    assert _uncited(_project("As asked, “Canada is continuing to defend its supply "
                             "management system in the talks, the minister said”.")) == []
    assert _uncited(_project("The minister said on Tuesday that talks go on.")) == []


def test_every_alignment_of_a_long_enough_run_is_found() -> None:
    words = ARTICLE.split()[2:]
    for shift in range(8):
        run = " ".join(words[shift:shift + 15])
        assert _uncited(_project(f"Lead words here then {run} and our own ending.")), run
