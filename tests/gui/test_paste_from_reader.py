"""Words copied from the reader and pasted into the note arrive as a cited quotation,
never as uncited text; Ctrl+Shift+V pastes them as plain words when that is meant."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from briefer.core.note import ExcerptBlock, ProseBlock
from briefer.gui.mime import span_mime
from tests.helpers.gui import article, sections


def _prose_widget(pane, session):
    background = sections(session)[1]
    pane.add_prose(background.id)
    block = background.blocks[-1]
    assert isinstance(block, ProseBlock)
    return background, pane.block_widget(block.id)


def test_pasting_reader_words_adds_a_cited_quotation_after_the_block(pane, session):
    src = article(session)
    background, widget = _prose_widget(pane, session)
    QApplication.clipboard().setMimeData(span_mime(src.id, 20, 90, src.text[20:90]))
    widget.text_edit.setFocus()
    widget.text_edit.paste()
    assert widget.text_edit.toPlainText() == ""  # no uncited words in the text block
    after = background.blocks[-1]
    assert isinstance(after, ExcerptBlock)
    excerpt = session.project.excerpts[after.excerpt_id]
    assert (excerpt.source_id, excerpt.exact) == (src.id, src.text[20:90])
    assert background.blocks.index(after) == background.blocks.index(
        next(b for b in background.blocks if b.id == widget.block_id)) + 1
    session.undo_stack.undo()
    assert not any(isinstance(b, ExcerptBlock) for b in background.blocks)


def test_ctrl_shift_v_pastes_the_words_alone(pane, session):
    src = article(session)
    background, widget = _prose_widget(pane, session)
    QApplication.clipboard().setMimeData(span_mime(src.id, 20, 90, src.text[20:90]))
    widget.text_edit.setFocus()
    QTest.keyClick(widget.text_edit, Qt.Key.Key_V,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert widget.text_edit.toPlainText() == src.text[20:90]
    assert not any(isinstance(b, ExcerptBlock) for b in background.blocks)


def test_text_from_elsewhere_is_pasted_as_text(pane, session):
    _background, widget = _prose_widget(pane, session)
    QApplication.clipboard().setText("Words from an e-mail.")
    widget.text_edit.setFocus()
    widget.text_edit.paste()
    assert widget.text_edit.toPlainText() == "Words from an e-mail."
