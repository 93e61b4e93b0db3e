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
