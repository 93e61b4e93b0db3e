"""The Search pane's list of hits: each source's title, then its snippet with the words
that matched in bold (the index marks them; ``index.snippet_parts`` reads the marks)."""

from __future__ import annotations

import re
from html import escape
from typing import Any

from PySide6.QtCore import (QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex,
                            QRectF, QSize, Qt)
from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from briefer.index import snippet_parts

_Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class HitsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[Any] = []
        self.query = ""

    def set_hits(self, query: str, hits: list[Any]) -> None:
        self.beginResetModel()
        self.query, self.hits = query, list(hits)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return clean_snippet(hit.snippet)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.title}: {clean_snippet(hit.snippet)}"
        if role == HIT_ROLE:
            return hit
        return None


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def clean_snippet(snippet: str) -> str:
    """The snippet as plain text, without the index's match marks."""
    return _plain("".join(text for text, _ in snippet_parts(snippet or ""))).strip()


def snippet_html(snippet: str) -> str:
    """The snippet with the index's matches in bold."""
    return "".join(f"<b>{escape(_plain(text))}</b>" if match else escape(_plain(text))
                   for text, match in snippet_parts(snippet or "")).strip()


class HitDelegate(QStyledItemDelegate):
    """Title on the first line, the snippet (matches in bold) on the next two."""

    def _doc(self, option: QStyleOptionViewItem, index: _Index, width: float) -> QTextDocument:
        hit = index.data(HIT_ROLE)
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(4)
        colour = option.palette.color(
            QPalette.ColorRole.HighlightedText
            if option.state & QStyle.StateFlag.State_Selected else QPalette.ColorRole.Text)
        doc.setDefaultStyleSheet(f"body {{ color: {colour.name()}; }}")
        doc.setHtml(f"<body><b>{escape(hit.title)}</b><br>"
                    f"<span>{snippet_html(hit.snippet)}</span></body>")
        doc.setTextWidth(width)
        return doc

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._doc(option, index, option.rect.width())
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        doc.drawContents(painter)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        width = option.rect.width() if option.rect.width() > 0 else 300
        doc = self._doc(option, index, width)
        line = option.fontMetrics.height()
        return QSize(int(width), int(min(doc.size().height(), line * 4 + 10)))
