"""A whole note a colleague deletes leaves the open window within a second (it shows
another note), without making it modified — unless this window has unsent edits in it:
then the note and the edits stay and the status bar says so. Real widgets, the real
throwaway cluster."""

from __future__ import annotations

import time
from typing import Any

import pytest

from briefer.cli import main
from briefer.io.project_yaml import notes_form, project_to_dict
from tests.db import test_app_open as shared
from tests.db.test_app_open import open_team, save, text_of, type_into

app_data, choices, dlg, settings, team = (shared.app_data, shared.choices, shared.dlg,
                                          shared.settings, shared.team)

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

SECOND = "QP card"


def open_on_second(qtbot, settings, team: str, capsys):
    """A window on the team project, showing a second note made on the server."""
    assert main(["notes", team, "--new", SECOND]) == 0
    assert main(["draft", team, "--note", SECOND]) == 0  # paragraphs in it
    capsys.readouterr()
    window = open_team(qtbot, settings, team)
    project = window.session.project
    second = next(i for i, n in project.notes.items() if n.name == SECOND)
    window.session.show_note(second)
    assert project.current_note == second
    # what a save sends of the notes is what the project file holds of them
    assert window.server_link.notes() == notes_form(project_to_dict(project))["notes"]
    return window, second


def delete_as_colleague(team: str, capsys) -> None:
    assert main(["notes", team, "--delete", SECOND]) == 0
    capsys.readouterr()


def test_a_note_a_colleague_deletes_leaves_the_window_within_a_second(
        qtbot, settings, team: str, capsys) -> None:
    window, second = open_on_second(qtbot, settings, team, capsys)
    delete_as_colleague(team, capsys)
    start = time.monotonic()
    qtbot.waitUntil(lambda: second not in window.session.project.notes, timeout=3000)
    assert time.monotonic() - start < 1.0
    assert window.session.project.current_note != second  # another note is shown
    assert window.session.project.note.name != SECOND
    assert SECOND in window.statusBar().currentMessage()
    assert not window.isWindowModified()
    assert window.server_link.unsent() == 0


def test_a_deleted_note_with_unsent_edits_stays_with_them(
        qtbot, settings, team: str, capsys, choices: list[Any]) -> None:
    window, second = open_on_second(qtbot, settings, team, capsys)
    block_id = next(b.id for s in window.session.project.note.sections for b in s.blocks
                    if b.kind == "prose")
    type_into(qtbot, window, block_id, " Kept here.")
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    delete_as_colleague(team, capsys)
    qtbot.waitUntil(lambda: any("unsent edits" in m and SECOND in m for m in said),
                    timeout=3000)
    assert second in window.session.project.notes
    assert window.session.project.current_note == second
    assert text_of(window, block_id).endswith("Kept here.")
    assert window.isWindowModified()
    # the next save meets the deletion: both shown (theirs: removed); Cancel keeps mine
    queue, shown = choices
    queue.append(None)
    save(qtbot, window)  # sent once a take-in of the colleague's write has landed
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10000)
    assert any(c.theirs is None and str(c.mine.get("markdown", "")).endswith("Kept here.")
               for c in shown[0])
    assert text_of(window, block_id).endswith("Kept here.")
