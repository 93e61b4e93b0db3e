"""`briefer sources PROJECT --remove ID` and the duplicate warning of `briefer import`,
run as a user runs them (a subprocess on a copy of the sample), read back from disk."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.cli.test_cli_sources import ARTICLE, briefer, ok, refused
from tests.io.test_duplicates import article_docx, article_html


def _project(tmp_path: Path, seeds_copy: Path) -> Path:
    project = tmp_path / "proj"
    ok("new", project, "--from", seeds_copy)
    return project


def test_remove_takes_the_source_its_excerpt_and_block_and_keeps_its_files(
        tmp_path: Path, seeds_copy: Path) -> None:
    project = _project(tmp_path, seeds_copy)
    ok("excerpt", project, ARTICLE, "--quote", "Canada", "--occurrence", "1")
    result = ok("sources", project, "--remove", ARTICLE)
    assert ARTICLE in result.stdout and "1 excerpt" in result.stdout
    data = yaml.safe_load((project / "project.yaml").read_text(encoding="utf-8"))
    assert ARTICLE not in [s["id"] for s in data["sources"]]
    assert not [e for e in data.get("excerpts") or [] if e["source_id"] == ARTICLE]
    assert not list((project / "sources").glob(f"{ARTICLE}.*"))
    assert (project / ".briefer" / "removed" / "sources" / f"{ARTICLE}.txt").exists()
    listed = ok("sources", project).stdout
    assert ARTICLE not in listed and "4 sources" in listed


def test_remove_of_an_unknown_id_says_so_in_one_line(tmp_path: Path,
                                                    seeds_copy: Path) -> None:
    project = _project(tmp_path, seeds_copy)
    before = (project / "project.yaml").read_bytes()
    line = refused("sources", project, "--remove", "003")
    assert "did you mean" in line and ARTICLE in line
    assert (project / "project.yaml").read_bytes() == before


def test_import_of_the_same_article_in_another_format_warns_once(
        tmp_path: Path, seeds_copy: Path) -> None:
    project = _project(tmp_path, seeds_copy)
    ok("import", project, article_docx(tmp_path / "sunset.docx"))
    result = briefer("import", project, article_html(tmp_path / "sunset-web.html"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("1 added")
    (line,) = [x for x in result.stderr.splitlines() if "already in the project" in x]
    assert line.startswith("briefer: sunset-web.html: its text is that of")
    assert "(source sunset)" in line
