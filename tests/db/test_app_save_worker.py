"""A team project's save is sent on a worker (``server_send``), whatever its size: while
the server holds the write, the window paints and takes keys; what is typed meanwhile
stays, unsaved; a second save meanwhile is sent after the first, never beside it, each
edit once; a window closed mid-send closes once the server has the edit, and an app that
ended mid-send keeps its copy, the next open sending the edit once. Real widgets, the
real throwaway cluster; the server is held by another connection's table lock."""

from __future__ import annotations

import copy
import time

import psycopg
import pytest

from briefer.gui.server_store import LocalState
from tests.db import test_app_open as shared
from tests.db.test_app_live_project import StallMeter, server_held
from tests.db.test_app_open import first_prose, open_team, press_save, server_block, \
    text_of, type_into

app_data, dlg, settings, team = shared.app_data, shared.dlg, shared.settings, shared.team

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")


def block_edits(url: str, block_id: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT count(*) FROM block_edits WHERE block_id = %s",
                           (block_id,)).fetchone()
    assert row is not None
    return int(row[0])


def test_the_window_takes_keys_while_a_save_waits_on_the_server(qtbot, settings, team,
                                                               dlg) -> None:
    window = open_team(qtbot, settings, team)
    link = window.server_link
    _, block_id = first_prose(window)
    version = server_block(team, block_id)[0]
    type_into(qtbot, window, block_id, " Sent.")
    with server_held(qtbot, team, "note_blocks", 2.5):
        meter = StallMeter()
        press_save(qtbot, window)
        assert link.sending.busy()  # on its way, the write waiting on the server
        type_into(qtbot, window, block_id, " Typed meanwhile.")
        qtbot.wait(300)
        assert link.sending.busy()
        assert text_of(window, block_id).endswith("Sent. Typed meanwhile.")
        assert link.state.pending()  # closed now, the copy would be kept
        assert meter.longest < 0.5  # on the window's thread Ctrl+S would hold it 2.5 s
    qtbot.waitUntil(lambda: not link.sending.busy(), timeout=10000)
    meter.timer.stop()
    assert meter.longest < 0.5
    assert server_block(team, block_id)[1]["markdown"].endswith("Sent.")
    assert text_of(window, block_id).endswith("Sent. Typed meanwhile.")  # kept
    assert window.isWindowModified()  # not in the save: still to be saved and sent
    press_save(qtbot, window)
    qtbot.waitUntil(lambda: server_block(team, block_id)[1]["markdown"].endswith(
        "Typed meanwhile."), timeout=10000)
    qtbot.waitUntil(lambda: not link.state.pending(), timeout=5000)
    assert not window.isWindowModified()
    assert server_block(team, block_id)[0] == version + 2  # each save once
    assert dlg.named("error") == [] and dlg.named("resolve_conflicts") == []


def test_a_save_during_a_send_is_queued_and_each_edit_is_sent_once(
        qtbot, settings, team, monkeypatch: pytest.MonkeyPatch) -> None:
    """The copy written on a worker (as from ``BACKGROUND_SAVE_SOURCES``): the second
    save is written at once and sent once the first has landed."""
    from briefer.gui import file_actions

    monkeypatch.setattr(file_actions, "BACKGROUND_SAVE_SOURCES", 0)
    window = open_team(qtbot, settings, team)
    link = window.server_link
    _, block_id = first_prose(window)
    version = server_block(team, block_id)[0]
    type_into(qtbot, window, block_id, " One.")
    with server_held(qtbot, team, "note_blocks", 2.0):
        press_save(qtbot, window)
        qtbot.waitUntil(link.sending.busy, timeout=3000)
        type_into(qtbot, window, block_id, " Two.")
        press_save(qtbot, window)  # written to the copy at once, sent after the first
        qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=3000)
        assert link.sending.busy()  # the first still on its way
        assert link.sending.queued and link.state.pending()
    qtbot.waitUntil(lambda: server_block(team, block_id)[1]["markdown"].endswith(
        "One. Two."), timeout=10000)
    qtbot.waitUntil(lambda: not link.state.pending() and not link.sending.busy(),
                    timeout=5000)
    assert server_block(team, block_id)[0] == version + 2
    assert block_edits(team, block_id) == 2
    assert text_of(window, block_id).endswith("One. Two.")


