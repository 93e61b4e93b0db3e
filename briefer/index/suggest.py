""""Did you mean": a word of the corpus for a query word found nowhere.

Suggestions come from the sources' own vocabulary (the tokens as written,
from the index's ``words`` table through ``fts5vocab``), so a suggestion
always finds something: names ("Lighthizr" -> "lighthizer") and French words
a general dictionary would not know. A candidate is at most two edits away
(one for words of four letters or fewer, where two edits make another word),
shares the first letter, or two of a longer word (typos rarely hit them, and
SQLite then reads one thin slice of the vocabulary); the closest wins, the most frequent among
equally close ones.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from briefer.index.query import STOP_WORDS, Query, Term, tokens

MAX_EDITS = 2
SHORT_WORD = 4
KEPT_LETTERS = 2  # a longer word's typo is rarely in its first two letters


def edit_distance(a: str, b: str, limit: int = MAX_EDITS) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it exceeds ``limit``.

    Only the diagonal band ``limit`` wide is computed (cells outside it are
    already over the limit), so a check costs a few operations per letter:
    hundreds of candidates are checked per unknown word.
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    over = limit + 1
    previous = {j: j for j in range(min(len(b), limit) + 1)}
    for i in range(1, len(a) + 1):
        char = a[i - 1]
        current: dict[int, int] = {}
        for j in range(max(0, i - limit), min(len(b), i + limit) + 1):
            if j == 0:
                current[0] = i
                continue
            cost = previous.get(j - 1, over) + (char != b[j - 1])
            cost = min(cost, previous.get(j, over) + 1, current.get(j - 1, over) + 1)
            current[j] = cost
        if min(current.values()) > limit:
            return over
        previous = current
    return min(previous.get(len(b), over), over)


def allowed_edits(word: str) -> int:
    return 1 if len(word) <= SHORT_WORD else MAX_EDITS


def best_match(word: str, vocabulary: Iterable[tuple[str, int]]) -> str | None:
    """The closest, then most frequent, ``(term, documents)`` of ``vocabulary`` near ``word``."""
    limit = allowed_edits(word)
    letters = set(word)
    best: tuple[int, int, str] | None = None
    for term, count in vocabulary:
        # an edit changes at most two letters of the set of letters used: a cheap
        # test that spares most candidates the full comparison
        if term == word or abs(len(term) - len(word)) > limit or not term.isalpha() \
                or len(letters.symmetric_difference(term)) > 2 * limit:
            continue
        distance = edit_distance(word, term, limit)
        if distance <= limit:
            key = (distance, -count, term)
            if best is None or key < best:
                best = key
    return best[2] if best else None


def vocabulary_of(texts: Iterable[str], start: str, shortest: int,
                  longest: int) -> list[tuple[str, int]]:
    """(token, how many texts hold it) for tokens like those ``SearchIndex`` reads
    from its vocabulary table: beginning with ``start``, of a length in range."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update({t for t in tokens(text)
                       if t.startswith(start) and shortest <= len(t) <= longest})
    return list(counts.items())


def suggestions(query: Query, holds: Callable[[Term], bool],
                vocabulary: Callable[[str, int, int], list[tuple[str, int]]]
                ) -> dict[str, str]:
    """Query word -> a corpus word like it, for the words no source holds.

    ``holds(term)``: whether some source matches the term; ``vocabulary(start,
    shortest, longest)``: (word, documents) of the corpus's words beginning with
    ``start``, of such lengths.
    """
    out: dict[str, str] = {}
    for clause in query.clauses:
        term = clause[0]
        if term.prefix or len(term.tokens) != 1:
            continue
        word = term.tokens[0]
        if len(word) < 3 or word in STOP_WORDS or holds(term):
            continue
        edits = allowed_edits(word)
        found = vocabulary(word[:KEPT_LETTERS] if len(word) > SHORT_WORD else word[:1],
                           len(word) - edits, len(word) + edits)
        if (match := best_match(word, found)) is not None:
            out[word] = match
    return out
