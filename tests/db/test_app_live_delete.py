"""A paragraph someone else removes: gone from the open window within a second, without
making it modified, unless this window has an unsent edit of it — then the user's text
stays and the next save offers the choice. And a note deleted and made again keeps a
version above its earlier life's. Real widgets, the real throwaway cluster."""

from __future__ import annotations

import time
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import Qt

from briefer.db import blocks
from tests.db import test_app_open as shared
from tests.db import test_security
from tests.db.test_app_open import (first_prose, open_team, save, server_block, text_of,
                                    type_into)

app_data, choices, dlg, settings, team = (shared.app_data, shared.choices, shared.dlg,
                                          shared.settings, shared.team)
desk = test_security.desk  # the owner, a role cleared for PROTECTED B and one that is not

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")


def remove_as_colleague(url: str, block_id: str) -> None:
    with psycopg.connect(url) as conn:
        done = blocks.remove_block(conn, "note", block_id, blocks.note_version(conn, "note"))
        assert done.accepted


def on_server(url: str, block_id: str) -> bool:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT count(*) FROM note_blocks WHERE note_id = 'note' "
                           "AND id = %s", (block_id,)).fetchone()
    assert row is not None
    return bool(row[0] == 1)


def test_a_paragraph_a_colleague_removes_goes_within_a_second(qtbot, settings,
                                                              team: str) -> None:
    window = open_team(qtbot, settings, team)
    _, block_id = first_prose(window)
    assert window.note_pane.block_widget(block_id) is not None
    remove_as_colleague(team, block_id)
    start = time.monotonic()
    qtbot.waitUntil(lambda: window.session.project.note.find_block(block_id) is None,
                    timeout=3000)
    assert time.monotonic() - start < 1.0
    qtbot.waitUntil(lambda: window.note_pane.block_widget(block_id) is None, timeout=1000)
    assert not window.isWindowModified()  # their removal is no edit of this user's
    assert window.server_link.unsent() == 0
    # this window's next edit and save go through, and do not bring the paragraph back
    other = next(b.id for s in window.session.project.note.sections for b in s.blocks
                 if b.kind == "prose")
    type_into(qtbot, window, other, " Still mine.")
    save(qtbot, window)
    assert server_block(team, other)[1]["markdown"].endswith("Still mine.")
    assert not on_server(team, block_id)


@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_a_removed_paragraph_with_an_unsent_edit_is_kept_and_offered(
        qtbot, settings, team: str, choices: list[Any], choice: str) -> None:
    queue, shown = choices
    window = open_team(qtbot, settings, team)
    _, block_id = first_prose(window)
    type_into(qtbot, window, block_id, " My unsent words.")
    mine = text_of(window, block_id)
    remove_as_colleague(team, block_id)
    qtbot.waitUntil(lambda: (window.server_link.aside.keys() >= {("note", block_id)}),
                    timeout=3000)
    assert text_of(window, block_id) == mine  # still there, with the user's text
    shown_text = window.note_pane.block_widget(block_id).text_edit.toPlainText()
    assert shown_text.endswith("My unsent words.")
    queue.append(lambda conflicts: {c.key: choice for c in conflicts})
    save(qtbot, window)
    assert len(shown) == 1 and len(shown[0]) == 1
    conflict = shown[0][0]
    assert conflict.mine["markdown"] == mine and conflict.theirs is None
    if choice == "mine":
        assert text_of(window, block_id) == mine
        assert server_block(team, block_id)[1]["markdown"] == mine
    else:
        assert window.session.project.note.find_block(block_id) is None
        assert not on_server(team, block_id)
    assert not window.isWindowModified()


def test_a_note_made_again_with_the_same_id_starts_above_its_old_version(
        pg_url: str, capsys) -> None:
    from briefer.cli import main

    assert main(["db", "upgrade", pg_url]) == 0
    capsys.readouterr()
    with psycopg.connect(pg_url) as conn:
        conn.execute("INSERT INTO notes (id, position) VALUES ('n', 0)")
        for seen in (1, 2, 3):
            assert blocks.bump_note(conn, "n", seen) == seen + 1
        conn.execute("DELETE FROM notes WHERE id = 'n'")
        again = conn.execute("INSERT INTO notes (id, position) VALUES ('n', 0) "
                             "RETURNING version").fetchone()
        conn.commit()
    assert again is not None and again[0] == 5


