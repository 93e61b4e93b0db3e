"""Words of a source in the analyst's own text, without a citation.

Copying a sentence from an article into a paragraph of the note and forgetting
to cite it is the mistake a Minister's office must never see: the note would
present a journalist's words as the department's. So the check looks for runs
of a source's words in the note's text blocks: any run of ``RUN_WORDS`` or more
words (case, punctuation, Markdown markers and quotation marks aside) that a
source holds too is named, with the source. Text the analyst put in quotation
marks is left alone (it is visibly a quotation, such as a survey's question);
excerpts are cited by construction.

Only aligned windows of ``WINDOW`` words are looked up, so any run of
``2 * WINDOW - 1`` words is found whatever its alignment. Very large projects
are searched among the sources the note cites (reading every text of a
100,000-article desk at each check would cost seconds).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from briefer.core.note import ProseBlock
from briefer.core.project import Project
from briefer.core.source import Source

WINDOW = 8
RUN_WORDS = 2 * WINDOW - 1  # the shortest run always found
MAX_SEARCHED_CHARS = 2_000_000  # about 300 articles: a tenth of a second at most
_QUOTED = re.compile(r"“[^”]*”|«[^»]*»|\"[^\"]*\"")
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_cache: dict[tuple[str, int, int], str] = {}


@dataclass(frozen=True)
class Copied:
    """Words of ``source_id`` found in a text block of section ``section``."""

    section: str
    block_id: str
    source_id: str
    words: str  # the first window found, as written in the note


def _words(text: str) -> list[str]:
    return [w.replace("’", "'").casefold() for w in _WORD.findall(text)]


def _flat(source: Source) -> str:
    """The source's words, lower-cased, one space apart, with spaces at both ends."""
    key = (source.id, len(source.text), hash(source.text))
    flat = _cache.get(key)
    if flat is None:
        if len(_cache) > 20_000:
            _cache.clear()
        flat = _cache[key] = " " + " ".join(_words(source.text)) + " "
    return flat


def _searched(project: Project) -> list[Source]:
    sources = list(project.sources.values())
    if sum(len(s.text) for s in sources) <= MAX_SEARCHED_CHARS:
        return sources
    cited = {project.excerpts[b.excerpt_id].source_id for b in project.note.excerpt_blocks()
             if b.excerpt_id in project.excerpts}
    return [s for s in sources if s.id in cited]


def find_copied(project: Project) -> list[Copied]:
    """Each text block holding a run of a source's words, with the first source found."""
    found: list[Copied] = []
    corpus: _Corpus | None = None
    for section in project.note.sections:
        for block in section.blocks:
            if not isinstance(block, ProseBlock):
                continue
            words = _words(_QUOTED.sub(" ", block.markdown))
            if len(words) < WINDOW:
                continue
            windows = [" " + " ".join(words[i:i + WINDOW]) + " "
                       for i in range(0, len(words) - WINDOW + 1, WINDOW)]
            if corpus is None:
                corpus = _Corpus(_searched(project))
            for window in windows:
                source_id = corpus.find(window)
                if source_id is not None:
                    found.append(Copied(section.title, block.id, source_id, window.strip()))
                    break
    return found


class _Corpus:
    """Every searched source's words in one string, so a window is one ``find``."""

    def __init__(self, sources: list[Source]) -> None:
        self.ids = [s.id for s in sources]
        flats = [_flat(s) for s in sources]
        self.starts = list(itertools.accumulate((len(f) for f in flats), initial=0))
        self.text = "".join(flats)

    def find(self, window: str) -> str | None:
        at = self.text.find(window)
        if at < 0:
            return None
        return self.ids[bisect.bisect_right(self.starts, at) - 1]
