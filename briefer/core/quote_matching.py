"""How an excerpt's words are matched in a text: exactly, by their context, or approximately.

Split from ``anchoring`` (which keeps the public ``anchor``/``reanchor`` and
``locate_quote``) so the matching strategies and their calibrated thresholds
read on their own: among exact occurrences the recorded context picks one
(``best_occurrence``); otherwise ``fuzzy_anchor`` aligns candidate spans and
accepts the best only above the thresholds below.

Why rapidfuzz: its ``fuzz.partial_ratio_alignment`` finds the best window of a
60 KB text for a quote in about a millisecond (bit-parallel C++), which a
pure-Python alignment cannot do; ``distance.Levenshtein`` then scores candidate
spans exactly (character edits, the measure a reader of a misquote cares
about), fast enough to try every nearby start and end and so pick boundaries
that follow the changed words.
"""

from __future__ import annotations

import re

from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein, MatchingBlock

from briefer.core.excerpt import CONTEXT_CHARS, AnchorStatus, TextQuoteSelector

# --- thresholds (percent similarity; calibrated on the sample corpus) ----------
# Chance matches in unrelated news text reach a Levenshtein similarity of about
# 90 for 2-3 word quotes, 85 for 8 words, 60 for 12 and 45 for 20+; a 32
# character context window matches chance text at up to about 85 (stock
# phrases such as "between Canada and the United States" recur).
#
# A context side (prefix or suffix) this similar to the recorded one shows
# the match is in the right place.
CONTEXT_SUPPORT = 90.0
# With that support, a quote must keep this much of its characters (Levenshtein).
MIN_QUOTE_SCORE = 65.0
# Short quotes (a few words) match chance text easily and need more.
SHORT_QUOTE_CHARS = 30
SHORT_QUOTE_WORDS = 4
MIN_SHORT_QUOTE_SCORE = 75.0
# Without support from its context (the passage moved and was edited), only a
# nearly unchanged quote is trusted, a short one never: one sentence of 8 words
# matched a paraphrase in another article at 90.
MIN_UNSUPPORTED_SCORE = 95.0
MIN_UNSUPPORTED_LONG_SCORE = 90.0  # for quotes of LONG_QUOTE_CHARS and more
LONG_QUOTE_CHARS = 100
# Weight of the context in the score of a fuzzy match (a short quote's own
# words say less about where it is, its context more).
CONTEXT_WEIGHT = 0.25
SHORT_CONTEXT_WEIGHT = 0.5
# locate_quote: approximate matches below this are not reported.
MIN_LOCATE_SCORE = 70.0

_BOUNDARY_PENALTY = 0.4  # < 1 edit: only breaks ties between equally good spans
_END_CHARS = 48  # how much of a long quote's ends decides its boundaries
_SEARCH_CHARS = 160  # how much of a long quote's ends is searched for


@dataclass(frozen=True)
class AnchorResult:
    """Where an excerpt is in a text now; start/end are -1 when orphaned."""

    status: AnchorStatus
    start: int
    end: int
    score: float  # 0..100; 100 for the exact words

    @property
    def found(self) -> bool:
        return self.status is not AnchorStatus.ORPHANED


# What anchoring returns when the words are gone.
ORPHANED_RESULT = AnchorResult(AnchorStatus.ORPHANED, -1, -1, 0.0)


def best_occurrence(text: str, quote: TextQuoteSelector, old_start: int) -> int | None:
    """Start of the occurrence of the exact words whose context fits best."""
    exact = quote.exact
    best: tuple[int, int] | None = None
    best_pos: int | None = None
    pos = text.find(exact)
    while pos >= 0:
        context = _context_match(text, pos, pos + len(exact), quote.prefix, quote.suffix)
        distance = abs(pos - old_start) if old_start >= 0 else pos
        key = (-context, distance)
        if best is None or key < best:
            best, best_pos = key, pos
        pos = text.find(exact, pos + 1)
    return best_pos


