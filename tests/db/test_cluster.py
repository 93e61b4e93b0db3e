"""The throwaway cluster itself: a real server, reachable only over its socket."""

from __future__ import annotations

import psycopg
from tests.helpers.pg import Cluster


def test_the_cluster_is_a_real_server_with_the_extensions_briefer_needs(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        version = conn.execute("SHOW server_version_num").fetchone()
        assert version is not None and int(version[0]) >= 150000
        available = {r[0] for r in conn.execute(
            "SELECT name FROM pg_available_extensions WHERE name IN ('unaccent', 'pg_trgm')")}
        assert available == {"unaccent", "pg_trgm"}


def test_the_server_listens_on_no_tcp_port(pg_cluster: Cluster) -> None:
    with psycopg.connect(pg_cluster.url()) as conn:
        row = conn.execute("SHOW listen_addresses").fetchone()
    assert row == ("",)
    assert list(pg_cluster.socket_dir.glob(".s.PGSQL.*"))  # the socket in its own folder


def test_without_postgresql_the_reason_to_skip_names_what_is_missing(monkeypatch) -> None:
    from tests.helpers import pg

    monkeypatch.setattr(pg.shutil, "which", lambda name: None)
    monkeypatch.setattr(pg, "SEARCH_DIRS", [])
    assert pg.find_bin_dir() is None
    reason = pg.missing_reason()
    assert reason is not None and "initdb" in reason and "postgresql" in reason
