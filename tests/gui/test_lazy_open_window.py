"""A large project named at start opens on a worker; Ctrl+S writes a large one on a worker.

The window must paint and take input meanwhile; what the user sees at the end
is what a blocking open or save gave.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.gui import shown_window
from tests.helpers.projects import large_project

from briefer.io.lazy_sources import LAZY_MIN_SOURCES
from briefer.io.project_file import load_project


@pytest.fixture
def big(tmp_path: Path) -> Path:
    return large_project(tmp_path / "big")


def test_a_large_project_arrives_after_the_window_is_up(qtbot, bw_settings, big) -> None:
    window = shown_window(qtbot, bw_settings)
    assert window.files.open_initial(big)
    # not read yet: the window goes on painting while a worker reads it
    assert not window.session.project.sources
    assert window.files.outline_pending
    qtbot.waitUntil(lambda: not window.files.outline_pending, timeout=20000)
    assert len(window.session.project.sources) == LAZY_MIN_SOURCES + 10
    assert window.sources_pane.proxy.rowCount() == LAZY_MIN_SOURCES + 10
    assert window.reader.source is not None  # the first source is shown, as for a small one
    assert "big" in window.windowTitle()


def test_a_large_project_that_cannot_be_read_says_so(qtbot, bw_settings, big, dlg) -> None:
    (big / "project.yaml").write_text("format: briefer-project\nversion: [\n")
    window = shown_window(qtbot, bw_settings)
    window.files.open_initial(big)
    qtbot.waitUntil(lambda: not window.files.outline_pending, timeout=20000)
    assert dlg.named("error"), "the user is told the project did not open"
    assert not window.session.project.sources


def test_ctrl_s_on_a_large_project_saves_on_a_worker(qtbot, bw_settings, big,
                                                      monkeypatch) -> None:
    import briefer.gui.file_actions as file_actions

    window = shown_window(qtbot, bw_settings)
    window.files.open_initial(big)
    qtbot.waitUntil(lambda: not window.files.outline_pending, timeout=20000)
    monkeypatch.setattr(file_actions, "BACKGROUND_SAVE_SOURCES", 10)
    project = window.session.project
    project.sources["a0003"].meta.note = "checked"
    project.dirty_meta.add("a0003")
    window.files._set_extra_dirty(True)
    window.menu_actions.save.trigger()
    assert window.files.saving is not None, "written on a worker"
    qtbot.waitUntil(lambda: not window.files.is_modified(), timeout=20000)
    assert window.files.saving is None
    assert load_project(big).sources["a0003"].meta.note == "checked"
    assert not project.dirty_meta
    # closing right after a save under way waits for it, and asks nothing
    window.menu_actions.save.trigger()
    assert window.files.maybe_save()
