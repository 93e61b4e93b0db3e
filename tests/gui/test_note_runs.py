"""Blocks not made yet are held in runs, one placeholder for each run of consecutive
blocks: a note of thousands of excerpts opens with a few widgets, and whatever the
pane makes, lets go, inserts or finds, each block is shown in the note's order, in
its place, with its own words."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from briefer.core.note import ProseBlock, new_prose
from briefer.gui.note_blocks import (
    BlockPlaceholder,
    ExcerptBlockWidget,
    ProseBlockWidget,
    block_mime,
)
from briefer.gui.note_find import NoteFindBar
from tests.gui.test_note_long import blank_on_screen, fill, made_blocks, on_screen
from tests.gui.test_note_pane import drop
from tests.helpers.gui import sections


def shown_in_order(pane, session) -> None:
    """Every section shows its blocks in the note's order, one under the other with no
    gap or overlap, and each block made shows its own block."""
    for section in sections(session):
        widget = pane.section_widget(section.id)
        assert widget.block_ids() == [b.id for b in section.blocks]
        spacing = widget.layout_.spacing()
        widget.layout_.activate()  # what is to be drawn next
        laid = widget.blocks
        for above, below in pairwise(laid):
            assert below.y() == above.y() + above.height() + spacing
        for shown in laid:
            if isinstance(shown, BlockPlaceholder):
                assert shown.ids and shown.height() == shown.tops[-1] - spacing
                continue
            found = session.project.note.find_block(shown.block_id)
            block = found[0].blocks[found[1]]
            if isinstance(block, ProseBlock):
                assert isinstance(shown, ProseBlockWidget)
                assert shown.text_edit.toPlainText() == block.markdown
            else:
                assert isinstance(shown, ExcerptBlockWidget)
                assert shown.excerpt_id == block.excerpt_id


def widgets_in_sections(pane, session) -> int:
    return sum(len(pane.section_widget(s.id).blocks) for s in sections(session))


def settle(qtbot, pane) -> None:
    """Until the blocks in view (and half a screen around) are made."""
    qtbot.waitUntil(lambda: not blank_on_screen(pane), timeout=5000)
    qtbot.wait(300)


@pytest.fixture
def long_pane(pane, session):
    fill(session, 600)
    pane.rebuild()
    QApplication.processEvents()
    return pane


def test_a_note_of_3000_excerpts_opens_with_a_few_widgets(pane, session, qtbot):
    fill(session, 3000)
    pane.rebuild()
    settle(qtbot, pane)
    blocks = [b for s in sections(session) for b in s.blocks]
    assert len(blocks) == 3600
    # one placeholder for each run of blocks not made, not one a block (it was 3,600)
    assert widgets_in_sections(pane, session) < 60
    assert len(pane.findChildren(QWidget)) < 1000
    first = pane.block_widget(blocks[0].id)
    assert isinstance(first, ExcerptBlockWidget) and on_screen(pane, first)
    shown_in_order(pane, session)
    # the scroll bar reaches the whole note: the last block is as far down as it is
    last = pane.block_widget(blocks[-1].id)
    assert last is not None
    bar = pane.scroll_area.verticalScrollBar()
    assert last.mapTo(pane.content, QPoint(0, 0)).y() > bar.maximum()


def test_a_block_in_the_middle_of_a_run_is_made_in_its_place(long_pane, session):
    pane = long_pane
    s2 = sections(session)[2]
    middle = s2.blocks[len(s2.blocks) // 2]
    section = pane.section_widget(s2.id)
    run = next(w for w in section.blocks if isinstance(w, BlockPlaceholder)
               and middle.id in w.ids)
    at = run.ids.index(middle.id)
    expected_top = run.y() + run.tops[at]
    guessed = run.heights[at]
    below = run.ids[at + 1]
    below_top = run.y() + run.tops[at + 1]
    widget = pane.block_widget(middle.id)
    assert isinstance(widget, ExcerptBlockWidget) and widget.excerpt_id == middle.excerpt_id
    assert widget.y() == expected_top  # where the run had it
    # the rest of the run follows it, moved by the difference between guess and block
    after = next(w for w in section.blocks if isinstance(w, BlockPlaceholder) and below in w.ids)
    assert after.ids[0] == below
    assert after.y() - below_top == widget.height() - guessed
    shown_in_order(pane, session)
    # its neighbours made next land on either side of it
    before_id = s2.blocks[len(s2.blocks) // 2 - 1].id
    next_id = s2.blocks[len(s2.blocks) // 2 + 1].id
    for block_id in (next_id, before_id):
        pane.block_widget(block_id)
    order = [getattr(w, "block_id", None) for w in section.blocks]
    assert order.index(before_id) + 1 == order.index(middle.id) == order.index(next_id) - 1
    shown_in_order(pane, session)


def test_scrolling_to_the_end_and_back_keeps_order_and_words(pane, session, qtbot):
    fill(session, 250)  # enough to have blocks let go on the way (more than 120 made)
    pane.rebuild()
    bar = pane.scroll_area.verticalScrollBar()
    step = pane.scroll_area.viewport().height() * 3 // 2
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + step)
        qtbot.waitUntil(lambda: not blank_on_screen(pane), timeout=3000)
    shown_in_order(pane, session)
    first = sections(session)[0].blocks[0]
    assert first.id not in {w.block_id for w in made_blocks(pane)}  # let go on the way
    while bar.value() > 0:
        bar.setValue(bar.value() - step)
        qtbot.waitUntil(lambda: not blank_on_screen(pane), timeout=3000)
    settle(qtbot, pane)
    shown_in_order(pane, session)
    # blocks read long ago went back into runs, joined again: few widgets in the sections
    assert len(made_blocks(pane)) < 150
    assert widgets_in_sections(pane, session) < 2 * len(made_blocks(pane)) + 10
    widget = pane.block_widget(first.id)
    assert widget is not None and on_screen(pane, widget)


def test_what_is_read_stays_put_when_blocks_above_are_made(long_pane, session, qtbot):
    """Blocks made above the view come out taller or shorter than guessed: the view is
    scrolled by as much, so the block being read does not move."""
    pane = long_pane
    bar = pane.scroll_area.verticalScrollBar()
    viewport = pane.scroll_area.viewport()
    bar.setValue(bar.maximum() // 2)
    # the blocks on screen are made first (a few a pass), those half a screen above next
    qtbot.waitUntil(lambda: any(on_screen(pane, w) for w in made_blocks(pane)), timeout=3000)
    read = min((w for w in made_blocks(pane) if on_screen(pane, w)),
               key=lambda w: abs(w.mapTo(viewport, QPoint(0, 0)).y()))
    where = read.mapTo(viewport, QPoint(0, 0)).y()
    content_before = read.mapTo(pane.content, QPoint(0, 0)).y()
    settle(qtbot, pane)
    assert read.mapTo(pane.content, QPoint(0, 0)).y() != content_before  # guesses were off
    assert read.mapTo(viewport, QPoint(0, 0)).y() == where
    shown_in_order(pane, session)


def test_a_block_dropped_inside_a_run_goes_between_the_right_blocks(long_pane, session):
    pane = long_pane
    s1, s2 = sections(session)[1], sections(session)[2]
    target = pane.section_widget(s2.id)
    run = next(w for w in target.blocks if isinstance(w, BlockPlaceholder) and len(w.ids) > 40)
    # just below the top of the 31st block of the run: before it
    at = 30
    point = QPoint(30, run.y() + run.tops[at] + 2)
    above, below = run.ids[at - 1], run.ids[at]
    index = [b.id for b in s2.blocks].index(below)
    moving = s1.blocks[0]
    pane.block_widget(moving.id)
    drop(target, block_mime(moving.id), point)
    assert [b.id for b in s2.blocks][index - 1: index + 2] == [above, moving.id, below]
    shown_in_order(pane, session)
    session.undo_stack.undo()
    assert s1.blocks[0].id == moving.id
    shown_in_order(pane, session)


def test_blocks_not_made_deleted_added_and_undone(long_pane, session):
    pane = long_pane
    s3 = sections(session)[3]
    far = s3.blocks[40]
    assert pane.section_widget(s3.id).block_ids()[40] == far.id
    pane.editor.delete(far.id)  # a block never shown, deleted (as Replace all may)
    assert far.id not in pane.section_widget(s3.id).block_ids()
    shown_in_order(pane, session)
    session.undo_stack.undo()
    assert s3.blocks[40].id == far.id
    shown_in_order(pane, session)
    # many blocks added at once start in runs too, in their places
    s3.blocks[10:10] = [new_prose(f"New {i}") for i in range(30)]
    session.notify_note()
    shown_in_order(pane, session)
    widget = pane.block_widget(s3.blocks[25].id)
    assert isinstance(widget, ProseBlockWidget) and widget.text_edit.toPlainText() == "New 15"
    shown_in_order(pane, session)


def test_find_reaches_a_block_far_down_and_shows_it_in_place(long_pane, session, qtbot):
    pane = long_pane
    s3 = sections(session)[3]
    prose = [b for b in s3.blocks if isinstance(b, ProseBlock)][-3]
    prose.markdown = "Paragraph with the word zebra."
    session.notify_note()
    bar = NoteFindBar(session, pane)
    bar.open_bar()
    QTest.keyClicks(bar.find_edit, "zebra")
    bar.find_next()
    widget = pane.block_widget(prose.id)
    assert isinstance(widget, ProseBlockWidget)
    assert widget.text_edit.textCursor().selectedText() == "zebra"
    assert on_screen(pane, widget)
    index = [b.id for b in s3.blocks].index(prose.id)
    assert pane.section_widget(s3.id).block_ids()[index] == prose.id
    shown_in_order(pane, session)


def test_blocks_not_made_moved_to_another_section_keep_their_heights(long_pane, session):
    pane = long_pane
    s1, s2 = sections(session)[1], sections(session)[2]
    run = next(w for w in pane.section_widget(s1.id).blocks
               if isinstance(w, BlockPlaceholder) and len(w.ids) > 40)
    moving = run.ids[-30:]
    heights = dict(zip(run.ids, run.heights, strict=True))
    kept = [b for b in s1.blocks if b.id in moving]
    s1.blocks[:] = [b for b in s1.blocks if b.id not in moving]
    s2.blocks[:0] = kept  # as an undo puts them back, in another section
    session.notify_note()
    shown_in_order(pane, session)
    target = pane.section_widget(s2.id)
    first = target.blocks[0]
    assert isinstance(first, BlockPlaceholder) and first.ids[:30] == moving
    assert first.heights[:30] == [heights[i] for i in moving]


def test_moving_a_block_down_past_blocks_not_made(long_pane, session, qtbot):
    pane = long_pane
    s0 = sections(session)[0]
    laid = pane.section_widget(s0.id).blocks
    at = next(i for i, w in enumerate(laid[:-1]) if isinstance(laid[i + 1], BlockPlaceholder))
    block_id = laid[at].block_id
    pane.focus_block(block_id)
    index = [b.id for b in s0.blocks].index(block_id)
    for step in range(1, 4):
        pane.move_current(1)
        assert [b.id for b in s0.blocks].index(block_id) == index + step
        widget = pane.block_widget(block_id)
        assert widget is not None and on_screen(pane, widget)
        shown_in_order(pane, session)
    session.undo_stack.undo()
    assert [b.id for b in s0.blocks].index(block_id) == index + 2
    shown_in_order(pane, session)
