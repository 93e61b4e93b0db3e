"""“Find the source of a quote”: paste a sentence, see where it came from, open it there.

Driven as a user drives it: the menu action opens the dialog, the quote is
pasted from the clipboard, Find is clicked, the places found are listed
(source title, exact or close, the source's own words), and Enter on one opens
the source in the Reader with exactly those words selected.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from briefer.core.project import Project
from briefer.core.source import Source, SourceMeta
from briefer.gui.quote_finder import SPAN_ROLE, QuoteFinder
from briefer.gui.session import ProjectSession
from briefer.gui.sources_model import SOURCE_ID_ROLE
from briefer.gui.workers import Task, TaskRunner

# In the sample's first article, with its curly quotes and apostrophe.
PICKERILL = "Joseph Pickerill, a spokesman for Canada’s trade minister, said Monday “there is " \
            "still some work to be done."
STRAIGHT = 'Joseph Pickerill, a spokesman for Canada\'s trade minister, said Monday "there is ' \
           'still some work to be done.'


class FinishesAtOnce(TaskRunner):
    """A fast machine or a small project: the search is over before ``start`` returns."""

    def start(self, work, connect=None) -> Task:
        task = super().start(work, connect)
        self.pool.waitForDone()
        return task


def paste(qtbot, dialog: QuoteFinder, text: str) -> None:
    """Put ``text`` on the clipboard and paste it into the quote box, as a user would."""
    QApplication.clipboard().setText(text)
    dialog.edit.setFocus()
    dialog.edit.selectAll()
    qtbot.keyClick(dialog.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.edit.toPlainText() == text


def find(qtbot, dialog: QuoteFinder) -> list[tuple[str, tuple[str, int, int]]]:
    """Click Find and wait for the answer; the rows shown, with the span each opens."""
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog._task is None and dialog.status.text() != "Looking…",
                    timeout=10_000)
    return [(dialog.results.item(i).text(), dialog.results.item(i).data(SPAN_ROLE))
            for i in range(dialog.results.count())]


def open_finder(qtbot, qtlog, window) -> QuoteFinder:
    with qtlog.disabled():  # offscreen Qt cannot raise() a window, and warns
        window.menu_actions.quote.trigger()
    dialog = window.findChild(QuoteFinder, "quoteFinder")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


# -- in the main window, on the sample -------------------------------------------------

@pytest.mark.parametrize("pasted", [PICKERILL, STRAIGHT, f"  {STRAIGHT}\n"],
                         ids=["curly", "straight", "with-spaces"])
def test_pasted_quote_found_and_opened_in_the_reader(qtbot, qtlog, main_window,
                                                     pasted: str) -> None:
    w = main_window
    article = next(s for s in w.session.project.sources.values() if PICKERILL in s.text)
    start = article.text.index(PICKERILL)
    end = start + len(PICKERILL)
    dialog = open_finder(qtbot, qtlog, w)
    paste(qtbot, dialog, pasted)
    rows = find(qtbot, dialog)
    assert rows == [(f"{article.display_title} — exact\n“{PICKERILL}”", (article.id, start, end))]
    assert dialog.status.text() == "Found in 1 place. Press Enter to open."
    assert dialog.results.currentRow() == 0 and dialog.results.hasFocus()
    assert dialog.results.item(0).toolTip() == f"Characters {start}–{end}"

    with qtbot.waitSignal(dialog.located) as located:
        qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert located.args == [article.id, start, end]
    # the Reader shows the article with the quote's own words selected
    assert w.reader.source is article
    assert w.reader.selected_span() == (article.id, start, end)
    assert w.reader.view.textCursor().selectedText() == PICKERILL
    table = w.sources_pane.table
    assert table.currentIndex().data(SOURCE_ID_ROLE) == article.id


def test_a_quote_with_a_changed_word_is_a_close_match(qtbot, qtlog, main_window) -> None:
    w = main_window
    misquote = PICKERILL.replace("spokesman", "spokesperson")
    dialog = open_finder(qtbot, qtlog, w)
    paste(qtbot, dialog, misquote)
    rows = find(qtbot, dialog)
    assert len(rows) == 1
    text, (source_id, start, end) = rows[0]
    source = w.session.project.sources[source_id]
    assert PICKERILL in source.text
    # the source's words are listed (what it really says), flagged as a close match
    assert source.text[start:end] == PICKERILL
    score = int(text.split("close match, ")[1].split("%")[0])
    assert 85 <= score < 100
    assert text.endswith(f"“{PICKERILL}”") and " — exact" not in text


def test_a_quote_from_nowhere_is_not_found(qtbot, qtlog, main_window, dlg) -> None:
    w = main_window
    dialog = open_finder(qtbot, qtlog, w)
    paste(qtbot, dialog, "The quick brown fox jumps over the lazy dog by the river bank.")
    with qtbot.assertNotEmitted(dialog.located):
        assert find(qtbot, dialog) == []
    assert dialog.status.text() == "No source contains this quote or anything close."
    assert dlg.calls == []  # said in the dialog, no message box


def test_find_with_nothing_pasted_asks_for_a_sentence(qtbot, qtlog, main_window) -> None:
    dialog = open_finder(qtbot, qtlog, main_window)
    dialog.edit.setPlainText("   \n ")
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Paste a sentence first."
    assert dialog.results.count() == 0 and dialog._task is None


def test_the_dialog_is_reused_and_keeps_the_last_search(qtbot, qtlog, main_window) -> None:
    w = main_window
    dialog = open_finder(qtbot, qtlog, w)
    paste(qtbot, dialog, STRAIGHT)
    assert len(find(qtbot, dialog)) == 1
    dialog.close()
    again = open_finder(qtbot, qtlog, w)
    assert again is dialog and again.edit.toPlainText() == STRAIGHT
    assert again.results.count() == 1


# -- a quote in two sources ---------------------------------------------------------

SHARED = "Ottawa will not accept a deal that weakens supply management"


@pytest.fixture
def two_sources(qtbot):
    first = Source("first", f"Monday. The minister said: “{SHARED}.” Talks resume.\n",
                   meta=SourceMeta(title="Minister digs in on dairy"))
    second = Source("second", f"Reports quoted the minister — \"{SHARED}\" — again.\n",
                    meta=SourceMeta(title="Dairy talks stall"))
    other = Source("other", "Lumber duties were raised again this spring.\n",
                   meta=SourceMeta(title="Lumber"))
    session = ProjectSession(Project(name="two", sources={
        "other": other, "first": first, "second": second}))
    runner = TaskRunner()
    dialog = QuoteFinder(session, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    runner.cancel_all()


def test_a_quote_in_two_sources_lists_both_and_opens_either(qtbot, two_sources) -> None:
    dialog = two_sources
    paste(qtbot, dialog, f"“{SHARED}”")
    rows = find(qtbot, dialog)
    sources = dialog.session.project.sources
    assert [span[0] for _, span in rows] == ["first", "second"]
    for text, (source_id, start, end) in rows:
        assert sources[source_id].text[start:end] == SHARED
        assert text == f"{sources[source_id].display_title} — exact\n“{SHARED}”"
    assert dialog.status.text() == "Found in 2 places. Press Enter to open."

    rect = dialog.results.visualItemRect(dialog.results.item(0))
    with qtbot.waitSignal(dialog.located) as located:  # a double click on the first
        qtbot.mouseClick(dialog.results.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
        qtbot.mouseDClick(dialog.results.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
    assert located.args == ["first", *rows[0][1][1:]]
    with qtbot.waitSignal(dialog.located) as located:  # Down, Enter: the second
        qtbot.keyClick(dialog.results, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert located.args == ["second", *rows[1][1][1:]]


def test_a_new_search_replaces_the_old_results(qtbot, two_sources) -> None:
    dialog = two_sources
    paste(qtbot, dialog, SHARED)
    assert len(find(qtbot, dialog)) == 2
    paste(qtbot, dialog, "Lumber duties were raised again")
    rows = find(qtbot, dialog)
    assert [span[0] for _, span in rows] == ["other"]
    paste(qtbot, dialog, "Nothing in any of these sources says anything like this at all.")
    assert find(qtbot, dialog) == []
    assert dialog.results.count() == 0


def test_a_search_that_finishes_at_once_still_shows_its_results(qtbot) -> None:
    source = Source("a", f"The minister said: “{SHARED}.”\n", meta=SourceMeta(title="A"))
    runner = FinishesAtOnce()
    dialog = QuoteFinder(ProjectSession(Project(name="p", sources={"a": source})), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    paste(qtbot, dialog, SHARED)
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    try:
        qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=2000)
    finally:
        runner.cancel_all()
    assert dialog.status.text() == "Found in 1 place. Press Enter to open."
