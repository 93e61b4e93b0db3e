"""Citations from CSL-JSON metadata: Chicago notes-bibliography (default) and APA.

Each formatter gives a first note, a later note and a bibliography entry, as
a list of ``Span`` pieces so italics (the outlet's name) reach the document.
The reference for every element is pandoc's citeproc with the CSL styles
chicago-fullnote-bibliography.csl and apa.csl (tests/export compares them);
missing metadata degrades the same way: "n.d." for an unknown date, no empty
commas, the outlet in place of an unknown author in a bibliography.

Chicago (17th ed.): notes separate elements with commas, bibliography entries
with periods. Where the CSL style departs from the Manual, the Manual wins:
an unsigned article is listed under its newspaper (14.207) and sorted there
too, not by its headline; a leading "The", "A" or "An" is ignored in sorting;
the headline of such an entry is closed by a period ("National Post.
“Headline.” July 2, 2025.", where the CSL style leaves a comma); and the
newspaper's name keeps its italics.

APA (7th ed.) is an author-date style: every footnote, first or later, is the
parenthetical citation "(Smith, 2018)" or "(“Headline,” 2022)" — what pandoc's
apa.csl prints for a parenthetical citation in a footnote, ``^[[@id]]`` — and
the full entries are in the reference list. Titles keep the case they were
entered in, as in apa.csl (sentence case would lower-case proper nouns).

A source without a title is described in square brackets by its kind and
opening words: [Article: “Recent trade negotiations between Canada…”].

This module is the door callers use: ``get_style`` and the names below. The
formatters are in ``chicago_style`` and ``apa_style``; what they share is in
``citation_text`` (spans, dates, names, wording) and ``citation_item`` (the
``Item`` read from a source, the ``Style`` shape).
"""

from __future__ import annotations

from briefer.export.apa_style import APA
from briefer.export.chicago_style import REPEATED_NAME, Chicago
from briefer.export.citation_item import DESCRIPTION_WORDS, Item, Style, describe_untitled
from briefer.export.citation_text import (
    MONTHS,
    Name,
    Span,
    apa_date,
    date_parts,
    long_date,
    names,
    plain,
    smart,
    title_case,
)

__all__ = [
    "APA", "DESCRIPTION_WORDS", "MONTHS", "REPEATED_NAME", "STYLES", "Chicago", "Item", "Name",
    "Span", "Style", "apa_date", "date_parts", "describe_untitled", "get_style", "long_date",
    "names", "plain", "smart", "title_case",
]

STYLES = ("chicago", "apa")


def get_style(name: str) -> Style:
    """The formatter for 'chicago' or 'apa'."""
    key = (name or "chicago").strip().lower()
    if key.startswith("chicago"):
        return Chicago()
    if key.startswith("apa"):
        return APA()
    raise ValueError(f"unknown citation style {name!r} (use 'chicago' or 'apa')")
