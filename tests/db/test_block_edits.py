"""Block-by-block saves with versions, and live changes: several analysts on one note.

The concurrency test is the issue's: 20 analysts × 200 edits on one note (random blocks,
some deliberately based on an old version), each with its own connection, while another
connection terminates analysts' backends at random moments (mid-transaction, mid-commit)
and analysts close their own connections now and then, some just after their write
committed (its answer lost). A writer whose connection dropped reconnects, asks the server
whether its edit went in, and replays it if not. At the end:
every accepted edit is in the server's history and the final text of each block is its
last accepted write, every refused edit was reported to its writer, nothing else is there.
BRIEFER_PG_ANALYSTS / BRIEFER_PG_EDITS make it smaller or larger.
"""

from __future__ import annotations

import os
import random
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
import pytest

from briefer.cli import main
from briefer.db import blocks
from briefer.db.blocks import save_block

ANALYSTS = int(os.environ.get("BRIEFER_PG_ANALYSTS", "20"))
EDITS = int(os.environ.get("BRIEFER_PG_EDITS", "200"))


@pytest.fixture
def note_url(pg_url: str, tmp_path: Path, capsys) -> str:
    """A database holding the sample project with its drafted note (38 blocks)."""
    folder = tmp_path / "p"
    assert main(["new", str(folder)]) == 0
    assert main(["draft", str(folder)]) == 0
    assert main(["db", "upgrade", pg_url]) == 0
    assert main(["push", str(folder), pg_url]) == 0
    capsys.readouterr()
    return pg_url


def _blocks(url: str) -> tuple[str, dict[str, tuple[int, dict[str, Any]]]]:
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT note_id, id, version, data FROM note_blocks").fetchall()
    return rows[0][0], {bid: (version, data) for _, bid, version, data in rows}


def test_a_write_on_an_old_version_is_refused_with_the_other_text(note_url: str) -> None:
    note, found = _blocks(note_url)
    block = next(iter(found))
    version, data = found[block]
    with psycopg.connect(note_url) as alice, psycopg.connect(note_url) as bob:
        mine = save_block(alice, note, block, version, {**data, "markdown": "Alice's words"})
        assert mine.accepted and mine.version == version + 1
        theirs = save_block(bob, note, block, version, {**data, "markdown": "Bob's words"})
        assert not theirs.accepted and theirs.version == version + 1
        assert theirs.current is not None and theirs.current["markdown"] == "Alice's words"
        # Bob chooses his text, now based on Alice's version: accepted
        again = save_block(bob, note, block, theirs.version, {**data, "markdown": "Bob's words"})
        assert again.accepted and blocks.read_block(alice, note, block)[1]["markdown"] == \
            "Bob's words"


def test_a_replayed_edit_is_applied_once(note_url: str) -> None:
    note, found = _blocks(note_url)
    block = next(iter(found))
    version, data = found[block]
    edit = blocks.new_edit_id()
    with psycopg.connect(note_url) as conn:
        first = save_block(conn, note, block, version, {**data, "markdown": "once"}, edit)
        replay = save_block(conn, note, block, version, {**data, "markdown": "once"}, edit)
        assert first == replay and first.accepted
        assert blocks.read_block(conn, note, block)[0] == version + 1
        assert blocks.edit_status(conn, edit) == version + 1
        assert blocks.edit_status(conn, blocks.new_edit_id()) is None


def test_structure_changes_are_checked_against_the_note_version(note_url: str) -> None:
    note, found = _blocks(note_url)
    with psycopg.connect(note_url) as alice, psycopg.connect(note_url) as bob:
        seen = blocks.note_version(alice, note)
        assert blocks.note_version(bob, note) == seen
        with alice.transaction():
            row = alice.execute("SELECT section_id FROM note_blocks WHERE note_id = %s "
                                "LIMIT 1", (note,)).fetchone()
        assert row is not None
        section = row[0]
        added = blocks.add_block(alice, note, section, 0,
                                 {"id": "bl-new", "type": "prose", "markdown": "New."}, seen)
        assert added.accepted and added.version == seen + 1
        late = blocks.remove_block(bob, note, next(iter(found)), seen)
        assert not late.accepted and late.version == seen + 1  # Bob saw the old structure
        _, now = _blocks(note_url)
        assert "bl-new" in now and set(found) <= set(now)  # nothing removed by the late one
        assert blocks.remove_block(bob, note, "bl-new", late.version).accepted
        assert "bl-new" not in _blocks(note_url)[1]


def test_another_window_hears_a_block_write_within_a_second(note_url: str) -> None:
    note, found = _blocks(note_url)
    block = next(iter(found))
    version, data = found[block]
    with psycopg.connect(note_url, autocommit=True) as window, \
            psycopg.connect(note_url) as writer:
        blocks.listen(window)
        started = time.monotonic()
        assert save_block(writer, note, block, version, {**data, "markdown": "Live."}).accepted
        heard = next(blocks.changes(window, timeout=1.0), None)
        assert heard == blocks.Change(note, block, version + 1)
        assert time.monotonic() - started < 1.0
        # a refused write changes nothing, so nothing is announced
        assert not save_block(writer, note, block, version, data).accepted
        assert next(blocks.changes(window, timeout=0.3), None) is None


