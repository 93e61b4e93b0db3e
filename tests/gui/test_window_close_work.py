"""Closing the window stops or lets go of its running work: a window closed while a
citation is still being rendered (pandoc running) must not stop the next window from
showing, nor leave the citation process behind."""

from __future__ import annotations

import faulthandler
import stat
import sys
import time
from pathlib import Path

import pytest

from briefer.export import cite, citeproc
from tests.helpers.gui import article, open_window, sections

HANG_S = 60  # far above the few seconds these take: a hang ends the run instead of lasting


@pytest.fixture(autouse=True)
def watchdog():
    """Bound each test, its windows' closing at teardown included."""
    faulthandler.dump_traceback_later(HANG_S, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


@pytest.fixture
def slow_pandoc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A citation processor that takes 3 s to start (a busy machine, a cold cache): each
    run writes its process id to ``pids`` first."""
    try:
        real = citeproc.pandoc_path()
    except Exception:
        pytest.skip("no pandoc here")
    pids = tmp_path / "pids"
    script = tmp_path / "slow-pandoc"
    script.write_text(f'#!/bin/sh\necho $$ >> "{pids}"\nsleep 3\nexec "{real}" "$@"\n')
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setattr(citeproc, "_PANDOC", [str(script)])
    monkeypatch.setattr(cite, "_PREVIEWS", {})
    monkeypatch.setattr(citeproc, "_cached", lambda _key: None)  # rendered, not remembered
    return pids


def _running(pid: int) -> bool:
    """Whether the process exists and is not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_closing_during_a_citation_render_lets_the_next_window_show(
        qtbot, bw_settings, seeds_copy, tmp_path, slow_pandoc) -> None:
    from briefer.core.project import Project
    from briefer.gui.main_window import MainWindow
    from briefer.gui.session import ProjectSession
    from briefer.io.project_file import new_project

    new_project(tmp_path / "proj", seeds_copy)
    # as a test's window, but deleted here, while the citation renders (not at teardown)
    first = MainWindow(ProjectSession(Project(name="")), bw_settings)
    first.files.open_initial(tmp_path / "proj")
    first.show()
    qtbot.waitExposed(first)
    qtbot.waitUntil(lambda: not first.files.outline_pending, timeout=10000)
    session = first.session
    first.note_pane.add_excerpt(article(session).id, 20, 90, sections(session)[1].id)
    qtbot.waitUntil(slow_pandoc.exists, timeout=5000)  # the citation is rendering
    first.files.maybe_save = lambda: True
    started = time.monotonic()
    first.close()
    closed_s = time.monotonic() - started
    first.deleteLater()  # its panes and their thread pools with it
    qtbot.wait(10)
    second = open_window(qtbot, bw_settings, seeds_copy)  # waits for it to be shown
    assert second.isVisible() and second.session.project.sources
    assert closed_s < 2.5, "closing waited for the citation processor"
    pid = int(slow_pandoc.read_text().split()[0])
    qtbot.waitUntil(lambda: not _running(pid), timeout=5000)  # ended, and reaped


def test_a_window_closed_with_work_running_does_not_hang_a_later_wait(qtbot, bw_settings,
                                                                  seeds_copy) -> None:
    """Work still running when its window closes finishes on its own; nothing waits on
    it without a bound."""
    import threading

    window = open_window(qtbot, bw_settings, seeds_copy)
    release = threading.Event()
    task = window.runner.start(lambda _p, cancelled: release.wait(30) and not cancelled())
    window.files.maybe_save = lambda: True
    started = time.monotonic()
    window.close()
    qtbot.wait(10)
    assert time.monotonic() - started < 2.5
    assert task.is_cancelled()  # told to stop
    release.set()
    assert task.finished_event.wait(5)
    other = open_window(qtbot, bw_settings, seeds_copy)
    assert other.isVisible()
