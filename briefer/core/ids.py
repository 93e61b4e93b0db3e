"""Short random identifiers for objects an analyst creates (excerpts, blocks, themes)."""

from __future__ import annotations

import uuid


def new_id(prefix: str) -> str:
    """A short id such as ``ex-3f9a1c2b``; unique enough within one project."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"
