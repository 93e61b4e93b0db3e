"""Ordering candidates the way an analyst reads them: the phrase, then words close together.

bm25 counts words; it cannot tell "Canada is continuing to defend" written in
a row from the same five words scattered over a page. The index hands over
its best ``pool_size`` candidates by bm25; here each is re-ordered by where
the words are (the spans the highlighter finds anyway, so nothing is matched
twice): first the sources holding the query's words in a row, then those
holding them within a few lines, then the rest, bm25 deciding within each
group. When no source holds every word (``partial``), sources holding more
of the words come first.

A query of one clause (one word, one quoted phrase) keeps bm25's order:
closeness means nothing for it, and re-ordering would only cost time.
"""

from __future__ import annotations

from collections.abc import Collection

from briefer.core.messages import Message
from briefer.index.highlight import FoldedText, folded, in_a_row
from briefer.index.hits import Hit, make_hit
from briefer.index.query import STOP_WORDS, Query, Term

# words whose matches fit in this many characters are "close together"
# (about two lines of a news article)
NEAR_CHARS = 120
POOL_EXTRA = 10  # candidates re-ordered beyond those shown
PAGE = 30  # the hits the Search pane shows
# the best bm25 candidates re-ordered by closeness, whatever the number of hits asked;
# any further hits follow in bm25's order (see ``pool_size``)
REORDERED = 10 + POOL_EXTRA
PARTIAL = Message("No source has all the words; showing sources with most of them.")
PARTIAL_MESSAGE = PARTIAL.template
AMONG = ("Too many sources match to rank them all: these are the best of the {count:,} "
         "most recently added.")  # a template: ``Message(AMONG, count=results.among)``
DID_YOU_MEAN = "Did you mean “{query}”?"


class Results(list[Hit]):
    """Hits, best first, with what the search had to do to find them.

    ``partial``: no source has every word; these have most of them (the GUI
    and CLI say so). ``suggestions``: for query words found nowhere, a word of
    the corpus that looks like a typo's intended word ("tarif" -> "tariffs").
    ``among``: so many sources matched that only the most recently added
    ``among`` were ranked (0: every match was; the GUI and CLI say so).
    """

    partial: bool = False
    suggestions: dict[str, str]
    among: int = 0

    def __init__(self, hits: list[Hit] | None = None, *, partial: bool = False,
                 suggestions: dict[str, str] | None = None, among: int = 0):
        super().__init__(hits or [])
        self.partial = partial
        self.suggestions = dict(suggestions or {})
        self.among = among

    def did_you_mean(self, query: str) -> Message | None:
        """"Did you mean …?" with ``query``'s unknown words replaced, if any has a suggestion."""
        better = self.suggested_query(query)
        return Message(DID_YOU_MEAN, query=better) if better else None

    def suggested_query(self, query: str) -> str:
        """``query`` with each unknown word replaced by its suggestion ("" if none)."""
        if not self.suggestions:
            return ""
        out = []
        for word in query.split():
            key = word.strip('"*-').lower()
            replacement = self.suggestions.get(key)
            out.append(word.replace(word.strip('"*-'), replacement) if replacement else word)
        return " ".join(out)


def pool_size(query: Query, limit: int) -> int:
    """How many bm25 candidates to fetch: at least the ``REORDERED`` that closeness may
    re-order, for a query of more than one clause.

    The same candidates are re-ordered for any ``limit``, so that asking for more hits
    only adds hits after the first: ``briefer search``'s ten (unless told) are the
    Search pane's first ten of its ``PAGE`` ("Section 232 steel", 10,000 articles, were
    not when each re-ordered its own number). Re-ordering more candidates for the pane
    made every query of several words slower by a sixth, for hits below the tenth."""
    return max(limit, REORDERED) if len(query.clauses) > 1 else limit


