"""Ranking: the phrase first, then close words, then scattered; partial matches,
prefixes while typing, and "did you mean"."""

from __future__ import annotations

import json

import pytest

from briefer.core.source import Source, SourceMeta
from briefer.index import SearchIndex
from briefer.index.rank import PARTIAL_MESSAGE, closest
from briefer.index.suggest import best_match, edit_distance

BACKENDS = ["fts5", "scan"]
FILLER = "Officials met in Ottawa on Tuesday to review the file, which is long. " * 6


def art(source_id: str, text: str, title: str = "") -> Source:
    return Source(id=source_id, text=text, meta=SourceMeta(title=title))


CORPUS = [
    # the words scattered, repeated (bm25 likes this one best)
    art("scattered", "Canada said it would help producers. Canada, Canada. " + FILLER
        + "The talks are continuing. " + FILLER + "Ministers will defend the deal."),
    art("close", FILLER + "Canada, while talks are continuing, will defend its farmers. "
        + FILLER),
    art("phrase", FILLER + FILLER + "And Canada is continuing to defend its system of supply "
        "management. " + FILLER + FILLER),
    art("auto", "Officials discussed the automotive rules of origin in Washington."),
    art("lumber", "Softwood lumber duties were raised again on Canadian mills."),
    art("mexico", "President Sheinbaum met the prime minister in Mexico City."),
    art("tariffs", "The tariffs on steel remain. Tariffs hurt Hamilton. Tariffs again."),
    art("canola", "Canola shipments to China resumed after three years."),
]


@pytest.fixture(scope="module", params=BACKENDS)
def index(request: pytest.FixtureRequest) -> SearchIndex:
    built = SearchIndex(use_fts5=request.param == "fts5")
    built.update(CORPUS)
    yield built
    built.close()


def ids(hits) -> list[str]:
    return [h.source_id for h in hits]


def test_the_phrase_comes_first_then_close_words_then_scattered(index: SearchIndex) -> None:
    hits = index.search("Canada is continuing to defend")
    assert ids(hits)[:3] == ["phrase", "close", "scattered"]
    phrase = CORPUS[2].text
    assert phrase[hits[0].start:hits[0].end] == "Canada is continuing to defend"


def test_a_hit_points_at_the_words_close_together(index: SearchIndex) -> None:
    hit = next(h for h in index.search("Canada defend continuing") if h.source_id == "close")
    text = CORPUS[1].text
    assert text[hit.start:hit.end] == "Canada, while talks are continuing, will defend"


def test_an_abbreviated_word_finds_the_full_one(index: SearchIndex) -> None:
    hits = index.search("auto rules of origin")
    assert ids(hits) == ["auto"]
    assert not hits.partial


def test_a_word_cut_short_finds_the_whole_word(index: SearchIndex) -> None:
    assert ids(index.search("tarif"))[:1] == ["tariffs"]


def test_the_last_word_typed_is_a_prefix_while_typing(index: SearchIndex) -> None:
    assert ids(index.search("softwood lum", typing=True)) == ["lumber"]
    assert ids(index.search("Sheinb", typing=True)) == ["mexico"]
    # a finished search (Enter, the CLI) takes a two-letter word as it is
    assert index.search("softwood lu").partial
    assert not index.search("softwood lu", typing=True).partial
    # a closed phrase is finished
    assert ids(index.search('"Sheinb"', typing=True)) == []


def test_no_source_with_every_word_shows_those_with_most_and_says_so(
        index: SearchIndex) -> None:
    hits = index.search("canola shipments chine")
    assert ids(hits)[0] == "canola"
    assert hits.partial
    assert not index.search("canola shipments").partial
    assert PARTIAL_MESSAGE.startswith("No source has all the words")


def test_more_words_matched_rank_first_in_a_partial_result(index: SearchIndex) -> None:
    hits = index.search("canola china steel zzzqx")
    assert hits.partial
    assert ids(hits)[0] == "canola"  # two of the words, "tariffs" has one


def test_did_you_mean_comes_from_the_corpus_vocabulary(index: SearchIndex) -> None:
    hits = index.search("canola chine")
    assert hits.suggestions == {"chine": "china"}
    assert hits.suggested_query("canola chine") == "canola china"
    assert index.search("Sheinbaun").suggestions == {"sheinbaun": "sheinbaum"}
    # a word that is found needs no suggestion; nor does a word nothing resembles
    assert index.search("canola").suggestions == {}
    assert index.search("xylophone").suggestions == {}


def test_edit_distance_and_frequency() -> None:
    assert edit_distance("tarif", "tariff") == 1
    assert edit_distance("negociations", "negotiations") == 1
    assert edit_distance("abc", "xyzabc") == 3
    # the closest word, the most frequent of equally close ones
    assert best_match("tarif", [("tariffs", 9), ("tariff", 3), ("tarot", 20)]) == "tariff"
    assert best_match("tarif", [("tarifs", 9), ("tariff", 3)]) == "tarifs"
    assert best_match("chin", [("chip", 20)]) == "chip"
    assert best_match("chin", [("chop", 20)]) is None  # two edits in a short word


def test_closest_window() -> None:
    assert closest([[(0, 5), (100, 105)], [(90, 95)]]) == (90, 105)
    assert closest([[(0, 5)], []]) is None


def test_the_cli_says_when_results_are_partial_and_suggests_words(capsys) -> None:
    from briefer.bundled import seeds_dir
    from briefer.cli import main

    assert main(["search", str(seeds_dir()), "Freeland zzzqx"]) == 0
    out = capsys.readouterr().out
    assert "No source has all the words; showing sources with most of them." in out
    assert main(["search", str(seeds_dir()), "Lighthizr"]) == 0
    assert "Did you mean “lighthizer”?" in capsys.readouterr().out
    assert main(["search", str(seeds_dir()), "Lighthizr", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["suggestions"] == {"lighthizr": "lighthizer"}
    assert result["partial"] is False
