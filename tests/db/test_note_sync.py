"""Saving a project's notes to the server (``note_sync``): only what changed is written,
each part against the version its writer saw; what another analyst changed meanwhile is
refused with both texts and never lost, and what was accepted is what a pull gives back."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import psycopg
import pytest

from briefer.cli import main
from briefer.db import blocks, transfer
from briefer.db.note_sync import Refused, Seen, catch_up, read_seen, save_notes
from briefer.io.project_yaml import notes_form


@pytest.fixture
def url(pg_url: str, tmp_path: Path, capsys) -> str:
    """A database holding the sample project with its drafted note."""
    folder = tmp_path / "p"
    assert main(["new", str(folder)]) == 0
    assert main(["draft", str(folder)]) == 0
    assert main(["db", "upgrade", pg_url]) == 0
    assert main(["push", str(folder), pg_url]) == 0
    capsys.readouterr()
    return pg_url


def _notes(seen: Seen) -> list[dict[str, Any]]:
    """The notes as the reader holds them (a copy to edit)."""
    return [copy.deepcopy(note) for _, note in seen.notes.values()]


def _pulled(conn: psycopg.Connection) -> list[dict[str, Any]]:
    """The notes a pull of the project would write."""
    data = notes_form(transfer.project_data(conn))
    conn.commit()
    return list(data["notes"])


def _prose(note: dict[str, Any]) -> list[dict[str, Any]]:
    return [b for s in note["sections"] for b in s["blocks"] if b["type"] == "prose"]


def _history(conn: psycopg.Connection) -> int:
    row = conn.execute("SELECT count(*) FROM block_edits").fetchone()
    conn.commit()
    return int(row[0]) if row else 0


def test_only_what_changed_is_written_once(url: str) -> None:
    with psycopg.connect(url) as conn:
        seen = read_seen(conn)
        notes = _notes(seen)
        assert save_notes(conn, seen, notes) == [] and _history(conn) == 0
        block = _prose(notes[0])[0]
        block["markdown"] = "Canada should **hold** its position."
        versions = {k: v for k, (v, _) in seen.blocks.items()}
        assert save_notes(conn, seen, notes) == []
        key = (notes[0]["id"], block["id"])
        assert seen.blocks[key] == (versions[key] + 1, block)
        assert save_notes(conn, seen, notes) == [] and _history(conn) == 1  # not twice
        assert {k: v for k, (v, _) in read_seen(conn).blocks.items()} == \
            {**versions, key: versions[key] + 1}
        assert _pulled(conn) == notes


def test_the_same_block_edited_by_two_is_refused_with_both_texts(url: str) -> None:
    with psycopg.connect(url) as alice, psycopg.connect(url) as bob:
        seen_a, seen_b = read_seen(alice), read_seen(bob)
        mine_a, mine_b = _notes(seen_a), _notes(seen_b)
        _prose(mine_a[0])[0]["markdown"] = "Alice's words"
        _prose(mine_b[0])[0]["markdown"] = "Bob's words"
        _prose(mine_b[0])[1]["markdown"] = "Bob's other block"  # nobody else's: accepted
        assert save_notes(alice, seen_a, mine_a) == []
        refused = save_notes(bob, seen_b, mine_b)
        block = _prose(mine_b[0])[0]
        key = (mine_b[0]["id"], block["id"])
        assert refused == [Refused(key[0], key[1], block, _prose(mine_a[0])[0],
                                   seen_a.blocks[key][0])]
        server = _pulled(bob)[0]
        assert _prose(server)[0]["markdown"] == "Alice's words"
        assert _prose(server)[1]["markdown"] == "Bob's other block"
        # Bob keeps his: caught up with the server's version, saved again
        catch_up(bob, seen_b, refused)
        assert save_notes(bob, seen_b, mine_b) == []
        assert _prose(_pulled(bob)[0])[0]["markdown"] == "Bob's words"
        # Alice's stale copy is now refused in turn, Bob's text beside hers
        _prose(mine_a[0])[0]["markdown"] = "Alice again"
        again = save_notes(alice, seen_a, mine_a)
        assert [(r.mine, r.theirs) for r in again] == [
            (_prose(mine_a[0])[0], _prose(mine_b[0])[0])]


def test_blocks_added_removed_moved_and_note_renamed(url: str) -> None:
    with psycopg.connect(url) as conn:
        seen = read_seen(conn)
        notes = _notes(seen)
        note = notes[0]
        first, second = note["sections"][0], note["sections"][1]
        moved = first["blocks"].pop(0)
        second["blocks"].append(moved)
        removed = second["blocks"].pop(0)
        first["blocks"].insert(0, {"id": "bl-new", "type": "prose", "markdown": "New point."})
        note["name"] = "QP card"
        note["meta"]["subject"] = "Steel safeguards"
        first["title"] = "Purpose of this note"
        version = seen.notes[note["id"]][0]
        assert save_notes(conn, seen, notes) == []
        assert seen.notes[note["id"]][0] == version + 1  # one structure write
        assert (note["id"], removed["id"]) not in seen.blocks
        assert seen.blocks[(note["id"], "bl-new")][0] == 1
        assert _pulled(conn) == notes
        assert save_notes(conn, seen, notes) == []
        assert blocks.note_version(conn, note["id"]) == version + 1


def test_structure_changed_meanwhile_is_refused_but_block_edits_go_in(url: str) -> None:
    with psycopg.connect(url) as alice, psycopg.connect(url) as bob:
        seen_a, seen_b = read_seen(alice), read_seen(bob)
        mine_a, mine_b = _notes(seen_a), _notes(seen_b)
        mine_a[0]["sections"][0]["blocks"].append(
            {"id": "bl-alice", "type": "prose", "markdown": "Alice's point."})
        assert save_notes(alice, seen_a, mine_a) == []
        gone = mine_b[0]["sections"][1]["blocks"].pop()
        _prose(mine_b[0])[0]["markdown"] = "Bob's edit"
        refused = save_notes(bob, seen_b, mine_b)
        assert len(refused) == 1 and refused[0].block_id == ""
        theirs = refused[0].theirs
        assert refused[0].mine == mine_b[0] and theirs is not None
        assert "bl-alice" in {b["id"] for s in theirs["sections"] for b in s["blocks"]}
        assert refused[0].version == seen_a.notes[mine_a[0]["id"]][0]
        server = _pulled(bob)[0]
        assert _prose(server)[0]["markdown"] == "Bob's edit"  # his block edit went in
        assert gone["id"] in {b["id"] for s in server["sections"] for b in s["blocks"]}
        # keep mine: Bob's structure (without Alice's block, without the one he removed)
        catch_up(bob, seen_b, refused)
        assert save_notes(bob, seen_b, mine_b) == []
        assert _pulled(bob) == mine_b


def test_a_block_edited_meanwhile_is_not_removed_unseen(url: str) -> None:
    with psycopg.connect(url) as alice, psycopg.connect(url) as bob:
        seen_a, seen_b = read_seen(alice), read_seen(bob)
        mine_a, mine_b = _notes(seen_a), _notes(seen_b)
        target = _prose(mine_a[0])[0]
        target["markdown"] = "Alice's edit"
        assert save_notes(alice, seen_a, mine_a) == []
        for section in mine_b[0]["sections"]:
            section["blocks"] = [b for b in section["blocks"] if b["id"] != target["id"]]
        refused = save_notes(bob, seen_b, mine_b)
        assert [(r.block_id, r.theirs is not None) for r in refused] == [("", True)]
        assert _prose(_pulled(bob)[0])[0]["markdown"] == "Alice's edit"


def test_notes_created_and_deleted(url: str) -> None:
    with psycopg.connect(url) as alice, psycopg.connect(url) as bob:
        seen_a = read_seen(alice)
        mine = _notes(seen_a)
        extra = copy.deepcopy(mine[0]) | {"id": "note-2", "name": "Follow-up"}
        assert save_notes(alice, seen_a, [*mine, extra]) == []
        assert [n["id"] for n in _pulled(alice)] == [mine[0]["id"], "note-2"]
        assert _pulled(alice)[1] == extra
        seen_b = read_seen(bob)
        # Bob edits the new note's block while Alice deletes the note: her delete is refused
        theirs = _notes(seen_b)
        _prose(theirs[1])[0]["markdown"] = "Bob's follow-up"
        assert save_notes(bob, seen_b, theirs) == []
        refused = save_notes(alice, seen_a, mine)
        assert [(r.note_id, r.block_id, r.mine) for r in refused] == [("note-2", "", None)]
        assert refused[0].theirs == theirs[1]
        catch_up(alice, seen_a, refused)  # she saw his edit and still deletes it
        assert save_notes(alice, seen_a, mine) == []
        assert [n["id"] for n in _pulled(alice)] == [mine[0]["id"]]


def test_a_replayed_save_is_applied_once(url: str) -> None:
    with psycopg.connect(url) as conn:
        seen = read_seen(conn)
        before = copy.deepcopy(seen)
        notes = _notes(seen)
        block = _prose(notes[0])[0]
        block["markdown"] = "Sent once"
        edits = {(notes[0]["id"], block["id"]): blocks.new_edit_id()}
        assert save_notes(conn, seen, notes, edit_ids=edits) == []
        # the answer was lost: the writer replays from what it saw before, same edit ids
        assert save_notes(conn, before, notes, edit_ids=edits) == []
        assert before.blocks == seen.blocks and _history(conn) == 1