class _Place:
    """A candidate's sort key (bigger is better: ``key``, then ``order``) and what it
    needs to become a hit."""

    __slots__ = ("anchor", "folded", "key", "order", "score", "source_id", "text", "title")

    def __init__(self, key: tuple[float, ...], order: int, source_id: str, title: str,
                 text: str, score: float, folded: FoldedText | None = None,
                 anchor: tuple[int, int] | None = None):
        self.key, self.order, self.source_id, self.title = key, order, source_id, title
        self.text, self.score, self.folded, self.anchor = text, score, folded, anchor

    def __lt__(self, other: _Place) -> bool:
        return (self.key, self.order) < (other.key, other.order)


def closest(spans: list[list[tuple[int, int]]]) -> tuple[int, int] | None:
    """The shortest stretch of text holding one span of each list (None if one is empty)."""
    if not spans or any(not s for s in spans):
        return None
    events = sorted((start, end, which) for which, found in enumerate(spans)
                    for start, end in found)
    need = len(spans)
    counts = [0] * need
    have = 0
    best: tuple[int, int] | None = None
    left = 0
    for _, end, which in events:
        counts[which] += 1
        if counts[which] == 1:
            have += 1
        while have == need:
            l_start, _, l_which = events[left]
            span = (l_start, end)
            if best is None or span[1] - span[0] < best[1] - best[0]:
                best = span
            counts[l_which] -= 1
            if counts[l_which] == 0:
                have -= 1
            left += 1
    if best is not None:  # the stretch ends where its last word ends
        ends = [e for s, e, _ in events if best[0] <= s <= best[1]]
        best = (best[0], max(ends))
    return best


def _is_stop(clause: tuple[Term, ...]) -> bool:
    return all(len(t.tokens) == 1 and t.tokens[0] in STOP_WORDS for t in clause)


def _place(order: int, source_id: str, title: str, text: str, score: float,
           query: Query, phrases: list[Term], french: bool, partial: bool) -> _Place:
    body = folded(text, french)
    per_clause = [body.find(clause) for clause in query.clauses]
    matched = 0  # how many clauses it holds: all of them unless the result is partial
    if partial:
        head = FoldedText(title, french) if title else None
        matched = sum(1 for found, clause in zip(per_clause, query.clauses, strict=True)
                      if found or (head is not None and head.find(clause)))
    anchor = None
    closeness = 0.0
    # "is" and "to" are everywhere: closeness is that of the words that say something
    telling = [found for found, clause in zip(per_clause, query.clauses, strict=True)
               if found and not _is_stop(clause)] or [found for found in per_clause if found]
    row = next((found for p in phrases if (found := body.find((p,)))), None)
    if row:
        anchor, closeness = row[0], 2.0
    else:
        window = closest(telling)
        if window is not None and len(telling) > 1:
            anchor = window
            closeness = 1.0 if window[1] - window[0] <= NEAR_CHARS else 0.0
    key = (float(matched), closeness, score)
    return _Place(key, -order, source_id, title, text, score, body, anchor)


def rerank(candidates: list[tuple[str, str, str, float]], query: Query, limit: int,
           *, partial: bool = False, french: Collection[str] = ()) -> list[Hit]:
    """Hits for the best ``limit`` of (source id, title, text, bm25 score) candidates, best
    bm25 first: the first ``REORDERED`` by closeness, any after them as bm25 has them;
    ``french``: the ids of French sources (matched and highlighted by French stems too)."""
    if len(query.clauses) < 2:
        return [make_hit(sid, title, text, query, score, french=sid in french)
                for sid, title, text, score in candidates[:limit]]
    phrases = in_a_row(query)
    places = [_place(i, sid, title, text, score, query, phrases, sid in french, partial)
              for i, (sid, title, text, score) in enumerate(candidates[:REORDERED])]
    places.sort(reverse=True)
    hits = [make_hit(p.source_id, p.title, p.text, query, p.score, p.folded, p.anchor)
            for p in places[:limit]]
    return hits + [make_hit(sid, title, text, query, score, french=sid in french)
                   for sid, title, text, score in candidates[REORDERED:limit]]
