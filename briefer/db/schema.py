"""The database's schema version: created and upgraded by the migrations, never downgraded.

``upgrade`` applies the migrations a database lacks, each in its own transaction under an
advisory lock (two upgrades at once wait for each other, never apply one twice).
``check`` is what every command does before reading or writing: a database whose schema is
newer than this Briefer is refused, as a newer project.yaml is, with nothing changed; an
older one asks for ``briefer db upgrade``.
"""

from __future__ import annotations

import psycopg

from briefer.db.connect import DbError
from briefer.db.migrations import LATEST, MIGRATIONS

_LOCK = 0x6272_6965_6665_72  # "briefer": one advisory lock for schema changes

_CREATE_TABLE = """
CREATE TABLE IF NOT EXISTS briefer_schema (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by text NOT NULL DEFAULT current_user
)"""


def current_version(conn: psycopg.Connection) -> int:
    """The database's schema version (0: never upgraded, no Briefer tables)."""
    row = conn.execute("SELECT to_regclass('briefer_schema') IS NOT NULL").fetchone()
    if not row or not row[0]:
        return 0
    found = conn.execute("SELECT coalesce(max(version), 0) FROM briefer_schema").fetchone()
    return int(found[0]) if found else 0


def _refuse_newer(version: int) -> None:
    if version > LATEST:
        raise DbError("This database's schema was written by a newer Briefer (schema "
                      "{version}; this version reads up to {supported}). Use a newer "
                      "Briefer; nothing was changed.", version=version, supported=LATEST)


def check(conn: psycopg.Connection) -> int:
    """Refuse a database this Briefer cannot read; returns its schema version."""
    version = current_version(conn)
    _refuse_newer(version)
    if version == 0:
        raise DbError("This database holds no Briefer project yet; create its tables with: "
                      "briefer db upgrade URL")
    if version < LATEST:
        raise DbError("This database's schema is older (schema {version}; this Briefer "
                      "needs {latest}); upgrade it with: briefer db upgrade URL",
                      version=version, latest=LATEST)
    return version


def upgrade(conn: psycopg.Connection) -> list[int]:
    """Apply the migrations the database lacks, in order; returns the versions applied."""
    applied: list[int] = []
    try:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
            conn.execute(_CREATE_TABLE)
        for version, module in MIGRATIONS:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
                now = current_version(conn)
                _refuse_newer(now)
                if version <= now:
                    continue
                conn.execute(module.SQL)
                conn.execute("INSERT INTO briefer_schema (version, name) VALUES (%s, %s)",
                             (version, module.__name__.rsplit(".", 1)[-1]))
                applied.append(version)
    except psycopg.Error as exc:
        raise DbError("The schema could not be upgraded ({reason}); nothing of that step "
                      "was changed.", reason=str(exc).strip().splitlines()[0]) from exc
    return applied
