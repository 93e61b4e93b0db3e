"""Screenshots of the main window in a realistic state, for the README and for review.

    QT_QPA_PLATFORM=offscreen python tests/gui/make_screenshots.py [out_dir]

The sample is loaded, the note drafted from the outline, the survey open with
its excerpts highlighted and a response selected, the outline expanded. At
1366 × 768, in English and French, the Edit and Note menus are shown open too
(a menu is a window of its own: it is drawn over the window's picture where it
opens), with the status bar's word and page counts.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu

from briefer.bundled import seeds_dir
from briefer.core.project import Project
from briefer.gui import app as gui_app
from briefer.gui import dialogs
from briefer.gui.main_window import MainWindow
from briefer.gui.session import ProjectSession
from briefer.gui.settings import Settings

SIZES = ((1366, 768), (1920, 1080))


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def realistic_window(app: QApplication, folder: Path, size: tuple[int, int],
                     settings: Settings) -> MainWindow:
    window = MainWindow(ProjectSession(Project(name="")), settings)
    window.resize(*size)
    window.files.open_initial(folder)
    window.show()
    settle(app)
    deadline = time.monotonic() + 30  # the outline is built on a worker
    while window.files.outline_pending and time.monotonic() < deadline:
        settle(app)
        time.sleep(0.02)
    session = window.session
    draft = getattr(window.note_pane, "draft_action", None)
    if draft is not None:
        draft.trigger()
    project = session.project
    survey = next(s for s in project.sources.values() if s.kind.value == "survey")
    # the outline fully open on the first question, a response selected
    pane = window.outline_pane
    pane.tree.expandToDepth(0)
    first_section = project.outline.sections[0]
    if first_section.themes:
        theme = first_section.themes[0]
        pane.tree.expand(pane.model.index_of_key(("theme", first_section.id, theme.id, "")))
        if theme.response_ids:
            key = ("response", first_section.id, theme.id, theme.response_ids[1 % len(
                theme.response_ids)])
            pane.select_key(key)
            pane._activate(pane.model.index_of_key(key))
    else:
        window.show_source(survey.id)
    # the analyst chose where excerpts go: the section says so
    sections = project.note.sections
    if len(sections) > 1:
        window.note_pane.set_current_section(sections[1].id)
    settle(app)
    window.search_pane.box.setText("rules of origin")
    settle(app, 40)
    deadline = time.monotonic() + 60  # the word count, and the pages LibreOffice counts
    while time.monotonic() < deadline and not (
            any(c.isdigit() for c in window.page_count.text())
            and any(c in "123456789" for c in window.word_count.text())):
        settle(app)
        time.sleep(0.05)
    return window


def with_menu(app: QApplication, window: MainWindow, index: int,
              submenu: str = "") -> QPixmap:
    """The window with its ``index``-th menu open (and ``submenu`` of it, by object name)."""
    bar = window.menuBar()
    action = bar.actions()[index]
    menu = action.menu()
    assert isinstance(menu, QMenu)
    at = bar.mapTo(window, bar.actionGeometry(action).bottomLeft())
    menu.popup(window.mapToGlobal(at))
    settle(app)
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(at, menu.grab())
    if submenu:
        sub = next(a for a in menu.actions() if a.menu() and a.menu().objectName() == submenu)
        inner = sub.menu()
        where = at + menu.actionGeometry(sub).topRight()
        inner.popup(window.mapToGlobal(where))
        settle(app)
        painter.drawPixmap(where, inner.grab())
        inner.hide()
    painter.end()
    menu.hide()
    settle(app)
    return picture


def main(out: Path) -> None:
    QStandardPaths.setTestModeEnabled(True)
    for name in ("error", "warning", "info"):
        setattr(dialogs, name, lambda *a, **k: None)
    dialogs.confirm = lambda *a, **k: False
    app = gui_app.make_application([])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "Canada-US trade"
        shutil.copytree(seeds_dir(), folder, ignore=shutil.ignore_patterns("__pycache__"))
        for lang in ("en", "fr"):
            translators = gui_app.install_translators(app, lang)
            for size in SIZES if lang == "en" else SIZES[:1]:
                settings = Settings(QSettings(str(Path(tmp) / f"{lang}{size}.ini"),
                                              QSettings.Format.IniFormat))
                window = realistic_window(app, folder, size, settings)
                suffix = "" if lang == "en" else "-fr"
                window.grab().save(str(out / f"main-{size[0]}x{size[1]}{suffix}.png"))
                if size == SIZES[0]:
                    with_menu(app, window, 1).save(str(out / f"menu-edit{suffix}.png"))
                    with_menu(app, window, 2, "notesMenu").save(
                        str(out / f"menu-note{suffix}.png"))
                window.files.maybe_save = lambda: True
                window.close()
                window.deleteLater()
                settle(app)
            for translator in translators:
                app.removeTranslator(translator)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else
         Path(__file__).resolve().parents[2] / "resources" / "screenshots")
