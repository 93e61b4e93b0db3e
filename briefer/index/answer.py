"""The steps of one search, whatever answers its terms: the embedded FTS5 index
(``fts.SearchIndex``) or a team server's text search (``briefer.db.search``).

An analyst expects the same answer from both: sources holding every word as typed;
failing that, each word also as a prefix ("auto" finds "automotive"); failing that, the
sources holding most of the words, flagged ``partial``; and for words found nowhere, a
word of the corpus like it ("did you mean"). The candidates are re-ordered by where the
words are (``rank.rerank``). Each store gives only how it finds candidates, which of them
are French, and how it suggests; the order of the steps has this one owner.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from briefer.index.query import Query, any_of, widened
from briefer.index.rank import Results, pool_size, rerank

Candidate = tuple[str, str, str, float]  # source id, title, text, score (higher is better)
Candidates = Callable[[Query, int], list[Candidate]]  # the best n matches of a query


def answer(query: Query, limit: int, candidates: Candidates,
           suggest: Callable[[Query], dict[str, str]],
           french: Callable[[list[str]], Collection[str]] = lambda _ids: (),
           among: Callable[[], int] = lambda: 0) -> Results:
    """The best ``limit`` hits for ``query`` (see module notes). ``french(ids)``: which of
    these source ids are French sources; ``among()``: how many sources the last
    candidates were ranked among when too many matched (0: all were)."""
    if not query or limit <= 0:
        return Results()
    wide = widened(query)
    attempts = [(query, False)]
    if wide != query:
        attempts.append((wide, False))
    if len(wide.clauses) > 1:
        attempts.append((wide, True))
    found: list[Candidate] = []
    as_written = True
    attempt, partial = attempts[0]
    for attempt, partial in attempts:
        found = candidates(any_of(attempt) if partial else attempt,
                           pool_size(attempt, limit))
        if found:
            break
        as_written = False
    # only a query that did not match as written can hold an unknown word
    suggestions = {} if as_written and found else suggest(query)
    in_french = french([sid for sid, *_ in found])
    return Results(rerank(found, attempt, limit, partial=partial, french=in_french),
                   partial=partial and bool(found), suggestions=suggestions,
                   among=among() if found else 0)
