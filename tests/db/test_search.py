"""``briefer search URL QUERY``: the server's text search, with the embedded index's hits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.db.connect import connect
from briefer.db.search import search
from briefer.index import SearchIndex
from briefer.io.project_file import load_project

QUERIES = ["tariffs", '"rules of origin"', "Trudeau", "China OR Japan", "steel aluminum",
           "negotiations", "negot*", "supply management", "Freeland", "reciprocity",
           "trade -dairy"]
FRENCH = ("Les négociations sur le bois d’œuvre canadien reprennent à Québec. Les droits "
          "compensateurs frappent durement les scieries québécoises depuis l’été.\n")


@pytest.fixture(scope="module")
def server(pg_cluster, tmp_path_factory) -> tuple[str, Path]:
    """The sample and a French article, pushed to a database (once for these tests)."""
    root = tmp_path_factory.mktemp("search")
    folder = root / "p"
    article = root / "bois.txt"
    article.write_text(FRENCH, encoding="utf-8")
    url = pg_cluster.create_database()
    assert main(["new", str(folder)]) == 0
    assert main(["import", str(folder), str(article)]) == 0
    assert main(["db", "upgrade", url]) == 0
    assert main(["push", str(folder), url]) == 0
    return url, folder


@pytest.mark.parametrize("query", QUERIES)
def test_the_server_finds_what_the_embedded_index_finds(server, query: str) -> None:
    url, folder = server
    project = load_project(folder, outline=False)
    with SearchIndex.for_project(project) as index, connect(url) as conn:
        index.update(project.sources.values())
        local, remote = index.search(query, limit=10), search(conn, query, limit=10)
    assert local, "a query the sample answers"
    assert {h.source_id for h in remote} == {h.source_id for h in local}
    first, mine = local[0], remote[0]
    assert mine.source_id == first.source_id
    assert (mine.start, mine.end, mine.snippet) == (first.start, first.end, first.snippet)
    assert mine.title == first.title


def test_french_stems_and_accents_and_python_offsets(server) -> None:
    url, _ = server
    with connect(url) as conn:
        for query, words in [("québécois", "québécoises"), ("quebecoise", "québécoises"),
                             ("négociation", "négociations"), ("ete", "été"),
                             ('"droits compensateurs"', "droits compensateurs")]:
            hits = search(conn, query)
            assert [h.source_id for h in hits] == ["bois"], query
            hit = hits[0]
            # the offsets are Python's, in the stored text (after "œ" and accented letters)
            assert FRENCH[hit.start:hit.end] == words, query
            assert f"«{words}»" in hit.snippet, query
        assert search(conn, '"compensateurs droits"') == []  # a phrase keeps its order


def test_what_a_user_types_never_reaches_the_server_as_syntax(server) -> None:
    url, _ = server
    with connect(url) as conn:
        for query in ["'); DROP TABLE sources; --", "a & b | !c <-> d:*", ":*", "\\", '"',
                      "NOT", "-", "tariff:* & !x"]:
            search(conn, query)  # no error
        count = conn.execute("SELECT count(*) FROM sources").fetchone()
    assert count == (6,)  # the sample and the French article, all still there


def test_the_command_line_prints_ranked_hits(server, capsys) -> None:
    url, _ = server
    assert main(["search", url, "tariffs", "--json", "--limit", "2"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert [h["source"][:3] for h in answer["hits"]] == ["003", "002"]
    assert answer["hits"][0]["score"] >= answer["hits"][1]["score"] > 0
    assert "«" in answer["hits"][0]["snippet"]
    assert main(["search", url, "lumber softwood zebra"]) == 0
    assert "No match" in capsys.readouterr().out


def test_a_source_too_big_for_one_tsvector_is_still_copied_and_found(pg_url: str,
                                                                       tmp_path: Path) -> None:
    """1.8 MB of distinct words is over PostgreSQL's 1 MB per tsvector: the push must not
    fail, and the source is found by the words at its start."""
    import random
    import string

    rng = random.Random(0)
    words = ["".join(rng.choices(string.ascii_lowercase, k=8)) for _ in range(200_000)]
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "huge.txt").write_text("Sawmills tariffs overview. " + " ".join(words) + "\n",
                                     encoding="utf-8")
    (folder / "small.txt").write_text("Dairy quotas and supply management.\n",
                                      encoding="utf-8")
    assert main(["new", str(tmp_path / "p"), "--from", str(folder)]) == 0
    assert main(["db", "upgrade", pg_url]) == 0
    assert main(["push", str(tmp_path / "p"), pg_url]) == 0
    with connect(pg_url) as conn:
        assert [h.source_id for h in search(conn, "sawmill")] == ["huge"]
        assert [h.source_id for h in search(conn, "quota")] == ["small"]


@pytest.mark.parametrize("query", ["Lighthizr", "tarif", "tariffs xylophonist",
                                   "reciprocty tariffs", "Freelnd"])
def test_the_server_takes_the_embedded_indexs_steps(server, query: str) -> None:
    """A typo gets the same "did you mean", a cut-off word the same prefix matches, and a
    query no source fully answers the same sources with most of its words."""
    url, folder = server
    project = load_project(folder, outline=False)
    with SearchIndex.for_project(project) as index, connect(url) as conn:
        index.update(project.sources.values())
        local, remote = index.search(query, limit=10), search(conn, query, limit=10)
    assert (remote.partial, remote.suggestions) == (local.partial, local.suggestions)
    assert {h.source_id for h in remote} == {h.source_id for h in local}
    assert local.partial or local.suggestions or local  # the query tries a step


def test_did_you_mean_and_most_of_the_words_on_the_command_line(server, capsys) -> None:
    url, _ = server
    assert main(["search", url, "Lighthizr"]) == 0
    out = capsys.readouterr().out
    assert "Did you mean “lighthizer”?" in out
    assert main(["search", url, "tariffs xylophonist", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["partial"] is True and answer["hits"] and "fts5" not in answer
