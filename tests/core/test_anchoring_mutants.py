"""The rules of re-anchoring and quote finding that mutation testing found untested.

Each test states a rule a user relies on — a quote is found at the right place,
a changed quote is accepted only when it is close enough and, if short, only
when its recorded context is still beside it — and each was checked to fail
when the rule is broken in the code (``scripts/mutation.sh anchoring``).

Texts below are built as PREFIX + quote + SUFFIX; the excerpt records the
quote with ~32 characters of context either side, then the source changes.
"""

from __future__ import annotations

import random

import pytest
from rapidfuzz.distance import Levenshtein

from briefer.core.anchoring import (
    LONG_QUOTE_CHARS,
    MIN_QUOTE_SCORE,
    MIN_SHORT_QUOTE_SCORE,
    MIN_UNSUPPORTED_LONG_SCORE,
    MIN_UNSUPPORTED_SCORE,
    SHORT_QUOTE_CHARS,
    SHORT_QUOTE_WORDS,
    AnchorResult,
    anchor,
    locate_quote,
    reanchor,
)
from briefer.core.excerpt import (
    CONTEXT_CHARS,
    AnchorStatus,
    Excerpt,
    TextPositionSelector,
    TextQuoteSelector,
    make_excerpt,
)
from briefer.core.source import Source

PREFIX = "In Ottawa on Tuesday afternoon, the minister told reporters that "
SUFFIX = " before the committee adjourned for the long summer recess."
# the same places after a rewrite: nothing of the recorded context is left
OTHER_PREFIX = "Speaking from a podium at Queen's Park, a spokesperson explained: "
OTHER_SUFFIX = " — or so officials at Global Affairs Canada kept on insisting."

FUZZY, ORPHANED = AnchorStatus.FUZZY, AnchorStatus.ORPHANED


def recorded(quote: str) -> Excerpt:
    """The excerpt of ``quote`` as picked in PREFIX + quote + SUFFIX."""
    text = PREFIX + quote + SUFFIX
    return make_excerpt("src", text, len(PREFIX), len(PREFIX) + len(quote))


def after_edit(quote: str, new_quote: str, prefix: str = PREFIX,
               suffix: str = SUFFIX) -> tuple[AnchorResult, str | None]:
    """Anchor the excerpt of ``quote`` in prefix + new_quote + suffix: (result, words found)."""
    text = prefix + new_quote + suffix
    result = anchor(recorded(quote), text)
    return result, (text[result.start:result.end] if result.found else None)


def similarity(a: str, b: str) -> float:
    """What the thresholds measure: the share of the quote's characters kept (Levenshtein)."""
    return 100 * Levenshtein.normalized_similarity(a, b)


def is_short(quote: str) -> bool:
    return len(quote) < SHORT_QUOTE_CHARS or len(quote.split()) < SHORT_QUOTE_WORDS


def garbled(quote: str, count: int) -> str:
    """``quote`` with ``count`` letters misread (as by OCR), its length unchanged."""
    chars, done = list(quote), 0
    for i in [*range(2, len(quote) - 2, 2), *range(3, len(quote) - 2, 2)]:
        if done == count:
            break
        if chars[i].isalpha() and chars[i] != "z":
            chars[i], done = "z", done + 1
    assert done == count
    return "".join(chars)


# --- a short quote is never accepted on its own words alone ------------------------------

@pytest.mark.parametrize("quote, typo", [
    ("protectionist countermeasures", "protectionist countermeasurez"),  # < 30 characters
    ("internationally coordinated countermeasures",  # 43 characters but 3 words
     "internationally coordinated countermeasurez"),
])
def test_a_short_quote_without_its_context_is_orphaned_even_nearly_unchanged(
        quote: str, typo: str) -> None:
    assert is_short(quote)
    assert similarity(quote, typo) >= MIN_UNSUPPORTED_SCORE  # one letter: a long one would pass
    result, _ = after_edit(quote, typo, OTHER_PREFIX, OTHER_SUFFIX)
    assert result.status is ORPHANED
    # with its context still there, the same change is found (and flagged)
    result, words = after_edit(quote, typo)
    assert result.status is FUZZY and words == typo


