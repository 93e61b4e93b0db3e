"""The window at start: its frame and Sources list painted first, the rest built after,
nothing typed in between lost (issue 16: start-up within 1.5x a bare window)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from briefer.core.project import Project
from briefer.gui.main_window import MainWindow
from briefer.gui.session import ProjectSession
from briefer.io.first_look import first_look
from briefer.io.project_file import load_project, new_project
from briefer.launch import COMMANDS, app_target

ROOT = Path(__file__).resolve().parents[2]

# The app started as `python -m briefer` starts it; at its first paint with the sources
# listed it prints how many rows, and which of the later parts were loaded by then.
FIRST_PAINT = """
import os, runpy, sys
from PySide6.QtCore import QEvent, QObject, QStandardPaths
from PySide6.QtWidgets import QApplication
QStandardPaths.setTestModeEnabled(True)
_exec = QApplication.exec
LATER = ("briefer.gui.note_pane", "briefer.gui.reader", "briefer.gui.search_pane",
         "briefer.gui.outline_pane", "briefer.gui.file_actions", "briefer.cli",
         "briefer.index", "markdown_it", "docx", "citeproc")
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and hasattr(obj, "window"):
            pane = getattr(obj.window(), "sources_pane", None)
            if pane is not None and pane.isVisible() and pane.table.model().rowCount():
                print("ROWS", pane.table.model().rowCount())
                print("LOADED", *[m for m in LATER if m in sys.modules])
                sys.stdout.flush()
                os._exit(0)
        return False
def exec_(*args):
    probe = Probe(QApplication.instance())
    QApplication.instance().installEventFilter(probe)
    return _exec()
QApplication.exec = exec_
sys.argv = ["briefer"]
runpy.run_module("briefer", run_name="__main__")
"""


def test_the_first_paint_lists_the_sources_before_the_rest_is_loaded(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_CONFIG_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", FIRST_PAINT], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    lines = dict(line.partition(" ")[::2] for line in out.stdout.splitlines())
    assert lines.get("ROWS") == "5", out.stdout + out.stderr[-2000:]
    assert lines.get("LOADED", "").split() == []


def test_a_staged_window_paints_its_sources_then_builds_the_rest(qtbot, bw_settings,
                                                                 seeds_copy) -> None:
    glance = first_look(seeds_copy)
    assert glance is not None
    window = MainWindow(ProjectSession(glance), bw_settings, staged=True)
    qtbot.addWidget(window)
    assert window.sources_pane.model.rowCount() == 5
    assert not window.built and not hasattr(window, "note_pane")
    opened: list[bool] = []
    window.when_built(lambda: opened.append(window.files.open_initial(seeds_copy)))
    window.show()
    top = window.centralWidget().geometry().top()  # below the menu bar's place
    qtbot.waitUntil(lambda: window.built, timeout=10000)
    assert opened == [True]
    qtbot.waitUntil(lambda: window.menuBar().actions() and window.menuBar().height() > 0)
    qtbot.wait(50)  # the window laid out again with its menus
    assert window.centralWidget().geometry().top() == top  # the menus came; nothing moved
    qtbot.waitUntil(lambda: not window.files.outline_pending, timeout=10000)
    # the whole window, on the project opened properly
    assert window.session.project is not glance
    assert window.left_tabs.widget(1) is window.search_pane
    assert window.main_splitter.widget(1) is window.reader
    assert window.left_splitter.widget(1) is window.outline_pane
    assert window.reader.source is not None  # the survey shown, as at any open
    assert window.outline_pane.model.rowCount() > 0
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&File", "&Edit"]


def test_keys_typed_before_the_window_is_complete_are_delivered(qtbot, bw_settings,
                                                                 seeds_copy) -> None:
    window = MainWindow(ProjectSession(first_look(seeds_copy) or Project(name="")),
                        bw_settings, staged=True)
    qtbot.addWidget(window)
    window.when_built(lambda: window.files.open_initial(seeds_copy))
    window.show()
    # Ctrl+K (the search box) and a word, before the search pane or its shortcut exist
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window, "tariff")
    assert not window.built
    qtbot.waitUntil(lambda: window.built, timeout=10000)
    assert window.left_tabs.currentWidget() is window.search_pane
    assert window.search_pane.box.text() == "tariff"
    assert window.search_pane.box.hasFocus()


def test_an_unstaged_window_is_whole_at_once(qtbot, bw_settings) -> None:
    window = MainWindow(ProjectSession(Project(name="")), bw_settings)
    qtbot.addWidget(window)
    assert window.built
    assert window.main_splitter.widget(1) is window.reader
    assert window.menu_actions.save.shortcut().toString() == "Ctrl+S"


def test_first_look_lists_what_the_full_open_lists(seeds_copy, tmp_path: Path) -> None:
    new_project(tmp_path / "proj", seeds_copy)
    for folder in (seeds_copy, tmp_path / "proj", tmp_path / "proj" / "project.yaml"):
        glance, full = first_look(folder), load_project(folder, outline=False)
        assert glance is not None
        assert list(glance.sources) == list(full.sources)
        assert [(s.display_title, s.kind, s.meta.issued) for s in glance.sources.values()] \
            == [(s.display_title, s.kind, s.meta.issued) for s in full.sources.values()]
        assert glance.read_only == full.read_only


def test_first_look_leaves_large_or_odd_folders_to_the_full_open(tmp_path: Path) -> None:
    big = tmp_path / "big"
    big.mkdir()
    for i in range(201):
        (big / f"{i:03}.txt").write_text("words", encoding="utf-8")
        (big / f"{i:03}.yaml").write_text("title: t\n", encoding="utf-8")
    assert first_look(big) is None  # opened on a worker, with progress
    assert first_look(tmp_path / "nowhere") is None
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "project.yaml").write_text("sources: [\n", encoding="utf-8")
    assert first_look(broken) is None


def test_the_command_starts_the_app_without_the_command_line() -> None:
    assert app_target([]) == (True, None)
    assert app_target(["desk"]) == (True, Path("desk"))
    assert app_target(["gui"]) == (True, None)
    assert app_target(["gui", "desk"]) == (True, Path("desk"))
    for argv in (["search", "desk", "x"], ["--help"], ["gui", "--help"], ["-h"],
                 ["postgresql://h/db"], ["gui", "postgresql://h/db"], ["export", "d"],
                 ["desk", "other"]):
        assert app_target(argv)[0] is False, argv


def test_the_launcher_knows_every_command() -> None:
    from briefer import cli

    assert set(cli.COMMANDS) <= COMMANDS
