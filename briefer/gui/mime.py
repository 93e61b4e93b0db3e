"""The drag-and-drop payload for a span of source text (Reader -> Note or Outline)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QMimeData

SPAN_MIME = "application/x-briefer-span"
EXCERPT_MIME = "application/x-briefer-excerpt"
BLOCK_MIME = "application/x-briefer-block"


@dataclass(frozen=True)
class SpanPayload:
    source_id: str
    start: int
    end: int


def span_mime(source_id: str, start: int, end: int, text: str) -> QMimeData:
    """Mime data carrying the span, plus its plain text for other applications."""
    data = QMimeData()
    data.setData(SPAN_MIME, json.dumps({"source": source_id, "start": start, "end": end}).encode())
    data.setText(text)
    return data


def read_span(data: QMimeData) -> SpanPayload | None:
    if not data.hasFormat(SPAN_MIME):
        return None
    try:
        raw = json.loads(bytes(data.data(SPAN_MIME).data()).decode())
        return SpanPayload(str(raw["source"]), int(raw["start"]), int(raw["end"]))
    except (ValueError, KeyError, TypeError):
        return None
