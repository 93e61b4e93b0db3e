"""Where a query's terms are in a source's text, as character offsets.

The index tells which sources match, not where; offsets are found here, in
the original text, for the few sources actually shown. Matching follows the
index's rules: tokens compared after folding accents and case, phrases as
consecutive tokens, ``word*`` as a prefix. The Reader uses the spans to
highlight hits and to step through them (F3).
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefer.index.query import Query, Term, fold_char, parse_query

# Snippets are plain text; a match inside is wrapped in these marks, and an
# end cut from the text shows "…". Marks already in the text become “ ”.
MARK_OPEN = "«"
MARK_CLOSE = "»"
ELLIPSIS = "…"

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_END = r"(?![^\W_])"
_GAP = r"[\W_]+"


def fold_with_map(text: str) -> tuple[str, list[int] | None]:
    """Folded text, and for each folded character its index in ``text``.

    The map is None when folding kept every character in place (the usual case).
    """
    lowered = text.lower()
    if text.isascii():
        return lowered, None
    if len(lowered) == len(text):
        changes = {c: fold_char(c) for c in set(_NON_ASCII.findall(lowered))}
        changes = {c: f for c, f in changes.items() if f != c}
        if all(len(f) == 1 for f in changes.values()):
            for char, folded in changes.items():
                lowered = lowered.replace(char, folded)
            return lowered, None
    pieces = [fold_char(c) for c in text]  # rare: a lone accent, or "İ"
    offsets = [i for i, piece in enumerate(pieces) if piece]
    return "".join(pieces), offsets


def _term_pattern(term: Term) -> str:
    body = _GAP.join(re.escape(t) for t in term.tokens)
    # no look-behind at the start: it would stop ``re`` from scanning for the
    # literal quickly; the start of a word is checked in ``FoldedText.find``
    return body + (r"[^\W_]*" if term.prefix else _END)


@lru_cache(maxsize=256)
def _compile(terms: tuple[Term, ...]) -> re.Pattern[str] | None:
    if not terms:
        return None
    # longer terms first, so a phrase wins over a word it starts with
    ordered = sorted(set(terms), key=lambda t: (-len(t.tokens), -sum(map(len, t.tokens))))
    return re.compile("|".join(_term_pattern(t) for t in ordered))


class FoldedText:
    """A text folded once, searched for several terms (offsets map back to the text)."""

    def __init__(self, text: str):
        self.text = text
        self.folded, self._offsets = fold_with_map(text)

    def find(self, terms: tuple[Term, ...]) -> list[tuple[int, int]]:
        """Sorted, non-overlapping spans of any of ``terms``, in original offsets."""
        pattern = _compile(terms)
        if pattern is None:
            return []
        offsets, folded = self._offsets, self.folded
        spans: list[tuple[int, int]] = []
        position = 0
        while True:
            for match in pattern.finditer(folded, position):
                start, end = match.span()
                if start > 0 and folded[start - 1].isalnum():  # inside a word: look further
                    position = start + 1
                    break
                if offsets is not None:
                    start = offsets[start]
                    end = offsets[end] if end < len(offsets) else len(self.text)
                if spans and start < spans[-1][1]:
                    spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
                else:
                    spans.append((start, end))
            else:
                return spans

    def best_span(self, query: Query) -> tuple[int, int] | None:
        """Where to show a hit: all the words in a row if they are, else the rarest term."""
        clauses = query.clauses
        if len(clauses) > 1 and all(len(c) == 1 for c in clauses) \
                and not any(c[0].prefix for c in clauses[:-1]):
            together = Term(tuple(t for c in clauses for t in c[0].tokens), clauses[-1][0].prefix)
            spans = self.find((together,))
            if spans:
                return spans[0]
        best: tuple[int, tuple[int, int]] | None = None
        for term in query.positive_terms():
            spans = self.find((term,))
            if spans and (best is None or len(spans) < best[0]):
                best = (len(spans), spans[0])
        return best[1] if best else None


def spans_for(text: str, query: Query) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans of ``query``'s positive terms in ``text``."""
    if not text:
        return []
    return FoldedText(text).find(tuple(query.positive_terms()))


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Character spans in ``text`` of what ``query`` (as typed by a user) matches.

    Never raises; an empty list when the query holds nothing searchable.
    """
    return spans_for(text, parse_query(query))


def make_snippet(text: str, spans: list[tuple[int, int]], anchor: tuple[int, int] | None = None,
                 before: int = 70, after: int = 130) -> str:
    """A line of context around ``anchor`` (default: the first span), matches wrapped in « »."""
    if anchor is None and spans:
        anchor = spans[0]
    if anchor is None:
        start, end = 0, min(len(text), before + after)
    else:
        start = max(0, anchor[0] - before)
        end = min(len(text), anchor[1] + after)
    if start > 0:  # begin at a word boundary
        space = text.find(" ", start, anchor[0] if anchor else end)
        start = space + 1 if space != -1 else start
    if end < len(text):
        space = text.rfind(" ", anchor[1] if anchor else start, end)
        end = space if space != -1 else end
    pieces = [ELLIPSIS] if start > 0 else []
    cursor = start
    for s, e in _joined(text, spans):
        if s >= end:
            break
        if e <= start:
            continue
        s, e = max(s, start), min(e, end)
        pieces += [_clean(text[cursor:s]), MARK_OPEN, _clean(text[s:e]), MARK_CLOSE]
        cursor = e
    pieces.append(_clean(text[cursor:end]))
    if end < len(text):
        pieces.append(ELLIPSIS)
    return "".join(pieces).strip()


def _joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans separated only by spaces shown as one (« rules of origin », not three)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and text[out[-1][1]:s].isspace():
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


_CLEAN = str.maketrans({"\n": " ", "\t": " ", MARK_OPEN: "“", MARK_CLOSE: "”"})


def _clean(piece: str) -> str:
    return piece.translate(_CLEAN)


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split a snippet into (text, is_match) pieces, e.g. to draw matches in bold."""
    parts: list[tuple[str, bool]] = []
    for i, piece in enumerate(re.split(f"[{MARK_OPEN}{MARK_CLOSE}]", snippet)):
        if piece:
            parts.append((piece, i % 2 == 1))
    return parts
