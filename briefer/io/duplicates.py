"""Is a new source's text one the project already holds? (the same article as .docx and .html)

Two imports of one article rarely give the same characters: curly or straight
quotes, a non-breaking space, a heading kept by one converter and not the
other, a web page's "Advertisement" or "Share this article" lines. The text
is compared after folding all that away (``fold``: case, accents kept, every
run of punctuation and space made one space), first by a digest of the folded
text, then by its word five-grams: when nine in ten of the shorter text's
five-grams are in the other, and neither is more than twice the other's
length, they are the same text with different page furniture.

Kept cheap: each source is summed up once (its digest, how many five-grams,
and the 24 smallest five-gram hashes, a "bottom-k sketch") and remembered
while its text is unchanged; a new text is compared in full only with the
few sources whose sketch shares hashes with its own.
"""

from __future__ import annotations

import hashlib
import heapq
import re
from collections import Counter
from dataclasses import dataclass

from briefer.core.project import Project
from briefer.core.source import Source

SKETCH = 24  # smallest five-gram hashes kept per text
SHARED = 0.9  # of the shorter text's five-grams found in the other: the same text
MIN_WORDS = 12  # shorter texts are compared by their digest only
_NOT_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """The text with case, punctuation, quotes and spacing folded away."""
    return _NOT_WORD.sub(" ", text.casefold()).strip()


def _grams(words: list[str]) -> set[int]:
    return set(map(hash, zip(words, words[1:], words[2:], words[3:], words[4:],
                             strict=False)))


@dataclass(frozen=True)
class Summary:
    """What a text is compared by (see module notes)."""

    digest: str
    grams: int
    sketch: tuple[int, ...]


def summarise(text: str) -> tuple[Summary, set[int]]:
    folded = fold(text)
    digest = hashlib.blake2b(folded.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    words = folded.split()
    grams = _grams(words) if len(words) >= MIN_WORDS else set()
    return Summary(digest, len(grams), tuple(heapq.nsmallest(SKETCH, grams))), grams


# (source id, hash of its text, its length) -> its summary, for as long as the process runs
_KNOWN: dict[tuple[str, int, int], Summary] = {}


def _summary(source: Source) -> Summary:
    key = (source.id, hash(source.text), len(source.text))
    known = _KNOWN.get(key)
    if known is None:
        known = _KNOWN[key] = summarise(source.text)[0]
    return known


def same_text(a: set[int], b: set[int]) -> bool:
    """Whether two texts' five-grams say they are one text with different furniture."""
    small, large = sorted((len(a), len(b)))
    if not small or small * 2 < large:
        return False
    return len(a & b) >= SHARED * small


class DuplicateFinder:
    """The project's sources, summed up, to find the one a new text repeats."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.by_digest: dict[str, str] = {}
        self.by_hash: dict[int, list[str]] = {}
        for source in project.sources.values():
            self._index(source.id, _summary(source))

    def _index(self, source_id: str, summary: Summary) -> None:
        self.by_digest.setdefault(summary.digest, source_id)
        for value in summary.sketch:
            self.by_hash.setdefault(value, []).append(source_id)

    def add(self, source: Source) -> None:
        """A source just imported: later files of the batch are compared with it too."""
        self._index(source.id, _summary(source))

    def find(self, text: str, besides: str | None = None) -> Source | None:
        """The source already holding ``text`` (not ``besides``: the one it re-imports)."""
        summary, grams = summarise(text)
        sources = self.project.sources
        twin = self.by_digest.get(summary.digest)
        if twin is not None and twin != besides and twin in sources:
            return sources[twin]
        shared = Counter(sid for value in summary.sketch for sid in self.by_hash.get(value, ())
                         if sid != besides and sid in sources)
        for sid, _count in shared.most_common(3):
            other = sources[sid]
            if same_text(grams, _grams(fold(other.text).split())):
                return other
        return None
