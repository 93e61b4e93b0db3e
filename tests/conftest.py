"""Shared test set-up: Qt offscreen, test-mode settings, the bundled sample."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests' caches (rendered citations, read sidecars, search indexes) are their own:
# nothing a test renders is served to a later run, nothing lands in the user's cache.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="briefer-test-cache-")
# Laying the note out with LibreOffice (the app's page count, the export's page warning)
# takes a second or more: only the tests of the page count turn it on (monkeypatch.setenv).
os.environ["BRIEFER_PAGE_COUNT"] = "0"

from briefer.bundled import seeds_dir


@pytest.fixture
def seeds() -> Path:
    """The bundled sample corpus (read-only: copy before changing)."""
    return seeds_dir()


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """A private copy of the sample corpus that a test may change."""
    dest = tmp_path / "seeds"
    shutil.copytree(seeds_dir(), dest, ignore=shutil.ignore_patterns("__pycache__"))
    return dest


@pytest.fixture(autouse=True)
def _qt_test_mode() -> None:
    """Keep QSettings and standard paths away from the user's real ones."""
    try:
        from PySide6.QtCore import QStandardPaths
    except ImportError:  # pragma: no cover
        return
    QStandardPaths.setTestModeEnabled(True)
