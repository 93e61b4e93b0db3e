"""The Sources list at the first paint, before the core is loaded: kept from the last start,
or at a project's first start read from its files by quick modules; then replaced by the
Sources pane on the project's files (issue 16: start-up within 1.5x a bare window)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from briefer.gui.first_list import FirstList, keep_shown
from briefer.gui.main_window import MainWindow
from briefer.io.kept_list import cache_file, keep, kept
from briefer.io.project_file import new_project

ROOT = Path(__file__).resolve().parents[2]

# The app started as `python -m briefer FOLDER` starts it. At its first paint with sources
# listed it prints which list it is (a FirstList kept from the last start or read from the
# files, or the Sources pane) and its rows, the modules loaded by then among those the list
# must not need (and whether PySide built its ``Qt`` namespace: 10 ms), the widths of the
# last three columns and which rows bear a mark; once the window is complete and the
# project opened, what the Sources tab shows then (the same) and whether the rest of the
# window is there; then it waits for the list to be kept for the next start.
START = """
import os, runpy, sys
from PySide6.QtCore import QEvent, QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication
QStandardPaths.setTestModeEnabled(True)
from briefer.io.kept_list import cache_file
NOT_YET = ("briefer.core.project", "briefer.core.source", "yaml", "briefer.io.first_look",
           "briefer.gui.sources_pane", "briefer.gui.note_pane", "briefer.gui.reader",
           "briefer.gui.search_pane", "briefer.gui.outline_pane", "briefer.cli")
_exec = QApplication.exec
def shown(tab):  # the list's cells, its columns' widths, its rows with a mark
    from PySide6.QtCore import Qt
    m, header = tab.table.model(), tab.table.horizontalHeader()
    cells = [tuple(m.index(r, c).data() for c in range(4)) for r in range(m.rowCount())]
    marked = [r for r in range(m.rowCount())
              if m.index(r, 0).data(Qt.ItemDataRole.DecorationRole) is not None]
    return repr((cells, [header.sectionSize(c) for c in (1, 2, 3)], marked))
def kind(tab):
    name = type(tab).__name__
    return name + ("/kept" if tab.kept.widths else "/files") if name == "FirstList" else name
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and hasattr(obj, "window"):
            w = obj.window()
            tab = w.left_tabs.widget(0) if hasattr(w, "left_tabs") else None
            if tab is not None and tab.isVisible() and tab.table.model().rowCount():
                obj.removeEventFilter(self)
                print("LOADED", [m for m in NOT_YET if m in sys.modules]
                      + ["Qt namespace"] * ("Qt" in vars(sys.modules["PySide6.QtCore"])))
                print("PAINTED", kind(tab))
                print("QUICK", "briefer.io.quick_list" in sys.modules)
                print("SHOWN", shown(tab))
                self.w, self.kept = w, os.path.getmtime(cache_file()) \\
                    if cache_file().exists() else 0
                QTimer.singleShot(10, self.check)
        return False
    def check(self):
        w = self.w
        done = cache_file().exists() and os.path.getmtime(cache_file()) != self.kept
        if w.built and not w.files.outline_pending and done:
            tab = w.left_tabs.widget(0)
            print("COMPLETE", kind(tab), w.note_pane is not None,
                  [a.text() for a in w.menuBar().actions()][:2], w.windowTitle())
            print("THEN", shown(tab))
            sys.stdout.flush()
            os._exit(0)
        QTimer.singleShot(10, self.check)
def exec_(*args):  # on the window (a filter on the application makes objects of their own)
    probe = Probe(QApplication.instance())
    for w in QApplication.topLevelWidgets():
        if hasattr(w, "left_tabs"):
            w.installEventFilter(probe)
    return _exec()
