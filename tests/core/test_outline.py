"""The analyst's edits to the outline, each with what it takes to undo it."""

from __future__ import annotations

import copy

import pytest

from briefer.core.outline import Outline, OutlineSection, Theme


@pytest.fixture
def outline() -> Outline:
    return Outline(sections=[
        OutlineSection(id="sec-1", survey_id="s", question_id="q1", label="Challenges", total=7,
                       themes=[
                           Theme(id="th-a", label="US domestic politics",
                                 response_ids=["q1.r1", "q1.r2", "q1.r5"], terms=["domestic"]),
                           Theme(id="th-b", label="Protectionism", response_ids=["q1.r3", "q1.r5"],
                                 terms=["protectionist"], note="see r3"),
                           Theme(id="th-c", label="Rules", response_ids=["q1.r7"]),
                       ]),
        OutlineSection(id="sec-2", survey_id="s", question_id="q2", label="Collaboration",
                       total=7, themes=[Theme(id="th-d", label="Climate change",
                                              response_ids=["q2.r1", "q2.r4"])]),
    ])


def labels(section: OutlineSection) -> list[str]:
    return [t.label for t in section.themes]


def test_count_label() -> None:
    theme = Theme(id="t", label="x", response_ids=["a", "b", "c", "d"])
    assert theme.count_label(7) == "4 of 7 respondents"
    assert Theme(id="t", label="x").count_label(0) == "0 of 0 respondents"


def test_lookups(outline: Outline) -> None:
    assert outline.section("sec-2") is outline.sections[1]
    assert outline.section("nope") is None
    found = outline.find_theme("th-d")
    assert found is not None and found[0].id == "sec-2" and found[1].label == "Climate change"
    assert outline.find_theme("nope") is None
    assert outline.sections[0].theme("th-b") is outline.sections[0].themes[1]


def test_rename_and_undo(outline: Outline) -> None:
    old = outline.rename_theme("th-a", "Domestic priorities")
    assert old == "US domestic politics"
    assert labels(outline.sections[0])[0] == "Domestic priorities"
    outline.rename_theme("th-a", old)
    assert labels(outline.sections[0])[0] == "US domestic politics"
    assert outline.rename_section("sec-1", "Issues") == "Challenges"
    assert outline.sections[0].label == "Issues"
    with pytest.raises(KeyError):
        outline.rename_theme("nope", "x")
    with pytest.raises(KeyError):
        outline.rename_section("nope", "x")


def test_theme_note(outline: Outline) -> None:
    assert outline.set_theme_note("th-a", "ask the desk") == ""
    assert outline.find_theme("th-a")[1].note == "ask the desk"  # type: ignore[index]


def test_add_remove_insert(outline: Outline) -> None:
    theme = outline.add_theme("sec-1", "Energy", ["q1.r4"], index=1, theme_id="th-e")
    assert theme.origin == "user" and theme.id == "th-e"
    assert labels(outline.sections[0]) == [
        "US domestic politics", "Energy", "Protectionism", "Rules"]
    section_id, index, removed = outline.remove_theme("th-e")
    assert (section_id, index, removed) == ("sec-1", 1, theme)
    assert "Energy" not in labels(outline.sections[0])
    outline.insert_theme(section_id, index, removed)
    assert labels(outline.sections[0])[1] == "Energy"
    appended = outline.add_theme("sec-2", "Security")
    assert appended.id.startswith("th-") and outline.sections[1].themes[-1] is appended
    with pytest.raises(KeyError):
        outline.add_theme("nope", "x")


def test_move_and_undo(outline: Outline) -> None:
    before = labels(outline.sections[0])
    old = outline.move_theme("th-a", 2)
    assert old == 0
    assert labels(outline.sections[0]) == ["Protectionism", "Rules", "US domestic politics"]
    outline.move_theme("th-a", old)
    assert labels(outline.sections[0]) == before
    outline.move_theme("th-a", 99)  # clamped to the end
    assert labels(outline.sections[0])[-1] == "US domestic politics"
    outline.move_theme("th-a", -5)  # clamped to the start
    assert labels(outline.sections[0])[0] == "US domestic politics"


def test_merge(outline: Outline) -> None:
    outline.merge_themes("th-a", "th-b")
    section = outline.sections[0]
    assert labels(section) == ["US domestic politics", "Rules"]
    merged = section.themes[0]
    assert merged.response_ids == ["q1.r1", "q1.r2", "q1.r5", "q1.r3"]  # no duplicate r5
    assert merged.terms == ["domestic", "protectionist"]
    assert merged.note == "see r3"
    assert merged.count_label(section.total) == "4 of 7 respondents"


