"""Several notes on the command line: `briefer notes` and `--note NAME` on the commands
that act on a note; each note exports on its own, read back by pandoc."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.cli.test_cli_sources import ok, project, project_yaml, refused, sample  # noqa: F401

WASHINGTON = "Recent trade negotiations between Canada and the United States have seen " \
             "little progress"
RECIPROCITY = "Canada is pushing for greater reciprocity in its trade relationship"


def _text(docx: Path) -> str:
    return " ".join(subprocess.run(["pandoc", str(docx), "-t", "plain", "--wrap=none"],
                                   capture_output=True, text=True, check=True).stdout.split())


def test_each_note_takes_its_own_excerpts_and_exports_alone(project: Path,  # noqa: F811
                                                            tmp_path: Path) -> None:
    ok("notes", project, "--new", "QP card")
    assert project_yaml(project)["version"] == 2
    ok("excerpt", project, "001_3e22afcecaafb256", "--quote", WASHINGTON,
       "--note", "qp card", "--section", "Background")
    ok("excerpt", project, "003_f9fcf619b2448e04", "--quote", RECIPROCITY,
       "--section", "Background")  # no --note: the first note
    listed = json.loads(ok("notes", project, "--json").stdout)["notes"]
    assert [(n["name"], n["excerpts"]) for n in listed] == [("", 1), ("QP card", 1)]
    card, first = tmp_path / "card.docx", tmp_path / "first.docx"
    ok("export", project, "-o", card, "--note", "QP card")
    ok("export", project, "-o", first)
    assert WASHINGTON in _text(card) and RECIPROCITY not in _text(card)
    assert RECIPROCITY in _text(first) and WASHINGTON not in _text(first)


def test_rename_delete_and_unknown_names(project: Path) -> None:  # noqa: F811
    ok("notes", project, "--new", "Follow-up")
    ok("notes", project, "--rename", "follow-up", "Follow-up to the Minister")
    names = [n.get("name", "") for n in project_yaml(project)["notes"]]
    assert names == ["", "Follow-up to the Minister"]
    line = refused("check", project, "--note", "QP card")
    assert "no note named 'QP card'" in line and "Follow-up to the Minister" in line
    ok("notes", project, "--delete", "Follow-up to the Minister")
    data = project_yaml(project)
    assert data["version"] == 1 and "notes" not in data  # one note: the first format again
    assert "only note" in refused("notes", project, "--delete", "note")
