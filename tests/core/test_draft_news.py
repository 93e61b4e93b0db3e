"""Draft from outline quotes the news: the best passage for each main theme, cited,
and a sentence naming the main themes no news source speaks to."""

from __future__ import annotations

import pytest

from briefer.core.draft import draft, draft_note
from briefer.core.note import ExcerptBlock, NoteSection, ProseBlock
from briefer.core.outline import Outline, OutlineSection, Theme
from briefer.core.project import Project
from briefer.core.source import Source, SourceKind
from briefer.io.templates import load_template


@pytest.fixture
def sample(seeds) -> Project:  # type: ignore[no-untyped-def]
    from briefer.io.project_file import load_project

    return load_project(seeds)


def _section(note_sections: list[NoteSection], title: str) -> NoteSection:
    return next(s for s in note_sections if s.title == title)


def _prose(section: NoteSection) -> list[str]:
    return [b.markdown for b in section.blocks if isinstance(b, ProseBlock)]


def test_current_status_quotes_the_news_for_each_main_theme(sample: Project) -> None:
    drafted = draft(sample, load_template("briefing-note"))
    status = _section(drafted.note.sections, "Current Status")
    quoted = [drafted.new_excerpts[b.excerpt_id] for b in status.blocks
              if isinstance(b, ExcerptBlock)]
    mains = [s.topics()[0] for s in sample.outline.sections]
    assert [e.theme_ids for e in quoted] == [[t.id] for t in mains]
    assert all(sample.sources[e.source_id].kind is SourceKind.ARTICLE for e in quoted)
    texts = {e.theme_ids[0]: sample.sources[e.source_id].text[e.position.start:e.position.end]
             for e in quoted}
    climate = next(t for t in mains if t.label == "Climate change")
    assert "labour and the environment" in texts[climate.id]
    assert _prose(status)[1] == "- On climate change, the news reports:"
    assert len({(e.source_id, e.position.start) for e in quoted}) == len(quoted)
    # The news says "reciprocity" and "mutuality" for shared interests: a concept's words
    shared = next(t for t in mains if t.label == "Shared interests")
    assert "ecipro" in texts[shared.id] or "mutuality" in texts[shared.id]
    assert not any(p.startswith("No news source") for p in _prose(status))


def test_background_says_how_many_articles_it_quotes(sample: Project) -> None:
    note = draft_note(sample, load_template("briefing-note"))
    background = _prose(_section(note.sections, "Background"))
    cited = {sample.excerpts[b.excerpt_id].source_id for b in note.excerpt_blocks()
             if sample.sources[sample.excerpts[b.excerpt_id].source_id].kind
             is SourceKind.ARTICLE}
    assert len(cited) == 2
    assert background == ["This note draws on four news articles (two quoted below) and a "
                          "survey of seven experts on three questions."]
    assert cited  # the articles it names are cited, not only counted


def test_a_template_without_current_status_takes_the_news_in_background(
        sample: Project) -> None:
    drafted = draft(sample, load_template("memo-decision"))
    background = _section(drafted.note.sections, "Background")
    assert any(isinstance(b, ExcerptBlock) for b in background.blocks)


def _uncovered_project() -> Project:
    article = Source(id="a1", kind=SourceKind.ARTICLE, text=(
        "Dairy farmers in Quebec met the minister on Monday to discuss milk quotas.\n"))
    survey = Source(id="s1", kind=SourceKind.SURVEY, text=(
        "# What worries you most?\n\n1. **Fisheries** and the decline of cod stocks.\n"
        "2. The **fisheries** of the Atlantic coast.\n"))
    project = Project(sources={"a1": article, "s1": survey})
    project.outline = Outline([OutlineSection(
        id="sec", survey_id="s1", question_id="q1", label="Worries", total=2,
        themes=[Theme(id="th-fish", label="Fisheries", response_ids=["q1.r1", "q1.r2"],
                      terms=["fisheries"])])])
    return project


def test_main_themes_no_news_speaks_to_are_named() -> None:
    drafted = draft(_uncovered_project(), load_template("briefing-note"))
    status = _section(drafted.note.sections, "Current Status")
    assert _prose(status) == ["No news source in the project speaks to: fisheries."]
    assert not any(isinstance(b, ExcerptBlock) for b in status.blocks)
    assert _prose(_section(drafted.note.sections, "Background"))[0].startswith(
        "This note draws on one news article and a survey")


def test_without_news_articles_the_draft_says_nothing_of_the_news() -> None:
    project = _uncovered_project()
    del project.sources["a1"]
    drafted = draft(project, load_template("briefing-note"))
    assert _section(drafted.note.sections, "Current Status").blocks == []


def test_drafting_twice_reuses_the_news_excerpts(sample: Project) -> None:
    draft_note(sample, load_template("briefing-note"))
    before = set(sample.excerpts)
    again = draft(sample, load_template("briefing-note"))
    status = _section(again.note.sections, "Current Status")
    assert all(b.excerpt_id in before for b in status.blocks if isinstance(b, ExcerptBlock))
