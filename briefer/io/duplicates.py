"""Is a new source's text one the project already holds? (the same article as .docx and .html)

Two imports of one article rarely give the same characters: curly or straight
quotes, a non-breaking space, a heading kept by one converter and not the
other, a web page's "Advertisement" or "Share this article" lines. The text
is compared after folding all that away (``fold``: case, accents kept, every
run of punctuation and space made one space), by its word five-grams (a text
of fewer than twelve words: by a digest of it): when nine in ten of the shorter text's
five-grams are in the other, and neither is more than twice the other's
length, they are the same text with different page furniture.

Kept cheap: each source is summed up once (the 24 smallest hashes of the
five-grams of its opening 2,000 characters, a "bottom-k sketch": two copies
of one article share most of their opening words whatever the furniture
around them; a text too short for that, by the digest of its folded text)
and remembered while its text is unchanged; a new text is compared in full
only with the few sources whose sketch shares hashes with its own.

Summing up 10,000 articles reads 63 MB and takes over a second; with the digest
of each text (``FileImporter``'s test of an exact copy) it was two seconds of
every ``briefer import`` into such a project, and of the app's first import. So
each source file's digest and summary are kept in the project's cache folder by
the file's size and time of change (``KnownTexts``), and only a changed or new
file is read again. That is why the sketch's hashes are CRC-32s of the words,
the same in every process, not Python's ``hash``, which differs from one run to
the next (the full comparison, made in one process, still uses it).
"""

from __future__ import annotations

import hashlib
import heapq
import re
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefer.io.sources import SidecarCache

if TYPE_CHECKING:  # the early reader sums texts up without loading the project model
    from briefer.core.project import Project
    from briefer.core.source import Source

SKETCH = 24  # smallest five-gram hashes kept per text
SHARED = 0.9  # of the shorter text's five-grams found in the other: the same text
MIN_WORDS = 12  # shorter texts are compared by their digest only
OPENING = 2000  # characters of a text its sketch is drawn from
GRAMS_KEPT = 64  # texts whose five-grams a finder remembers (a few MB at most)
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
    sketch: tuple[int, ...]


def _sketch(words: list[str]) -> tuple[int, ...]:
    """The ``SKETCH`` smallest CRC-32s of the five-grams (the same in every process)."""
    grams = {zlib.crc32(" ".join(gram).encode("utf-8", "surrogatepass"))
             for gram in zip(words, words[1:], words[2:], words[3:], words[4:], strict=False)}
    return tuple(heapq.nsmallest(SKETCH, grams))


def summarise(text: str) -> Summary:
    words = fold(text[:OPENING]).split()
    if len(words) >= MIN_WORDS:  # the sketch finds it; the full comparison decides
        return Summary("", _sketch(words))
    folded = fold(text).encode("utf-8", "surrogatepass")
    return Summary(hashlib.blake2b(folded, digest_size=16).hexdigest(), ())


def _all_grams(text: str) -> set[int]:
    words = fold(text).split()
    return _grams(words) if len(words) >= MIN_WORDS else set()


FACTS_MAX_CHARS = 200_000  # longer texts' five-grams are left to ``find``, if it needs them


@dataclass(frozen=True)
class Facts:
    """What ``find`` computes of a new text, computed beforehand (by the early reader,
    on the other core): its summary and, for a text of an article's length, its
    five-grams (None: ``find`` works them out if it needs them, which a long text's
    would not repay sending); the texts' ``hash`` values of this process (``seed``
    tells whose they are: a fork's are its parent's)."""

    summary: Summary
    grams: set[int] | None
    seed: int


def hash_seed() -> int:
    """A value that differs between processes whose string hashes differ."""
    return hash("briefer.io.duplicates")


def text_facts(text: str) -> Facts:
    grams = _all_grams(text) if len(text) <= FACTS_MAX_CHARS else None
    return Facts(summarise(text), grams, hash_seed())


def sha1_of(text: str) -> str:
    """The digest by which an exact copy of a source's text is refused (``FileImporter``)."""
    return hashlib.sha1(text.encode()).hexdigest()


# (source id, hash of its text, its length) -> its digest and summary, while the process runs
_KNOWN: dict[tuple[str, int, int], tuple[str, Summary]] = {}


