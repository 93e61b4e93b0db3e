"""Connecting to a project's database, with failures worded for the user.

psycopg is imported here only, and only when a URL is used: a folder project never loads
the driver.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefer.core.messages import UserError

if TYPE_CHECKING:
    import psycopg

_URL = re.compile(r"^postgres(ql)?://", re.IGNORECASE)


class DbError(UserError):
    """A database problem to report as one line (unreachable, refused, wrong schema)."""


def is_url(text: object) -> bool:
    """Is this a PostgreSQL URL (``postgresql://…`` or ``postgres://…``) rather than a path?"""
    return isinstance(text, str) and bool(_URL.match(text))


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)


def connect(url: str, *, autocommit: bool = False) -> psycopg.Connection:
    """An open connection to ``url``, or a ``DbError`` saying why not."""
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - a dependency; only a broken install
        raise DbError("PostgreSQL projects need the psycopg package (pip install "
                      "'psycopg[binary]').") from exc
    try:
        return psycopg.connect(url, autocommit=autocommit, connect_timeout=10)
    except psycopg.Error as exc:
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        raise DbError("Cannot connect to {url}: {reason}", url=redact(url),
                      reason=reason) from exc
