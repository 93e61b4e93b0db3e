"""The first draft from the outline: counts in words, one cited quotation per theme."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from briefer.core.draft import count_sentence, draft_note, number_word
from briefer.core.note import ExcerptBlock, ProseBlock
from briefer.core.outline import Outline, OutlineSection, Theme
from briefer.core.project import Project
from briefer.core.source import Source, SourceKind
from briefer.core.template import Template, TemplateSection
from briefer.export import export_docx
from briefer.export.footnotes import read_footnotes
from briefer.core.check import blocking, check_project

TEMPLATE = Template(name="briefing-note", title="Briefing note", sections=[
    TemplateSection("Purpose", role="purpose"),
    TemplateSection("Background", role="background"),
    TemplateSection("Key Considerations", role="outline"),
    TemplateSection("Options/Strategy", role="strategy"),
    TemplateSection("Recommendation", role="recommendation"),
])


@pytest.fixture
def seeded(seeds) -> Project:
    from briefer.io.project_file import load_project

    project = load_project(seeds)
    project.note.meta.subject = "Managing the Canada–US trade relationship"
    return project


def test_count_sentences() -> None:
    assert count_sentence(5, 7, "US domestic politics") == \
        "Five of seven respondents point to US domestic politics."
    assert count_sentence(1, 7, "China", "Counterbalancing China") == \
        "One of seven respondents points to China."
    assert count_sentence(7, 7, "Climate change", "on climate change") == \
        "All seven respondents point to climate change."
    assert number_word(21) == "21"


def test_draft_from_the_sample_outline(seeded: Project) -> None:
    note = draft_note(seeded, TEMPLATE)
    titles = [s.title for s in note.sections]
    assert titles == ["Purpose", "Background", "Key Considerations", "Options/Strategy",
                      "Recommendation"]
    purpose = note.sections[0].blocks[0]
    assert isinstance(purpose, ProseBlock)
    assert purpose.markdown == ("To inform you of expert views and recent reporting on managing "
                                "the Canada–US trade relationship.")
    assert "four news articles" in note.sections[1].blocks[0].markdown

    themes = sum(len(s.topics()) for s in seeded.outline.sections)
    # Background also quotes the news for each question's main theme ("- On …, the news
    # reports:" and the passage), so its four articles are cited, not only counted.
    news = [b for b in note.sections[1].blocks if isinstance(b, ExcerptBlock)]
    assert news and all(seeded.sources[seeded.excerpts[b.excerpt_id].source_id].kind
                        is SourceKind.ARTICLE for b in news)
    bullets = [b.markdown for s in note.sections for b in s.blocks
               if isinstance(b, ProseBlock) and b.markdown.startswith("- ")
               and not b.markdown.endswith("the news reports:")]
    # the tally of "…, and is it new?" first, then one bullet per theme
    assert bullets[0] == "- Asked “Is it new?”, of seven respondents, three say it is not new."
    counted = [b for b in bullets if re.match(r"- [A-Z][a-z]+ of seven respondents? points? to ",
                                              b)]
    assert len(counted) == themes == len(bullets) - 1
    quotes = note.excerpt_blocks()
    assert len(quotes) == themes + len(news)
    # the strategy question lands under Options/Strategy
    strategy = note.sections[3]
    assert any(isinstance(b, ProseBlock) and "strategy" in b.markdown.lower()
               for b in strategy.blocks)
    assert note.sections[4].blocks == []


def test_drafted_quotes_are_exact_survey_words_and_verify(seeded: Project) -> None:
    seeded.note = draft_note(seeded, TEMPLATE)
    survey = next(s for s in seeded.sources.values() if s.kind is SourceKind.SURVEY)
    news = {b.id for b in seeded.note.sections[1].blocks}  # Background quotes the news
    for block in seeded.note.excerpt_blocks():
        excerpt = seeded.excerpts[block.excerpt_id]
        source = seeded.sources[excerpt.source_id]
        assert source.id == survey.id or block.id in news
        assert source.text[excerpt.position.start:excerpt.position.end] == excerpt.exact
        assert len(excerpt.theme_ids) >= 1
    assert blocking(check_project(seeded)) == []
    quoted = [seeded.excerpts[b.excerpt_id].exact for b in seeded.note.excerpt_blocks()]
    per_section = {}
    for section in seeded.note.sections:
        ids = [b.excerpt_id for b in section.blocks if isinstance(b, ExcerptBlock)]
        per_section[section.title] = ids
    for ids in per_section.values():  # no answer quoted twice in one section
        assert len(ids) == len(set(ids))
    assert all(q.strip() == q for q in quoted)


def test_drafting_twice_reuses_excerpts(seeded: Project) -> None:
    draft_note(seeded, TEMPLATE)
    count = len(seeded.excerpts)
    draft_note(seeded, TEMPLATE)
    assert len(seeded.excerpts) == count


def test_draft_keeps_the_note_metadata_and_takes_the_template_purpose(seeded: Project) -> None:
    seeded.note.meta.to = "Deputy Minister"
    decision = Template(name="memo-decision", title="Memorandum for decision",
                        purpose="decision", sections=[TemplateSection("Issue", role="purpose")])
    note = draft_note(seeded, decision)
    assert note.meta.to == "Deputy Minister" and note.meta.purpose == "decision"
    assert note.sections[0].blocks[0].markdown.startswith("To seek your decision on")


def test_template_without_outline_roles_still_gets_the_themes(seeded: Project) -> None:
    plain = Template(name="plain", title="Note", sections=[TemplateSection("Notes")])
    note = draft_note(seeded, plain)
    assert note.excerpt_blocks()


def test_outline_without_a_survey_text_drafts_counts_only() -> None:
    project = Project(sources={"a": Source(id="a", text="Some article.")})
    project.outline = Outline(sections=[OutlineSection(
        id="o1", survey_id="gone", question_id="q1", label="Challenges", total=4,
        themes=[Theme(id="t1", label="Tariffs", response_ids=["q1.r1", "q1.r2"])])])
    note = draft_note(project, TEMPLATE)
    texts = [b.markdown for s in note.sections for b in s.blocks if isinstance(b, ProseBlock)]
    assert "- Two of four respondents point to Tariffs." in texts
    assert note.excerpt_blocks() == []


def test_drafted_sample_note_exports_with_survey_citations(seeded: Project,
                                                          tmp_path: Path) -> None:
    seeded.note = draft_note(seeded, TEMPLATE)
    out = tmp_path / "draft.docx"
    report = export_docx(seeded, out)
    notes = read_footnotes(docx.Document(str(out)))
    assert len(notes) == report.footnotes == len(seeded.note.excerpt_blocks())
    news = [b for b in seeded.note.sections[1].blocks if isinstance(b, ExcerptBlock)]
    answers = [n for n in notes if re.search(r"response \d+ to question \d+\.$", n)]
    assert len(answers) == len(notes) - len(news) and news
    assert "Section “Recommendation” is empty and was left out." in map(str, report.warnings)


def test_every_question_appears_tallies_first_and_never_a_rejecting_quote() -> None:
    """A closed question drafts its split; a question with no shared view says so; a theme
    is never illustrated by an answer that rejects it; grammar follows the answers."""
    from briefer.core.themes import build_outline

    text = ("# Should Canada join the new agreement?\n\n1. No, the costs are too high.\n"
            "2. No.\n3. Yes, quickly.\n4. Only if the provinces agree.\n5. Never.\n\n"
            "# Anything else?\n\n1. Dairy quotas.\n2. Softwood lumber.\n\n"
            "# What should Ottawa protect first?\n\n1. The environment, above all.\n"
            "2. Protect the environment and the water.\n3. Litigation alone has failed.\n"
            "4. Keep up litigation at the panels.\n5. Litigation, again and again.\n")
    source = Source(id="s", text=text, kind=SourceKind.SURVEY)
    project = Project(sources={"s": source})
    project.outline = build_outline(project.surveys())
    note = draft_note(project, TEMPLATE)
    texts = [b.markdown for s in note.sections for b in s.blocks if isinstance(b, ProseBlock)]
    assert "- Of five respondents, three say no, one says yes and one sets conditions." in texts
    assert "- No common view: each respondent raised a different point." in texts
    assert "- Two of five respondents point to the environment." in texts
    assert any(t.startswith("- Two of five respondents point to litigation.") for t in texts)
    quoted = [project.excerpts[b.excerpt_id].quote.exact for b in note.excerpt_blocks()]
    assert not any("alone has failed" in q for q in quoted)
