"""A team project whose server goes away: the app says it is offline and how many edits
wait, keeps them in its private copy (saved there as a folder save, the block writes'
edit ids journalled), and sends them when the server is back — each once, none lost.
Against the real throwaway cluster: backends ended by the administrator, the database
closed to new connections, then opened again."""

from __future__ import annotations

import copy
from pathlib import Path

import psycopg
import pytest

from briefer.db import note_sync
from briefer.db.connect import redact
from briefer.io.project_file import load_project
from tests.db import test_app_open as shared
from tests.db.test_app_open import (first_prose, open_team, save, server_block, text_of,
                                    type_into)

# the team project, its window's settings, dialogs and private folder (shared fixtures)
app_data, choices, dlg, settings, team = (shared.app_data, shared.choices, shared.dlg,
                                          shared.settings, shared.team)

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")


def _dbname(url: str) -> str:
    return url.split("///", 1)[1].split("?", 1)[0]


def _admin(url: str) -> str:
    return url.replace(f"///{_dbname(url)}?", "///postgres?")


def end_backends(url: str) -> int:
    """The administrator ends every session on the project's database."""
    with psycopg.connect(_admin(url), autocommit=True) as conn:
        return len(conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                "WHERE datname = %s AND pid <> pg_backend_pid()",
                                (_dbname(url),)).fetchall())


def accept_connections(url: str, accept: bool) -> None:
    with psycopg.connect(_admin(url), autocommit=True) as conn:
        conn.execute(f'ALTER DATABASE "{_dbname(url)}" WITH ALLOW_CONNECTIONS {accept}')
    if not accept:
        end_backends(url)


def block_edits(url: str, block_id: str) -> int:
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT count(*) FROM block_edits WHERE block_id = %s",
                            (block_id,)).fetchone()[0]


def test_ended_backends_are_reconnected_and_the_save_goes_through(qtbot, settings, team):
    window = open_team(qtbot, settings, team)
    _, block_id = first_prose(window)
    assert end_backends(team) >= 2  # the listener's and the window's own
    type_into(qtbot, window, block_id, " After the restart.")
    save(qtbot, window)
    assert server_block(team, block_id)[1]["markdown"].endswith("After the restart.")
    qtbot.waitUntil(lambda: window.server_link.online, timeout=5000)
    assert window.server_link.labels.status.isHidden()


def test_offline_edits_are_kept_counted_and_sent_when_the_server_is_back(
        qtbot, settings, team) -> None:
    window = open_team(qtbot, settings, team)
    link = window.server_link
    _, block_id = first_prose(window)
    before = server_block(team, block_id)
    accept_connections(team, False)
    try:
        qtbot.waitUntil(lambda: not link.online, timeout=5000)
        type_into(qtbot, window, block_id, " Written offline.")
        save(qtbot, window)
        mine = text_of(window, block_id)
        qtbot.waitUntil(lambda: link.labels.status.isVisible(), timeout=3000)
        # "1 edit" once the English plural catalogue has the string; "1 edit(s)" before
        assert link.labels.status.text().startswith("Offline — 1 edit")
        assert not window.isWindowModified()  # saved, in the private copy
        copy = load_project(Path(window.session.project.path))
        section, at = copy.note.find_block(block_id)
        assert section.blocks[at].markdown == mine
        assert link.state.pending()
    finally:
        accept_connections(team, True)
    qtbot.waitUntil(lambda: server_block(team, block_id)[1]["markdown"] == mine,
                    timeout=8000)
    qtbot.waitUntil(lambda: link.labels.status.isHidden(), timeout=3000)
    window.files.wait_for_save()  # the send landed (closing would wait for it so)
    assert server_block(team, block_id)[0] == before[0] + 1  # once
    assert not link.state.pending()


