"""Full-text search over a project's sources (SQLite FTS5, with a scan fallback)."""

from briefer.index.available import fts5_compiled
from briefer.index.fts import SearchIndex
from briefer.index.highlight import MARK_CLOSE, MARK_OPEN, match_spans, snippet_parts
from briefer.index.hits import Hit
from briefer.index.query import parse_query, to_fts
from briefer.index.rank import AMONG, PARTIAL, Results

__all__ = [
    "AMONG",
    "MARK_CLOSE",
    "MARK_OPEN",
    "PARTIAL",
    "Hit",
    "Results",
    "SearchIndex",
    "fts5_compiled",
    "match_spans",
    "parse_query",
    "snippet_parts",
    "to_fts",
]
