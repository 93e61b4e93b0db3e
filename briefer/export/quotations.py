"""How an excerpt's words are printed in the note, and where in a survey they come from.

Kept apart from ``docx_writer`` because a quotation is the one part of the
note that must be the source's exact words: this module decides how those
words become paragraphs of runs (survey emphasis shown, never its ``**``
markers; an ellipsis where the quote starts or stops mid-sentence) and which
survey response a quotation cites, and touches nothing else of the document.
"""

from __future__ import annotations

from briefer.core.excerpt import Excerpt
from briefer.core.source import Source, SourceKind
from briefer.export import markdown_runs
from briefer.export.word_text import clean


def quote_paragraphs(excerpt: Excerpt, source: Source) -> list[list[markdown_runs.Run]]:
    """The quoted words as paragraphs of runs, exactly the source's words.

    In a Markdown source (the survey) the ** and * emphasis around them is
    shown as bold and italic, never as asterisks; it is read from the source
    text around the quote, so a quote that starts or ends inside a bold
    phrase is still right. Plain-text sources are printed as they are.
    """
    exact = excerpt.exact
    if source.kind is SourceKind.SURVEY or source.filename.lower().endswith(".md"):
        text = source.text
        start = excerpt.position.start
        if not (start >= 0 and text[start:start + len(exact)] == exact):
            start = text.find(exact)
        if start >= 0:
            runs = markdown_runs.emphasis_runs(text, start, start + len(exact))
        else:  # the words are not in the source (an export forced past the check)
            runs = markdown_runs.emphasis_runs(exact, 0, len(exact))
    else:
        runs = [markdown_runs.Run(exact)]
    runs = [markdown_runs.Run(clean(r.text), r.bold, r.italic) for r in runs]
    paragraphs = markdown_runs.split_paragraphs(runs) or \
        [[markdown_runs.Run(" ".join(clean(exact).split()))]]
    return _mark_elisions(paragraphs, exact)


_SENTENCE_END = ".!?:;…"
_CLOSERS = "\"'”’)]*_"


def _mark_elisions(paragraphs: list[list[markdown_runs.Run]], exact: str
                   ) -> list[list[markdown_runs.Run]]:
    """An ellipsis where the quoted words stop or start in mid-sentence.

    Only the printed quotation changes; the excerpt's exact words, which the
    check compares with the source, stay as recorded.
    """
    words = exact.strip()
    if not words:
        return paragraphs
    if words[0].islower():
        paragraphs[0].insert(0, markdown_runs.Run("…"))
    if words.rstrip(_CLOSERS)[-1:] not in _SENTENCE_END:
        paragraphs[-1].append(markdown_runs.Run("…"))
    return paragraphs
