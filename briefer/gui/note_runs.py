"""Runs of blocks not made yet: one ``BlockPlaceholder`` for each run of consecutive
blocks of a section that have no widget, split when a block inside it is made and
joined again when a block made goes back.

Every change to a section's widgets is said as a list of pieces, in the note's
order: block widgets, and fragments of runs (ids and heights, and the placeholder
they came from). ``_compose`` joins the fragments that touch into runs, giving each
run a placeholder it already had where it can (so ``SectionWidget.set_blocks``
touches only what moved: making a block in a run of 1,000 inserts the block and
the run's second half; the first half is the old placeholder, shortened), and
keeps ``_placeholders`` (block id -> its run) true. The heights of a run's blocks
are kept one by one, so that a run split anywhere keeps every block below in its
place, and a block made or let go moves nothing but by the difference of its
height and the guess.

A mixin of ``NotePane`` (through ``LazyBlocks``), which decides when blocks are
made (``note_lazy``) and how (``_new_block_widget``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtWidgets import QWidget

from briefer.core.note import Block, ExcerptBlock
from briefer.gui.note_blocks import (
    BlockPlaceholder,
    BlockWidget,
    ExcerptBlockWidget,
    SectionWidget,
)


def discard(widget: QWidget) -> None:
    """Hide now, delete once Qt is done with it (kept as a child: no stray window)."""
    widget.hide()
    widget.deleteLater()


class Fragment(NamedTuple):
    """Consecutive blocks not made, and the run they were part of (None: none)."""

    ids: list[str]
    heights: list[int]
    origin: BlockPlaceholder | None


Piece = QWidget | Fragment


class BlockRuns(QWidget):
    """Placeholders for runs of blocks not made (see module notes)."""

    _blocks: dict[str, BlockWidget]
    _placeholders: dict[str, BlockPlaceholder]  # block id -> the run holding it
    _make_now: bool  # blocks new to the pane are made at once (a few were added)

    def _new_block_widget(self, block: Block, parent: QWidget | None = None) -> BlockWidget:
        raise NotImplementedError

    def _estimate(self, block: Block) -> int:
        raise NotImplementedError

    def _compose(self, section: SectionWidget, pieces: Sequence[Piece]) -> None:
        """Show ``pieces`` in ``section``: fragments that touch become one run."""
        old_runs = {id(w): w for w in section.blocks if isinstance(w, BlockPlaceholder)}
        widgets: list[QWidget] = []
        pending: list[Fragment] = []

        def flush() -> None:
            if not pending:
                return
            run = next((f.origin for f in pending if f.origin is not None
                        and old_runs.pop(id(f.origin), None) is not None), None)
            if len(pending) == 1:
                ids, heights = pending[0].ids, pending[0].heights
            else:
                ids = [i for f in pending for i in f.ids]
                heights = [h for f in pending for h in f.heights]
            pending.clear()
            if run is not None and ids == run.ids and heights == run.heights:
                widgets.append(run)  # unchanged
                return
            if run is None:
                run = BlockPlaceholder(section.layout_.spacing(), section)
            run.set_run(ids, heights)
            self._placeholders.update(dict.fromkeys(ids, run))
            widgets.append(run)

        for piece in pieces:
            if isinstance(piece, Fragment):
                if piece.ids:
                    pending.append(piece)
            else:
                flush()
                widgets.append(piece)
        flush()
        section.set_blocks(widgets)
        for run in old_runs.values():  # every block it held is made, or in another run
            discard(run)

    def _arrange(self, changed: Sequence[tuple[SectionWidget, Sequence[Block]]]) -> None:
        """Show in each section widget its note section's blocks (blocks added, removed,
        moved): made blocks keep their widgets, the others the heights their runs had
        (runs of every changed section read first: a block may go from one to another)."""
        known: dict[str, int] = {}
        for section, _blocks in changed:
            for shown in section.blocks:
                if isinstance(shown, BlockPlaceholder):
                    known.update(zip(shown.ids, shown.heights, strict=True))
        for section, blocks in changed:
            self._arrange_section(section, blocks, known)

    def _arrange_section(self, section: SectionWidget, blocks: Sequence[Block],
                         known: dict[str, int]) -> None:
        pieces: list[Piece] = []
        ids: list[str] = []
        heights: list[int] = []
        origin: BlockPlaceholder | None = None
        for block in blocks:
            widget = self._made(block, section)
            if widget is not None:
                if ids:
                    pieces.append(Fragment(ids, heights, origin))
                    ids, heights, origin = [], [], None
                pieces.append(widget)
                continue
            run = self._placeholders.get(block.id)
            height = known.get(block.id)
            if height is None:  # new, or from a section gone
                height = run.heights[run.ids.index(block.id)] \
                    if run is not None and block.id in run.ids else self._estimate(block)
            if origin is None and run is not None and run.parentWidget() is section:
                origin = run
            ids.append(block.id)
            heights.append(height)
        if ids:
            pieces.append(Fragment(ids, heights, origin))
        self._compose(section, pieces)

    def _made(self, block: Block, section: SectionWidget) -> BlockWidget | None:
        """The block's widget if it was made (and is of the block's kind), or made now
        for a block new to the pane when only a few came; else None (a run's)."""
        widget = self._blocks.get(block.id)
        if widget is not None and isinstance(block, ExcerptBlock) != isinstance(
                widget, ExcerptBlockWidget):
            discard(self._blocks.pop(block.id))
            widget = None
        if widget is None and self._make_now and block.id not in self._placeholders:
            widget = self._new_block_widget(block, section)
        return widget

    def _reshape(self, section: SectionWidget, made: dict[str, BlockWidget],
                 released: dict[str, int]) -> None:
        """Put the ``made`` widgets (shown, not yet laid out) where their blocks are in
        the runs, splitting them; put the ``released`` blocks (id -> height), whose
        widgets go, into runs, joining their neighbours."""
        cuts: dict[int, list[int]] = {}  # run (by id()) -> the indexes of blocks made
        for block_id in made:
            run = self._placeholders.pop(block_id, None)
            if run is not None:
                cuts.setdefault(id(run), []).append(run.ids.index(block_id))
        pieces: list[Piece] = []
        for widget in section.blocks:
            if isinstance(widget, BlockPlaceholder):
                start = 0
                for at in sorted(cuts.get(id(widget), ())):
                    pieces.append(Fragment(widget.ids[start:at], widget.heights[start:at],
                                           widget))
                    pieces.append(made[widget.ids[at]])
                    start = at + 1
                if start == 0:
                    pieces.append(Fragment(widget.ids, widget.heights, widget))
                else:
                    pieces.append(Fragment(widget.ids[start:], widget.heights[start:], widget))
            else:
                block_id = getattr(widget, "block_id", "")
                if block_id in released:
                    pieces.append(Fragment([block_id], [released[block_id]], None))
                else:
                    pieces.append(widget)
        self._compose(section, pieces)
