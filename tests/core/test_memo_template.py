"""The Memorandum to the Minister: its sections, a Recommendation that cannot be left
empty, an approver in the details, and a draft worded for the note's purpose."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.core.check import blocking, check_project
from briefer.core.draft import draft_note
from briefer.core.note import BriefingNote, NoteMeta, NoteSection, new_prose
from briefer.core.project import Project
from briefer.core.template import Template
from briefer.io.templates import load_template


def test_the_bundled_memorandum_follows_gc_practice() -> None:
    memo = load_template("memo-decision")
    assert memo.title == "Memorandum to the Minister" and memo.purpose == "decision"
    assert [s.title for s in memo.sections] == [
        "Summary", "Issue", "Background", "Considerations", "Options", "Recommendation",
        "Next Steps"]
    assert [s.title for s in memo.sections if s.required] == ["Recommendation"]
    note = memo.new_note()
    assert note.meta.purpose == "decision"
    recommendation = note.sections[5]
    assert recommendation.required and recommendation.role == "recommendation"
    # the briefing note fixes no purpose: the note's own decides
    assert load_template("briefing-note").purpose == ""
    assert load_template("briefing-note").new_note().meta.purpose == "information"


def test_required_must_be_true_or_false() -> None:
    with pytest.raises(ValueError, match="'required' must be true or false"):
        Template.from_dict("t", {"sections": [{"title": "A", "required": "yes"}]})


def test_section_flags_and_approver_are_saved_only_when_set() -> None:
    section = NoteSection("s1", "Recommendation", required=True, role="recommendation")
    data = section.to_dict()
    assert data["required"] is True and data["role"] == "recommendation"
    assert NoteSection.from_dict(data) == section
    plain = NoteSection("s2", "Risks").to_dict()
    assert "required" not in plain and "role" not in plain
    meta = NoteMeta(approver="Hon. Jane Doe")
    assert NoteMeta.from_dict(meta.to_dict()).approver == "Hon. Jane Doe"
    assert NoteMeta.from_dict({}).approver == ""


def test_an_empty_required_section_stops_the_export() -> None:
    note = BriefingNote(sections=[
        NoteSection("s1", "Issue", [new_prose("Which option?")]),
        NoteSection("s2", "Recommendation", [new_prose("   ")], required=True),
        NoteSection("s3", "Next Steps")])  # empty but not required: only left out
    problems = check_project(Project(notes={"note": note}))
    assert [(p.kind, p.section) for p in problems] == [("empty-section", "Recommendation")]
    assert blocking(problems) == problems
    assert str(problems[0].message) == ("The section “Recommendation” is required and empty; "
                                        "write it before exporting.")
    assert "obligatoire" in problems[0].message.text("fr")
    note.sections[1].blocks = [new_prose("That you agree to option 2.")]
    assert check_project(Project(notes={"note": note})) == []


@pytest.fixture
def sample(seeds) -> Project:
    from briefer.io.project_file import load_project

    project = load_project(seeds)
    project.note.meta.subject = "Managing the Canada–US trade relationship"
    return project


def _purpose_text(note: BriefingNote) -> str:
    return note.sections[0].blocks[0].markdown  # type: ignore[union-attr]


def test_a_note_for_decision_is_drafted_for_a_decision(sample: Project) -> None:
    sample.note.meta.purpose = "decision"
    note = draft_note(sample, load_template("briefing-note"))
    assert note.meta.purpose == "decision"
    assert _purpose_text(note) == ("To seek your decision on managing the Canada–US trade "
                                   "relationship.")


def test_a_note_for_information_is_drafted_to_inform(sample: Project) -> None:
    note = draft_note(sample, load_template("briefing-note"))
    assert note.meta.purpose == "information"
    assert _purpose_text(note).startswith("To inform you of expert views")


def test_a_template_that_fixes_the_purpose_sets_it(sample: Project) -> None:
    memo = draft_note(sample, load_template("memo-decision"))
    assert memo.meta.purpose == "decision"
    issue = next(s for s in memo.sections if s.title == "Issue")
    assert issue.blocks[0].markdown.startswith("To seek your decision on")  # type: ignore
    assert next(s for s in memo.sections if s.title == "Recommendation").required
    sample.note.meta.purpose = "decision"
    informing = Template.from_dict("info", {"purpose": "information", "sections": [
        {"title": "Purpose", "role": "purpose"}]})
    note = draft_note(sample, informing)
    assert note.meta.purpose == "information"
    assert _purpose_text(note).startswith("To inform you")


def test_briefer_draft_keeps_the_purpose(tmp_path: Path, capsys) -> None:
    from briefer.cli import main
    from briefer.io.project_file import load_project, save_project

    folder = tmp_path / "proj"
    assert main(["new", str(folder)]) == 0
    project = load_project(folder)
    project.note.meta.purpose = "decision"
    save_project(project)
    assert main(["draft", str(folder), "--replace"]) == 0
    drafted = load_project(folder).note
    assert drafted.meta.purpose == "decision"
    assert _purpose_text(drafted).startswith("To seek your decision on")