def test_an_excerpt_is_written_back_on_the_worker(qtbot, settings, team) -> None:
    """Sources, excerpts and outline (``workspace.write_back``) go the same way: the copy
    read, hashed and written back while the window goes on."""
    window = open_team(qtbot, settings, team)
    link = window.server_link
    project = window.session.project
    article = next(s for sid, s in project.sources.items() if not sid.startswith("001"))
    mine = window.add_excerpt(article.id, 0, 60, section_id=project.note.sections[1].id)
    assert mine is not None
    _, block_id = first_prose(window)
    with server_held(qtbot, team, "project", 2.0):
        meter = StallMeter()
        press_save(qtbot, window)
        assert link.sending.busy()
        type_into(qtbot, window, block_id, " Meanwhile.")
        qtbot.wait(300)
        assert meter.longest < 0.5
    qtbot.waitUntil(lambda: not link.sending.busy(), timeout=10000)
    meter.timer.stop()
    with psycopg.connect(team) as conn:
        assert mine in {str(i) for (i,) in conn.execute("SELECT id FROM excerpts")}
        row = conn.execute("SELECT version FROM project").fetchone()
    assert row is not None and int(row[0]) == link.state.checkout.version
    assert not link.state.pending() or window.isWindowModified()
    assert mine in window.session.project.excerpts
    assert text_of(window, block_id).endswith("Meanwhile.")


@pytest.mark.parametrize("when", ["at_once", "mid_send"])
def test_a_window_closed_mid_send_closes_once_the_server_has_the_edit(
        qtbot, settings, team, when: str) -> None:
    """Closed right after Ctrl+S (the send not started yet) or while the worker waits on
    the server: the window paints until the send has landed, then closes; the edit is on
    the server once and the copy holds nothing unsent."""
    window = open_team(qtbot, settings, team)
    link = window.server_link
    _, block_id = first_prose(window)
    version = server_block(team, block_id)[0]
    root = link.state.root
    type_into(qtbot, window, block_id, " Before closing.")
    mine = text_of(window, block_id)
    with server_held(qtbot, team, "note_blocks", 1.5):
        press_save(qtbot, window)
        assert link.sending.busy()
        if when == "mid_send":
            qtbot.waitUntil(lambda: link.sending.task is not None, timeout=3000)
        meter = StallMeter()
        assert window.close()
        meter.timer.stop()
        assert meter.longest < 0.5  # waited for the send, painting meanwhile
    assert server_block(team, block_id) == (version + 1, server_block(team, block_id)[1])
    assert server_block(team, block_id)[1]["markdown"] == mine
    assert block_edits(team, block_id) == 1
    kept = LocalState.load(root)
    assert kept is None or not kept.pending()  # nothing left to send at the next open


