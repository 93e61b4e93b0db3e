"""Sources, excerpts and outline are written back over the project version a window read;
when a colleague changed them on the server meanwhile, the window's save merges first (as a
folder save merges with another window's) and both changes are kept. And a colleague's
paragraph quoting an excerpt this window has not seen brings the excerpt with it."""

from __future__ import annotations

import psycopg
import pytest

from briefer.cli import main
from briefer.db import transfer
from tests.db import test_app_open as shared
from tests.db.test_app_open import open_team, save

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

app_data, dlg, settings, team = shared.app_data, shared.dlg, shared.settings, shared.team

THEIR_QUOTE = "reduce tariffs on steel and aluminum imports"


def _server_excerpts(url: str) -> dict[str, str]:
    with psycopg.connect(url) as conn:
        data = transfer.project_data(conn)
    return {str(e["id"]): str(e["selector"][0]["exact"]) for e in data["excerpts"]}


def test_excerpts_added_in_the_app_and_by_a_colleague_are_both_kept(
        qtbot, settings, team: str, capsys) -> None:
    window = open_team(qtbot, settings, team)
    project = window.session.project
    article = next(s for sid, s in project.sources.items() if not sid.startswith("001"))
    section = project.note.sections[1].id
    mine_id = window.add_excerpt(article.id, 0, 60, section_id=section)
    assert mine_id is not None
    mine = project.excerpts[mine_id].exact
    assert main(["excerpt", team, "001_3e22afcecaafb256", "--quote", THEIR_QUOTE]) == 0
    capsys.readouterr()
    save(qtbot, window)
    on_server = _server_excerpts(team)
    assert mine in on_server.values() and THEIR_QUOTE in on_server.values()
    shown = {e.exact for e in window.session.project.excerpts.values()}
    assert {mine, THEIR_QUOTE} <= shown  # theirs taken into this window too
    assert not window.isWindowModified()
    # the note's structure both changed (a quotation added each) is merged, not refused
    with psycopg.connect(team) as conn:
        quoted = {str(b.get("excerpt")) for (b,) in conn.execute(
            "SELECT data FROM note_blocks WHERE note_id = 'note'")}
    theirs_id = next(i for i, q in on_server.items() if q == THEIR_QUOTE)
    assert {mine_id, theirs_id} <= quoted
    here = {getattr(b, "excerpt_id", "") for s in window.session.project.note.sections
            for b in s.blocks}
    assert {mine_id, theirs_id} <= here


def test_a_colleagues_new_quotation_arrives_with_its_excerpt(qtbot, settings, team: str,
                                                             capsys) -> None:
    window = open_team(qtbot, settings, team)
    assert main(["excerpt", team, "001_3e22afcecaafb256", "--quote", THEIR_QUOTE]) == 0
    capsys.readouterr()
    theirs_id = next(i for i, q in _server_excerpts(team).items() if q == THEIR_QUOTE)

    def shown() -> bool:
        project = window.session.project
        quoted = {getattr(b, "excerpt_id", "") for s in project.note.sections
                  for b in s.blocks}
        return theirs_id in quoted and theirs_id in project.excerpts
    qtbot.waitUntil(shown, timeout=5000)
    assert window.session.project.excerpts[theirs_id].exact == THEIR_QUOTE
    assert not window.isWindowModified()
    save(qtbot, window)  # and this window's save writes nothing of its own back
    with psycopg.connect(team) as conn:
        version = conn.execute("SELECT version FROM project").fetchone()[0]
    save(qtbot, window)
    with psycopg.connect(team) as conn:
        assert conn.execute("SELECT version FROM project").fetchone()[0] == version
