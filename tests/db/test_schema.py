"""``briefer db upgrade``: the schema by versioned migrations; a newer schema refused."""

from __future__ import annotations

import psycopg
import pytest

from briefer.cli import main
from briefer.db import schema
from briefer.db.connect import DbError
from briefer.db.migrations import LATEST


def test_upgrade_creates_the_schema_once_and_says_so(pg_url: str, capsys) -> None:
    assert main(["db", "upgrade", pg_url]) == 0
    assert f"Schema {LATEST}" in capsys.readouterr().out
    assert main(["db", "upgrade", pg_url]) == 0
    assert "already current" in capsys.readouterr().out
    with psycopg.connect(pg_url) as conn:
        versions = [v for (v,) in conn.execute("SELECT version FROM briefer_schema ORDER BY 1")]
        assert versions == list(range(1, LATEST + 1))
        assert schema.check(conn) == LATEST


def test_a_database_from_a_newer_briefer_is_refused_and_left_unchanged(pg_url: str,
                                                                        capsys) -> None:
    with psycopg.connect(pg_url) as conn:
        schema.upgrade(conn)
        conn.execute("INSERT INTO briefer_schema (version, name) VALUES (%s, 'future')",
                     (LATEST + 1,))
        conn.commit()
    assert main(["db", "upgrade", pg_url]) == 2
    err = capsys.readouterr().err
    assert "newer Briefer" in err and f"schema {LATEST + 1}" in err
    assert "nothing was changed" in err
    assert main(["pull", pg_url, "/tmp/never-written-by-briefer-tests"]) == 2
    assert "newer Briefer" in capsys.readouterr().err
    with psycopg.connect(pg_url) as conn:
        with pytest.raises(DbError, match="newer Briefer"):
            schema.check(conn)
        count = conn.execute("SELECT count(*) FROM briefer_schema").fetchone()
        assert count == (LATEST + 1,)


def test_an_empty_database_asks_for_an_upgrade(pg_url: str, capsys) -> None:
    assert main(["search", pg_url, "tariffs"]) == 2
    assert "briefer db upgrade URL" in capsys.readouterr().err


def test_an_unreachable_server_is_one_line_not_a_traceback(capsys, tmp_path) -> None:
    url = f"postgresql:///nothing?host={tmp_path}"
    assert main(["db", "upgrade", url]) == 2
    err = capsys.readouterr().err
    assert err.startswith("briefer: Cannot connect to") and "Traceback" not in err


def test_a_database_owner_who_is_not_a_superuser_can_set_it_up(pg_cluster, tmp_path,
                                                               capsys) -> None:
    """The department's setup as the README gives it: an ordinary role owns the database
    and runs the upgrade (the extensions Briefer needs are trusted ones)."""
    import uuid

    owner = f"desk_owner_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{owner}" LOGIN')
        conn.execute(f'CREATE DATABASE "{owner}" OWNER "{owner}"')
    url = pg_cluster.url(owner, user=owner)
    assert main(["db", "upgrade", url]) == 0, capsys.readouterr().err
    assert main(["new", str(tmp_path / "p")]) == 0
    assert main(["push", str(tmp_path / "p"), url]) == 0
    assert main(["search", url, "tariffs", "--limit", "1"]) == 0
    assert "1. " in capsys.readouterr().out
