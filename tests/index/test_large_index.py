"""A search over a large index scores no more than a few thousand matches, and says so.

bm25 scores every matching source: over 100,000 articles a query matching most of them
took 150–250 ms every time. In a large index the most recently added sources holding
about ``RANK_AT_MOST`` matches are ranked, and the answer says how many sources that
was; a query matching fewer is ranked whole, exactly as before. Long prefixes are
looked up as the words they stand for. Here ``RANK_AT_MOST`` is made small so that a
corpus of a few hundred articles is "large".
"""

from __future__ import annotations

import json

import pytest

import briefer.index.sql as sql
from briefer.cli import main
from briefer.core.project import Project
from briefer.core.source import Source, SourceMeta
from briefer.index import SearchIndex
from briefer.index.query import parse_query
from briefer.index.sql import Prefixes
from briefer.io.project_file import save_project

COUNT = 400
CAP = 40


def _text(i: int) -> str:
    extra = ""
    if i % 50 == 3:
        extra = " The Office of the U.S. Trade Representative replied."
    elif i % 50 == 4:
        extra = " The office said trade was the representative's concern."  # the words apart
    if i % 100 == 11:
        extra += " Dairy negotiators met again."
    if i == 7:
        extra += " The negotiating of the quota went on."
    return f"Article {i} on tariffs. Canada and its partners discussed tariffs.{extra}"


def _sources() -> list[Source]:
    return [Source(f"a{i:04d}", _text(i), SourceMeta(title=f"Report {i}"),
                   filename=f"a{i:04d}.txt") for i in range(COUNT)]


@pytest.fixture
def index(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sql, "RANK_AT_MOST", CAP)
    with SearchIndex(":memory:") as built:
        built.update(_sources())
        yield built


def test_a_query_matching_most_sources_ranks_the_newest_and_says_so(index) -> None:
    hits = index.search("tariffs", limit=10)
    assert len(hits) == 10
    assert CAP <= hits.among < COUNT
    # only the most recently added were ranked: the oldest never come first
    assert all(int(h.source_id[1:]) >= COUNT - hits.among - 1 for h in hits)


def test_a_weightier_query_ranks_fewer_of_the_newest(index) -> None:
    # scoring costs per word weighed: two words in two tables rank a share of what one
    # word ranks, still the newest, still said (at 10,000 articles: 8 ms, not 20)
    one = index.search("tariffs", limit=10)
    two = index.search("Canada tariff*", limit=10)
    assert sql.budget(parse_query("Canada tariff*")) < sql.budget(parse_query("tariffs")) \
        == CAP
    assert 0 < two.among < one.among
    assert len(two) == 10 and all(int(h.source_id[1:]) >= COUNT - two.among - 1 for h in two)


def test_no_query_ranks_fewer_than_a_tenth(index) -> None:
    many = " ".join(f"word{i}" for i in range(30))
    assert sql.budget(parse_query(many)) == CAP // sql.LEAST_SHARE


MIXED = ["Canada tariff*", "negotiat* tariffs", "dairy negotiat*", "tariffs Canada -dairy",
         "re* tariffs", "tariffs OR negotiat*", "negotiat* -dairy", "Article negotiat* quota",
         '"Office of the U.S. Trade Representative" tariff*', "dairy OR negotiat* Canada"]


@pytest.mark.parametrize("cap", [CAP, 5_000])
def test_filtering_the_scored_sources_answers_as_the_join_did(
        index, monkeypatch: pytest.MonkeyPatch, cap: int) -> None:
    monkeypatch.setattr(sql, "RANK_AT_MOST", cap)  # large, then ranked whole

    Answer = tuple[list[tuple[str, float, int, int, str]], int, bool]

    def answers() -> list[Answer]:
        out: list[Answer] = []
        for query in MIXED:
            hits = index.search(query, limit=15)
            out.append(([(h.source_id, h.score, h.start, h.end, h.snippet) for h in hits],
                        hits.among, hits.partial))
        return out

    scored = answers()
    monkeypatch.setattr(sql, "SCORED_FIRST", False)
    assert answers() == scored
    assert all(hits for hits, _, _ in scored[:5])


