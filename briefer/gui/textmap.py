"""Map between Python string offsets (code points) and Qt document positions (UTF-16).

The Reader shows a source's exact text, so the two differ only where the text
holds characters outside the Basic Multilingual Plane (emoji, rare scripts),
which take two UTF-16 units in Qt.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # doc position just after each astral character
        self._doc_after = [a + k + 2 for k, a in enumerate(self._astral)]
        self.length = len(text)

    def to_doc(self, offset: int) -> int:
        if not self._astral:
            return offset
        return offset + bisect_left(self._astral, offset)

    def to_source(self, position: int) -> int:
        if not self._astral:
            return position
        return position - bisect_right(self._doc_after, position)


LONG_LINE = 3000  # a line longer than this is shown as several blocks
_BREAK = re.compile(r"[.!?][\"”’»)]* ")


def display_text(text: str, longest: int = LONG_LINE) -> str:
    """The text as the view holds it: the same characters at the same offsets, except that
    in a line longer than ``longest`` some spaces become line breaks.

    QPlainTextEdit lays a block out whole, so a 1 MB source with no line break
    cost 100 ms per PageDown. Breaking after a sentence end (else at any space)
    every ``longest`` characters or fewer keeps each block small; a space and a
    line break are one character each, so no offset moves and ``OffsetMap``
    stays exact. Copy and drag take their words from the source, not the view.
    """
    if len(text) <= longest or not any(len(line) > longest for line in text.split("\n")):
        return text
    chars = list(text)
    line_start = 0
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        at = line_start
        while line_end - at > longest:
            window = text[at + longest // 2:at + longest]
            ends = list(_BREAK.finditer(window))
            cut = ends[-1].end() - 1 if ends else window.rfind(" ")
            if cut < 0:  # no space in the window: leave the line as it is there
                at += longest
                continue
            cut += at + longest // 2
            chars[cut] = "\n"
            at = cut + 1
        line_start = line_end + 1
    return "".join(chars)
