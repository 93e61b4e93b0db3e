"""Drag and drop in the Outline.

* An answer dragged onto a theme moves there; held with Ctrl it is *copied*
  (an answer may name several ideas); one dragged from the single views is
  always copied in.
* A span of source text dropped on a theme becomes an excerpt of that theme.
* A theme dragged out (to the note) carries its ids; the note turns it into
  its count sentence and its most representative quotation.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt

from briefer.gui.commands import outline as cmd
from briefer.gui.commands.excerpts import AddExcerptCommand
from briefer.gui.mime import (RESPONSE_MIME, SPAN_MIME, THEME_MIME, json_payload, read_span,
                              theme_mime)

_Index = QModelIndex | QPersistentModelIndex


class OutlineDragDrop:
    """The drag-and-drop half of ``OutlineModel`` (mixed into it)."""

    session: Any

    def node(self, index: _Index) -> Any: ...  # provided by OutlineModel

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [SPAN_MIME, RESPONSE_MIME, THEME_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        node = next((self.node(i) for i in indexes if self.node(i) is not None), None)
        if node is not None and node.kind == "theme":
            found = self.session.project.outline.find_theme(node.theme_id)
            return theme_mime(node.section_id, node.theme_id, found[1].label if found else "")
        data = QMimeData()
        if node is not None and node.kind in ("response", "disagree"):
            payload = {"response": node.response_id, "theme": node.theme_id,
                       "section": node.section_id}
            data.setData(RESPONSE_MIME, json.dumps(payload).encode())
        return data

    def _drop_theme(self, parent: _Index) -> Any:
        node = self.node(parent)
        if node is None or not node.theme_id:
            return None
        return node

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                        column: int, parent: _Index) -> bool:
        target = self._drop_theme(parent)
        if target is None:
            return False
        if data.hasFormat(SPAN_MIME):
            return True
        raw = json_payload(data, RESPONSE_MIME)
        if raw:
            return raw.get("section") == target.section_id \
                and raw.get("theme") != target.theme_id
        return False

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                     column: int, parent: _Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = self._drop_theme(parent)
        span = read_span(data)
        if span is not None:
            self.session.undo_stack.push(AddExcerptCommand(
                self.session, span.source_id, span.start, span.end, theme_id=target.theme_id))
            return True
        raw = json_payload(data, RESPONSE_MIME)
        response, source = str(raw["response"]), str(raw.get("theme") or "")
        if source and action == Qt.DropAction.MoveAction:
            command = cmd.move_response(self.session, response, source, target.theme_id)
        else:
            command = cmd.copy_response(self.session, response, target.theme_id)
        self.session.undo_stack.push(command)
        return True
