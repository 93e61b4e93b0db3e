"""GUI test helpers: dialogs that never block, isolated settings, a loaded main window."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import pytest

# The offscreen platform warns about window size hints it cannot pass on; harmless.
_QT_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(_QT_NOISE))


class DialogLog:
    """Stands in for ``briefer.gui.dialogs``: records every call, answers from queues."""

    DEFAULTS: ClassVar[dict[str, Any]] = {
        "confirm": False, "save_discard_cancel": "discard", "existing_directory": "",
        "open_files": [], "save_file": "", "get_text": None, "choose": -1,
        "choose_from_menu": -1,
    }

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.keywords: list[tuple[str, dict[str, Any]]] = []
        self.answers: dict[str, list[Any]] = {}

    def answer(self, name: str, *values: Any) -> None:
        self.answers.setdefault(name, []).extend(values)

    def kwargs_of(self, name: str) -> list[dict[str, Any]]:
        return [kw for n, kw in self.keywords if n == name]

    def named(self, name: str) -> list[tuple[Any, ...]]:
        return [args for n, args in self.calls if n == name]

    def make(self, name: str):
        def fake(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args + tuple(kwargs.values())))
            self.keywords.append((name, dict(kwargs)))
            queue = self.answers.get(name)
            if queue:
                return queue.pop(0)
            return self.DEFAULTS.get(name)
        return fake


@pytest.fixture(autouse=True)
def dlg(monkeypatch: pytest.MonkeyPatch) -> DialogLog:
    from briefer.gui import dialogs

    log = DialogLog()
    for name in ("error", "warning", "info", "confirm", "save_discard_cancel",
                 "existing_directory", "open_files", "save_file", "get_text", "choose",
                 "choose_from_menu", "about", "project_in_use", "resolve_conflicts"):
        monkeypatch.setattr(dialogs, name, log.make(name))
    return log


@pytest.fixture
def bw_settings(tmp_path: Path):
    from PySide6.QtCore import QSettings

    from briefer.gui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def open_window(qtbot, settings, path: Path | None):
    from briefer.core.project import Project
    from briefer.gui.main_window import MainWindow
    from briefer.gui.session import ProjectSession

    window = MainWindow(ProjectSession(Project(name="")), settings)
    qtbot.addWidget(window)
    window.autosave.timer.setInterval(50)
    window.files.open_initial(path)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.search_service.build_now()
    qtbot.waitUntil(lambda: window.search_service.ready, timeout=5000)
    return window


@pytest.fixture
def main_window(qtbot, bw_settings, seeds_copy):
    """The main window on a private copy of the sample (a read-only folder project)."""
    return open_window(qtbot, bw_settings, seeds_copy)


@pytest.fixture
def project_window(qtbot, bw_settings, seeds_copy, tmp_path):
    """The main window on a saved project made from the sample."""
    from briefer.io.project_file import new_project

    new_project(tmp_path / "proj", seeds_copy)
    return open_window(qtbot, bw_settings, tmp_path / "proj")


@pytest.fixture(params=["en", "fr"])
def language(request, qapp):
    """Run the test in English, then in French (Briefer's and Qt's translations)."""
    from briefer.gui.app import install_translators

    translators = install_translators(qapp, request.param)
    assert request.param == "en" or translators, "the French translation loads"
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


# -- the note composer on the bundled sample (shared by the note tests) -----------------

def seeds_project():
    """The bundled sample, loaded as the app loads it."""
    from briefer.bundled import seeds_dir
    from briefer.io.project_file import load_project

    return load_project(seeds_dir())


@pytest.fixture
def session(qapp):
    from briefer.gui.session import ProjectSession

    return ProjectSession(seeds_project())


@pytest.fixture
def pane(qtbot, session):
    from briefer.gui.note_pane import NotePane

    widget = NotePane(session)
    qtbot.addWidget(widget)
    widget.resize(820, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def sections(session):
    return session.project.note.sections


def article(session):
    return session.project.articles()[0]
