"""Who sees what: a role without clearance reads no PROTECTED B source, by any query.

Two real login roles on the test cluster, one cleared for PROTECTED B and one for
UNCLASSIFIED only; the server (row-level security), not the app, keeps them apart.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import psycopg
import pytest

from briefer.cli import main
from briefer.db.connect import connect
from briefer.db.search import search

SECRET_WORDS = "reciprocity"  # only in source 003 of the sample


@pytest.fixture
def desk(pg_url: str, tmp_path: Path, capsys) -> dict[str, str]:
    """The sample on the server, source 003 and the "QP card" note marked PROTECTED B, an
    excerpt of 003 placed in the first note; URLs for the owner and two analysts."""
    folder = tmp_path / "p"
    main(["new", str(folder)])
    source = next(p.stem for p in (folder / "sources").glob("003_*.txt"))
    sidecar = folder / "sources" / f"{source}.yaml"  # the marking travels with the folder
    sidecar.write_text(sidecar.read_text(encoding="utf-8") + "classification: Protected B\n",
                       encoding="utf-8")
    assert main(["excerpt", str(folder), source, "--quote", "Reciprocity"]) == 0
    main(["notes", str(folder), "--new", "QP card"])
    main(["db", "upgrade", pg_url])
    assert main(["push", str(folder), pg_url]) == 0
    tag = uuid.uuid4().hex[:8]
    cleared, uncleared = f"cleared_{tag}", f"uncleared_{tag}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        for role in (cleared, uncleared):
            conn.execute(f'CREATE ROLE "{role}" LOGIN')
        conn.execute("UPDATE notes SET meta = jsonb_set(meta, '{classification}', "
                     "'\"PROTECTED B\"') WHERE name = 'QP card'")
        conn.execute("ANALYZE")  # statistics hold sample values: they must not leak either
    assert main(["db", "grant", pg_url, cleared, "--clearance", "PROTECTED B"]) == 0
    assert main(["db", "grant", pg_url, uncleared, "--clearance", "UNCLASSIFIED"]) == 0
    capsys.readouterr()
    as_role = lambda role: pg_url.replace("user=briefer_admin", f"user={role}")  # noqa: E731
    return {"source": source, "owner": pg_url, "cleared": as_role(cleared),
            "uncleared": as_role(uncleared), "uncleared_role": uncleared}


def test_a_role_without_clearance_cannot_read_a_protected_b_source(desk) -> None:
    leaked: list[str] = []
    with psycopg.connect(desk["uncleared"]) as conn:
        conn.add_notice_handler(lambda notice: leaked.append(notice.message_primary or ""))
        ids = [r[0] for r in conn.execute("SELECT id FROM sources")]
        assert desk["source"] not in ids and len(ids) == 4
        assert search(conn, SECRET_WORDS) == []
        typo = search(conn, "reciprocty")  # "did you mean" reads only what it may
        assert typo == [] and typo.suggestions == {}
        assert conn.execute("SELECT count(*) FROM sources WHERE text ILIKE %s",
                            (f"%{SECRET_WORDS}%",)).fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM sources WHERE text %% %s",
                            (SECRET_WORDS,)).fetchone() == (0,)  # trigram similarity
        assert conn.execute("SELECT count(*) FROM excerpts").fetchone() == (0,)
        assert conn.execute("SELECT most_common_vals::text FROM pg_stats WHERE tablename "
                            "= 'sources'").fetchall() == []
        # a function of the user's own, in the WHERE clause, sees only the rows it may
        conn.execute("CREATE FUNCTION pg_temp.peek(t text) RETURNS boolean LANGUAGE plpgsql "
                     "COST 0.0000001 AS $$ BEGIN RAISE NOTICE '%', left(t, 4000); "
                     "RETURN true; END $$")
        conn.execute("SELECT id FROM sources WHERE pg_temp.peek(text)").fetchall()
        assert leaked and not any(SECRET_WORDS in m.lower() for m in leaked)
        # writing past the policy changes nothing
        done = conn.execute("UPDATE sources SET meta = meta - 'classification' WHERE id = %s",
                            (desk["source"],))
        assert done.rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO clearances VALUES (current_user, 6)")
        conn.rollback()
        names = [r[0] for r in conn.execute("SELECT name FROM notes ORDER BY position")]
        assert names == [""]  # the PROTECTED B note is not there
        assert conn.execute("SELECT count(*) FROM note_blocks nb JOIN notes n "
                            "ON n.id = nb.note_id WHERE n.name = 'QP card'").fetchone() == (0,)


def test_a_cleared_role_reads_it_and_the_owner_is_unchanged(desk) -> None:
    with connect(desk["cleared"]) as conn:
        assert [h.source_id for h in search(conn, SECRET_WORDS)] == [desk["source"]]
        assert search(conn, "reciprocty").suggestions == {"reciprocty": "reciprocity"}
        assert conn.execute("SELECT count(*) FROM excerpts").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM notes").fetchone() == (2,)
    with connect(desk["owner"]) as conn:
        assert conn.execute("SELECT marking FROM sources WHERE id = %s",
                            (desk["source"],)).fetchone() == ("Protected B",)  # as written


def test_a_marking_set_on_the_server_is_enforced_and_pulled_back(desk, tmp_path,
                                                                capsys) -> None:
    other = "002_6b756e5339d96a34"
    assert main(["db", "mark", desk["owner"], other, "protected  b"]) == 0
    with psycopg.connect(desk["uncleared"]) as conn:
        ids = {r[0] for r in conn.execute("SELECT id FROM sources")}
    assert other not in ids and desk["source"] not in ids
    assert main(["pull", desk["owner"], str(tmp_path / "back")]) == 0
    sidecar = (tmp_path / "back" / "sources" / f"{other}.yaml").read_text(encoding="utf-8")
    assert "classification: PROTECTED B" in sidecar


def test_an_unknown_clearance_or_marking_is_refused(desk, capsys) -> None:
    assert main(["db", "grant", desk["owner"], desk["uncleared_role"], "--clearance",
                 "VERY HUSH"]) == 2
    assert "not a marking" in capsys.readouterr().err
    assert main(["db", "mark", desk["owner"], desk["source"], "HUSH"]) == 2
    assert main(["db", "mark", desk["owner"], "no-such-source", "SECRET"]) == 2
    assert "No source 'no-such-source'" in capsys.readouterr().err
    with psycopg.connect(desk["owner"]) as conn:
        assert conn.execute("SELECT marking FROM sources WHERE id = %s",
                            (desk["source"],)).fetchone() == ("Protected B",)  # as written
        assert conn.execute("SELECT level FROM clearances WHERE role_name = %s",
                            (desk["uncleared_role"],)).fetchone() == (0,)