class KnownTexts(SidecarCache):
    """Each source's ``sha1_of`` and ``summarise`` of its text, kept by its file's name,
    size and time of change (in ``CACHE_NAME``, written only for a large project, as the
    sidecar cache is); a source read whole, changed or new is summed up from its text."""

    VERSION = 1
    CACHE_NAME = "duplicates.json"

    @classmethod
    def of_project(cls, project: Project, cache_dir: str) -> KnownTexts:
        path = Path(project.path) / cache_dir / cls.CACHE_NAME if project.path else None
        return cls(path)

    def facts(self, source: Source) -> tuple[str, Summary]:
        """(digest, summary) of ``source``'s text."""
        name, stamp = source.filename, source.file_stamp
        if name and stamp is not None:
            self.seen.add(name)
            kept = _kept(self.entries.get(name), stamp)
            if kept is not None:
                return kept
        text = source.text
        key = (source.id, hash(text), len(text))
        known = _KNOWN.get(key)
        if known is None:
            known = _KNOWN[key] = (sha1_of(text), summarise(text))
        if name and stamp is not None:
            digest, summary = known
            self.entries[name] = [stamp[0], stamp[1],
                                  [digest, summary.digest, list(summary.sketch)]]
            self.changed = True
        return known


def _kept(entry: Any, stamp: tuple[int, int]) -> tuple[str, Summary] | None:
    """A cache entry's facts, if it is one and for the file as it stands."""
    if not (isinstance(entry, list) and len(entry) == 3 and entry[0] == stamp[0]
            and entry[1] == stamp[1]):
        return None
    facts = entry[2]
    if not (isinstance(facts, list) and len(facts) == 3 and isinstance(facts[0], str)
            and isinstance(facts[1], str) and isinstance(facts[2], list)
            and all(isinstance(v, int) for v in facts[2])):
        return None
    return facts[0], Summary(facts[1], tuple(facts[2]))


def same_text(a: set[int], b: set[int]) -> bool:
    """Whether two texts' five-grams say they are one text with different furniture."""
    small, large = sorted((len(a), len(b)))
    if not small or small * 2 < large:
        return False
    return len(a & b) >= SHARED * small


class DuplicateFinder:
    """The project's sources, summed up, to find the one a new text repeats."""

    def __init__(self, project: Project, known: KnownTexts | None = None) -> None:
        self.project = project
        self.known = known or KnownTexts()
        self.by_digest: dict[str, str] = {}
        self.by_hash: dict[int, list[str]] = {}
        # the five-grams of texts compared in full, by (hash, length) of the text: the
        # files of one batch are compared with the same few sources again and again
        self._grams: dict[tuple[int, int], set[int]] = {}
        self._found: tuple[tuple[int, int], Summary | None] = ((0, -1), None)
        for source in project.sources.values():
            self._index(source.id, self.known.facts(source)[1])

    def _all_grams(self, text: str) -> set[int]:
        key = (hash(text), len(text))
        grams = self._grams.get(key)
        if grams is None:
            if len(self._grams) >= GRAMS_KEPT:
                self._grams.clear()
            grams = self._grams[key] = _all_grams(text)
        return grams

    def _index(self, source_id: str, summary: Summary) -> None:
        if summary.digest:
            self.by_digest.setdefault(summary.digest, source_id)
        for value in summary.sketch:
            self.by_hash.setdefault(value, []).append(source_id)

    def add(self, source: Source) -> None:
        """A source just imported: later files of the batch are compared with it too."""
        key = (source.id, hash(source.text), len(source.text))
        found_key, found = self._found
        if found is not None and key not in _KNOWN and found_key == key[1:]:
            _KNOWN[key] = (sha1_of(source.text), found)  # summed up by ``find`` just before
        self._index(source.id, self.known.facts(source)[1])

    def find(self, text: str, besides: str | None = None,
             facts: Facts | None = None) -> Source | None:
        """The source already holding ``text`` (not ``besides``: the one it re-imports).
        ``facts``: ``text_facts(text)`` if already known (ignored from another process)."""
        key = (hash(text), len(text))
        if facts is not None and facts.seed == hash_seed():
            summary = facts.summary
            if facts.grams is not None and key not in self._grams:
                if len(self._grams) >= GRAMS_KEPT:
                    self._grams.clear()
                self._grams[key] = facts.grams
        else:
            summary = summarise(text)
        self._found = (key, summary)  # ``add`` takes it as it is
        sources = self.project.sources
        twin = self.by_digest.get(summary.digest) if summary.digest else None
        if twin is not None and twin != besides and twin in sources:
            return sources[twin]
        shared = Counter(sid for value in summary.sketch for sid in self.by_hash.get(value, ())
                         if sid != besides and sid in sources)
        grams = self._all_grams(text) if shared else set()
        for sid, _count in shared.most_common(3):
            other = sources[sid]
            if same_text(grams, self._all_grams(other.text)):
                return other
        return None
