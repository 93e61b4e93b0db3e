"""Properties of re-anchoring that must hold for any text and any excerpt.

The one that matters most: whenever an excerpt is reported ANCHORED or MOVED,
the span holds exactly the recorded words — never a misquote.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefer.core.anchoring import anchor, locate_quote, reanchor
from briefer.core.excerpt import (
    CONTEXT_CHARS,
    AnchorStatus,
    Excerpt,
    TextPositionSelector,
    TextQuoteSelector,
)
from briefer.core.source import Source

# Words, spaces, line breaks, punctuation and typographic quotes: small enough
# an alphabet that exact repeats and near misses happen often.
ALPHABET = "abcde ABC\n.,;’“”'\"—-é"
texts = st.text(alphabet=ALPHABET, min_size=1, max_size=300)
any_text = st.text(max_size=200)  # any unicode, for "never crash"
SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@st.composite
def text_and_span(draw: st.DrawFn, text_strategy: st.SearchStrategy[str] = texts
                  ) -> tuple[str, int, int]:
    text = draw(text_strategy.filter(bool))
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, min(len(text), start + 80)))
    return text, start, end


def excerpt(text: str, start: int, end: int) -> Excerpt:
    """Built by hand (not make_excerpt) so odd spans, all white space say, are tried too."""
    quote = TextQuoteSelector(text[start:end], text[max(0, start - CONTEXT_CHARS):start],
                              text[end:end + CONTEXT_CHARS])
    return Excerpt(id="ex", source_id="src", quote=quote,
                   position=TextPositionSelector(start, end))


def check_bounds(result_start: int, result_end: int, status: AnchorStatus, text: str) -> None:
    if status is AnchorStatus.ORPHANED:
        assert (result_start, result_end) == (-1, -1)
    else:
        assert 0 <= result_start < result_end <= len(text)


@SETTINGS
@given(text_and_span())
def test_unchanged_text_is_anchored_at_the_same_span(case: tuple[str, int, int]) -> None:
    text, start, end = case
    result = anchor(excerpt(text, start, end), text)
    assert (result.status, result.start, result.end, result.score) == (
        AnchorStatus.ANCHORED, start, end, 100.0)


@SETTINGS
@given(text_and_span(), st.text(alphabet=ALPHABET, max_size=100),
       st.text(alphabet=ALPHABET, max_size=100), st.data())
def test_insertions_outside_the_span_keep_the_exact_words(
        case: tuple[str, int, int], before: str, after: str, data: st.DataObject) -> None:
    text, start, end = case
    ex = excerpt(text, start, end)
    at_before = data.draw(st.integers(0, start), label="insert before at")
    at_after = data.draw(st.integers(end, len(text)), label="insert after at")
    edited = (text[:at_before] + before + text[at_before:at_after] + after
              + text[at_after:])
    result = anchor(ex, edited)
    assert result.status in (AnchorStatus.ANCHORED, AnchorStatus.MOVED)
    assert edited[result.start:result.end] == ex.exact
    assert result.score == 100.0


@SETTINGS
@given(text_and_span(), st.text(alphabet=ALPHABET, max_size=40), st.data())
def test_found_exactly_means_the_exact_words(case: tuple[str, int, int], replacement: str,
                                             data: st.DataObject) -> None:
    """Any edit anywhere (inside the span too): ANCHORED/MOVED spans hold the quote."""
    text, start, end = case
    ex = excerpt(text, start, end)
    a = data.draw(st.integers(0, len(text)), label="edit start")
    b = data.draw(st.integers(a, min(len(text), a + 30)), label="edit end")
    edited = text[:a] + replacement + text[b:]
    result = anchor(ex, edited)
    check_bounds(result.start, result.end, result.status, edited)
    if result.status in (AnchorStatus.ANCHORED, AnchorStatus.MOVED):
        assert edited[result.start:result.end] == ex.exact
    assert 0.0 <= result.score <= 100.0
    new = reanchor(ex, edited)
    assert new.exact == ex.exact
    assert new.status is result.status
    if result.status is AnchorStatus.ORPHANED:
        assert new.position == ex.position


@SETTINGS
@given(text_and_span(any_text), any_text, st.integers(-5, 400), st.integers(-5, 400))
def test_never_crashes_and_spans_stay_in_bounds(case: tuple[str, int, int], other: str,
                                                old_start: int, old_end: int) -> None:
    text, start, end = case
    ex = excerpt(text, start, end)
    stale = Excerpt(id="ex", source_id="src", quote=ex.quote,
                    position=TextPositionSelector(old_start, old_end))
    for candidate in (ex, stale):
        result = anchor(candidate, other)
        check_bounds(result.start, result.end, result.status, other)
        assert 0.0 <= result.score <= 100.0
        if result.status in (AnchorStatus.ANCHORED, AnchorStatus.MOVED):
            assert other[result.start:result.end] == ex.exact


@SETTINGS
@given(st.text(alphabet="abcde ", min_size=1, max_size=30).filter(str.strip),
       st.text(alphabet=ALPHABET, max_size=60), st.booleans())
def test_context_picks_the_right_one_of_two_copies(quote: str, junk: str,
                                                   second: bool) -> None:
    text = "<" * 40 + quote + ">" * 40 + quote + "]" * 40
    start = text.index(quote) if not second else text.rindex(quote)
    ex = excerpt(text, start, start + len(quote))
    edited = junk + text
    result = anchor(ex, edited)
    expected = edited.rindex(quote) if second else len(junk) + 40
    assert edited[result.start:result.end] == quote
    assert result.start == expected


@SETTINGS
@given(text_and_span())
def test_locate_quote_finds_any_span_with_straight_or_curly_quotes(
        case: tuple[str, int, int]) -> None:
    text, start, end = case
    pasted = text[start:end].replace("’", "'").replace("“", '"').replace("”", '"')
    matches = locate_quote([Source(id="s", text=text)], pasted, limit=50)
    for m in matches:
        assert 0 <= m.start < m.end <= len(text)
        assert 0.0 <= m.score <= 100.0
    if pasted.strip(' \n"'):
        assert any(m.exact for m in matches)


_WORDS = ("trade tariff lumber dairy steel aluminum automotive quota duty review "
              "minister official talks deal border supply chain market access rules "
              "origin investment energy critical minerals security agreement partner "
              "Canada Mexico Washington Ottawa concession reciprocity negotiation the of "
              "and to in a is that for on with as was by it said would could has have "
              "from at be this an are which its their not but or after under over")
VOCABULARY = _WORDS.split(" ")
# Words do not repeat: in a text of one word said twenty times, any span is as
# good as another.
words = st.lists(st.sampled_from(VOCABULARY), min_size=30, max_size=60, unique=True)


@SETTINGS
@given(words, st.data())
def test_a_changed_word_inside_gives_the_span_of_the_new_words(
        sentence: list[str], data: st.DataObject) -> None:
    """Replace, drop or add one word inside an excerpt of eight or more words."""
    first = data.draw(st.integers(2, len(sentence) - 12), label="first word")
    last = data.draw(st.integers(first + 7, min(len(sentence) - 3, first + 30)), label="last")
    at = data.draw(st.integers(first + 1, last - 1), label="changed word")
    change = data.draw(st.sampled_from(["replace", "drop", "add"]), label="change")
    new_word = data.draw(st.sampled_from(["reworded", "amended", "unusual"]), label="new")
    text = " ".join(sentence) + "."
    start = len(" ".join(sentence[:first])) + 1
    end = len(" ".join(sentence[:last + 1]))
    edited_words = list(sentence)
    if change == "replace":
        edited_words[at] = new_word
    elif change == "drop":
        del edited_words[at]
    else:
        edited_words.insert(at, new_word)
    edited = " ".join(edited_words) + "."
    new_end = end + len(edited) - len(text)
    result = anchor(excerpt(text, start, end), edited)
    if result.status in (AnchorStatus.ANCHORED, AnchorStatus.MOVED):
        return  # the old words also occur elsewhere: found exactly (checked above)
    assert result.status is AnchorStatus.FUZZY
    assert (result.start, result.end) == (start, new_end), (
        edited[start:new_end], edited[result.start:result.end])