def test_merge_rejects_itself_and_other_questions(outline: Outline) -> None:
    before = copy.deepcopy(outline)
    with pytest.raises(ValueError):
        outline.merge_themes("th-a", "th-a")
    with pytest.raises(ValueError):
        outline.merge_themes("th-a", "th-d")
    assert outline == before


def test_split_and_undo_by_merge(outline: Outline) -> None:
    new = outline.split_theme("th-a", ["q1.r2", "q1.r5", "q2.r9"], "Politics", new_theme_id="th-p")
    section = outline.sections[0]
    assert new.id == "th-p" and new.origin == "user"
    assert new.response_ids == ["q1.r2", "q1.r5"]  # only responses the theme had
    assert section.themes[0].response_ids == ["q1.r1"]
    assert labels(section)[:2] == ["US domestic politics", "Politics"]
    outline.merge_themes("th-a", "th-p")
    assert sorted(section.themes[0].response_ids) == ["q1.r1", "q1.r2", "q1.r5"]
    assert outline.find_theme("th-p") is None


def test_move_response(outline: Outline) -> None:
    outline.move_response("q1.r5", "th-a", "th-c")
    assert outline.find_theme("th-a")[1].response_ids == ["q1.r1", "q1.r2"]  # type: ignore[index]
    assert outline.find_theme("th-c")[1].response_ids == ["q1.r7", "q1.r5"]  # type: ignore[index]
    outline.move_response("q1.r5", "th-c", "th-a")  # undo
    assert "q1.r5" in outline.find_theme("th-a")[1].response_ids  # type: ignore[index]
    assert outline.find_theme("th-c")[1].response_ids == ["q1.r7"]  # type: ignore[index]


def test_round_trip(outline: Outline) -> None:
    outline.add_theme("sec-2", "Mine", ["q2.r2"], theme_id="th-m")
    data = outline.to_dict()
    again = Outline.from_dict(data)
    assert again == outline
    assert again.to_dict() == data
    assert Outline.from_dict(None).sections == []
    assert Outline.from_dict({}).sections == []


def test_copy_an_answer_into_a_second_theme(outline: Outline) -> None:
    outline.copy_response("q1.r1", "th-b")
    assert "q1.r1" in outline.find_theme("th-a")[1].response_ids  # still in the first
    assert outline.find_theme("th-b")[1].response_ids[-1] == "q1.r1"
    outline.copy_response("q1.r1", "th-b")  # twice is once
    assert outline.find_theme("th-b")[1].response_ids.count("q1.r1") == 1


def test_disagreeing_answers_are_shown_not_counted(outline: Outline) -> None:
    outline.mark_disagreeing("q1.r5", "th-b")
    theme = outline.find_theme("th-b")[1]
    assert theme.response_ids == ["q1.r3"] and theme.disagree_ids == ["q1.r5"]
    assert theme.count_label(7) == "1 of 7 respondents · 1 disagree"
    saved = Outline.from_dict(outline.to_dict())
    assert saved.find_theme("th-b")[1].disagree_ids == ["q1.r5"]
    outline.mark_disagreeing("q1.r5", "th-b", disagrees=False)
    assert theme.response_ids == ["q1.r3", "q1.r5"] and theme.disagree_ids == []
    # moving a disagreeing answer elsewhere takes it out of the first theme entirely
    outline.mark_disagreeing("q1.r5", "th-b")
    outline.move_response("q1.r5", "th-b", "th-c")
    assert "q1.r5" not in theme.disagree_ids
    assert outline.find_theme("th-c")[1].response_ids == ["q1.r7", "q1.r5"]


def test_remove_an_answer_from_a_theme(outline: Outline) -> None:
    outline.remove_response("q1.r2", "th-a")
    assert outline.find_theme("th-a")[1].response_ids == ["q1.r1", "q1.r5"]
    assert "q1.r2" not in outline.sections[0].themed_ids()  # now a single view


def test_tallies_are_themes_of_their_own_kind(outline: Outline) -> None:
    section = outline.sections[0]
    outline.add_theme(section.id, "No", ["q1.r1", "q1.r2", "q1.r4", "q1.r7"], kind="stance")
    outline.add_theme(section.id, "Yes", ["q1.r3", "q1.r6"], kind="stance")
    outline.add_theme(section.id, "Conditional", ["q1.r5"], kind="stance")
    assert section.tally_text() == "No 4 · Yes 2 · Conditional 1 — of 7"
    assert not section.split()
    section.tally()[0].response_ids = ["q1.r1"]  # 1 · 2 · 1: no majority
    assert section.split()
    assert [t.kind for t in Outline.from_dict(outline.to_dict()).sections[0].themes][-3:] == \
        ["stance"] * 3