def test_a_paragraph_removed_while_the_window_was_offline_goes_when_it_is_back(
        qtbot, settings, team: str) -> None:
    from tests.db.test_app_offline import _admin, _dbname, accept_connections

    window = open_team(qtbot, settings, team)
    link = window.server_link
    _, block_id = first_prose(window)
    with psycopg.connect(team) as colleague:
        row = colleague.execute("SELECT pg_backend_pid()").fetchone()
        assert row is not None
        with psycopg.connect(_admin(team), autocommit=True) as admin:
            # the window's connections end and cannot come back; the colleague's stays
            admin.execute(f'ALTER DATABASE "{_dbname(team)}" WITH ALLOW_CONNECTIONS false')
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = %s AND pid <> %s", (_dbname(team), row[0]))
        try:
            qtbot.waitUntil(lambda: not link.online, timeout=5000)
            assert blocks.remove_block(colleague, "note", block_id,
                                       blocks.note_version(colleague, "note")).accepted
            qtbot.wait(300)
            assert window.session.project.note.find_block(block_id) is not None  # unheard
        finally:
            accept_connections(team, True)
    qtbot.waitUntil(lambda: window.session.project.note.find_block(block_id) is None,
                    timeout=5000)
    qtbot.waitUntil(lambda: link.online, timeout=3000)
    assert not window.isWindowModified()
    assert link.unsent() == 0


def _heard_removals(url: str, act: Any, owner: str) -> list[Any]:
    """What the app's listener, connected as ``url``'s role, hands the window as removed
    while ``act()`` runs (its real task, on a thread of its own). After ``act``, the owner
    removes a paragraph of the plain first note, which every role is told of: once that
    is heard, whatever ``act`` made the listener hear has been handed over (notifications
    come in commit order), so the test waits for it rather than for a fixed second."""
    import threading
    import uuid

    from briefer.gui.server_listen import ServerSignals, listen_work

    with psycopg.connect(owner) as conn:
        row = conn.execute("SELECT id FROM note_sections WHERE note_id = 'note' "
                           "ORDER BY position LIMIT 1").fetchone()
        assert row is not None
        marker = f"bl-marker-{uuid.uuid4().hex[:8]}"
        assert blocks.add_block(conn, "note", row[0], 0,
                                {"id": marker, "type": "prose", "markdown": "Plain words."},
                                blocks.note_version(conn, "note")).accepted
    signals = ServerSignals()
    removed: list[Any] = []
    online = threading.Event()
    direct = Qt.ConnectionType.DirectConnection  # no event loop runs here: heard at once
    signals.removed.connect(removed.extend, direct)
    signals.online.connect(online.set, direct)
    stop = threading.Event()
    task = listen_work(url, str(uuid.uuid4()), lambda: "", signals)
    thread = threading.Thread(target=task, args=(None, stop.is_set))
    thread.start()
    try:
        assert online.wait(10)
        act()
        remove_as_colleague(owner, marker)
        deadline = time.monotonic() + 10
        while ("note", marker) not in removed and time.monotonic() < deadline:
            time.sleep(0.01)
        assert ("note", marker) in removed, removed
    finally:
        stop.set()
        thread.join(5)
    return [r for r in removed if r != ("note", marker)]


def test_a_role_is_not_told_of_removals_in_a_note_it_may_not_see(desk) -> None:
    with psycopg.connect(desk["owner"]) as conn:
        row = conn.execute("SELECT n.id, s.id FROM notes AS n JOIN note_sections AS s "
                           "ON s.note_id = n.id WHERE n.name = 'QP card' LIMIT 1").fetchone()
        assert row is not None
        note_id, section_id = row
        for i in range(2):
            assert blocks.add_block(conn, note_id, section_id, 0,
                                    {"id": f"bl-secret{i}", "type": "prose",
                                     "markdown": "Protected words."},
                                    blocks.note_version(conn, note_id)).accepted

    def remove(block_id: str) -> Any:
        def act() -> None:
            with psycopg.connect(desk["owner"]) as conn:
                assert blocks.remove_block(conn, note_id, block_id,
                                           blocks.note_version(conn, note_id)).accepted
        return act

    assert _heard_removals(desk["cleared"], remove("bl-secret0"), desk["owner"]) == \
        [(note_id, "bl-secret0")]
    assert _heard_removals(desk["uncleared"], remove("bl-secret1"), desk["owner"]) == []
