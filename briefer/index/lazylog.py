"""A module's logger, ``logging`` imported only when something is logged.

``briefer search`` logs nothing when all goes well; importing ``logging`` (with
``traceback``, ``tokenize`` and ``textwrap``) was 3 ms of the command's start.
"""

from __future__ import annotations

TYPE_CHECKING = False  # as typing's: ``briefer search`` starts without importing typing
if TYPE_CHECKING:
    from typing import Any


class LazyLog:
    """``logging.getLogger(name)``, looked up at the first message."""

    def __init__(self, name: str):
        self.name = name

    def __getattr__(self, attr: str) -> Any:
        import logging

        return getattr(logging.getLogger(self.name), attr)
