"""The Sources tab at the window's first paint: the rows kept from the last start.

The Sources pane proper (``sources_pane``) works on the open project: its
model reads the core's sources and dates, the project behind it needs PyYAML
and the core's classes — 30 ms of imports that a start within 1.5x of a bare
window cannot spend before its first paint. This list looks the same (the same
columns, widths, warning marks, filter box) but shows the strings kept at the
last start (``io.kept_list``) and knows nothing else; the window's first build
step replaces it with the Sources pane on the project as read from its files.
It takes no input of its own: keys typed meanwhile are held for the window
(``held_keys``) and delivered once it is complete.

Imports Qt and the kept list only (the window paints it before anything else).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QBuffer, QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLineEdit,
                               QTableView, QVBoxLayout, QWidget)

from briefer.io.kept_list import MAX_FILES, KeptList, keep

if TYPE_CHECKING:
    from briefer.gui.main_window import MainWindow

_HEADERS = ("Title", "Outlet", "Date", "Type")  # the Sources model's, in its context


class KeptRowsModel(QAbstractTableModel):
    """The kept rows, read-only: their text, and the title's mark where metadata lack."""

    def __init__(self, kept: KeptList | None, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = kept.rows if kept else []
        self.incomplete = kept.incomplete if kept else []
        self._mark = QIcon()
        if kept and kept.mark:  # the Sources model's mark for missing metadata, as drawn
            pixmap = QPixmap()
            if pixmap.loadFromData(kept.mark, "PNG"):
                pixmap.setDevicePixelRatio(kept.mark_ratio)
                self._mark = QIcon(pixmap)

    def rowCount(self, parent: Any = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = None) -> int:
        return 0 if parent is not None and parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < 4:
            return QCoreApplication.translate("SourcesModel", _HEADERS[section])
        return None

    def flags(self, index: Any) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, col = index.row(), index.column()
        if not index.isValid() or not 0 <= row < len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[row][col]
        if role == Qt.ItemDataRole.DecorationRole and col == 0 and self.incomplete[row]:
            return self._mark
        if role == Qt.ItemDataRole.ForegroundRole and col in (1, 2) \
                and self.rows[row][col] == "—":
            return QApplication.palette().placeholderText()
        return None


class FirstList(QWidget):
    """The Sources tab until the Sources pane is built (see module notes)."""

    def __init__(self, kept: KeptList | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstSourcesList")
        self.kept = kept
        self.filter = QLineEdit(self)  # where the pane's filter box will be
        self.filter.setPlaceholderText(QCoreApplication.translate(
            "SourcesPane", "Filter by title, outlet, date or type"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setReadOnly(True)
        self.model = KeptRowsModel(kept, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate(kept.widths if kept else [], 1):
            header.resizeSection(col, width)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)


def keep_later(window: MainWindow, language: str) -> None:
    """``keep_shown`` once the event loop turns (after the open that called for it)."""
    QTimer.singleShot(0, lambda: keep_shown(window, language))


def keep_shown(window: MainWindow, language: str) -> None:
    """Keep what the window's Sources pane shows, for the next start's first paint.

    Not for a team project (no folder), a folder that will not have a first list
    (large), sources that could not be read (shown otherwise), nor edits not saved
    (the files say otherwise)."""
    pane = getattr(window, "sources_pane", None)
    session = getattr(window, "session", None)
    if pane is None or session is None:
        return
    project = session.project
    if not project.path or project.missing or not 0 < len(project.sources) <= MAX_FILES // 2:
        return
    if window.wired and window.files.is_modified():
        return
    model = pane.model
    rows = list(model.all_displayed())
    sources = [model.source_at(row) for row in range(len(rows))]
    incomplete = [bool(s is not None and s.meta.missing(s.kind)) for s in sources]
    header = pane.table.horizontalHeader()
    mark, ratio = b"", 1.0
    if True in incomplete:
        icon = model.data(model.index(incomplete.index(True), 0),
                          Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            mark, ratio = _png(icon, pane.table)
    keep(Path(project.path), language, project.name, project.read_only, rows, incomplete,
         [header.sectionSize(col) for col in (1, 2, 3)], mark, ratio)


def _png(icon: QIcon, view: QTableView) -> tuple[bytes, float]:
    """``icon`` as ``view`` draws it in a row (its PNG, its device pixel ratio)."""
    size = view.iconSize()
    if not size.isValid():
        side = view.style().pixelMetric(view.style().PixelMetric.PM_SmallIconSize, None, view)
        size = QSize(side, side)
    ratio = view.devicePixelRatioF()
    pixmap = icon.pixmap(size, ratio)
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    if not pixmap.save(buffer, "PNG"):
        return b"", 1.0
    return bytes(buffer.data().data()), pixmap.devicePixelRatio()
