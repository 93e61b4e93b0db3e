"""BibTeX and biblatex (.bib) from Zotero, JabRef and hand-kept files, as CSL-JSON items.

Analysts keep references in Zotero or JabRef and export BibTeX as often as CSL
JSON. Entries become the same CSL items Zotero makes when it imports BibTeX
(types, fields, names), so a source reads and is cited the same whichever way its
metadata came. ``bibtexparser`` splits the file into entries (a broken entry is
its own failed block, so the rest still load); fields are then turned into text
here rather than by its LaTeX-decoding middleware, which decodes every field
alike — in a URL ``&`` and ``%`` are not LaTeX — and removes the braces that mark
an institutional author (``{Global Affairs Canada}``) before names are split.
Date text goes through ``core.dates``, so "sep 2025" and "2025-09-16" are read as
anywhere else in Briefer.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from functools import lru_cache
from typing import Any

import bibtexparser
from bibtexparser.middlewares.names import (
    parse_single_name_into_parts,
    split_multiple_persons_names,
)
from bibtexparser.model import (
    Block,
    DuplicateBlockKeyBlock,
    DuplicateFieldKeyBlock,
    Entry,
    ParsingFailedBlock,
)
from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

from briefer.core.dates import DateError, parse_date
from briefer.core.messages import Message
from briefer.io.importers.base import ImportRefused

# bibtexparser logs each broken block; here each one is a warning in the import report
logging.getLogger("bibtexparser").addHandler(logging.NullHandler())

# Entry types and the CSL types they become (Zotero's BibTeX import; misc is a plain
# document and manual a report, as policy libraries use them).
_TYPES = {
    "article": "article-journal", "book": "book", "booklet": "book", "mvbook": "book",
    "collection": "book", "proceedings": "book", "inbook": "chapter",
    "incollection": "chapter", "bookinbook": "chapter", "inproceedings": "paper-conference",
    "conference": "paper-conference", "techreport": "report", "report": "report",
    "manual": "report", "phdthesis": "thesis", "mastersthesis": "thesis", "thesis": "thesis",
    "online": "webpage", "electronic": "webpage", "www": "webpage", "misc": "document",
    "unpublished": "manuscript", "legislation": "legislation", "jurisdiction": "legal_case",
    "patent": "patent", "periodical": "periodical", "dataset": "dataset",
    "software": "software", "inreference": "entry-encyclopedia", "letter": "letter",
}
_THESES = {"phdthesis": "PhD thesis", "mastersthesis": "Master's thesis",
           "mathesis": "Master's thesis"}
_ISSUED = ("article-journal", "article-magazine", "article-newspaper", "periodical")
# Fields read as text, and their CSL names (the first of several wins).
_TEXT = {
    "journal": "container-title", "journaltitle": "container-title",
    "booktitle": "container-title", "volume": "volume", "issue": "issue",
    "edition": "edition", "series": "collection-title", "publisher": "publisher",
    "institution": "publisher", "organization": "publisher", "school": "publisher",
    "address": "publisher-place", "location": "publisher-place", "note": "note",
    "abstract": "abstract", "type": "genre", "shorttitle": "title-short",
    "chapter": "chapter-number", "isbn": "ISBN", "issn": "ISSN",
}
_READ = {"title", "subtitle", "author", "editor", "translator", "year", "month", "day",
         "date", "urldate", "url", "doi", "pages", "number", "language", "langid",
         "howpublished", *_TEXT}
# What a reference manager keeps about its own library, not about the work: left out
# without a warning that would only teach users to skip warnings.
_BOOKKEEPING = {"file", "owner", "timestamp", "creationdate", "modificationdate", "groups",
                "ranking", "readstatus", "priority", "qualityassured", "printed",
                "relevance", "date-added", "date-modified", "bdsk-file-1", "bdsk-url-1",
                "mendeley-tags", "mendeley-groups", "__markedentry"}
_LANGUAGES = {
    "english": "en", "american": "en", "british": "en", "canadian": "en", "usenglish": "en",
    "ukenglish": "en", "australian": "en", "french": "fr", "francais": "fr", "frenchb": "fr",
    "canadien": "fr", "acadian": "fr", "german": "de", "ngerman": "de", "spanish": "es",
    "italian": "it", "portuguese": "pt", "brazil": "pt", "dutch": "nl",
}
_MACROS = re.compile(r"[\\$~]|--|``|''")  # what only the LaTeX decoder can read
_UNESCAPED = re.compile(r"(?<!\\)([%&#_])")  # typed in a title as text, not LaTeX
_ISO_RANGE = re.compile(r"^(\d{4}(?:-\d{2}){0,2})/(\d{4}(?:-\d{2}){0,2})$")
_KEY = re.compile(r"^\s*@\s*\w+\s*[{(]\s*([^,\s{}()]+)\s*,")


def _decoder() -> LatexNodes2Text:
    """LaTeX to text as bibtexparser decodes it, plus the French quotes \\og and \\fg."""
    context = get_default_latex_context_db()
    context.add_context_category("briefer", prepend=True, macros=[
        MacroTextSpec("url", simplify_repl="%s"), MacroTextSpec("og", simplify_repl="« "),
        MacroTextSpec("fg", simplify_repl=" »")])
    return LatexNodes2Text(latex_context=context, math_mode="verbatim")


_DECODER = _decoder()


def _text(value: str, paragraphs: bool = False) -> str:
    """A field's LaTeX as plain text on one line (``paragraphs`` keeps blank lines)."""
    if _MACROS.search(value):
        value = _decoded(value)
    elif "{" in value or "}" in value:  # Zotero braces capitals: {Canada}; no parse needed
        value = value.replace("{", "").replace("}", "")
    if paragraphs:
        parts = re.split(r"\n\s*\n", value)
        return "\n\n".join(" ".join(p.split()) for p in parts if p.strip())
    return " ".join(value.split())


