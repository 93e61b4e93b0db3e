"""The folder commands on a ``postgresql://`` project: the same command line, the same
results. ``export``, ``check``, ``sources`` and ``outline`` run against a folder and against
the same project pushed to a database, and must say the same (the exported note read back
by pandoc); ``new URL --from DIR`` and ``import URL FILES`` change the server's project, and
an import based on a project someone changed meanwhile writes nothing."""

from __future__ import annotations

import subprocess
from pathlib import Path

import psycopg
import pytest

from briefer.bundled import seeds_dir
from briefer.cli import main
from briefer.db import workspace
from briefer.db.connect import redact
from tests.helpers.office import needs_pandoc


@pytest.fixture
def both(tmp_path: Path, pg_url: str, capsys) -> dict[str, str]:
    """The sample project with a drafted note and an excerpt, as a folder and on a server."""
    folder = tmp_path / "desk"
    assert main(["new", str(folder)]) == 0
    assert main(["draft", str(folder)]) == 0
    assert main(["excerpt", str(folder), "001_3e22afcecaafb256", "--quote",
                 "reduce tariffs on steel and aluminum imports"]) == 0
    assert main(["db", "upgrade", pg_url]) == 0
    assert main(["push", str(folder), pg_url]) == 0
    capsys.readouterr()
    return {"folder": str(folder), "url": pg_url}


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _same(text: str, both: dict[str, str]) -> str:
    """Output with the project's name for it (a folder's path or a URL) made one word."""
    return text.replace(redact(both["url"]), "PROJECT").replace(both["folder"], "PROJECT")


@pytest.mark.parametrize("command", [["check"], ["check", "--json"], ["sources"],
                                     ["sources", "--json"], ["outline"]])
def test_a_url_says_what_its_folder_says(both: dict[str, str], command: list[str],
                                         capsys) -> None:
    results = {}
    for where in ("folder", "url"):
        code, out, err = _run(capsys, command[0], both[where], *command[1:])
        results[where] = (code, _same(out, both), _same(err, both))
    assert results["url"] == results["folder"]
    assert results["url"][1].strip()  # and it said something


@needs_pandoc
def test_a_note_exported_from_a_url_is_the_folders(both: dict[str, str], tmp_path: Path,
                                                   capsys) -> None:
    texts = {}
    for where in ("folder", "url"):
        out = tmp_path / f"{where}.docx"
        code, said, _ = _run(capsys, "export", both[where], "-o", str(out))
        assert code == 0 and f"Exported {out}" in said
        texts[where] = subprocess.run(["pandoc", "-t", "plain", str(out)], check=True,
                                      capture_output=True, text=True).stdout
    assert texts["url"] == texts["folder"]
    assert "reduce tariffs on steel and aluminum imports" in " ".join(texts["url"].split())


def test_new_on_a_url_makes_the_project_there(pg_cluster, tmp_path: Path, capsys) -> None:
    url = pg_cluster.create_database()
    code, out, err = _run(capsys, "new", url, "--from", str(seeds_dir()))
    assert code == 0, err
    assert f"Created project {redact(url)} with 5 sources." in out
    code, out, _ = _run(capsys, "sources", url)
    assert code == 0 and "001_3e22afcecaafb256" in out
    code, _, err = _run(capsys, "new", url)
    assert code == 2 and "already holds a project" in err


def test_import_on_a_url_adds_the_source_on_the_server(both: dict[str, str], tmp_path: Path,
                                                       capsys) -> None:
    page = tmp_path / "quota.txt"
    page.write_text("Dairy quota talks resumed in Geneva on Tuesday.\n", encoding="utf-8")
    code, out, err = _run(capsys, "import", both["url"], str(page))
    assert code == 0, err
    code, out, _ = _run(capsys, "sources", both["url"])
    assert code == 0 and "quota" in out
    with psycopg.connect(both["url"]) as conn:
        row = conn.execute("SELECT count(*), max(text) FILTER (WHERE id = 'quota') "
                           "FROM sources").fetchone()
        assert row is not None and row[0] == 6 and row[1].startswith("Dairy quota talks")
        versions = conn.execute("SELECT version FROM project").fetchone()
        assert versions == (2,)  # one write-back, one new version
    code, out, _ = _run(capsys, "search", both["url"], "Geneva")
    assert code == 0 and "quota" in out.lower()  # indexed on the server


def test_an_import_on_a_project_changed_meanwhile_writes_nothing(both: dict[str, str],
                                                                 tmp_path: Path,
                                                                 capsys) -> None:
    page = tmp_path / "quota.txt"
    page.write_text("Dairy quota talks resumed in Geneva on Tuesday.\n", encoding="utf-8")
    with psycopg.connect(both["url"]) as conn:
        mine = workspace.checkout(conn, tmp_path / "mine")
        # meanwhile, a colleague imports into the same project
        other = tmp_path / "other.txt"
        other.write_text("Steel safeguard duties were extended.\n", encoding="utf-8")
        assert _run(capsys, "import", both["url"], str(other))[0] == 0
        assert main(["import", str(mine.folder), str(page)]) == 0
        with pytest.raises(workspace.DbError, match="Someone else changed the project"):
            workspace.write_back(conn, mine)
        ids = {sid for (sid,) in conn.execute("SELECT id FROM sources")}
    assert "other" in ids and "quota" not in ids  # theirs kept, mine not half written
