"""PDF files: the text layer, page by page, with wrapped lines joined back into paragraphs.

The text is read by PDFium (``pypdfium2``), in compiled code: pypdf's text
extraction, in Python, took 97 % of an import and five times as long as
``pdftotext``. PDFium also opens the file, reads its title and author, and says
whether its cross-reference table was sound. Only a file it cannot open (damaged,
password-protected) or had to repair is handed to pypdf (``_extract_checked``),
which names what is wrong, decides whether an encrypted file opens with an empty
password, and reads what PDFium cannot: pypdf's imports alone took longer than
``pdftotext`` takes for a whole folder of sound files.

A page break always ends a paragraph. Within a page, a line much shorter
than a full line ends its paragraph; other lines are joined with a space
(or with nothing after a hyphen), so a quote never carries a stray newline.
"""

from __future__ import annotations

import logging
import re
from itertools import pairwise
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from briefer.core.messages import Message
from briefer.core.source import SourceMeta
from briefer.core.text import normalise_text
from briefer.io.importers.base import Extracted, ImportRefused, finish

_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})
# str.translate with a table walks every character in Python's slow path (0.1 ms a page,
# 7 % of a PDF's reading); most pages hold no ligature, which a search tells at once
_HAS_LIGATURE = re.compile("[\ufb00-\ufb06]")
_PLACEHOLDER = re.compile(r"^(untitled|microsoft word - .*|.*\.(docx?|pdf|rtf|odt))$", re.I)
_PLACEHOLDER_AUTHORS = {"", "python-docx", "microsoft office user", "windows user", "user",
                        "admin", "administrator", "author", "unknown", "owner"}
_PAGE_NUMBER = re.compile(r"^\s*(page\s+)?\d+(\s+(of|/)\s+\d+)?\s*$", re.I)


