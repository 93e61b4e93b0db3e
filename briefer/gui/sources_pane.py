"""The Sources pane: a filterable table of sources, with missing metadata marked.

Title, outlet and date are edited in their cells; every other citation field in
the Source details dialog (``details_action``: Alt+Return, the context menu,
or a double-click on the Type column).
"""

from __future__ import annotations

from PySide6.QtCore import (QItemSelectionModel, QModelIndex, QPoint, QSignalBlocker, Qt,
                            Signal)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLineEdit, QMenu, QTableView,
                               QVBoxLayout, QWidget)

from briefer.gui import dialogs
from briefer.gui.session import ProjectSession
from briefer.gui.source_details import edit_source_details
from briefer.gui.sources_model import (SOURCE_ID_ROLE, TITLE, TYPE, SourcesFilter,
                                       SourcesModel)


class SourcesPane(QWidget):
    sourceActivated = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesPane")
        self.setAccessibleName(self.tr("Sources"))
        self.session = session
        self.model = SourcesModel(session, self)
        self.model.refused.connect(
            lambda text: dialogs.warning(self, self.tr("Source details"), text))
        self.proxy = SourcesFilter(self)
        self.proxy.setSourceModel(self.model)

        self.filter = QLineEdit(self)
        self.filter.setObjectName("sourcesFilter")
        self.filter.setPlaceholderText(self.tr("Filter by title, outlet, date or type"))
        self.filter.setAccessibleName(self.tr("Filter sources"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)

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
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Source list columns"))
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        # Widths from the font, not from the rows: measuring contents visits every
        # row, which a 10,000-source project feels. The user can still drag them.
        metrics = self.table.fontMetrics()
        for col, sample in ((1, "Financial Post"), (2, "2026-11-21"), (3, "Article")):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, metrics.horizontalAdvance(sample) + 12)
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
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.sourceActivated.emit(str(current.data(SOURCE_ID_ROLE)))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sourceActivated.emit(str(index.data(SOURCE_ID_ROLE)))

    def _double_clicked(self, index: QModelIndex) -> None:
        """The Type column is not edited in place: a double-click there opens the details."""
        if index.isValid() and index.column() == TYPE:
            self.edit_details(str(index.data(SOURCE_ID_ROLE)))

    def context_menu(self) -> QMenu | None:
        """What a right-click on the current row offers (None on no editable row)."""
        if self.current_source_id() is None:
            return None
        menu = QMenu(self)
        menu.addAction(self.details_action)
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
        return edit_source_details(self.session, source_id, self.window())

    def select_source(self, source_id: str) -> None:
        """Show which source is open, without re-opening it."""
        row = self.model.row_of(source_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return
        blocker = QSignalBlocker(self.table.selectionModel())
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        del blocker
        self.table.scrollTo(index)
        # repaints the rows too; viewport() would make the binding resolve every
        # widget class on its first call, several milliseconds at start-up
        self.table.update()

    def source_ids(self) -> list[str]:
        """Ids in the order shown (after filter and sort)."""
        return [str(self.proxy.index(r, 0).data(SOURCE_ID_ROLE))
                for r in range(self.proxy.rowCount())]
