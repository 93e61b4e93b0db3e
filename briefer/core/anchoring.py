"""Finding an excerpt again after its source changed, and finding the source of a quote.

A misquote in a ministerial note is a serious error, so re-anchoring is
conservative and says how sure it is:

1. **position** — the recorded offsets still hold the exact words: ANCHORED;
2. **exact quote** — the words occur elsewhere; when they occur more than once
   the recorded context (prefix/suffix) picks the occurrence, then the distance
   from the old position: MOVED;
3. **fuzzy** — the best approximate span, scored on the quote *and* its
   context, accepted only above a threshold (stricter for short quotes, which
   must also be backed by their context): FUZZY, flagged for checking;
4. otherwise ORPHANED: the words are gone, and the excerpt says so.

The strategies and their thresholds are in ``quote_matching``; this module
is the public door: ``anchor``, ``reanchor`` (one excerpt), ``reanchor_excerpts``
(a whole project's) and ``locate_quote``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import pairwise

from rapidfuzz.distance import Levenshtein

from briefer.core.excerpt import (
    CONTEXT_CHARS,
    AnchorStatus,
    Excerpt,
    TextPositionSelector,
    TextQuoteSelector,
)
from briefer.core.quote_matching import (
    CONTEXT_SUPPORT,
    CONTEXT_WEIGHT,
    LONG_QUOTE_CHARS,
    MIN_LOCATE_SCORE,
    MIN_QUOTE_SCORE,
    MIN_SHORT_QUOTE_SCORE,
    MIN_UNSUPPORTED_LONG_SCORE,
    MIN_UNSUPPORTED_SCORE,
    ORPHANED_RESULT,
    SHORT_CONTEXT_WEIGHT,
    SHORT_QUOTE_CHARS,
    SHORT_QUOTE_WORDS,
    AnchorResult,
    best_occurrence,
    fuzzy_anchor,
    guess_at,
    refine_span,
)
from briefer.core.project import Project
from briefer.core.source import Source

__all__ = [  # the thresholds are re-exported: they were defined here before
    "CONTEXT_SUPPORT", "CONTEXT_WEIGHT", "LONG_QUOTE_CHARS", "MIN_LOCATE_SCORE",
    "MIN_QUOTE_SCORE", "MIN_SHORT_QUOTE_SCORE", "MIN_UNSUPPORTED_LONG_SCORE",
    "MIN_UNSUPPORTED_SCORE", "SHORT_CONTEXT_WEIGHT", "SHORT_QUOTE_CHARS", "SHORT_QUOTE_WORDS",
    "AnchorResult", "QuoteMatch", "anchor", "locate_quote", "reanchor",
    "reanchor_excerpts", "typography_normalised",
]

# --- re-anchoring --------------------------------------------------------------

def anchor(excerpt: Excerpt, text: str) -> AnchorResult:
    """Find ``excerpt`` in ``text``: position, then exact quote, then fuzzy."""
    quote = excerpt.quote
    exact = quote.exact
    if not exact or not text:
        return ORPHANED_RESULT
    start, end = excerpt.position.start, excerpt.position.end
    if 0 <= start <= end <= len(text) and text[start:end] == exact:
        return AnchorResult(AnchorStatus.ANCHORED, start, end, 100.0)
    found = best_occurrence(text, quote, start)
    if found is not None:
        status = AnchorStatus.ANCHORED if found == start else AnchorStatus.MOVED
        return AnchorResult(status, found, found + len(exact), 100.0)
    return fuzzy_anchor(quote, start, text)


def reanchor(excerpt: Excerpt, text: str) -> Excerpt:
    """A copy of ``excerpt`` with its position and status brought up to date.

    The recorded words (``quote.exact``) never change, so a FUZZY excerpt still
    shows what was quoted and the export can tell the source changed. When the
    exact words are found, the context is refreshed to the text around them
    now; a FUZZY or ORPHANED excerpt keeps its recorded context, and an
    ORPHANED one its old position.
    """
    result = anchor(excerpt, text)
    if result.status is AnchorStatus.ORPHANED:
        return replace(excerpt, status=AnchorStatus.ORPHANED)
    quote = excerpt.quote
    if result.status in (AnchorStatus.ANCHORED, AnchorStatus.MOVED):
        quote = TextQuoteSelector(
            quote.exact,
            text[max(0, result.start - CONTEXT_CHARS):result.start],
            text[result.end:result.end + CONTEXT_CHARS],
        )
    return replace(excerpt, quote=quote,
                   position=TextPositionSelector(result.start, result.end),
                   status=result.status)


def reanchor_excerpts(project: Project, source_ids: set[str] | None = None) -> list[str]:
    """Find every excerpt (or those of ``source_ids``) again in its source's current text,
    in place; returns the ids of those orphaned."""
    orphans: list[str] = []
    for excerpt_id, excerpt in list(project.excerpts.items()):
        if source_ids is not None and excerpt.source_id not in source_ids:
            continue
        source = project.sources.get(excerpt.source_id)
        if source is None:
            excerpt.status = AnchorStatus.ORPHANED
        else:
            project.excerpts[excerpt_id] = excerpt = reanchor(excerpt, source.text)
        if excerpt.status is AnchorStatus.ORPHANED:
            orphans.append(excerpt_id)
    return orphans


# --- finding the source of a quote ------------------------------------------------

@dataclass(frozen=True)
class QuoteMatch:
    """A place in a source where a pasted quote is (``exact``) or nearly is."""

    source_id: str
    start: int
    end: int
    score: float
    exact: bool


_SINGLE_QUOTES = "'‘’‚‛′`´"
_DOUBLE_QUOTES = "\"“”„‟″«»"
_DASHES = "-‐‑‒–—―−"
_SPACES = " \t\n\r\x0b\x0c\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007" \
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
# One character for one character, so offsets in the normalised text are
# offsets in the original.
_TYPOGRAPHY = str.maketrans(
    {**{c: "'" for c in _SINGLE_QUOTES}, **{c: '"' for c in _DOUBLE_QUOTES},
     **{c: "-" for c in _DASHES}, **{c: " " for c in _SPACES}})
_CLASSES = {"'": "[" + re.escape(_SINGLE_QUOTES) + "]",
            '"': "[" + re.escape(_DOUBLE_QUOTES) + "]",
            "-": "[" + re.escape(_DASHES) + "]"}
_WORD = re.compile(r"\w+")


def typography_normalised(text: str) -> str:
    """``text`` with curly quotes, dashes and odd spaces made plain, same length."""
    return text.translate(_TYPOGRAPHY)


def _query(quote: str) -> str:
    q = " ".join(typography_normalised(quote).split())
    return q.strip('" ')


def _quote_pattern(query: str) -> re.Pattern[str]:
    parts = []
    for ch in query:
        if ch == " ":
            parts.append(r"\s+")
        else:
            parts.append(_CLASSES.get(ch) or re.escape(ch))
    return re.compile("".join(parts))


def locate_quote(sources: Iterable[Source], quote: str, limit: int = 5) -> list[QuoteMatch]:
    """The sources and places a pasted quote comes from, best first.

    Quotes, dashes and white space are compared loosely (a straight quote
    matches a curly one, a line break a space); spans are in the original text.
    Exact matches come first (in source order), then approximate ones by score.
    A cheap prefilter (which runs of three words of the quote a text contains)
    keeps this fast over thousands of sources; only the likeliest are aligned.
    """
    query = _query(quote)
    if not query or limit <= 0:
        return []
    pattern = _quote_pattern(query)
    source_list = list(sources)
    exact: list[QuoteMatch] = []
    matched: set[str] = set()
    for source in source_list:
        for m in pattern.finditer(source.text):
            exact.append(QuoteMatch(source.id, m.start(), m.end(), 100.0, True))
            matched.add(source.id)
            if len(exact) >= limit:
                return exact
    rest = [s for s in source_list if s.id not in matched]
    fuzzy = _fuzzy_locate(rest, query, limit - len(exact)) if len(query) >= 8 else []
    return exact + fuzzy


def _probes(query: str, count: int = 8) -> list[str]:
    """Selective pieces of the query for a cheap ``in`` test: its longest word triples.

    Long needles are both rare and quick to search for (the string search skips
    ahead by their length); a changed word spoils at most three of them.
    """
    words = list(_WORD.finditer(query))
    # joined[i]: words i and i+1 are separated by exactly one space
    joined = [query[w.end():v.start()] == " " for w, v in pairwise(words)]
    for size in (3, 2, 1):
        runs = [query[words[i].start():words[i + size - 1].end()]
                for i in range(len(words) - size + 1) if all(joined[i:i + size - 1])]
        if len(runs) >= 2 or (runs and size == 1):
            return sorted(dict.fromkeys(runs), key=len, reverse=True)[:count]
    return [query]


def _fuzzy_locate(sources: list[Source], query: str, limit: int) -> list[QuoteMatch]:
    # The alignment ignores case, so the filter in front of it must not drop a quote
    # pasted in capitals: its pieces are looked for as typed and in lower case (most
    # words of a text are), which costs no copy of the texts.
    typed = _probes(query)
    probes = list(dict.fromkeys([*typed, *(p.lower() for p in typed)]))
    hits: list[tuple[int, int]] = []
    for i, source in enumerate(sources):
        text = source.text
        count = sum(1 for p in probes if p in text)
        if count:
            hits.append((count, i))
    hits.sort(key=lambda h: (-h[0], h[1]))
    matches: list[QuoteMatch] = []
    for _, i in hits[:max(20, 4 * limit)]:
        source = sources[i]
        found = _best_fuzzy_span(query, source.text)
        if found is not None and found[2] >= MIN_LOCATE_SCORE:
            matches.append(QuoteMatch(source.id, found[0], found[1], round(found[2], 1), False))
    matches.sort(key=lambda m: -m.score)
    return matches[:limit]


def _best_fuzzy_span(query: str, text: str) -> tuple[int, int, float] | None:
    """Best approximate span of ``query`` in ``text`` and its similarity (0..100)."""
    plain = typography_normalised(text)
    lowered = plain.lower()
    hay, needle = (lowered, query.lower()) if len(lowered) == len(plain) else (plain, query)
    s0 = guess_at(needle, hay, 0)
    span = refine_span(needle, hay, s0, min(len(hay), s0 + len(needle)), min_score=MIN_LOCATE_SCORE)
    if span is None:
        return None
    start, end = span
    found = " ".join(plain[start:end].split())
    return start, end, 100.0 * Levenshtein.normalized_similarity(query.casefold(),
                                                                  found.casefold())

