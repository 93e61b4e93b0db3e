"""Reading an expert survey written in Markdown into Survey objects.

The layout analysts receive: each question is a heading (``#`` or setext), the
answers are the list items under it (``1.``, ``1)`` or bullets), and the
respondents mark their key phrases in bold. A real Markdown parser
(markdown-it-py) finds the structure; because its tokens only carry line
ranges, every span is then located in the *original* text, so that
``text[start:end]`` is exactly what the analyst sees highlighted.

Rules worth knowing:

* Text before the first heading (a title page, instructions) is ignored.
* Only top-level list items are responses; a nested list belongs to the
  answer it is nested in.
* ``Response.number`` is the number as written when a list numbers its items
  in increasing order; lazily numbered lists (``1. 1. 1.``) get the number a
  Markdown renderer would show; bullets get their position.
* Empty list items are not responses.
* ``KeyPhrase.text`` is the phrase without markers and with whitespace
  collapsed; its span covers the phrase in the source, markers excluded, so
  for a phrase on one line ``text[start:end] == phrase.text``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefer.core.survey import KeyPhrase, Question, Response, Survey

_ATX_PREFIX = re.compile(r"[ \t>]*#{1,6}[ \t]*")
_GENERIC_PREFIX = re.compile(r"[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)*")


def _markdown() -> MarkdownIt:
    # text_join would fold escapes and entities into plain text and lose the
    # information needed to find them in the source.
    md = MarkdownIt("commonmark")
    md.disable("text_join")
    return md


_MD = _markdown()


class _Lines:
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
class _Walked:
    """What walking one inline token found: plain text, span, key phrases."""

    plain: str
    first: int  # -1 when nothing was located
    last: int
    phrases: list[KeyPhrase] = field(default_factory=list)


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _content_start(lines: _Lines, inline: Token, heading: bool) -> int:
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


def _walk(inline: Token, text: str, start: int, limit: int) -> _Walked:
    """Follow the inline children through the source text from ``start``.

    Each child's literal text (or markup) is searched for from the cursor, so
    positions come from the source itself, never from re-rendering.
    """
    cur = start
    first, last = -1, -1
    parts: list[str] = []
    phrases: list[KeyPhrase] = []
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
            locate(child.markup)
            strong_depth += 1
            if strong_depth == 1:
                phrase_start, phrase_parts_at = cur, len(parts)
        elif kind == "strong_close":
            at = locate(child.markup)
            if strong_depth == 1 and at >= 0:
                phrase = _collapse("".join(parts[phrase_parts_at:]))
                if phrase:
                    phrases.append(KeyPhrase(text=phrase, start=phrase_start, end=at))
            strong_depth = max(0, strong_depth - 1)
        elif kind in ("em_open", "em_close", "s_open", "s_close"):
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
    return _Walked(plain=_collapse("".join(parts)), first=first, last=last, phrases=phrases)


@dataclass
class _Item:
    """A top-level list item being collected."""

    map: list[int]
    number: int | None  # as written, for ordered lists
    list_index: int  # which list under the question
    plain: list[str] = field(default_factory=list)
    phrases: list[KeyPhrase] = field(default_factory=list)


@dataclass
class _Heading:
    token: Token
    inline: Token | None = None
    items: list[_Item] = field(default_factory=list)


def _structure(text: str) -> tuple[list[_Heading], int, list[Token]]:
    """Headings with their top-level list items, and the count of items outside any heading."""
    tokens = _MD.parse(text)
    headings: list[_Heading] = []
    orphans = 0
    item_depth = 0
    list_count = 0
    current: _Item | None = None
    pending_heading: _Heading | None = None
    ordered_stack: list[bool] = []
    lines = _Lines(text)
    for tok in tokens:
        kind = tok.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            ordered_stack.append(kind == "ordered_list_open")
            if item_depth == 0:
                list_count += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            ordered_stack.pop()
        elif kind == "list_item_open":
            if item_depth == 0 and tok.map is not None:
                ordered = bool(ordered_stack and ordered_stack[-1])
                number = int(tok.info) if ordered and tok.info.isdigit() else None
                current = _Item(map=list(tok.map), number=number, list_index=list_count)
                if headings:
                    headings[-1].items.append(current)
                else:
                    orphans += 1
            item_depth += 1
        elif kind == "list_item_close":
            item_depth -= 1
            if item_depth == 0:
                current = None
        elif kind == "heading_open" and item_depth == 0:
            pending_heading = _Heading(token=tok)
            headings.append(pending_heading)
        elif kind == "inline" and tok.map is not None:
            if pending_heading is not None:
                pending_heading.inline = tok
                pending_heading = None
            elif current is not None:
                start = _content_start(lines, tok, heading=False)
                walked = _walk(tok, text, start, lines.end(tok.map[1] - 1))
                if walked.plain:
                    current.plain.append(walked.plain)
                current.phrases.extend(walked.phrases)
    return headings, orphans, tokens


def _item_span(lines: _Lines, item: _Item, marker: re.Pattern[str] | None) -> tuple[int, int]:
    """Span of an item's content: first character after the marker to its last one."""
    text = lines.text
    begin = lines.start(item.map[0])
    stop = lines.end(max(item.map[0], item.map[1] - 1))
    line = lines.line(item.map[0])
    m = marker.match(line) if marker else None
    pos = begin + (m.end() if m else 0)
    while pos < stop and text[pos].isspace():
        pos += 1
    end = stop
    while end > pos and text[end - 1].isspace():
        end -= 1
    return pos, end


