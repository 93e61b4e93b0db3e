"""Excerpts: exact spans of a source, stored as W3C Web Annotation selectors.

An excerpt keeps both a TextQuoteSelector (the exact words with ~32 characters
of context either side) and a TextPositionSelector (character offsets), so it
can be found again after its source changes (``core.anchoring``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from briefer.core.ids import new_id
from briefer.core.messages import Message

CONTEXT_CHARS = 32


@dataclass(frozen=True)
class TextQuoteSelector:
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class TextPositionSelector:
    start: int
    end: int


class AnchorStatus(str, Enum):
    ANCHORED = "anchored"  # found at its recorded position
    MOVED = "moved"  # the exact quote found elsewhere
    FUZZY = "fuzzy"  # found only approximately: the words changed; check it
    ORPHANED = "orphaned"  # not found: its words are gone from the source


@dataclass
class Excerpt:
    id: str
    source_id: str
    quote: TextQuoteSelector
    position: TextPositionSelector
    theme_ids: list[str] = field(default_factory=list)
    comment: str = ""
    status: AnchorStatus = AnchorStatus.ANCHORED

    @property
    def exact(self) -> str:
        return self.quote.exact

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source_id,
            "selector": [
                {"type": "TextQuoteSelector", "exact": self.quote.exact,
                 "prefix": self.quote.prefix, "suffix": self.quote.suffix},
                {"type": "TextPositionSelector", "start": self.position.start,
                 "end": self.position.end},
            ],
            "themes": list(self.theme_ids),
            "comment": self.comment,
            "status": self.status.value,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Excerpt:
        selectors = {s.get("type"): s for s in data.get("selector") or []}
        q = selectors.get("TextQuoteSelector") or {}
        p = selectors.get("TextPositionSelector") or {}
        if "exact" not in q:
            raise ValueError(Message("excerpt {id!r} has no TextQuoteSelector 'exact' text",
                                     id=data.get("id")))
        return cls(
            id=str(data["id"]), source_id=str(data["source"]),
            quote=TextQuoteSelector(str(q["exact"]), str(q.get("prefix") or ""),
                                    str(q.get("suffix") or "")),
            position=TextPositionSelector(int(p.get("start", -1)), int(p.get("end", -1))),
            theme_ids=[str(t) for t in data.get("themes") or []],
            comment=str(data.get("comment") or ""),
            status=AnchorStatus(data.get("status", "anchored")),
        )


def selectors_for(text: str, start: int, end: int,
                  context: int = CONTEXT_CHARS) -> tuple[TextQuoteSelector, TextPositionSelector]:
    """Both selectors for the span ``text[start:end]``."""
    if not 0 <= start < end <= len(text) or not text[start:end].strip():
        raise ValueError(f"span {start}-{end} is empty or outside the text (length {len(text)})")
    quote = TextQuoteSelector(text[start:end], text[max(0, start - context):start],
                              text[end:end + context])
    return quote, TextPositionSelector(start, end)


def make_excerpt(source_id: str, text: str, start: int, end: int,
                 theme_ids: list[str] | None = None, comment: str = "",
                 excerpt_id: str | None = None) -> Excerpt:
    """A new excerpt of ``text[start:end]``; surrounding whitespace is trimmed off."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}-{end} is outside the text (length {len(text)})")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    quote, position = selectors_for(text, start, end)
    return Excerpt(id=excerpt_id or new_id("ex"), source_id=source_id, quote=quote,
                   position=position, theme_ids=list(theme_ids or []), comment=comment)
