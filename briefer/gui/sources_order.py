"""The Sources list's order and filter, on keys worked out once per change of the sources.

A ``QSortFilterProxyModel`` asks the model for a cell's text at every
comparison and every filter test: one Python call each, so sorting 100,000
sources by date made the window stall for over 15 seconds and each key typed
in the filter for over 2. Here the sort keys of a column and the text the
filter searches are computed once (from ``SourcesModel.all_displayed``, kept
until the sources change), and sorting is Python's ``sorted`` over them; the
view reads its rows through ``_rows``, a list of model rows.

The rows shown change in one layout change, with the view's current index and
selection (persistent indexes) moved along, as ``QSortFilterProxyModel`` does.
"""

from __future__ import annotations

import time

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer

from briefer.gui.sources_model import SourcesModel

_Index = QModelIndex | QPersistentModelIndex
HAY_CHUNK = 2000  # rows of filter text made at most per pass of the event loop
HAY_MS = 10  # and for no longer than this (2,000 rows took 15–80 ms by load)


class SourcesOrder(QAbstractTableModel):
    """``SourcesModel``'s rows sorted by a column and filtered by a text (see module notes)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._model: SourcesModel | None = None
        self._rows: list[int] = []  # shown row -> model row
        self._shown_at: list[int] = []  # model row -> shown row, -1 when filtered out
        self._column = -1  # sorted by (-1: the project's order)
        self._order = Qt.SortOrder.AscendingOrder
        self._needle = ""  # the filter, case-folded
        self._keys: dict[int, list[str]] = {}  # column -> key of each model row
        self._haystacks: list[str] | None = None  # each model row's cells, case-folded
        self._sorted: list[int] | None = None  # every model row, in the order sorted
        self._sorted_hay: list[str] | None = None  # their haystacks in that order
        self._resort = False  # keys changed under ``_sorted``: sort it again
        # The filter's texts are made a chunk at a time once the list is shown, so that
        # neither opening a large project nor the first key typed waits for all of them.
        self._hay_made: list[str] = []
        self._hay_timer = QTimer(self)
        self._hay_timer.setInterval(0)
        self._hay_timer.timeout.connect(self._make_some_haystacks)

    # -- the model it shows ------------------------------------------------------------
    def setSourceModel(self, model: SourcesModel) -> None:
        self.beginResetModel()
        self._model = model
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._model_reset)
        model.dataChanged.connect(self._model_data_changed)
        model.headerDataChanged.connect(self.headerDataChanged)
        self._forget_keys()
        self._rows = self._compute_rows()
        self._index_rows()
        self.endResetModel()
        self._hay_timer.start()

    def sourceModel(self) -> SourcesModel | None:
        return self._model

    def _model_reset(self) -> None:
        self._forget_keys()
        self._rows = self._compute_rows()
        self._index_rows()
        self.endResetModel()
        self._hay_timer.start()  # soon, a chunk at a time: not at the first key typed

    def _model_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                            roles: list[int] | None = None) -> None:
        """Metadata edited: the keys of the rows it changed are made again (of all rows
        when the model cannot say which), and sorted or filtered rows may move."""
        rows = self._model.changed_rows if self._model is not None else None
        if rows is None:
            self._forget_keys()
        else:
            self._patch_keys(rows)
        if rows != [] and (self._column >= 0 or self._needle):
            self._relayout()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1),
                                  roles or [])

    def _patch_keys(self, rows: list[int]) -> None:
        """New keys for ``rows``; the order sorted stays as a start for sorting again
        (nearly sorted, so Python's sort takes it in one pass)."""
        if not rows or self._model is None:
            return
        for row in rows:
            cells = self._model.display(row)
            for column, keys in self._keys.items():
                keys[row] = cells[column].casefold()
            if self._haystacks is not None:
                self._haystacks[row] = "\n".join(cells).casefold()
        self._resort = True
        self._sorted_hay = None

    def _forget_keys(self) -> None:
        self._keys.clear()
        self._haystacks = None
        self._hay_made = []
        self._sorted = None
        self._sorted_hay = None

    # -- sort and filter -----------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == (self._column, self._order):
            return
        self._column, self._order = column, order
        self._sorted = self._sorted_hay = None
        self._relayout()

    def sort_column(self) -> int:
        return self._column

    def set_filter_text(self, text: str) -> None:
        """Show only the rows whose title, outlet, date or type contain ``text`` (any case)."""
        needle = text.casefold()
        if needle == self._needle:
            return
        # a longer needle keeps only rows among those shown now: test just those
        narrower = bool(self._needle) and self._needle in needle
        self._needle = needle
        self._relayout(narrower)

    def filter_text(self) -> str:
        return self._needle

    def _sort_keys(self, column: int) -> list[str]:
        keys = self._keys.get(column)
        if keys is None and self._model is not None:
            keys = self._keys[column] = [cells[column].casefold()
                                         for cells in self._model.all_displayed()]
        return keys or []

    def _compute_rows(self, narrower: bool = False) -> list[int]:
        if self._model is None:
            return []
        if narrower and self._haystacks is not None:
            hay, needle = self._haystacks, self._needle
            return [r for r in self._rows if needle in hay[r]]
        count = self._model.rowCount()
        if self._sorted is not None and self._resort and self._column >= 0:
            keys = self._sort_keys(self._column)
            self._sorted.sort(key=keys.__getitem__,
                              reverse=self._order == Qt.SortOrder.DescendingOrder)
        self._resort = False
        if self._sorted is None:  # kept: typing in the filter does not sort again
            if self._column >= 0:
                keys = self._sort_keys(self._column)
                self._sorted = sorted(range(count), key=keys.__getitem__,
                                      reverse=self._order == Qt.SortOrder.DescendingOrder)
            else:
                self._sorted = list(range(count))
        rows = self._sorted
        if self._needle:
            hay = self._make_haystacks()
            if self._sorted_hay is None:  # read in order: ten times quicker than by row
                self._sorted_hay = [hay[r] for r in rows]
            needle = self._needle
            return [rows[i] for i, text in enumerate(self._sorted_hay) if needle in text]
        return list(rows)

    def _make_haystacks(self) -> list[str]:
        """Each model row's cells, case-folded, for the filter to search (kept); what the
        chunks have not made yet is made now."""
        while self._haystacks is None:
            self._make_some_haystacks(self._model.rowCount() if self._model is not None else 0)
        return self._haystacks

    def _make_some_haystacks(self, rows: int = HAY_CHUNK) -> None:
        if self._haystacks is not None:
            self._hay_timer.stop()
            return
        model = self._model
        count = model.rowCount() if model is not None else 0
        done = len(self._hay_made)
        if model is not None:  # row by row: the model's cells are made as they are asked
            end = min(done + max(rows, 1), count)
            until = time.perf_counter() + HAY_MS / 1000  # ``_make_haystacks`` asks again
            for start in range(done, end, 100):
                self._hay_made += ["\n".join(model.display(r)).casefold()
                                   for r in range(start, min(start + 100, end))]
                if time.perf_counter() > until:
                    break
        if len(self._hay_made) >= count:
            self._haystacks, self._hay_made = self._hay_made, []
            self._hay_timer.stop()

    def _index_rows(self) -> None:
        count = self._model.rowCount() if self._model is not None else 0
        rows = self._rows
        if len(rows) == count:
            # every row shown: where each is shown is the inverse of the order, found by a
            # sort in C (already sorted rows cost one pass); the Python loop below held
            # the window 14 ms at 100,000 sources as a project opened
            self._shown_at = sorted(range(count), key=rows.__getitem__)
            return
        shown_at = [-1] * count
        for shown, row in enumerate(rows):
            shown_at[row] = shown
        self._shown_at = shown_at

    def _relayout(self, narrower: bool = False) -> None:
        """Show the rows in their new order, moving the view's current index and selection."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        old_rows = [self._rows[i.row()] if 0 <= i.row() < len(self._rows) else -1
                    for i in before]
        self._rows = self._compute_rows(narrower)
        self._index_rows()
        after = []
        for index, row in zip(before, old_rows, strict=True):
            shown = self._shown_at[row] if 0 <= row < len(self._shown_at) else -1
            after.append(self.index(shown, index.column()) if shown >= 0 else QModelIndex())
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # -- rows shown <-> model rows ---------------------------------------------------------
    def mapToSource(self, index: _Index) -> QModelIndex:
        if self._model is None or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return QModelIndex()
        return self._model.index(self._rows[index.row()], index.column())

    def mapFromSource(self, index: _Index) -> QModelIndex:
        if not index.isValid() or not 0 <= index.row() < len(self._shown_at):
            return QModelIndex()
        shown = self._shown_at[index.row()]
        return self.index(shown, index.column()) if shown >= 0 else QModelIndex()

    # -- Qt model API (each call passed on to the model's row) ------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._model is None:
            return 0
        return self._model.columnCount()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._model is None:
            return None
        return self._model.headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()  # -1 for an invalid index
        if self._model is None or not 0 <= row < len(self._rows):
            return None
        return self._model.cell(self._rows[row], index.column(), role)  # no index made

    def flags(self, index: _Index) -> Qt.ItemFlag:
        row = index.row()
        if self._model is None or not 0 <= row < len(self._rows):
            return Qt.ItemFlag.NoItemFlags
        return self._model.cell_flags(self._rows[row], index.column())

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        source = self.mapToSource(index)
        return self._model is not None and source.isValid() \
            and self._model.setData(source, value, role)