QApplication.exec = exec_
sys.argv = ["briefer", sys.argv[1]]
runpy.run_module("briefer", run_name="__main__")
"""
FRENCH = {"LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8", "LANGUAGE": "fr"}


def _start(folder: Path, home: Path, **env: str) -> dict[str, str]:
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
               "XDG_CACHE_HOME": str(home / "cache"), "XDG_CONFIG_HOME": str(home), **env}
    out = subprocess.run([sys.executable, "-c", START, str(folder)], cwd=ROOT, env=environ,
                         capture_output=True, text=True, timeout=120)
    lines = dict(line.partition(" ")[::2] for line in out.stdout.splitlines())
    assert "COMPLETE" in lines, out.stdout + out.stderr[-3000:]
    return lines


def _rows(start: dict[str, str], at: str = "SHOWN") -> list[tuple[str, str, str, str]]:
    return ast.literal_eval(start[at])[0]


def test_a_first_start_paints_the_files_rows_before_the_core_is_loaded(
        seeds_copy: Path, tmp_path: Path) -> None:
    first = _start(seeds_copy, tmp_path)
    # no list kept: the rows read from the files, painted before the core, PyYAML or any
    # pane is loaded, and before PySide builds its Qt namespace (the modules imported
    # before the paint must not name a Qt enum, nor call Qt with one: see main_window,
    # first_list)
    assert first["PAINTED"] == "FirstList/files"
    assert first["LOADED"] == "[]"
    # exactly what the Sources pane shows once the project is open: cells, column widths,
    # the rows marked for missing metadata
    assert first["SHOWN"] == first["THEN"]
    assert _rows(first)[4] == ("Untitled survey", "—", "—", "Survey")
    assert ast.literal_eval(first["SHOWN"])[2] == [0, 1, 2, 3, 4]
    assert first["COMPLETE"].startswith("SourcesPane True ['&File', '&Edit']")
    # the next start: the list kept, as it was shown
    second = _start(seeds_copy, tmp_path)
    assert second["PAINTED"] == "FirstList/kept"
    assert second["LOADED"] == "[]"
    assert (first["QUICK"], second["QUICK"]) == ("True", "False")  # nor the quick reader
    assert _rows(second) == _rows(first)
    assert second["COMPLETE"] == first["COMPLETE"] and second["THEN"] == first["THEN"]


def test_a_list_kept_in_english_is_not_painted_in_french(seeds_copy: Path,
                                                          tmp_path: Path) -> None:
    english = _start(seeds_copy, tmp_path)  # keeps the English list
    french = _start(seeds_copy, tmp_path, **FRENCH)
    assert french["PAINTED"] == "FirstList/files"  # read again, in French
    assert french["LOADED"] == "[]"
    assert "Fichier" in french["COMPLETE"]  # the menus in French
    assert _rows(french) == _rows(french, "THEN") != _rows(english)
    assert _rows(french)[4][3] == "Sondage"
    again = _start(seeds_copy, tmp_path, **FRENCH)
    assert again["PAINTED"] == "FirstList/kept"
    assert again["COMPLETE"] == french["COMPLETE"] and _rows(again) == _rows(french)


def test_the_first_list_follows_the_files_when_they_change(seeds_copy: Path,
                                                           tmp_path: Path) -> None:
    _start(seeds_copy, tmp_path)  # a list kept
    sidecar = seeds_copy / "001_3e22afcecaafb256.yaml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace(
        '\ntitle: ""', "\ntitle: 'Tariffs: what Ottawa''s officials told us'").replace(
        "issued: null", "issued: September 16, 2025"), encoding="utf-8")
    (seeds_copy / "003_f9fcf619b2448e04.txt").unlink()
    (seeds_copy / "003_f9fcf619b2448e04.yaml").unlink()
    changed = _start(seeds_copy, tmp_path)
    assert changed["PAINTED"] == "FirstList/files"  # the kept list no longer stands
    assert changed["LOADED"] == "[]"
    assert changed["SHOWN"] == changed["THEN"]
    rows = _rows(changed)
    assert len(rows) == 4
    assert rows[1] == ("Tariffs: what Ottawa's officials told us", "—", "September 16, 2025",
                       "Article")


def test_files_the_quick_reader_does_not_read_are_read_before_the_paint(
        tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "a.txt").write_text("Tariffs rise\n\nOttawa answers.\n", encoding="utf-8")
    # a survey its text alone tells (headings and answers, no metadata saying so): parsed
    (folder / "b.md").write_text("# Survey\n\n## Will tariffs rise?\n\n- R1: Yes.\n"
                                 "- R2: No.\n", encoding="utf-8")
    first = _start(folder, tmp_path)
    assert first["PAINTED"] == "SourcesPane"  # as before: a first look before the paint
    assert first["SHOWN"] == first["THEN"]
    assert _rows(first)[1][3] == "Survey"


def test_the_kept_list_is_the_panes_and_is_dropped_when_a_file_changes(
        qtbot, bw_settings, seeds_copy: Path) -> None:
    window = MainWindow(None, bw_settings, opening=seeds_copy)  # whole, from a first look
    qtbot.addWidget(window)
    keep_shown(window, "en")
    model = window.sources_pane.model
    kept_list = kept(seeds_copy, "en")
    assert kept_list is not None
    assert kept_list.rows == model.all_displayed()
    assert kept_list.mark  # the warning mark of the rows lacking metadata, as drawn
    assert kept(seeds_copy, "fr") is None
    sidecar = next(seeds_copy.glob("*.yaml"))
    sidecar.write_text(sidecar.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert kept(seeds_copy, "en") is None  # a metadata file changed: read it again
    cache_file().write_bytes(b"{not marshal")
    assert kept(seeds_copy, "en") is None


def test_a_large_folder_keeps_no_list(tmp_path: Path) -> None:
    big = tmp_path / "big"
    big.mkdir()
    for i in range(401):
        (big / f"{i:03}.txt").write_text("words", encoding="utf-8")
    assert not keep(big, "en", "big", True, [("t", "o", "d", "Article")], [False], [1, 2, 3])
    assert kept(big, "en") is None


def test_a_staged_window_paints_the_kept_list_then_the_pane(qtbot, bw_settings,
                                                            seeds_copy: Path) -> None:
    whole = MainWindow(None, bw_settings, opening=seeds_copy)
    qtbot.addWidget(whole)
    keep_shown(whole, "en")
    kept_list = kept(seeds_copy, "en")
    assert kept_list is not None
    window = MainWindow(None, bw_settings, staged=True, first_list=FirstList(kept_list),
                        opening=seeds_copy)
    qtbot.addWidget(window)
    first = window.left_tabs.widget(0)
    assert isinstance(first, FirstList) and first.model.rowCount() == 5
    headers = [first.model.headerData(col, Qt.Orientation.Horizontal) for col in range(4)]
    widths = [first.table.horizontalHeader().sectionSize(col) for col in (1, 2, 3)]
    assert widths == kept_list.widths
    assert not hasattr(window, "session") and not hasattr(window, "sources_pane")
    assert window.windowTitle() == whole.windowTitle()  # its title from the kept list
    window.show()
    qtbot.waitUntil(lambda: window.built, timeout=10000)
    assert window.left_tabs.widget(0) is window.sources_pane
    assert window.left_tabs.currentIndex() == 0
    assert window.sources_pane.model.all_displayed() == kept_list.rows
    assert headers == [window.sources_pane.model.headerData(col, Qt.Orientation.Horizontal)
                       for col in range(4)]
    assert window.session.project.path == str(seeds_copy)


def test_a_project_folders_list_is_kept_until_its_project_file_changes(
        qtbot, bw_settings, seeds_copy: Path, tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    new_project(folder, seeds_copy)
    window = MainWindow(None, bw_settings, opening=folder / "project.yaml")
    qtbot.addWidget(window)
    keep_shown(window, "en")
    kept_list = kept(folder / "project.yaml", "en")
    assert kept_list is not None and kept(folder, "en") == kept_list
    assert not kept_list.read_only and len(kept_list.rows) == 5
    project_file = folder / "project.yaml"
    project_file.write_text(project_file.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert kept(folder, "en") is None  # a source may have come or gone: read it again
