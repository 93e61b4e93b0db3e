"""The app on a team project: opened from a ``postgresql://`` URL, edited, saved to the
server, others' writes seen as they happen, both texts shown when two analysts changed the
same paragraph, and who else is here. Real widgets (offscreen), a real throwaway cluster.

The fixtures here are shared by the other ``test_app_*`` files (imported there).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import Qt

from briefer.cli import main
from briefer.db import blocks, presence, transfer
from briefer.db.connect import redact
from briefer.io.project_file import load_project
from briefer.io.project_yaml import notes_form, project_to_dict
from tests.helpers.gui import DialogLog

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

CTRL = Qt.KeyboardModifier.ControlModifier


# -- fixtures (shared) ------------------------------------------------------------------
@pytest.fixture(autouse=True)
def dlg(monkeypatch: pytest.MonkeyPatch) -> DialogLog:
    """Dialogs answer from a queue instead of waiting for a user (as in tests/gui)."""
    from briefer.gui import dialogs

    log = DialogLog()
    for name in ("error", "warning", "info", "confirm", "save_discard_cancel", "get_text",
                 "resolve_conflicts", "project_in_use"):
        monkeypatch.setattr(dialogs, name, log.make(name))
    return log


@pytest.fixture
def choices(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The server conflict dialog's answers (a queue), and what it was shown (appended)."""
    from briefer.gui import server_conflicts

    queue: list[Any] = []
    shown: list[Any] = []

    def ask(_parent: Any, conflicts: list[Any]) -> Any:
        shown.append(conflicts)
        answer = queue.pop(0)
        return answer(conflicts) if callable(answer) else answer

    monkeypatch.setattr(server_conflicts, "ask", ask)
    return [queue, shown]


@pytest.fixture(autouse=True)
def app_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The private copies go under the test's folder."""
    from briefer.gui import server_store

    where = tmp_path / "appdata"
    monkeypatch.setattr(server_store, "app_data", lambda: where)
    return where


@pytest.fixture
def settings(tmp_path: Path):
    from PySide6.QtCore import QSettings

    from briefer.gui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def team(tmp_path: Path, pg_url: str, capsys) -> str:
    """The sample project with a drafted note, on the server; its URL."""
    folder = tmp_path / "desk"
    for argv in (["new", str(folder)], ["draft", str(folder)], ["db", "upgrade", pg_url],
                 ["push", str(folder), pg_url]):
        assert main(argv) == 0
    capsys.readouterr()
    return pg_url


def open_team(qtbot, settings, url: str):
    """A main window opened on ``url`` as ``briefer URL`` opens it, once it is online."""
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
    qtbot.waitUntil(lambda: getattr(window, "server_link", None) is not None, timeout=20000)
    qtbot.waitUntil(lambda: window.server_link.online and window.server_link.others is not None,
                    timeout=10000)
    return window


def first_prose(window) -> tuple[str, str]:
    """(section id, block id) of the note's first paragraph of prose."""
    for section in window.session.project.note.sections:
        for block in section.blocks:
            if block.kind == "prose":
                return section.id, block.id
    raise AssertionError("no prose in the note")


def type_into(qtbot, window, block_id: str, text: str) -> None:
    """Put the cursor at the end of a paragraph and type, as a user does."""
    editor = window.note_pane.block_widget(block_id).text_edit
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, text)


def save(qtbot, window) -> None:
    """Ctrl+S in the window, and what it sends landed (sent on a worker, it lands as the
    window goes on; closing or opening another project waits for it so)."""
    press_save(qtbot, window)
    window.files.wait_for_save()


def press_save(qtbot, window) -> None:
    """Ctrl+S in the window, no more: the send may still be on its way."""
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)


def text_of(window, block_id: str) -> str:
    found = window.session.project.note.find_block(block_id)
    assert found is not None
    return found[0].blocks[found[1]].markdown


def server_block(url: str, block_id: str) -> tuple[int, dict[str, Any]]:
    with psycopg.connect(url) as conn:
        return blocks.read_block(conn, "note", block_id)


def write_as_colleague(url: str, block_id: str, markdown: str) -> int:
    """Another analyst saves a paragraph (on their own connection); its new version."""
    with psycopg.connect(url) as conn:
        version, value = blocks.read_block(conn, "note", block_id)
        done = blocks.save_block(conn, "note", block_id, version,
                                 {**value, "markdown": markdown})
        assert done.accepted
        return done.version


