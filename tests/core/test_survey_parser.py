"""The survey parser: questions, responses and key phrases with exact spans."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.core.survey import Survey
from briefer.core.survey_parser import looks_like_survey, parse_survey
from briefer.core.text import normalise_text

DATA = Path(__file__).parent / "data"
SAMPLE = "004_96fd07345242d58f.txt"
ARTICLES = ["000_d766df9ca366892d.txt", "001_3e22afcecaafb256.txt",
            "002_6b756e5339d96a34.txt", "003_f9fcf619b2448e04.txt"]


def check_spans(text: str, survey: Survey) -> None:
    """Every span points at exactly the element it belongs to."""
    for question in survey.questions:
        assert " ".join(text[question.start:question.end].split()) == question.text
        for response in question.responses:
            span = text[response.start:response.end]
            assert span == span.strip() and span, response.id
            # the marker is outside the span, the content starts right at it
            assert not span.startswith(("1.", "- ", "* ", "+ ")) or response.text.startswith("1")
            for phrase in response.key_phrases:
                assert response.start <= phrase.start < phrase.end <= response.end
                raw = text[phrase.start:phrase.end]
                if "&" not in raw and "\\" not in raw:  # entities and escapes differ
                    assert " ".join(raw.split()) == phrase.text
                assert phrase.text in response.text


@pytest.fixture
def sample(seeds: Path) -> tuple[str, Survey]:
    text = (seeds / SAMPLE).read_text(encoding="utf-8")
    return text, parse_survey(text, "004")


def test_sample_has_three_questions_of_seven_answers(sample: tuple[str, Survey]) -> None:
    text, survey = sample
    assert survey.source_id == "004"
    assert [q.id for q in survey.questions] == ["q1", "q2", "q3"]
    assert survey.questions[0].text.startswith("What is the most significant challenge")
    assert survey.questions[0].text.endswith("and is it new?")
    for question in survey.questions:
        assert [r.number for r in question.responses] == [1, 2, 3, 4, 5, 6, 7]
        assert [r.id for r in question.responses] == [f"{question.id}.r{k}" for k in range(1, 8)]
    check_spans(text, survey)


def test_sample_spans_are_exact(sample: tuple[str, Survey]) -> None:
    text, survey = sample
    first = survey.questions[0]
    assert text[first.start:first.end] == first.text
    r1 = first.responses[0]
    assert text[r1.start:r1.start + 30] == "The most significant challenge"
    assert text[r1.start - 3:r1.start] == "1. "
    assert text[r1.end - 1] == "." and text[r1.end] == "\n"
    r7 = first.responses[6]
    assert text[r7.start:r7.end].startswith("**Disregard for rules")
    assert r7.text == ("Disregard for rules in the pursuit of domestic self-interest. "
                       "It is not new but increasing in intensity.")
    last = survey.questions[2].responses[6]
    assert last.end == len(text.rstrip())  # the file has no final newline
    for question in survey.questions:
        for response in question.responses:
            for phrase in response.key_phrases:
                assert text[phrase.start:phrase.end] == phrase.text


def test_sample_key_phrases(sample: tuple[str, Survey]) -> None:
    _, survey = sample
    r1 = survey.response("q1.r1")
    assert r1 is not None
    assert [k.text for k in r1.key_phrases] == [
        "the continued US domestic focused priorities", "worker-centric policies",
        "Buy America plan", "use of tools over rules"]
    assert "**" not in r1.text
    q2r3 = survey.response("q2.r3")
    assert q2r3 is not None
    assert "food security, climate change and national security" in [
        k.text for k in q2r3.key_phrases]
    assert sum(len(r.key_phrases) for q in survey.questions for r in q.responses) == 44


def test_minerals_fixture() -> None:
    text = (DATA / "survey_minerals.md").read_text(encoding="utf-8")
    survey = parse_survey(text, "minerals")
    check_spans(text, survey)
    # setext headings; the paragraph and list before the first heading are ignored
    assert [q.text for q in survey.questions] == [
        "Which risks matter most for critical mineral supply?",
        "Where should federal funding go first?",
        "What should Canada ask of the United States?",
        "How do you rate the 2024 federal strategy?",
    ]
    q1, q2, q3, q4 = survey.questions
    # "1)" numbering, loose list with blank lines, wrapped lines joined
    assert [r.number for r in q1.responses] == [1, 2, 3, 4, 5, 6]
    assert q1.responses[1].text == ("Long permitting timelines for new mines in Québec and "
                                    "Ontario, often ten years or more.")
    # a key phrase wrapped over two lines keeps its whole span
    wrapped = q1.responses[5].key_phrases[1]
    assert wrapped.text == "processing capacity"
    assert text[wrapped.start:wrapped.end] == "processing\n   capacity"
    # __bold__ is a key phrase too
    assert [k.text for k in q1.responses[3].key_phrases] == [
        "Permitting delays", "Indigenous consultation"]
    # a nested list belongs to its answer, it is not five more answers
    assert len(q2.responses) == 5
    assert q2.responses[3].text.endswith("apprenticeships micro-credentials")
    assert text[q2.responses[3].start:q2.responses[3].end].endswith("- micro-credentials")
    # a question nobody answered
    assert q3.responses == []
    # numbers as written, non-ASCII kept
    assert [r.number for r in q4.responses] == [3, 4, 5]
    assert q4.responses[0].text.endswith("«trop lent».")


def test_agrifood_fixture() -> None:
    text = (DATA / "survey_agrifood.md").read_text(encoding="utf-8")
    survey = parse_survey(text, "agri")
    check_spans(text, survey)
    q1, q2, q3 = survey.questions
    assert q1.text == "1. What worries exporters most about the US market?"
    # bullets (a change of marker starts a new list, still the same question)
    assert [r.number for r in q1.responses] == [1, 2, 3, 4, 5]
    assert q1.responses[3].text == "Retaliatory tariffs on pork."
    assert q1.responses[3].key_phrases == []
    # lazily numbered "1. 1. 1." is shown 1, 2, 3 ...
    assert [r.number for r in q2.responses] == [1, 2, 3, 4, 5]
    assert [k.text for k in q2.responses[4].key_phrases] == ["Indo-Pacific", "food security"]
    # links, entities and escapes: plain text shows them, the span covers the source
    (r,) = q3.responses
    assert r.text == "See the CFIA guidance on R&D *claims*."
    (kp,) = r.key_phrases
    assert kp.text == "R&D *claims*"
    assert text[kp.start:kp.end] == "R&amp;D \\*claims\\*"


def test_crlf_text_after_normalising() -> None:
    raw = "# Question one?\r\n\r\n1. First **answer**\r\n   wrapped.\r\n2. Second.\r\n"
    text, _ = normalise_text(raw)
    survey = parse_survey(text, "s")
    (q,) = survey.questions
    assert [r.text for r in q.responses] == ["First answer wrapped.", "Second."]
    check_spans(text, survey)


def test_headings_of_any_level_and_no_heading() -> None:
    text = "Intro.\n\n### Third level?\n\n- a\n- b\n\n###### Sixth?\n\n* c\n"
    survey = parse_survey(text, "s")
    assert [(q.text, len(q.responses)) for q in survey.questions] == [
        ("Third level?", 2), ("Sixth?", 1)]
    assert parse_survey("just text\n\n1. a\n2. b\n", "s").questions == []
    assert parse_survey("", "s").questions == []


def test_empty_items_are_not_responses() -> None:
    text = "# Q\n\n1. yes\n2.\n3. no\n"
    survey = parse_survey(text, "s")
    assert [(r.id, r.number, r.text) for r in survey.questions[0].responses] == [
        ("q1.r1", 1, "yes"), ("q1.r2", 3, "no")]


def test_reparsing_keeps_ids() -> None:
    text = (DATA / "survey_minerals.md").read_text(encoding="utf-8")
    a, b = parse_survey(text, "m"), parse_survey(text, "m")
    assert a == b


@pytest.mark.parametrize("name", ARTICLES)
def test_articles_do_not_look_like_surveys(seeds: Path, name: str) -> None:
    assert not looks_like_survey((seeds / name).read_text(encoding="utf-8"))


def test_surveys_look_like_surveys(seeds: Path) -> None:
    assert looks_like_survey((seeds / SAMPLE).read_text(encoding="utf-8"))
    for fixture in DATA.glob("survey_*.md"):
        assert looks_like_survey(fixture.read_text(encoding="utf-8")), fixture


@pytest.mark.parametrize("text", [
    "",
    "A plain article.\n\nWith two paragraphs.\n",
    "# Title\n\nOne paragraph of prose after the title, and another.\n\n- only one item\n",
    # an article with a heading and a short list inside a lot of prose
    "# Trade news\n\n" + "Some prose line.\n\n" * 10 + "- one\n- two\n\n" + "More prose.\n\n" * 5,
    # lists mostly outside headings
    "- a\n- b\n- c\n- d\n- e\n- f\n\n# Heading\n\n- g\n- h\n",
])
def test_not_surveys(text: str) -> None:
    assert not looks_like_survey(text)


_word = st.text(alphabet="abcdeéxyz", min_size=1, max_size=8)
_words = st.lists(_word, min_size=1, max_size=6).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_words, st.lists(st.tuples(_words, st.booleans(), _words),
                                            max_size=5),
                          st.sampled_from(["1.", "1)", "-", "*"]), st.booleans()),
                min_size=1, max_size=4))
def test_generated_surveys_round_trip(spec: list) -> None:
    """Whatever the markers, spacing and wrapping, text and spans stay exact."""
    lines: list[str] = [""]
    for question, answers, marker, loose in spec:
        lines += [f"# {question}?", ""]
        for k, (before, bold, after) in enumerate(answers, start=1):
            mark = f"{k}{marker[1]}" if marker[0] == "1" else marker
            pad = " " * (len(mark) + 1)
            phrase = f"**{after}**" if bold else after
            lines.append(f"{mark} {before}\n{pad}{phrase}")
            if loose:
                lines.append("")
        lines.append("")
    text = "\n".join(lines)
    survey = parse_survey(text, "g")
    assert len(survey.questions) == len(spec)
    for question, (q_text, answers, _, _) in zip(survey.questions, spec, strict=True):
        assert question.text == q_text + "?"
        assert [r.text for r in question.responses] == [f"{b} {a}" for b, _, a in answers]
        assert [r.number for r in question.responses] == list(range(1, len(answers) + 1))
        for response, (_, bold, after) in zip(question.responses, answers, strict=True):
            assert [k.text for k in response.key_phrases] == ([after] if bold else [])
    check_spans(text, survey)


LABELLED = """Pharmacare panel
================

