"""Helpers for GUI tests: a stand-in for the dialogs, a loaded main window, note shortcuts."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar


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


def shown_window(qtbot, settings):
    """A main window with no project yet, shown (to open one in as the test wants)."""
    from briefer.core.project import Project
    from briefer.gui.main_window import MainWindow
    from briefer.gui.session import ProjectSession

    window = MainWindow(ProjectSession(Project(name="")), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


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
    qtbot.waitUntil(lambda: index_built(window.search_service), timeout=5000)
    qtbot.waitUntil(lambda: not window.files.outline_pending, timeout=10000)
    return window


def index_built(service) -> bool:
    """Whether the search index is complete, its build started now if it waits on the
    start-up delay (``rebuild_later``; ``build_now`` does nothing otherwise): the project
    may open after the window shows, and its delayed build cost each test 1.5 s."""
    service.build_now()
    return service.ready


def sections(session):
    return session.project.note.sections


def article(session):
    return session.project.articles()[0]


def export_options(project, out):
    """What File ▸ Export…'s dialog gives when the user only names the file: the note's
    template, the project's citation style, the built-in reference document."""
    from briefer.gui.export_dialog import ExportOptions

    return ExportOptions(template=project.note.template,
                         style=project.citation_style or "chicago", reference_docx="",
                         output=Path(out))