@lru_cache(maxsize=4096)  # journals, publishers and authors recur through a library
def _decoded(value: str) -> str:
    """LaTeX decoded; "%", "&", "#" and "_" typed as text (outside $math$) stay text."""
    try:
        value = _DECODER.latex_to_text("".join(
            part if part.startswith("$") else _UNESCAPED.sub(r"\\\1", part)
            for part in re.split(r"(\$[^$]*\$)", value)))
    except Exception:  # pylatexenc is tolerant; an input it still fails on stays raw
        value = value.replace("{", "").replace("}", "")
    return value.replace("\u00a0", " ")


def _url(value: str) -> str:
    """A URL or DOI as written: ``\\url{}`` unwrapped, ``\\_`` unescaped, no spaces."""
    value = value.strip()
    wrapped = re.fullmatch(r"\\url\s*\{(.*)\}", value, re.S)
    if wrapped:
        value = wrapped.group(1)
    return "".join(re.sub(r"\\([_%&#~$])", r"\1", value).split())


def _names(value: str) -> list[dict[str, str]]:
    """BibTeX names ("Last, First and First Last") as CSL names; one braced group or one
    word (``{Global Affairs Canada}``, "Plato") is a literal name, as Zotero reads it."""
    names: list[dict[str, str]] = []
    for raw in split_multiple_persons_names(value):
        parts = parse_single_name_into_parts(raw, strict=False)
        if raw.strip() == "others":  # "and others": et al.
            continue
        if not (parts.first or parts.von or parts.jr) and len(parts.last) <= 1:
            literal = _text(raw.strip(" ,"))
            if literal:
                names.append({"literal": literal})
            continue
        name = {"family": _text(" ".join(parts.von + parts.last)),
                "given": _text(" ".join(parts.first)), "suffix": _text(" ".join(parts.jr))}
        name = {k: v for k, v in name.items() if v}
        if "family" not in name and "given" in name:
            name = {"literal": name["given"]}
        if name:
            names.append(name)
    return names


def _date_text(fields: dict[str, str]) -> tuple[str, str]:
    """The field that dates the work and its text for ``parse_date``: biblatex ``date``
    ("2025-09-16", the range "2024/2025"), else ``year`` with ``month`` and ``day``."""
    if fields.get("date", "").strip():
        text = fields["date"].strip()
        span = _ISO_RANGE.match(text)
        return "date", f"{span.group(1)}–{span.group(2)}" if span else text
    year = _text(fields.get("year", ""))
    month, day = _text(fields.get("month", "")), _text(fields.get("day", ""))
    if not year or not month:
        return "year", year
    if month.isdigit() and (not day or day.isdigit()):
        return "year", f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
    return "year", f"{day} {month} {year}".strip()


