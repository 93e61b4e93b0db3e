"""Sentences and the selection that grows by them: word, sentence, paragraph.

Picking a quotation by keyboard meant dozens of Ctrl+Shift+Right presses; a
word processor grows the selection instead (F8 in Word: the word, then the
sentence, then the paragraph). Sentence ends are read as an editor reads them:
a stop, then a capital — but not after an abbreviation ("U.S.", "Mr.", "No. 4")
— and a closing quotation mark or bracket stays with its sentence. The same
reading cuts the news into passages for the evidence finder (``core.evidence``).
"""

from __future__ import annotations

import itertools
import re

# After ".", "!" or "?" (and any closing marks), space, then what may open a sentence.
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’»)]*\s+(?=[\"“‘«(]?[A-Z0-9À-Ý])")
# Text ending so is an abbreviation, not a sentence: "U.S.", "Mr.", "No.", "Inc."
ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Ms|Mrs|Dr|St|Jr|Sr|No|Nos|Gen|Sen|Rep|Hon|Prof|Inc|Ltd|"
    r"Co|Corp|vs|etc|approx|Mme|Mlle|art|p|pp|para)\.)$")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def sentence_bounds(line: str, base: int = 0) -> list[tuple[int, int]]:
    """The sentences of one line of text, as (start, end) offsets (plus ``base``),
    spaces between them left out."""
    # the abbreviation test reads the few characters before the stop only (an abbreviation
    # is short): reading the whole line before it made a long line quadratic
    cuts = [0] + [m.end() for m in SENTENCE_END.finditer(line)
                  if not ABBREVIATION.search(line, max(0, m.start() - 16), m.start())] \
        + [len(line)]
    out = []
    for a, b in itertools.pairwise(cuts):
        while a < b and line[a].isspace():
            a += 1
        while b > a and line[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((base + a, base + b))
    return out


def _line(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """The lines around [start, end) up to a blank line (a paragraph of the source)."""
    a, _ = _line(text, start)
    _, b = _line(text, max(start, end - 1) if end > start else start)
    while a > 0:
        prev, _ = _line(text, a - 1)
        if not text[prev:a - 1].strip():
            break
        a = prev
    while b < len(text):
        _, nxt = _line(text, b + 1)
        if not text[b + 1:nxt].strip():
            break
        b = nxt
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def grow(text: str, start: int, end: int) -> tuple[int, int]:
    """The next larger unit around [start, end): its word, then the sentence(s) it
    touches, then its paragraph; the same span when it is a whole paragraph already."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    if start > end:
        start, end = end, start
    for match in _WORD.finditer(text, max(0, start - 100), min(len(text), end + 100)):
        if match.start() <= start and end <= match.end() and (start, end) != match.span():
            return match.span()
    line_start, line_end = _line(text, start)
    if end <= line_end:
        sentences = [s for s in sentence_bounds(text[line_start:line_end], line_start)
                     if s[0] < max(end, start + 1) and start < s[1]]
        if sentences:
            span = (min(start, sentences[0][0]), max(end, sentences[-1][1]))
            if span != (start, end):
                return span
    return _paragraph(text, start, end)
