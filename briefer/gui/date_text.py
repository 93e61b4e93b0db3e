"""A CSL date as the reader and the Sources list show it (ISO text).

Its own module so that the Sources list, painted first at start, gets it without
the reader's text helpers and the search index they use (``reader_text``).
"""

from __future__ import annotations


def format_date(value: object) -> str:
    """A CSL date (``{'date-parts': [[2018, 3, 5]]}`` or ISO text) as ISO text."""
    if isinstance(value, dict):
        parts = (value.get("date-parts") or [[]])[0]
        if parts:
            return "-".join(f"{int(p):02d}" if i else str(p) for i, p in enumerate(parts))
        return str(value.get("raw") or value.get("literal") or "")
    return "" if value is None else str(value)
