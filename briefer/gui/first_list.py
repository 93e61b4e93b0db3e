"""The Sources tab at the window's first paint: the rows kept from the last start.

The Sources pane proper (``sources_pane``) works on the open project: its
model reads the core's sources and dates, the project behind it needs PyYAML
and the core's classes — 60 ms of imports that a start within 1.5x of a bare
window cannot spend before its first paint. This list looks the same (the same
columns, widths, warning marks, filter box) but shows the strings kept at the
last start (``io.kept_list``) — or, with none kept (a project's first start, its
files changed since), the rows read from the files by the standard library's
quick modules (``io.quick_list``) — and knows nothing else; the window's first
build step replaces it with the Sources pane on the project as read from its
files. It takes no input of its own: keys typed meanwhile are held for the
window (``held_keys``) and delivered once it is complete.

Imports Qt's classes, the kept list and the quick reader only, and names no
``Qt`` enum (see ``kept_rows_model``): the window paints it before anything else.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QBuffer, QCoreApplication, QSize, QTimer
from PySide6.QtGui import QIcon, QPixmap, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLineEdit,
                               QStyle, QTableView, QVBoxLayout, QWidget)

from briefer.io.kept_list import MAX_FILES, KeptList, any_mark, keep, kept

if TYPE_CHECKING:
    from briefer.gui.main_window import MainWindow

_HEADERS = ("Title", "Outlet", "Date", "Type")  # the Sources model's, in its context
# the Sources pane's column widths, for a list read from the files (``SourcesPane``):
# at least these texts' (the type's, the model's words: ``SourcesModel.kind_words``)
_FLOORS = ((1, ("Outlet",)), (2, ("2026-11-21",)), (3, ("Survey", "Article")))
_TRANSLATED = 3  # the column whose floors are the model's words
_MAX_COLUMN_WIDTH, _OUTLET_SHARE = 260, 0.25


def first_rows(path: Path, language: str) -> KeptList | None:
    """What the Sources list shows at the first paint for the project at ``path``: the
    list kept from the last start, else the rows read from its files (worded in
    ``language``, the warning mark as the last start kept it), else None (the window
    reads the sources before it paints)."""
    found = kept(path, language)
    if found is not None:
        return found
    # the quick reader (its YAML, the rules of a row: 3 ms) for a first start only
    from briefer.io.quick_list import UNTITLED_SURVEY, quick_list

    try:
        quick = quick_list(path)
    except Exception:  # a shortcut only: whatever it trips on, the usual reader reads
        return None  # (and reports) before the paint, as without it
    if quick is None:
        return None
    kinds = (QCoreApplication.translate("SourcesModel", "Survey"),
             QCoreApplication.translate("SourcesModel", "Article"))
    untitled = QCoreApplication.translate("SourcesModel", "Untitled survey")  # as the model
    rows = [(untitled if r.survey and r.title == UNTITLED_SURVEY else r.title, r.outlet,
             r.date, kinds[not r.survey]) for r in quick.rows]
    return KeptList(quick.folder, quick.name, quick.read_only, rows,
                    [r.incomplete for r in quick.rows], [], *any_mark())


def kept_rows_model(kept: KeptList | None, parent: QWidget) -> QStandardItemModel:
    """The kept rows, read-only: their text, and the title's mark where metadata lack.

    Qt's own item model, not a Python one: a Python model is handed Qt's enums
    (roles, orientations), and the first of them makes PySide build every enum of
    the ``Qt`` namespace, 10 ms, which the first paint need not wait for."""
    model = QStandardItemModel(0, 4, parent)
    model.setHorizontalHeaderLabels([QCoreApplication.translate("SourcesModel", header)
                                     for header in _HEADERS])
    if kept is None:
        return model
    mark = QIcon()
    if kept.mark:  # the Sources model's mark for missing metadata, as drawn
        pixmap = QPixmap()
        if pixmap.loadFromData(kept.mark, "PNG"):
            pixmap.setDevicePixelRatio(kept.mark_ratio)
            mark = QIcon(pixmap)
    elif True in kept.incomplete:  # none kept yet: the style's, as the model has it
        mark = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    unknown = QApplication.palette().placeholderText()  # an outlet or date not known
    for cells, incomplete in zip(kept.rows, kept.incomplete, strict=True):
        items = [QStandardItem(text) for text in cells]
        for col, item in enumerate(items):
            item.setEditable(False)
            if col in (1, 2) and item.text() == "—":
                item.setForeground(unknown)
        if incomplete:
            items[0].setIcon(mark)
        model.appendRow(items)
    return model


def _floor_texts(col: int, texts: tuple[str, ...]) -> set[str]:
    """What column ``col`` is at least as wide as: its floors and header, as the pane's."""
    return {QCoreApplication.translate("SourcesModel", t) if col == _TRANSLATED else t
            for t in texts} | {QCoreApplication.translate("SourcesModel", _HEADERS[col])}


class FirstList(QWidget):
    """The Sources tab until the Sources pane is built (see module notes)."""

    def __init__(self, kept: KeptList | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstSourcesList")
        self.kept = kept
        self.filter = QLineEdit(self)  # where the pane's filter box will be
        self.filter.setPlaceholderText(QCoreApplication.translate(
            "SourcesPane", "Filter by title, outlet, date or type"))
        self.filter.setAccessibleName(QCoreApplication.translate("SourcesPane",
                                                                 "Filter sources"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setReadOnly(True)
        self.model = kept_rows_model(kept, self)
        self.table = QTableView(self)
        self.table.setAccessibleName(QCoreApplication.translate("SourcesPane", "Source list"))
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate(kept.widths if kept else [], 1):
            header.resizeSection(col, width)
        self._natural = self._natural_widths() if kept and not kept.widths else {}
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)

    def _natural_widths(self) -> dict[int, int]:
        """For rows read from the files (no widths kept): each column as wide as the
        Sources pane makes it, for its longest text (``SourcesPane._fit_columns``)."""
        metrics = self.table.fontMetrics()
        rows = self.kept.rows if self.kept else []
        return {col: max(metrics.horizontalAdvance(t) for t in {cells[col] for cells in rows}
                         | _floor_texts(col, texts)) + 16
                for col, texts in _FLOORS}

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The natural widths, the outlet's held to a share of the list, as the pane's."""
        super().resizeEvent(event)
        header = self.table.horizontalHeader()
        share = max(80, int(self.table.width() * _OUTLET_SHARE))
        for col, width in self._natural.items():
            header.resizeSection(col, min(width, _MAX_COLUMN_WIDTH, share) if col == 1
                                 else width)


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
                          QtCore.Qt.ItemDataRole.DecorationRole)
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
