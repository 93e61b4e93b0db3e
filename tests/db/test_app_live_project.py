"""A colleague's new source reaches the open window within a second (schema 6 announces
the project's version moving), without making the window modified, and without touching
an unsaved note edit made here meanwhile. Real widgets, the real throwaway cluster."""

from __future__ import annotations

import time
from pathlib import Path

import psycopg
import pytest

from briefer.cli import main
from tests.db import test_app_open as shared
from tests.db.test_app_open import first_prose, open_team, save, server_block, text_of, \
    type_into

app_data, dlg, settings, team = shared.app_data, shared.dlg, shared.settings, shared.team

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

ARTICLE = ("Ottawa weighs a levy on imported steel\n\nThe finance minister said on Tuesday "
           "that a temporary surtax on steel from countries without a trade agreement was "
           "under study, after imports rose by a third this year.\n")


def project_version(url: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT version FROM project").fetchone()
    assert row is not None
    return int(row[0])


def import_as_colleague(url: str, tmp_path: Path, capsys) -> set[str]:
    """``briefer import URL FILE`` (a checkout, the import, a write-back); the ids it
    added to the server."""
    with psycopg.connect(url) as conn:
        before = {str(i) for (i,) in conn.execute("SELECT id FROM sources")}
    article = tmp_path / "levy.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["import", url, str(article)]) == 0
    capsys.readouterr()
    with psycopg.connect(url) as conn:
        after = {str(i) for (i,) in conn.execute("SELECT id FROM sources")}
    assert after - before
    return after - before


def test_a_colleagues_new_source_is_listed_within_a_second(qtbot, settings, team: str,
                                                          tmp_path: Path, capsys) -> None:
    window = open_team(qtbot, settings, team)
    added = import_as_colleague(team, tmp_path, capsys)
    start = time.monotonic()
    qtbot.waitUntil(lambda: added <= set(window.sources_pane.source_ids()), timeout=3000)
    assert time.monotonic() - start < 1.0
    assert not window.isWindowModified()  # their source is no edit of this user's
    # and this window's next save writes nothing of the project back
    version = project_version(team)
    _, block_id = first_prose(window)
    type_into(qtbot, window, block_id, " Mine.")
    save(qtbot, window)
    assert server_block(team, block_id)[1]["markdown"].endswith("Mine.")
    assert project_version(team) == version
    with psycopg.connect(team) as conn:
        assert added <= {str(i) for (i,) in conn.execute("SELECT id FROM sources")}


def test_an_unsaved_note_edit_stays_while_a_colleagues_source_comes_in(
        qtbot, settings, team: str, tmp_path: Path, capsys) -> None:
    window = open_team(qtbot, settings, team)
    _, block_id = first_prose(window)
    type_into(qtbot, window, block_id, " Not sent yet.")
    assert window.isWindowModified()
    added = import_as_colleague(team, tmp_path, capsys)
    start = time.monotonic()
    qtbot.waitUntil(lambda: added <= set(window.sources_pane.source_ids()), timeout=3000)
    assert time.monotonic() - start < 1.0
    assert text_of(window, block_id).endswith("Not sent yet.")
    assert window.isWindowModified()  # still unsaved, so still to be sent
    assert not server_block(team, block_id)[1]["markdown"].endswith("Not sent yet.")
    save(qtbot, window)
    assert server_block(team, block_id)[1]["markdown"].endswith("Not sent yet.")
    assert not window.isWindowModified()


def test_a_window_with_its_own_unsaved_excerpt_merges_at_its_save(
        qtbot, settings, team: str, tmp_path: Path, capsys) -> None:
    window = open_team(qtbot, settings, team)
    project = window.session.project
    article = next(s for sid, s in project.sources.items() if not sid.startswith("001"))
    mine = window.add_excerpt(article.id, 0, 60, section_id=project.note.sections[1].id)
    assert mine is not None
    added = import_as_colleague(team, tmp_path, capsys)
    qtbot.wait(1000)  # heard, but not taken in: this window's excerpt is not sent yet
    assert not added & set(window.sources_pane.source_ids())
    assert mine in window.session.project.excerpts
    save(qtbot, window)  # the save merges: theirs and mine both kept
    qtbot.waitUntil(lambda: added <= set(window.sources_pane.source_ids()), timeout=3000)
    assert mine in window.session.project.excerpts
    with psycopg.connect(team) as conn:
        assert mine in {str(i) for (i,) in conn.execute("SELECT id FROM excerpts")}
        assert added <= {str(i) for (i,) in conn.execute("SELECT id FROM sources")}


def test_a_large_project_is_told_and_takes_the_source_in_at_its_save(
        qtbot, settings, team: str, tmp_path: Path, capsys, monkeypatch) -> None:
    """Past ``LIVE_MAX_SOURCES`` a fresh checkout would hold the window for seconds: the
    status bar says a colleague changed the project, and the next save brings it in."""
    from briefer.gui import server_project

    monkeypatch.setattr(server_project, "LIVE_MAX_SOURCES", 1)
    window = open_team(qtbot, settings, team)
    added = import_as_colleague(team, tmp_path, capsys)
    qtbot.waitUntil(lambda: "come in at your next save"
                    in window.statusBar().currentMessage(), timeout=3000)
    assert not added & set(window.sources_pane.source_ids())
    _, block_id = first_prose(window)
    type_into(qtbot, window, block_id, " Mine.")
    save(qtbot, window)
    qtbot.waitUntil(lambda: added <= set(window.sources_pane.source_ids()), timeout=5000)
    assert server_block(team, block_id)[1]["markdown"].endswith("Mine.")
