"""Search answers before a large project is read, from the index the app vouched for.

Reading 100,000 sources takes seconds; their index, once complete, is recorded as
current for the folder as it was read (as ``briefer search`` records it), and the next
time the project is opened the search pane searches it while the project is read.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.helpers.gui import shown_window
from tests.helpers.projects import large_project

from briefer.index.fresh import vouched_index
from briefer.io.lazy_sources import LAZY_MIN_SOURCES


@pytest.fixture
def big(tmp_path: Path) -> Path:
    return large_project(tmp_path / "big",
                         {"a0007": "Article 7 is about softwood lumber duties.\n"})


def _indexed(qtbot, window, folder: Path) -> None:
    window.files.open_initial(folder)
    qtbot.waitUntil(lambda: not window.files.outline_pending, timeout=20000)
    window.search_service.build_now()
    qtbot.waitUntil(lambda: window.search_service.ready, timeout=30000)
    qtbot.waitUntil(lambda: vouched_index(folder) is not None, timeout=10000)


def test_the_apps_index_is_vouched_and_briefer_search_answers_from_it(qtbot, bw_settings,
                                                                      big) -> None:
    from briefer import cli_search

    window = shown_window(qtbot, bw_settings)
    _indexed(qtbot, window, big)
    answer = cli_search._from_index(big, "softwood", 5)  # without reading the project
    assert answer is not None and [h.source_id for h in answer[1]] == ["a0007"]
    window.files.maybe_save = lambda: True
    window.close()


def test_the_next_open_searches_before_the_project_is_read(qtbot, bw_settings, big,
                                                           monkeypatch) -> None:
    import briefer.gui.opening_progress as opening

    first = shown_window(qtbot, bw_settings)
    _indexed(qtbot, first, big)
    first.files.maybe_save = lambda: True
    first.close()

    gate = threading.Event()
    real = opening.load_stamped

    def slow(path: Path, **kwargs):  # type: ignore[no-untyped-def]
        gate.wait(20)  # a project that takes long to read
        return real(path, **kwargs)

    monkeypatch.setattr(opening, "load_stamped", slow)
    window = shown_window(qtbot, bw_settings)
    window.files.open_initial(big)
    got: list = []
    window.search_service.resultsReady.connect(lambda query, hits: got.append(hits))
    qtbot.waitUntil(lambda: window.search_service.searchable, timeout=10000)
    window.search_service.search("softwood lumber")
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    assert not window.session.project.sources  # still being read
    assert [h.source_id for h in got[-1]] == ["a0007"]
    assert "softwood" in got[-1][0].snippet.lower()
    gate.set()
    qtbot.waitUntil(lambda: not window.files.outline_pending, timeout=20000)
    assert len(window.session.project.sources) == LAZY_MIN_SOURCES + 10
    window.files.maybe_save = lambda: True
    window.close()


def test_a_folder_changed_since_is_not_searched_before_it_is_read(qtbot, bw_settings,
                                                                  big) -> None:
    first = shown_window(qtbot, bw_settings)
    _indexed(qtbot, first, big)
    first.files.maybe_save = lambda: True
    first.close()
    (big / "sources" / "a0008.txt").unlink()  # removed by another program
    assert vouched_index(big) is None


def test_a_search_typed_while_a_project_is_read_is_answered_once_it_is_in(
        qtbot, bw_settings, big, monkeypatch) -> None:
    """No index to search yet (never opened): the index is made as soon as the project
    is in, not after the pause kept for start-up, and the search typed is answered."""
    window = shown_window(qtbot, bw_settings)
    delays: list[int] = []
    real_start = window.search_service._later.start
    monkeypatch.setattr(window.search_service._later, "start",
                        lambda ms: (delays.append(ms), real_start(ms)))
    import briefer.gui.opening_progress as opening

    gate = threading.Event()
    real = opening.load_stamped
    monkeypatch.setattr(opening, "load_stamped",
                        lambda path, **kw: (gate.wait(20), real(path, **kw))[1])
    window.files.open_initial(big)
    window.search_pane.box.setText("softwood")  # typed at once, while it is read
    qtbot.waitUntil(lambda: window.search_service._pending == "softwood", timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: not window.files.outline_pending, timeout=20000)
    assert delays and delays[-1] == 0
    qtbot.waitUntil(lambda: [h.source_id for h in window.search_pane.model.hits] == ["a0007"],
                    timeout=20000)
    window.files.maybe_save = lambda: True
    window.close()
