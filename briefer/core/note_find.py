"""Find and replace in the note, and its word count, read from the note's words as shown.

The analyst's prose is stored as Markdown but edited as formatted text: "**rules**
of origin" reads "rules of origin" on screen, and that is what a search must find
and what a word count must count. So each Markdown text is read once into its
*plain text* (what the editor shows: paragraphs and list items on lines of their
own, markers and escapes gone) with, for every plain character, the span of
Markdown that produced it — read by markdown-it (``core.markdown_spans``), the
parser the rest of the project uses, never by regexes over the markup.

* A match is found in the plain text; a replacement is written back into the
  Markdown through those spans, so emphasis around or inside the match survives
  (the replacement takes the place of the match's first run of words; the
  markers between its runs stay).
* The analyst's words are the prose blocks, an excerpt's lead-in (a quotation)
  and its paraphrase (a paraphrased excerpt). A quotation is the source's exact
  words: it is searched, so the user hears how many matches it holds, but never
  changed (``Found.in_quotations``).
* Words are counted as Word counts them: runs between spaces, so a hyphenated
  word is one word and a number is a word; a run of punctuation alone (a spaced
  dash) is not. Footnotes are not counted (citations live outside the blocks;
  a ``[^1]`` typed in prose is left out too).

Plain texts are cached by their Markdown, so a count over a long note after one
edit reads only the block that changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from markdown_it.token import Token

from briefer.core.edits import Batch, Edit, SetBlockField
from briefer.core.excerpt import Excerpt
from briefer.core.markdown_spans import MD, Lines, _after_link_text, content_start
from briefer.core.note import BriefingNote, ExcerptBlock, ProseBlock
from briefer.core.project import Project

# the block fields holding the analyst's words: prose Markdown, paraphrase Markdown,
# and the lead-in (a plain line of text)
MARKDOWN_FIELDS = ("markdown", "paraphrase")


@dataclass(frozen=True)
class FindOptions:
    match_case: bool = False
    whole_words: bool = False


@dataclass(frozen=True)
class Match:
    """One match, in note order: ``start``/``end`` index the plain text of the block's
    ``field`` (``plain_text``), which is what its editor shows."""

    section_id: str
    block_id: str
    start: int
    end: int
    field: str = "markdown"  # "markdown", "paraphrase" or "lead_in"

    def __iter__(self) -> Iterator[object]:  # (section_id, block_id, start, end)
        return iter((self.section_id, self.block_id, self.start, self.end))


@dataclass
class Found:
    matches: list[Match] = field(default_factory=list)
    in_quotations: int = 0  # matches inside quotations: shown, never replaced


@dataclass
class ReplaceAll(Batch):
    """Every match replaced, as one edit (a ``Batch`` of block field edits)."""

    replaced: int = 0
    in_quotations: int = 0  # matches left alone because they are a source's words


# -- Markdown as plain text ------------------------------------------------------------

@dataclass(frozen=True)
class Plain:
    """A Markdown text as shown, and where each shown character came from
    (``spans[i]``: the Markdown slice; None for a line break between paragraphs)."""

    text: str
    spans: tuple[tuple[int, int] | None, ...]


class _Builder:
    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        self.spans: list[tuple[int, int] | None] = []

    def add(self, text: str, start: int, end: int) -> None:
        """``text`` shown for the Markdown ``source[start:end]`` (one span per character
        when they are the same length, else the whole slice for each)."""
        self.parts.append(text)
        if end - start == len(text):
            self.spans.extend((start + i, start + i + 1) for i in range(len(text)))
        else:
            self.spans.extend([(start, end)] * len(text))

    def newline(self) -> None:
        if self.parts:
            self.parts.append("\n")
            self.spans.append(None)

    def done(self) -> Plain:
        return Plain("".join(self.parts), tuple(self.spans))


@lru_cache(maxsize=4096)
def plain_text(markdown: str) -> Plain:
    """The text a Markdown block shows, with where each character came from."""
    out = _Builder(markdown)
    if not markdown.strip():
        return out.done()
    lines = Lines(markdown)
    tokens = MD.parse(markdown)
    for i, token in enumerate(tokens):
        if token.type == "inline" and token.map is not None:
            heading = i > 0 and tokens[i - 1].type == "heading_open"
            out.newline()
            start = content_start(lines, token, heading)
            _walk(token, markdown, start, lines.end(token.map[1] - 1), out)
        elif token.type in ("fence", "code_block") and token.map is not None:
            at = markdown.find(token.content.rstrip("\n"), lines.start(token.map[0]))
            if at >= 0:
                out.newline()
                body = token.content.rstrip("\n")
                out.add(body, at, at + len(body))
    return out.done()


def _walk(inline: Token, text: str, start: int, limit: int, out: _Builder) -> None:
    """Follow an inline token's children through the source (as ``markdown_spans.walk``
    does), adding each shown piece with its place."""
    cur = start

    def locate(needle: str) -> int:
        nonlocal cur
        i = text.find(needle, cur, limit) if needle else -1
        if i >= 0:
            cur = i + len(needle)
        return i

    for child in inline.children or []:
        kind = child.type
        if kind == "text":
            at = locate(child.content)
            if at >= 0:
                out.add(child.content, at, at + len(child.content))
        elif kind == "text_special":
            at = locate(child.markup or child.content)
            if at >= 0:
                out.add(child.content, at, cur)
        elif kind in ("softbreak", "hardbreak"):
            at = text.find("\n", cur, limit)
            if at >= 0:
                cur = at + 1
                out.add(" " if kind == "softbreak" else "\n", at, at + 1)
        elif kind == "code_inline":
            if locate(child.markup) >= 0:
                at = locate(child.content)
                if at >= 0:
                    out.add(child.content, at, at + len(child.content))
                locate(child.markup)
        elif kind == "link_open":
            locate("<" if child.markup == "autolink" else "[")
        elif kind == "link_close":
            if child.markup == "autolink":
                locate(">")
            else:
                cur = _after_link_text(text, cur, limit)
        elif kind in ("strong_open", "strong_close", "em_open", "em_close", "s_open",
                      "s_close"):
            locate(child.markup)
        elif kind == "html_inline":
            locate(child.content)


# -- finding ---------------------------------------------------------------------------

@lru_cache(maxsize=64)
def _pattern(query: str, match_case: bool, whole_words: bool) -> re.Pattern[str] | None:
    if not query or "\n" in query:
        return None
    body = re.escape(query)
    if whole_words:
        body = rf"(?<!\w){body}(?!\w)"
    return re.compile(body, 0 if match_case else re.IGNORECASE)


def find_spans(text: str, query: str, options: FindOptions = FindOptions()
               ) -> list[tuple[int, int]]:
    """Where ``query`` occurs in ``text`` (no overlaps), with the options' rules; the GUI
    uses the same rules on an editor's text, so both agree on what the n-th match is."""
    pattern = _pattern(query, options.match_case, options.whole_words)
    if pattern is None:
        return []
    return [(m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start()]


def quotation_text(excerpt: Excerpt) -> str:
    """A quotation's words as read (its lines joined)."""
    return " ".join(excerpt.exact.split())


def _fields(block: ProseBlock | ExcerptBlock) -> list[tuple[str, str]]:
    """The analyst's texts in a block, as (field, text shown), in reading order."""
    if isinstance(block, ProseBlock):
        return [("markdown", plain_text(block.markdown).text)]
    if block.mode == "quote":
        return [("lead_in", block.lead_in)] if block.lead_in else []
    return [("paraphrase", plain_text(block.paraphrase).text)]


def find_in_note(note: BriefingNote, query: str, options: FindOptions = FindOptions(),
                 excerpts: Mapping[str, Excerpt] | None = None) -> Found:
    """Every match in the analyst's words, in note order; with ``excerpts`` (the
    project's), also how many matches the quotations hold."""
    found = Found()
    for section in note.sections:
        for block in section.blocks:
            for name, text in _fields(block):
                found.matches += [Match(section.id, block.id, s, e, name)
                                  for s, e in find_spans(text, query, options)]
            if isinstance(block, ExcerptBlock) and block.mode == "quote" and excerpts:
                excerpt = excerpts.get(block.excerpt_id)
                if excerpt is not None:
                    found.in_quotations += len(find_spans(quotation_text(excerpt), query,
                                                          options))
    return found


# -- replacing -------------------------------------------------------------------------

_SPECIAL = re.compile(r"([\\`*_\[\]<>~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_LINE_START = re.compile(r"^([#>+=-])")


def escape_markdown(text: str, at_line_start: bool = False) -> str:
    """``text`` as Markdown that shows exactly ``text`` (no emphasis, links, entities)."""
    text = _ENTITY.sub(r"\\&", _SPECIAL.sub(r"\\\1", text))
    return _LINE_START.sub(r"\\\1", text) if at_line_start else text


def _runs(plain: Plain, source: str, start: int, end: int) -> list[tuple[int, int]]:
    """The Markdown slices a plain-text match covers, joined where only spaces or line
    breaks lie between them (markers between them make separate runs)."""
    runs: list[list[int]] = []
    for span in plain.spans[start:end]:
        if span is None:
            continue
        if runs and (span[0] <= runs[-1][1] or not source[runs[-1][1]:span[0]].strip()):
            runs[-1][1] = max(runs[-1][1], span[1])
        else:
            runs.append([span[0], span[1]])
    return [(a, b) for a, b in runs]


def replace_in_markdown(markdown: str, spans: list[tuple[int, int]], replacement: str) -> str:
    """``markdown`` with each plain-text span (``plain_text(markdown)``) replaced by
    ``replacement``: written in the first run of the match, its other runs emptied."""
    plain = plain_text(markdown)
    out = markdown
    for start, end in sorted(spans, reverse=True):
        runs = _runs(plain, markdown, start, end)
        if not runs:
            continue
        for a, b in reversed(runs[1:]):
            out = out[:a] + out[b:]
        a, b = runs[0]
        line_start = not markdown[markdown.rfind("\n", 0, a) + 1:a].strip()
        out = out[:a] + escape_markdown(replacement, line_start) + out[b:]
    return out


def replace_in_field(value: str, field_name: str, spans: list[tuple[int, int]],
                     replacement: str) -> str:
    if field_name in MARKDOWN_FIELDS:
        return replace_in_markdown(value, spans, replacement)
    for start, end in sorted(spans, reverse=True):  # a lead-in is plain text
        value = value[:start] + replacement + value[end:]
    return value


def _value(project: Project, block_id: str, field_name: str) -> str | None:
    found = project.note.find_block(block_id)
    if found is None:
        return None
    return getattr(found[0].blocks[found[1]], field_name, None)


def replace_matches(project: Project, matches: list[Match], replacement: str) -> Batch:
    """One edit replacing these matches (found in the note as it is now)."""
    by_field: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for m in matches:
        by_field.setdefault((m.block_id, m.field), []).append((m.start, m.end))
    edits: list[Edit] = []
    for (block_id, name), spans in by_field.items():
        value = _value(project, block_id, name)
        if value is None:
            continue
        new = replace_in_field(value, name, spans, replacement)
        if new != value:
            edits.append(SetBlockField(block_id, name, new))
    return Batch(edits)


def replace_all(project: Project, query: str, replacement: str,
                options: FindOptions = FindOptions()) -> ReplaceAll:
    """Every match in the analyst's words replaced, as one undoable edit; the matches in
    quotations are counted and left alone."""
    found = find_in_note(project.note, query, options, project.excerpts)
    batch = replace_matches(project, found.matches, replacement)
    return ReplaceAll(batch.edits, replaced=len(found.matches),
                      in_quotations=found.in_quotations)


# -- counting words --------------------------------------------------------------------

_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\]")
_WORDLIKE = re.compile(r"[^\W_]")


def count_text_words(text: str) -> int:
    """Words as Word counts them: runs between spaces holding a letter or a digit."""
    return sum(1 for token in _FOOTNOTE_REF.sub(" ", text).split() if _WORDLIKE.search(token))


@lru_cache(maxsize=4096)
def _markdown_words(markdown: str) -> int:
    return count_text_words(plain_text(markdown).text)


@dataclass(frozen=True)
class WordCount:
    prose: int
    quotations: int

    @property
    def total(self) -> int:
        return self.prose + self.quotations

    def __iter__(self) -> Iterator[int]:  # (prose, quotations, total)
        return iter((self.prose, self.quotations, self.total))


def count_words(note: BriefingNote, excerpts: Mapping[str, Excerpt] | None = None
                ) -> WordCount:
    """The note's words: the analyst's (prose, lead-ins, paraphrases) and the
    quotations' (with ``excerpts``, the project's); section titles, the title block and
    footnotes are not counted."""
    prose = quoted = 0
    for section in note.sections:
        for block in section.blocks:
            if isinstance(block, ProseBlock):
                prose += _markdown_words(block.markdown)
            elif block.mode == "paraphrase":
                prose += _markdown_words(block.paraphrase)
            else:
                prose += count_text_words(block.lead_in)
                excerpt = (excerpts or {}).get(block.excerpt_id)
                if excerpt is not None:
                    quoted += count_text_words(excerpt.exact)
    return WordCount(prose, quoted)