@dataclass
class Analyst:
    """One simulated analyst: what the server told it, edit by edit."""

    number: int
    accepted: dict[str, tuple[str, int, dict[str, Any]]] = field(default_factory=dict)
    refused: dict[str, tuple[str, int]] = field(default_factory=dict)
    stale: set[str] = field(default_factory=set)  # edits deliberately on an old version
    drops: int = 0
    asked: int = 0  # edits whose outcome was asked of the server after a drop
    went_in: int = 0  # of those, edits the server had accepted before the drop


def _connect(url: str) -> psycopg.Connection:
    while True:
        try:
            return psycopg.connect(url + "&application_name=analyst")
        except psycopg.OperationalError:
            time.sleep(0.01)


def _work(url: str, note: str, start: dict[str, tuple[int, dict[str, Any]]],
          me: Analyst) -> None:
    rng = random.Random(me.number)
    known = {b: v for b, (v, _) in start.items()}
    ids = sorted(start)  # 38 blocks for 20 writers: real collisions
    conn = _connect(url)
    for n in range(EDITS):
        block = rng.choice(ids)
        value = {**start[block][1], "markdown": f"analyst {me.number}, edit {n}"}
        based_on = known[block]
        edit = blocks.new_edit_id()
        if rng.random() < 0.05 and based_on > 1:
            based_on -= 1  # a deliberately stale write: must be refused
            me.stale.add(edit)
        lose_reply = rng.random() < 0.03  # the write commits, its answer never arrives
        while True:
            if rng.random() < 0.01:
                conn.close()  # the analyst's laptop drops the connection itself
            try:
                saved = save_block(conn, note, block, based_on, value, edit)
                if lose_reply:
                    lose_reply = False
                    conn.close()
                    raise psycopg.OperationalError("the connection dropped before the answer")
                break
            except (psycopg.OperationalError, psycopg.InterfaceError):
                me.drops += 1
                conn.close()
                conn = _connect(url)
                try:  # did the edit go in before the connection dropped?
                    status = blocks.edit_status(conn, edit)
                except (psycopg.OperationalError, psycopg.InterfaceError):
                    continue  # dropped again: ask again on the next connection
                me.asked += 1
                if status is not None:
                    me.went_in += 1
                    saved = blocks.Saved(True, status)
                    break
        if saved.accepted:
            me.accepted[edit] = (block, saved.version, value)
        else:
            me.refused[edit] = (block, saved.version)
        known[block] = saved.version  # the user saw the other text and goes on from it
    conn.close()


def _kill(url: str, stop: threading.Event, killed: list[int]) -> None:
    rng = random.Random(99)
    with psycopg.connect(url, autocommit=True) as admin:
        while not stop.is_set():
            time.sleep(rng.uniform(0.002, 0.02))
            row = admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                "current_database() AND application_name = 'analyst' AND pid <> "
                "pg_backend_pid() ORDER BY random() LIMIT 1").fetchone()
            if row and row[0]:
                killed.append(1)


def test_twenty_analysts_with_dropped_connections_lose_nothing(note_url: str) -> None:
    note, start = _blocks(note_url)
    analysts = [Analyst(n) for n in range(ANALYSTS)]
    stop, killed = threading.Event(), []  # type: ignore[var-annotated]
    killer = threading.Thread(target=_kill, args=(note_url, stop, killed))
    workers = [threading.Thread(target=_work, args=(note_url, note, start, a))
               for a in analysts]
    began = time.monotonic()
    killer.start()
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=300)
    stop.set()
    killer.join()
    took = time.monotonic() - began
    accepted = {e: w for a in analysts for e, w in a.accepted.items()}
    refused = {e: w for a in analysts for e, w in a.refused.items()}
    # every edit got an answer, and only one
    assert len(accepted) + len(refused) == ANALYSTS * EDITS
    assert not set(accepted) & set(refused)
    assert all(e in a.refused for a in analysts for e in a.stale)  # stale writes refused
    assert refused and accepted
    assert len(killed) > 10 and sum(a.drops for a in analysts) > 10  # drops did happen
    assert sum(a.went_in for a in analysts) > 0  # and some after the commit: not replayed
    with psycopg.connect(note_url) as conn:
        history = {str(e): (b, v, d) for e, b, v, d in conn.execute(
            "SELECT edit_id, block_id, version, data FROM block_edits")}
        final = {b: (v, d) for b, v, d in conn.execute(
            "SELECT id, version, data FROM note_blocks WHERE note_id = %s", (note,))}
    # the server's history is exactly the accepted edits, as their writers were told
    assert history == accepted
    for block, (version, data) in final.items():
        mine = sorted(v for b, v, _ in accepted.values() if b == block)
        first = start[block][0]
        assert mine == list(range(first + 1, version + 1))  # one version per accepted write
        if mine:  # the block's text is its last accepted write
            assert data == next(d for b, v, d in accepted.values()
                                if b == block and v == version)
        else:
            assert data == start[block][1]
    print(f"\n{ANALYSTS} analysts x {EDITS} edits: {len(accepted)} accepted, {len(refused)} "
          f"refused, {len(killed)} backends terminated, "
          f"{sum(a.drops for a in analysts)} drops, {sum(a.went_in for a in analysts)} edits "
          f"found accepted after their drop, {took:.1f} s")
