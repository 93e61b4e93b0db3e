"""Reading an expert survey written in Markdown into Survey objects.

The layouts analysts receive: each question is a heading (``#`` or
underlined), or a paragraph ending in "?" right above its answers; the
answers are the list items under it (``1.``, ``1)``, ``-``, ``*``), and
respondents may mark their key phrases in bold (``**`` or ``__``). A real
Markdown parser (markdown-it-py) finds the structure; because its tokens only
carry line ranges, every span is then located in the *original* text, so that
``text[start:end]`` is exactly what the analyst sees highlighted.

Rules worth knowing:

* YAML front matter (``---`` … ``---`` at the very top) is metadata, never a
  question. Text before the first question (a title page, instructions, a
  list of notes) is not part of any question.
* A heading is a question when answers follow it, when it asks ("?"), when
  it is numbered ("1 –", "Q3:"), or when it sits at the level of the
  answered questions after the first of them. Any other heading is a title
  or a section heading; the first one above the questions is the survey's
  title.
* Only top-level list items are responses; a nested list belongs to the
  answer it is nested in. A paragraph that opens with a respondent's label
  ("R3:", "**Expert 4** —", "Respondent 12.", "Répondant 2 :") is a response
  too, numbered by its label, the label not part of the answer. A paragraph
  that is not indented but sits between two answers of one question
  continues the answer above it.
* ``Response.number`` is the number as written when a list numbers its items
  in increasing order; lazily numbered lists (``1. 1. 1.``) get the number a
  Markdown renderer would show; bullets get their position.
* Empty list items are not responses; "n/a", "No comment", "—" and the like
  are responses flagged ``no_answer``.
* ``KeyPhrase.text`` is the phrase without markers and with whitespace
  collapsed; its span covers the phrase in the source, markers excluded, so
  for a phrase on one line ``text[start:end] == phrase.text``.
* ``Survey.marks`` lists what the reader highlights (question text, title,
  list markers, key phrases and their markers), from this same parse.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from markdown_it.token import Token

from briefer.core.markdown_spans import MD, Lines, Walked, content_start, walk
from briefer.core.survey_hint import WHO, might_be_survey
from briefer.core.survey import (MARK_HEADING, MARK_KEY, MARK_MARKER, MARK_NUMBER, MARK_TITLE,
                                 KeyPhrase, Question, Response, Survey)

# A respondent's label opening a paragraph, as typed (emphasis markers allowed around it).
_WHO = WHO
_LABEL = re.compile(r"[ \t]{0,3}(?:\*\*|__|\*|_)?" + _WHO + r"[ \t]*#?[ \t]*(\d{1,4}|[A-Z])\b"
                    r"(?:[ \t]*[:.)][ \t]*)?(?:\*\*|__|\*|_)?(?:[ \t]*[:.)—–-])?"
                    r"(?=[ \t])[ \t]*", re.IGNORECASE)
_LABEL_SEP = re.compile(r"[ \t]*(?:[:.)]|[—–-](?=[ \t]))")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# "1.", "1 –", "Q3:", "Q.3", "Question 3 -", "3)", "(2)", "A.", "IV." before a question's words
QUESTION_NUMBER = re.compile(
    r"^\s*(?:(?:q(?:uestion)?|part|no\.?|n°|#)\s*\.?\s*)?"
    r"(?:\(\s*(?:\d{1,3}[a-z]?|[a-z]|[ivxlc]{1,6})\s*\)"
    r"|\d{1,3}[a-z]?|[ivxlc]{1,6}(?=\s*[.)])|[a-z](?=[.)]))\s*"
    r"(?:[.:)\]]|[-–—])?\s+(?=\S)", re.IGNORECASE)
_NO_ANSWER = re.compile(
    r"^\W*(?:n\s*/?\s*a|pass|passe|skip(?:ped)?"
    r"|no\s+(?:comments?|answer|response|reply|view|opinion|further\s+comments?)"
    r"|nothing\s+(?:further|more|else)?\s*(?:to\s+(?:add|say|report))?"
    r"|not\s+applicable|no\s+view\s+on\s+this|(?:i\s+)?(?:don'?t|do\s+not)\s+know"
    r"|(?:i\s+)?(?:have\s+)?no\s+(?:comment|opinion)|sans\s+objet|s\.?\s*o\.?"
    r"|aucun(?:e)?\s+(?:commentaire|réponse|reponse|opinion|avis)"
    r"|pas\s+de\s+(?:commentaire|réponse|reponse|opinion|avis)|rien\s+à\s+(?:ajouter|signaler)"
    r"|rien\s+a\s+(?:ajouter|signaler)|je\s+ne\s+sais\s+pas|ne\s+sais\s+pas|nsp"
    r"|pas\s+d'avis|sans\s+commentaire)"
    r"(?:\W+(?:thanks|thank\s+you|merci)(?:\s+(?:beaucoup|very\s+much))?)?\W*$",
    re.IGNORECASE)


def front_matter_title(text: str) -> str:
    """The ``title:`` line of a leading front matter block, as written ("" if none)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return ""
    line = re.search(r"^title:[ \t]*(.+?)[ \t]*$", match.group(0), re.M)
    return line.group(1).strip("'\"") if line else ""


