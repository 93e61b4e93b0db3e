"""French sources: their language, Snowball French stems in the index, highlights by
the same stemmer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from briefer.core.source import Source, SourceMeta
from briefer.gui.reader_text import find_spans
from briefer.index import SearchIndex, match_spans
from briefer.index.french import language_of

BACKENDS = ["fts5", "scan"]

FRENCH = ("Les producteurs nationaux réclament une position canadienne ferme. La province "
          "québécoise craint pour ses exportations, selon les représentants du secteur.")
ENGLISH = "Canadienne Holdings reported strong national sales and a new Québécoise brand."


def art(source_id: str, text: str, language: str = "") -> Source:
    return Source(id=source_id, text=text, meta=SourceMeta(title="", language=language))


@pytest.fixture(params=BACKENDS)
def index(request: pytest.FixtureRequest) -> Iterator[SearchIndex]:
    built = SearchIndex(use_fts5=request.param == "fts5")
    built.update([art("fr", FRENCH), art("en", ENGLISH)])
    yield built
    built.close()


def ids(hits) -> list[str]:
    return sorted(h.source_id for h in hits)


def test_the_language_is_the_metadata_s_else_guessed_from_stop_words() -> None:
    assert language_of("fr-CA", "", ENGLISH) == "fr"
    assert language_of("French", "", ENGLISH) == "fr"
    assert language_of("en", "", FRENCH) == "en"
    assert language_of("", "", FRENCH) == "fr"
    assert language_of("", "", ENGLISH) == "en"
    assert language_of("", "Talks resume", "The minister said that the talks are over.") == "en"


def test_french_sources_find_their_french_inflections(index: SearchIndex) -> None:
    # Porter leaves these apart; Snowball's French stemmer joins them
    assert "fr" in ids(index.search("national"))
    assert "fr" in ids(index.search("canadien"))
    assert "fr" in ids(index.search("québécois"))


def test_english_sources_keep_the_english_stemmer(index: SearchIndex) -> None:
    assert "en" not in ids(index.search("canadien"))  # "Canadienne" is a name here
    assert "en" in ids(index.search("nationally"))  # Porter: national, nationally
    assert "fr" not in ids(index.search("nationally"))


def test_french_highlights_use_the_french_stemmer(index: SearchIndex) -> None:
    hit = next(h for h in index.search("national canadien") if h.source_id == "fr")
    assert [FRENCH[s:e] for s, e in hit.matches] == ["nationaux", "canadienne"]
    assert match_spans(ENGLISH, "canadien") == []
    assert [FRENCH[s:e] for s, e in match_spans(FRENCH, "canadien", french=True)] == \
        ["canadienne"]
    # the reader guesses the language of a source it is not told about
    assert [FRENCH[s:e] for s, e in find_spans(FRENCH, "québécois")] == ["québécoise"]


def test_a_source_declared_french_is_reindexed_as_french(tmp_path) -> None:
    index = SearchIndex(tmp_path / "index.sqlite")
    text = "Nationaux."
    index.update([art("a", text, "en")])
    assert ids(index.search("national")) == []
    assert index.update([art("a", text, "fr")]) == 1
    assert ids(index.search("national")) == ["a"]
    assert index.update([art("a", text, "fr")]) == 0
    index.update([art("b", "Other.")])  # the French rows of a dropped source go too
    assert ids(index.search("national")) == []
    index.close()


def test_a_reopened_index_still_searches_its_french_sources(tmp_path) -> None:
    # whether the index holds French sources is read from it once opened (the French
    # table, not a count of every source), and stays right as sources come and go
    path = tmp_path / "index.sqlite"
    with SearchIndex(path) as built:
        built.update([art("en", ENGLISH)])
    with SearchIndex(path) as reopened:
        assert "fr" not in ids(reopened.search("national"))
        reopened.update([art("fr", FRENCH), art("en", ENGLISH)])
    with SearchIndex(path) as reopened:
        assert "fr" in ids(reopened.search("national"))  # "nationaux", by its French stem
        reopened.update([art("en", ENGLISH)])
        assert "fr" not in ids(reopened.search("national"))
