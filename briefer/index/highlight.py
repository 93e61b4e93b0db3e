"""Where a query's terms are in a source's text, as character offsets.

The index tells which sources match, not where; offsets are found here, in
the original text, for the few sources actually shown. Matching follows the
index's rules, so what is highlighted is exactly what the index matched:
tokens compared after folding accents and case; a word matches the words
with the same Porter stem ("tariff" marks "tariffs"; see ``stem``); a phrase
matches such words in a row; ``word*`` matches words starting with it as
written. The Reader uses the spans to highlight hits and to step through
them (F3); the scan fallback uses them to decide what matches.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import OrderedDict
from functools import lru_cache

from briefer.index.french import french_stem
from briefer.index.query import STOP_WORDS, Query, Term, fold_char, parse_query
from briefer.index.stem import stem, stem_root

# Snippets are plain text; a match inside is wrapped in these marks, and an
# end cut from the text shows "…". Marks already in the text become “ ”.
MARK_OPEN = "«"
MARK_CLOSE = "»"
ELLIPSIS = "…"

_ASCII_BYTES = bytes(range(128))
TOKEN_RUN = re.compile(r"[^\W_]+")
_GAP = r"[\W_]+"


def fold_with_map(text: str) -> tuple[str, list[int] | None]:
    """Folded text, and for each folded character its index in ``text``.

    The map is None when folding kept every character in place (the usual case).
    """
    lowered = text.lower()
    if text.isascii():
        return lowered, None
    if len(lowered) == len(text):
        # the characters beyond ASCII: the text's UTF-8 without its ASCII bytes (which
        # are never part of another character) is just them, found in a third of the time
        beyond = lowered.encode("utf-8", "surrogatepass").translate(
            None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
        changes = {c: fold_char(c) for c in set(beyond)}
        changes = {c: f for c, f in changes.items() if f != c}
        if all(len(f) == 1 for f in changes.values()):
            for char, folded in changes.items():
                lowered = lowered.replace(char, folded)
            return lowered, None
    pieces = [fold_char(c) for c in text]  # rare: a lone accent, or "İ"
    offsets = [i for i, piece in enumerate(pieces) if piece]
    return "".join(pieces), offsets


@lru_cache(maxsize=1024)
def _term_plan(term: Term) -> tuple[tuple[str, ...] | None, re.Pattern[str]]:
    """(stem each word must have, or None for a prefix term; candidate pattern).

    A prefix term's pattern is the match itself: its tokens as written, the
    last one possibly longer. A stemmed term's pattern finds candidates, one
    group per word, starting with their stem's root; their stems are checked.
    """
    if term.prefix:
        return None, re.compile(_GAP.join(re.escape(t) for t in term.tokens) + r"[^\W_]*")
    stems = tuple(stem(t) for t in term.tokens)
    words = [f"({re.escape(stem_root(s))}[^\\W_]*)" if stem_root(s) else r"([^\W_]+)"
             for s in stems]
    return stems, re.compile(_GAP.join(words))


class FoldedText:
    """A text folded once, searched for several terms (offsets map back to the text).

    ``french``: the text is a French source's, so a word also matches the words
    with its Snowball French stem, as the index's French table matched them.
    """

    def __init__(self, text: str, french: bool = False):
        self.text = text
        self.french = french
        self.folded, self._offsets = fold_with_map(text)
        self._spans: dict[Term, list[tuple[int, int]]] = {}  # in folded offsets

    def find(self, terms: tuple[Term, ...]) -> list[tuple[int, int]]:
        """Sorted, non-overlapping spans of any of ``terms``, in original offsets.

        Where matches of several terms overlap, one span covers them all.
        """
        found: list[tuple[int, int]] = []
        for term in dict.fromkeys(terms):
            spans = self._spans.get(term)
            if spans is None:
                spans = self._find_term(term)
                if self.french and term.stemmed and len(term.tokens) == 1:
                    spans = sorted(set(spans) | set(self._find_french(term)))
                self._spans[term] = spans
            found += spans
        if not found:
            return []
        found.sort()
        offsets = self._offsets
        merged: list[tuple[int, int]] = []
        for start, end in found:
            if offsets is not None:
                start = offsets[start]
                end = offsets[end] if end < len(offsets) else len(self.text)
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged

    def first(self, term: Term) -> tuple[int, int] | None:
        """The first span of ``term`` (original offsets), reading no further than it.

        The same as ``find((term,))[0]`` for a text that is not French.
        """
        spans = self._spans.get(term)
        found = spans[:1] if spans is not None else self._find_term(term, first=True)
        if not found:
            return None
        start, end = found[0]
        if self._offsets is not None:
            start = self._offsets[start]
            end = self._offsets[end] if end < len(self._offsets) else len(self.text)
        return start, end

    def _find_term(self, term: Term, first: bool = False) -> list[tuple[int, int]]:
        """Spans (folded offsets) of one term: whole words, words in a row (``first``:
        the first one only)."""
        stems, pattern = _term_plan(term)
        folded = self.folded
        spans: list[tuple[int, int]] = []
        if stems is None or len(stems) == 1:
            # a match (one word, or a prefix phrase found as written) never
            # hides another: the next one starts after it. No look-behind in
            # the pattern: it would stop ``re`` from scanning for the literal
            # quickly; the start of a word is checked here.
            wanted = stems[0] if stems else None
            for match in pattern.finditer(folded):
                start = match.start()
                if start > 0 and folded[start - 1].isalnum():  # inside a word
                    if len(term.tokens) > 1:  # a phrase may start in this match's tail
                        more = self._find_slowly(pattern, start + 1, first=first and not spans)
                        return spans[:1] if first and spans else spans + more
                    continue
                if wanted is None or stem(match.group(1)) == wanted:
                    spans.append(match.span())
                    if first:
                        return spans
            return spans
        return self._find_slowly(pattern, 0, stems, term.tokens, first=first)

    def _find_french(self, term: Term) -> list[tuple[int, int]]:
        """Spans (folded offsets) of the words with the term's French stem."""
        wanted = french_stem((term.accents or term.tokens)[0])
        folded, offsets, text = self.folded, self._offsets, self.text
        spans = []
        for match in _french_candidates(wanted[:3]).finditer(folded):
            start, end = match.span()
            if start > 0 and folded[start - 1].isalnum():
                continue
            if offsets is not None:
                word = text[offsets[start]:offsets[end] if end < len(offsets) else len(text)]
            else:
                word = text[start:end]
            if french_stem(word) == wanted:
                spans.append((start, end))
        return spans

    def _find_slowly(self, pattern: re.Pattern[str], position: int,
                     stems: tuple[str, ...] | None = None,
                     exact: tuple[str, ...] = (), first: bool = False
                     ) -> list[tuple[int, int]]:
        """Matches from ``position`` on, looking again after each one that fails
        (``first``: stopping at the first)."""
        folded = self.folded
        spans: list[tuple[int, int]] = []
        search = pattern.search
        while True:
            match = search(folded, position)
            if match is None:
                return spans
            start = match.start()
            if start > 0 and folded[start - 1].isalnum():  # inside a word: look further
                position = start + 1
            elif stems is None or (words := match.groups()) == exact or all(
                    stem(word) == wanted for word, wanted in zip(words, stems, strict=True)):
                spans.append(match.span())
                if first:
                    return spans
                position = match.end()
            else:  # no match can start inside the first word
                position = match.end(1)

    def highlights(self, query: Query) -> list[tuple[int, int]]:
        """The spans to highlight for ``query``: what matches, shown as a reader expects.

        The words of the query in a row are one unit (F3 steps over "rules of
        origin" once, not word by word); a stop word ("of", "is", the "à" of
        "vis-à-vis") is shown only inside such a run, never on its own; a
        word typed with accents marks only the words written with them.
        """
        spans: list[tuple[int, int]] = []
        stops: list[tuple[int, int]] = []
        for term in (*query.positive_terms(), *in_a_row(query)):
            found = self.find((term,))
            if term.accents:
                found = [span for span in found if self._accents_agree(span, term)]
            (stops if is_stop(term) else spans).extend(found)
        spans = _merged(spans)
        if stops and spans:
            starts = {start for start, _ in spans}
            ends = {end for _, end in spans}
            spans = _merged(spans + [(s, e) for s, e in stops
                                     if self._gap_back(s) in ends and self._gap_on(e) in starts])
        return spans

    def _gap_back(self, position: int) -> int:
        """Where the run of spaces and punctuation before ``position`` begins."""
        text = self.text
        while position > 0 and not text[position - 1].isalnum():
            position -= 1
        return position

    def _gap_on(self, position: int) -> int:
        """Where the run of spaces and punctuation from ``position`` ends."""
        text = self.text
        while position < len(text) and not text[position].isalnum():
            position += 1
        return position

    def _accents_agree(self, span: tuple[int, int], term: Term) -> bool:
        """Whether the words at ``span`` carry the accents the user typed in ``term``."""
        written = TOKEN_RUN.findall(unicodedata.normalize("NFC", self.text[span[0]:span[1]])
                                    .lower())
        if len(written) != len(term.accents):
            return True  # not comparable (a folded ligature): keep what the index matched
        for typed, bare, word in zip(term.accents, term.tokens, written, strict=True):
            for i, (char, plain) in enumerate(zip(typed, bare, strict=True)):
                if char != plain and (i >= len(word) or word[i] != char):
                    return False
        return True

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


