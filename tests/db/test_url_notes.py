"""``draft``, ``excerpt`` and ``notes`` on a ``postgresql://`` project: the same commands
give the same notes on a folder and on its push, their changes are saved part by part
(``note_sync``), and a paragraph another analyst changed meanwhile is not overwritten: the
command fails, naming the block, with both texts."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import psycopg
import pytest

from briefer.cli import main
from briefer.core.note import ProseBlock
from briefer.db import blocks, workspace
from briefer.db.connect import redact
from briefer.io.project_file import load_project, save_project
from tests.helpers.office import needs_pandoc

QUOTE = "reduce tariffs on steel and aluminum imports"
SOURCE = "001_3e22afcecaafb256"


@pytest.fixture
def both(tmp_path: Path, pg_url: str, capsys) -> dict[str, str]:
    """The sample project (no note drafted yet) as a folder and on a server."""
    folder = tmp_path / "desk"
    assert main(["new", str(folder)]) == 0
    assert main(["db", "upgrade", pg_url]) == 0
    assert main(["push", str(folder), pg_url]) == 0
    capsys.readouterr()
    return {"folder": str(folder), "url": pg_url}


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _same(text: str, both: dict[str, str]) -> str:
    """Output with the project's name for it one word, and the ids drawn at random (of a
    new excerpt, block or note) one word too."""
    text = text.replace(redact(both["url"]), "PROJECT").replace(both["folder"], "PROJECT")
    return re.sub(r"\b(ex|bl|note)-[0-9a-f]{6,}\b", "ID", text)


def _notes(capsys, where: str) -> list[dict[str, Any]]:
    """``briefer notes --json``, without the ids (a new note's id is drawn at random)."""
    code, out, err = _run(capsys, "notes", where, "--json")
    assert code == 0, err
    return [{k: v for k, v in row.items() if k != "id"} for row in json.loads(out)["notes"]]


def _pulled(url: str, folder: Path) -> Any:
    assert main(["pull", url, str(folder)]) == 0
    return load_project(folder, outline=False)


STEPS = [
    ["draft"],
    ["excerpt", SOURCE, "--quote", QUOTE],
    ["notes", "--new", "Follow-up"],
    ["draft", "--replace", "--note", "Follow-up"],
    ["excerpt", SOURCE, "--quote", QUOTE, "--paraphrase", "Cut the steel tariffs.",
     "--note", "Follow-up"],
    ["notes", "--rename", "Follow-up", "QP card"],
]


@needs_pandoc
def test_the_same_commands_give_the_same_notes_on_a_folder_and_on_a_url(
        both: dict[str, str], tmp_path: Path, capsys) -> None:
    for step in STEPS:
        said = {}
        for where in ("folder", "url"):
            code, out, err = _run(capsys, step[0], both[where], *step[1:])
            said[where] = (code, _same(out, both), _same(err, both))
        assert said["url"] == said["folder"] and said["url"][0] == 0, step
    assert _notes(capsys, both["url"]) == _notes(capsys, both["folder"])
    assert [n["name"] for n in _notes(capsys, both["url"])] == ["", "QP card"]
    for note, words in (("QP card", "Cut the steel tariffs."), (None, QUOTE)):
        texts = {}
        for where in ("folder", "url"):
            docx = tmp_path / f"{where}.docx"
            code, _, err = _run(capsys, "export", both[where], "-o", str(docx),
                                *(["--note", note] if note else []))
            assert code == 0, err
            texts[where] = subprocess.run(["pandoc", "-t", "plain", str(docx)], check=True,
                                          capture_output=True, text=True).stdout
        assert texts["url"] == texts["folder"]
        assert words in " ".join(texts["url"].split())
    # what the server holds is the folder's notes, a pull away
    pulled = _pulled(both["url"], tmp_path / "back")
    folder = load_project(Path(both["folder"]), outline=False)
    assert [(n.name, [len(s.blocks) for s in n.sections]) for n in pulled.notes.values()] \
        == [(n.name, [len(s.blocks) for s in n.sections]) for n in folder.notes.values()]


def _first_prose(project: Any) -> tuple[str, str, Any]:
    for nid, note in project.notes.items():
        for section in note.sections:
            for block in section.blocks:
                if block.kind == "prose" and block.markdown:
                    return nid, block.id, block
    raise AssertionError("no prose block")


@pytest.fixture
def drafted(both: dict[str, str], capsys) -> dict[str, str]:
    assert _run(capsys, "draft", both["url"])[0] == 0
    return both


def test_a_paragraph_changed_meanwhile_is_refused_with_both_texts(
        drafted: dict[str, str], tmp_path: Path) -> None:
    url = drafted["url"]
    with psycopg.connect(url) as conn, psycopg.connect(url) as other:
        mine = workspace.checkout(conn, tmp_path / "mine")
        # the command edits two paragraphs of the checked-out note...
        project = load_project(mine.folder, outline=False)
        nid, bid, block = _first_prose(project)
        block.markdown = "Canada should hold firm."
        second = next(b for s in project.note.sections for b in s.blocks
                      if isinstance(b, ProseBlock) and b.id != bid)
        second.markdown = "A second paragraph, nobody else's."
        save_project(project)
        # ...while another analyst saves the first one
        version, value = blocks.read_block(other, nid, bid)
        assert blocks.save_block(other, nid, bid, version,
                                 {**value, "markdown": "Canada should concede."}).accepted
        with pytest.raises(workspace.DbError) as failed:
            workspace.write_back(conn, mine)
        said = str(failed.value)
        assert f"block {bid} of note {nid}" in said
        assert "theirs: “Canada should concede.”" in said
        assert "this command's: “Canada should hold firm.”" in said
        assert "Nothing is lost" in said
        stored: dict[str, str] = dict(conn.execute(
            "SELECT id, data->>'markdown' FROM note_blocks").fetchall())
    assert stored[bid] == "Canada should concede."  # theirs kept, not overwritten
    assert stored[second.id] == "A second paragraph, nobody else's."  # the rest written


def test_another_paragraph_changed_meanwhile_is_kept_beside_the_command(
        drafted: dict[str, str], tmp_path: Path, capsys) -> None:
    url = drafted["url"]
    with psycopg.connect(url) as conn, psycopg.connect(url) as other:
        mine = workspace.checkout(conn, tmp_path / "mine")
        nid, bid, _ = _first_prose(load_project(mine.folder, outline=False))
        version, value = blocks.read_block(other, nid, bid)
        assert blocks.save_block(other, nid, bid, version,
                                 {**value, "markdown": "Their paragraph."}).accepted
        assert main(["excerpt", str(mine.folder), SOURCE, "--quote", QUOTE]) == 0
        workspace.write_back(conn, mine)
    back = _pulled(url, tmp_path / "back")
    texts = [b.markdown for s in back.note.sections for b in s.blocks if b.kind == "prose"]
    assert "Their paragraph." in texts
    quoted = [e for e in back.excerpts.values() if e.quote.exact == QUOTE]
    assert len(quoted) == 1 and len(back.excerpts) == len(mine.data["excerpts"]) + 1
    assert quoted[0].id in {b.excerpt_id for b in back.note.excerpt_blocks()}


def test_a_redraft_over_a_paragraph_changed_meanwhile_is_refused(
        drafted: dict[str, str], tmp_path: Path, capsys) -> None:
    url = drafted["url"]
    with psycopg.connect(url) as conn, psycopg.connect(url) as other:
        mine = workspace.checkout(conn, tmp_path / "mine")
        nid, bid, _ = _first_prose(load_project(mine.folder, outline=False))
        version, value = blocks.read_block(other, nid, bid)
        assert blocks.save_block(other, nid, bid, version,
                                 {**value, "markdown": "Their paragraph."}).accepted
        assert main(["draft", str(mine.folder), "--replace"]) == 0
        with pytest.raises(workspace.DbError, match=f"name of note {nid} — theirs"):
            workspace.write_back(conn, mine)
        texts = {t for (t,) in conn.execute("SELECT data->>'markdown' FROM note_blocks")}
    assert "Their paragraph." in texts  # not removed unseen


def test_notes_made_renamed_and_deleted_on_a_url_come_back_in_a_pull(
        both: dict[str, str], tmp_path: Path, capsys) -> None:
    url = both["url"]
    code, out, err = _run(capsys, "notes", url, "--new", "Follow-up")
    assert code == 0 and "Added the note 'Follow-up'." in out, err
    assert [n.name for n in _pulled(url, tmp_path / "a").notes.values()] == ["", "Follow-up"]
    code, out, err = _run(capsys, "notes", url, "--rename", "Follow-up", "QP card")
    assert code == 0, err
    assert [n.name for n in _pulled(url, tmp_path / "b").notes.values()] == ["", "QP card"]
    code, _, err = _run(capsys, "excerpt", url, SOURCE, "--quote", QUOTE, "--note", "QP card")
    assert code == 0, err
    card = next(n for n in _pulled(url, tmp_path / "c").notes.values() if n.name == "QP card")
    assert len(card.excerpt_blocks()) == 1
    code, out, err = _run(capsys, "notes", url, "--delete", "QP card")
    assert code == 0 and "Deleted the note 'QP card'." in out, err
    back = _pulled(url, tmp_path / "d")
    assert [n.name for n in back.notes.values()] == [""]
    assert len(back.excerpts) == 1  # a deleted note's excerpts stay in the project
    code, _, err = _run(capsys, "draft", url, "--note", "QP card")
    assert code == 2 and "no note named 'QP card'" in err
