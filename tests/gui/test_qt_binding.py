"""The Qt binding must not corrupt Python's reference counts (seen in PySide6 6.12.0)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_keep_none_alive() -> None:
    """A long session makes millions of such calls; each must leave None's count alone."""
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        obj.setObjectName("briefer")
    assert abs(sys.getrefcount(None) - before) < 100
