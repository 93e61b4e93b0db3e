"""The note pane shows a quotation's marks as the Word note prints them.

An excerpt that starts at the source's own quotation mark must not show two
opening marks side by side (““These tariffs…”): the export turns the source's
marks into inner ones (‘…’ in English, “…” inside « » in French) and the pane
shows the same words, from the same calls.
"""

from __future__ import annotations

import html

from PySide6.QtGui import QTextDocument

from briefer.core.source import Source
from tests.helpers.gui import sections

QUOTED = ("“These tariffs, established during the Trump era, remain a significant point of "
          "contention,” said Dominic Vilogorvre, trade minister.")
TEXT = f"TROIS-RIVIÈRES — {QUOTED} Exports fell.\n"
NNBSP = "\u202f"


def _shown(label_html: str) -> str:
    document = QTextDocument()
    document.setHtml(label_html)
    return document.toPlainText()


def _quote(pane, session, words: str, text: str = TEXT):
    article = Source(id="tariffs", text=text)
    session.project.sources[article.id] = article
    start = text.index(words)
    background = sections(session)[1]
    pane.add_excerpt(article.id, start, start + len(words), background.id)
    return pane.block_widget(background.blocks[-1].id)


def test_a_quotation_starting_at_the_sources_mark_shows_inner_marks(pane, session):
    widget = _quote(pane, session, QUOTED)
    shown = _shown(widget.quote_label.text())
    assert shown == ("“‘These tariffs, established during the Trump era, remain a significant "
                     "point of contention,’ said Dominic Vilogorvre, trade minister.”")
    assert "““" not in shown and '“"' not in shown


def test_a_french_note_shows_guillemets_with_the_sources_marks_inside(pane, session):
    session.project.note.meta.language = "fr-CA"
    widget = _quote(pane, session, QUOTED)
    shown = html.unescape(widget.quote_label.text())  # (plain text loses the narrow space)
    assert shown.startswith(f"«{NNBSP}“These tariffs")
    assert "contention,” said" in shown
    assert shown.endswith(f"trade minister.{NNBSP}»")


def test_words_cut_mid_sentence_end_as_the_note_prints_them(pane, session):
    """A run-in quotation without an ending of its own takes the note's period."""
    widget = _quote(pane, session, "remain a significant point of contention")
    assert _shown(widget.quote_label.text()) == "“remain a significant point of contention.”"


def test_a_long_quotation_is_shown_as_a_block_without_marks(pane, session):
    """Over the template's length the export sets the words off as a block, with no
    marks of its own; the source's unmatched mark gets its partner."""
    long_words = " ".join(["Negotiators met again today"] * 15)  # 60 words
    text = f"Intro. “{long_words}. Exports fell.\n"
    widget = _quote(pane, session, f"“{long_words}.", text)
    shown = _shown(widget.quote_label.text())
    assert shown == f"“{long_words}.”"  # the source's “ and its partner, nothing added
    assert not shown.startswith("““")
