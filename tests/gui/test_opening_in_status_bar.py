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
    window.files.maybe_save = lambda: True  # type: ignore[method-assign]
    window.close()


# -- interrupted, early and meanwhile: what a user does while a project is read --------

def _as_at_start(qtbot, settings):
    """A window as `briefer PROJECT` makes it: an empty project stands in while it is read."""
    from briefer.core.project import Project
    from briefer.gui.main_window import MainWindow
    from briefer.gui.session import ProjectSession

    window = MainWindow(ProjectSession(Project(name="")), settings)
    qtbot.addWidget(window)
    return window


def _reading(qtbot, window, project: Path):
    """Open ``project`` as at start, the window shown; the opening once half read."""
    window.files.open_initial(project)
    window.show()
    qtbot.waitExposed(window)
    opening = window.files.opening
    assert opening is not None
    qtbot.waitUntil(lambda: opening.progress.maximum() > 0, timeout=10000)
    return opening


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The error boxes the window would show (each would stop the test as a user)."""
    from briefer.gui import dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda *a, **k: shown.append(" ".join(map(str, a))))
    return shown


def test_quitting_while_the_project_is_read_quits_quietly(
        qtbot, bw_settings, big, gate, errors) -> None:
    """Ctrl+Q while the project is read: the window goes and nothing comes after it (an
    error box "Opening was cancelled." came with no window, and kept the app running)."""
    from briefer.gui.workers import wait_let_go

    window = _as_at_start(qtbot, bw_settings)
    _reading(qtbot, window, big)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    gate.set()  # the loader, let go of by the closed window, sees it was cancelled
    assert wait_let_go(10000)
    qtbot.wait(300)  # its end reaches the window's thread
    assert errors == []
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []
    assert window.has_project  # no "no project" page made behind the user's back


def test_cancel_at_start_says_so_and_offers_to_open_it_again(
        qtbot, bw_settings, big, gate, errors) -> None:
    """Cancel in the status bar while the project named at start is read: not an error,
    a page saying opening it was cancelled, a button to open it again, no stale counts."""
    window = _as_at_start(qtbot, bw_settings)
    opening = _reading(qtbot, window, big)
    qtbot.mouseClick(opening.cancel, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: window.files.opening is None, timeout=10000)
    assert errors == []
    page = window.no_project_page
    assert window.pages.currentWidget() is page and page.isVisible()
    assert "cancelled" in page.message.text() and "could not" not in page.message.text()
    assert page.retry_button.isVisible() and "big" in page.retry_button.text()
    assert window.focusWidget() is page.retry_button
    for count in (window.word_count, window.page_count, window.index_label):
        assert not count.isVisible(), count.text()  # "0 words", "0 sources searchable"
    qtbot.keyClick(page.retry_button, Qt.Key.Key_Space)  # opened again, whole this time
    qtbot.waitUntil(lambda: window.has_project and window.files.opening is None
                    and len(window.session.project.sources) > READ, timeout=20000)
    assert window.pages.currentWidget() is window.main_splitter
    assert window.word_count.isVisible() and window.index_label.isVisible()
    window.files.maybe_save = lambda: True
    window.close()


@pytest.fixture
def with_note(big: Path) -> Path:
    """"big" with a note of one section holding three words."""
    from briefer.core.note import NoteSection, ProseBlock
    from briefer.io.project_file import load_project, save_project

    project = load_project(big)
    prose = ProseBlock("b1", "Lumber duties rise.")
    project.note.sections = [NoteSection("s1", "Summary", [prose])]
    save_project(project)
    return big


def test_the_note_is_said_to_be_opening_not_empty_and_no_wrong_word_count(
        qtbot, bw_settings, with_note, gate) -> None:
    window = _as_at_start(qtbot, bw_settings)
    _reading(qtbot, window, with_note)
    label = window.note_pane.empty_label
    assert label.isVisible() and "Opening the note" in label.text()
    assert "no sections" not in label.text()
    assert window.word_count.text() == ""  # not the "0 words" of the project standing in
    gate.set()
    qtbot.waitUntil(lambda: window.files.opening is None, timeout=20000)
    assert window.word_count.text() == "3 words"  # counted as it comes in
    assert not label.isVisible() and "no sections" in label.text()
    window.files.maybe_save = lambda: True
    window.close()


def test_keys_typed_while_the_project_is_read_start_a_search(
        qtbot, bw_settings, big, gate) -> None:
    """Typing as the window appears, while the panes wait: the keyboard is on the tab bar
    (or nowhere); the keys start a search instead of vanishing."""
    window = _as_at_start(qtbot, bw_settings)
    _reading(qtbot, window, big)
    qtbot.keyClicks(QApplication.focusWidget() or window, "softwood")
    pane = window.search_pane
    assert pane.box.text() == "softwood"
    assert window.left_tabs.currentWidget() is pane and pane.box.hasFocus()
    qtbot.waitUntil(lambda: [h.source_id for h in pane.model.hits] == ["a0007"], timeout=10000)
    gate.set()
    qtbot.waitUntil(lambda: window.files.opening is None, timeout=20000)
    assert pane.box.hasFocus()  # still where the user is typing
    window.files.maybe_save = lambda: True
    window.close()


def test_a_hit_opened_while_reading_stays_the_one_selected(
        qtbot, bw_settings, tmp_path: Path, monkeypatch) -> None:
    """Enter on a hit while the project is read; once it is in, more sources match and
    rank above it: the source shown is the one chosen and its row stays the current one."""
    folder = large_project(tmp_path / "ranked", {
        "a0007": "Softwood came up once in a long piece about many other things, such as "
                 "dairy, autos, steel, aluminium, energy and the border.\n",
        **{f"a{i:04d}": "Softwood softwood softwood.\n" for i in range(READ + 1, READ + 6)}})
    gate = hold_after_first_batch(monkeypatch, READ, "ranked")
    try:
        window = _as_at_start(qtbot, bw_settings)
        _reading(qtbot, window, folder)
        window.focus_search()
        pane = window.search_pane
        qtbot.keyClicks(pane.box, "softwood")
        qtbot.waitUntil(lambda: [h.source_id for h in pane.model.hits] == ["a0007"],
                        timeout=10000)
        qtbot.keyClick(pane.box, Qt.Key.Key_Return)
        gate.set()
        qtbot.waitUntil(lambda: window.reader.source is not None, timeout=20000)
        qtbot.waitUntil(lambda: len(pane.model.hits) == 6, timeout=20000)
        assert pane.model.hits[0].source_id != "a0007"  # ranked below the new ones
        assert window.reader.source.id == "a0007"
        current = pane.results.currentIndex()
        assert current.isValid() and pane.model.hits[current.row()].source_id == "a0007"
    finally:
        gate.set()
    window.files.maybe_save = lambda: True
    window.close()


def test_the_note_is_never_said_empty_while_the_window_is_built_to_open_it(
        qtbot, bw_settings, with_note, gate) -> None:
    """As the app starts (`briefer PROJECT`): the window is built in steps around a first
    look at the project's sources, whose note is empty; until the project's note is in,
    the note pane does not say it has no sections and the count is not "0 words"."""
    from briefer.gui.main_window import MainWindow

    window = MainWindow(None, bw_settings, staged=True, opening=with_note)
    qtbot.addWidget(window)
    seen: list[tuple[str, str]] = []

    def look(w: MainWindow) -> None:
        label = w.note_pane.empty_label
        seen.append((label.text() if label.isVisibleTo(w) else "", w.word_count.text()))

    def open_it(w: MainWindow) -> None:
        w.files.open_initial(with_note)

    window.then(look)  # built, just before it opens its project, as the app does
    window.then(open_it)
    window.then(look)
    window.show()
    qtbot.waitUntil(lambda: window.built, timeout=10000)
    assert [(("Opening the note" in text), words) for text, words in seen] == [
        (True, ""), (True, "")]
    gate.set()
    qtbot.waitUntil(lambda: window.files.opening is None, timeout=20000)
    assert window.word_count.text() == "3 words"
    assert not window.note_pane.empty_label.isVisibleTo(window)
    window.files.maybe_save = lambda: True  # type: ignore[method-assign]
    window.close()