def _blank_front_matter(text: str) -> str:
    """The text with a leading YAML front matter block blanked (offsets kept)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text
    block = re.sub(r"[^\n]", " ", match.group(0))
    return block + text[match.end():]


# "Nothing." answers "Anything else?" with no view, but "What would you concede?" with one.
_NOTHING = re.compile(r"^\W*(?:nothing|none|nil|no|non|rien|aucun|aucune)\W*$", re.IGNORECASE)
_ANYTHING_ELSE = re.compile(r"\b(?:anything\s+(?:else|to\s+add|further)|other\s+comments?"
                            r"|further\s+comments?|additional\s+comments?|final\s+comments?"
                            r"|autres?\s+commentaires?|quelque\s+chose\s+à\s+ajouter)\b",
                            re.IGNORECASE)


def is_no_answer(text: str, question: str = "") -> bool:
    """"n/a", "No comment", "—", "Sans objet": an answer that gives no view.

    "Nothing." or "None." gives no view only to a question asking for anything else.
    """
    stripped = text.strip()
    if not any(ch.isalnum() for ch in stripped) or _NO_ANSWER.match(stripped):
        return True
    return bool(_NOTHING.match(stripped) and _ANYTHING_ELSE.search(question))


@dataclass
class _Item:
    """A top-level list item being collected."""

    map: list[int]
    number: int | None  # as written, for ordered lists
    list_index: int  # which list under the question
    plain: list[str] = field(default_factory=list)
    phrases: list[KeyPhrase] = field(default_factory=list)
    markers: list[tuple[int, int]] = field(default_factory=list)
    last_line: int = 0  # exclusive: continuation paragraphs push it down
    label: re.Pattern[str] | None = None  # a labelled paragraph's label, else a list marker


@dataclass
class _Block:
    """A top-level block: a heading, a paragraph or a list item."""

    kind: str  # "heading", "para", "item"
    token: Token | None = None  # heading_open / paragraph_open
    inline: Token | None = None
    item: _Item | None = None
    walked: Walked | None = None


def _blocks(text: str, lines: Lines) -> list[_Block]:
    """The top-level blocks in order, with every list item's contents walked."""
    tokens = MD.parse(_blank_front_matter(text))
    blocks: list[_Block] = []
    item_depth = 0
    list_count = 0
    current: _Item | None = None
    open_block: _Block | None = None
    ordered_stack: list[bool] = []
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
                current = _Item(map=list(tok.map), number=number, list_index=list_count,
                                last_line=tok.map[1])
                blocks.append(_Block("item", item=current))
            item_depth += 1
        elif kind == "list_item_close":
            item_depth -= 1
            if item_depth == 0:
                current = None
        elif kind in ("heading_open", "paragraph_open") and item_depth == 0:
            open_block = _Block("heading" if kind == "heading_open" else "para", token=tok)
            blocks.append(open_block)
        elif kind == "inline" and tok.map is not None:
            if open_block is not None:
                open_block.inline = tok
                heading = open_block.kind == "heading"
                start = content_start(lines, tok, heading=heading)
                open_block.walked = walk(tok, text, start, lines.end(tok.map[1] - 1))
                if not heading:
                    previous = blocks[-2] if len(blocks) > 1 else None
                    in_run = previous is not None and previous.item is not None \
                        and previous.item.label is not None
                    if _labelled(open_block, lines, list_count if in_run else list_count + 1):
                        list_count += 0 if in_run else 1
                open_block = None
            elif current is not None:
                start = content_start(lines, tok, heading=False)
                walked = walk(tok, text, start, lines.end(tok.map[1] - 1))
                if walked.plain:
                    current.plain.append(walked.plain)
                current.phrases.extend(walked.phrases)
                current.markers.extend(walked.markers)
    return blocks


