"""A reader of the index file searches while another connection writes it: it sees each
batch once committed, and never shows a source the project no longer has."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.core.source import Source, SourceMeta
from briefer.index import SearchIndex, fts5_compiled

pytestmark = pytest.mark.skipif(not fts5_compiled(), reason="SQLite without FTS5")


def art(source_id: str, text: str) -> Source:
    return Source(id=source_id, text=text, meta=SourceMeta(title=source_id.title()))


def test_the_reader_sees_what_the_writer_commits(tmp_path: Path) -> None:
    writer = SearchIndex(tmp_path / "index.sqlite")
    reader = writer.reader()
    assert reader is not writer
    assert not reader.search("softwood")
    writer.update([art("lumber", "Softwood lumber duties rose again.")])
    reader.refresh()  # counts kept between searches are the writer's to change
    assert [h.source_id for h in reader.search("softwood")] == ["lumber"]


def test_the_reader_hides_sources_the_project_no_longer_has(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite"
    with SearchIndex(path) as old:
        old.update([art("dairy", "Dairy quotas under supply management."),
                    art("steel", "Steel tariffs and supply chains.")])
    writer = SearchIndex(path)
    writer._texts = {"steel": ("Steel", "Steel tariffs and supply chains.")}  # as opened
    reader = writer.reader()
    # before the writer drops the row of the source removed, the reader shows only the other
    assert [h.source_id for h in reader.search("supply")] == ["steel"]


def test_an_index_in_memory_is_its_own_reader() -> None:
    index = SearchIndex(":memory:")
    assert index.reader() is index
