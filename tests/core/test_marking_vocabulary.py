"""Security markings as analysts type them, read into the Policy on Government Security's
levels and printed in the note's language; letterhead words are never taken for one."""

from __future__ import annotations

import pytest

from briefer.core.markings import printed_marking, read_marking


@pytest.mark.parametrize(("typed", "english", "french"), [
    ("Protected B", "PROTECTED B", "PROTÉGÉ B"),
    ("protégé-b", "PROTECTED B", "PROTÉGÉ B"),
    ("SECRET // CANADIAN EYES ONLY", "SECRET // CANADIAN EYES ONLY",
     "SECRET // RÉSERVÉ AUX CANADIENS"),
    ("très secret // réservé aux Canadiens", "TOP SECRET // CANADIAN EYES ONLY",
     "TRÈS SECRET // RÉSERVÉ AUX CANADIENS"),
    ("confidential", "CONFIDENTIAL", "CONFIDENTIEL"),
    ("", "UNCLASSIFIED", "NON CLASSIFIÉ"),
    ("Draft for discussion", "DRAFT FOR DISCUSSION", "DRAFT FOR DISCUSSION"),
])
def test_a_marking_prints_in_the_language_of_the_note(typed: str, english: str,
                                                      french: str) -> None:
    assert printed_marking(typed, "en-CA") == english
    assert printed_marking(typed, "fr-CA") == french


@pytest.mark.parametrize("text", ["SECRET SERVICE REPORT", "Department of Trade", "Page 1 of 2",
                                  "Protected areas policy"])
def test_letterhead_words_are_no_marking(text: str) -> None:
    assert read_marking(text) is None
