"""The Search pane's answer, once typing pauses or at Enter, is ``briefer search``'s.

The analyst searches in the window and a colleague (or a script) runs ``briefer search``
on the same project: the same words must give the same sources in the same order, and
the same "best of the N most recently added" when too many match. While a word is being
typed the pane also reads it as the start of a longer one ("tarif" on the way to
"tariffs"); that reading matched more, and was left on screen once typing stopped: at
10,000 articles 8 of 10 queries had another first ten than the command line.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

SETTLE_MS = 200  # the pane's pause before the words count as written, made short here

# A small corpus where reading the last word as a prefix changes the answer: "auto" and
# "automakers", "steel" and "steelworkers", "Lutnick" (a name every prefix reading weighs
# twice, so that too many sources match sooner). Each article is on one or two topics.
_FILLER = ["the", "officials", "said", "talks", "would", "continue", "next", "week", "while",
           "industry", "groups", "warned", "of", "costs", "for", "workers", "and",
           "consumers", "on", "both", "sides", "of", "the", "border", "and", "the",
           "minister", "said", "Canada", "would", "respond"]
_TOPICS = [("auto", "automakers", "automotive", "autoworkers", "parts"),
           ("steel", "steelworkers", "steelmakers", "Section", "232", "mills"),
           ("aluminum", "tariffs", "tariff", "smelters", "Quebec"),
           ("Lutnick", "Commerce", "secretary", "tariffs"),
           ("softwood", "lumber", "duties", "sawmills"),
           ("dairy", "quota", "supply", "management")]


def _corpus(folder: Path, count: int = 48) -> Path:
    from briefer.core.project import Project
    from briefer.core.source import Source, SourceMeta
    from briefer.io.project_file import save_project

    rng = random.Random(7)
    sources = {}
    for i in range(count):
        topics = rng.sample(_TOPICS, rng.choice((1, 1, 2)))
        topical = [w for topic in topics for w in rng.sample(topic, rng.randint(1, len(topic)))]
        words = [rng.choice(topical) if rng.random() < 0.15 else rng.choice(_FILLER)
                 for _ in range(rng.randint(20, 160))]
        if i % 8 == 3:  # the Commerce Secretary named in six articles
            words.insert(len(words) // 2, "Lutnick")
        text = " ".join(words).capitalize() + ".\n"
        title = " ".join(rng.sample(topical, min(2, len(topical)))).title() + f" {i}"
        sid = f"a{i:03d}"
        sources[sid] = Source(sid, text, SourceMeta(type="article-newspaper", title=title),
                              filename=f"{sid}.txt")
    save_project(Project(name=folder.name, sources=sources), folder)
    return folder


# a word and a name that look like the start of longer words, and queries of two and more
QUERIES = ["auto", "Lutnick", "steel", "aluminum tariffs", "Quebec aluminum",
           "Section 232 steel", "softwood lumber duties"]


@pytest.fixture
def pane(qtbot, tmp_path: Path, monkeypatch):
    import briefer.gui.search_pane as search_pane
    from briefer.gui.search_pane import SearchPane, SearchService
    from briefer.gui.session import ProjectSession
    from briefer.io.project_file import load_project

    monkeypatch.setattr(search_pane, "SETTLE_MS", SETTLE_MS)
    folder = _corpus(tmp_path / "trade")
    session = ProjectSession(load_project(folder))
    service = SearchService()
    widget = SearchPane(session, service)
    qtbot.addWidget(widget)
    widget.show()
    service.rebuild(session.project)
    qtbot.waitUntil(lambda: service.ready, timeout=10000)
    widget.folder = folder
    yield widget
    service.stop()


def _cli(capsys, folder: Path, query: str) -> dict:
    from briefer import cli_search

    capsys.readouterr()
    assert cli_search.main(["search", str(folder), query, "--limit", "30", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _typed_and_paused(qtbot, pane, query: str) -> list[str]:
    """Type ``query`` key by key, let typing pause, and read the results left on screen."""
    pane.box.setFocus()
    pane.box.selectAll()
    qtbot.keyClicks(pane.box, query)
    qtbot.waitUntil(lambda: pane.model.query == query, timeout=5000)
    qtbot.wait(SETTLE_MS + 250)  # the pause, and a search of a few milliseconds
    return [hit.source_id for hit in pane.model.hits]


def _among(text: str) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(int(text)) if text else ""


@pytest.mark.parametrize("rank_at_most", [None, 20], ids=["ranked-whole", "too-many"])
def test_the_answer_left_on_screen_is_briefer_searchs(qtbot, pane, capsys, monkeypatch,
                                                      rank_at_most) -> None:
    import briefer.index.sql as sql

    if rank_at_most:  # the 48 articles are "too many": only the newest are ranked
        monkeypatch.setattr(sql, "RANK_AT_MOST", rank_at_most)
    differed = []
    for query in QUERIES:
        shown = _typed_and_paused(qtbot, pane, query)
        status = pane.status.text()
        cli = _cli(capsys, pane.folder, query)
        assert cli["hits"], query  # every query finds something in this corpus
        if shown != [h["source"] for h in cli["hits"]]:
            differed.append(query)
            continue
        among = cli["ranked_among"]
        said = "Too many sources match" in status
        assert said == bool(among), (query, status, among)
        if among:
            assert f"best of the {_among(str(among))} most recently added" in status
        assert ("No source has all the words" in status) == cli["partial"], query
    assert differed == []


def test_enter_opens_briefer_searchs_first_hit(qtbot, pane, capsys, monkeypatch) -> None:
    """Enter right after the last key opens the first source ``briefer search`` names,
    not the first of the word-being-typed reading."""
    from PySide6.QtCore import Qt

    import briefer.index.sql as sql

    monkeypatch.setattr(sql, "RANK_AT_MOST", 20)
    for query in ("Lutnick", "aluminum tariffs"):
        first = _cli(capsys, pane.folder, query)["hits"][0]["source"]
        pane.box.setFocus()
        pane.box.selectAll()
        qtbot.keyClicks(pane.box, query)
        with qtbot.waitSignal(pane.hitActivated, timeout=5000) as opened:
            qtbot.keyClick(pane.box, Qt.Key.Key_Return)
        assert opened.args[0] == first, query
        assert opened.args[3] == query
