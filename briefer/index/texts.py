"""The texts of a project's sources as the index needs them: read when asked for.

A large project's texts are read from disk only when first needed (the sources
are lazy); an index opened on the project must not read them all before it can
search (100,000 articles: 650 MB, a quarter of a minute), nor keep what it read:
a text not in memory is read again when asked for (``Source.peek_text``), so
memory follows what is shown, not what was searched. Hits need the texts of a
few sources; the scan without FTS5 reads them all, as it must.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

TYPE_CHECKING = False  # as typing's: ``briefer search`` starts without importing typing
if TYPE_CHECKING:
    from briefer.core.source import Source


class SourceTexts(Mapping[str, tuple[str, str]]):
    """source id -> (title, text) of the sources given, each text read at first use."""

    def __init__(self, sources: Mapping[str, Source]) -> None:
        self._sources = dict(sources)  # a snapshot: the project's dict may change meanwhile

    def source(self, source_id: str) -> Source:
        return self._sources[source_id]

    def __getitem__(self, source_id: str) -> tuple[str, str]:
        source = self._sources[source_id]
        return source.display_title, source.peek_text()

    def __contains__(self, source_id: object) -> bool:
        return source_id in self._sources

    def __iter__(self) -> Iterator[str]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)
