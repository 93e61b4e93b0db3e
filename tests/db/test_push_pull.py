"""``briefer push`` and ``briefer pull``: a project goes folder -> server -> folder whole."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
import yaml

from briefer.cli import main
from briefer.io.project_file import load_project
from briefer.io.project_yaml import project_to_dict, project_yaml_header
from briefer.io.yamlutil import dump_yaml


def _rich_project(root: Path) -> Path:
    """A project with every part: an imported web page (with its original), a hand-placed
    file whose bytes are not its text (CRLF, BOM), a French source, a drafted note, an
    excerpt, a second note, and a source that is listed but missing."""
    project = root / "p"
    assert main(["new", str(project)]) == 0
    page = root / "lumber.html"
    page.write_text("<html><head><title>Lumber talks</title></head><body><p>Softwood "
                    "lumber duties rose in the spring.</p></body></html>", encoding="utf-8")
    french = root / "bois.txt"
    french.write_text("Les négociations sur le bois d’œuvre canadien reprennent à Québec. "
                      "Les droits compensateurs frappent les scieries québécoises.\n",
                      encoding="utf-8")
    assert main(["import", str(project), str(page), str(french)]) == 0
    assert main(["draft", str(project)]) == 0
    assert main(["excerpt", str(project), "lumber", "--quote", "duties rose"]) == 0
    assert main(["notes", str(project), "--new", "QP card"]) == 0
    data = yaml.safe_load((project / "project.yaml").read_text(encoding="utf-8"))
    data["sources"].append({"id": "gone", "file": "gone.txt", "kind": "article"})
    (project / "project.yaml").write_text(project_yaml_header() + dump_yaml(data),
                                          encoding="utf-8")
    crlf = project / "sources" / "bois.txt"
    crlf.write_bytes(b"\xef\xbb\xbf" + crlf.read_bytes().replace(b"\n", b"\r\n"))
    return project


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for sub in ("sources", "originals") for p in sorted((folder / sub).rglob("*"))
            if p.is_file()}


@pytest.fixture
def project(tmp_path: Path, capsys) -> Path:
    made = _rich_project(tmp_path)
    capsys.readouterr()
    return made


def test_a_project_comes_back_from_the_server_as_it_went(project: Path, pg_url: str,
                                                          tmp_path: Path, capsys) -> None:
    assert main(["db", "upgrade", pg_url]) == 0
    assert main(["push", str(project), pg_url]) == 0
    assert "(7 sources)" in capsys.readouterr().out  # 5 of the sample, 2 imported
    back = tmp_path / "back"
    assert main(["pull", pg_url, str(back)]) == 0
    assert _files(back) == _files(project)  # texts, sidecars and originals, byte for byte
    assert "originals/lumber.html" in _files(back)
    assert _files(back)["sources/bois.txt"].startswith(b"\xef\xbb\xbf")
    before = yaml.safe_load((project / "project.yaml").read_text(encoding="utf-8"))
    after = yaml.safe_load((back / "project.yaml").read_text(encoding="utf-8"))
    assert after == before
    # and written as Briefer writes it: same keys in the same order, same bytes
    assert (back / "project.yaml").read_bytes() == (project / "project.yaml").read_bytes()
    assert [s["id"] for s in after["sources"]][-1] == "gone"  # listed, still missing
    original, pulled = load_project(project), load_project(back)
    assert project_to_dict(pulled) == project_to_dict(original)
    assert [n.name for n in pulled.notes.values()] == ["", "QP card"]
    assert pulled.excerpts and {e.status.value for e in pulled.excerpts.values()} == {"anchored"}


def test_a_second_push_does_not_overwrite_a_project_without_replace(project: Path,
                                                                      pg_url: str,
                                                                      capsys) -> None:
    main(["db", "upgrade", pg_url])
    assert main(["push", str(project), pg_url]) == 0
    with psycopg.connect(pg_url) as conn:
        conn.execute("UPDATE project SET name = 'edited on the server'")
        conn.commit()
    assert main(["push", str(project), pg_url]) == 2
    assert "already holds a project" in capsys.readouterr().err
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT name FROM project").fetchone() == ("edited on the server",)
    assert main(["push", str(project), pg_url, "--replace"]) == 0
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT name FROM project").fetchone() == ("p",)
        assert conn.execute("SELECT count(*) FROM sources").fetchone() == (8,)


def test_pull_never_writes_into_a_folder_that_holds_something(project: Path, pg_url: str,
                                                               tmp_path: Path,
                                                               capsys) -> None:
    main(["db", "upgrade", pg_url])
    main(["push", str(project), pg_url])
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "mine.txt").write_text("keep me", encoding="utf-8")
    assert main(["pull", pg_url, str(busy)]) == 2
    assert "not empty" in capsys.readouterr().err
    assert [p.name for p in busy.iterdir()] == ["mine.txt"]


def test_note_blocks_are_rows_with_a_version(project: Path, pg_url: str) -> None:
    main(["db", "upgrade", pg_url])
    main(["push", str(project), pg_url])
    note = load_project(project).note
    blocks = [b.id for s in note.sections for b in s.blocks]
    with psycopg.connect(pg_url) as conn:
        rows = conn.execute("SELECT id, version FROM note_blocks WHERE note_id = 'note' "
                            "ORDER BY section_id, position").fetchall()
    assert sorted(r[0] for r in rows) == sorted(blocks) and blocks
    assert {r[1] for r in rows} == {1}


def test_a_file_name_leading_out_of_the_folder_is_refused(project: Path, pg_url: str,
                                                          tmp_path: Path, capsys) -> None:
    main(["db", "upgrade", pg_url])
    main(["push", str(project), pg_url])
    with psycopg.connect(pg_url) as conn:
        conn.execute("UPDATE sources SET file_name = '../../escaped.txt' WHERE id = 'lumber'")
        conn.commit()
    back = tmp_path / "out" / "back"
    assert main(["pull", pg_url, str(back)]) == 2
    assert "escaped.txt" in capsys.readouterr().err
    assert not back.exists() and not list(tmp_path.rglob("escaped.txt"))
    assert list((tmp_path / "out").iterdir()) == []  # no half-built folder left behind
