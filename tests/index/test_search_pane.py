"""The search pane: the last word typed is a prefix, partial results say so, and a
"did you mean" suggestion can be clicked."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from tests.helpers.projects import seeds_project


@pytest.fixture
def search_pane(qtbot):
    from briefer.gui.search_pane import SearchPane, SearchService
    from briefer.gui.session import ProjectSession

    session = ProjectSession(seeds_project())
    service = SearchService()
    widget = SearchPane(session, service)
    qtbot.addWidget(widget)
    service.rebuild(session.project)
    qtbot.waitUntil(lambda: service.ready, timeout=5000)
    yield widget
    service.stop()


def _search(qtbot, pane, text: str) -> None:
    pane.box.setText(text)
    pane._timer.stop()
    pane._run()
    qtbot.waitUntil(lambda: pane.model.query == text, timeout=3000)


def test_a_word_being_typed_finds_the_words_it_starts(qtbot, search_pane) -> None:
    _search(qtbot, search_pane, "Sheinb")
    assert [h.source_id[:3] for h in search_pane.model.hits] == ["001"]


def test_partial_results_are_announced(qtbot, search_pane) -> None:
    _search(qtbot, search_pane, "Freeland zzzqx")
    assert search_pane.model.rowCount() > 0
    assert "No source has all the words" in search_pane.status.text()


def test_a_suggestion_is_offered_and_clicking_it_searches(qtbot, search_pane) -> None:
    _search(qtbot, search_pane, "Lighthizr")
    assert search_pane.model.rowCount() == 0
    assert 'href="lighthizer"' in search_pane.status.text()
    search_pane.status.linkActivated.emit("lighthizer")
    qtbot.waitUntil(lambda: search_pane.model.query == "lighthizer", timeout=3000)
    assert [h.source_id[:3] for h in search_pane.model.hits] == ["002"]


def test_a_search_over_too_many_matches_says_which_were_ranked(qtbot, search_pane,
                                                                monkeypatch) -> None:
    import briefer.index.sql as sql

    monkeypatch.setattr(sql, "RANK_AT_MOST", 1)  # the sample's three sources are "many"
    _search(qtbot, search_pane, "Canada")
    assert search_pane.model.rowCount() > 0
    assert "Too many sources match to rank them all" in search_pane.status.text()
    _search(qtbot, search_pane, "Sheinbaum")
    assert "Too many sources match" not in search_pane.status.text()
