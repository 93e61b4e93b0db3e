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
from tests.db.test_app_live_project import LABEL, StallMeter, colleague_renames_a_section, \
    download_held, outline_label
from tests.db.test_app_open import first_prose, open_team, press_save, save, server_block, \
    text_of, type_into

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
    version = _server_version(team)
    save(qtbot, window)
    assert _server_version(team) == version


def test_a_save_merges_on_a_worker_and_keeps_what_is_typed_meanwhile(
        qtbot, settings, team: str, dlg) -> None:
    """The save of a window whose copy is behind (its own excerpt, a colleague's outline
    edit): the checkout and merge run on a worker while the window paints and takes keys;
    then the save is sent, both changes kept, and so is the paragraph typed meanwhile."""
    window = open_team(qtbot, settings, team)
    link = window.server_link
    project = window.session.project
    article = next(s for sid, s in project.sources.items() if not sid.startswith("001"))
    mine = window.add_excerpt(article.id, 0, 60, section_id=project.note.sections[1].id)
    assert mine is not None
    _, block_id = first_prose(window)
    colleague_renames_a_section(team)
    qtbot.wait(500)  # heard; not taken in (this window has its own excerpt, unsent)
    assert outline_label(window) != LABEL
    with download_held(qtbot, team, 2.5):
        meter = StallMeter()
        press_save(qtbot, window)
        qtbot.waitUntil(link.news.busy, timeout=3000)  # merging
        type_into(qtbot, window, block_id, " Typed while merging.")
        qtbot.wait(300)
        assert link.news.busy()
        assert meter.longest < 0.5  # on the window's thread it would wait 2.5 s
    qtbot.waitUntil(lambda: mine in _server_excerpts_ids(team), timeout=10000)
    meter.timer.stop()
    assert meter.longest < 0.5
    assert outline_label(window) == LABEL and mine in window.session.project.excerpts
    assert text_of(window, block_id).endswith("Typed while merging.")
    qtbot.waitUntil(lambda: server_block(team, block_id)[1]["markdown"].endswith(
        "Typed while merging."), timeout=10000)
    with psycopg.connect(team) as conn:
        row = conn.execute("SELECT outline FROM project").fetchone()
    assert row is not None and row[0]["sections"][0]["label"] == LABEL
    assert not dlg.named("error")


def test_a_save_merge_asks_on_the_windows_thread_and_can_be_put_off(
        qtbot, settings, team: str, dlg) -> None:
    """Both renamed the same section: the worker's merge comes back for the choice; put
    off, nothing is sent and the rename stays in the window and its copy."""
    window = open_team(qtbot, settings, team)
    link = window.server_link
    window.session.project.outline.sections[0].label = "Mine first"
    window.session.notify_outline()
    window.files._set_extra_dirty(True)
    colleague_renames_a_section(team)
    qtbot.wait(500)
    dlg.answer("resolve_conflicts", None)  # put off
    save(qtbot, window)
    qtbot.waitUntil(lambda: bool(dlg.named("resolve_conflicts")), timeout=10000)
    qtbot.waitUntil(lambda: not link.news.busy(), timeout=5000)
    assert outline_label(window) == "Mine first"
    assert "not yet sent" in window.statusBar().currentMessage()
    assert link.state.pending()  # kept in the copy for the next save
    with psycopg.connect(team) as conn:
        row = conn.execute("SELECT outline FROM project").fetchone()
    assert row is not None and row[0]["sections"][0]["label"] == LABEL
    asked = dlg.named("resolve_conflicts")[0][1]
    assert [(c.mine["label"], c.theirs["label"]) for c in asked] == [("Mine first", LABEL)]
    dlg.answer("resolve_conflicts", {c.key: "mine" for c in asked})
    save(qtbot, window)  # chosen this time: mine is sent
    qtbot.waitUntil(lambda: _server_label(team) == "Mine first", timeout=10000)
    assert outline_label(window) == "Mine first"


def _server_version(url: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT version FROM project").fetchone()
    assert row is not None
    return int(row[0])


def _server_label(url: str) -> str:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT outline FROM project").fetchone()
    assert row is not None
    return str(row[0]["sections"][0]["label"])


def _server_excerpts_ids(url: str) -> set[str]:
    with psycopg.connect(url) as conn:
        return {str(i) for (i,) in conn.execute("SELECT id FROM excerpts")}
