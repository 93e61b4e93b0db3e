"""The drag-and-drop payload for a span of source text (Reader -> Note or Outline)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QMimeData

SPAN_MIME = "application/x-briefer-span"
EXCERPT_MIME = "application/x-briefer-excerpt"
BLOCK_MIME = "application/x-briefer-block"
RESPONSE_MIME = "application/x-briefer-response"
THEME_MIME = "application/x-briefer-theme"


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


def json_payload(data: QMimeData, mime: str) -> dict[str, object]:
    """The JSON object a drag carries under ``mime`` ({} if none or malformed)."""
    if not data.hasFormat(mime):
        return {}
    try:
        raw = json.loads(bytes(data.data(mime).data()).decode())
    except ValueError:
        return {}
    return raw if isinstance(raw, dict) else {}


def theme_mime(section_id: str, theme_id: str, text: str = "") -> QMimeData:
    """An outline theme being dragged (to the note), plus its label as text."""
    data = QMimeData()
    data.setData(THEME_MIME, json.dumps({"section": section_id, "theme": theme_id}).encode())
    if text:
        data.setText(text)
    return data


def read_theme(data: QMimeData) -> tuple[str, str] | None:
    """(outline section id, theme id) from a theme drag, or None."""
    raw = json_payload(data, THEME_MIME)
    if not raw.get("theme"):
        return None
    return str(raw.get("section", "")), str(raw["theme"])