def test_a_short_quote_needs_the_stricter_score_even_with_its_context() -> None:
    quote, edited = "lumber duties rose", "timber dues rise"
    assert is_short(quote)
    assert MIN_QUOTE_SCORE <= similarity(quote, edited) < MIN_SHORT_QUOTE_SCORE
    assert after_edit(quote, edited)[0].status is ORPHANED
    # a smaller change to the same short quote is accepted
    result, words = after_edit(quote, "lumber duties rise")
    assert result.status is FUZZY and words == "lumber duties rise"


# --- a long quote's context counts on either side ---------------------------------------

LONG = "Ottawa's talks on softwood lumber would resume in the autumn"
LONG_EDITED = "Ottawa's negotiations over softwood lumber might restart in the autumn"


@pytest.mark.parametrize("prefix, suffix", [
    (PREFIX, SUFFIX), (PREFIX, OTHER_SUFFIX), (OTHER_PREFIX, SUFFIX),
], ids=["both-sides", "before-only", "after-only"])
def test_a_reworded_quote_is_found_when_one_side_of_its_context_remains(
        prefix: str, suffix: str) -> None:
    assert not is_short(LONG)
    assert MIN_QUOTE_SCORE <= similarity(LONG, LONG_EDITED) < MIN_SHORT_QUOTE_SCORE
    result, words = after_edit(LONG, LONG_EDITED, prefix, suffix)
    assert result.status is FUZZY
    assert words == LONG_EDITED
    assert result.score < 100


def test_a_reworded_quote_without_any_of_its_context_is_orphaned() -> None:
    result, _ = after_edit(LONG, LONG_EDITED, OTHER_PREFIX, OTHER_SUFFIX)
    assert result.status is ORPHANED


def test_a_long_quote_keeping_exactly_the_minimum_share_is_found() -> None:
    edited = garbled(LONG, 21)
    assert similarity(LONG, edited) == MIN_QUOTE_SCORE
    for prefix, suffix in ((PREFIX, OTHER_SUFFIX), (OTHER_PREFIX, SUFFIX)):
        result, words = after_edit(LONG, edited, prefix, suffix)
        assert result.status is FUZZY and words == edited
    fewer = garbled(LONG, 22)
    assert after_edit(LONG, fewer, PREFIX, OTHER_SUFFIX)[0].status is ORPHANED


# --- where a quote stops being short ----------------------------------------------------

@pytest.mark.parametrize("quote, short", [
    ("the lumber talks resume in May", False),  # exactly 30 characters, 6 words
    ("the lumber talks resume in Ma", True),  # 29 characters
    ("softwood lumber negotiations resume", False),  # exactly 4 words, 35 characters
    ("softwood lumber negotiations-resume", True),  # 3 words
])
def test_short_quote_thresholds_at_30_characters_and_4_words(quote: str, short: bool) -> None:
    assert is_short(quote) is short
    edited = garbled(quote, round(len(quote) * 0.3))
    assert MIN_QUOTE_SCORE <= similarity(quote, edited) < MIN_SHORT_QUOTE_SCORE
    result, words = after_edit(quote, edited, PREFIX, OTHER_SUFFIX)
    if short:
        assert result.status is ORPHANED
    else:
        assert result.status is FUZZY and words == edited


# --- a moved and edited passage: only a nearly unchanged quote is trusted ----------------

MEDIUM = "the committee will review the softwood lumber file next spring"
LONGER = ("the committee will review the softwood lumber file next spring, once the new "
          "duties on Canadian mills are known")
EXACTLY_100 = ("the committee will review the softwood lumber file next spring, once the new "
               "duties are known to all")
EXACTLY_99 = EXACTLY_100[:-4] + " us"


def _reworded(quote: str) -> str:
    return quote.replace("review", "revisit").replace("next", "this")


def test_without_context_a_medium_quote_needs_95_and_a_long_one_90() -> None:
    assert not is_short(MEDIUM) and len(MEDIUM) < LONG_QUOTE_CHARS <= len(LONGER)
    medium_edit = MEDIUM.replace("review", "revisit").replace("next", "nxt")
    assert MIN_UNSUPPORTED_LONG_SCORE <= similarity(MEDIUM, medium_edit) < MIN_UNSUPPORTED_SCORE
    assert after_edit(MEDIUM, medium_edit, OTHER_PREFIX, OTHER_SUFFIX)[0].status is ORPHANED

    longer_edit = _reworded(LONGER).replace("Canadian", "Canada's")
    assert MIN_UNSUPPORTED_LONG_SCORE <= similarity(LONGER, longer_edit) < MIN_UNSUPPORTED_SCORE
    result, words = after_edit(LONGER, longer_edit, OTHER_PREFIX, OTHER_SUFFIX)
    assert result.status is FUZZY and words == longer_edit

    # a nearly unchanged medium quote is trusted without its context
    typo = MEDIUM.replace("spring", "sprng")
    assert similarity(MEDIUM, typo) >= MIN_UNSUPPORTED_SCORE
    result, words = after_edit(MEDIUM, typo, OTHER_PREFIX, OTHER_SUFFIX)
    assert result.status is FUZZY and words == typo


