"""How an excerpt's words are printed in the note, and where in a survey they come from.

Kept apart from ``docx_writer`` because a quotation is the one part of the
note that must be the source's exact words: this module decides how those
words become paragraphs of runs (survey emphasis shown, never its ``**``
markers) and whether they run into the text or stand as a block, and touches
nothing else of the document. An excerpt is one unbroken stretch of its
source, so nothing is ever left out inside it: no ellipsis is printed, not even
where the words start or stop mid-sentence (Chicago 13.50ff: none at the
beginning or end of a quotation). The marks around and inside the words are
``quote_marks``'s.
"""

from __future__ import annotations

from briefer.core.excerpt import Excerpt
from briefer.core.source import Source, SourceKind
from briefer.core.text import xml_safe
from briefer.export import markdown_runs


def is_markdown(source: Source) -> bool:
    """Whether the source's emphasis markers are markup (the survey, a .md file)."""
    return source.kind is SourceKind.SURVEY or source.filename.lower().endswith(".md")


def source_runs(excerpt: Excerpt, source: Source) -> list[markdown_runs.Run]:
    """The quoted words as runs: a Markdown source's ** and * shown as bold and italic.

    The emphasis is read from the source text around the quote, so a quote
    that starts or ends inside a bold phrase is still right. Plain-text
    sources are given as they are. The note pane shows the same runs.
    """
    exact = excerpt.exact
    if not is_markdown(source):
        return [markdown_runs.Run(exact)]
    text = source.text
    start = excerpt.position.start
    if not (start >= 0 and text[start:start + len(exact)] == exact):
        start = text.find(exact)
    if start >= 0:
        return markdown_runs.emphasis_runs(text, start, start + len(exact))
    # the words are not in the source (an export forced past the check)
    return markdown_runs.emphasis_runs(exact, 0, len(exact))


def quote_paragraphs(excerpt: Excerpt, source: Source) -> list[list[markdown_runs.Run]]:
    """The quoted words as paragraphs of runs, exactly the source's words."""
    runs = [markdown_runs.Run(xml_safe(r.text), r.bold, r.italic)
            for r in source_runs(excerpt, source)]
    return markdown_runs.split_paragraphs(runs) or \
        [[markdown_runs.Run(" ".join(xml_safe(excerpt.exact).split()))]]


def runs_in(paragraphs: list[list[markdown_runs.Run]], block_words: int) -> bool:
    """Whether a quotation runs into the text: one paragraph, shorter than ``block_words``.

    Chicago (13.9) sets a long quotation, or one of several paragraphs, off as
    a block; the template says how long is long.
    """
    if len(paragraphs) != 1:
        return False
    return len("".join(r.text for r in paragraphs[0]).split()) < block_words
