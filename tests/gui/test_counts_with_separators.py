"""Counts in the status bar and the find bar are written as the locale writes them.

"Indexing 4250/10001" stood beside "4,250 of 10,001 sources read", and the reader's find
bar said "1 of 2671": numbers without their separators read as other numbers. While a
project is read, the opening progress says how far it is, and the index's counter, a
batch behind and worded otherwise, is blank until the project is in.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget

from tests.helpers.gui import shown_window
from tests.helpers.projects import hold_after_first_batch, large_project

NBSP = "\u00a0"  # French groups thousands with a no-break space


@pytest.fixture
def locale():
    """Sets the locale the app writes numbers in (as LANG does); the test run's back after."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))
    yield use
    QLocale.setDefault(before)


def test_the_index_counts_have_separators(qtbot, bw_settings, locale) -> None:
    locale("en_CA")
    window = shown_window(qtbot, bw_settings)
    qtbot.waitUntil(lambda: window.built, timeout=10000)
    label = window.index_label
    window.search_service.stateChanged.emit("indexing", 4250, 10001)
    assert label.text() == "Indexing 4,250/10,001"
    window.search_service.stateChanged.emit("ready", 10001, 10001)
    assert "10,001 source" in label.text() and "searchable" in label.text()
    locale("fr_CA")
    window.search_service.stateChanged.emit("indexing", 750, 10001)
    assert f"10{NBSP}001" in label.text() and "10001" not in label.text()


def test_a_c_locale_writes_the_interfaces_separators(locale) -> None:
    """LANG=C.UTF-8 (a container, a session started oddly): English's separators."""
    from briefer.gui.numbers import number

    locale("C")
    assert QLocale().toString(10001) == "10001"  # what the C locale would write
    assert number(10001) == "10,001"


def test_the_index_counter_is_blank_while_the_opening_progress_shows(
        qtbot, bw_settings, locale, tmp_path: Path, monkeypatch) -> None:
    locale("en_CA")
    folder = large_project(tmp_path / "big")
    gate = hold_after_first_batch(monkeypatch, 50, "big")
    try:
        window = shown_window(qtbot, bw_settings)
        window.files.open_initial(folder)
        opening = window.files.opening
        qtbot.waitUntil(lambda: opening.progress.maximum() > 0, timeout=10000)
        qtbot.waitUntil(lambda: window.search_service.progress[0] > 0, timeout=10000)
        qtbot.wait(50)
        assert "sources read" in opening.label.text()
        assert window.index_label.text() == ""  # one counter, not two with other numbers
    finally:
        gate.set()
    qtbot.waitUntil(lambda: window.files.opening is None, timeout=20000)
    qtbot.waitUntil(lambda: not window.findChildren(QWidget, "openingProgress"), timeout=5000)
    total = len(window.session.project.sources)
    window.search_service.build_now()
    qtbot.waitUntil(lambda: window.search_service.ready, timeout=20000)
    qtbot.waitUntil(lambda: f"{total:,} source" in window.index_label.text(), timeout=5000)
    window.files.maybe_save = lambda: True
    window.close()


def test_the_find_bar_counts_with_separators(qtbot, locale) -> None:
    from briefer.core.project import Project
    from briefer.core.source import Source
    from briefer.gui.reader import FIND_DELAY_MS, Reader
    from briefer.gui.session import ProjectSession

    locale("en_CA")
    text = "\n".join(f"{i}. The tariff on softwood lumber." for i in range(2671))
    reader = Reader(ProjectSession(Project(sources={"long": Source("long", text)})))
    qtbot.addWidget(reader)
    reader.show()
    assert reader.show_source("long")
    reader.open_find()
    qtbot.keyClicks(reader.find_bar.edit, "tariff")
    qtbot.waitUntil(lambda: reader.find_bar.count.text() == "1 of 2,671",
                    timeout=FIND_DELAY_MS + 3000)
    assert QApplication.activeModalWidget() is None
