"""Small surveys that once went wrong, each behaving as a user expects
(the evaluation kit's ``cases``, one test each)."""

from __future__ import annotations

from pathlib import Path

from briefer.core.outline import Outline
from briefer.core.survey import Survey
from briefer.core.survey_parser import looks_like_survey, parse_survey
from briefer.core.themes import build_outline

CASES = Path(__file__).parent / "data" / "outline_cases"


def read(name: str) -> tuple[str, Survey, Outline]:
    text = (CASES / f"{name}.md").read_text(encoding="utf-8")
    survey = parse_survey(text, name)
    return text, survey, build_outline([survey])


def members(survey: Survey, ids: list[str]) -> list[int]:
    return [r.number for r in (survey.response(i) for i in ids) if r]


def test_underlined_questions_make_a_survey() -> None:
    text, survey, outline = read("setext")
    assert looks_like_survey(text)
    assert [q.text for q in survey.questions] == ["Which markets matter most?"]
    (theme,) = outline.sections[0].themes
    assert theme.label == "Japan" and members(survey, theme.response_ids) == [1, 2]


def test_front_matter_is_metadata_not_a_question() -> None:
    _, survey, outline = read("frontmatter")
    assert [q.text for q in survey.questions] == ["Which markets matter most?"]
    assert survey.title == "Market survey"
    assert [s.label for s in outline.sections] == ["Markets that matter most"]


def test_a_title_above_the_questions_is_the_title() -> None:
    _, survey, outline = read("title")
    assert survey.title == "Market survey (written submissions)"
    assert len(survey.questions) == 1 and len(outline.sections) == 1


def test_numbering_never_names_a_question() -> None:
    _, survey, outline = read("endash")
    assert survey.questions[0].text == "1 – Which markets matter most?"  # kept as written
    assert outline.sections[0].label == "Markets that matter most"


def test_bold_weighs_but_does_not_gate() -> None:
    _, survey, outline = read("keyphrase")
    themes = {t.label: members(survey, t.response_ids) for t in outline.sections[0].themes}
    assert themes["Cobalt"] == [1, 2, 4]  # named by three, bolded by none
    assert themes["Copper"] == [4, 5]


def test_a_closed_question_gets_its_tally_first() -> None:
    _, survey, outline = read("stance")
    section = outline.sections[0]
    assert section.tally_text() == "No 4 · Yes 1 — of 5"  # "Never" and "No, not now" are Noes
    no = next(t for t in section.themes if t.label == "No")
    assert members(survey, no.response_ids) == [1, 2, 4, 5]
    assert section.themes[0].kind == "stance"


def test_thresholds_scale_and_a_large_theme_hides_no_small_one() -> None:
    _, survey, outline = read("bign")
    section = outline.sections[0]
    assert section.total == 40
    themes = {t.label: members(survey, t.response_ids) for t in section.themes}
    assert len(themes["Invest"]) == 35
    assert themes["Buy Canadian"] == [8, 26, 31, 32, 39]
