"""Find in source (Ctrl+F) stays quick in a huge source: it waits for a pause in the
typing, shows "n of N", steps with Enter, and draws only the matches on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from briefer.core.project import Project
from briefer.core.source import Source
from briefer.gui.reader import FIND_DELAY_MS, MAX_DRAWN_HITS, Reader
from briefer.gui.session import ProjectSession

PARAGRAPH = ("Exports of softwood lumber fell after the Tariff took effect. Producers said "
             "the tariffs would cost jobs in the mills of British Columbia.")
LONG = "\n\n".join(f"{i}. {PARAGRAPH}" for i in range(3000))  # 6,000 matches of "tariff"
LOWER = LONG.lower()
SHORT = "Dairy quotas were not discussed. The tariff question was left for June."


def _reader(qtbot, **texts: str) -> Reader:
    sources = {k: Source(k, v) for k, v in (texts or {"long": LONG, "short": SHORT}).items()}
    reader = Reader(ProjectSession(Project(sources=sources)))
    qtbot.addWidget(reader)
    reader.resize(700, 500)
    with qtbot.waitExposed(reader):
        reader.show()
    assert reader.show_source(next(iter(sources)))
    return reader


def _drawn(reader: Reader) -> list[tuple[int, int, str]]:
    """(start, end, words) of every highlight the view holds."""
    out = []
    for sel in reader.view.extraSelections():
        c = sel.cursor
        out.append((c.selectionStart(), c.selectionEnd(), c.selectedText()))
    return out


def _type(qtbot, reader: Reader, words: str) -> None:
    reader.open_find()
    qtbot.keyClicks(reader.find_bar.edit, words)


def test_the_find_waits_for_a_pause_then_shows_n_of_n(qtbot):
    reader = _reader(qtbot)
    _type(qtbot, reader, "tariff")
    # typing: nothing searched or drawn yet, so every key answers at once
    assert reader.find_bar.count.text() == "" and _drawn(reader) == []
    total = LOWER.count("tariff")
    qtbot.waitUntil(lambda: reader.find_bar.count.text() == f"1 of {total:,}",
                    timeout=FIND_DELAY_MS + 2000)
    first = LOWER.index("tariff")
    assert reader.selected_span() == ("long", first, first + 6)  # the current match selected


def test_enter_goes_to_the_next_match_and_shift_f3_back(qtbot):
    reader = _reader(qtbot)
    _type(qtbot, reader, "tariff")
    total = LOWER.count("tariff")
    first = LOWER.index("tariff")
    second = LOWER.index("tariff", first + 6)
    starts = [first, second, LOWER.index("tariff", second + 6)]
    # Enter before the pause: the first match, not the second
    QTest.keyClick(reader.find_bar.edit, Qt.Key.Key_Return)
    assert reader.find_bar.count.text() == f"1 of {total:,}"
    QTest.keyClick(reader.find_bar.edit, Qt.Key.Key_Return)
    assert reader.find_bar.count.text() == f"2 of {total:,}"
    assert reader.selected_span() == ("long", starts[1], starts[1] + 6)
    QTest.keyClick(reader.find_bar.edit, Qt.Key.Key_Return)
    assert reader.selected_span() == ("long", starts[2], starts[2] + 6)
    reader.previous_hit()
    reader.previous_hit()
    reader.previous_hit()  # wraps round to the last match
    last = LOWER.rindex("tariff")
    assert reader.selected_span() == ("long", last, last + 6)
    assert reader.find_bar.count.text() == f"{total:,} of {total:,}"


def test_only_the_matches_on_screen_are_highlighted(qtbot):
    reader = _reader(qtbot)
    _type(qtbot, reader, "tariff")
    qtbot.waitUntil(lambda: reader.find_bar.count.text().startswith("1 of"), timeout=3000)
    start, end = reader.visible_span()
    on_screen = [i for i in range(start, end) if LOWER.startswith("tariff", i)]
    drawn = _drawn(reader)
    assert 0 < len(drawn) == len(on_screen) < 100  # thousands of matches, a few drawn
    assert [d[0] for d in drawn] == on_screen
    assert all(words.lower() == "tariff" for _, _, words in drawn)
    # scrolled to the end: the matches there are drawn, the first ones no longer
    bar = reader.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: _drawn(reader) != drawn)
    drawn_end = _drawn(reader)
    assert min(d[0] for d in drawn_end) > len(LONG) - 20_000
    assert drawn_end[-1][0] == LOWER.rindex("tariff")


def test_no_highlight_is_kept_for_matches_off_screen_or_in_another_source(qtbot):
    """A find matching everywhere leaves no text cursors behind: the next source shows
    with its own highlights only."""
    reader = _reader(qtbot)
    _type(qtbot, reader, "e")
    qtbot.waitUntil(lambda: reader.find_bar.count.text().startswith("1 of"), timeout=3000)
    assert LONG.count("e") > 20_000
    assert len(reader.view.extraSelections()) <= MAX_DRAWN_HITS
    reader.find_bar.hide()
    reader.show_source("short")
    assert _drawn(reader) == []
    assert reader.view.toPlainText() == SHORT


def test_an_open_find_bar_looks_in_the_next_source_too(qtbot):
    reader = _reader(qtbot)
    _type(qtbot, reader, "tariff")
    qtbot.waitUntil(lambda: reader.find_bar.count.text().startswith("1 of"), timeout=3000)
    reader.show_source("short")
    qtbot.waitUntil(lambda: reader.find_bar.count.text() == "1 of 1", timeout=3000)
    at = SHORT.index("tariff")
    assert reader.selected_span() == ("short", at, at + 6)


def test_find_starts_at_the_caret_and_counts_from_the_start(qtbot):
    reader = _reader(qtbot)
    caret = LONG.index("1500. ")
    reader.select_span(caret, caret)
    _type(qtbot, reader, "TARIFF")
    QTest.keyClick(reader.find_bar.edit, Qt.Key.Key_Return)
    expected = LOWER.index("tariff", caret)
    assert reader.selected_span() == ("long", expected, expected + 6)
    before = LOWER.count("tariff", 0, expected)
    assert reader.find_bar.count.text().startswith(f"{before + 1:,} of ")
    assert (expected, expected + 6, LONG[expected:expected + 6]) in _drawn(reader)


def test_no_matches_and_an_empty_query(qtbot):
    reader = _reader(qtbot)
    _type(qtbot, reader, "zebra")
    qtbot.waitUntil(lambda: reader.find_bar.count.text() == "No matches", timeout=3000)
    assert _drawn(reader) == [] and reader.hits == []
    reader.find_bar.edit.clear()
    qtbot.waitUntil(lambda: reader.find_bar.count.text() == "", timeout=3000)


def test_offsets_stay_exact_when_lowering_changes_a_length(qtbot):
    """'İ' lowers to two characters; the find still selects the source's own words."""
    text = "İstanbul talks: the tariff stays. Another tariff later."
    reader = _reader(qtbot, t=text)
    _type(qtbot, reader, "tariff")
    QTest.keyClick(reader.find_bar.edit, Qt.Key.Key_Return)
    first = text.index("tariff")
    assert reader.selected_span() == ("t", first, first + 6)
    assert reader.find_bar.count.text() == "1 of 2"
    cursor = reader.view.textCursor()
    assert cursor.selectedText() == "tariff"
    cursor.movePosition(QTextCursor.MoveOperation.Start)


def test_a_very_long_line_is_shown_as_short_blocks_at_the_same_offsets(qtbot):
    """A source with no line breaks (1 MB once took 100 ms a PageDown) is laid out in
    short blocks; the offsets and the words selected are the source's own."""
    line = " ".join(f"Clause {i} of the agreement covers dairy." for i in range(3000))
    reader = _reader(qtbot, line=line)
    document = reader.view.document()
    assert document.blockCount() > 30
    assert max(len(document.findBlockByNumber(i).text())
               for i in range(document.blockCount())) <= 3000
    assert document.characterCount() - 1 == len(line)
    start = line.index("Clause 2500 ")
    _type(qtbot, reader, "clause 2500 of")
    QTest.keyClick(reader.find_bar.edit, Qt.Key.Key_Return)
    assert reader.selected_span() == ("line", start, start + len("Clause 2500 of"))
    data = reader.view.createMimeDataFromSelection()
    assert data.text() == "Clause 2500 of"
    reader.select_span(start - 20, start + 20)
    assert reader.view.createMimeDataFromSelection().text() == line[start - 20:start + 20]
