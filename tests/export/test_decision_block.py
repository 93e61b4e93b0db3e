"""A memorandum for decision ends its Recommendation with the Minister's decision block;
a required section left empty stops the export, or is marked when exported anyway.
Read back with pandoc, not with Briefer."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from briefer.core.note import BriefingNote, new_prose
from briefer.core.project import Project
from briefer.export import ExportError, export_docx
from briefer.io.templates import load_template

PANDOC = shutil.which("pandoc") or "/usr/bin/pandoc"
pytestmark = pytest.mark.skipif(not Path(PANDOC).exists(), reason="pandoc not installed")


def memo(purpose: str = "decision", approver: str = "Hon. Jane Doe",
         language: str = "en-CA", recommendation: str = "That you approve option 2."
         ) -> Project:
    note: BriefingNote = load_template("memo-decision").new_note()
    note.meta.purpose, note.meta.approver, note.meta.language = purpose, approver, language
    note.meta.subject = "Softwood lumber duties"
    for section in note.sections:
        words = recommendation if section.role == "recommendation" else \
            f"What the {section.title} section says."
        if words:
            section.blocks.append(new_prose(words))
    return Project(name="memo", notes={"note": note})


def read_back(project: Project, out: Path, **kwargs) -> str:
    export_docx(project, out, **kwargs)
    result = subprocess.run([PANDOC, str(out), "-t", "plain", "--wrap=none"],
                            capture_output=True, text=True, check=True)
    return result.stdout


def test_the_decision_block_follows_the_recommendation(tmp_path: Path) -> None:
    text = read_back(memo(), tmp_path / "memo.docx")
    assert "☐ I agree" in text and "☐ I do not agree" in text
    assert "Signature: ____" in text and "Date: ____" in text
    assert "Approved by: Hon. Jane Doe" in text
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    at = lines.index("That you approve option 2.")
    assert lines[at + 1].startswith("☐ I agree")
    assert lines[at + 3] == "Approved by: Hon. Jane Doe"
    assert lines[at + 4] == "Next Steps"  # the block sits under the recommendation
    assert lines.index("Summary") < lines.index("Issue")  # the Minister reads it first


def test_no_approver_named_leaves_a_line_to_write_on(tmp_path: Path) -> None:
    text = read_back(memo(approver=""), tmp_path / "memo.docx")
    assert "Approved by: ____" in text


def test_a_note_for_information_has_no_decision_block(tmp_path: Path) -> None:
    text = read_back(memo(purpose="information"), tmp_path / "note.docx")
    assert "I agree" not in text and "Approved by" not in text and "Signature" not in text


def test_a_note_for_decision_without_a_recommendation_role_ends_with_it(tmp_path: Path,
                                                                        ) -> None:
    project = memo()
    for section in project.note.sections:
        section.role = ""  # a note drafted before sections had roles
    lines = [line.strip() for line in read_back(project, tmp_path / "memo.docx").splitlines()
             if line.strip()]
    assert lines.index("What the Next Steps section says.") < \
        next(i for i, line in enumerate(lines) if line.startswith("☐ I agree"))


def test_a_french_note_is_signed_in_french(tmp_path: Path) -> None:
    text = read_back(memo(language="fr-CA"), tmp_path / "note.docx")
    assert "☐ Je suis d’accord" in text and "☐ Je ne suis pas d’accord" in text
    assert "Approuvé par\u00a0: Hon. Jane Doe" in text
    assert "I agree" not in text


def test_an_empty_recommendation_stops_the_export_or_is_marked(tmp_path: Path) -> None:
    project = memo(recommendation="")
    out = tmp_path / "memo.docx"
    with pytest.raises(ExportError) as stopped:
        export_docx(project, out)
    assert "The note is not ready" in str(stopped.value)
    assert "The section “Recommendation” is required and empty" in str(stopped.value)
    assert not out.exists()
    text = read_back(project, out, force=True)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    at = lines.index("Recommendation")  # not silently dropped: the heading and a mark
    assert lines[at + 1] == "[Required section left empty: write it before sending]"
