"""GUI fixtures: dialogs that never block, isolated settings, a loaded main window
(the helpers themselves are in ``tests.helpers``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.gui import DialogLog, open_window
from tests.helpers.projects import seeds_project

# The offscreen platform warns about window size hints it cannot pass on, and that a popup
# menu cannot raise itself or grab the keyboard; harmless.
_QT_NOISE = "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(_QT_NOISE))


@pytest.fixture(autouse=True)
def dlg(monkeypatch: pytest.MonkeyPatch) -> DialogLog:
    from briefer.gui import dialogs, export_dialog

    log = DialogLog()
    for name in ("error", "warning", "info", "confirm", "save_discard_cancel",
                 "existing_directory", "open_files", "save_file", "get_text", "choose",
                 "choose_from_menu", "about", "project_in_use", "resolve_conflicts", "new_note"):
        monkeypatch.setattr(dialogs, name, log.make(name))
    monkeypatch.setattr(export_dialog, "export_options", log.make("export_options"))
    return log


@pytest.fixture
def bw_settings(tmp_path: Path):
    from PySide6.QtCore import QSettings

    from briefer.gui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


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


@pytest.fixture(autouse=True)
def _english_again_after_the_test():
    """A test that installs a translation leaves the app speaking English afterwards:
    messages worded by ``gui.wording.say`` follow the language recorded on the app."""
    yield
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty("brieferLanguage", None)


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp):
    """English's plural forms ("1 word", "2 words"), loaded as the app loads them."""
    from briefer.gui.app import install_translators

    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


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