def _labelled(block: _Block, lines: Lines, list_index: int) -> bool:
    """Make a paragraph that opens with a respondent's label an answer (an item)."""
    token, walked = block.token, block.walked
    if token is None or token.map is None or walked is None:
        return False
    row = token.map[0]
    match = _LABEL.match(lines.line(row))
    if match is None or match.end() >= len(lines.line(row).rstrip()):
        return False
    label_end = lines.start(row) + match.end()
    plain = walked.plain
    who = re.match(_WHO + r"[ \t]*#?[ \t]*(\d{1,4}|[A-Z])\b", plain, re.IGNORECASE)
    if who is None:
        return False
    rest = plain[who.end():]
    sep = _LABEL_SEP.match(rest)
    rest = rest[sep.end():] if sep else rest
    number = int(match.group(1)) if match.group(1).isdigit() else None
    if number is None and not re.search(r"[:.)—–-]", match.group(0)[match.end(1) -
                                                                  match.start():]):
        return False  # "Expert A says…": a letter alone is not a label
    block.kind = "item"
    block.item = _Item(map=list(token.map), number=number, list_index=list_index,
                       plain=[rest.strip()] if rest.strip() else [],
                       phrases=[k for k in walked.phrases if k.start >= label_end],
                       markers=list(walked.markers), last_line=token.map[1],
                       label=re.compile(re.escape(lines.line(row)[:match.end()])))
    return True


def _level(block: _Block) -> int:
    assert block.token is not None
    return int(block.token.tag[1:]) if block.token.tag[1:].isdigit() else 1


def _asks(block: _Block) -> bool:
    plain = block.walked.plain if block.walked else ""
    return "?" in plain or bool(QUESTION_NUMBER.match(plain))


@dataclass
class _Part:
    """A question being assembled, or the survey's title."""

    block: _Block
    items: list[_Item] = field(default_factory=list)


def _assemble(blocks: Sequence[_Block]) -> tuple[list[_Part], _Block | None, int]:
    """Questions with their items, the title block, and the count of orphan items."""
    # A paragraph asking a question right above a list is a question too.
    starts: list[bool] = []
    for k, block in enumerate(blocks):
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        plain = block.walked.plain if block.walked is not None else ""
        para_q = block.kind == "para" and nxt is not None and nxt.kind == "item" \
            and plain.rstrip(" *_").endswith("?")
        starts.append(block.kind == "heading" or para_q)
    answered: list[bool] = []
    for k, _block in enumerate(blocks):
        j = k + 1
        while j < len(blocks) and not starts[j] and blocks[j].kind != "item":
            j += 1
        answered.append(starts[k] and j < len(blocks) and blocks[j].kind == "item")
    levels = Counter(_level(b) for b, a in zip(blocks, answered, strict=True)
                     if a and b.kind == "heading")
    q_level = levels.most_common(1)[0][0] if levels else None
    parts: list[_Part] = []
    title: _Block | None = None
    current: _Part | None = None
    orphans = 0
    for k, block in enumerate(blocks):
        if starts[k]:
            is_question = answered[k] or _asks(block) or (
                block.kind == "heading" and bool(parts) and _level(block) == q_level)
            if is_question:
                current = _Part(block)
                parts.append(current)
            else:
                if not parts and title is None and block.kind == "heading" \
                        and block.walked and block.walked.plain:
                    title = block
                current = None
        elif block.kind == "item":
            assert block.item is not None
            if current is not None:
                current.items.append(block.item)
            else:
                orphans += 1
        elif block.kind == "para" and current is not None and current.items \
                and k + 1 < len(blocks) and blocks[k + 1].kind in ("item", "para"):
            # an unindented paragraph between two answers continues the one above
            nxt = next((b for b in blocks[k + 1:] if b.kind != "para"), None)
            if nxt is not None and nxt.kind == "item" and block.walked and block.token \
                    and block.token.map:
                item = current.items[-1]
                if block.walked.plain:
                    item.plain.append(block.walked.plain)
                item.phrases.extend(block.walked.phrases)
                item.markers.extend(block.walked.markers)
                item.last_line = block.token.map[1]
    return parts, title, orphans


def _item_span(lines: Lines, item: _Item, marker: re.Pattern[str] | None
               ) -> tuple[int, int, int, int]:
    """Span of an item's content (first character after the marker to its last one),
    and the span of the marker itself."""
    text = lines.text
    begin = lines.start(item.map[0])
    stop = lines.end(max(item.map[0], item.last_line - 1))
    line = lines.line(item.map[0])
    m = marker.match(line) if marker else None
    pos = begin + (m.end() if m else 0)
    mark_start = begin + len(line) - len(line.lstrip(" \t>"))
    mark_end = pos
    while pos < stop and text[pos].isspace():
        pos += 1
    end = stop
    while end > pos and text[end - 1].isspace():
        end -= 1
    return pos, end, mark_start, mark_end


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


