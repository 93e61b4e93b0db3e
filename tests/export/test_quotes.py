"""Quotations of Markdown sources: the source's exact words, its emphasis shown, no asterisks."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from briefer.core.excerpt import make_excerpt
from briefer.core.note import NoteSection, new_excerpt_block
from briefer.core.project import Project
from briefer.core.source import Source, SourceKind
from briefer.export import ExportError, export_docx
from briefer.export.markdown_runs import emphasis_runs, split_paragraphs
from briefer.core.check import blocking, check_project

SURVEY = (
    "# What is the most significant challenge?\n\n"
    "1. The challenge is **the continued US domestic focused priorities**, such as the "
    "**Buy America plan**, and the *use of tools* over rules.\n"
    "2. We **need to remind** the United States & its snake_case_names that 3 * 4 = 12.\n"
)


def _runs(text: str, words: str) -> list[tuple[str, bool, bool]]:
    start = text.index(words)
    paragraphs = split_paragraphs(emphasis_runs(text, start, start + len(words)))
    return [(r.text, r.bold, r.italic) for para in paragraphs for r in para]


def test_bold_and_italic_come_from_the_markers() -> None:
    runs = _runs(SURVEY, "The challenge is **the continued US domestic focused priorities**, such")
    assert runs == [("The challenge is ", False, False),
                    ("the continued US domestic focused priorities", True, False),
                    (", such", False, False)]
    assert ("use of tools", False, True) in _runs(SURVEY, "the *use of tools* over")


def test_a_quote_starting_or_ending_inside_a_key_phrase_keeps_its_bold() -> None:
    assert _runs(SURVEY, "domestic focused priorities**, such as the **Buy") == [
        ("domestic focused priorities", True, False), (", such as the ", False, False),
        ("Buy", True, False)]


def test_every_other_character_is_kept() -> None:
    runs = _runs(SURVEY, "We **need to remind** the United States & its snake_case_names "
                         "that 3 * 4 = 12.")
    assert "".join(r[0] for r in runs) == ("We need to remind the United States & its "
                                           "snake_case_names that 3 * 4 = 12.")
    assert [r[0] for r in runs if r[1]] == ["need to remind"]


def test_an_unpaired_marker_is_never_printed() -> None:
    text = "A stray **marker left open in the answer.\n"
    assert "".join(r[0] for r in _runs(text, text.strip())) == "A stray marker left open in " \
                                                                "the answer."


def test_emphasis_does_not_run_across_answers() -> None:
    text = "1. First *answer\n2. Second* answer.\n"
    assert all(not italic for _, _, italic in _runs(text, "First *answer"))


def _project(quote: str, *, mode: str = "quote", lead_in: str = "") -> tuple[Project, Source]:
    survey = Source(id="survey", text=SURVEY, kind=SourceKind.SURVEY, filename="survey.md")
    project = Project(sources={"survey": survey})
    start = SURVEY.index(quote)
    excerpt = make_excerpt("survey", SURVEY, start, start + len(quote))
    project.excerpts[excerpt.id] = excerpt
    block = new_excerpt_block(excerpt.id, lead_in=lead_in)
    block.mode = mode
    project.note.sections.append(NoteSection(id="k", title="Key Considerations", blocks=[block]))
    return project, survey


def _paragraph(out: Path, words: str):
    document = docx.Document(str(out))
    return next(p for p in document.paragraphs if words in p.text)


@pytest.mark.parametrize("mode", ["quote", "paraphrase"])
def test_survey_quote_in_the_document_is_bold_where_the_survey_is(mode: str,
                                                                   tmp_path: Path) -> None:
    """A paraphrase block with no words of its own prints the quotation: same rendering."""
    project, _ = _project("priorities**, such as the **Buy America plan**, and the *use of "
                          "tools* over rules.", mode=mode,
                          lead_in="As **one** respondent put it:")
    out = tmp_path / "note.docx"
    export_docx(project, out)
    # short: it runs into the lead-in's sentence, in quotation marks
    quote = _paragraph(out, "priorities")
    assert quote.style.name == "Normal"
    assert quote.text == ("As one respondent put it: “priorities, such as the Buy America plan, "
                          "and the use of tools over rules.”")
    assert [r.text for r in quote.runs if r.bold] == ["one", "priorities", "Buy America plan"]
    assert [r.text for r in quote.runs if r.italic] == ["use of tools"]
    xml = docx.Document(str(out)).element.xml
    assert "**" not in xml


def test_verification_compares_the_exact_source_text(tmp_path: Path) -> None:
    quote = "The challenge is **the continued US domestic focused priorities**"
    project, survey = _project(quote)
    assert blocking(check_project(project)) == []
    # the recorded words include the markers: the same words without them are a change
    survey.text = SURVEY.replace(quote, "The challenge is the continued US domestic focused "
                                        "priorities")
    problems = blocking(check_project(project))
    assert len(problems) == 1
    with pytest.raises(ExportError, match="no longer match"):
        export_docx(project, tmp_path / "note.docx")


def test_a_plain_text_source_keeps_its_asterisks(tmp_path: Path) -> None:
    text = "Output rose 3 * 2 times, said the **minister**.\n"
    source = Source(id="a", text=text, filename="a.txt")
    project = Project(sources={"a": source})
    excerpt = make_excerpt("a", text, 0, len(text) - 1)
    project.excerpts[excerpt.id] = excerpt
    project.note.sections.append(NoteSection(id="k", title="Background",
                                             blocks=[new_excerpt_block(excerpt.id)]))
    out = tmp_path / "note.docx"
    export_docx(project, out)
    assert _paragraph(out, "Output rose").text == f"“{text.strip()}”"