def test_a_write_whose_answer_was_lost_is_not_applied_twice(
        qtbot, settings, team, choices, monkeypatch: pytest.MonkeyPatch) -> None:
    """The server took the write, then the connection dropped before the app heard so
    (here: the backend ended right after the real write). The replay asks by edit id."""
    window = open_team(qtbot, settings, team)
    _, block_id = first_prose(window)
    real = note_sync.save_notes
    calls = []

    def save_then_drop(conn, seen, notes, *, edit_ids=None):
        calls.append(dict(edit_ids or {}))
        heard = copy.deepcopy(seen)
        done = real(conn, seen, notes, edit_ids=edit_ids)
        if len(calls) == 1:  # the answer never reached the app: it knows only what it knew
            seen.blocks, seen.notes = heard.blocks, heard.notes
            end_backends(team)
            conn.execute("SELECT 1")  # the dropped connection, found as the app finds it
        return done

    monkeypatch.setattr(note_sync, "save_notes", save_then_drop)
    version = server_block(team, block_id)[0]
    type_into(qtbot, window, block_id, " Once only.")
    save(qtbot, window)
    assert server_block(team, block_id)[1]["markdown"].endswith("Once only.")
    assert server_block(team, block_id)[0] == version + 1
    assert block_edits(team, block_id) == 1
    assert len(calls) == 2 and not calls[1]  # the replay asked, found it in, sent nothing
    assert choices[1] == []  # and nobody was asked to choose between a text and itself


def test_edits_left_unsent_at_closing_are_sent_when_the_project_is_opened_again(
        qtbot, settings, team) -> None:
    window = open_team(qtbot, settings, team)
    _, block_id = first_prose(window)
    folder = window.session.project.path
    accept_connections(team, False)
    try:
        qtbot.waitUntil(lambda: not window.server_link.online, timeout=5000)
        type_into(qtbot, window, block_id, " Before closing.")
        save(qtbot, window)
        mine = text_of(window, block_id)
        window.close()
    finally:
        accept_connections(team, True)
    again = open_team(qtbot, settings, team)
    assert again.session.project.path == folder  # the copy with the unsent edit, kept
    qtbot.waitUntil(lambda: server_block(team, block_id)[1]["markdown"] == mine,
                    timeout=8000)
    assert text_of(again, block_id) == mine


def _open_offline(qtbot, settings, url: str):
    """A main window opening ``url`` while the server cannot be reached."""
    from briefer.core.project import Project
    from briefer.gui.main_window import MainWindow
    from briefer.gui.server_open import open_initial
    from briefer.gui.session import ProjectSession

    window = MainWindow(ProjectSession(Project(name="")), settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    open_initial(window, url)
    return window


def test_a_copy_with_unsent_edits_opens_while_the_server_is_unreachable(
        qtbot, settings, team, dlg) -> None:
    window = open_team(qtbot, settings, team)
    _, block_id = first_prose(window)
    before = server_block(team, block_id)
    folder = window.session.project.path
    accept_connections(team, False)
    try:
        qtbot.waitUntil(lambda: not window.server_link.online, timeout=5000)
        type_into(qtbot, window, block_id, " Written before a restart.")
        save(qtbot, window)
        mine = text_of(window, block_id)
        window.close()
        again = _open_offline(qtbot, settings, team)
        qtbot.waitUntil(lambda: getattr(again, "server_link", None) is not None,
                        timeout=20000)
        assert not dlg.named("error")
        assert again.session.project.path == folder  # the copy holding the edit
        assert text_of(again, block_id) == mine
        assert redact(team) in again.windowTitle()
        status = again.server_link.labels.status
        qtbot.waitUntil(status.isVisible, timeout=3000)
        assert status.text().startswith("Offline — 1 edit")
        assert not again.server_link.online
    finally:
        accept_connections(team, True)
    qtbot.waitUntil(lambda: server_block(team, block_id)[1]["markdown"] == mine,
                    timeout=8000)
    qtbot.waitUntil(status.isHidden, timeout=3000)
    again.files.wait_for_save()  # the send landed (closing would wait for it so)
    assert server_block(team, block_id)[0] == before[0] + 1  # sent once
    assert block_edits(team, block_id) == 1
    assert not again.server_link.state.pending()


def test_without_unsent_edits_an_unreachable_server_is_still_refused(
        qtbot, settings, team, dlg) -> None:
    window = open_team(qtbot, settings, team)
    window.close()  # a copy with nothing unsent: nothing to work on offline
    accept_connections(team, False)
    try:
        again = _open_offline(qtbot, settings, team)
        qtbot.waitUntil(lambda: bool(dlg.named("error")), timeout=10000)
    finally:
        accept_connections(team, True)
    assert len(dlg.named("error")) == 1
    assert "Cannot connect" in dlg.named("error")[0][2]
    assert getattr(again, "server_link", None) is None
