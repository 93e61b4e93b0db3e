"""Text as it goes into the Word document: made XML-safe, then written as runs.

Shared by the note writer, the page furniture and the quotations, so that all
of them clean text the same way (XML-illegal characters removed, newlines
normalised) and mark what the analyst must check in the same way.
"""

from __future__ import annotations

from briefer.core.text import xml_safe
from briefer.export import markdown_runs, wml


def clean(text: object) -> str:
    """Any text made safe for Word: XML-illegal characters go, newlines are normalised."""
    return xml_safe("" if text is None else str(text))


def word_run(run: markdown_runs.Run) -> str:
    """A parsed Markdown run as a WordprocessingML run (code in Consolas)."""
    text = ("\n" if run.newline else "") + run.text
    return wml.run(text, wml.Look(bold=run.bold, italic=run.italic,
                                  font="Consolas" if run.code else ""))


def mark(text: str) -> str:
    """A run that stands out: bold on yellow, for what the analyst must check."""
    return wml.run(clean(text), wml.Look(bold=True, highlight="yellow"))
