"""Whether SQLite can index here: FTS5 is compiled into most builds, not all."""

from __future__ import annotations

import sqlite3

from briefer.index.lazylog import LazyLog

log = LazyLog(__name__)

_fts5_cache: bool | None = None


def fts5_compiled() -> bool:
    """Whether this Python's SQLite was built with FTS5 (``PRAGMA compile_options``)."""
    global _fts5_cache
    if _fts5_cache is None:
        try:
            conn = sqlite3.connect(":memory:")
            options = {row[0] for row in conn.execute("PRAGMA compile_options")}
            _fts5_cache = "ENABLE_FTS5" in options
            if not _fts5_cache:  # some builds load FTS5 without advertising it
                try:
                    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
                    _fts5_cache = True
                except sqlite3.Error:
                    pass
            conn.close()
        except sqlite3.Error:
            _fts5_cache = False
        if not _fts5_cache:
            log.warning("SQLite has no FTS5 here; searching scans every source (slower)")
    return _fts5_cache
