"""Several notes in one project folder: saved and read back whole, written in the old
format while there is one note (an older Briefer still opens it) and in the new one
otherwise (an older Briefer refuses it rather than dropping notes), and merged note by
note when two windows save."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from briefer.core.note import BriefingNote, NoteSection, new_prose
from briefer.core.note_edits import add_note
from briefer.io.project_file import ProjectError, load_project, new_project, save_project
from briefer.io.saving import SaveConflict


@pytest.fixture
def proj(tmp_path: Path) -> Path:
    dest = tmp_path / "proj"
    new_project(dest)
    return dest


def _file(proj: Path) -> dict:
    return yaml.safe_load((proj / "project.yaml").read_text(encoding="utf-8"))


def _add(project, name: str, words: str = "") -> str:
    note = BriefingNote(sections=[NoteSection("s1", "Question", [new_prose(words)])])
    edit, nid = add_note(project, note, name)
    edit.apply(project)
    return nid


def test_one_note_keeps_the_first_format(proj: Path) -> None:
    data = _file(proj)
    assert data["version"] == 1 and "note" in data and "notes" not in data


def test_several_notes_round_trip(proj: Path) -> None:
    project = load_project(proj)
    project.note.sections[0].blocks.append(new_prose("In the briefing note."))
    nid = _add(project, "QP card", "Suggested response: Canada is engaged.")
    save_project(project)
    data = _file(proj)
    assert data["version"] == 2 and "note" not in data
    assert [n.get("name", "") for n in data["notes"]] == ["", "QP card"]
    back = load_project(proj)
    assert list(back.notes) == ["note", nid]
    assert back.notes[nid].name == "QP card"
    assert back.notes[nid].sections[0].blocks[0].markdown.startswith("Suggested response")
    assert any(getattr(b, "markdown", "") == "In the briefing note."
               for s in back.notes["note"].sections for b in s.blocks)


def test_a_newer_format_is_refused_and_left_alone(proj: Path) -> None:
    text = (proj / "project.yaml").read_text(encoding="utf-8").replace("version: 1",
                                                                         "version: 3")
    (proj / "project.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ProjectError, match="newer Briefer"):
        load_project(proj)
    assert (proj / "project.yaml").read_text(encoding="utf-8") == text


def test_two_windows_adding_notes_keep_both(proj: Path) -> None:
    a, b = load_project(proj), load_project(proj)
    na = _add(a, "From A", "A's card.")
    nb = _add(b, "From B", "B's card.")
    save_project(b)
    report = save_project(a)
    assert report.merged
    back = load_project(proj)
    assert set(back.notes) == {"note", na, nb}
    assert set(a.notes) == {"note", na, nb}  # A's window took B's note in


def test_edits_to_different_notes_merge_and_one_note_both_changed_conflicts(
        proj: Path) -> None:
    seed = load_project(proj)
    nid = _add(seed, "Card", "First.")
    save_project(seed)
    a, b = load_project(proj), load_project(proj)
    a.notes["note"].sections[0].blocks.append(new_prose("A in the first note."))
    b.notes[nid].sections[0].blocks[0].markdown = "B in the card."
    save_project(b)
    save_project(a)
    back = load_project(proj)
    assert back.notes[nid].sections[0].blocks[0].markdown == "B in the card."
    assert any(getattr(x, "markdown", "") == "A in the first note."
               for s in back.notes["note"].sections for x in s.blocks)
    c, d = load_project(proj), load_project(proj)
    c.notes[nid].sections[0].blocks[0].markdown = "C's words."
    d.notes[nid].sections[0].blocks[0].markdown = "D's words."
    save_project(d)
    with pytest.raises(SaveConflict) as caught:
        save_project(c)
    assert any("notes[" in conflict.key for conflict in caught.value.conflicts)
    assert load_project(proj).notes[nid].sections[0].blocks[0].markdown == "D's words."


def test_a_deleted_second_note_goes_back_to_the_first_format(proj: Path) -> None:
    project = load_project(proj)
    nid = _add(project, "Card")
    save_project(project)
    del project.notes[nid]
    project.current_note = "note"
    save_project(project)
    data = _file(proj)
    assert data["version"] == 1 and "notes" not in data
