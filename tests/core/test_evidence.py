"""The evidence finder against a reader's judgement of the bundled sample.

The judgement below was written from reading the four articles, before the
finder ran: for each main theme (the first topic of each question), which
passages of the news speak to it. The finder must put at least one of them
in its top three.
"""

from __future__ import annotations

import pytest

from briefer.core.evidence import (EvidenceIndex, evidence_for_text, evidence_for_theme,
                                   passage_bounds)
from briefer.core.outline import Outline, OutlineSection, Theme
from briefer.core.project import Project
from briefer.core.source import Source, SourceKind

# Main theme -> words that identify each passage judged relevant.
JUDGED = {
    # Respondents: US domestic politics drive a protectionist US trade policy.
    "US domestic policy": (
        "hampered by legacy protectionist measures",
        "These tariffs, established during the Trump era",
        "continued to undermine his administration’s attempts",
        "called on Congress to pass rules to match",
        "up to the White House to clarify whether the President’s threats",
        "Washington wants to make trade peace in North America",
    ),
    # Respondents: climate change and the environment as shared ground.
    "Climate change": (
        "labour and the environment appears to have created hurdles",
    ),
    # Respondents: remind the US of shared interests; mutual benefit.
    "Shared interests": (
        "must be met with mutual cooperation",
        "the spirit of partnership is reflected on both sides",
        "emphasizing the need for ‘mutuality’",
        "a genuine, two-way street",
    ),
}


@pytest.fixture(scope="module")
def sample(seeds) -> Project:  # type: ignore[no-untyped-def]
    from briefer.io.project_file import load_project

    return load_project(seeds)


@pytest.fixture(scope="module")
def seeds():  # type: ignore[no-untyped-def]
    from briefer.bundled import seeds_dir

    return seeds_dir()


def _main_theme(project: Project, label: str) -> Theme:
    for section in project.outline.sections:
        topics = section.topics()
        if topics and topics[0].label == label:
            return topics[0]
    raise AssertionError(f"{label!r} is not the main theme of any question")


def _top_three_texts(project: Project, theme: Theme) -> list[str]:
    found = evidence_for_theme(project, theme.id, limit=3)
    return [project.sources[p.source_id].text[p.start:p.end] for p in found]


@pytest.mark.parametrize("label", [
    "US domestic policy",
    "Climate change",
    "Shared interests",  # the news says 'reciprocity', 'mutuality': the concept's words
])
def test_each_main_theme_finds_a_judged_passage_in_its_top_three(sample: Project,
                                                                 label: str) -> None:
    texts = _top_three_texts(sample, _main_theme(sample, label))
    assert any(words in text for text in texts for words in JUDGED[label]), texts


def test_the_main_themes_are_the_ones_judged(sample: Project) -> None:
    mains = [s.topics()[0].label for s in sample.outline.sections if s.topics()]
    assert mains == list(JUDGED)


def test_a_passage_carries_exact_offsets_and_its_matched_words(sample: Project) -> None:
    theme = _main_theme(sample, "Climate change")
    best = evidence_for_theme(sample, theme.id)[0]
    text = sample.sources[best.source_id].text
    assert sample.sources[best.source_id].kind is SourceKind.ARTICLE
    assert "environment" in best.matched
    assert all(text[a:b] in best.matched for a, b in best.spans)
    assert all(best.start <= a < b <= best.end for a, b in best.spans)
    assert text[best.start:best.end].startswith("An insistence on prioritizing")


def test_a_false_friend_ranks_below_the_real_thing(sample: Project) -> None:
    """"The current climate requires…" is no climate change."""
    theme = _main_theme(sample, "Climate change")
    texts = _top_three_texts(sample, theme)
    assert "the environment" in texts[0]


def test_results_are_ranked_best_first(sample: Project) -> None:
    theme = _main_theme(sample, "Climate change")
    scores = [p.score for p in evidence_for_theme(sample, theme.id, limit=10)]
    assert scores == sorted(scores, reverse=True)


def test_selected_text_finds_its_evidence_elsewhere(sample: Project) -> None:
    survey = next(s for s in sample.sources.values() if s.kind is SourceKind.SURVEY)
    words = "a focus on showing the negative impact of protectionist measures"
    start = survey.text.index("focus on showing")
    found = evidence_for_text(sample, words, exclude=(survey.id, start, start + len(words)))
    assert found
    best = sample.sources[found[0].source_id].text[found[0].start:found[0].end]
    assert "protectionist measures" in best


def test_sentences_are_not_cut_at_abbreviations() -> None:
    text = "U.S. President Donald Trump spoke. Mr. Lighthizer agreed to it, sources said."
    assert [text[a:b] for a, b in passage_bounds(text)] == [
        "U.S. President Donald Trump spoke. Mr. Lighthizer agreed to it, sources said."]
    text = "The talks began in Ottawa on Monday morning. They ended in Washington on Friday."
    assert [text[a:b] for a, b in passage_bounds(text)] == [
        "The talks began in Ottawa on Monday morning.",
        "They ended in Washington on Friday."]


def _invented() -> Project:
    article = Source(id="a1", text=(
        "Dairy farmers in Quebec met the minister on Monday to discuss milk quotas.\n\n"
        "The minister promised a review of supply management before the autumn.\n"),
        kind=SourceKind.ARTICLE)
    survey_text = ("# What worries you most?\n\n1. **Fisheries** and the decline of cod "
                   "stocks.\n2. The **fisheries** of the Atlantic coast.\n")
    survey = Source(id="s1", text=survey_text, kind=SourceKind.SURVEY)
    project = Project(sources={"a1": article, "s1": survey})
    project.outline = Outline([OutlineSection(
        id="sec", survey_id="s1", question_id="q1", label="Worries", total=2,
        themes=[Theme(id="th-fish", label="Fisheries", response_ids=["q1.r1", "q1.r2"],
                      terms=["fisheries"]),
                Theme(id="th-dairy", label="Dairy quotas", terms=["dairy"])])])
    return project


def test_a_theme_no_news_source_speaks_to_finds_nothing() -> None:
    project = _invented()
    assert evidence_for_theme(project, "th-fish") == []
    found = evidence_for_theme(project, "th-dairy")
    assert found and project.sources["a1"].text[found[0].start:].startswith("Dairy farmers")


def test_the_survey_itself_is_never_evidence() -> None:
    project = _invented()
    index = EvidenceIndex.of_project(project)
    assert {u.source_id for u in index.units} == {"a1"}
    assert evidence_for_text(project, "fisheries cod stocks", index=index) == []


@pytest.mark.parametrize(("label", "lone"), [("Shared interests", "shared"),
                                             ("Team Canada approach", "team")])
def test_a_lone_word_of_the_theme_is_no_evidence(sample: Project, label: str,
                                                 lone: str) -> None:
    """"Widely shared" benefits and the Canadian trade team's morale share a word with
    "Shared interests" and "Team Canada approach", not their idea: never shown."""
    theme = next(t for s in sample.outline.sections for t in s.themes if t.label == label)
    for passage in evidence_for_theme(sample, theme.id):
        assert [m.casefold() for m in passage.matched] != [lone], passage
