"""Text as it goes into the Word document: made XML-safe, then written as runs.

Shared by the note writer, the page furniture and the quotations, so that all
of them clean text the same way (XML-illegal characters removed, newlines
normalised) and mark what the analyst must check in the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby

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


def word_runs(runs: list[markdown_runs.Run], link: Callable[[str], str],
              link_style: str = "") -> list[str]:
    """Runs as WordprocessingML, each stretch of runs with a web address one real hyperlink.

    ``link`` gives the relationship id of an address (the document part keeps
    the address, so Word, LibreOffice and pandoc all follow it); the linked
    runs take the ``link_style`` character style (Word's "Hyperlink").
    """
    out: list[str] = []
    for url, group in groupby(runs, key=lambda r: r.url):
        if not url:
            out.extend(word_run(r) for r in group)
            continue
        linked = [wml.run(("\n" if r.newline else "") + r.text,
                          wml.Look(bold=r.bold, italic=r.italic, style=link_style,
                                   font="Consolas" if r.code else ""))
                  for r in group]
        out.append(wml.hyperlink(link(url), linked))
    return out


def mark(text: str) -> str:
    """A run that stands out: bold on yellow, for what the analyst must check."""
    return wml.run(clean(text), wml.Look(bold=True, highlight="yellow"))
