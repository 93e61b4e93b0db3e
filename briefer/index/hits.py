"""A search result, with the offsets the Reader needs to show it."""

from __future__ import annotations

from dataclasses import dataclass

from briefer.index.highlight import FoldedText, make_snippet
from briefer.index.query import Query


@dataclass(frozen=True)
class Hit:
    """One matching source.

    ``start``/``end`` are the character offsets of the match to show first in
    the source's text: all the query's words in a row if they occur so, else
    the words closest together, else the first match of its rarest term (both
    0 when only the title matched); ``matches`` holds every match span in that
    text, for highlighting and stepping. ``snippet`` is
    plain text around the first match with matches wrapped in « » (see
    ``highlight.snippet_parts``). ``score``: higher is better (negated bm25).
    """

    source_id: str
    title: str
    start: int
    end: int
    snippet: str
    score: float
    matches: tuple[tuple[int, int], ...] = ()


def make_hit(source_id: str, title: str, text: str, query: Query, score: float,
             folded: FoldedText | None = None, anchor: tuple[int, int] | None = None) -> Hit:
    """The hit for one source; ``folded`` and ``anchor`` when ranking already found them."""
    folded = folded or FoldedText(text)
    spans = folded.highlights(query)
    if anchor is None:
        anchor = folded.best_span(query) if spans else None
    start, end = anchor or (0, 0)
    return Hit(source_id, title, start, end, make_snippet(text, spans, anchor), score,
               tuple(spans))