def test_a_long_quote_starts_at_exactly_100_characters() -> None:
    assert (len(EXACTLY_99), len(EXACTLY_100)) == (LONG_QUOTE_CHARS - 1, LONG_QUOTE_CHARS)
    edit_100 = _reworded(EXACTLY_100).replace("known", "knwn")
    edit_99 = _reworded(EXACTLY_99).replace("known", "knwn")
    for quote, edit in ((EXACTLY_100, edit_100), (EXACTLY_99, edit_99)):
        assert MIN_UNSUPPORTED_LONG_SCORE <= similarity(quote, edit) < MIN_UNSUPPORTED_SCORE
    result, words = after_edit(EXACTLY_100, edit_100, OTHER_PREFIX, OTHER_SUFFIX)
    assert result.status is FUZZY and words == edit_100
    assert after_edit(EXACTLY_99, edit_99, OTHER_PREFIX, OTHER_SUFFIX)[0].status is ORPHANED


def test_a_long_quote_keeping_exactly_90_percent_without_context_is_found() -> None:
    edit = (EXACTLY_100.replace("review", "revise").replace("next", "this")
            .replace("known", "shown").replace("new", "now").replace("file", "fils"))
    assert similarity(EXACTLY_100, edit) == MIN_UNSUPPORTED_LONG_SCORE
    result, words = after_edit(EXACTLY_100, edit, OTHER_PREFIX, OTHER_SUFFIX)
    assert result.status is FUZZY and words == edit


# --- the score shown for a fuzzy match ---------------------------------------------------

def test_the_score_blends_the_quote_with_its_context() -> None:
    """Context counts a quarter for a long quote, half for a short one (whose words say less)."""
    result, words = after_edit(LONG, LONG_EDITED)  # context intact on both sides
    assert words == LONG_EDITED
    q = similarity(LONG, LONG_EDITED)
    assert result.score == round(0.75 * q + 0.25 * 100, 1)

    result, words = after_edit("lumber duties rose", "lumber duties rise")
    q = similarity("lumber duties rose", "lumber duties rise")
    assert result.score == round(0.5 * q + 0.5 * 100, 1)


def test_the_score_counts_context_cut_by_the_start_of_the_text() -> None:
    """A quote near the start has a shorter prefix; it is compared whole, from offset 0."""
    text = "Tariffs: Ottawa's talks on softwood lumber would resume in the autumn, he said."
    start = text.index("Ottawa")
    ex = make_excerpt("src", text, start, start + len(LONG))
    assert ex.quote.prefix == "Tariffs: "
    edited = text.replace(LONG, LONG_EDITED)
    result = anchor(ex, edited)
    assert edited[result.start:result.end] == LONG_EDITED
    q = similarity(LONG, LONG_EDITED)
    assert result.score == round(0.75 * q + 0.25 * 100, 1)


# --- exact copies: the context picks the right one ---------------------------------------

def _context_length(text: str, start: int, end: int, prefix: str, suffix: str) -> int:
    n = 0
    while n < min(len(prefix), start) and text[start - 1 - n] == prefix[-1 - n]:
        n += 1
    m = 0
    while m < min(len(suffix), len(text) - end) and text[end + m] == suffix[m]:
        m += 1
    return n + m


def _expected_start(text: str, ex: Excerpt) -> int:
    """The rule: the copy with the most recorded context around it, then the nearest to
    where the excerpt was (the first in the text when no position is known), then the
    earlier one."""
    exact, old = ex.quote.exact, ex.position.start
    if old >= 0 and text[old:ex.position.end] == exact:
        return old
    starts = [i for i in range(len(text)) if text.startswith(exact, i)]
    return min(starts, key=lambda s: (
        -_context_length(text, s, s + len(exact), ex.quote.prefix, ex.quote.suffix),
        abs(s - old) if old >= 0 else s, s))


