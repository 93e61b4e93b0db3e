"""The Sources pane: a filterable table of sources, with missing metadata marked.

Every citation field is edited in the Source details dialog (``details_action``:
a double-click on a row, Alt+Return, the context menu, Edit ▸ Source Details);
F2 still edits a title, outlet or date in its cell. ``remove_action`` (Delete,
the context menu, Edit ▸ Remove Source…) removes a source with its excerpts
after saying which go with it (``source_removal``).

Sorting and filtering are ``SourcesOrder``'s, on keys computed once per change
of the sources; in a large project the filter waits for a pause in the typing.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLineEdit, QMenu, QTableView,
                               QVBoxLayout, QWidget)

from briefer.gui.session import ProjectSession
from briefer.gui.sources_model import DATE, OUTLET, SOURCE_ID_ROLE, TITLE, TYPE, SourcesModel
from briefer.gui.sources_order import SourcesOrder

# Lists longer than this are filtered once the typing pauses for FILTER_DELAY_MS;
# shorter ones at each key, which is instant there.
FILTER_AT_ONCE_ROWS = 2000
FILTER_DELAY_MS = 200
MAX_COLUMN_WIDTH = 260  # an outlet column sized to its longest name stops here
OUTLET_SHARE = 0.25  # or at this share of the list's width, if less
FIT_ROWS = 300  # rows whose texts size the outlet, date and type columns


class SourcesPane(QWidget):
    sourceActivated = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesPane")
        self.setAccessibleName(self.tr("Sources"))
        self.session = session
        self.model = SourcesModel(session, self)
        self.model.refused.connect(self._refused)
        self.proxy = SourcesOrder(self)
        self.proxy.setSourceModel(self.model)
        self._selecting = False  # select_source moving the current row: nothing to open

        self.filter = QLineEdit(self)
        self.filter.setObjectName("sourcesFilter")
        self.filter.setPlaceholderText(self.tr("Filter by title, outlet, date or type"))
        self.filter.setAccessibleName(self.tr("Filter sources"))
        self.filter.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(self._filter_edited)

        self.table = QTableView(self)
        self.table.setObjectName("sourcesTable")
        self.table.setAccessibleName(self.tr("Source list"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        # a double-click opens the details (every field, in a form); F2 edits in place
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Source list columns"))
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (OUTLET, DATE, TYPE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        self._natural: dict[int, int] = {}  # each column's width for its longest text
        self._fit_columns()
        self.model.modelReset.connect(self._fit_columns)
        metrics = self.table.fontMetrics()
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(metrics.height() + 8)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._double_clicked)

        # Alt+Return is the desktop's "properties"; the window's Edit menu shows it too
        self.details_action = QAction(self.tr("Source &Details…"), self)
        self.details_action.setObjectName("sourceDetailsAction")
        self.details_action.setShortcut(QKeySequence("Alt+Return"))
        self.details_action.setStatusTip(self.tr("Every citation field of the selected "
                                                 "source: type, authors, journal, volume, "
                                                 "pages, DOI…"))
        self.details_action.triggered.connect(lambda _checked=False: self.edit_details())
        self.addAction(self.details_action)  # its shortcut works wherever the pane is shown
        self.remove_action = QAction(self.tr("Re&move Source…"), self)
        self.remove_action.setObjectName("removeSourceAction")
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        # only in the list: Delete in the filter box deletes a character
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.setStatusTip(self.tr("Remove the selected source from the "
                                                "project, with its excerpts (undoable)"))
        self.remove_action.triggered.connect(lambda _checked=False: self.remove_current())
        self.table.addAction(self.remove_action)
        self.table.selectionModel().currentRowChanged.connect(self._update_remove_action)
        self.proxy.modelReset.connect(self._update_remove_action)
        self.proxy.layoutChanged.connect(self._update_remove_action)
        session.pathChanged.connect(self._update_remove_action)  # Save As: no longer read-only
        self._update_remove_action()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)

    def _refused(self, text: str) -> None:
        from briefer.gui import dialogs  # as the details dialog

        dialogs.warning(self, self.tr("Source details"), text)

    def _update_remove_action(self) -> None:
        """Remove Source is offered for a readable source of a project (not a plain folder)."""
        self.remove_action.setEnabled(not self.session.project.read_only
                                      and self.current_source_id() is not None)

    def _fit_columns(self) -> None:
        """Outlet, date and type as wide as their longest text, the title taking the rest.

        Measured over the distinct texts of at most ``FIT_ROWS`` rows spread through the
        list (every row's cells at 100,000 sources would hold the window for half a
        second as a project opens; a width from a sample is as good). The user can still
        drag them."""
        metrics = self.table.fontMetrics()
        count = self.model.rowCount()
        step = max(1, count // FIT_ROWS)
        rows = [self.model.display(r) for r in range(0, count, step)]
        kinds = set(self.model.kind_words()[:2])  # a lone survey may not be sampled
        for col, floors in ((OUTLET, {"Outlet"}), (DATE, {"2026-11-21"}), (TYPE, kinds)):
            texts = {cells[col] for cells in rows} | floors | {str(self.model.headerData(
                col, Qt.Orientation.Horizontal))}
            self._natural[col] = max(metrics.horizontalAdvance(t) for t in texts) + 16
        self._apply_widths()

    def _apply_widths(self) -> None:
        """The natural widths, the outlet's held to a share of the list so a long journal
        name never squeezes the titles."""
        header = self.table.horizontalHeader()
        share = max(80, int(self.table.width() * OUTLET_SHARE))
        for col, width in self._natural.items():
            header.resizeSection(col, min(width, MAX_COLUMN_WIDTH, share)
                                 if col == OUTLET else width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._natural:
            self._apply_widths()

    def _filter_edited(self, _text: str) -> None:
        if self.model.rowCount() <= FILTER_AT_ONCE_ROWS:
            self.apply_filter()
        else:
            self._filter_timer.start()  # restarted by each key

    def apply_filter(self) -> None:
        """Filter the list by the filter box's text now, keeping the open source selected."""
        self._filter_timer.stop()
        self.proxy.set_filter_text(self.filter.text())
        current = self.table.currentIndex()
        if current.isValid():
            self.table.scrollTo(current)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._selecting:
            self.sourceActivated.emit(str(current.data(SOURCE_ID_ROLE)))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sourceActivated.emit(str(index.data(SOURCE_ID_ROLE)))

    def _double_clicked(self, index: QModelIndex) -> None:
        """A double-click opens the details: every field, in a form wide enough to read."""
        if index.isValid():
            self.edit_details(str(index.data(SOURCE_ID_ROLE)))

    def context_menu(self) -> QMenu | None:
        """What a right-click on the current row offers (None on no editable row)."""
        if self.current_source_id() is None:
            return None
        menu = QMenu(self)
        menu.addAction(self.details_action)
        if not self.session.project.read_only:
            menu.addSeparator()
            menu.addAction(self.remove_action)
        return menu

    def _context_menu(self, at: QPoint) -> None:
        """The menu at the row clicked (or, from the Menu key, at the current row)."""
        menu = self.context_menu()
        if menu is None:
            return
        if not self.table.indexAt(at).isValid():
            at = self.table.visualRect(self.table.currentIndex()).center()
        menu.exec(self.table.viewport().mapToGlobal(at))
        menu.deleteLater()

    def current_source_id(self) -> str | None:
        """The source of the current row, if it can be edited (not a missing file)."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        source_id = str(index.data(SOURCE_ID_ROLE))
        return source_id if source_id in self.session.project.sources else None

    def edit_details(self, source_id: str | None = None) -> bool:
        """Show the Source details dialog (for the current row by default); whether the
        user pressed OK."""
        source_id = source_id or self.current_source_id()
        if source_id is None or source_id not in self.session.project.sources:
            return False
        # the dialog (and the undo commands behind it) loads when first asked for: the
        # list is in the window's first paint, the dialog never is
        from briefer.gui.source_details import edit_source_details

        return edit_source_details(self.session, source_id, self.window())

    def remove_current(self, source_id: str | None = None) -> bool:
        """Remove the source of the current row (by default), once the user confirms."""
        source_id = source_id or self.current_source_id()
        if source_id is None or self.session.project.read_only:
            return False
        row = self.source_ids().index(source_id) if source_id in self.source_ids() else 0
        from briefer.gui.source_removal import remove_source  # as the details dialog

        if not remove_source(self.session, source_id, self.window()):
            return False
        if self.proxy.rowCount():  # the row that took its place is the one shown next
            self.table.setCurrentIndex(self.proxy.index(min(row, self.proxy.rowCount() - 1),
                                                        TITLE))
        return True

    def select_source(self, source_id: str) -> None:
        """Show which source is open, without re-opening it."""
        row = self.model.row_of(source_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return
        # The view must hear of the change: with the selection model's signals
        # blocked it kept painting the row selected before as selected (two rows
        # shown selected). Only the pane's own "open this source" is held back.
        self._selecting = True
        try:
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._selecting = False
        self.table.scrollTo(index)

    def source_ids(self) -> list[str]:
        """Ids in the order shown (after filter and sort)."""
        return [str(self.proxy.index(r, 0).data(SOURCE_ID_ROLE))
                for r in range(self.proxy.rowCount())]

    def first_shown(self, among: list[str] | None = None) -> str | None:
        """The id shown highest of ``among`` (by default of all), None if none is shown;
        found from the few rows asked about, not by listing 100,000."""
        if among is None:
            return str(self.proxy.index(0, 0).data(SOURCE_ID_ROLE)) \
                if self.proxy.rowCount() else None
        rows = [(self.proxy.mapFromSource(self.model.index(r, 0)).row(), sid) for sid, r in
                ((sid, self.model.row_of(sid)) for sid in among) if r >= 0]
        shown = [(row, sid) for row, sid in rows if row >= 0]
        return min(shown)[1] if shown else None

    def selected_rows(self) -> list[int]:
        """The rows the list shows as selected (one at most)."""
        return sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})
