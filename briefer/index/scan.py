"""Searching without an index: the fallback when SQLite lacks FTS5.

Slower (every source is read on every search) but it answers the same
queries with the same matching rules (stems, prefixes, phrases, folding),
ranked by a simple weighted count.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Mapping

from briefer.index.highlight import FoldedText
from briefer.index.query import Query

TITLE_WEIGHT = 5.0


def scan_search(docs: Mapping[str, tuple[str, str]], query: Query, limit: int,
                cancel: Callable[[], bool] | None = None,
                french: Collection[str] = ()) -> list[tuple[str, float]]:
    """(source id, score) of the best ``limit`` sources; ``docs`` maps id -> (title, text).

    A term matches a source as it does in the index: in its title or its
    text, by stem (or as a prefix), found by ``FoldedText.find``; a source in
    ``french`` also by its words' French stems.
    """
    scored: list[tuple[float, str]] = []
    for source_id, (title, text) in docs.items():
        if cancel is not None and cancel():
            break
        is_french = source_id in french
        body, head = FoldedText(text, is_french), FoldedText(title, is_french)
        if any(body.find((t,)) or head.find((t,)) for t in query.excluded):
            continue
        total = 0.0
        ok = True
        for clause in query.clauses:
            found = 0.0
            for term in clause:
                found += len(body.find((term,))) + TITLE_WEIGHT * len(head.find((term,)))
            if not found:
                ok = False
                break
            total += math.log1p(found)
        if ok:
            length = max(1.0, len(text) / 5000)
            scored.append((total / math.sqrt(length), source_id))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [(sid, score) for score, sid in scored[:limit]]