@lru_cache(maxsize=256)
def _french_candidates(root: str) -> re.Pattern[str]:
    return re.compile(re.escape(root) + r"[^\W_]*")


RECENT_TEXTS = 64  # texts kept folded, with the spans found in them (``folded``)
_recent: OrderedDict[tuple[str, bool], FoldedText] = OrderedDict()
_recent_lock = threading.Lock()


def folded(text: str, french: bool = False) -> FoldedText:
    """``FoldedText(text, french)``, the same one while the text is among the last
    ``RECENT_TEXTS`` searched: the next search (a word more typed, another query over
    the same sources) neither folds it again nor looks again for a term already found
    (folding and finding were two thirds of ranking 30 candidates: 2.5 ms)."""
    key = (text, french)
    with _recent_lock:
        found = _recent.get(key)
        if found is not None:
            _recent.move_to_end(key)
            return found
    found = FoldedText(text, french)
    with _recent_lock:
        _recent[key] = found
        while len(_recent) > RECENT_TEXTS:
            _recent.popitem(last=False)
    return found


def spans_for(text: str, query: Query, french: bool = False) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans to highlight for ``query`` in ``text`` (``highlights``)."""
    if not text:
        return []
    return FoldedText(text, french).highlights(query)


def is_stop(term: Term) -> bool:
    """A lone stop word: never highlighted on its own."""
    return len(term.tokens) == 1 and term.tokens[0] in STOP_WORDS


def in_a_row(query: Query) -> list[Term]:
    """All the query's words as one phrase, when each clause is one word or phrase.

    A clause may also be a word with its prefix form (as typed, or widened):
    the phrase is tried with the words stemmed, then with the last as a prefix.
    A quoted phrase alone is already one.
    """
    clauses = query.clauses
    if len(clauses) < 2 or any(not _single(c) for c in clauses) \
            or any(c[0].prefix for c in clauses[:-1]):
        return []
    words = tuple(t for c in clauses for t in c[0].tokens)
    phrases = [Term(words, clauses[-1][0].prefix)]
    if len(clauses[-1]) == 2:
        phrases.append(Term(words, True))
    return phrases


def _single(clause: tuple[Term, ...]) -> bool:
    """One term, or one word and the same word as a prefix."""
    return len(clause) == 1 or (len(clause) == 2 and clause[1].prefix
                                and clause[0].tokens == clause[1].tokens)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans, overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def match_spans(text: str, query: str, french: bool = False) -> list[tuple[int, int]]:
    """Character spans in ``text`` of what ``query`` (as typed by a user) matches.

    Never raises; an empty list when the query holds nothing searchable.
    """
    return spans_for(text, parse_query(query), french)


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
