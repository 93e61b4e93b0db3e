"""Saving a project's notes to the server (``note_sync``): only what changed is written,
each part against the version its writer saw; what another analyst changed meanwhile is
refused with both texts and never lost, and what was accepted is what a pull gives back."""

from __future__ import annotations

import copy
import json
import random
import threading
from pathlib import Path
from typing import Any

import psycopg
import pytest

from briefer.cli import main
from briefer.db import blocks, transfer
from briefer.db.note_sync import Refused, Seen, _block_list, catch_up, read_seen, save_notes
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
        assert seen.blocks == read_seen(conn).blocks  # versions as stored, new block's too
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


def test_writers_at_once_lose_nothing_and_structure_writes_are_whole(url: str) -> None:
    """Four writers edit, add and remove blocks of one note at once, each keeping its own
    or taking theirs after a refusal: every block edit was either accepted (and went in) or
    refused to its writer (and did not), never neither; the note's
    final structure is the one of its last accepted structure write."""
    edits: dict[str, str] = {}  # marker -> "accepted" | "refused"
    shapes: dict[int, list[str]] = {}  # note version -> block ids written at it
    failures: list[BaseException] = []

    def writer(w: int) -> None:
        rng = random.Random(w)
        try:
            with psycopg.connect(url) as conn:
                seen = read_seen(conn)
                notes = _notes(seen)
                for n in range(40):
                    note = notes[0]
                    section = rng.choice(note["sections"])
                    marker = f"w{w}-{n}"
                    roll = rng.random()
                    if roll < 0.7 and _prose(note):
                        target = rng.choice(_prose(note))
                        target["markdown"] = marker
                        wrote = marker
                    elif roll < 0.85 or len(_prose(note)) < 10:
                        section["blocks"].insert(0, {"id": f"bl-{marker}", "type": "prose",
                                                     "markdown": ""})
                        wrote = ""
                    else:
                        victim = rng.choice(_prose(note))
                        for s in note["sections"]:
                            s["blocks"] = [b for b in s["blocks"] if b is not victim]
                        wrote = ""
                    for attempt in range(3):
                        before = seen.notes[note["id"]][0]
                        refused = save_notes(conn, seen, notes)
                        after = seen.notes[note["id"]][0]
                        if after != before and not any(r.block_id == "" for r in refused):
                            shapes[after] = [b["id"] for _, b in _block_list(note)]
                        told = json.dumps([r.mine for r in refused])
                        now = seen.blocks.get((note["id"], target["id"]), (0, {})) \
                            if wrote else (0, {})
                        if wrote and now[1].get("markdown") == wrote:
                            edits[wrote] = "accepted"
                        elif wrote:
                            edits[wrote] = "refused" if wrote in told else "lost"
                        if not refused:
                            break
                        catch_up(conn, seen, refused)
                        if rng.random() < 0.5 or attempt == 2:  # take theirs, all of it
                            seen = read_seen(conn)
                            notes = _notes(seen)
                            break
                        wrote = wrote if wrote in told else ""  # keep mine: saved again
        except BaseException as exc:  # reported by the test below
            failures.append(exc)

    with psycopg.connect(url) as conn:  # every value the server ever held, for the test
        conn.execute("CREATE TABLE held (data jsonb)")
        conn.execute("CREATE FUNCTION hold() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                     "INSERT INTO held VALUES (NEW.data); RETURN NULL; END $$")
        conn.execute("CREATE TRIGGER hold AFTER INSERT OR UPDATE ON note_blocks "
                     "FOR EACH ROW EXECUTE FUNCTION hold()")
    threads = [threading.Thread(target=writer, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures, failures
    with psycopg.connect(url) as conn:
        held = {str(d.get("markdown")) for (d,) in conn.execute("SELECT data FROM held")}
        history = {str(d.get("markdown")) for (d,) in conn.execute(
            "SELECT data FROM block_edits")}
        final = read_seen(conn)
    markers = {m for m in held if m.startswith("w") and "-" in m}
    accepted = {m for m, state in edits.items() if state == "accepted"}
    assert accepted <= markers  # every accepted edit went in
    assert markers <= accepted  # and no refused one did
    assert history <= accepted  # no writer's stale copy of a paragraph overwrote a newer one
    assert "lost" not in edits.values()
    assert {"accepted", "refused"} <= set(edits.values())  # both happened
    version, note = next(iter(final.notes.values()))
    assert shapes and version == max(shapes)
    assert [b["id"] for _, b in _block_list(note)] == shapes[version]


def test_notes_put_in_another_order(url: str) -> None:
    with psycopg.connect(url) as conn:
        seen = read_seen(conn)
        first = _notes(seen)[0]
        second = copy.deepcopy(first) | {"id": "note-2", "name": "Follow-up"}
        assert save_notes(conn, seen, [first, second]) == []
        assert save_notes(conn, seen, [second, first]) == []
        assert [n["id"] for n in _pulled(conn)] == ["note-2", first["id"]]
        assert list(seen.notes) == ["note-2", first["id"]]
        assert save_notes(conn, seen, [second, first]) == []