def test_among_exact_copies_the_one_in_its_recorded_context_is_found() -> None:
    """Random texts over a tiny alphabet: many copies, overlapping ones, partial contexts."""
    rng = random.Random(7)
    checked = 0
    for _ in range(1500):
        alphabet = rng.choice(["ab", "ab ", "abc"])
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(8, 60)))
        i = rng.randrange(0, len(text) - 2)
        j = min(len(text), i + rng.randrange(2, 5))
        exact = text[i:j]
        prefix = text[max(0, i - rng.randrange(0, 9)):i]
        suffix = text[j:j + rng.randrange(0, 9)]
        old = rng.choice([-1, rng.randrange(0, len(text) + 5)])
        ex = Excerpt("e", "s", TextQuoteSelector(exact, prefix, suffix),
                     TextPositionSelector(old, old + len(exact) if old >= 0 else -1))
        edited = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 6))) + \
            text[:rng.randrange(0, len(text))] + text
        if exact not in edited:
            continue
        result = anchor(ex, edited)
        expected = _expected_start(edited, ex)
        assert result.start == expected, (edited, exact, prefix, suffix, old)
        assert edited[result.start:result.end] == exact
        assert result.status is (AnchorStatus.ANCHORED if expected == old
                                 else AnchorStatus.MOVED)
        checked += 1
    assert checked > 1000


def test_the_copy_whose_following_words_match_wins_over_a_nearer_one() -> None:
    quote = "the deal is not done"
    text = f"Officials insisted {quote} until the vote, adding more."
    ex = make_excerpt("s", text, text.index(quote), text.index(quote) + len(quote))
    decoy = f"Critics said {quote} yet. "
    edited = "Update. " + text.replace("Officials insisted ", "Officials said ") + " " + decoy
    result = anchor(ex, edited)
    assert result.status is AnchorStatus.MOVED
    assert edited[result.end:].startswith(" until the vote")


# --- reanchor refreshes the context around exact words -----------------------------------

def test_reanchor_records_the_new_context_even_near_the_start_of_the_text() -> None:
    text = ("A note. The minister said exports of softwood lumber fell sharply in May, "
            "and again in June.")
    quote = "exports of softwood lumber"
    start = text.index(quote)
    ex = make_excerpt("s", text, start, start + len(quote))
    edited = "Edit: " + text.replace("The minister said", "She said")
    new = reanchor(ex, edited)
    begin = edited.index(quote)
    assert new.status is AnchorStatus.MOVED and new.position.start == begin
    assert begin < CONTEXT_CHARS  # the prefix is all the text before the quote
    assert new.quote.prefix == edited[:begin]
    assert new.quote.suffix == edited[begin + len(quote):begin + len(quote) + CONTEXT_CHARS]
    assert len(new.quote.suffix) == CONTEXT_CHARS


def test_a_fuzzy_excerpt_whose_words_come_back_is_anchored_again() -> None:
    text = PREFIX + LONG + SUFFIX
    ex = make_excerpt("s", text, len(PREFIX), len(PREFIX) + len(LONG))
    changed = reanchor(ex, PREFIX + LONG.replace("talks on", "long talks on") + SUFFIX)
    assert changed.status is FUZZY and changed.position.start == len(PREFIX)
    assert changed.position.end != len(PREFIX) + len(LONG)
    restored = reanchor(changed, text)  # the edit was undone: the words are where they were
    assert restored.status is AnchorStatus.ANCHORED
    assert (restored.position.start, restored.position.end) == (len(PREFIX),
                                                                len(PREFIX) + len(LONG))


# --- finding the source of a pasted quote ------------------------------------------------

def test_a_pasted_quote_starting_with_x_keeps_its_first_letter() -> None:
    source = Source("a", "Reporters noted that Xi Jinping met the Prime Minister in Lima.")
    [match] = locate_quote([source], "Xi Jinping met the Prime Minister")
    assert source.text[match.start:match.end] == "Xi Jinping met the Prime Minister"


def test_at_most_five_places_by_default_and_exactly_as_many_as_asked() -> None:
    text = "Talks stalled again. " * 8
    sources = [Source("a", text)]
    assert len(locate_quote(sources, "Talks stalled again")) == 5
    assert len(locate_quote(sources, "Talks stalled again", limit=1)) == 1
    assert locate_quote(sources, "Talks stalled again", limit=0) == []