def _full_width(pages: list[list[str]]) -> int:
    """The length of a full line: the 75th percentile of the longer lines."""
    lengths = sorted(len(line) for lines in pages for line in lines if len(line) >= 20)
    if not lengths:
        return 0
    return lengths[min(len(lengths) - 1, (len(lengths) * 3) // 4)]


def page_text(page: Any) -> tuple[str, set[int]]:
    """A page's text and the lines that follow a wider vertical gap (new paragraphs)."""
    pieces: list[tuple[str, float]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        try:
            y = float(tm[5]) * float(cm[3]) + float(cm[5])
        except (TypeError, ValueError, IndexError):
            y = 0.0
        pieces.append((text, y))

    text = page.extract_text(visitor_text=visit) or ""
    if "".join(p for p, _ in pieces) != text:
        return text, set()
    line_y: list[float | None] = [None]
    for piece, y in pieces:
        for i, part in enumerate(piece.split("\n")):
            if i:
                line_y.append(None)
            if part.strip() and line_y[-1] is None:
                line_y[-1] = y
    return text, _starts(line_y)


def _starts(line_y: list[float | None]) -> set[int]:
    """The lines that follow a much wider (or a backwards) step down the page: new
    paragraphs. ``line_y``: each line's height on the page, None if unknown."""
    known = [(i, y) for i, y in enumerate(line_y) if y is not None]
    gaps = [(i, prev - y) for (_, prev), (i, y) in pairwise(known)]
    steps = sorted(g for _, g in gaps if g > 0)
    if len(steps) < 3:
        return set()
    usual = steps[len(steps) // 2]
    return {i for i, g in gaps if g > 1.4 * usual or g < -usual}


# PDFium marks a hyphen that ends a line (U+FFFE, or U+0002) and joins the two lines;
# they are given back as other readers give them, "one-" then "sided", for ``reflow``
_PDFIUM_HYPHEN = re.compile("[\ufffe\x02]")


def pdfium_page_text(page: Any) -> tuple[str, set[int]]:
    """A page's text as PDFium reads it, and the lines that begin a paragraph.

    Each line's height is that of its first character's box (the font's
    ascent and descent, so "g" and "a" stand on the same line).
    """
    textpage = page.get_textpage()
    box = pdfium_c.FS_RECTF()  # one for every line's first character
    try:
        raw = textpage.get_text_range()
        lines: list[str] = []
        line_y: list[float | None] = []
        index = 0  # in PDFium's characters: UTF-16 units, with the \r\n it inserted
        for row in raw.split("\r\n"):
            at = index
            pieces = _PDFIUM_HYPHEN.split(row)
            for number, piece in enumerate(pieces):
                line_y.append(_height(textpage, piece, at, box))
                lines.append(piece + "-" if number < len(pieces) - 1 else piece)
                at += _units(piece) + 1  # and the marker
            index += _units(row) + 2
    finally:
        textpage.close()
    return "\n".join(lines).replace("\r", ""), _starts(line_y)


def _units(text: str) -> int:
    """How many UTF-16 units ``text`` takes (PDFium's character count), counted in C: a
    loop over each character was a quarter of the time a page took to read."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le", "surrogatepass")) // 2


def _height(textpage: Any, line: str, at: int, box: Any) -> float | None:
    """The height on the page of a line's first visible character (None if unknown).

    PDFium is asked directly, into ``box``: the wrapper's ``get_charbox`` made a box and
    a tuple for each of the thousands of lines of a folder of PDFs."""
    first = next((i for i, c in enumerate(line) if not c.isspace()), None)
    if first is None:
        return None
    if not pdfium_c.FPDFText_GetLooseCharBox(textpage.raw, at + _units(line[:first]), box):
        return None
    return float(box.bottom)


def _unligature(text: str) -> str:
    return text.translate(_LIGATURES) if _HAS_LIGATURE.search(text) else text


def reflow(page_texts: list[str], starts: list[set[int]] | None = None) -> str:
    """Join wrapped lines into paragraphs; pages, short lines and wide gaps end them.

    ``starts`` gives, per page, the indexes of lines that begin a paragraph.
    """
    pages = [[line.rstrip() for line in _unligature(text).split("\n")] for text in page_texts]
    width = _full_width(pages)
    paragraphs: list[str] = []
    for number, lines in enumerate(pages):
        current = ""
        new_paragraph = starts[number] if starts else set()
        for index, line in enumerate(lines):
            if index in new_paragraph and current:
                paragraphs.append(current)
                current = ""
            if not line.strip() or _PAGE_NUMBER.match(line):
                if current:
                    paragraphs.append(current)
                current = ""
                continue
            if not current:
                current = line.strip()
            elif current.endswith("-") and len(current) > 1 and current[-2].isalpha():
                current += line.strip()
            else:
                current += " " + line.strip()
            if width and len(line) < 0.75 * width:
                paragraphs.append(current)
                current = ""
        if current:
            paragraphs.append(current)
    return "\n\n".join(paragraphs)


def _meta(reader: object) -> SourceMeta:
    """Title and author from pypdf's reader."""
    try:
        info = reader.metadata  # type: ignore[attr-defined]
    except Exception:  # broken info dictionaries are common and harmless
        return SourceMeta()
    if not info:
        return SourceMeta()
    return _meta_of(str(info.title or ""), str(info.author or ""))


def _meta_of(title: str, author: str) -> SourceMeta:
    """The title and authors a PDF declares, placeholders left out."""
    meta = SourceMeta()
    title = " ".join(title.split())
    if title and not _PLACEHOLDER.match(title):
        meta.title = title
    author = " ".join(author.split())
    if author.lower() not in _PLACEHOLDER_AUTHORS:
        meta.author = [{"literal": a.strip()} for a in author.split(";") if a.strip()]
    return meta


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _pypdf_messages() -> Iterator[list[str]]:
    """pypdf's complaints about a damaged file, kept off the terminal and counted."""
    logger = logging.getLogger("pypdf")
    handler = _Collect()
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield handler.messages
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def extract_pdf(path: Path) -> Extracted:
    """The text layer of every page; encrypted and damaged files are refused."""
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:  # password, damage: pypdf says which, or reads it
        return _extract_checked(path)
    warnings: list[Message] = []
    try:
        sound = bool(pdfium_c.FPDF_DocumentHasValidCrossReferenceTable(document.raw))
        if sound:
            page_texts, starts = _read_pages(path, document, pdfium_page_text, warnings)
            info = document.get_metadata_dict(skip_empty=True)
            meta = _meta_of(info.get("Title", ""), info.get("Author", ""))
    except Exception:  # anything unforeseen: the careful reading decides
        sound = False
    finally:
        document.close()
    if not sound:  # repaired on opening, or stranger: pypdf names the damage
        return _extract_checked(path)
    return _finish_pdf(path, page_texts, starts, meta, warnings)


def _read_pages(path: Path, pages: Any, read_page: Any, warnings: list[Message],
                keep: tuple[type[BaseException], ...] = ()) -> tuple[list[str], list[set[int]]]:
    """Each page's text and paragraph starts; a page that cannot be read is a warning
    (``keep``: the errors that stop the whole file instead)."""
    page_texts: list[str] = []
    starts: list[set[int]] = []
    for number, page in enumerate(pages, 1):
        try:
            text, gaps = read_page(page)
            page_texts.append(text)
            starts.append(gaps)
        except keep:
            raise
        except Exception as exc:  # one bad page should not sink the document
            warnings.append(Message("{file}: page {number} could not be read ({reason})",
                                    file=path.name, number=number, reason=str(exc)))
            page_texts.append("")
            starts.append(set())
    return page_texts, starts


def _finish_pdf(path: Path, page_texts: list[str], starts: list[set[int]], meta: SourceMeta,
                warnings: list[Message]) -> Extracted:
    if page_texts and not any(t.strip() for t in page_texts):
        raise ImportRefused("{file}: the PDF has no text layer (a scanned image?); run OCR "
                            "on it first", file=path.name)
    removed = 0
    for i, raw in enumerate(page_texts):
        page_texts[i], count = normalise_text(raw)
        removed += count
    return finish(path, reflow(page_texts, starts) + "\n", meta, warnings, removed=removed)


def _extract_checked(path: Path) -> Extracted:
    """A file PDFium could not open or had to repair, opened by pypdf first (as every PDF
    was before): its complaints become a warning, its refusals say what is wrong."""
    with _pypdf_messages() as complaints:
        extracted = _extract_with_pypdf(path)
    if complaints:
        extracted.warnings.append(Message(
            "{file}: the PDF has structural errors that were worked around ({detail}); check "
            "the text against the PDF", file=path.name, detail=complaints[0]))
    return extracted


def _extract_with_pypdf(path: Path) -> Extracted:
    # pypdf loads for damaged and locked files only (tests/test_layout.py: SEAMS)
    from pypdf import PdfReader, errors

    DependencyError, FileNotDecryptedError = errors.DependencyError, errors.FileNotDecryptedError

    warnings: list[Message] = []
    try:
        reader = PdfReader(str(path), strict=False)
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except (DependencyError, NotImplementedError) as exc:
                raise ImportRefused("{file}: the PDF is encrypted in a way Briefer cannot "
                                    "open ({reason}); save an unprotected copy and import "
                                    "that", file=path.name, reason=str(exc)) from exc
            if not unlocked:
                raise ImportRefused("{file}: the PDF is password-protected; save a copy "
                                    "without a password and import that", file=path.name)
        try:
            pages: Any = pdfium.PdfDocument(str(path))
            read_page: Any = pdfium_page_text
        except pdfium.PdfiumError:  # what PDFium cannot open, pypdf may still read
            pages, read_page = reader.pages, page_text
        try:
            page_texts, starts = _read_pages(path, pages, read_page, warnings,
                                             (FileNotDecryptedError, DependencyError))
        finally:
            if isinstance(pages, pdfium.PdfDocument):
                pages.close()
        meta = _meta(reader)
    except ImportRefused:
        raise
    except (FileNotDecryptedError, DependencyError) as exc:
        raise ImportRefused("{file}: the PDF is password-protected or encrypted; save an "
                            "unprotected copy and import that", file=path.name) from exc
    except Exception as exc:  # PdfReadError and many other kinds on damaged files
        detail = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise ImportRefused("{file}: the PDF is damaged ({detail}); open it and save or "
                            "print it to a new PDF", file=path.name, detail=detail) from exc
    return _finish_pdf(path, page_texts, starts, meta, warnings)