def _heading_marks(lines: Lines, block: _Block, start: int, end: int, role: str
                   ) -> list[tuple[int, int, str]]:
    """The question text, and the heading's own syntax (``#`` or the underline)."""
    marks = [(start, end, role)] if end > start else []
    token = block.token
    if block.kind != "heading" or token is None or token.map is None:
        return marks
    if token.markup.startswith("#"):
        first = lines.line(token.map[0])
        hashes = re.match(r"[ \t]*(#{1,6})", first)
        if hashes:
            offset = lines.start(token.map[0])
            marks.append((offset + hashes.start(1), offset + hashes.end(1), MARK_MARKER))
    else:  # setext: the underline is the heading's last line
        row = token.map[1] - 1
        underline = lines.line(row).strip()
        if underline:
            offset = lines.start(row) + lines.line(row).index(underline)
            marks.append((offset, offset + len(underline), MARK_MARKER))
    return marks


def _text_span(lines: Lines, block: _Block) -> tuple[int, int, str]:
    assert block.token is not None and block.token.map is not None
    walked = block.walked
    fallback = lines.start(block.token.map[0])
    if walked is None:
        return fallback, fallback, ""
    start = walked.first if walked.first >= 0 else fallback
    end = walked.last if walked.last >= 0 else start
    return start, end, walked.plain


def parse_survey(text: str, source_id: str) -> Survey:
    """Questions and their responses (top-level list items) with exact spans."""
    lines = Lines(text)
    parts, title_block, _ = _assemble(_blocks(text, lines))
    survey = Survey(source_id=source_id, title=front_matter_title(text))
    marks: list[tuple[int, int, str]] = []
    if title_block is not None:
        t_start, t_end, survey.title = _text_span(lines, title_block)
        marks += _heading_marks(lines, title_block, t_start, t_end, MARK_TITLE)
    for q_index, part in enumerate(parts, start=1):
        qid = f"q{q_index}"
        q_start, q_end, q_text = _text_span(lines, part.block)
        marks += _heading_marks(lines, part.block, q_start, q_end, MARK_HEADING)
        if part.block.walked:
            marks += [(a, b, MARK_MARKER) for a, b in part.block.walked.markers]
        question = Question(id=qid, text=q_text, start=q_start, end=q_end)
        kept = [item for item in part.items if item.plain]
        for r_index, (item, number) in enumerate(zip(kept, _numbers(kept), strict=True), start=1):
            marker = item.label or (_BULLET if item.number is None else _ORDERED)
            r_start, r_end, m_start, m_end = _item_span(lines, item, marker)
            r_text = " ".join(item.plain)
            question.responses.append(Response(
                id=f"{qid}.r{r_index}", number=number, text=r_text,
                start=r_start, end=r_end, key_phrases=list(item.phrases),
                no_answer=is_no_answer(r_text, q_text)))
            if m_end > m_start:
                marks.append((m_start, m_end, MARK_NUMBER))
            marks += [(k.start, k.end, MARK_KEY) for k in item.phrases]
            marks += [(a, b, MARK_MARKER) for a, b in item.markers]
        survey.questions.append(question)
    survey.marks = sorted(set(marks))
    return survey


LOOK_LIMIT = 400_000  # characters read to tell a survey from an article


def looks_like_survey(text: str) -> bool:
    """True for text shaped like a survey: questions followed by lists of answers.

    At least one question must carry a list of two or more items, most list
    items must sit under questions, and questions plus their answers must
    make up most of the non-blank lines after the first question.
    """
    if not might_be_survey(text):
        return False
    if len(text) > LOOK_LIMIT:  # a survey shows its shape early; reading all of a long
        text = text[:text.rfind("\n", 0, LOOK_LIMIT) + 1 or LOOK_LIMIT]  # text would stall
    lines = Lines(text)
    parts, _, orphans = _assemble(_blocks(text, lines))
    if not any(len(p.items) >= 2 for p in parts):
        return False
    under = sum(len(p.items) for p in parts)
    if under < 2 * orphans:
        return False
    first = parts[0].block.token
    first_row = first.map[0] if first is not None and first.map else 0
    covered: set[int] = set()
    for part in parts:
        token = part.block.token
        if token is not None and token.map:
            covered.update(range(*token.map))
        for item in part.items:
            covered.update(range(item.map[0], item.last_line))
    body = [row for row in range(first_row, len(lines.starts)) if lines.line(row).strip()]
    if not body:
        return False
    return sum(1 for row in body if row in covered) >= 0.6 * len(body)
