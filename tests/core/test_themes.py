"""Automatic themes: the groups of answers an analyst would point to first."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefer.core.outline import Outline, Theme
from briefer.core.survey import Question, Response, Survey
from briefer.core.survey_parser import parse_survey
from briefer.core.draft import count_sentence
from briefer.core.themes import build_outline, find_themes, normalise_word, short_label

DATA = Path(__file__).parent / "data"
SAMPLE = "004_96fd07345242d58f.txt"


def numbers(survey: Survey, theme: Theme) -> list[int]:
    found = [survey.response(r) for r in theme.response_ids]
    return [r.number for r in found if r is not None]


def theme_with(themes: list[Theme], word: str) -> Theme:
    matches = [t for t in themes if word.lower() in t.label.lower()]
    assert matches, f"no theme labelled with {word!r} in {[t.label for t in themes]}"
    return matches[0]


@pytest.fixture
def sample(seeds: Path) -> tuple[Survey, Outline]:
    survey = parse_survey((seeds / SAMPLE).read_text(encoding="utf-8"), "004")
    return survey, build_outline([survey])


def test_sample_outline_sections(sample: tuple[Survey, Outline]) -> None:
    survey, outline = sample
    assert [s.id for s in outline.sections] == ["sec-004-q1", "sec-004-q2", "sec-004-q3"]
    assert [s.label for s in outline.sections] == [
        "Most significant challenge", "Area of shared interest", "Key elements of a strategy"]
    for section, question in zip(outline.sections, survey.questions, strict=True):
        assert section.survey_id == "004"
        assert section.question_id == question.id
        assert section.total == 7
        assert 1 <= len(section.topics()) <= 6
        for theme in section.themes:
            assert theme.origin == "auto"
            assert len(theme.response_ids) >= 2
            assert theme.id.startswith(f"th-004-{question.id}-")
            assert theme.terms or theme.kind == "stance"
            assert numbers(survey, theme) == sorted(numbers(survey, theme))


def test_sample_q1_both_parts_answered(sample: tuple[Survey, Outline]) -> None:
    """"What is the most significant challenge…, and is it new?": themes, and a tally
    of the second part."""
    survey, outline = sample
    section = outline.sections[0]
    assert section.parts[1] == "is it new?"
    assert section.tally_text(1) == "Not new 3 — of 7"
    (not_new,) = section.tally(1)
    assert numbers(survey, not_new) == [2, 3, 7]  # "isn't new", "none of which is new", "not new"
    us = theme_with(section.themes, "domestic")
    # "US" recurs right before "domestic"; the noun that follows it most completes it
    assert us.label == "US domestic policy"
    assert numbers(survey, us) == [1, 2, 5, 6, 7]
    assert us.count_label(section.total) == "5 of 7 respondents"
    assert section.topics()[0] is us  # the largest first
    # Buy America, tools over rules, protectionist approach, disregard for rules: one idea
    protectionism = theme_with(section.themes, "protectionist")
    assert numbers(survey, protectionism) == [1, 3, 6, 7]


def test_sample_q2_climate_change_and_supply_chains(sample: tuple[Survey, Outline]) -> None:
    survey, outline = sample
    themes = outline.sections[1].themes
    climate = theme_with(themes, "climate change")
    assert climate.label == "Climate change"
    # "environmental protection", "harmonized approach to the environment" join it
    assert numbers(survey, climate) == [1, 3, 4, 5, 6, 7]
    supply = theme_with(themes, "supply chain")
    assert supply.label == "Supply chains"
    assert numbers(survey, supply) == [2, 3, 5]
    assert themes.index(climate) < themes.index(supply)
    # inside the large climate theme, China (two answers) is its own theme
    china = theme_with(themes, "china")
    assert china.label == "China"
    assert numbers(survey, china) == [1, 5]
    # a lone adjective takes the noun it qualifies in a key phrase
    assert theme_with(themes, "technological").label == "Technological leadership"


def test_sample_q3_team_canada(sample: tuple[Survey, Outline]) -> None:
    survey, outline = sample
    themes = outline.sections[2].themes
    team = theme_with(themes, "team canada")
    assert team.label == "Team Canada approach"
    assert numbers(survey, team) == [1, 2, 5, 7]
    assert team.count_label(7) == "4 of 7 respondents"
    # "must engage", "should engage stakeholders", "Team Canada engagement": a noun
    engagement = theme_with(themes, "engagement")
    assert engagement.label == "Engagement"
    assert numbers(survey, engagement) == [1, 6, 7]
    assert theme_with(themes, "proactive").label == "Proactive approach"
    # "Canada" is in nearly every answer to every question: background, not a theme
    assert not any(t.label.lower() == "canada" for t in themes)
    assert all(len(t.response_ids) < 7 for t in themes)


def test_themes_sorted_by_count_then_first_response(sample: tuple[Survey, Outline]) -> None:
    survey, outline = sample
    for section in outline.sections:
        keys = [(-len(t.response_ids), numbers(survey, t)[0]) for t in section.topics()]
        assert keys == sorted(keys)
        assert len({t.id for t in section.themes}) == len(section.themes)


def test_minerals_survey() -> None:
    survey = parse_survey((DATA / "survey_minerals.md").read_text(encoding="utf-8"), "min")
    outline = build_outline([survey])
    risks, funding, unanswered, rating = outline.sections
    processing = theme_with(risks.themes, "processing capacity")
    assert numbers(survey, processing) == [1, 3, 6]
    assert numbers(survey, theme_with(risks.themes, "permitting")) == [2, 4]
    assert numbers(survey, theme_with(risks.themes, "export controls")) == [5, 6]
    assert processing.count_label(risks.total) == "3 of 6 respondents"
    training = theme_with(funding.themes, "workforce training")
    assert numbers(survey, training) == [2, 4]
    assert numbers(survey, theme_with(funding.themes, "processing")) == [1, 3]
    # a question nobody answered: a section with no themes
    assert unanswered.total == 0 and unanswered.themes == []
    assert unanswered.label == "What should Canada ask of the United States?"
    assert [risks.label, funding.label, rating.label] == [
        "Risks that matter most", "Where should federal funding go first?",
        "Assessment of the 2024 federal strategy"]
    # "Long permitting timelines", "Permitting delays": the nouns it qualifies
    assert theme_with(risks.themes, "permitting").label == "Permitting timelines and delays"
    assert theme_with(funding.themes, "processing").label == "Processing facilities and plants"
    slow = theme_with(rating.themes, "slow")
    assert slow.label == "Too slow"
    # "too slow" twice, and "the tax credits arrive too late": one idea
    assert numbers(survey, slow) == [3, 4, 5]  # the respondents' own numbers
    assert slow.response_ids == ["q4.r1", "q4.r2", "q4.r3"]


def test_agrifood_survey() -> None:
    survey = parse_survey((DATA / "survey_agrifood.md").read_text(encoding="utf-8"), "agri")
    outline = build_outline([survey])
    worries, markets, other = outline.sections
    assert worries.label == "What worries exporters most about the US market?"
    assert markets.label == "Which other markets should Canada prioritise?"
    barriers = theme_with(worries.themes, "non-tariff barriers")
    assert barriers.label == "Non-tariff barriers"
    # "Retaliatory tariffs" (4) is not a non-tariff barrier
    assert numbers(survey, barriers) == [1, 3, 5]
    border = theme_with(worries.themes, "border")
    assert border.label == "Border closures and inspections"
    assert numbers(survey, border) == [2, 5]
    # "Asian markets" and "the Indo-Pacific": one idea in other words, named by both
    asia = theme_with(markets.themes, "asian markets")
    assert asia.label == "Asian markets / Indo-Pacific"
    assert numbers(survey, asia) == [1, 2, 3, 5]
    # CPTPP and CETA: the trade agreements
    assert numbers(survey, theme_with(markets.themes, "CETA")) == [2, 4]
    # one answer cannot make a theme
    assert other.total == 1 and other.themes == []


def test_verb_heavy_survey_gets_noun_labels() -> None:
    """Imperative answers ("Diversify our export markets") still give noun-phrase labels."""
    survey = parse_survey((DATA / "survey_tariffs.md").read_text(encoding="utf-8"), "tar")
    outline = build_outline([survey])
    first, allies, rating = outline.sections
    assert [s.label for s in outline.sections] == [
        "What should Ottawa do first?", "How should Canada work with US allies?",
        "Assessment of the federal response so far"]
    # "Diversify ...", "diversify trade", "Diversification of markets"
    diversification = theme_with(first.themes, "diversification")
    assert diversification.label == "Diversification"
    assert numbers(survey, diversification) == [1, 2, 5]
    # "engage provincial premiers", "coordinate with the provinces", "coordination with
    # provinces": the provinces; the noun's wording names it
    coordination = theme_with(first.themes, "coordination")
    assert coordination.label == "Coordination with provinces"
    assert numbers(survey, coordination) == [1, 3, 5]
    # no noun for "invest" in the answers: none is invented
    assert numbers(survey, theme_with(first.themes, "invest")) == [4, 6]
    assert theme_with(first.themes, "invest").label == "Invest"
    # "Build coalitions" and "coalition building" are one wording; the noun-led one names it
    coalitions = theme_with(allies.themes, "coalition")
    assert coalitions.label == "Coalition building"
    assert numbers(survey, coalitions) == [1, 3]
    # Washington, state legislators, Congress: US lawmakers, one idea
    assert numbers(survey, theme_with(allies.themes, "congress")) == [2, 4, 5]
    timid = theme_with(rating.themes, "timid")
    assert timid.label == "Too timid"
    assert count_sentence(len(timid.response_ids), rating.total, timid.label) == \
        "Two of four respondents call it too timid."


def _answers(question_text: str, answers: list[str]) -> Question:
    question = Question(id="q1", text=question_text, start=0, end=0)
    question.responses = [Response(id=f"q1.r{k}", number=k, text=t, start=0, end=0)
                          for k, t in enumerate(answers, start=1)]
    return question


def test_verb_labels_take_the_answers_noun() -> None:
    themes = find_themes(_answers("What should Canada do?", [
        "Engage provinces early and often.", "We must engage provinces before any deal.",
        "Engagement with industry matters.", "Protect the auto sector.",
        "Protection of the auto sector from tariffs.", "Invest in ports."]))
    assert [t.label for t in themes] == ["Engagement of provinces",
                                         "Protection of the auto sector"]
    themes = find_themes(_answers("How should Ottawa respond?", [
        "Diversify our export markets.", "Diversifying export markets is overdue.",
        "Retaliate with targeted tariffs.", "Targeted tariffs on US goods."]))
    assert [t.label for t in themes] == ["Diversifying export markets", "Targeted tariffs"]


def test_drafted_sentences_read_as_prose(seeds: Path, sample: tuple[Survey, Outline]) -> None:
    """The note drafted from the outline says what respondents point to, in nouns."""
    text = (seeds / SAMPLE).read_text(encoding="utf-8")
    _survey, outline = sample
    sentences = [count_sentence(len(t.response_ids), s.total, t.label, text)
                 for s in outline.sections for t in s.topics()]
    assert "Five of seven respondents point to US domestic policy." in sentences
    assert "Three of seven respondents point to engagement." in sentences
    assert "Four of seven respondents point to Team Canada approach." in sentences
    assert "Six of seven respondents point to climate change." in sentences


def test_words_repeating_the_question_are_not_themes() -> None:
    question = Question(id="q1", text="What should we do about steel tariffs?", start=0, end=0)
    answers = ["Fight the steel tariffs at the WTO.", "Steel tariffs hurt; seek WTO rulings.",
               "Negotiate quotas instead of steel tariffs.", "Tariffs on steel must go."]
    question.responses = [Response(id=f"q1.r{k}", number=k, text=t, start=0, end=0)
                          for k, t in enumerate(answers, start=1)]
    themes = find_themes(question)
    assert [t.label for t in themes] == ["WTO"]
    assert themes[0].response_ids == ["q1.r1", "q1.r2"]
    assert themes[0].id == "th-q1-wto"


def test_no_themes_without_answers_or_shared_ideas() -> None:
    question = Question(id="q1", text="Anything else?", start=0, end=0)
    assert find_themes(question) == []
    question.responses = [
        Response(id="q1.r1", number=1, text="Dairy quotas.", start=0, end=0),
        Response(id="q1.r2", number=2, text="Softwood lumber.", start=0, end=0)]
    assert find_themes(question) == []


def test_normalisation() -> None:
    assert {normalise_word(w) for w in ("politics", "political", "politically")} == {"politic"}
    assert {normalise_word(w) for w in ("US", "U.S.", "U.S.A.")} == {"us"}
    assert normalise_word("chains") == normalise_word("chain")
    assert normalise_word("policies") == normalise_word("policy")
    assert normalise_word("Canada's") == normalise_word("Canadian") == "canada"
    assert normalise_word("non-tariff") != normalise_word("tariff")
    assert normalise_word("supply") == "supply"
    # a verb and the noun made from it are one term
    assert normalise_word("engage") == normalise_word("engagement")
    assert normalise_word("coordinate") == normalise_word("coordination")
    assert normalise_word("protect") == normalise_word("protection")
    assert len({normalise_word(w) for w in ("diversify", "diversified", "diversifying",
                                            "diversification")}) == 1
    assert normalise_word("environment") == normalise_word("environmental")
    assert normalise_word("region") != normalise_word("reg")


@pytest.mark.parametrize("question, label", [
    ("What is the most significant challenge in the trade relationship between Canada and "
     "the United States, and is it new?", "Most significant challenge"),
    ("Which area of shared interest among the United States and Canada holds most potential "
     "for impactful collaboration between the two countries?", "Area of shared interest"),
    ("What are the key elements of a strategy for managing the trade relationship with the "
     "United States?", "Key elements of a strategy"),
    # with an auxiliary the verb cannot be found: the question form stays, whole
    ("Q2: Which other markets should Canada prioritise?",
     "Which other markets should Canada prioritise?"),
    ("In your view, how should Ottawa respond to steel tariffs?",
     "How should Ottawa respond to steel tariffs?"),
    ("What steps should Canada take to secure its energy exports to the United States over "
     "the next decade?", "What steps should Canada take"),
    ("What kind of support do exporters need?", "What kind of support do exporters need?"),
    ("What worries exporters most?", "What worries exporters most?"),
    # "which <plural noun> <verb>" and "which <noun> is": a relative clause
    ("Which risks matter most for critical mineral supply?", "Risks that matter most"),
    ("Which sector is most exposed to the tariffs?", "Sector that is most exposed"),
    ("Which countries offer the best prospects?", "Countries that offer the best prospects"),
    ("How do you rate the 2024 federal strategy?", "Assessment of the 2024 federal strategy"),
    ("Who are the key actors in Washington?", "Key actors in Washington"),
    ("Please describe the main obstacles to interprovincial trade.",
     "Main obstacles to interprovincial trade"),
    ("Anything else?", "Anything else"),
    ("Challenges", "Challenges"),
    ("2024 outlook", "2024 outlook"),
    ("", ""),
])
def test_short_label(question: str, label: str) -> None:
    assert short_label(question) == label


def test_deterministic_across_hash_seeds(seeds: Path) -> None:
    """The same survey gives the same outline whatever PYTHONHASHSEED is."""
    script = (
        "import json,sys;from pathlib import Path;"
        "from briefer.core.survey_parser import parse_survey;"
        "from briefer.core.themes import build_outline;"
        f"paths=[Path({str(seeds / SAMPLE)!r}), *sorted(Path({str(DATA)!r}).glob('*.md'))];"
        "print(json.dumps([build_outline([parse_survey(p.read_text(encoding='utf-8'),'s')])"
        ".to_dict() for p in paths]))"
    )
    outputs = set()
    for seed in ("0", "1", "12345"):
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                              env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1


def test_several_surveys_get_distinct_ids(seeds: Path) -> None:
    text = (seeds / SAMPLE).read_text(encoding="utf-8")
    outline = build_outline([parse_survey(text, "a"), parse_survey(text, "b")])
    ids = [t.id for s in outline.sections for t in s.themes]
    assert len(ids) == len(set(ids))
    assert len(outline.sections) == 6
    assert Outline.from_dict(outline.to_dict()).to_dict() == outline.to_dict()


def test_find_themes_alone_ignores_what_everyone_says(seeds: Path) -> None:
    """Without the other questions, a word in every answer ("Canada") is the topic."""
    survey = parse_survey((seeds / SAMPLE).read_text(encoding="utf-8"), "004")
    themes = find_themes(survey.questions[2])
    team = theme_with(themes, "team canada")
    assert numbers(survey, team) == [1, 2, 5, 7]
    assert team.id == "th-q3-team-canada-approach"
    assert all(len(t.response_ids) < 7 for t in themes)
