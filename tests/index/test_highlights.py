"""Highlights as a reader expects them: no lone stop words, the words in a row as one
unit, accents respected when the user typed them."""

from __future__ import annotations

from briefer.core.source import Source, SourceMeta
from briefer.index import SearchIndex, match_spans


def marked(text: str, query: str) -> list[str]:
    return [text[s:e] for s, e in match_spans(text, query)]


def test_stop_words_are_never_highlighted_on_their_own() -> None:
    text = "A rule of thumb is to wait. Concessions vis-à-vis the United States."
    assert marked(text, "a") == []
    assert marked(text, "of to is") == []
    assert marked(text, "concessions à") == ["Concessions"]  # not the "à" of "vis-à-vis"
    # inside the words of a query in a row, they belong to the unit
    assert marked(text, "vis à vis") == ["vis-à-vis"]
    assert marked(text, "rule of thumb") == ["rule of thumb"]


def test_words_in_a_row_are_one_highlight_lone_words_stay_too() -> None:
    text = "The rules of origin changed. Other rules apply; the origin is Mexico."
    assert marked(text, "rules of origin") == ["rules of origin", "rules", "origin"]


def test_a_quoted_phrase_highlights_only_the_phrase() -> None:
    text = "The rules of origin changed. Other rules apply; the origin is Mexico."
    assert marked(text, '"rules of origin"') == ["rules of origin"]


def test_stepping_through_hits_goes_phrase_by_phrase() -> None:
    index = SearchIndex()
    text = "Canada is continuing to defend supply management. Canada will defend it."
    index.update([Source(id="a", text=text, meta=SourceMeta())])
    hit = index.search("Canada is continuing to defend")[0]
    assert [text[s:e] for s, e in hit.matches] == \
        ["Canada is continuing to defend", "Canada", "defend"]
    assert "«Canada is continuing to defend»" in hit.snippet


def test_accents_are_folded_only_where_the_query_had_none() -> None:
    text = "La côte du Québec; la cote de crédit; Quebec City; Négociation, negociation."
    assert marked(text, "cote") == ["côte", "cote"]
    assert marked(text, "côte") == ["côte"]
    assert marked(text, "quebec") == ["Québec", "Quebec"]
    assert marked(text, "Québec") == ["Québec"]
    assert marked(text, "négociation") == ["Négociation"]
    assert marked(text, "negociation") == ["Négociation", "negociation"]
    # the search itself still finds both spellings
    index = SearchIndex()
    index.update([Source(id="a", text="Quebec City", meta=SourceMeta())])
    assert [h.source_id for h in index.search("Québec")] == ["a"]


def test_a_text_searched_again_is_not_folded_again_and_hits_stay_the_same() -> None:
    from briefer.index import highlight

    texts = {f"s{i}": f"Dairy quota talks, round {i}. Ottawa and Washington met on dairy."
             for i in range(5)}
    with SearchIndex() as index:
        index.update([Source(sid, text, SourceMeta(title="")) for sid, text in texts.items()])
        first = index.search("dairy Ottawa")
        body = highlight.folded(texts["s1"])
        again = index.search("dairy Ottawa")
    assert [(h.source_id, h.start, h.end, h.snippet, h.matches) for h in first] == \
        [(h.source_id, h.start, h.end, h.snippet, h.matches) for h in again]
    assert highlight.folded(texts["s1"]) is body  # ranking found it folded already
    # French matching is the text's own: never the English folding's spans
    assert highlight.folded(texts["s1"], french=True) is not body
    for i in range(highlight.RECENT_TEXTS + 1):
        highlight.folded(f"another text {i}")
    assert highlight.folded(texts["s1"]) is not body  # only the last few are kept


def test_accents_curly_quotes_and_undecodable_bytes_fold_as_before() -> None:
    # the characters beyond ASCII are found from the text's UTF-8 (a byte undecodable
    # when the file was read stays a lone surrogate, which must not stop the search)
    text = "Montréal’s “TARIFFS” — caf\udce9 Québec tariffs"
    assert marked(text, "montreal tariffs") == ["Montréal", "TARIFFS", "tariffs"]
    assert marked(text, "quebec") == ["Québec"]