def _context_match(text: str, start: int, end: int, prefix: str, suffix: str) -> int:
    """How many characters of the recorded prefix and suffix surround ``text[start:end]``."""
    n = 0
    limit = min(len(prefix), start)
    while n < limit and text[start - 1 - n] == prefix[-1 - n]:
        n += 1
    m = 0
    limit = min(len(suffix), len(text) - end)
    while m < limit and text[end + m] == suffix[m]:
        m += 1
    return n + m


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    quote_score: float
    context_scores: tuple[float, ...]  # one per recorded side (prefix, suffix)
    context_weight: float = CONTEXT_WEIGHT

    @property
    def score(self) -> float:
        """Quote and context together (0..100): ranks candidates, reported as the score."""
        if not self.context_scores:
            return self.quote_score
        context = sum(self.context_scores) / len(self.context_scores)
        return (1 - self.context_weight) * self.quote_score + self.context_weight * context

    @property
    def supported(self) -> bool:
        """Whether the recorded context is still beside the match on one side at least."""
        return any(c >= CONTEXT_SUPPORT for c in self.context_scores)


def fuzzy_anchor(quote: TextQuoteSelector, old_start: int, text: str) -> AnchorResult:
    """The best approximate span of ``quote`` in ``text`` (FUZZY), if one is trustworthy."""
    exact, prefix, suffix = quote.exact, quote.prefix, quote.suffix
    n, length = len(text), len(exact)
    # Where might it be? The best windows for the quote with and without its
    # context. A long quote is looked for by its two ends (the search cost
    # grows with the needle): its first part gives where it starts, its last
    # part where it ends, whatever was inserted or cut in between.
    if length <= 2 * _SEARCH_CHARS:
        starts = [guess_at(needle, text, at) for needle, at in _needles(exact, prefix, suffix)]
        guesses = [(st, min(n, st + length)) for st in starts]
    else:
        head, tail = exact[:_SEARCH_CHARS], exact[-_SEARCH_CHARS:]
        starts = [guess_at(needle, text, at) for needle, at in _needles(head, prefix, "")]
        ends = [guess_at(needle, text, at) + _SEARCH_CHARS
                for needle, at in _needles(tail, "", suffix)]
        guesses = [(st, min(n, en)) for st in starts for en in ends if st < en]
        guesses += [(st, min(n, st + length)) for st in starts]
        guesses += [(max(0, en - length), min(n, en)) for en in ends]
    if 0 <= old_start < n:  # edited where it was
        guesses.append((old_start, min(n, old_start + length)))
    best: _Candidate | None = None
    floor = min(MIN_QUOTE_SCORE, MIN_SHORT_QUOTE_SCORE)
    tried: list[tuple[int, int]] = []
    for s0, e0 in guesses:
        if any(abs(s0 - s1) <= 8 and abs(e0 - e1) <= 8 for s1, e1 in tried):
            continue  # the same place again
        tried.append((s0, e0))
        span = refine_span(exact, text, s0, e0, prefix, suffix, floor)
        if span is None:
            continue
        candidate = _score(quote, text, *span)
        if _acceptable(candidate, exact) and (best is None or candidate.score > best.score):
            best = candidate
    if best is None:
        return ORPHANED_RESULT
    return AnchorResult(AnchorStatus.FUZZY, best.start, best.end, round(best.score, 1))


def _needles(piece: str, prefix: str, suffix: str) -> list[tuple[str, int]]:
    """The piece alone and with its context, each with where the piece starts in it."""
    needles = [(piece, 0)]
    if prefix or suffix:
        needles.append((prefix + piece + suffix, len(prefix)))
    return needles


def guess_at(needle: str, text: str, at: int) -> int:
    """Where in ``text`` the character ``needle[at]`` probably is (best window)."""
    alignment = fuzz.partial_ratio_alignment(needle, text)
    if alignment is None:
        return 0
    return max(0, min(len(text), alignment.dest_start - alignment.src_start + at))


def _mid_word(left: str, right: str) -> bool:
    """True when the boundary between ``left`` and ``right`` cuts through a word."""
    return bool(left) and bool(right) and left[-1].isalnum() and right[0].isalnum()