def test_a_rare_query_is_ranked_whole(index) -> None:
    hits = index.search('"Office of the U.S. Trade Representative"', limit=20)
    assert hits.among == 0
    assert sorted(h.source_id for h in hits) == [f"a{i:04d}" for i in range(COUNT)
                                                  if i % 50 == 3]


def test_a_phrase_in_a_large_index_finds_the_phrase_not_its_words_apart(
        index, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sql, "RANK_AT_MOST", 4)  # the phrase is in 8 sources: "many"
    hits = index.search('"Office of the U.S. Trade Representative"', limit=20)
    assert hits and all(int(h.source_id[1:]) % 50 == 3 for h in hits)


def test_words_and_a_long_prefix_find_what_they_found_before(index) -> None:
    hits = index.search("dairy negotiat*", limit=20)
    assert sorted(h.source_id for h in hits) == [f"a{i:04d}" for i in range(COUNT)
                                                  if i % 100 == 11]
    assert hits.among == 0


def test_a_long_prefix_is_written_as_its_words() -> None:
    with SearchIndex(":memory:") as built:
        built.update(_sources())
        assert built._conn is not None
        as_fts = Prefixes().as_fts(built._conn)
        term = parse_query("negotiat*").clauses[0][0]
        assert as_fts(term) == '("negotiating" OR "negotiators")'
        short = parse_query("neg*").clauses[0][0]
        assert as_fts(short) == short.fts()  # the prefix index answers short ones


def test_a_prefix_of_too_many_words_stays_a_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Prefixes, "MOST", 1)
    with SearchIndex(":memory:") as built:
        built.update(_sources())
        assert built._conn is not None
        term = parse_query("negotiat*").clauses[0][0]
        assert Prefixes().as_fts(built._conn)(term) == term.fts()
        assert {h.source_id for h in built.search("negotiat*", limit=50)} == \
            {"a0007"} | {f"a{i:04d}" for i in range(COUNT) if i % 100 == 11}


def test_the_command_line_says_when_not_every_match_was_ranked(
        tmp_path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sql, "RANK_AT_MOST", CAP)
    folder = tmp_path / "desk"
    save_project(Project(name="desk", sources={s.id: s for s in _sources()}), folder)
    assert main(["search", str(folder), "tariffs"]) == 0
    out = capsys.readouterr().out
    assert "Too many sources match to rank them all: these are the best of the" in out
    assert main(["search", str(folder), "tariffs", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert CAP <= data["ranked_among"] < COUNT
    assert main(["search", str(folder), "dairy", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ranked_among"] == 0


def test_the_words_a_prefix_stands_for_are_found_again_once_indexing_ends(
        tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A search made while the index is built remembers the words ``negotiat*`` stood for
    then; when the build ends the searcher forgets them, so a word only the last sources
    hold is found."""
    pytest.importorskip("PySide6")
    from briefer.gui.search_pane import _Searcher

    monkeypatch.setattr(sql, "RANK_AT_MOST", CAP)
    early = _sources()
    late = Source("z9999", "The negotiatrix met the partners again.",
                  SourceMeta(title="Late"), filename="z9999.txt")
    with SearchIndex(tmp_path / "index.sqlite") as writer:
        writer.update(early)
        searcher = _Searcher()
        searcher.index = SearchIndex(tmp_path / "index.sqlite")  # the searcher's connection
        searcher.latest_build = 1
        found: list = []
        searcher.results.connect(lambda generation, query, hits: found.append(hits))
        searcher.search(0, "negotiat*")  # while indexing: the words known so far
        writer.update([*early, late])
        searcher.built(1)  # the build is over
        searcher.search(0, "negotiat*")
        searcher.index.close()
    assert "z9999" not in {h.source_id for h in found[0]}
    assert "z9999" in {h.source_id for h in found[1]}


def test_each_clause_is_asked_with_the_first_of_its_table() -> None:
    # sorted rarest first, the first clause of a table narrows each other one of that
    # table: a common phrase's sources are never all listed (23 ms at 100,000)
    rare, phrase, prefix = parse_query('5821 "h r" negotiat* -lumber').clauses
    query = sql.Query((rare, phrase, prefix), parse_query("lumber").clauses[0])
    filters, params = sql._filters(query, "fts", None)
    assert params == ['"5821"', '("h r") AND ("5821")', '"negotiat" *', '"lumber"']
    assert filters[-1].startswith("NOT ")
