"""A one-term hit is built from the text around its first match: the same hit as from
the whole text, whatever the text's length and wherever the words fall."""

from __future__ import annotations

import random

import pytest

from briefer.index.highlight import FoldedText
from briefer.index.hits import CHUNK, make_hit
from briefer.index.query import parse_query

WORDS = ["the", "minister", "said", "tariffs", "on", "steel", "and", "aluminum", "would",
         "stay", "while", "rules", "of", "origin", "were", "reviewed", "by", "officials", "in",
         "Ottawa", "Québec"]


def _text(seed: int, words: int) -> str:
    rng = random.Random(seed)
    lines = []
    for _ in range(words // 12):
        lines.append(" ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + ".")
    return "\n\n".join(lines)


@pytest.mark.parametrize("query", ["tariff", '"rules of origin"', "alumin*", "quebec",
                                   "Québec", "officials", "the", "origin rules", "nothing"])
@pytest.mark.parametrize("seed", range(4))
def test_the_window_hit_is_the_whole_text_hit(query: str, seed: int) -> None:
    text = "Preface.\n\n" + " ".join(["filler"] * (CHUNK // 7 * seed)) + "\n\n" + \
        _text(seed, 3000)
    parsed = parse_query(query)
    fast = make_hit("s", "T", text, parsed, 1.0)
    whole = make_hit("s", "T", text, parsed, 1.0, FoldedText(text))
    assert (fast.start, fast.end, fast.snippet) == (whole.start, whole.end, whole.snippet)
    assert fast.matches == whole.matches
    if fast.end:
        assert "«" in fast.snippet


def test_a_phrase_across_a_chunk_edge_is_found_whole() -> None:
    text = "word " * ((CHUNK - 6) // 5) + "rules of origin apply."
    hit = make_hit("s", "T", text, parse_query('"rules of origin"'), 1.0)
    assert text[hit.start:hit.end] == "rules of origin"
    assert "«rules of origin»" in hit.snippet
