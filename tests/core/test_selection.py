"""The selection grows as in a word processor: the word, the sentence, the paragraph."""

from __future__ import annotations

import pytest

from briefer.core.selection import grow, sentence_bounds

TEXT = ("OTTAWA — Mr. Smith met U.S. officials on Tuesday. He said the talks on No. 4 "
        "were “difficult.” Canada wants reciprocity!\n"
        "A second line of the same paragraph.\n"
        "\n"
        "Another paragraph entirely. It has two sentences.\n")


def _span(text: str) -> tuple[int, int]:
    start = TEXT.index(text)
    return start, start + len(text)


def test_sentences_know_abbreviations_and_keep_their_closing_marks() -> None:
    line = TEXT.split("\n")[0]
    assert [line[a:b] for a, b in sentence_bounds(line)] == [
        "OTTAWA — Mr. Smith met U.S. officials on Tuesday.",
        "He said the talks on No. 4 were “difficult.”",
        "Canada wants reciprocity!"]


def test_a_caret_in_a_word_grows_to_the_word_then_sentence_then_paragraph() -> None:
    at = TEXT.index("officials") + 3
    word = grow(TEXT, at, at)
    assert TEXT[slice(*word)] == "officials"
    sentence = grow(TEXT, *word)
    assert TEXT[slice(*sentence)] == "OTTAWA — Mr. Smith met U.S. officials on Tuesday."
    paragraph = grow(TEXT, *sentence)
    assert TEXT[slice(*paragraph)] == TEXT[:TEXT.index("\n\n")]
    assert grow(TEXT, *paragraph) == paragraph  # nothing larger


@pytest.mark.parametrize(("selected", "sentence"), [
    ("talks on No", "He said the talks on No. 4 were “difficult.”"),
    ("Tuesday. He said", "OTTAWA — Mr. Smith met U.S. officials on Tuesday. He said the talks on "
                         "No. 4 were “difficult.”"),
    ("two", "It has two sentences."),
])
def test_words_grow_to_the_sentences_they_touch(selected: str, sentence: str) -> None:
    assert TEXT[slice(*grow(TEXT, *_span(selected)))] == sentence


def test_a_selection_over_lines_grows_to_its_paragraph() -> None:
    start, _ = _span("reciprocity")
    _, end = _span("A second")
    assert TEXT[slice(*grow(TEXT, start, end))] == TEXT[:TEXT.index("\n\n")]
