"""Re-anchoring excerpts after their source changed, and finding the source of a quote.

A misquote in a ministerial note is a serious error: these tests check that an
excerpt is found again where its words are, flagged when they changed, and
reported orphaned (never matched to other words) when they are gone.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from briefer.core.anchoring import AnchorResult, anchor, locate_quote, reanchor
from briefer.core.excerpt import AnchorStatus, Excerpt, make_excerpt
from briefer.core.source import Source

MYOCHIN = ("Mitsuru Myochin, an official from the Japanese headquarters for the TPP, "
           "said further meetings aimed at finalizing the deal have not yet been scheduled")
PICKERILL = "Joseph Pickerill, a spokesman for Canada’s trade minister, said Monday"


@pytest.fixture
def article(seeds: Path) -> str:
    return next(seeds.glob("000_*.txt")).read_text(encoding="utf-8")


@pytest.fixture
def corpus(seeds: Path) -> list[Source]:
    return [Source(id=p.stem, text=p.read_text(encoding="utf-8"))
            for p in sorted(seeds.glob("*.txt"))]


def excerpt_of(text: str, phrase: str, nth: int = 0) -> Excerpt:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return make_excerpt("src", text, start, start + len(phrase))


def found(result: AnchorResult, text: str) -> str:
    assert result.status is not AnchorStatus.ORPHANED, result
    assert 0 <= result.start < result.end <= len(text)
    return text[result.start:result.end]


# --- position and exact quote ---------------------------------------------------

def test_unchanged_text_is_anchored_in_place(article: str) -> None:
    ex = excerpt_of(article, MYOCHIN)
    result = anchor(ex, article)
    assert result == AnchorResult(AnchorStatus.ANCHORED, ex.position.start, ex.position.end, 100.0)


def test_insertion_before_moves_the_excerpt(article: str) -> None:
    ex = excerpt_of(article, MYOCHIN)
    edited = "EDITOR'S NOTE: this story was updated.\n\n" + article
    result = anchor(ex, edited)
    assert result.status is AnchorStatus.MOVED
    assert result.start == ex.position.start + len("EDITOR'S NOTE: this story was updated.\n\n")
    assert found(result, edited) == MYOCHIN
    assert result.score == 100.0


def test_insertion_after_keeps_it_anchored(article: str) -> None:
    ex = excerpt_of(article, MYOCHIN)
    edited = article.replace("but discussions have continued",
                             "but, officials say, discussions have continued")
    result = anchor(ex, edited)
    assert result.status is AnchorStatus.ANCHORED
    assert found(result, edited) == MYOCHIN


def test_paragraph_moved_elsewhere_is_found_exactly(article: str) -> None:
    ex = excerpt_of(article, MYOCHIN)
    paragraphs = article.split("\n\n")
    index = next(i for i, p in enumerate(paragraphs) if MYOCHIN in p)
    moved = paragraphs[:index] + paragraphs[index + 1:] + [paragraphs[index]]
    edited = "\n\n".join(moved)
    result = anchor(ex, edited)
    assert result.status is AnchorStatus.MOVED
    assert found(result, edited) == MYOCHIN
    assert result.start > ex.position.start


def test_duplicated_quote_context_picks_the_original() -> None:
    quote = "the deal is not done yet"
    text = f"Officials insisted {quote}, adding that talks would resume. Mr. Lee disagreed."
    ex = excerpt_of(text, quote)
    # A copy of the words with other context appears *nearer* the old position.
    copy = f"Critics replied that {quote} and never will be. "
    edited = copy + "In Ottawa, " + text
    result = anchor(ex, edited)
    original = edited.index(f"Officials insisted {quote}") + len("Officials insisted ")
    assert result.status is AnchorStatus.MOVED
    assert result.start == original
    assert found(result, edited) == quote


def test_duplicated_quote_second_occurrence_kept() -> None:
    quote = "trade must be widely shared"
    text = (f"The minister said {quote} at the summit. Later, the premier said "
            f"{quote}, and left.")
    ex = excerpt_of(text, quote, nth=1)
    edited = "Update: " + text
    result = anchor(ex, edited)
    assert result.start == edited.rindex(quote)
    assert result.status is AnchorStatus.MOVED


def test_equal_contexts_fall_back_to_nearest_to_old_position() -> None:
    text = "x. Same words here. y. Same words here. z."
    ex = excerpt_of(text, "Same words here", nth=1)
    edited = text.replace("x.", "xx.")  # both occurrences shift by one
    result = anchor(ex, edited)
    assert result.start == edited.rindex("Same words here")


# --- fuzzy -------------------------------------------------------------------------

def test_insertion_inside_gives_fuzzy_span_covering_the_new_words(article: str) -> None:
    ex = excerpt_of(article, MYOCHIN)
    new = MYOCHIN.replace("further meetings", "further meetings, he stressed,")
    edited = article.replace(MYOCHIN, new)
    result = anchor(ex, edited)
    assert result.status is AnchorStatus.FUZZY
    assert found(result, edited) == new
    assert 80 <= result.score < 100


@pytest.mark.parametrize("typo, fixed", [
    ("finalizng", "finalizing"),  # inside
    ("Mitsuru Myochn", "Mitsuru Myochin"),  # first words
    ("not yet been schedueld", "not yet been scheduled"),  # last word
])
def test_typo_fixed_inside_gives_span_of_the_corrected_words(article: str, typo: str,
                                                             fixed: str) -> None:
    with_typo = MYOCHIN.replace(fixed, typo)
    original = article.replace(MYOCHIN, with_typo)
    ex = excerpt_of(original, with_typo)
    result = anchor(ex, article)
    assert result.status is AnchorStatus.FUZZY
    assert found(result, article) == MYOCHIN
    assert result.score > 95


@pytest.mark.parametrize("old, new", [
    ("Mitsuru Myochin, an official", "An official"),  # first words replaced
    ("Mitsuru Myochin, an official", "The official"),
    ("have not yet been scheduled", "have not been set"),  # last words replaced
])
def test_changed_words_at_the_edges_are_covered_not_the_context(article: str, old: str,
                                                                new: str) -> None:
    ex = excerpt_of(article, MYOCHIN)
    edited = article.replace(old, new)
    result = anchor(ex, edited)
    assert result.status is AnchorStatus.FUZZY
    assert found(result, edited) == MYOCHIN.replace(old, new)


def test_paragraph_moved_and_edited_is_fuzzy(article: str) -> None:
    ex = excerpt_of(article, MYOCHIN)
    paragraphs = article.split("\n\n")
    index = next(i for i, p in enumerate(paragraphs) if MYOCHIN in p)
    paragraph = paragraphs.pop(index).replace("finalizing", "finalising")
    edited = "\n\n".join([paragraph, *paragraphs])
    result = anchor(ex, edited)
    assert result.status is AnchorStatus.FUZZY
    assert found(result, edited) == MYOCHIN.replace("finalizing", "finalising")


def test_whitespace_changes_inside_are_fuzzy_with_the_same_words(article: str) -> None:
    ex = excerpt_of(article, MYOCHIN)
    new = MYOCHIN.replace("headquarters for", "headquarters\nfor").replace("the deal", "the  deal")
    edited = article.replace(MYOCHIN, new)
    result = anchor(ex, edited)
    assert result.status is AnchorStatus.FUZZY
    assert found(result, edited) == new
    assert result.score > 95


def test_deleted_words_are_orphaned(article: str) -> None:
    ex = excerpt_of(article, MYOCHIN)
    edited = article.replace(MYOCHIN + ", ", "")
    assert anchor(ex, edited) == AnchorResult(AnchorStatus.ORPHANED, -1, -1, 0.0)


def test_rewritten_sentence_is_orphaned(article: str) -> None:
    ex = excerpt_of(article, MYOCHIN)
    edited = article.replace(MYOCHIN, "Japan has set no date for its next round of talks")
    assert anchor(ex, edited).status is AnchorStatus.ORPHANED


def test_excerpt_not_matched_to_another_article(corpus: list[Source]) -> None:
    rng = random.Random(4)
    for source in corpus:
        others = "\n\n".join(s.text for s in corpus if s is not source)
        words = source.text.split(" ")
        for _ in range(30):
            n = rng.choice([2, 3, 5, 8, 13, 21])
            i = rng.randrange(0, max(1, len(words) - n))
            phrase = " ".join(words[i:i + n]).strip()
            if not phrase or phrase in others:
                continue
            ex = excerpt_of(source.text, phrase)
            assert anchor(ex, others).status is AnchorStatus.ORPHANED, phrase


def test_short_quote_does_not_fuzzy_match_other_text() -> None:
    text = "In the morning the minister spoke about lumber duties at length."
    ex = excerpt_of(text, "lumber duties")
    elsewhere = "A different story entirely: number duties and other things happened."
    assert anchor(ex, elsewhere).status is AnchorStatus.ORPHANED
    # ...but the same short quote edited in place, its context intact, is found.
    edited = text.replace("lumber duties", "lumber duty")
    result = anchor(ex, edited)
    assert result.status is AnchorStatus.FUZZY
    assert found(result, edited) == "lumber duty"


def test_quote_at_start_and_end_of_text(article: str) -> None:
    head = "With Canada’s “progressive trade agenda” meeting more apparent resistance"
    ex = excerpt_of(article, head)
    edited = article.replace("more apparent", "more aparent", 1)
    result = anchor(ex, edited)
    assert result.status is AnchorStatus.FUZZY
    assert result.start == 0
    assert found(result, edited) == head.replace("apparent", "aparent")

    tail = "Image credit: National Post"
    ex = excerpt_of(article, tail)
    edited = article.replace(tail, "Image credit: The National Post")
    result = anchor(ex, edited)
    assert result.status is AnchorStatus.FUZZY
    assert result.end == len(edited)
    assert found(result, edited) == "Image credit: The National Post"


def test_empty_and_tiny_texts_are_orphaned_without_error(article: str) -> None:
    ex = excerpt_of(article, MYOCHIN)
    assert anchor(ex, "").status is AnchorStatus.ORPHANED
    assert anchor(ex, "M").status is AnchorStatus.ORPHANED
    empty = Excerpt("e", "src", ex.quote.__class__(""), ex.position)
    assert anchor(empty, article).status is AnchorStatus.ORPHANED


def test_stale_position_outside_the_text(article: str) -> None:
    ex = excerpt_of(article, "Image credit: National Post")
    edited = "Image credit: National Post"
    result = anchor(ex, edited)
    assert result.status is AnchorStatus.MOVED
    assert (result.start, result.end) == (0, len(edited))


def test_every_sentence_of_the_corpus_survives_an_edit_before_it(corpus: list[Source]) -> None:
    for source in corpus:
        text = source.text
        start = 0
        for line in text.split("\n"):
            if len(line.strip()) > 20:
                begin = text.index(line, start)
                ex = make_excerpt(source.id, text, begin, begin + len(line))
                edited = "Correction appended.\n" + text
                result = anchor(ex, edited)
                assert result.status in (AnchorStatus.MOVED, AnchorStatus.ANCHORED)
                assert edited[result.start:result.end] == ex.exact
                start = begin + len(line)


# --- reanchor ----------------------------------------------------------------------

def test_reanchor_fuzzy_keeps_the_recorded_words(article: str) -> None:
    ex = excerpt_of(article, MYOCHIN)
    edited = article.replace("finalizing", "finalising")
    new = reanchor(ex, edited)
    assert new is not ex and ex.status is AnchorStatus.ANCHORED  # original untouched
    assert new.status is AnchorStatus.FUZZY
    assert new.exact == MYOCHIN  # what was quoted, so the change can be shown
    assert edited[new.position.start:new.position.end] == MYOCHIN.replace("finalizing",
                                                                          "finalising")
    assert new.id == ex.id and new.source_id == ex.source_id
    # Still FUZZY next time: the words have not come back.
    assert reanchor(new, edited).status is AnchorStatus.FUZZY


def test_reanchor_moved_updates_position_and_context(article: str) -> None:
    ex = excerpt_of(article, MYOCHIN)
    edited = "New lead paragraph.\n\n" + article.replace("at the moment.", "for now.")
    new = reanchor(ex, edited)
    assert new.status is AnchorStatus.MOVED
    assert edited[new.position.start:new.position.end] == MYOCHIN
    assert new.quote.prefix.endswith("for now.\xa0")
    assert reanchor(new, edited).status is AnchorStatus.ANCHORED


def test_reanchor_orphaned_keeps_old_position(article: str) -> None:
    ex = excerpt_of(article, MYOCHIN)
    new = reanchor(ex, article.replace(MYOCHIN, ""))
    assert new.status is AnchorStatus.ORPHANED
    assert new.position == ex.position
    assert new.quote == ex.quote


def test_reanchor_round_trips_through_dict(article: str) -> None:
    ex = reanchor(excerpt_of(article, MYOCHIN), article.replace("TPP", "T.P.P."))
    assert Excerpt.from_dict(ex.to_dict()) == ex


# --- speed ---------------------------------------------------------------------------

def _long_text(corpus: list[Source], size: int = 60_000) -> str:
    rng = random.Random(1)
    words = " ".join(s.text for s in corpus).split()
    parts = [s.text for s in corpus]
    while sum(map(len, parts)) < size:
        parts.append(" ".join(rng.choice(words) for _ in range(60)))
    return "\n\n".join(parts)


def test_long_text_edits_are_never_reported_unchanged(corpus: list[Source]) -> None:
    """Long texts and long quotes: removed or altered quotes are never ANCHORED.

    Their speed is measured in tests/bench/bench_anchoring.py.
    """
    text = _long_text(corpus)
    rng = random.Random(2)
    for length in (12, 150, 1500, 5000):
        for mode in range(3):
            start = rng.randrange(0, 20_000 - length)
            ex = make_excerpt("s", text, start, start + length)
            a, b = ex.position.start, ex.position.end
            edited = [text[:a] + text[b:],  # gone: every step runs
                      text[:(a + b) // 2] + "[sic]" + text[(a + b) // 2:],
                      "".join(rng.sample(text, len(text)))][mode]
            result = anchor(ex, edited)
            assert result.status is not AnchorStatus.ANCHORED or mode == 2


# --- locate_quote --------------------------------------------------------------------

def test_locate_quote_straight_quotes_match_curly(corpus: list[Source]) -> None:
    pasted = 'Joseph Pickerill, a spokesman for Canada\'s trade minister, said Monday "there is'
    matches = locate_quote(corpus, pasted)
    assert matches and matches[0].exact and matches[0].score == 100.0
    source = next(s for s in corpus if s.id == matches[0].source_id)
    assert source.id.startswith("000_")
    assert source.text[matches[0].start:matches[0].end] == PICKERILL + " “there is"


def test_locate_quote_whitespace_and_enclosing_quotes(corpus: list[Source]) -> None:
    pasted = '“Mitsuru Myochin, an official from the Japanese\n   headquarters for the TPP”'
    matches = locate_quote(corpus, pasted)
    assert matches[0].exact
    source = next(s for s in corpus if s.id == matches[0].source_id)
    assert source.text[matches[0].start:matches[0].end] == (
        "Mitsuru Myochin, an official from the Japanese headquarters for the TPP")


def test_locate_quote_with_a_changed_word_ranks_the_source_first(corpus: list[Source]) -> None:
    pasted = ("Mitsuru Myochin, an official from the Japanese headquarters for the TPP, "
              "said further talks aimed at finalizing the deal have not yet been scheduled")
    matches = locate_quote(corpus, pasted)
    assert matches and not matches[0].exact
    assert matches[0].source_id.startswith("000_")
    source = next(s for s in corpus if s.id == matches[0].source_id)
    assert source.text[matches[0].start:matches[0].end] == MYOCHIN
    assert 85 < matches[0].score < 100


def test_locate_quote_exact_matches_come_first(corpus: list[Source]) -> None:
    pasted = "trade negotiations between Canada and the United States"
    near = Source(id="near", text="Recent trade negotiation between Canada and the US States ...")
    exact_src = Source(id="exact", text="Talks: " + pasted + " resumed.")
    matches = locate_quote([near, exact_src], pasted)
    assert [m.source_id for m in matches] == ["exact", "near"]
    assert matches[0].exact and not matches[1].exact
    assert matches[0].score > matches[1].score


def test_locate_quote_dashes_and_limit() -> None:
    text = "Talks — as expected — stalled. " * 3
    matches = locate_quote([Source(id="a", text=text)], "Talks - as expected - stalled", limit=2)
    assert len(matches) == 2 and all(m.exact for m in matches)
    assert text[matches[0].start:matches[0].end] == "Talks — as expected — stalled"


def test_locate_quote_nothing_for_unrelated_or_empty(corpus: list[Source]) -> None:
    assert locate_quote(corpus, "The quick brown fox jumps over the lazy dog by the river.") == []
    assert locate_quote(corpus, "   ") == []
    assert locate_quote([], "anything at all") == []


def test_locate_quote_finds_the_one_source_among_a_thousand(corpus: list[Source]) -> None:
    rng = random.Random(3)
    words = " ".join(s.text for s in corpus).split()
    sources = [Source(id=f"g{i}", text=" ".join(rng.choice(words) for _ in range(1000)))
               for i in range(1000)]
    sources[700] = Source(id="target", text=sources[700].text + "\n\n" + corpus[0].text)
    pasted = "Joseph Pickerill, a spokesman for Canada's trade minister, said on Monday"
    matches = locate_quote(sources, pasted)
    assert matches[0].source_id == "target"
