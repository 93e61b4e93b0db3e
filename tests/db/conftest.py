"""Fixtures for the PostgreSQL tests: one throwaway cluster per session, a fresh database
per test (see ``tests/helpers/pg.py``). Without PostgreSQL the tests are skipped."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.pg import Cluster, missing_reason, start_cluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    reason = missing_reason()
    if reason is not None:
        pytest.skip(reason)
    pytest.importorskip("psycopg", reason="psycopg 3 is not installed (pip install psycopg)")
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: Cluster) -> str:
    """The URL of a new, empty database of the test cluster."""
    return pg_cluster.create_database()
