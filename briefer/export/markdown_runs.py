"""The analyst's Markdown prose as paragraphs of styled runs, ready for Word.

Only what a briefing note needs: paragraphs, bold, italic, bullet and
numbered lists (nested), block quotes and headings. Anything else (code,
HTML, images) degrades to its text, so no input is ever lost or fatal.
``emphasis_runs`` reads only the emphasis of a quotation from a Markdown
source, so every other character of the quoted words stays as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt

from briefer.core.markdown_spans import MD, Lines, content_start, walk

_MD = MarkdownIt("commonmark", {"html": False})


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    url: str = ""
    newline: bool = False  # a hard line break before this run's text


@dataclass
class Para:
    """One output paragraph: kind is para, bullet, number, quote or heading."""

    kind: str = "para"
    runs: list[Run] = field(default_factory=list)
    level: int = 0  # list nesting depth (0 = top level) or heading level
    list_id: int = 0  # paragraphs of the same numbered list share this

    @property
    def text(self) -> str:
        return "".join(("\n" if r.newline else "") + r.text for r in self.runs)


# Text with none of these can hold no Markdown markup: plain paragraphs, no parser needed.
_MARKUP = re.compile(r"[*_`\[\]<>&\\!#|~=]|^\s*(?:[-+]|\d+[.)])(?:\s|$)|^ {4}|^\t", re.M)

# The start of a line that makes a block (list, heading, quote, code, rule, table).
_BLOCK = re.compile(r"\s*(?:[-+*]\s|[-+*]$|\d+[.)](?:\s|$)|#|>|```|~~~|(?:[-*_]\s*){3,}$|\|)"
                    r"|\s{4}|\t")


def parse(markdown: str) -> list[Para]:
    """Paragraphs of runs for a piece of Markdown (empty paragraphs left out)."""
    markdown = markdown or ""
    if not _MARKUP.search(markdown):  # the common case: plain sentences
        chunks = (" ".join(c.split()) for c in re.split(r"\n[ \t]*\n", markdown))
        return [Para(runs=[Run(c)]) for c in chunks if c]
    if "\n" not in markdown.strip() and not _BLOCK.match(markdown):
        # one line of inline markup (bold, italic): skip the block parser
        para = Para(runs=_inline(_MD.parseInline(markdown.strip())[0].children or []))
        _trim(para)
        return [para] if any(r.text.strip() for r in para.runs) else []
    tokens = _MD.parse(markdown)
    out: list[Para] = []
    lists: list[tuple[str, int]] = []  # (kind, id) for each open list
    quote_depth = 0
    heading = 0
    next_list = 1
    for token in tokens:
        t = token.type
        if t in ("bullet_list_open", "ordered_list_open"):
            lists.append(("bullet" if t.startswith("bullet") else "number", next_list))
            next_list += 1
        elif t in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif t == "blockquote_open":
            quote_depth += 1
        elif t == "blockquote_close":
            quote_depth -= 1
        elif t == "heading_open":
            heading = int(token.tag[1:]) if token.tag[1:].isdigit() else 1
        elif t == "heading_close":
            heading = 0
        elif t in ("inline", "code_block", "fence", "html_block"):
            if t == "inline":
                runs = _inline(token.children or [])
            else:
                runs = [Run(token.content.rstrip("\n"), code=True)]
            if not any(r.text.strip() for r in runs):
                continue
            para = Para(runs=runs)
            if heading:
                para.kind, para.level = "heading", heading
            elif lists:
                para.kind, para.list_id = lists[-1][0], lists[-1][1]
                para.level = len(lists) - 1
                if out and _same_item(out[-1], para):
                    # a second paragraph inside one list item joins the first
                    out[-1].runs.append(Run(" "))
                    out[-1].runs.extend(runs)
                    continue
            elif quote_depth:
                para.kind = "quote"
            _trim(para)
            out.append(para)
        elif t == "list_item_open":
            out.append(Para(kind="_item"))  # marker: a new item starts here
    return [p for p in out if p.kind != "_item"]


def _same_item(prev: Para, para: Para) -> bool:
    """True when ``para`` continues the list item whose first paragraph is ``prev``."""
    return prev.kind == para.kind and prev.list_id == para.list_id and prev.level == para.level


def _inline(children: list) -> list[Run]:
    runs: list[Run] = []
    bold = italic = 0
    url = ""
    newline = False
    for child in children:
        t = child.type
        if t == "strong_open":
            bold += 1
        elif t == "strong_close":
            bold -= 1
        elif t == "em_open":
            italic += 1
        elif t == "em_close":
            italic -= 1
        elif t == "link_open":
            url = str(child.attrs.get("href") or "")
        elif t == "link_close":
            url = ""
        elif t == "softbreak":
            runs.append(Run(" "))
        elif t == "hardbreak":
            newline = True
        elif t in ("text", "code_inline", "html_inline"):
            if child.content:
                runs.append(Run(child.content, bold=bold > 0, italic=italic > 0,
                                code=t == "code_inline", url=url, newline=newline))
                newline = False
        elif t == "image":
            alt = "".join(c.content for c in child.children or [])
            if alt:
                runs.append(Run(alt, bold=bold > 0, italic=italic > 0))
    return _merge(runs)


def _merge(runs: list[Run]) -> list[Run]:
    """Join neighbouring runs of the same look (fewer, cleaner Word runs)."""
    out: list[Run] = []
    for run in runs:
        if out and not run.newline and (out[-1].bold, out[-1].italic, out[-1].code,
                                        out[-1].url) == (run.bold, run.italic, run.code, run.url):
            out[-1].text += run.text
        else:
            out.append(run)
    return out


def _trim(para: Para) -> None:
    if para.runs:
        para.runs[0].text = para.runs[0].text.lstrip()
        para.runs[-1].text = para.runs[-1].text.rstrip()


# An unpaired ** or __: emphasis left open, never words.
_STRAY = re.compile(r"\*\*|__")
# A line that starts a block of its own: emphasis never runs across it.
_BLOCK_START = re.compile(r"[ \t]*(?:$|#|>|[-+*][ \t]|\d+[.)][ \t])")


def _context(text: str, start: int, end: int) -> tuple[int, int]:
    """The Markdown block(s) holding text[start:end]: emphasis cannot cross their edges."""
    lo = text.rfind("\n", 0, start) + 1
    while lo > 0 and not _BLOCK_START.match(text, lo):
        prev = text.rfind("\n", 0, lo - 1) + 1
        if _BLOCK_START.match(text, prev) and not text[prev:lo].strip():
            break  # a blank line above: the paragraph starts here
        lo = prev
    hi = text.find("\n", max(end - 1, start))
    while hi != -1 and not _BLOCK_START.match(text, hi + 1):
        hi = text.find("\n", hi + 1)
    return lo, len(text) if hi == -1 else hi


def emphasis_runs(text: str, start: int, end: int) -> list[Run]:
    """text[start:end] of a Markdown source as runs: **bold** and *italic* applied, markers gone.

    Only emphasis is read, by markdown-it from the whole block around the slice
    (a slice may begin inside a bold phrase), and its markers found in the text
    itself; every other character is kept as it is, so the words are exactly
    the source's. An unpaired ** or __ is markup left open, never words, and is
    dropped too.
    """
    lo, hi = _context(text, start, end)
    block = text[lo:hi]
    marker = [False] * len(block)
    bold = [False] * len(block)
    italic = [False] * len(block)
    lines = Lines(block)
    heading = False
    for token in MD.parse(block):
        if token.type == "inline" and token.map:
            walked = walk(token, block, content_start(lines, token, heading),
                          lines.end(token.map[1] - 1))
            for open_a, open_b, close_a, close_b, kind in walked.emphasis:
                for i in (*range(open_a, open_b), *range(close_a, close_b)):
                    marker[i] = True
                shown = bold if kind == "strong" else italic
                for i in range(open_b, close_a):
                    shown[i] = True
        heading = token.type == "heading_open"
    for match in _STRAY.finditer(block):
        if not marker[match.start()] and not marker[match.start() + 1]:
            marker[match.start()] = marker[match.start() + 1] = True
    runs: list[Run] = []
    for i in range(max(start - lo, 0), min(end - lo, len(block))):
        if marker[i]:
            continue
        if runs and (runs[-1].bold, runs[-1].italic) == (bold[i], italic[i]):
            runs[-1].text += block[i]
        else:
            runs.append(Run(block[i], bold=bold[i], italic=italic[i]))
    return runs


def split_paragraphs(runs: list[Run]) -> list[list[Run]]:
    """Runs cut into paragraphs at blank lines; other line breaks and spaces become one space.

    A space keeps the look of the run it was in (the space before a bold
    phrase is not bold).
    """
    paragraphs: list[list[Run]] = []
    current: list[Run] = []
    for text, bold, italic in _collapse(runs):
        if text == "\n\n":
            if current:
                paragraphs.append(current)
            current = []
        elif current and (current[-1].bold, current[-1].italic) == (bold, italic):
            current[-1].text += text
        elif text != " " or current:
            current.append(Run(text, bold=bold, italic=italic))
    if current:
        paragraphs.append(current)
    for para in paragraphs:
        while para and not para[-1].text.rstrip():
            para.pop()
        if para:
            para[-1].text = para[-1].text.rstrip()
    return [p for p in paragraphs if p]


def _collapse(runs: list[Run]) -> list[tuple[str, bool, bool]]:
    """(text, bold, italic) pieces with each stretch of white space made ' ' or a break '\n\n'."""
    out: list[tuple[str, bool, bool]] = []
    space: tuple[str, bool, bool] | None = None  # the white space seen since the last word
    for run in runs:
        for piece in re.split(r"(\s+)", run.text):
            if not piece:
                continue
            if piece.isspace():
                if space is None:
                    space = (piece, run.bold, run.italic)
                else:
                    space = (space[0] + piece, space[1], space[2])
                continue
            if space is not None:
                blank = re.search(r"\n[ \t]*\n", space[0]) is not None
                out.append(("\n\n", False, False) if blank else (" ", space[1], space[2]))
                space = None
            out.append((piece, run.bold, run.italic))
    return out