def test_an_app_ended_mid_send_keeps_its_copy_and_the_edit_is_sent_once(
        qtbot, settings, team, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app ends while the worker waits on the server, without the close's waits (its
    process stopped): the copy is kept, counted unsent with its write's edit id, and the
    next open finds the edit sent once."""
    window = open_team(qtbot, settings, team)
    link = window.server_link
    _, block_id = first_prose(window)
    version = server_block(team, block_id)[0]
    root = link.state.root
    type_into(qtbot, window, block_id, " Before the end.")
    mine = text_of(window, block_id)
    with server_held(qtbot, team, "note_blocks", 2.0):
        press_save(qtbot, window)
        qtbot.waitUntil(lambda: link.sending.task is not None, timeout=3000)
        monkeypatch.setattr(window.files, "maybe_save", lambda: True)
        assert window.close()
        kept = LocalState.load(root)
        assert kept is not None and kept.pending()  # the copy kept
        assert kept.journal  # its write's edit id: the replay asks before sending
    again = open_team(qtbot, settings, team)
    qtbot.waitUntil(lambda: server_block(team, block_id)[1]["markdown"] == mine,
                    timeout=10000)
    assert text_of(again, block_id) == mine
    qtbot.waitUntil(lambda: not again.server_link.state.pending(), timeout=10000)
    assert server_block(team, block_id)[0] == version + 1  # once
    assert block_edits(team, block_id) == 1


def test_a_write_whose_answer_was_lost_on_the_worker_is_not_applied_twice(
        qtbot, settings, team, dlg, monkeypatch: pytest.MonkeyPatch) -> None:
    """The server took the write, then the worker's connection dropped before it heard
    so: the send is made again, asking first by the journalled edit id."""
    from briefer.db import note_sync
    from tests.db.test_app_offline import end_backends

    window = open_team(qtbot, settings, team)
    link = window.server_link
    _, block_id = first_prose(window)
    real = note_sync.save_notes
    calls: list[dict] = []

    def save_then_drop(conn, seen, notes, *, edit_ids=None):
        calls.append(dict(edit_ids or {}))
        heard = copy.deepcopy(seen)
        done = real(conn, seen, notes, edit_ids=edit_ids)
        if len(calls) == 1:  # the answer never reached the app
            seen.blocks, seen.notes = heard.blocks, heard.notes
            end_backends(team)
            conn.execute("SELECT 1")  # the dropped connection, found as the app finds it
        return done

    monkeypatch.setattr(note_sync, "save_notes", save_then_drop)
    version = server_block(team, block_id)[0]
    type_into(qtbot, window, block_id, " Once only.")
    press_save(qtbot, window)
    qtbot.waitUntil(lambda: len(calls) == 2 and not link.sending.busy(), timeout=10000)
    qtbot.waitUntil(lambda: not link.state.pending(), timeout=5000)
    assert server_block(team, block_id)[1]["markdown"].endswith("Once only.")
    assert server_block(team, block_id)[0] == version + 1
    assert block_edits(team, block_id) == 1
    assert not calls[1]  # the replay asked, found it in, sent nothing
    assert dlg.named("error") == [] and dlg.named("resolve_conflicts") == []


def test_a_save_that_needs_a_merge_is_merged_on_a_worker_and_sent(qtbot, settings,
                                                                  team) -> None:
    """The copy has an excerpt of its own and a colleague changed the outline: the send
    finds the server ahead and the merge runs on a worker (its download held here), the
    window taking keys meanwhile; then both are on the server."""
    from tests.db.test_app_live_project import (LABEL, colleague_renames_a_section,
                                                download_held, outline_label)

    window = open_team(qtbot, settings, team)
    link = window.server_link
    project = window.session.project
    article = next(s for sid, s in project.sources.items() if not sid.startswith("001"))
    mine = window.add_excerpt(article.id, 0, 60, section_id=project.note.sections[1].id)
    assert mine is not None
    _, block_id = first_prose(window)
    colleague_renames_a_section(team)
    qtbot.waitUntil(lambda: link.news.waiting > link.state.checkout.version, timeout=3000)
    with download_held(qtbot, team, 2.0):
        meter = StallMeter()
        press_save(qtbot, window)
        qtbot.waitUntil(link.news.busy, timeout=3000)  # the merge, on its way
        type_into(qtbot, window, block_id, " Meanwhile.")
        qtbot.wait(300)
        assert meter.longest < 0.5
    qtbot.waitUntil(lambda: outline_label(window) == LABEL, timeout=10000)
    qtbot.waitUntil(lambda: not link.news.busy() and not link.sending.busy()
                    and not link.state.pending(), timeout=10000)
    meter.timer.stop()
    assert mine in window.session.project.excerpts
    assert text_of(window, block_id).endswith("Meanwhile.")
    with psycopg.connect(team) as conn:
        assert mine in {str(i) for (i,) in conn.execute("SELECT id FROM excerpts")}
        row = conn.execute("SELECT outline->'sections'->0->>'label' FROM project").fetchone()
    assert row is not None and row[0] == LABEL


def test_a_window_closes_even_while_the_server_holds_its_send(
        qtbot, settings, team, monkeypatch: pytest.MonkeyPatch) -> None:
    """The close waits for the send at most ``WAIT_AT_MOST_S`` (here half a second): a
    server holding the row for longer does not keep the window open; the copy is kept,
    counted unsent, for the next open."""
    from briefer.gui import server_link

    monkeypatch.setattr(server_link, "WAIT_AT_MOST_S", 0.5)
    window = open_team(qtbot, settings, team)
    link = window.server_link
    _, block_id = first_prose(window)
    root = link.state.root
    type_into(qtbot, window, block_id, " Held.")
    with server_held(qtbot, team, "note_blocks", 3.0):
        press_save(qtbot, window)
        qtbot.waitUntil(lambda: link.sending.task is not None, timeout=3000)
        start = time.monotonic()
        assert window.close()
        assert time.monotonic() - start < 2.0  # not the 3 s the server holds it
        kept = LocalState.load(root)
        assert kept is not None and kept.pending()