Q1: Should Ottawa fund a national formulary?
--------------------------------------------

R1: Yes, with **bulk buying** across provinces.

**R2:** Non, c'est une compétence provinciale.

**Expert 3** — Only if Quebec can opt out.
Its own plan already works.

Respondent 4. No comment

Q2: Who should pay?
-------------------

R1: The federal government.

R2: Shared costs.

A second paragraph of R2's answer, without a label.

R3: Employers, through premiums.
"""


def test_answers_as_paragraphs_labelled_by_respondent() -> None:
    assert looks_like_survey(LABELLED)
    survey = parse_survey(LABELLED, "s")
    assert [len(q.responses) for q in survey.questions] == [4, 3]
    first = survey.questions[0].responses
    assert [r.number for r in first] == [1, 2, 3, 4]
    assert first[0].text == "Yes, with bulk buying across provinces."
    assert [k.text for k in first[0].key_phrases] == ["bulk buying"]  # not the label
    assert first[1].text == "Non, c'est une compétence provinciale."
    assert first[2].text == "Only if Quebec can opt out. Its own plan already works."
    assert LABELLED[first[2].start:first[2].end] == "Only if Quebec can opt out.\nIts own plan " \
        "already works."
    assert first[3].no_answer
    second = survey.questions[1].responses
    assert second[1].text.endswith("without a label.")


def test_a_paragraph_opening_with_a_name_is_not_a_label() -> None:
    text = "# Q\n\n## 1. Should we?\n\n- Yes\n- No\n\nExpert A says more about it.\n"
    assert [len(q.responses) for q in parse_survey(text, "s").questions] == [2]
