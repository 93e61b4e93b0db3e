"""What the search index tells the log still reaches it, ``logging`` imported late.

``briefer search`` no longer imports ``logging`` at start (``index.lazylog``); a
damaged index file must still be reported where a user or a bug report finds it.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from briefer.core.source import Source, SourceMeta
from briefer.index import SearchIndex


def test_a_damaged_index_is_reported_and_rebuilt(tmp_path: Path,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "index.sqlite"
    path.write_bytes(b"not a database, " * 512)
    with caplog.at_level(logging.WARNING, logger="briefer.index.fts"), \
            SearchIndex(path) as index:
        index.update([Source("a1", "Tariffs on steel.", SourceMeta(title="Steel"))])
        assert [h.source_id for h in index.search("tariff")] == ["a1"]
    assert any("unreadable" in r.getMessage() and r.name == "briefer.index.fts"
               for r in caplog.records)
