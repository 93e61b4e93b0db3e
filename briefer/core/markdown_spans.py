"""Exact character spans out of markdown-it's tokens.

markdown-it tells which *lines* a block spans, not where each piece of text
lies. ``walk`` follows an inline token's children through the original text
(each child's literal text or markup searched for from a cursor), so that
the plain text a survey question or answer reads as, its bold key phrases and
their ``**`` / ``__`` markers all get their offsets in the source itself —
never in a re-rendering; so do its italics. Used by ``core.survey_parser``, and by
``export.markdown_runs`` to print a survey quotation's emphasis without its markers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefer.core.survey import KeyPhrase

_ATX_PREFIX = re.compile(r"[ \t>]*#{1,6}[ \t]*")
_GENERIC_PREFIX = re.compile(r"[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)*")


def markdown() -> MarkdownIt:
    # text_join would fold escapes and entities into plain text and lose the
    # information needed to find them in the source.
    md = MarkdownIt("commonmark")
    md.disable("text_join")
    return md


MD = markdown()


class Lines:
    """Character offsets of the lines of a text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0]
        for m in re.finditer("\n", text):
            self.starts.append(m.end())

    def start(self, line: int) -> int:
        return self.starts[line] if line < len(self.starts) else len(self.text)

    def end(self, line: int) -> int:
        """Offset of the end of ``line`` (before its newline)."""
        if line + 1 < len(self.starts):
            return self.starts[line + 1] - 1
        return len(self.text)

    def line(self, line: int) -> str:
        return self.text[self.start(line):self.end(line)]


@dataclass
class Walked:
    """What walking one inline token found: plain text, span, key phrases."""

    plain: str
    first: int  # -1 when nothing was located
    last: int
    phrases: list[KeyPhrase] = field(default_factory=list)
    markers: list[tuple[int, int]] = field(default_factory=list)  # the ** and __ around phrases
    # every emphasis as (opening marker start, its end, closing marker start, its end, kind):
    # kind "strong" (** or __) or "em" (* or _), so a quotation can show it without markers
    emphasis: list[tuple[int, int, int, int, str]] = field(default_factory=list)


def _collapse(text: str) -> str:
    return " ".join(text.split())


def content_start(lines: Lines, inline: Token, heading: bool) -> int:
    """Offset in the source where the inline's content begins (markers skipped)."""
    assert inline.map is not None
    row = inline.map[0]
    line = lines.line(row)
    first = inline.content.split("\n", 1)[0].rstrip()
    stripped = line.rstrip()
    if first and stripped.endswith(first):
        return lines.start(row) + len(stripped) - len(first)
    prefix = (_ATX_PREFIX if heading else _GENERIC_PREFIX).match(line)
    return lines.start(row) + (prefix.end() if prefix else 0)


def _closing_paren(text: str, pos: int, limit: int) -> int:
    """Index just after the ``)`` closing the ``(`` at ``pos`` (nesting aware)."""
    depth = 0
    i = pos
    while i < limit:
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return pos + 1


def _after_link_text(text: str, cur: int, limit: int) -> int:
    """Skip ``](url)``, ``][ref]`` or ``]`` that ends a link's text."""
    j = text.find("]", cur, limit)
    if j < 0:
        return cur
    if j + 1 < limit and text[j + 1] == "(":
        return _closing_paren(text, j + 1, limit)
    if j + 1 < limit and text[j + 1] == "[":
        k = text.find("]", j + 2, limit)
        return k + 1 if k >= 0 else j + 1
    return j + 1


def walk(inline: Token, text: str, start: int, limit: int) -> Walked:
    """Follow the inline children through the source text from ``start``.

    Each child's literal text (or markup) is searched for from the cursor, so
    positions come from the source itself, never from re-rendering.
    """
    cur = start
    first, last = -1, -1
    parts: list[str] = []
    phrases: list[KeyPhrase] = []
    markers: list[tuple[int, int]] = []
    emphasis: list[tuple[int, int, int, int, str]] = []
    opened_at: list[int] = []  # where each open emphasis's marker starts (-1: not found)
    strong_depth = 0
    phrase_start = 0
    phrase_parts_at = 0

    def locate(needle: str) -> int:
        nonlocal cur, first, last
        if not needle:
            return -1
        i = text.find(needle, cur, limit)
        if i < 0:
            return -1
        if first < 0:
            first = i
        cur = i + len(needle)
        last = cur
        return i

    for child in inline.children or []:
        kind = child.type
        if kind == "text":
            locate(child.content)
            parts.append(child.content)
        elif kind == "text_special":
            locate(child.markup or child.content)
            parts.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            i = text.find("\n", cur, limit)
            if i >= 0:
                cur = i + 1
            parts.append(" ")
        elif kind == "code_inline":
            opened = locate(child.markup)
            if opened >= 0:
                locate(child.markup)
            parts.append(child.content)
        elif kind == "strong_open":
            opened = locate(child.markup)
            if opened >= 0:
                markers.append((opened, opened + len(child.markup)))
            opened_at.append(opened)
            strong_depth += 1
            if strong_depth == 1:
                phrase_start, phrase_parts_at = cur, len(parts)
        elif kind == "strong_close":
            at = locate(child.markup)
            if at >= 0:
                markers.append((at, at + len(child.markup)))
            _pair(emphasis, opened_at, at, len(child.markup), "strong")
            if strong_depth == 1 and at >= 0:
                phrase = _collapse("".join(parts[phrase_parts_at:]))
                if phrase:
                    phrases.append(KeyPhrase(text=phrase, start=phrase_start, end=at))
            strong_depth = max(0, strong_depth - 1)
        elif kind == "em_open":
            opened_at.append(locate(child.markup))
        elif kind == "em_close":
            _pair(emphasis, opened_at, locate(child.markup), len(child.markup), "em")
        elif kind in ("s_open", "s_close"):
            locate(child.markup)
        elif kind == "link_open":
            locate("<" if child.markup == "autolink" else "[")
        elif kind == "link_close":
            if child.markup == "autolink":
                locate(">")
            else:
                cur = _after_link_text(text, cur, limit)
                last = cur
        elif kind == "image":
            if locate("![") >= 0:
                cur = _after_link_text(text, cur, limit)
                last = cur
            parts.append(child.content)
        elif kind == "html_inline":
            locate(child.content)
    return Walked(plain=_collapse("".join(parts)), first=first, last=last, phrases=phrases,
                   markers=markers, emphasis=emphasis)


def _pair(emphasis: list[tuple[int, int, int, int, str]], opened_at: list[int], closed: int,
          size: int, kind: str) -> None:
    """Record an emphasis whose opening and closing markers were both found in the text."""
    opened = opened_at.pop() if opened_at else -1
    if opened >= 0 and closed >= 0:
        emphasis.append((opened, opened + size, closed, closed + size, kind))