# -- open ---------------------------------------------------------------------------------
def test_a_url_opens_with_its_sources_and_note(qtbot, settings, team: str) -> None:
    window = open_team(qtbot, settings, team)
    project = window.session.project
    assert len(project.sources) == 5 and window.sources_pane.table.model().rowCount() == 5
    _, block_id = first_prose(window)
    assert text_of(window, block_id) == server_block(team, block_id)[1]["markdown"]
    assert redact(team) in window.windowTitle()
    assert str(project.path) not in window.windowTitle()
    folder = Path(project.path)
    assert (folder.parent.stat().st_mode & 0o777) == 0o700  # only this user reads the copy


def test_an_unreachable_server_is_one_message_and_nothing_changes(
        qtbot, settings, team: str, dlg: DialogLog, tmp_path: Path) -> None:
    from briefer.gui import server_open

    window = open_team(qtbot, settings, team)
    before = window.session.project
    title = window.windowTitle()
    dlg.answer("get_text", f"postgresql:///nowhere?host={tmp_path}/none")
    server_open.ask_and_open(window)
    qtbot.waitUntil(lambda: bool(dlg.named("error")), timeout=10000)
    assert len(dlg.named("error")) == 1
    title_shown, message = dlg.named("error")[0][1:3]
    assert "team project" in title_shown and "Cannot connect" in message
    assert window.session.project is before and window.windowTitle() == title


# -- save ---------------------------------------------------------------------------------
def test_an_edit_saved_with_ctrl_s_is_on_the_server(qtbot, settings, team: str,
                                                    tmp_path: Path) -> None:
    window = open_team(qtbot, settings, team)
    _, block_id = first_prose(window)
    type_into(qtbot, window, block_id, " Added in the app.")
    project = window.session.project
    assert window.server_link.notes() == notes_form(project_to_dict(project))["notes"]
    save(qtbot, window)
    assert server_block(team, block_id)[1]["markdown"].endswith("Added in the app.")
    with psycopg.connect(team) as conn:
        transfer.pull(conn, tmp_path / "pulled")
    pulled = load_project(tmp_path / "pulled")
    assert pulled.note.find_block(block_id) is not None
    section, at = pulled.note.find_block(block_id)
    assert section.blocks[at].markdown.endswith("Added in the app.")
    assert not window.isWindowModified()


# -- others' changes ----------------------------------------------------------------------
def test_an_edit_is_sent_by_the_autosave_without_ctrl_s(qtbot, settings, team: str) -> None:
    window = open_team(qtbot, settings, team)
    window.autosave.timer.setInterval(200)
    _, block_id = first_prose(window)
    type_into(qtbot, window, block_id, " Sent on its own.")
    qtbot.waitUntil(lambda: server_block(team, block_id)[1]["markdown"].endswith(
        "Sent on its own."), timeout=5000)
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=3000)


def test_a_colleagues_write_appears_within_a_second(qtbot, settings, team: str) -> None:
    window = open_team(qtbot, settings, team)
    _, block_id = first_prose(window)
    write_as_colleague(team, block_id, "Rewritten by a colleague.")
    start = time.monotonic()
    qtbot.waitUntil(lambda: text_of(window, block_id) == "Rewritten by a colleague.",
                    timeout=3000)
    assert time.monotonic() - start < 1.0
    editor = window.note_pane.block_widget(block_id).text_edit
    assert editor.toPlainText() == "Rewritten by a colleague."  # shown, not only held
    assert not window.isWindowModified()  # theirs is no unsaved edit of this user's
    save(qtbot, window)  # and saving does not write it back as this user's
    assert server_block(team, block_id)[1]["markdown"] == "Rewritten by a colleague."


@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_a_conflicting_write_shows_both_texts_and_keeps_the_one_chosen(
        qtbot, settings, team: str, choices: list[Any], choice: str) -> None:
    queue, shown = choices
    window = open_team(qtbot, settings, team)
    _, block_id = first_prose(window)
    type_into(qtbot, window, block_id, " Mine.")
    mine = text_of(window, block_id)
    write_as_colleague(team, block_id, "Theirs.")
    time.sleep(0.5)
    qtbot.wait(300)  # heard, and kept aside: the unsent edit stays on screen
    assert text_of(window, block_id) == mine
    queue.append(lambda conflicts: {c.key: choice for c in conflicts})
    save(qtbot, window)
    assert len(shown) == 1 and len(shown[0]) == 1
    conflict = shown[0][0]
    assert conflict.mine["markdown"] == mine and conflict.theirs["markdown"] == "Theirs."
    kept = mine if choice == "mine" else "Theirs."
    assert text_of(window, block_id) == kept
    assert server_block(team, block_id)[1]["markdown"] == kept
    assert not window.isWindowModified()
    # the choice stands: saving again asks nothing, sends nothing
    version = server_block(team, block_id)[0]
    save(qtbot, window)
    assert len(shown) == 1 and server_block(team, block_id)[0] == version