_BULLET = re.compile(r"[ \t>]*[-+*](?=[ \t]|$)")
_ORDERED = re.compile(r"[ \t>]*\d{1,9}[.)](?=[ \t]|$)")


def _numbers(items: Sequence[_Item]) -> list[int]:
    """The number shown for each item of one question (see module notes)."""
    result: list[int] = []
    by_list: dict[int, list[_Item]] = {}
    for item in items:
        by_list.setdefault(item.list_index, []).append(item)
    shown: dict[int, int] = {}
    for group in by_list.values():
        written = [it.number for it in group]
        if all(n is not None for n in written):
            nums = [n for n in written if n is not None]
            increasing = all(b > a for a, b in pairwise(nums))
            for k, it in enumerate(group):
                shown[id(it)] = nums[k] if increasing else nums[0] + k
    for position, item in enumerate(items, start=1):
        result.append(shown.get(id(item), position))
    return result


def parse_survey(text: str, source_id: str) -> Survey:
    """Questions (headings) and their responses (top-level list items) with exact spans."""
    lines = _Lines(text)
    headings, _, _ = _structure(text)
    survey = Survey(source_id=source_id)
    for q_index, heading in enumerate(headings, start=1):
        qid = f"q{q_index}"
        if heading.inline is not None:
            start = _content_start(lines, heading.inline, heading=True)
            assert heading.inline.map is not None
            walked = _walk(heading.inline, text, start, lines.end(heading.inline.map[1] - 1))
            q_start = walked.first if walked.first >= 0 else start
            q_end = walked.last if walked.last >= 0 else start
            q_text = walked.plain
        else:
            assert heading.token.map is not None
            q_start = q_end = lines.start(heading.token.map[0])
            q_text = ""
        question = Question(id=qid, text=q_text, start=q_start, end=q_end)
        kept = [item for item in heading.items if item.plain]
        for r_index, (item, number) in enumerate(zip(kept, _numbers(kept), strict=True), start=1):
            marker = _BULLET if item.number is None else _ORDERED
            r_start, r_end = _item_span(lines, item, marker)
            question.responses.append(Response(
                id=f"{qid}.r{r_index}", number=number, text=" ".join(item.plain),
                start=r_start, end=r_end, key_phrases=list(item.phrases)))
        survey.questions.append(question)
    return survey


def looks_like_survey(text: str) -> bool:
    """True for text shaped like a survey: headings followed by lists of answers.

    At least one heading must carry a list of two or more items, most list
    items must sit under headings, and headings plus list items must make up
    most of the non-blank lines after the first heading.
    """
    headings, orphans, _ = _structure(text)
    if not any(len(h.items) >= 2 for h in headings):
        return False
    under = sum(len(h.items) for h in headings)
    if under < 2 * orphans:
        return False
    lines = _Lines(text)
    first_row = headings[0].token.map[0] if headings[0].token.map else 0
    covered: set[int] = set()
    for h in headings:
        if h.token.map:
            covered.update(range(*h.token.map))
        for item in h.items:
            covered.update(range(*item.map))
    body = [row for row in range(first_row, len(lines.starts)) if lines.line(row).strip()]
    if not body:
        return False
    return sum(1 for row in body if row in covered) >= 0.6 * len(body)
