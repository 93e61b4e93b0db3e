"""Search works while the index is being built: what is indexed so far is searched, the
pane says how much that is, and the results are completed once the index is."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("PySide6")


@pytest.fixture
def held_build(monkeypatch: pytest.MonkeyPatch):
    """Index two sources per batch and hold the build before its second batch until
    the test lets it go (what a large project looks like at a given moment)."""
    from briefer.index import fts

    gate = threading.Event()
    batches: list[int] = []
    write = fts.SearchIndex._transaction

    def held(self, work) -> None:
        batches.append(1)
        if len(batches) == 2:
            gate.wait(10)
        write(self, work)

    monkeypatch.setattr(fts, "BATCH", 2)
    monkeypatch.setattr(fts.SearchIndex, "_transaction", held)
    yield gate
    gate.set()


@pytest.fixture
def pane_while_indexing(qtbot, seeds_copy, held_build):
    from briefer.gui.search_pane import SearchPane, SearchService
    from briefer.gui.session import ProjectSession
    from briefer.io.project_file import load_project

    session = ProjectSession(load_project(seeds_copy, outline=False))
    service = SearchService()
    pane = SearchPane(session, service)
    qtbot.addWidget(pane)
    service.rebuild(session.project)
    qtbot.waitUntil(lambda: service.searchable and service.progress == (2, 5), timeout=5000)
    yield pane, held_build
    held_build.set()
    service.stop()


def _search(qtbot, pane, text: str) -> None:
    pane.box.setText(text)
    pane._timer.stop()
    pane._run()
    qtbot.waitUntil(lambda: pane.model.query == text, timeout=3000)


def test_sources_indexed_so_far_are_found_before_the_index_is_complete(
        qtbot, pane_while_indexing) -> None:
    pane, _gate = pane_while_indexing
    _search(qtbot, pane, "Sheinb")
    assert not pane.service.ready
    assert [h.source_id[:3] for h in pane.model.hits] == ["001"]
    assert "Searching 2 of 5 sources — indexing…" in pane.status.text()


def test_results_are_completed_when_the_index_is(qtbot, pane_while_indexing) -> None:
    pane, gate = pane_while_indexing
    _search(qtbot, pane, "Lighthizer")  # only in source 002, not indexed yet
    assert pane.model.rowCount() == 0
    assert "indexing" in pane.status.text()
    gate.set()
    qtbot.waitUntil(lambda: pane.service.ready, timeout=5000)
    qtbot.waitUntil(lambda: pane.model.rowCount() > 0, timeout=3000)
    assert [h.source_id[:3] for h in pane.model.hits] == ["002"]
    assert "indexing" not in pane.status.text()


def test_a_first_batch_before_the_rest_still_indexes_every_source(
        qtbot, seeds_copy, monkeypatch: pytest.MonkeyPatch) -> None:
    """A never-indexed project gets one batch indexed before every text is read; the
    index is complete and correct after."""
    from briefer.gui import search_builder
    from briefer.gui.search_pane import SearchPane, SearchService
    from briefer.gui.session import ProjectSession
    from briefer.index import fts
    from briefer.io.project_file import load_project

    monkeypatch.setattr(fts, "BATCH", 2)
    monkeypatch.setattr(search_builder, "BATCH", 2)
    session = ProjectSession(load_project(seeds_copy, outline=False))
    service = SearchService()
    pane = SearchPane(session, service)
    qtbot.addWidget(pane)
    seen: list[tuple[int, int]] = []
    service.stateChanged.connect(lambda _s, done, total: seen.append((done, total)))
    service.rebuild(session.project)
    qtbot.waitUntil(lambda: service.ready, timeout=5000)
    assert (2, 5) in seen and seen[-1] == (5, 5)  # the first batch, then all
    _search(qtbot, pane, "Lighthizer")
    assert [h.source_id[:3] for h in pane.model.hits] == ["002"]
    _search(qtbot, pane, "Sheinb")
    assert [h.source_id[:3] for h in pane.model.hits] == ["001"]
    service.stop()


def test_results_found_before_the_index_was_complete_but_shown_after_are_renewed(
        qtbot, pane_while_indexing, monkeypatch: pytest.MonkeyPatch) -> None:
    """The build may finish while a search of the partial index is still on its way: its
    results then come after the last indexing signal, and are searched again at once."""
    from briefer.index import fts

    pane, gate = pane_while_indexing
    found = threading.Event()
    shown = threading.Event()
    search = fts.SearchIndex.search

    def slow(self, query, *args, **kwargs):  # type: ignore[no-untyped-def]
        hits = search(self, query, *args, **kwargs)
        if not found.is_set():
            found.set()
            shown.wait(10)  # found on the partial index, delivered after the build ends
        return hits

    monkeypatch.setattr(fts.SearchIndex, "search", slow)
    pane.box.setText("Lighthizer")  # only in source 002, not indexed yet
    pane._timer.stop()
    pane._run()
    qtbot.waitUntil(found.is_set, timeout=3000)
    gate.set()
    qtbot.waitUntil(lambda: pane.service.ready, timeout=5000)
    shown.set()
    qtbot.waitUntil(lambda: pane.model.rowCount() > 0, timeout=3000)
    assert [h.source_id[:3] for h in pane.model.hits] == ["002"]
    assert "indexing" not in pane.status.text()


def test_enter_before_a_word_is_indexed_opens_its_first_source_once_it_is(
        qtbot, pane_while_indexing, monkeypatch: pytest.MonkeyPatch) -> None:
    """Enter on a query the partial index has no source for yet: nothing to open now,
    and the first source found once the index is complete is opened then."""
    from PySide6.QtCore import Qt

    pane, gate = pane_while_indexing
    monkeypatch.setattr(pane.box, "hasFocus", lambda: True)  # the user is in the box
    opened: list[str] = []
    pane.hitActivated.connect(lambda sid, *_: opened.append(sid))
    _search(qtbot, pane, "Lighthizer")  # only in source 002, not indexed yet
    assert pane.model.rowCount() == 0
    qtbot.keyClick(pane.box, Qt.Key.Key_Return)
    assert opened == []
    gate.set()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert [sid[:3] for sid in opened] == ["002"]


def test_adding_the_sources_read_so_far_drops_no_row_and_shows_only_them(tmp_path) -> None:
    """``update(adding=True)``, as a project is read: the rows of sources not read yet stay
    (the complete update then has nothing to do for them) and a reader given the sources
    read so far finds only those; the complete update brings the index to exactly them."""
    from briefer.core.source import Source, SourceMeta
    from briefer.index import SearchIndex

    sources = [Source(f"s{i}", f"Text {i} about softwood lumber.\n",
                      SourceMeta(title=f"Title {i}"), filename=f"s{i}.txt") for i in range(6)]
    with SearchIndex(tmp_path / "index.sqlite") as index:
        assert index.update(sources[:4]) == 4  # an earlier open's, not completed
        read: dict[str, tuple[str, str]] = {}
        reader = index.reader(read)
        assert index.update(sources[:2] + sources[4:5], adding=True) == 1
        assert len(index) == 5  # s2, s3 kept
        read.update((s.id, (s.display_title, s.peek_text())) for s in sources[:2])
        reader.refresh()
        assert sorted(h.source_id for h in reader.search("softwood", 10)) == ["s0", "s1"]
        assert index.update(sources[1:]) == 1  # s5; s0 dropped, not a source any more
        assert index.is_current(sources[1:])
