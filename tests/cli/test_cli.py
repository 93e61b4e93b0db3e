"""The command line, run as a user runs it: a real subprocess, real exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SURVEY = "004_96fd07345242d58f"


def briefer(*args: str | Path, cwd: Path | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    env.pop("BRIEFER_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "briefer", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, env=env, timeout=120)


def test_version_and_help() -> None:
    result = briefer("--version")
    assert result.returncode == 0 and result.stdout.startswith("briefer ")
    assert "export" in briefer("--help").stdout


def test_outline_json_on_the_seeds_folder(seeds: Path) -> None:
    result = briefer("outline", seeds, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    survey = data["surveys"][0]
    assert survey["source"] == SURVEY and len(survey["questions"]) == 3
    text = (seeds / f"{SURVEY}.txt").read_text(encoding="utf-8")
    first = survey["questions"][0]["responses"][0]
    assert first["number"] == 1 and len(survey["questions"][0]["responses"]) == 7
    for phrase in first["key_phrases"]:
        start, end = phrase["span"]
        assert text[start:end] == phrase["text"]
    labels = [t["label"].lower() for t in data["outline"][2]["themes"]]
    assert any("team canada" in label for label in labels)
    theme = data["outline"][2]["themes"][0]
    assert theme["count_label"] == f"{theme['count']} of 7 respondents"


def test_outline_text(seeds: Path) -> None:
    result = briefer("outline", seeds)
    assert result.returncode == 0
    assert "of 7 respondents" in result.stdout and "key phrases:" in result.stdout


def test_search_ranked_hits_with_offsets(seeds: Path) -> None:
    result = briefer("search", seeds, "rules of origin", "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)["hits"]
    assert hits and hits[0]["source"] in {"003_f9fcf619b2448e04", "002_6b756e5339d96a34"}
    text = (seeds / f"{hits[0]['source']}.txt").read_text(encoding="utf-8")
    assert text[hits[0]["start"]:hits[0]["end"]].lower() in {"rules", "rules of origin"}


@pytest.mark.parametrize("query", ['budget AND', '"', "NEAR(", "*", "-", "a:b", "((("])
def test_search_never_fails_on_what_a_user_types(seeds: Path, query: str) -> None:
    result = briefer("search", seeds, query)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_new_import_check_draft_export_round(tmp_path: Path, seeds: Path) -> None:
    project = tmp_path / "desk"
    result = briefer("new", project)
    assert result.returncode == 0, result.stderr
    assert (project / "project.yaml").exists()

    article = tmp_path / "fresh.txt"
    article.write_text("Dairy supply management is again on the table in the CUSMA review.",
                       encoding="utf-8")
    result = briefer("import", project, article)
    assert result.returncode == 0, result.stderr
    assert (project / "sources" / "fresh.txt").exists()

    result = briefer("check", project)
    assert result.returncode == 0, result.stdout  # nothing cited yet

    result = briefer("draft", project)
    assert result.returncode == 0, result.stderr
    result = briefer("draft", project)
    assert result.returncode == 2 and "--replace" in result.stderr

    result = briefer("check", project, "--json")
    report = json.loads(result.stdout)
    assert result.returncode == 1 and not report["ok"]
    assert any(p["kind"] == "metadata" and p["source"] == SURVEY for p in report["problems"])

    out = tmp_path / "note.docx"
    result = briefer("export", project, "-o", out)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 5000


def test_export_on_the_seeds_folder_exports_the_draft(tmp_path: Path, seeds: Path) -> None:
    out = tmp_path / "sample.docx"
    result = briefer("export", seeds, "-o", out)
    assert result.returncode == 0, result.stderr
    import docx

    document = docx.Document(str(out))
    assert any("respondents" in p.text for p in document.paragraphs)


@pytest.mark.parametrize(("args", "message"), [
    (("outline", "/nonexistent/folder"), "does not exist"),
    (("search", "{tmp}", "x"), "no readable sources"),
    (("new", "{seeds}"), "not empty"),
    (("import", "{seeds}", "{seeds}/000_d766df9ca366892d.txt"), "plain folder"),
    (("search", "{seeds}", "x", "--limit", "0"), "--limit"),
])
def test_errors_are_one_clear_line(tmp_path: Path, seeds: Path, args: tuple[str, ...],
                                   message: str) -> None:
    args = tuple(a.format(tmp=tmp_path, seeds=seeds) for a in args)
    result = briefer(*args)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_broken_project_file_is_reported_not_crashed(tmp_path: Path) -> None:
    project = tmp_path / "p"
    assert briefer("new", project).returncode == 0
    (project / "project.yaml").write_text("format: briefer-project\nversion: 1\nnote: [\n")
    result = briefer("outline", project)
    assert result.returncode == 2 and "project.yaml, line" in result.stderr
    assert "Traceback" not in result.stderr


def test_export_warns_about_incomplete_citations(tmp_path: Path, seeds: Path) -> None:
    result = briefer("export", seeds, "-o", tmp_path / "n.docx")
    assert result.returncode == 0
    assert "citation incomplete" in result.stderr and SURVEY in result.stderr


def test_a_closed_pipe_ends_quietly(seeds: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(f"{sys.executable} -m briefer outline {seeds} | head -1",
                            shell=True, capture_output=True, text=True, env=env, timeout=120)
    assert result.stdout.strip() and result.stderr == ""


def test_a_query_starting_with_a_dash(seeds: Path) -> None:
    result = briefer("search", seeds, "--", "-trade")
    assert result.returncode == 0, result.stderr


def test_import_with_a_named_encoding(tmp_path: Path) -> None:
    project = tmp_path / "p"
    assert briefer("new", project).returncode == 0
    legacy = tmp_path / "cyrillic.txt"
    legacy.write_bytes("Торговые переговоры".encode("cp1251"))
    result = briefer("import", project, legacy, "--encoding", "cp1251")
    assert result.returncode == 0, result.stderr
    text = (project / "sources" / "cyrillic.txt").read_text(encoding="utf-8")
    assert text == "Торговые переговоры"


def test_a_failed_save_imports_nothing(tmp_path: Path) -> None:
    project = tmp_path / "p"
    assert briefer("new", project).returncode == 0
    (project / "project.yaml.bak").mkdir()  # the backup cannot be written
    article = tmp_path / "art.txt"
    article.write_text("Softwood lumber duties rose again.", encoding="utf-8")
    before = sorted(p.name for p in (project / "sources").iterdir())
    result = briefer("import", project, article)
    assert result.returncode == 2 and "Nothing was imported" in result.stderr
    assert sorted(p.name for p in (project / "sources").iterdir()) == before


def test_the_command_line_speaks_english_whatever_the_locale(tmp_path: Path) -> None:
    """The app words messages in its language; the command line keeps them English."""
    project = tmp_path / "p"
    assert briefer("new", project).returncode == 0
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    french = {"LANG": "fr_CA.UTF-8", "LC_ALL": "fr_CA.UTF-8", "LANGUAGE": "fr"}
    result = briefer("import", project, empty, env=french)
    assert result.returncode == 1  # every file refused
    assert result.stdout == "0 added, 0 updated, 0 already imported (unchanged), 1 refused\n"
    assert "briefer: refused empty.txt: the file is empty (0 bytes)\n" in result.stderr
    # an import that cannot start is a user error: one line, exit status 2
    result = briefer("import", project, empty, "--encoding", "klingon", env=french)
    assert result.returncode == 2
    assert result.stderr == ("briefer: unknown encoding 'klingon'; use a name such as utf-8, "
                             "cp1252 (Windows Western), latin-1 or mac-roman\n")
