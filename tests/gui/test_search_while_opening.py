"""A project never opened before is searched as it is read: the sources read so far are
indexed and found before the whole project is in, then the index is completed to
exactly the project (nothing indexed twice) and vouched for as after any open.

The loader is held half-read (a threading.Event) after handing its first batch of
sources, as a project of 100,000 articles is for seconds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.gui import shown_window
from tests.helpers.projects import hold_after_first_batch, large_project

from briefer.index.fresh import index_file, vouched_index
from briefer.io.lazy_sources import LAZY_MIN_SOURCES

READ = 50  # sources the loader hands at a time here
TOTAL = LAZY_MIN_SOURCES + 10


@pytest.fixture
def big(tmp_path: Path) -> Path:
    return large_project(tmp_path / "big", {
        "a0007": "Article 7 is about softwood lumber duties.\n",  # in the first batch
        "a0150": "Article 150 is about softwood lumber quotas.\n"})  # read later


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch):
    """The loader holds after handing its first batch, until the test sets the event;
    every ``SearchIndex.update`` is recorded as (adding, sources indexed)."""
    from briefer.index import fts

    gate = hold_after_first_batch(monkeypatch, READ)
    updates: list[tuple[bool, int]] = []
    update = fts.SearchIndex.update

    def counted(self, sources, progress=None, cancel=None, *, adding=False):  # type: ignore[no-untyped-def]
        done = update(self, sources, progress, cancel, adding=adding)
        updates.append((adding, done))
        return done

    monkeypatch.setattr(fts.SearchIndex, "update", counted)
    yield gate, updates
    gate.set()


def test_a_search_is_answered_from_the_sources_read_so_far(qtbot, bw_settings, big,
                                                           held) -> None:
    from briefer.index import SearchIndex

    gate, updates = held
    window = shown_window(qtbot, bw_settings)
    window.files.open_initial(big)
    pane = window.search_pane
    pane.box.setText("softwood lumber")  # typed at once, as the project is read
    qtbot.waitUntil(lambda: [h.source_id for h in pane.model.hits] == ["a0007"],
                    timeout=10000)
    assert not window.session.project.sources  # still being read
    assert "softwood" in pane.model.hits[0].snippet.lower()
    assert f"Searching {READ} of {TOTAL} sources" in pane.status.text()
    assert not window.search_service.ready

    gate.set()  # the rest is read: the index is completed, the results too
    qtbot.waitUntil(lambda: window.search_service.ready, timeout=20000)
    qtbot.waitUntil(lambda: sorted(h.source_id for h in pane.model.hits)
                    == ["a0007", "a0150"], timeout=10000)
    assert "Searching" not in pane.status.text()
    project = window.session.project
    assert len(project.sources) == TOTAL
    # every source indexed once: first as read (adding), the rest by the project's build
    assert sum(done for _, done in updates) == TOTAL
    assert any(adding and done for adding, done in updates)
    qtbot.waitUntil(lambda: vouched_index(big) is not None, timeout=10000)
    path = index_file(big)
    assert path is not None
    with SearchIndex(path) as index:
        assert index.is_current(project.sources.values())  # exactly the project
    window.files.maybe_save = lambda: True
    window.close()


def test_rows_of_sources_not_read_yet_are_neither_dropped_nor_shown(qtbot, bw_settings, big,
                                                                    held) -> None:
    """An index left by an open that did not complete (not vouched for): its rows of
    sources not read yet stay (they are not indexed again) and are not shown until the
    sources are read."""
    from briefer.index import SearchIndex
    from briefer.io.project_file import load_project

    gate, updates = held
    (big / ".briefer").mkdir(exist_ok=True)
    with SearchIndex(big / ".briefer" / "index.sqlite") as index:
        index.update(load_project(big, outline=False).sources.values())
    updates.clear()
    (big / "sources" / "a0008.txt").write_text("Article 8 changed.\n", encoding="utf-8")
    assert vouched_index(big) is None
    window = shown_window(qtbot, bw_settings)
    window.files.open_initial(big)
    pane = window.search_pane
    pane.box.setText("softwood lumber")
    qtbot.waitUntil(lambda: [h.source_id for h in pane.model.hits] == ["a0007"],
                    timeout=10000)
    assert not window.session.project.sources
    with SearchIndex(big / ".briefer" / "index.sqlite") as index:
        assert len(index) == TOTAL  # a0150's row kept, though not shown
    gate.set()
    qtbot.waitUntil(lambda: window.search_service.ready, timeout=20000)
    qtbot.waitUntil(lambda: sorted(h.source_id for h in pane.model.hits)
                    == ["a0007", "a0150"], timeout=10000)
    assert sum(done for _, done in updates) == 1  # a0008 only
    window.files.maybe_save = lambda: True
    window.close()


def test_cancelling_the_open_stops_reading_and_indexing(qtbot, bw_settings, big, held,
                                                        dlg) -> None:
    from PySide6.QtCore import Qt

    from briefer.index import SearchIndex

    gate, updates = held
    window = shown_window(qtbot, bw_settings)
    window.files.open_initial(big)
    qtbot.waitUntil(lambda: window.search_service.searchable, timeout=10000)
    opening = window.files.opening
    assert opening is not None  # its progress in the status bar, with Cancel
    qtbot.mouseClick(opening.cancel, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: window.files.opening is None, timeout=10000)
    qtbot.waitUntil(lambda: not window.files.outline_pending, timeout=10000)
    assert not window.session.project.sources  # not opened
    qtbot.wait(300)  # time for any batch that would still come
    with SearchIndex(big / ".briefer" / "index.sqlite") as index:
        assert len(index) <= 2 * READ  # the batch read when it was cancelled, at most
    assert sum(done for adding, done in updates if adding) <= 2 * READ
    assert vouched_index(big) is None
    window.files.maybe_save = lambda: True
    window.close()
