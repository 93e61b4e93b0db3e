"""The analyst's Markdown prose as paragraphs of styled runs, ready for Word.

Only what a briefing note needs: paragraphs, bold, italic, bullet and
numbered lists (nested), block quotes and headings. Anything else (code,
HTML, images) degrades to its text, so no input is ever lost or fatal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt

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


def strip_emphasis(text: str) -> str:
    """A quotation from a Markdown source without its ** and * emphasis markers.

    Only paired markers go; every other character (list numbers, '#') stays,
    so the words shown are exactly the source's words.
    """
    text = _STRONG.sub(r"\2", text)
    return _EM.sub(r"\2", text)


_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.S)
_EM = re.compile(r"(?<![\w*])(\*)(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])", re.S)
