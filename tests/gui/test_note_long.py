"""A long note (hundreds of excerpts) stays quick: it opens at once, typing and adding
touch only the block concerned, and every block is still reached by keyboard and by
``focus_block`` even before it has been scrolled into view."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from briefer.core.excerpt import make_excerpt
from briefer.core.note import ExcerptBlock, ProseBlock, new_excerpt_block, new_prose
from briefer.export import cite
from briefer.export.cite import preview
from briefer.gui.note_blocks import BlockWidget, ExcerptBlockWidget, ProseBlockWidget
from briefer.gui.note_lazy import BlockPlaceholder
from tests.helpers.gui import article, sections


def fill(session, count: int) -> None:
    """``count`` quotations over the first four sections, a text block after every fifth."""
    project = session.project
    sources = [s for s in project.sources.values() if len(s.text) > 400]
    for i in range(count):
        source = sources[i % len(sources)]
        start = (i * 97) % (len(source.text) - 300)
        excerpt = make_excerpt(source.id, source.text, start, start + 80 + i % 90)
        project.excerpts[excerpt.id] = excerpt
        section = sections(session)[i * 4 // count]
        section.blocks.append(new_excerpt_block(excerpt.id))
        if i % 5 == 4:
            section.blocks.append(new_prose(f"Paragraph {i}."))
    session.notify_excerpts()


def made_blocks(pane) -> list[BlockWidget]:
    return [w for w in pane.findChildren(BlockWidget) if w.isVisibleTo(pane)]


def on_screen(pane, widget: QWidget) -> bool:
    viewport = pane.scroll_area.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return top < viewport.height() and top + widget.height() > 0


def blank_on_screen(pane) -> bool:
    """Whether part of the view shows a block not made yet (an empty space)."""
    return any(on_screen(pane, w) for w in pane.findChildren(BlockPlaceholder)
               if w.parentWidget() is not None and w.parentWidget().isVisible())


@pytest.fixture
def long_pane(pane, session):
    fill(session, 600)
    started = time.perf_counter()
    pane.rebuild()
    pane.opened_in = time.perf_counter() - started
    QApplication.processEvents()
    return pane


def test_a_long_note_opens_quickly_without_making_every_block(long_pane, session):
    blocks = [b for s in sections(session) for b in s.blocks]
    assert len(blocks) == 720
    assert long_pane.opened_in < 2.0, f"{long_pane.opened_in:.2f} s"  # it took 20 s
    assert 0 < len(made_blocks(long_pane)) < 100
    first = long_pane.block_widget(blocks[0].id)
    assert isinstance(first, ExcerptBlockWidget) and on_screen(long_pane, first)


def test_typing_keeps_every_other_block_widget(long_pane, session, qtbot):
    before = {w.block_id: w for w in made_blocks(long_pane)}
    prose = next(b for b in sections(session)[0].blocks if isinstance(b, ProseBlock))
    widget = long_pane.block_widget(prose.id)
    assert isinstance(widget, ProseBlockWidget)
    editor = widget.text_edit
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " More")
    assert prose.markdown.endswith("More")
    after = {w.block_id: w for w in made_blocks(long_pane)}
    assert all(after[block_id] is w for block_id, w in before.items())
    assert long_pane.block_widget(prose.id) is widget and editor.hasFocus()


def test_adding_an_excerpt_inserts_one_widget(long_pane, session):
    section = sections(session)[1]
    before = {w.block_id: w for w in made_blocks(long_pane)}
    long_pane.set_current_section(section.id)
    long_pane.add_excerpt(article(session).id, 0, 60, section.id)
    new = section.blocks[-1]
    widget = long_pane.block_widget(new.id)
    assert isinstance(new, ExcerptBlock) and isinstance(widget, ExcerptBlockWidget)
    assert on_screen(long_pane, widget)
    after = {w.block_id: w for w in made_blocks(long_pane)}
    assert all(after[block_id] is w for block_id, w in before.items() if block_id in after)
    # undo takes out that one block, and the rest of the section is as it was
    session.undo_stack.undo()
    assert new.id not in [b.id for b in section.blocks]
    assert long_pane.block_widget(new.id) is None


def test_focus_block_reaches_a_block_far_down(long_pane, session):
    last = sections(session)[3].blocks[-1]
    long_pane.focus_block(last.id)
    widget = long_pane.block_widget(last.id)
    assert widget is not None and QApplication.focusWidget() is widget
    assert on_screen(long_pane, widget)
    assert long_pane.current_block_id() == last.id


def test_arrow_keys_and_tab_reach_blocks_not_yet_shown(long_pane, session):
    s2, s3 = sections(session)[2], sections(session)[3]
    header = long_pane.section_widget(s3.id)
    header.setFocus()
    QTest.keyClick(header, Qt.Key.Key_Up)  # the last block of the section above
    above = QApplication.focusWidget()
    assert isinstance(above, BlockWidget) and above.block_id == s2.blocks[-1].id
    assert on_screen(long_pane, above)
    QTest.keyClick(above, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is header
    # Shift+Tab from the section goes to the last field of the block above it
    QTest.keyClick(header, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is above.focus_parts()[-1]
    # Tab from a block's last field goes to the next block, made on the way
    third = s2.blocks[2]
    block = long_pane.block_widget(s2.blocks[1].id)
    assert block is not None
    block.setFocus()
    for _ in range(6):  # through the block's own fields, then on to the next block
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if isinstance(focused, BlockWidget) and focused is not block:
            break
    assert isinstance(focused, BlockWidget) and focused.block_id == third.id
    assert on_screen(long_pane, focused)


def test_scrolling_shows_real_blocks(long_pane, qtbot):
    bar = long_pane.scroll_area.verticalScrollBar()
    for fraction in (0.5, 1.0, 0.25):
        bar.setValue(int(bar.maximum() * fraction))
        qtbot.waitUntil(lambda: not blank_on_screen(long_pane), timeout=3000)
    assert len(made_blocks(long_pane)) < 400


def test_reading_a_long_note_through_keeps_memory_flat_and_the_text_being_typed(
        long_pane, session, qtbot):
    prose = next(b for b in sections(session)[0].blocks if isinstance(b, ProseBlock))
    widget = long_pane.block_widget(prose.id)
    assert isinstance(widget, ProseBlockWidget)
    widget.text_edit.setFocus()
    bar = long_pane.scroll_area.verticalScrollBar()
    step = long_pane.scroll_area.viewport().height()
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + step)
        qtbot.waitUntil(lambda: not blank_on_screen(long_pane), timeout=3000)
    # the blocks read long ago went back to placeholders, but not the one being typed in
    assert len(made_blocks(long_pane)) < 200
    assert long_pane.block_widget(prose.id) is widget and widget.text_edit.hasFocus()
    qtbot.keyClicks(widget.text_edit, "!")
    assert "!" in prose.markdown
    # a block let go is made again, as it was, when it is needed
    first = sections(session)[0].blocks[0]
    again = long_pane.block_widget(first.id)
    assert isinstance(again, ExcerptBlockWidget) and again.excerpt_id == first.excerpt_id


def test_a_block_shown_later_has_its_rendered_citation(pane, session, qtbot, monkeypatch):
    monkeypatch.setattr(cite, "_PREVIEWS", {})
    fill(session, 120)
    pane.rebuild()
    first = pane.block_widget(sections(session)[0].blocks[0].id)
    assert isinstance(first, ExcerptBlockWidget)
    qtbot.waitUntil(lambda: not first.citation_pending, timeout=30000)
    last = sections(session)[3].blocks[-2]
    assert isinstance(last, ExcerptBlock)
    pane.focus_block(last.id)
    widget = pane.block_widget(last.id)
    assert isinstance(widget, ExcerptBlockWidget) and not widget.citation_pending
    excerpt = session.project.excerpts[last.excerpt_id]
    assert widget.citation_label.text() == preview(session.project, excerpt)