def _item(entry: Entry, where: Message, dropped: Counter[str],
          warnings: list[Message]) -> dict[str, Any]:
    """One entry as a CSL item; fields Briefer does not use are counted in ``dropped``."""
    fields: dict[str, str] = {}
    for field in entry.fields:
        key = field.key.lower()
        if key in fields:
            warnings.append(Message("{where}: {field} given more than once; the first value "
                                    "was kept", where=where, field=key))
        elif isinstance(field.value, str):
            fields[key] = field.value
    kind = entry.entry_type.lower()
    item: dict[str, Any] = {"type": _TYPES.get(kind, "document")}
    title = _text(fields.get("title", ""))
    subtitle = _text(fields.get("subtitle", ""))
    if title:
        item["title"] = f"{title}: {subtitle}" if subtitle else title
    for role in ("author", "editor", "translator"):
        names = _names(fields.get(role, ""))
        if names:
            item[role] = names
    for source, target in _TEXT.items():
        text = _text(fields.get(source, ""), paragraphs=source in ("abstract", "note"))
        if text and target not in item:
            item[target] = text
    # a thesis's kind: @phdthesis, or biblatex's @thesis with type = {phdthesis}
    genre = item.get("genre", kind).lower()
    if genre in _THESES:
        item["genre"] = _THESES[genre]
    number = _text(fields.get("number", ""))
    if number:
        item.setdefault("issue" if item["type"] in _ISSUED else "number", number)
    pages = _text(fields.get("pages", "")).replace("–", "-")
    if pages:
        item["page"] = re.sub(r"-+", "-", pages)
    language = _text(fields.get("langid") or fields.get("language") or "")
    if language:
        item["language"] = _LANGUAGES.get(language.lower(), language)
    for source, target in (("doi", "DOI"), ("url", "URL")):
        link = _url(fields.get(source, ""))
        if source == "doi":
            link = re.sub(r"^(https?://(dx\.)?doi\.org/|doi:\s*)", "", link, flags=re.I)
        if link:
            item[target] = link
    how = _url(fields.get("howpublished", ""))
    if "URL" not in item and re.match(r"https?://", how):
        item["URL"] = how
    for source, (name, text) in (("issued", _date_text(fields)),
                                 ("accessed", ("urldate", fields.get("urldate", "")))):
        try:
            date = parse_date(text)
        except DateError as error:
            warnings.append(Message("{where}: {field} left empty: {reason}", where=where,
                                    field=name, reason=error))
            continue
        if date:
            item[source] = date
    dropped.update(key for key in fields if key not in _READ and key not in _BOOKKEEPING
                   and not key.startswith(("jabref", "bdsk-")))
    return item


def parse_bibtex(text: str, file: str) -> tuple[list[dict[str, Any]], list[Message]]:
    """The CSL items of BibTeX ``text`` and a warning for each problem; ``file`` names it.

    A broken entry is left out with a warning naming its line; a file with no entry,
    or none readable, is refused (``ImportRefused``) in one sentence.
    """
    try:
        library = bibtexparser.parse_string(text)
    except Exception as exc:  # a parser bug must not reach the user as a traceback
        raise ImportRefused("{file}: cannot be read as BibTeX; export it again from Zotero "
                            "or JabRef", file=file) from exc
    items: list[dict[str, Any]] = []
    warnings: list[Message] = []
    dropped: Counter[str] = Counter()
    unknown: Counter[str] = Counter()
    broken = 0
    for block in library.blocks:
        entry: Block | None = block
        if isinstance(block, (DuplicateBlockKeyBlock, DuplicateFieldKeyBlock)):
            entry = block.ignore_error_block  # two entries with one key are two works
        elif isinstance(block, ParsingFailedBlock):
            broken += 1
            line = (block.start_line or 0) + 1
            key = _KEY.match(block.raw or "")
            warnings.append(
                Message("{file}, line {line}: entry {key} is not valid BibTeX and was left out "
                        "(a brace or a quotation mark is not closed, or a comma is missing)",
                        file=file, line=line, key=key.group(1)) if key else
                Message("{file}, line {line}: an entry is not valid BibTeX and was left out "
                        "(a brace or a quotation mark is not closed, or a comma is missing)",
                        file=file, line=line))
            continue
        if not isinstance(entry, Entry):
            continue  # @string, @preamble, @comment and text between entries
        if entry.entry_type.lower() not in _TYPES:
            unknown[entry.entry_type.lower()] += 1
        items.append(_item(entry, Message("{file}, entry {key}", file=file, key=entry.key),
                           dropped, warnings))
    for kind, count in unknown.items():
        warnings.append(Message("{file}: {count} @{kind} entr{count:?y|ies} read as documents; "
                                "Briefer does not know that type", file=file, count=count,
                                kind=kind))
    for field, count in dropped.items():
        warnings.append(Message("{file}: {field} left out of {count} entr{count:?y|ies}; Briefer "
                                "does not use it", file=file, field=field, count=count))
    if not items and broken:
        raise ImportRefused("{file}: none of its {count} BibTeX entries could be read (a "
                            "brace or a quotation mark is not closed, or a comma is missing)",
                            file=file, count=broken)
    if not items:
        raise ImportRefused("{file}: is not a BibTeX bibliography (it has no @article, @book "
                            "or other entry); export it from Zotero or JabRef as BibTeX",
                            file=file)
    return items, warnings
