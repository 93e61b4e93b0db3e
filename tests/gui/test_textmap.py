"""OffsetMap against what Qt really shows: the words selected are the words of the source.

The Reader shows a source in a QPlainTextEdit and selects, highlights and reads
back spans through ``OffsetMap``. These tests put awkward text into a real
QPlainTextEdit (emoji, CJK, combining marks, characters outside the Basic
Multilingual Plane, U+2028), select source offsets through the map and compare
what Qt has selected with the slice of the source; and the other way round,
they let Qt move the cursor by characters and map its positions back. A map
that ignored UTF-16 (the identity) would select the wrong words.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from briefer.gui.textmap import OffsetMap

TEXTS = {
    "emoji": "Tariffs 😀 rose. The quote 🚗 we want 🇨🇦 ends here. Fin 👍🏽.",
    "emoji_zwj": "Family 👩‍👩‍👧 and flag 🏳️‍🌈 and keycap 1️⃣ then words.",
    "cjk": "加拿大与美国的贸易谈判 resumed; 木材 duties 「依然」 high. 𠀀𠀁 rare.",
    "combining": "Café (cafe\u0301) and Zoë (Zoe\u0308), Ångström (A\u030angstro\u0308m).",
    "astral_math": "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 letters 𝐀𝐁𝐂 and old italic 𐌰𐌱 then ascii.",
    "line_separator": "First line\u2028second line of one paragraph.\nNext 😀\u2028end.",
    "mixed": "« Le bois d’œuvre » 🌲 — 木材 — e\u0301te\u0301 😀😀 x\u2028y 𝔷.\n\n🇫🇷 fin.",
    "ascii": "Plain ASCII text, nothing to map.\nSecond paragraph.",
}


def _selected(cursor: QTextCursor) -> str:
    """The selection as Python text; Qt returns a paragraph break as U+2029."""
    return cursor.selectedText()


def _expected(text: str) -> str:
    return text.replace("\n", "\u2029")


@pytest.fixture
def edit(qtbot) -> QPlainTextEdit:
    widget = QPlainTextEdit()
    qtbot.addWidget(widget)
    widget.resize(500, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _boundaries(text: str) -> list[int]:
    """Source offsets between whole code points, including both ends."""
    return list(range(len(text) + 1))


@pytest.mark.parametrize("name", list(TEXTS))
def test_selecting_source_offsets_selects_the_source_words(edit: QPlainTextEdit,
                                                           name: str) -> None:
    text = TEXTS[name]
    edit.setPlainText(text)
    assert _selected_all(edit) == _expected(text)
    m = OffsetMap(text)
    assert m.to_doc(len(text)) == edit.document().characterCount() - 1  # the end is the end
    offsets = _boundaries(text)
    for start in offsets:
        for end in offsets[start + 1:]:
            cursor = edit.textCursor()
            cursor.setPosition(m.to_doc(start))
            cursor.setPosition(m.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
            edit.setTextCursor(cursor)
            shown = _selected(edit.textCursor())
            assert shown == _expected(text[start:end]), (name, start, end)


def _selected_all(edit: QPlainTextEdit) -> str:
    cursor = edit.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    return cursor.selectedText()


@pytest.mark.parametrize("name", list(TEXTS))
def test_a_selection_made_in_qt_maps_back_to_the_same_words(edit: QPlainTextEdit,
                                                            name: str) -> None:
    """Shift+Right as Qt does it (a whole emoji or accented letter at a time), read back."""
    text = TEXTS[name]
    edit.setPlainText(text)
    m = OffsetMap(text)
    doc_end = edit.document().characterCount() - 1
    anchor = QTextCursor(edit.document())
    positions = [0]
    while anchor.movePosition(QTextCursor.MoveOperation.NextCharacter):
        positions.append(anchor.position())
    assert positions[-1] == doc_end
    for i, start in enumerate(positions):
        for end in positions[i + 1:]:
            cursor = QTextCursor(edit.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            s, e = m.to_source(cursor.selectionStart()), m.to_source(cursor.selectionEnd())
            assert _expected(text[s:e]) == _selected(cursor), (name, start, end)
            assert m.to_doc(s) == start and m.to_doc(e) == end


@pytest.mark.parametrize("name", list(TEXTS))
def test_round_trip_of_every_offset(name: str) -> None:
    text = TEXTS[name]
    m = OffsetMap(text)
    assert [m.to_source(m.to_doc(i)) for i in range(len(text) + 1)] == \
        list(range(len(text) + 1))
    assert m.to_doc(len(text)) == len(text.encode("utf-16-le")) // 2


def test_the_reader_selects_the_words_after_emoji_and_accents(qtbot) -> None:
    """What a user sees: a span picked in the Reader is the quote, not a shifted one."""
    from briefer.core.project import Project
    from briefer.core.source import Source
    from briefer.gui.reader import Reader
    from briefer.gui.session import ProjectSession

    text = TEXTS["mixed"] + " The minister said 🚗 exports 𝔷 fell sharply. " + TEXTS["emoji"]
    session = ProjectSession(Project(sources={"a": Source("a", text)}))
    reader = Reader(session)
    qtbot.addWidget(reader)
    reader.show_source("a")
    quote = "exports 𝔷 fell sharply"
    start = text.index(quote)
    reader.select_span(start, start + len(quote))
    assert reader.view.textCursor().selectedText() == quote
    assert reader.selected_span() == ("a", start, start + len(quote))