def test_exact_and_close_matches_together_stay_within_the_limit() -> None:
    quote = "the minister said exports of softwood lumber fell sharply"
    exact = [Source(f"e{i}", f"On Monday {quote} this spring.") for i in range(2)]
    close = [Source(f"c{i}", f"On Monday {quote.replace('exports', word)}.")
             for i, word in enumerate(["export", "exporters", "imports", "sales"])]
    matches = locate_quote(exact + close, quote, limit=3)
    assert len(matches) == 3
    assert [m.exact for m in matches] == [True, True, False]


def test_close_matches_come_best_first() -> None:
    quote = "the minister said exports of softwood lumber fell sharply in May"
    worse = Source("worse", "Report: the ministers said exports of softwood timber fell "
                            "sharply in June.")
    better = Source("better", "Report: the minister said exports of softwood lumber fell "
                              "sharply in June.")
    matches = locate_quote([worse, better], quote)
    assert [m.source_id for m in matches] == ["better", "worse"]
    assert matches[0].score > matches[1].score
    assert all(m.exact is False for m in matches)


def test_a_close_match_reports_how_much_of_the_quote_it_keeps() -> None:
    source = Source("a", "He said: the minister said exports of softwood lumber fell sharply.")
    pasted = "the minister said exports of softwood lumber fell sharpl"
    [match] = locate_quote([source], pasted + "y in May")
    found = source.text[match.start:match.end]
    assert not match.exact and 0 < match.score < 100
    assert match.score == round(similarity(pasted + "y in May", found), 1)


def test_an_eight_character_quote_with_a_typo_is_found_but_not_a_shorter_one() -> None:
    source = Source("a", "The hard cap on imports was lifted.")
    [match] = locate_quote([source], "hard cep")  # 8 characters
    assert source.text[match.start:match.end] == "hard cap"
    assert locate_quote([source], "hrd cap") == []  # 7 characters: too little to go on


def test_a_quote_pasted_with_other_capitals_and_a_changed_word_is_found() -> None:
    text = "Ottawa. The minister said exports of softwood lumber fell sharply in May."
    [match] = locate_quote([Source("a", text)],
                           "the Minister said exports of Softwood timber fell sharply")
    assert text[match.start:match.end] == "The minister said exports of softwood lumber fell " \
                                          "sharply"
    assert match.score > 80


def test_a_quote_pasted_in_capitals_with_a_changed_word_is_found() -> None:
    text = "Ottawa. The minister said exports of softwood lumber fell sharply in May."
    matches = locate_quote([Source("a", text)],
                           "THE MINISTER SAID EXPORTS OF SOFTWOOD TIMBER FELL SHARPLY")
    assert [text[m.start:m.end] for m in matches] == [
        "The minister said exports of softwood lumber fell sharply"]


def test_letters_that_grow_in_lower_case_do_not_shift_the_span() -> None:
    """'İ' lower-cases to two characters: the span must still be in the original text."""
    text = "İİİİ İstanbul talks. The minister said exports of softwood lumber fell sharply."
    [match] = locate_quote([Source("a", text)],
                           "the minister said exports of softwood timber fell sharply")
    assert text[match.start:match.end] == "The minister said exports of softwood lumber fell " \
                                          "sharply"


def test_the_source_is_found_among_many_that_share_a_phrase() -> None:
    """The quick prefilter ranks sources by how many pieces of the quote they hold."""
    quote = ("Joseph Pickerill, a spokesman for Canada's trade minister, said on Monday "
             "there is still some work to be done")
    decoys = [Source(f"d{i:02}", f"Story {i}: a spokesman for Canada's trade minister declined "
                                 f"to comment on file {i}.") for i in range(40)]
    target = Source("target", "Joseph Pickerill, a spokesman for Canada’s trade minister, said "
                              "Monday “there is still some work to be done.”")
    for sources in ([*decoys, target], [target, *decoys]):  # wherever it is in the list
        matches = locate_quote(sources, quote)
        assert matches and matches[0].source_id == "target"


def test_an_unchanged_first_word_stays_in_the_span_when_the_next_word_changed() -> None:
    quote = "the talks on softwood lumber would resume in the autumn"
    edited = "the negotiations over softwood lumber might resume in the autumn"
    result, words = after_edit(quote, edited, OTHER_PREFIX, SUFFIX)
    assert result.status is FUZZY
    assert words == edited
