"""Quotation marks around and inside a quotation from a source.

An excerpt is the words the analyst selected, which often start after a
source's opening quotation mark or stop before its closing one ("said Monday
“there is still some work to be done.”"). An editor sends back a note with an
unbalanced mark, so ``balance`` gives each unmatched mark its partner at the
edge of the quotation. A short quotation runs into the text in the note's own
marks (``run_in``): “…” in English, « … » in French; the source's marks
inside it then become the marks of a quotation within a quotation — ‘…’
(Chicago) or “…” in French (the Translation Bureau's guide). A block
quotation has no marks of its own, so the source's stay as they are.

Nothing else of the source's words changes: the check compares the excerpt's
recorded words with the source, never these printed ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefer.export.markdown_runs import Run
from briefer.export.typography import NNBSP, is_french

_OPENERS = {"“": "double", "«": "guillemet"}
_CLOSERS = {"”": "double", "»": "guillemet"}
_PARTNER = {"“": "”", "”": "“", "«": "»", "»": "«", '"': '"'}
_SPACES = " \u00a0\u202f"
_OPENING_CONTEXT = "([{—–-/‘“«"
_SENTENCE_END = ".!?…"
_WEAK_END = ",;:"  # a quotation ending here ends the note's sentence with a period instead


@dataclass
class _Cell:
    """One character of the quotation and how it looks; None text marks a paragraph break."""

    text: str | None
    bold: bool = False
    italic: bool = False


def _cells(paragraphs: list[list[Run]]) -> list[_Cell]:
    cells: list[_Cell] = []
    for number, paragraph in enumerate(paragraphs):
        if number:
            cells.append(_Cell(None))
        for run in paragraph:
            cells.extend(_Cell(ch, run.bold, run.italic) for ch in run.text)
    return cells


def _paragraphs(cells: list[_Cell]) -> list[list[Run]]:
    paragraphs: list[list[Run]] = [[]]
    for cell in cells:
        if cell.text is None:
            paragraphs.append([])
            continue
        runs = paragraphs[-1]
        if runs and (runs[-1].bold, runs[-1].italic) == (cell.bold, cell.italic):
            runs[-1].text += cell.text
        else:
            runs.append(Run(cell.text, cell.bold, cell.italic))
    return [p for p in paragraphs if p]


def _match(cells: list[_Cell]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """(matched pairs, unmatched openers, unmatched closers) of the double quotation marks."""
    pairs: list[tuple[int, int]] = []
    stack: list[int] = []
    lonely: list[int] = []
    for i, cell in enumerate(cells):
        ch = cell.text
        if ch is None or (ch not in _OPENERS and ch not in _CLOSERS and ch != '"'):
            continue
        if ch == '"':
            if stack and cells[stack[-1]].text == '"':
                pairs.append((stack.pop(), i))
            elif _opens(cells, i):
                stack.append(i)
            else:
                lonely.append(i)
        elif ch in _OPENERS:
            stack.append(i)
        elif stack and _kind(cells[stack[-1]].text) == _CLOSERS[ch]:
            pairs.append((stack.pop(), i))
        else:
            lonely.append(i)
    return pairs, stack, lonely


def _kind(ch: str | None) -> str:
    return _OPENERS.get(ch or "") or _CLOSERS.get(ch or "") or "straight"


def _opens(cells: list[_Cell], i: int) -> bool:
    """Whether a straight " opens: at the start, or after a space or an opening bracket."""
    before = cells[i - 1].text if i else None
    return not before or before in _SPACES or before in _OPENING_CONTEXT


def _space_beside(cells: list[_Cell], i: int, step: int) -> str:
    """The space that sits inside a guillemet (« x »), to mirror on its added partner."""
    j = i + step
    if 0 <= j < len(cells) and (cells[j].text or "x") in _SPACES:
        return cells[j].text or ""
    return ""


def _balanced(cells: list[_Cell]) -> list[_Cell]:
    """Cells where every quotation mark has its partner: added at the quotation's edge."""
    _, openers, closers = _match(cells)
    head: list[_Cell] = []
    for i in closers:  # the first closer's opener is the innermost: nearest the words
        space = _space_beside(cells, i, -1)
        head = [_Cell(_PARTNER[cells[i].text or '"']), *(_Cell(s) for s in space), *head]
    tail: list[_Cell] = []
    for i in reversed(openers):  # the last opener is the innermost: closed first
        space = _space_beside(cells, i, 1)
        tail.extend([*(_Cell(s) for s in space), _Cell(_PARTNER[cells[i].text or '"'])])
    return [*head, *cells, *tail]


def balance(paragraphs: list[list[Run]]) -> list[list[Run]]:
    """A block quotation's paragraphs with each quotation mark given its partner."""
    return _paragraphs(_balanced(_cells(paragraphs)))


def run_in(runs: list[Run], language: str = "en-CA") -> tuple[list[Run], list[Run]]:
    """A short quotation in the note's quotation marks: (the marks and words, what follows).

    The source's own marks inside become inner marks; a quotation without an
    ending of its own gets the period that ends the note's sentence — inside
    the closing mark in English (American style), after the note's footnote
    reference in French. "What follows" is that French period, printed after
    the footnote reference.
    """
    french = is_french(language)
    cells = _balanced(_cells([runs]))
    pairs, _, _ = _match(cells)
    inner = ("“", "”") if french else ("‘", "’")
    drop: set[int] = set()
    for opened, closed in pairs:
        if cells[opened].text == "«":
            drop.update(j for j in (opened + 1,) if (cells[j].text or "x") in _SPACES)
        if cells[closed].text == "»":
            drop.update(j for j in (closed - 1,) if (cells[j].text or "x") in _SPACES)
        cells[opened].text, cells[closed].text = inner
    cells = [c for i, c in enumerate(cells) if i not in drop]
    end = len(cells)
    while end and cells[end - 1].text in ("’", "”", "'", '"'):
        end -= 1  # the period goes before the closing marks (American style)
    last = cells[end - 1].text if end else ""
    after: list[Run] = []
    if last and last in _WEAK_END:
        del cells[end - 1]
        end -= 1
        while end and (cells[end - 1].text or "x") in _SPACES:  # French "mot ;"
            del cells[end - 1]
            end -= 1
    if last and last not in _SENTENCE_END:
        if french:
            after = [Run(".")]
        else:
            cells.insert(end, _Cell("."))
    opening, closing = ("«" + NNBSP, NNBSP + "»") if french else ("“", "”")
    quoted = [Run(opening), *_paragraphs(cells)[0], Run(closing)] if cells else []
    return quoted, after
