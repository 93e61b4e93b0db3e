"""A search result, with the offsets the Reader needs to show it."""

from __future__ import annotations

from collections.abc import Callable

from briefer.index.highlight import FoldedText, is_stop, make_snippet
from briefer.index.query import Query, Term

Spans = tuple[tuple[int, int], ...]

# make_snippet's reach around the match, and how much more text is read around it
# so that a phrase running over the snippet's edge is still found whole
BEFORE, AFTER, MARGIN = 70, 130, 200
CHUNK = 4096  # the first match is looked for this many characters at a time


class Hit:
    """One matching source.

    ``start``/``end`` are the character offsets of the match to show first in
    the source's text: all the query's words in a row if they occur so, else
    the words closest together, else the first match of its rarest term (both
    0 when only the title matched); ``matches`` holds every match span in that
    text, for highlighting and stepping. ``snippet`` is
    plain text around the first match with matches wrapped in « » (see
    ``highlight.snippet_parts``). ``score``: higher is better (negated bm25).

    Immutable and equal by its fields but ``found`` (what a frozen dataclass
    gives, written out: ``dataclasses`` is 4 ms of ``briefer search``'s start).
    """

    __slots__ = ("end", "found", "score", "snippet", "source_id", "start", "title")
    source_id: str
    title: str
    start: int
    end: int
    snippet: str
    score: float
    found: Spans | Callable[[], Spans]

    def __init__(self, source_id: str, title: str, start: int, end: int, snippet: str,
                 score: float, found: Spans | Callable[[], Spans] = ()):
        for name, value in (("source_id", source_id), ("title", title), ("start", start),
                            ("end", end), ("snippet", snippet), ("score", score),
                            ("found", found)):
            object.__setattr__(self, name, value)

    def _values(self) -> tuple[object, ...]:
        return (self.source_id, self.title, self.start, self.end, self.snippet, self.score)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Hit is immutable")

    def __eq__(self, other: object) -> bool:
        if type(other) is not Hit:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:  # copied, pickled
        return (Hit, (*self._values(), self.matches))

    def __repr__(self) -> str:
        return (f"Hit(source_id={self.source_id!r}, title={self.title!r}, start={self.start!r}, "
                f"end={self.end!r}, snippet={self.snippet!r}, score={self.score!r})")

    @property
    def matches(self) -> Spans:
        """Every match span in the source's text (see the class notes)."""
        if callable(self.found):
            object.__setattr__(self, "found", self.found())
        assert not callable(self.found)
        return self.found


def make_hit(source_id: str, title: str, text: str, query: Query, score: float,
             folded: FoldedText | None = None, anchor: tuple[int, int] | None = None,
             french: bool = False) -> Hit:
    """The hit for one source; ``folded`` and ``anchor`` when ranking already found them.

    A query of one word, phrase or prefix needs only its first match: the
    snippet is built from the text around it, and every match is found only if
    the hit's ``matches`` are asked for. Others read the whole text, as
    ranking them did anyway.
    """
    if folded is None and anchor is None:
        window = _first_match_window(text, query, french)
        if window is not None:
            anchor, start, spans = window
            return Hit(source_id, title, *(anchor or (0, 0)),
                       make_snippet(text, spans, anchor, BEFORE, AFTER), score,
                       lambda: tuple(FoldedText(text, french).highlights(query)))
        folded = FoldedText(text, french)
    folded = folded or FoldedText(text, french)
    spans = folded.highlights(query)
    if anchor is None:
        anchor = folded.best_span(query) if spans else None
    start, end = anchor or (0, 0)
    return Hit(source_id, title, start, end, make_snippet(text, spans, anchor, BEFORE, AFTER),
               score, tuple(spans))


def _first_match_window(text: str, query: Query, french: bool
                        ) -> tuple[tuple[int, int] | None, int, list[tuple[int, int]]] | None:
    """(anchor, where the window starts, the spans in it) for a one-term query, else None.

    The anchor is the term's first match (what ``best_span`` gives for one
    term); the spans are those ``highlights`` finds in the text around it,
    which is cut at word boundaries so that no word is read in half.
    """
    terms = query.positive_terms()
    if len(terms) != 1 or french or terms[0].accents or is_stop(terms[0]):
        return None
    first = _first(text, terms[0])
    if first is None:
        return None, 0, []
    start = max(0, first[0] - BEFORE - MARGIN)
    end = min(len(text), first[1] + AFTER + MARGIN)
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    spans = [(s + start, e + start) for s, e in FoldedText(text[start:end]).highlights(query)]
    return first, start, spans


def _first(text: str, term: Term) -> tuple[int, int] | None:
    """The first span of ``term`` in ``text``, folding no more of it than it must.

    Folding a long text costs more than finding a word in it, and the first
    match is usually near the top: the text is read a chunk at a time, each
    cut at a word boundary and read on by ``MARGIN`` characters so that a
    match starting in it is found whole.
    """
    position = 0
    while position < len(text):
        end = _word_end(text, position + CHUNK)
        found = FoldedText(text[position:_word_end(text, end + MARGIN)]).first(term)
        if found is not None and found[0] + position < end:
            return found[0] + position, found[1] + position
        position = end
    return None


def _word_end(text: str, position: int) -> int:
    """``position`` moved on to the end of the word it falls in (at most the text's end)."""
    while position < len(text) and text[position].isalnum():
        position += 1
    return min(position, len(text))
