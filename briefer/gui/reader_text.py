"""The Reader's text logic, without Qt: the matches of a find, the sentence under a click.

A find in a 5 MB source may match 80,000 times; listing every match (and
drawing each one) cost seconds per key. ``FindMatches`` answers what the find
bar needs straight from the lowered text with ``str`` methods in C: how many
matches, the one after a place, the next and previous, those in the part of
the view on screen. ``SpanMatches`` answers the same questions for the few
spans a search hit brings. The sentence under a triple-click comes from the
same rules as F8 (``core.selection``), read on a window of a long line so a
click in a 1 MB line costs no more than one in a short one. The spans of a
search hit and the header's date and escaping are here too, so the pane
(``reader``) keeps to widgets and state.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from briefer.core.selection import sentence_bounds
from briefer.gui.date_text import format_date as format_date  # the reader imports it here
from briefer.index import match_spans
from briefer.index.french import language_of

Span = tuple[int, int]

SENTENCE_WINDOW = 4000  # characters read on each side of a click in a long line


class SpanMatches:
    """A short sorted list of spans (the hits of a search in this source)."""

    def __init__(self, spans: list[Span]) -> None:
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]

    def __len__(self) -> int:
        return len(self._spans)

    def all(self) -> list[Span]:
        return list(self._spans)

    def after(self, offset: int) -> Span | None:
        """The first span ending after ``offset``, else the first one (the search wraps)."""
        found = next((s for s in self._spans if s[1] > offset), None)
        return found or (self._spans[0] if self._spans else None)

    def ordinal(self, span: Span) -> int:
        return bisect_left(self._spans, span)

    def step(self, span: Span, delta: int) -> Span:
        return self._spans[(self.ordinal(span) + delta) % len(self._spans)]

    def within(self, start: int, end: int, cap: int) -> list[Span]:
        first = max(0, bisect_left(self._starts, start) - 1)
        last = bisect_right(self._starts, end)
        return [s for s in self._spans[first:last] if s[1] > start and s[0] < end][:cap]


class FindMatches:
    """Every occurrence of a query in a text, ignoring case, never listed unless asked.

    ``lowered`` is the text lowered once per source, as long as the text (the
    caller falls back to ``SpanMatches`` when lowering changes a length).
    Matches do not overlap and are counted from the start, as ``str.count``
    counts them.
    """

    def __init__(self, lowered: str, query: str) -> None:
        self._text = lowered
        self._query = query.lower()
        self._count = lowered.count(self._query) if self._query else 0

    def __len__(self) -> int:
        return self._count

    def all(self) -> list[Span]:
        n = len(self._query)
        return [(m.start(), m.start() + n)
                for m in re.finditer(re.escape(self._query), self._text)] if n else []

    def _at(self, start: int) -> Span | None:
        return None if start < 0 else (start, start + len(self._query))

    def after(self, offset: int) -> Span | None:
        if not self._count:
            return None
        return self._at(self._text.find(self._query, max(0, offset - len(self._query) + 1))) \
            or self._at(self._text.find(self._query))

    def ordinal(self, span: Span) -> int:
        return self._text.count(self._query, 0, span[0])

    def step(self, span: Span, delta: int) -> Span:
        text, query = self._text, self._query
        if delta > 0:
            return self._at(text.find(query, span[1])) or self._at(text.find(query)) or span
        return self._at(text.rfind(query, 0, span[0])) or self._at(text.rfind(query)) or span

    def within(self, start: int, end: int, cap: int) -> list[Span]:
        out: list[Span] = []
        n = len(self._query)
        if not n:
            return out
        at = self._text.find(self._query, max(0, start - n + 1), end + n - 1)
        while at >= 0 and len(out) < cap:
            out.append((at, at + n))
            at = self._text.find(self._query, at + n, end + n - 1)
        return out


def _line(text: str, offset: int) -> Span:
    end = text.find("\n", offset)
    return text.rfind("\n", 0, offset) + 1, len(text) if end < 0 else end


def sentence_at(text: str, offset: int) -> Span | None:
    """The sentence (by ``core.selection``'s rules) at ``offset``, or the one after it
    when the offset falls between two sentences; None on a blank line."""
    line_start, line_end = _line(text, offset)
    start = max(line_start, offset - SENTENCE_WINDOW)
    end = min(line_end, offset + SENTENCE_WINDOW)
    while True:
        sentences = sentence_bounds(text[start:end], start)
        found = next((i for i, s in enumerate(sentences) if offset < s[1]), len(sentences) - 1)
        if found < 0:
            return None
        cut_off = (found == 0 and start > line_start) or \
            (found == len(sentences) - 1 and end < line_end)
        if not cut_off:
            return sentences[found]
        start, end = line_start, line_end  # a sentence longer than the window: read the line


def plain_spans(text: str, query: str) -> list[Span]:
    """Every occurrence of ``query`` in ``text``, ignoring case (Ctrl+F)."""
    query = query.strip()
    if not query:
        return []
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def find_spans(text: str, query: str, language: str = "") -> list[Span]:
    """Where a search query's words occur in ``text``, by the search index's rules:
    a French source (``language``, else guessed from the text) by French stems too."""
    if not query.strip():
        return []
    return match_spans(text, query, french=language_of(language, "", text) == "fr")


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
