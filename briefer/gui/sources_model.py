"""The Sources list as a Qt table model: title, outlet, date, type, and what is missing.

Title, outlet and date are editable in place; each edit is an undo command.
Sources project.yaml lists but that could not be read (deleted, renamed,
unreadable) follow the others, greyed, with the reason: they stay listed and
come back when their file does.

What each row shows is worked out once per change of the sources and kept
(``display``): a source without a title shows the opening words of its text,
which means reading through that text, and a list of 100,000 sources is
painted, sorted and filtered many times between two changes. The order and
the filter (``sources_order``) use the same strings.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import compress, count
from operator import attrgetter, is_not
from typing import Any

from PySide6.QtCore import (QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer,
                            Signal)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from briefer.core.dates import DateError
from briefer.core.source import Source, SourceKind
from briefer.gui.date_text import format_date
from briefer.gui.session import ProjectSession
from briefer.gui.wording import say

TITLE, OUTLET, DATE, TYPE = range(4)
SOURCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MISSING_ROLE = Qt.ItemDataRole.UserRole + 2
_FIELDS = {TITLE: "title", OUTLET: "container-title", DATE: "issued"}
_Index = QModelIndex | QPersistentModelIndex
# What a row's cells are made from, besides its metadata object: the metadata's title,
# outlet and date, and the source's text (a re-import replaces it, and its kind with it).
_META_PARTS = (attrgetter("title"), attrgetter("container_title"), attrgetter("issued"))
_TEXT = attrgetter("text_token")  # changes with the text; reads no lazy text
_META = attrgetter("meta")
# rows whose makings are taken in one pass of the event loop: about 6 ms (20,000 took
# 25–170 ms by load, and the Sources filter's chunk may come in the same pass)
ATTRIBUTE_ROWS = 5_000


class SourcesModel(QAbstractTableModel):
    refused = Signal(str)  # an edit that cannot be taken (a date it cannot read), worded

    def __init__(self, session: ProjectSession, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self._ids: list[str] = []
        self._missing: list[str] = []  # listed sources that could not be read
        self._warning_icon: QIcon | None = None  # made at first use, once a style exists
        # each row's four cells as shown, filled as rows are asked for; None: not yet
        self._shown: list[tuple[str, str, str, str] | None] = []
        # what each source's cells are made from (one list per attribute, by row), to
        # tell which rows a change touched
        self._made_from: list[list[object]] | None = None
        self._taking = 0  # which taking of the rows' makings is the current one
        # the rows whose cells the last change of metadata changed (None: maybe all)
        self.changed_rows: list[int] | None = None
        self._reload()
        session.projectReplaced.connect(self.reset)
        session.sourcesChanged.connect(self._sources_changed)

    def _reload(self) -> None:
        self._ids = list(self.session.project.sources)
        self._missing = [m for m in self.session.project.missing if m not in
                         self.session.project.sources]
        self._shown = [None] * (len(self._ids) + len(self._missing))
        # taken over the next passes of the event loop, ATTRIBUTE_ROWS at a time: 0.1 s
        # at 100,000 sources, not to be added to a project's opening nor to hold the
        # window in one go (``_sources_changed`` copes if they are not all there yet)
        self._made_from = None
        self._taking += 1
        if self._ids:
            sources = list(self.session.project.sources.values())
            taken: list[list[object]] = [[] for _ in range(2 + len(_META_PARTS))]
            taking = self._taking
            QTimer.singleShot(0, lambda: self._take_attributes(taking, sources, taken))
        self.changed_rows = None

    def _take_attributes(self, taking: int, sources: list[Source],
                         taken: list[list[object]]) -> None:
        if taking != self._taking or self._made_from is not None:
            return  # another project, or an edit came and took them all
        done = len(taken[0])
        for whole, part in zip(taken, self._attributes(sources[done:done + ATTRIBUTE_ROWS]),
                               strict=True):
            whole.extend(part)
        if len(taken[0]) < len(sources):
            QTimer.singleShot(0, lambda: self._take_attributes(taking, sources, taken))
        else:
            self._made_from = taken

    def _attributes(self, sources: Iterable[Source] | None = None) -> list[list[object]]:
        """The objects each row's cells are made from, one list per attribute, in the
        project's order (the rows' order while the ids are the same). Lists of
        references to objects that exist anyway: making them allocates nothing the
        garbage collector would walk, and they are made and compared in C (about
        70 ms for 100,000 sources, against 400 ms to make every row's cells again)."""
        if sources is None:
            sources = self.session.project.sources.values()
        sources = list(sources)
        metas = list(map(_META, sources))
        return [metas, list(map(_TEXT, sources)), *(list(map(get, metas))
                                                    for get in _META_PARTS)]

    def reset(self) -> None:
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    def _sources_changed(self) -> None:
        if list(self.session.project.sources) != self._ids:
            self.reset()
        elif self._ids:
            # Only the rows whose cells may have changed are shown anew (one title
            # edited in 100,000 sources must not make every row again); the whole
            # range is repainted, since an icon or tooltip may follow any field.
            made_from = self._attributes()
            if self._made_from is None:  # changed before they were taken: every row
                self.changed_rows = None
                self._shown = [None] * len(self._shown)
            else:
                changed: set[int] = set()
                for before, now in zip(self._made_from, made_from, strict=True):
                    # an edit puts a new object in (SetSourceMeta copies the value)
                    changed.update(compress(count(), map(is_not, before, now)))
                self.changed_rows = sorted(changed)
                for row in self.changed_rows:
                    self._shown[row] = None
            self._made_from = made_from
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, TYPE))

    def source_at(self, row: int) -> Source | None:
        if 0 <= row < len(self._ids):
            return self.session.project.sources.get(self._ids[row])
        return None

    def row_of(self, source_id: str) -> int:
        try:
            return self._ids.index(source_id)
        except ValueError:
            return -1

    def display(self, row: int) -> tuple[str, str, str, str]:
        """The row's title, outlet, date and type as the list shows them (kept)."""
        shown = self._shown[row]
        if shown is None:
            shown = self._shown[row] = self._display(row)
        return shown

    def all_displayed(self) -> list[tuple[str, str, str, str]]:
        """Every row's cells (see ``display``), in model order."""
        if None in self._shown:
            words = self.kind_words()
            dates: dict[object, str] = {}  # a few thousand dates among 100,000 sources
            self._shown = [s if s is not None else self._display(r, words, dates)
                           for r, s in enumerate(self._shown)]
        return self._shown  # type: ignore[return-value]  # no None left

    def kind_words(self) -> tuple[str, str, str]:
        """A survey's and an article's Type cells, and the Title cell of a survey without
        a title (the core's stand-in, "Untitled survey", in the interface's language).

        The first two are also what the Type column is always wide enough for
        (``SourcesPane._fit_columns``): its widths come from rows sampled through the
        list, which may miss the one survey among 10,000 articles ("Sond…")."""
        return (self.tr("Survey"), self.tr("Article"), self.tr("Untitled survey"))

    def _display(self, row: int, words: tuple[str, str, str] | None = None,
                 dates: dict[object, str] | None = None) -> tuple[str, str, str, str]:
        source = self.source_at(row)
        if source is None:
            missing = self.session.project.missing.get(self._missing[row - len(self._ids)])
            name = str(missing.entry.get("file") or missing.id) if missing else ""
            return name, "—", "—", self.tr("Missing")
        meta = source.meta
        if words is None:
            words = self.kind_words()
        survey = source.kind is SourceKind.SURVEY
        title = words[2] if survey and not meta.title else source.display_title
        return (title, meta.container_title or "—", _date_text(meta.issued, dates),
                words[not survey])

    # -- Qt model API ------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids) + len(self._missing)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Title"), self.tr("Outlet"), self.tr("Date"),
                    self.tr("Type"))[section] if 0 <= section < 4 else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return self.cell_flags(index.row(), index.column())

    def cell_flags(self, row: int, col: int) -> Qt.ItemFlag:
        """``flags`` of the cell at ``row``, ``col`` (see ``cell``)."""
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if row >= len(self._ids):
            return flags  # a missing source: nothing to edit until its file is back
        if col in _FIELDS and not self.session.project.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def missing_labels(self, source: Source) -> list[str]:
        names = {"title": self.tr("title"), "container-title": self.tr("outlet"),
                 "issued": self.tr("date")}
        return [names.get(m, m) for m in source.meta.missing(source.kind)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """``data`` of the cell at ``row``, ``col``, asked without a model index: the
        Sources order asks its rows' cells so (``SourcesOrder.data``). Making the model's
        index is a call into Qt, which lets go of the interpreter and asks the model its
        size back in Python: while a project is read and indexed on workers, each of the
        hundreds of cells a paint asks for could wait its turn for the interpreter three
        times (a paint of the list held the window 80-120 ms at 10,000 sources)."""
        source = self.source_at(row)
        if source is None:
            return self._missing_data(row, col, role)
        meta = source.meta
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row)[col] if 0 <= col < 4 else None
        elif role == Qt.ItemDataRole.EditRole:
            if col == TITLE:
                return meta.title
            if col == OUTLET:
                return meta.container_title
            if col == DATE:
                return format_date(meta.issued)
            return None
        elif role == SOURCE_ID_ROLE:
            return source.id
        elif role == MISSING_ROLE:
            return self.missing_labels(source)
        elif role == Qt.ItemDataRole.DecorationRole and col == TITLE:
            if meta.missing(source.kind):
                if self._warning_icon is None:
                    self._warning_icon = QApplication.style().standardIcon(
                        QStyle.StandardPixmap.SP_MessageBoxWarning)
                return self._warning_icon
        elif role == Qt.ItemDataRole.ToolTipRole:
            missing = self.missing_labels(source)
            tip = self.display(row)[TITLE]
            if missing:
                tip += "\n" + self.tr("Missing for the citation: {0}").format(", ".join(missing))
            return tip
        elif role == Qt.ItemDataRole.AccessibleTextRole:
            text = str(self.cell(row, col, Qt.ItemDataRole.DisplayRole))
            if col == TITLE and meta.missing(source.kind):
                text += " (" + self.tr("metadata missing") + ")"
            return text
        elif role == Qt.ItemDataRole.ForegroundRole and col in (OUTLET, DATE) \
                and self.cell(row, col) == "—":
            return QApplication.palette().placeholderText()
        return None

    def _missing_data(self, row: int, col: int, role: int) -> Any:
        """A listed source whose file could not be read: its name, greyed, and why."""
        row -= len(self._ids)
        if not 0 <= row < len(self._missing):
            return None
        missing = self.session.project.missing.get(self._missing[row])
        if missing is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == TITLE:
                return str(missing.entry.get("file") or missing.id)
            return self.tr("Missing") if col == TYPE else "—"
        if role == SOURCE_ID_ROLE:
            return missing.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return say(missing.reason)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QApplication.palette().placeholderText()
        if role == Qt.ItemDataRole.DecorationRole and col == TITLE:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        return None

    def setData(self, index: _Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in _FIELDS:
            return False
        source = self.source_at(index.row())
        if source is None:
            return False
        text = str(value).strip()
        if text == (self.data(index, Qt.ItemDataRole.EditRole) or ""):
            return False
        # the undo commands load with the first edit, after the window's first paint
        from briefer.gui.commands.sources import EditSourceMetaCommand

        try:
            command = EditSourceMetaCommand(self.session, source.id, _FIELDS[index.column()],
                                            text)
        except DateError as exc:
            self.refused.emit(say(exc))
            return False
        self.session.undo_stack.push(command)
        return True


def _date_text(issued: object, memo: dict[object, str] | None) -> str:
    """A date cell; plain year-month-day dates remembered in ``memo`` by their parts."""
    key: object = None
    if memo is not None and isinstance(issued, dict) and len(issued) == 1:
        parts = issued.get("date-parts")
        if isinstance(parts, list) and len(parts) == 1 and isinstance(parts[0], list) \
                and all(type(p) is int for p in parts[0]):
            key = tuple(parts[0])
            known = memo.get(key)
            if known is not None:
                return known
    text = format_date(issued) or "—"
    if key is not None and memo is not None:
        memo[key] = text
    return text
