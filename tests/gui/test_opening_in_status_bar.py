"""A project read at start shows its progress in the status bar, not in a modal dialog:
the Search pane can be used all the while (the sources read so far are searched), and
what works on the project waits until it is in, so nothing typed is lost.

The loader is held half-read (a threading.Event), as a project of 100,000 articles is
for twenty seconds.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.helpers.gui import shown_window
from tests.helpers.projects import hold_after_first_batch, large_project

READ = 50


@pytest.fixture
def big(tmp_path: Path) -> Path:
    return large_project(tmp_path / "big", {
        "a0007": "Article 7 is about softwood lumber duties.\n"})


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch):
    """The loader of the project "big" holds after its first batch until the event is set."""
    event = hold_after_first_batch(monkeypatch, READ, "big")
    yield event
    event.set()


def test_the_window_stays_open_for_search_while_the_project_is_read(
        qtbot, bw_settings, big, gate, monkeypatch) -> None:
    from briefer.gui import dialogs

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "existing_directory", lambda *a, **k: asked.append("open"))
    window = shown_window(qtbot, bw_settings)
    window.files.open_initial(big)
    opening = window.files.opening
    assert opening is not None
    qtbot.waitUntil(lambda: opening.progress.maximum() > 0, timeout=10000)
    assert QApplication.activeModalWidget() is None  # no dialog shutting the window
    assert opening.bar.isVisible() and f"{READ} of" in opening.label.text()
    assert opening.progress.value() == READ
    # what works on the project waits; the search does not
    assert not window.note_column.isEnabled() and not window.menuBar().isEnabled()
    assert not window.sources_pane.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # File ▸ Open
    assert asked == []
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.left_tabs.currentWidget() is window.search_pane
    qtbot.keyClicks(window.search_pane.box, "softwood")
    pane = window.search_pane
    qtbot.waitUntil(lambda: [h.source_id for h in pane.model.hits] == ["a0007"], timeout=10000)

    gate.set()  # the rest is read
    qtbot.waitUntil(lambda: window.files.opening is None, timeout=20000)
    assert len(window.session.project.sources) > READ
    assert window.note_column.isEnabled() and window.menuBar().isEnabled()
    assert window.sources_pane.isEnabled()
    qtbot.waitUntil(lambda: not window.findChildren(QWidget, "openingProgress"), timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["open"]  # the shortcuts work again
    window.files.maybe_save = lambda: True
    window.close()


def _darkest(widget: QWidget) -> int:
    """The darkest grey level drawn inside ``widget``'s frame (its text)."""
    image = widget.grab().toImage()
    return min(image.pixelColor(x, y).lightness()
               for x in range(4, image.width() - 4) for y in range(4, image.height() - 4))


def test_a_waiting_field_does_not_look_filled_in(qtbot, bw_settings, big, gate) -> None:
    """While the project is read the note's fields are greyed out: a placeholder ("What
    the note is about") must look fainter than text typed there would, not darker."""
    window = shown_window(qtbot, bw_settings)
    window.files.open_initial(big)
    qtbot.waitUntil(lambda: window.files.opening is not None
                    and window.files.opening.progress.maximum() > 0, timeout=10000)
    subject = window.note_pane.meta_form.edits["subject"]
    assert not subject.isEnabled() and subject.placeholderText() and not subject.text()
    subject.setFixedWidth(subject.width())  # the same size for both pictures
    placeholder = _darkest(subject)
    subject.setText(subject.placeholderText())  # as typed
    typed = _darkest(subject)
    subject.setText("")
    assert placeholder >= typed, (placeholder, typed)
    gate.set()
    qtbot.waitUntil(lambda: window.files.opening is None, timeout=20000)
    window.files.maybe_save = lambda: True
    window.close()


def test_a_hit_opened_while_reading_is_shown_once_the_project_is_in(
        qtbot, bw_settings, big, gate) -> None:
    window = shown_window(qtbot, bw_settings)
    window.files.open_initial(big)
    pane = window.search_pane
    window.focus_search()
    pane.box.setText("softwood")
    qtbot.waitUntil(lambda: [h.source_id for h in pane.model.hits] == ["a0007"], timeout=10000)
    hit = pane.model.hits[0]
    window.parts.open_hit(hit.source_id, hit.start, hit.end, "softwood")
    assert window.reader.source is None or window.reader.source.id != "a0007"
    gate.set()
    qtbot.waitUntil(lambda: window.reader.source is not None
                    and window.reader.source.id == "a0007", timeout=20000)
    window.files.maybe_save = lambda: True
    window.close()


def test_a_large_project_from_the_file_menu_too_and_cancel_keeps_the_one_open(
        qtbot, bw_settings, big, gate, tmp_path: Path, monkeypatch) -> None:
    from briefer.core.project import Project
    from briefer.core.source import Source, SourceMeta
    from briefer.gui import dialogs
    from briefer.io.project_file import save_project
    from tests.helpers.gui import index_built, open_window

    errors: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda *a, **k: errors.append(str(a)))
    small = tmp_path / "small"
    save_project(Project(name="small", sources={"s1": Source(
        "s1", "Dairy quotas are back on the table.\n", SourceMeta(title="Dairy"),
        filename="s1.txt")}), small)
    window = open_window(qtbot, bw_settings, small)
    window.activateWindow()
    window.sources_pane.filter.setFocus()
    qtbot.waitUntil(lambda: window.focusWidget() is window.sources_pane.filter, timeout=5000)
    window.files.open_path(big, ask_save=False)  # File ▸ Open, Recent Projects
    opening = window.files.opening
    assert opening is not None and QApplication.activeModalWidget() is None
    qtbot.waitUntil(lambda: opening.progress.maximum() > 0, timeout=10000)
    qtbot.mouseClick(opening.cancel, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: window.files.opening is None, timeout=10000)
    assert window.session.project.path == str(small) and errors == []
    assert window.note_column.isEnabled()
    assert window.focusWidget() is window.sources_pane.filter  # where it was
    # its search is the open project's again
    qtbot.waitUntil(lambda: index_built(window.search_service), timeout=10000)
    got: list = []
    window.search_service.resultsReady.connect(lambda query, hits: got.append(hits))
    window.search_service.search("dairy")
    qtbot.waitUntil(lambda: bool(got) and [h.source_id for h in got[-1]] == ["s1"],
                    timeout=10000)
    window.files.maybe_save = lambda: True
    window.close()


def test_a_window_opened_with_its_project_starts_in_the_sources_filter(
        qtbot, bw_settings, big) -> None:
    """As `briefer PROJECT` starts: the project is named before the window shows, its panes
    wait while it is read, and the keyboard then starts in the Sources filter (not on the
    tab bar, the one part left to take it while the rest waited)."""
    from briefer.core.project import Project
    from briefer.gui.main_window import MainWindow
    from briefer.gui.session import ProjectSession

    window = MainWindow(ProjectSession(Project(name="")), bw_settings)
    qtbot.addWidget(window)
    window.files.open_initial(big)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.files.opening is None and bool(window.session.project.sources),
                    timeout=20000)
    qtbot.waitUntil(lambda: window.focusWidget() is window.sources_pane.filter, timeout=5000)
    window.files.maybe_save = lambda: True
    window.close()