def refine_span(exact: str, text: str, s0: int, e0: int, prefix: str = "",
            suffix: str = "", min_score: float = 0.0) -> tuple[int, int] | None:
    """The span near ``text[s0:e0]`` that best fits ``exact`` between its context.

    A global alignment (longest common subsequence, ``Indel.opcodes``) over a
    window suggests where the quote starts and ends, and bounds how good any
    span there can be: below ``min_score`` none is tried. Then start and end
    are moved in turn to the position with fewest edits. Edits are counted as
    insertions and deletions (Indel): with substitutions at cost 1, a span
    could grow over neighbouring words for free. Where the recorded prefix or
    suffix is still near, it is scored too, so the span stops where the
    context begins. Between equally good spans the longer wins, spans
    starting or ending on white space lose, and a span never cuts a word the
    recorded quote did not cut: so a changed first or last word is covered,
    not half-quoted.
    """
    n, length = len(text), len(exact)
    margin = CONTEXT_CHARS + min(length // 4, _END_CHARS)
    lo, hi = max(0, s0 - margin), min(n, e0 + margin)
    if lo >= hi:
        return None
    window = text[lo:hi]
    # The best span here keeps at most the longest common subsequence of the quote and the
    # window: its length (Indel similarity / 2) comes five times quicker than the alignment
    # itself, which a 50,000-character quote that is gone would compute for every guess.
    if min_score > 0 and Indel.similarity(exact, window) < 2 * length * min_score / 100.0:
        return None  # even the best span here keeps too little of the quote
    runs = Indel.opcodes(exact, window).as_matching_blocks()
    if 100.0 * sum(r.size for r in runs) / length < min_score:
        return None
    every = [r for r in runs if r.size >= min(8, max(3, length // 5))] or [
        r for r in runs if r.size >= 3]
    blocks = _without_strays(every)
    # Where it may start or end: the window guessed, and the ends of the
    # matching runs (with and without runs that look like chance matches).
    s_seeds, e_seeds = [s0], [e0]
    for group in (every, blocks):
        if group:
            s_seeds.append(lo + group[0].b - group[0].a)
            e_seeds.append(lo + group[-1].b + length - group[-1].a)
    s_seeds = [max(0, min(x, n - 1)) for x in s_seeds]
    e_seeds = [max(1, min(x, n)) for x in e_seeds]
    s = s_seeds[-1]
    e = max(s + 1, e_seeds[-1])
    start_mid, end_mid = _mid_word(prefix, exact), _mid_word(exact, suffix)
    first_space, last_space = exact[0].isspace(), exact[-1].isspace()
    lp, ls = len(prefix), len(suffix)
    use_prefix = lp >= 4 and _context_near(prefix, text, min(s_seeds) - lp - 16,
                                           max(s_seeds) + 16)
    use_suffix = ls >= 4 and _context_near(suffix, text, min(e_seeds) - 16,
                                           max(e_seeds) + ls + 16)
    # A long quote's boundaries depend on its ends only: compare its first and
    # last characters up to a matching run inside it, so the cost of each try
    # does not grow with the quote's length. A short one is compared whole.
    head_end = tail_start = None
    if length > 3 * _END_CHARS:
        head_end = next(((max(_END_CHARS, r.a), lo + r.b + max(0, _END_CHARS - r.a))
                         for r in blocks if r.a + r.size > _END_CHARS), None)
        tail_start = next(((min(length - _END_CHARS, r.a + r.size),
                            lo + r.b + min(length - _END_CHARS - r.a, r.size))
                           for r in reversed(blocks) if r.a < length - _END_CHARS), None)
        if (head_end is None or tail_start is None or head_end[0] > 4 * _END_CHARS
                or tail_start[0] < length - 4 * _END_CHARS):
            return None  # no solid run of it near one of its ends: no span to trust

    def start_cost(a: int, x: int, piece: str) -> float:
        c: float = Indel.distance(piece, text[a:x])
        if use_prefix:
            c += Indel.distance(prefix, text[max(0, a - lp):a])
        if a < n and ((text[a].isspace() and not first_space) or (
                not start_mid and a > 0 and text[a - 1].isalnum() and text[a].isalnum())):
            c += _BOUNDARY_PENALTY
        return c

    def end_cost(y: int, b: int, piece: str) -> float:
        c: float = Indel.distance(piece, text[y:b])
        if use_suffix:
            c += Indel.distance(suffix, text[b:b + ls])
        if b > 0 and ((text[b - 1].isspace() and not last_space) or (
                not end_mid and b < n and text[b - 1].isalnum() and text[b].isalnum())):
            c += _BOUNDARY_PENALTY
        return c

    reach = 8 + min(length // 8, 24)
    s_tries = _around(s_seeds, reach)
    e_tries = _around(e_seeds, reach)
    for _ in range(2):
        x, head = (head_end[1], exact[:head_end[0]]) if head_end else (e, exact)
        s = min((a for a in s_tries if 0 <= a < x),
                key=lambda a: (start_cost(a, x, head), a), default=s)
        y, tail = (tail_start[1], exact[tail_start[0]:]) if tail_start else (s, exact)
        e = min((b for b in e_tries if max(y, s) < b <= n),
                key=lambda b: (end_cost(y, b, tail), -b), default=e)
        s_tries, e_tries = _around([s], 8), _around([e], 8)
    if not start_mid:  # whole words only
        while 0 < s < e and text[s - 1].isalnum() and text[s].isalnum():
            s -= 1
    if not end_mid:
        while s < e < n and text[e - 1].isalnum() and text[e].isalnum():
            e += 1
    if not first_space:
        while s < e and text[s].isspace():
            s += 1
    if not last_space:
        while e > s and text[e - 1].isspace():
            e -= 1
    s, e = _keep_end_words(exact, text, s, e)
    return (s, e) if s < e else None


def _keep_end_words(exact: str, text: str, s: int, e: int) -> tuple[int, int]:
    """Put back a first or last word of the quote that the text still has just outside
    the span: counting insertions and deletions, "the" before a changed word can cost
    more to keep than to drop, yet a reader expects the unchanged word quoted."""
    first = re.match(r"\w+\s+", exact)
    if first is not None:
        word = first.group(0).lower()
        before = re.search(r"\w+\s+$", text[max(0, s - len(word) - 8):s])
        if before is not None and before.group(0).lower() == word \
                and text[s:s + len(word)].lower() != word:
            s -= len(before.group(0))
    last = re.search(r"\s+\w+$", exact)
    if last is not None:
        word = last.group(0).lower()
        after = re.match(r"\s+\w+", text[e:e + len(word) + 8])
        if after is not None and after.group(0).lower() == word \
                and text[max(0, e - len(word)):e].lower() != word:
            e += len(after.group(0))
    return s, e


def _around(seeds: list[int], reach: int) -> list[int]:
    """Positions within ``reach`` of any seed, in order."""
    return sorted({p for seed in seeds for p in range(seed - reach, seed + reach + 1)})


def _without_strays(blocks: list[MatchingBlock]) -> list[MatchingBlock]:
    """Matching runs without those at either end that a long gap cuts off from the rest.

    A global alignment pairs the first letters of a quote whose first words
    changed with the same letters wherever they occur before it.
    """
    first, last = 0, len(blocks) - 1

    def stray(run: MatchingBlock, other: MatchingBlock, before: bool) -> bool:
        a, b = (run, other) if before else (other, run)
        text_gap = b.b - (a.b + a.size)
        quote_gap = b.a - (a.a + a.size)
        return text_gap - quote_gap > 2 * run.size

    while first < last and stray(blocks[first], blocks[first + 1], True):
        first += 1
    while last > first and stray(blocks[last], blocks[last - 1], False):
        last -= 1
    return blocks[first:last + 1]


def _context_near(context: str, text: str, lo: int, hi: int) -> bool:
    """Whether the recorded context is (nearly) in ``text[lo:hi]``."""
    return fuzz.partial_ratio(context, text[max(0, lo):max(0, hi)], score_cutoff=75) > 0


def _score(quote: TextQuoteSelector, text: str, start: int, end: int) -> _Candidate:
    quote_score = 100.0 * Levenshtein.normalized_similarity(quote.exact, text[start:end])
    sides: list[float] = []
    if quote.prefix:
        sides.append(fuzz.ratio(quote.prefix, text[max(0, start - len(quote.prefix)):start]))
    if quote.suffix:
        sides.append(fuzz.ratio(quote.suffix, text[end:end + len(quote.suffix)]))
    weight = SHORT_CONTEXT_WEIGHT if _is_short(quote.exact) else CONTEXT_WEIGHT
    return _Candidate(start, end, quote_score, tuple(sides), weight)


def _is_short(exact: str) -> bool:
    return len(exact) < SHORT_QUOTE_CHARS or len(exact.split()) < SHORT_QUOTE_WORDS


def _acceptable(candidate: _Candidate, exact: str) -> bool:
    """Whether an approximate match is trustworthy enough to show (as FUZZY)."""
    q = candidate.quote_score
    short = _is_short(exact)
    if candidate.supported:
        return q >= (MIN_SHORT_QUOTE_SCORE if short else MIN_QUOTE_SCORE)
    if short:
        return False
    return q >= (MIN_UNSUPPORTED_LONG_SCORE if len(exact) >= LONG_QUOTE_CHARS
                 else MIN_UNSUPPORTED_SCORE)

