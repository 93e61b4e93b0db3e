"""Word (.docx) files, read as light Markdown: headings, lists, bold, tables, footnotes.

The result is stored as ``.md`` so a survey written in Word keeps the
structure (``#`` questions, numbered answers, **bold** key phrases) that the
survey parser reads. Only the document's own words are kept; Markdown marks
are the only characters added.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefer.core.source import SourceMeta
from briefer.io.importers.base import Extracted, ImportRefused, finish
from briefer.io.importers.ooxml import WordPackage
from briefer.io.importers.sniff import ZIP_ERRORS

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FOOTNOTES_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_ENDNOTES_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"
_NUMBERING_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"

# Zip-bomb guards, checked in the central directory before anything is inflated.
MAX_MEMBERS = 5000
MAX_UNCOMPRESSED = 300 * 1024 * 1024
# The XML of the text itself: a 1,000-page report holds about 10 MB; past this, reading it
# would take many seconds for what is no real document.
MAX_TEXT_XML = 80 * 1024 * 1024
MAX_RATIO = 100  # for members over 1 MB uncompressed
_RATIO_FLOOR = 1024 * 1024

# Author names Word and templates put in by default: not the document's author.
_PLACEHOLDER_AUTHORS = {"", "python-docx", "microsoft office user", "windows user", "user",
                        "admin", "administrator", "author", "unknown", "owner"}

_HEADING_NAME = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)
_FALSE = {"0", "false", "off", "none"}
# Word has 9 list levels and at most 63 columns; larger numbers in a damaged or
# hostile file made "   " * level or [""] * span allocate gigabytes
MAX_LEVEL = 8
MAX_SPAN = 63


def _number(text: str | None, default: int, limit: int) -> int:
    """A small non-negative number from an attribute: ``default`` unless plain ASCII digits."""
    if not text or not (text.isascii() and text.isdigit()):
        return default
    return min(int(text[:9]), limit)


def check_zip(path: Path) -> None:
    """Refuse damaged, encrypted or bomb-like zip containers before their parts are read."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except ZIP_ERRORS as exc:
        raise ImportRefused("{file}: the Word file is damaged ({reason}); open it in Word "
                            "and save it again", file=path.name, reason=str(exc)) from exc
    if len(infos) > MAX_MEMBERS:
        raise ImportRefused("{file}: the archive holds {count:,} parts, far more than a Word "
                            "document has", file=path.name, count=len(infos))
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED:
        raise ImportRefused(
            "{file}: it would unpack to {size:,.0f} MB (limit {limit} MB); this looks like a "
            "zip bomb, not a Word document", file=path.name, size=total / 2**20,
            limit=MAX_UNCOMPRESSED // 2**20)
    text_xml = sum(i.file_size for i in infos
                   if i.filename.startswith("word/") and i.filename.endswith(".xml"))
    if text_xml > MAX_TEXT_XML:
        raise ImportRefused(
            "{file}: its text would unpack to {size:,.0f} MB of XML (limit {limit} MB); no "
            "Word document that long can be read here", file=path.name,
            size=text_xml / 2**20, limit=MAX_TEXT_XML // 2**20)
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > _RATIO_FLOOR and ratio > MAX_RATIO:
            raise ImportRefused(
                "{file}: part {part!r} is compressed {ratio:,.0f} to 1; this looks like a zip "
                "bomb, not a Word document", file=path.name, part=info.filename, ratio=ratio)
        if info.flag_bits & 0x1:
            raise ImportRefused("{file}: parts of it are encrypted; remove the password in "
                                "Word and import again", file=path.name)
    if not any(info.filename == "word/document.xml" for info in infos):
        raise ImportRefused("{file}: is a zip archive but not a Word document",
                            file=path.name)


@dataclass
class _Style:
    name: str = ""
    based_on: str = ""
    outline_level: int | None = None
    num: tuple[str, int] | None = None


class _Styles:
    """The document's styles by id, each read when a paragraph first names it: a template
    defines a few hundred, a document uses a handful (reading them all took 40 % of a
    short document's extraction)."""

    def __init__(self, root: Any) -> None:
        self._elements: dict[str, Any] = {}
        for el in root.iter(W + "style") if root is not None else ():
            style_id = el.get(W + "styleId")
            if style_id:
                self._elements[style_id] = el  # the last of a repeated id wins
        self._read: dict[str, _Style] = {}

    def get(self, style_id: str) -> _Style | None:
        style = self._read.get(style_id)
        if style is None:
            el = self._elements.get(style_id)
            if el is None:
                return None
            ppr = el.find(W + "pPr")
            level = _number(_val(ppr, "outlineLvl"), -1, 99)
            style = self._read[style_id] = _Style(
                name=_val(el, "name") or "", based_on=_val(el, "basedOn") or "",
                outline_level=None if level < 0 else level, num=_num_of(ppr))
        return style


@dataclass
class _Context:
    styles: _Styles
    formats: dict[tuple[str, int], tuple[str, int]]  # (numId, ilvl) -> (numFmt, start)
    notes: dict[str, str]  # footnote id -> text
    counters: dict[tuple[str, int], int] = field(default_factory=dict)
    note_order: list[str] = field(default_factory=list)
    title: str = ""


def _val(el: Any, tag: str) -> str | None:
    child = el.find(W + tag) if el is not None else None
    return None if child is None else child.get(W + "val")


def _num_of(ppr: Any) -> tuple[str, int] | None:
    if ppr is None:
        return None
    numpr = ppr.find(W + "numPr")
    if numpr is None:
        return None
    num_id = _val(numpr, "numId") or ""
    ilvl = _val(numpr, "ilvl") or "0"
    if not num_id or num_id == "0":
        return ("0", 0)  # numbering switched off explicitly
    return num_id, _number(ilvl, 0, MAX_LEVEL)


def _read_numbering(document: WordPackage) -> dict[tuple[str, int], tuple[str, int]]:
    root = document.related_element(_NUMBERING_RT)
    if root is None:
        return {}
    abstract: dict[str, dict[int, tuple[str, int]]] = {}
    for el in root.iter(W + "abstractNum"):
        levels: dict[int, tuple[str, int]] = {}
        for lvl in el.iter(W + "lvl"):
            ilvl = lvl.get(W + "ilvl") or "0"
            start = _val(lvl, "start") or "1"
            levels[_number(ilvl, 0, MAX_LEVEL)] = (
                _val(lvl, "numFmt") or "decimal", _number(start, 1, 10**9))
        abstract[el.get(W + "abstractNumId") or ""] = levels
    formats: dict[tuple[str, int], tuple[str, int]] = {}
    for num in root.iter(W + "num"):
        levels = abstract.get(_val(num, "abstractNumId") or "", {})
        for ilvl, fmt in levels.items():
            formats[(num.get(W + "numId") or "", ilvl)] = fmt
    return formats


def _read_notes(document: WordPackage) -> dict[str, str]:
    notes: dict[str, str] = {}
    for reltype, tag, prefix in ((_FOOTNOTES_RT, "footnote", "f"), (_ENDNOTES_RT, "endnote", "e")):
        root = document.related_element(reltype)
        if root is None:
            continue
        for note in root.iter(W + tag):
            note_id = note.get(W + "id") or ""
            if note.get(W + "type") in ("separator", "continuationSeparator",
                                        "continuationNotice"):
                continue
            paras = [_inline(p, None)[0].strip() for p in note.iter(W + "p")]
            notes[prefix + note_id] = " ".join(p for p in paras if p)
    return notes


def _style_chain(ctx: _Context, style_id: str) -> list[_Style]:
    chain: list[_Style] = []
    while style_id and len(chain) < 10:
        style = ctx.styles.get(style_id)
        if style is None:
            break
        chain.append(style)
        style_id = style.based_on
    return chain


def _is_bold(run: Any) -> bool:
    rpr = run.find(W + "rPr")
    if rpr is None:
        return False
    b = rpr.find(W + "b")
    return b is not None and (b.get(W + "val") or "true").lower() not in _FALSE


def _inline(el: Any, ctx: _Context | None) -> tuple[str, bool]:
    """Markdown for a paragraph's runs, and whether any of it was bold."""
    pieces: list[tuple[str, bool]] = []

    def walk(parent: Any) -> None:
        for child in parent:
            tag = child.tag
            if tag == W + "r":
                bold = _is_bold(child)
                for item in child:
                    itag = item.tag
                    if itag == W + "t":
                        pieces.append((item.text or "", bold))
                    elif itag == W + "tab":
                        pieces.append(("\t", bold))
                    elif itag in (W + "br", W + "cr"):
                        pieces.append(("\n", False))
                    elif itag == W + "noBreakHyphen":
                        pieces.append(("-", bold))
                    elif itag in (W + "footnoteReference", W + "endnoteReference") and ctx:
                        key = ("f" if itag == W + "footnoteReference" else "e") + (
                            item.get(W + "id") or "")
                        if key in ctx.notes:
                            ctx.note_order.append(key)
                            pieces.append((f"[^{len(ctx.note_order)}]", False))
            elif tag in (W + "hyperlink", W + "ins", W + "moveTo", W + "smartTag", W + "sdt",
                         W + "sdtContent", W + "fldSimple", W + "customXml", W + "dir",
                         W + "bdo"):
                walk(child)

    walk(el)
    out: list[str] = []
    any_bold = False
    i = 0
    while i < len(pieces):
        text, bold = pieces[i]
        if not bold:
            out.append(text)
            i += 1
            continue
        j = i
        group = []
        while j < len(pieces) and pieces[j][1]:
            group.append(pieces[j][0])
            j += 1
        joined = "".join(group)
        core = joined.strip()
        if core:
            any_bold = True
            lead = joined[: len(joined) - len(joined.lstrip())]
            trail = joined[len(joined.rstrip()):]
            out.append(f"{lead}**{core}**{trail}")
        else:
            out.append(joined)
        i = j
    return "".join(out), any_bold


def _heading_level(ctx: _Context, ppr: Any, chain: list[_Style]) -> int:
    level = _val(ppr, "outlineLvl")
    outline = _number(level, 9, 9)
    if outline < 9:
        return outline + 1
    for style in chain:
        if style.name.lower() == "title":
            return 1
        match = _HEADING_NAME.match(style.name)
        if match:
            return int(match.group(1))
        if style.outline_level is not None and style.outline_level < 9:
            return style.outline_level + 1
    return 0


def _list_marker(ctx: _Context, ppr: Any, chain: list[_Style]) -> str:
    num = _num_of(ppr)
    if num is None:
        num = next((s.num for s in chain if s.num is not None), None)
    if num is None or num[0] == "0":
        return ""
    num_id, ilvl = num
    fmt, start = ctx.formats.get((num_id, ilvl), ("decimal", 1))
    indent = "   " * ilvl
    for key in [k for k in ctx.counters if k[0] == num_id and k[1] > ilvl]:
        del ctx.counters[key]  # a deeper list restarts under each new item
    if fmt in ("bullet", "none"):
        return indent + "- "
    count = ctx.counters.get((num_id, ilvl), start - 1) + 1
    ctx.counters[(num_id, ilvl)] = count
    return f"{indent}{count}. "


def _paragraph(p: Any, ctx: _Context) -> tuple[str, bool]:
    """One paragraph as a Markdown block, and whether it is a list item."""
    ppr = p.find(W + "pPr")
    style_id = _val(ppr, "pStyle") or ""
    chain = _style_chain(ctx, style_id)
    text, _ = _inline(p, ctx)
    if not text.strip():
        return "", False
    level = _heading_level(ctx, ppr, chain)
    if level:
        plain = text.replace("**", "").strip()
        if not ctx.title and chain and chain[0].name.lower() == "title":
            ctx.title = plain
        return "#" * min(level, 6) + " " + " ".join(plain.split()), False
    marker = _list_marker(ctx, ppr, chain)
    if marker:
        return marker + text.strip(), True
    return text.strip(), False


def _cell_text(tc: Any, ctx: _Context) -> str:
    paras = [_paragraph(p, ctx)[0] for p in tc.iter(W + "p")]
    text = " ".join(" ".join(p.split()) for p in paras if p)
    return text.replace("|", "\\|")


def _own(el: Any, tag: str, owner: Any) -> list[Any]:
    """The ``tag`` descendants of ``owner`` that belong to it, not to a table nested in it."""
    kind = W + ("tbl" if tag == "tr" else "tr")
    return [child for child in el.iter(W + tag) if next(child.iterancestors(kind), None) is owner]


def _table(tbl: Any, ctx: _Context, blocks: list[tuple[str, bool]]) -> None:
    # Each cell is read once. Reading a layout table's cells through ``iter`` (which
    # also finds the cells of nested tables) read a table nested n deep 2**n times:
    # its text repeated, and 25 levels took minutes.
    rows = [_own(tr, "tc", tr) for tr in _own(tbl, "tr", tbl)]
    if not rows:
        return
    spans = {id(tc): _number(_val(tc.find(W + "tcPr"), "gridSpan"), 1, MAX_SPAN)
             for row in rows for tc in row}
    width = max(sum(spans[id(tc)] for tc in row) for row in rows)
    if width <= 1:  # a layout table: read its cells as ordinary paragraphs
        for row in rows:
            for tc in row:
                _blocks(tc, ctx, blocks)
        return
    lines = []
    for i, cells in enumerate(rows):
        texts: list[str] = []
        for tc in cells:
            tcpr = tc.find(W + "tcPr")
            vmerge = tcpr.find(W + "vMerge") if tcpr is not None else None
            continued = vmerge is not None and vmerge.get(W + "val") != "restart"
            texts.append("" if continued else _cell_text(tc, ctx))
            texts.extend([""] * (spans[id(tc)] - 1))
        texts += [""] * (width - len(texts))
        lines.append("| " + " | ".join(texts) + " |")
        if i == 0:
            lines.append("|" + "---|" * width)
    blocks.append(("\n".join(lines), False))


def _blocks(container: Any, ctx: _Context, blocks: list[tuple[str, bool]]) -> None:
    for child in container:
        tag = child.tag
        if tag == W + "p":
            text, is_item = _paragraph(child, ctx)
            if text:
                blocks.append((text, is_item))
        elif tag == W + "tbl":
            _table(child, ctx, blocks)
        elif tag in (W + "sdt", W + "sdtContent", W + "customXml"):
            _blocks(child, ctx, blocks)


def _meta(document: WordPackage, ctx: _Context) -> SourceMeta:
    meta = SourceMeta()
    props = document.core_properties()
    meta.title = " ".join((props["title"] or ctx.title or "").split())
    author = props["author"].strip()
    if author.lower() not in _PLACEHOLDER_AUTHORS:
        meta.author = [{"literal": name.strip()} for name in author.split(";") if name.strip()]
    meta.language = props["language"].strip()
    return meta


def extract_docx(path: Path) -> Extracted:
    """Headings, paragraphs, lists and tables in document order; footnotes at the end."""
    check_zip(path)
    try:
        with WordPackage(path) as document:
            ctx = _Context(styles=_Styles(document.styles()), formats=_read_numbering(document),
                           notes=_read_notes(document))
            body = document.element.find(W + "body")
            if body is None:
                raise ValueError("the document has no body")
            blocks: list[tuple[str, bool]] = []
            _blocks(body, ctx, blocks)
            meta = _meta(document, ctx)
    except ImportRefused:
        raise
    except Exception as exc:  # zip, XML and missing-part errors on damaged files
        detail = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise ImportRefused("{file}: the Word file is damaged or not a Word document "
                            "({detail}); open it in Word and save it again", file=path.name,
                            detail=detail) from exc
    parts: list[str] = []
    for i, (text, is_item) in enumerate(blocks):
        if i:
            parts.append("\n" if is_item and blocks[i - 1][1] else "\n\n")
        parts.append(text)
    notes = [f"[^{n}]: {ctx.notes[key]}" for n, key in enumerate(ctx.note_order, 1)]
    if notes:
        parts.append("\n\n" + "\n".join(notes))
    raw = "".join(parts) + "\n" if parts else ""
    return finish(path, raw, meta, [], suffix=".md")
