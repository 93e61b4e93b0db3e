""""Did you mean": a word of the corpus for a query word found nowhere.

Suggestions come from the sources' own vocabulary (the tokens as written,
from the index's ``words`` table through ``fts5vocab``), so a suggestion
always finds something: names ("Lighthizr" -> "lighthizer") and French words
a general dictionary would not know. A candidate is at most two edits away
(one for words of four letters or fewer, where two edits make another word),
shares the first letter (typos rarely hit it, and it lets SQLite read only
one slice of the vocabulary); the closest wins, the most frequent among
equally close ones.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from briefer.index.query import STOP_WORDS, Query, Term, tokens

MAX_EDITS = 2
SHORT_WORD = 4


def edit_distance(a: str, b: str, limit: int = MAX_EDITS) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (char_a != char_b)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def allowed_edits(word: str) -> int:
    return 1 if len(word) <= SHORT_WORD else MAX_EDITS


def best_match(word: str, vocabulary: Iterable[tuple[str, int]]) -> str | None:
    """The closest, then most frequent, ``(term, documents)`` of ``vocabulary`` near ``word``."""
    limit = allowed_edits(word)
    best: tuple[int, int, str] | None = None
    for term, count in vocabulary:
        if term == word or abs(len(term) - len(word)) > limit or not term.isalpha():
            continue
        distance = edit_distance(word, term, limit)
        if distance <= limit:
            key = (distance, -count, term)
            if best is None or key < best:
                best = key
    return best[2] if best else None


def vocabulary_of(texts: Iterable[str], first: str) -> list[tuple[str, int]]:
    """(token, how many texts hold it) for tokens starting with ``first`` (no index)."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update({t for t in tokens(text) if t.startswith(first)})
    return list(counts.items())


def suggestions(query: Query, holds: Callable[[Term], bool],
                vocabulary: Callable[[str], list[tuple[str, int]]]) -> dict[str, str]:
    """Query word -> a corpus word like it, for the words no source holds.

    ``holds(term)``: whether some source matches the term; ``vocabulary(letter)``:
    (word, documents) of the corpus's words starting with that letter.
    """
    out: dict[str, str] = {}
    for clause in query.clauses:
        term = clause[0]
        if term.prefix or len(term.tokens) != 1:
            continue
        word = term.tokens[0]
        if len(word) < 3 or word in STOP_WORDS or holds(term):
            continue
        if (match := best_match(word, vocabulary(word[0]))) is not None:
            out[word] = match
    return out