# -- presence -----------------------------------------------------------------------------
@pytest.fixture
def quick_beat(monkeypatch: pytest.MonkeyPatch) -> None:
    """Presence written and read every 0.2 s instead of every 3 s: the same beat, the same
    rows and label, heard without waiting out the app's interval twice per test."""
    from briefer.gui import server_listen

    monkeypatch.setattr(server_listen, "BEAT_S", 0.2)


def test_presence_shows_another_session_on_the_note(qtbot, settings, team: str,
                                                    quick_beat: None) -> None:
    window = open_team(qtbot, settings, team)
    label = window.server_link.labels.here
    assert label.isHidden()
    with psycopg.connect(team, autocommit=True) as conn:
        role = conn.execute("SELECT current_user").fetchone()[0]
        presence.beat(conn, "00000000-0000-4000-8000-000000000001", "note")
        qtbot.waitUntil(lambda: label.isVisible(), timeout=8000)
        assert label.text() == f"Also here: {role}"
        presence.leave(conn, "00000000-0000-4000-8000-000000000001")
    qtbot.waitUntil(lambda: label.isHidden(), timeout=8000)


def test_a_paragraph_a_colleague_adds_appears_in_its_place(qtbot, settings, team: str
                                                           ) -> None:
    window = open_team(qtbot, settings, team)
    section_id, block_id = first_prose(window)
    with psycopg.connect(team) as conn:
        done = blocks.add_block(conn, "note", section_id, 0,
                                {"id": "bl-colleague", "type": "prose",
                                 "markdown": "Added by a colleague."},
                                blocks.note_version(conn, "note"))
        assert done.accepted
    qtbot.waitUntil(lambda: window.session.project.note.find_block("bl-colleague")
                    is not None, timeout=3000)
    section = window.session.project.note.section(section_id)
    assert [b.id for b in section.blocks][:2] == ["bl-colleague", block_id]
    assert text_of(window, "bl-colleague") == "Added by a colleague."
    # this window's next edit and save go through: its copy of the note is current
    type_into(qtbot, window, block_id, " Still mine.")
    save(qtbot, window)
    assert server_block(team, block_id)[1]["markdown"].endswith("Still mine.")
    assert server_block(team, "bl-colleague")[1]["markdown"] == "Added by a colleague."


def test_undo_never_puts_an_old_text_back_over_a_colleagues(qtbot, settings, team: str
                                                            ) -> None:
    window = open_team(qtbot, settings, team)
    note = window.session.project.note
    prose = [b.id for s in note.sections for b in s.blocks if b.kind == "prose"]
    type_into(qtbot, window, prose[0], " Saved edit.")
    save(qtbot, window)
    type_into(qtbot, window, prose[1], " Unsaved edit.")
    unsaved = text_of(window, prose[1])
    write_as_colleague(team, prose[0], "The colleague's text.")
    qtbot.waitUntil(lambda: text_of(window, prose[0]) == "The colleague's text.",
                    timeout=3000)
    assert window.isWindowModified()  # the unsaved edit is still unsaved
    for _ in range(2):  # Ctrl+Z, Ctrl+Z: this user's saved edit is not undone over theirs
        qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert text_of(window, prose[0]) == "The colleague's text."
    assert text_of(window, prose[1]) == unsaved  # (the history starts after theirs)
    save(qtbot, window)
    assert server_block(team, prose[0])[1]["markdown"] == "The colleague's text."
    assert server_block(team, prose[1])[1]["markdown"] == unsaved


def test_the_command_line_hands_the_url_to_the_app_unchanged(monkeypatch, team: str) -> None:
    """`briefer URL` and `briefer gui URL` (a path would fold the URL's "//")."""
    from briefer import launch
    from briefer.gui import app

    given: list[object] = []
    monkeypatch.setattr(app, "run", lambda project=None: given.append(project) or 0)
    assert launch.main([team]) == 0
    assert launch.main(["gui", team]) == 0
    assert given == [team, team]


def test_two_windows_see_each_other_and_one_closing_is_seen(qtbot, settings, team: str,
                                                           tmp_path: Path,
                                                           quick_beat: None) -> None:
    first = open_team(qtbot, settings, team)
    second = open_team(qtbot, settings, team)
    for window in (first, second):
        qtbot.waitUntil(lambda w=window: w.server_link.labels.here.isVisible(), timeout=8000)
        assert window.server_link.labels.here.text().startswith("Also here: ")
    second.close()
    qtbot.waitUntil(lambda: first.server_link.labels.here.isHidden(), timeout=8000)
