""""Did you mean …?" on a team server: its word list follows every change to the sources.

The list is kept by the server itself (migration 7), so whatever writes a source — a push,
``briefer import URL``, a marking, a removal — changes the words suggested in the same
transaction, and a role is only ever suggested words of sources it may read.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import psycopg
import pytest

from briefer.cli import main
from briefer.db.connect import connect
from briefer.db.search import search

ARTICLES = {
    "harbour.txt": "The Zanzibar harbour authority signed a softwood accord.\n",
    "quota.txt": "Dairy quotas under supply management were raised again.\n",
}


@pytest.fixture
def desk(pg_url: str, tmp_path: Path, capsys) -> str:
    folder = tmp_path / "from"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert main(["db", "upgrade", pg_url]) == 0
    assert main(["new", pg_url, "--from", str(folder)]) == 0
    capsys.readouterr()
    return pg_url


def _suggested(url: str, typed: str) -> dict[str, str]:
    with connect(url) as conn:
        return search(conn, typed).suggestions


def _docs(url: str, word: str) -> int:
    with connect(url) as conn:
        row = conn.execute("SELECT coalesce(sum(docs), 0) FROM vocabulary WHERE word = %s",
                           (word,)).fetchone()
        return int(row[0]) if row else 0


def test_words_of_the_first_sources_are_suggested(desk: str) -> None:
    assert _suggested(desk, "Zanzibr") == {"zanzibr": "zanzibar"}
    assert _suggested(desk, "soffwood") == {"soffwood": "softwood"}
    assert _docs(desk, "softwood") == 1 and _docs(desk, "the") == 1


def test_an_imported_source_adds_its_words_and_a_removed_one_takes_them(
        desk: str, tmp_path: Path, capsys) -> None:
    article = tmp_path / "lumber.txt"
    article.write_text("Softwood lumber duties from Ketchikan mills.\n", encoding="utf-8")
    assert _suggested(desk, "Ketchikn") == {}
    assert main(["import", desk, str(article)]) == 0
    assert _suggested(desk, "Ketchikn") == {"ketchikn": "ketchikan"}
    assert _docs(desk, "softwood") == 2
    with psycopg.connect(desk) as conn:
        conn.execute("DELETE FROM sources WHERE text LIKE %s", ("%Ketchikan%",))
    assert _suggested(desk, "Ketchikn") == {}
    assert _docs(desk, "softwood") == 1


def test_a_source_marked_later_leaves_the_suggestions_of_a_role_not_cleared(
        desk: str, capsys) -> None:
    role = f"analyst_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(desk, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{role}" LOGIN')
        source = conn.execute("SELECT id FROM sources WHERE text LIKE %s",
                              ("%Zanzibar%",)).fetchone()[0]
    assert main(["db", "grant", desk, role, "--clearance", "UNCLASSIFIED"]) == 0
    as_analyst = desk.replace("user=briefer_admin", f"user={role}")
    assert _suggested(as_analyst, "Zanzibr") == {"zanzibr": "zanzibar"}
    assert main(["db", "mark", desk, source, "PROTECTED B"]) == 0
    assert _suggested(as_analyst, "Zanzibr") == {}  # the server, not the app, keeps it back
    with psycopg.connect(as_analyst) as conn:
        assert conn.execute("SELECT count(*) FROM vocabulary WHERE word = 'zanzibar'"
                            ).fetchone() == (0,)
    assert _suggested(desk, "Zanzibr") == {"zanzibr": "zanzibar"}  # the owner still sees it


def test_a_database_upgraded_from_schema_6_lists_the_words_it_holds(pg_url: str,
                                                                     tmp_path: Path) -> None:
    from briefer.db.migrations import MIGRATIONS

    folder = tmp_path / "p"
    assert main(["new", str(folder)]) == 0
    with psycopg.connect(pg_url) as conn:  # schema 6, and the sample pushed onto it
        conn.execute("CREATE TABLE briefer_schema (version integer PRIMARY KEY, name text "
                     "NOT NULL, applied_at timestamptz NOT NULL DEFAULT now(), applied_by "
                     "text NOT NULL DEFAULT current_user)")
        for version, module in MIGRATIONS[:6]:
            conn.execute(module.SQL)
            conn.execute("INSERT INTO briefer_schema (version, name) VALUES (%s, 'm')",
                         (version,))
        conn.execute("INSERT INTO project (name, format_version) VALUES ('p', 1)")
        conn.execute("INSERT INTO sources (id, position, entry, file_name, text) VALUES "
                     "('a', 0, '{}', 'a.txt', 'Reciprocity in lumber tariffs.')")
    assert main(["db", "upgrade", pg_url]) == 0
    assert _docs(pg_url, "reciprocity") == 1
    assert _suggested(pg_url, "reciprocty") == {"reciprocty": "reciprocity"}


@pytest.mark.parametrize("typed", ["Zanzibr", "soffwood"])
def test_a_role_granted_before_the_word_list_gets_answers_without_suggestions(
        desk: str, typed: str) -> None:
    role = f"old_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(desk, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{role}" LOGIN')
    assert main(["db", "grant", desk, role, "--clearance", "UNCLASSIFIED"]) == 0
    with psycopg.connect(desk, autocommit=True) as conn:
        conn.execute(f'REVOKE SELECT ON vocabulary FROM "{role}"')  # as granted at schema 6
    with connect(desk.replace("user=briefer_admin", f"user={role}")) as conn:
        found = search(conn, typed)
        assert found.suggestions == {}
        assert conn.execute("SELECT count(*) FROM sources").fetchone() == (2,)  # still usable
