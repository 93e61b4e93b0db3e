"""Who else is here, as the server tells it: each window's own row, seen only by the roles
cleared for the note it names, and never written for someone else (migration 4)."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from briefer.cli import main
from briefer.db import presence
from tests.helpers.pg import Cluster


@pytest.fixture
def desk(pg_cluster: Cluster, pg_url: str, tmp_path, capsys) -> dict[str, str]:
    """A project whose note is PROTECTED B, and two analysts: one cleared for it, one not."""
    folder = tmp_path / "desk"
    for argv in (["new", str(folder)], ["draft", str(folder)], ["db", "upgrade", pg_url],
                 ["push", str(folder), pg_url]):
        assert main(argv) == 0
    names = {who: f"{who}_{uuid.uuid4().hex[:8]}" for who in ("cleared", "uncleared")}
    with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:
        for name in names.values():
            conn.execute(f'CREATE ROLE "{name}" LOGIN')
    assert main(["db", "grant", pg_url, names["cleared"], "--clearance", "PROTECTED B"]) == 0
    assert main(["db", "grant", pg_url, names["uncleared"], "--clearance", "UNCLASSIFIED"]) == 0
    with psycopg.connect(pg_url) as conn:
        conn.execute("UPDATE notes SET meta = jsonb_set(meta, '{classification}', "
                     "'\"PROTECTED B\"')")
    capsys.readouterr()
    return {who: pg_url.replace("user=briefer_admin", f"user={name}")
            for who, name in names.items()} | {"names": names}  # type: ignore[dict-item]


def test_a_window_on_a_protected_note_is_seen_only_by_the_cleared(desk) -> None:
    with psycopg.connect(desk["cleared"], autocommit=True) as cleared, \
            psycopg.connect(desk["uncleared"], autocommit=True) as uncleared:
        mine, theirs, watching = (str(uuid.uuid4()) for _ in range(3))
        presence.beat(cleared, mine, "note")
        presence.beat(uncleared, theirs, "")  # the uncleared analyst, on no note
        assert presence.others(cleared, watching) == [
            presence.Here(desk["names"]["cleared"], "note"),
            presence.Here(desk["names"]["uncleared"], "")]
        # the uncleared analyst does not learn that anyone is on the protected note
        assert presence.others(uncleared, watching) == [
            presence.Here(desk["names"]["uncleared"], "")]
        assert uncleared.execute("SELECT count(*) FROM presence WHERE note_id = 'note'"
                                 ).fetchone() == (0,)


def test_a_window_cannot_write_or_remove_anothers_row(desk) -> None:
    with psycopg.connect(desk["cleared"], autocommit=True) as cleared, \
            psycopg.connect(desk["uncleared"], autocommit=True) as uncleared:
        mine = str(uuid.uuid4())
        presence.beat(uncleared, mine, "")
        assert cleared.execute("UPDATE presence SET note_id = 'note' WHERE session_id = %s",
                               (mine,)).rowcount == 0
        presence.leave(cleared, mine)
        assert presence.others(uncleared, str(uuid.uuid4())) == [
            presence.Here(desk["names"]["uncleared"], "")]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            cleared.execute("INSERT INTO presence (session_id, role_name) VALUES (%s, %s)",
                            (str(uuid.uuid4()), desk["names"]["uncleared"]))


def test_an_old_heartbeat_is_read_as_gone(desk) -> None:
    with psycopg.connect(desk["cleared"], autocommit=True) as conn:
        gone, watching = str(uuid.uuid4()), str(uuid.uuid4())
        presence.beat(conn, gone, "note")
        conn.execute("UPDATE presence SET heartbeat = now() - make_interval(secs => %s) "
                     "WHERE session_id = %s", (presence.STALE_S + 1, gone))
        assert presence.others(conn, watching) == []
