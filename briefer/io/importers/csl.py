"""Bibliographic metadata exported from Zotero: CSL-JSON (.json), RIS (.ris), BibTeX (.bib).

These files carry no text of their own; their items are attached to the
project's sources that they describe (matched by URL, then by title).
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from briefer.core.messages import Message
from briefer.core.source import SourceMeta
from briefer.io.importers.base import MAX_FILE_BYTES, ImportRefused
from briefer.io.importers.cslfields import clean_item

METADATA_SUFFIXES = (".json", ".ris", ".bib")

# RIS reference types and the CSL types they become.
_RIS_TYPES = {
    "NEWS": "article-newspaper", "MGZN": "article-magazine", "JOUR": "article-journal",
    "JFULL": "article-journal", "EJOUR": "article-journal", "ELEC": "webpage",
    "WEB": "webpage", "BLOG": "post-weblog", "RPRT": "report", "BOOK": "book",
    "EBOOK": "book", "CHAP": "chapter", "ECHAP": "chapter", "THES": "thesis",
    "CONF": "paper-conference", "CPAPER": "paper-conference", "GOVDOC": "report",
    "BILL": "bill", "STAT": "legislation", "CASE": "legal_case", "GEN": "document",
}
_RIS_LINE = re.compile(r"^([A-Z][A-Z0-9])  -(?: (.*))?$")
_TRACKING = re.compile(r"^(utm_.*|fbclid|gclid|mc_cid|mc_eid|cmpid|ref)$", re.I)


class Metadata(list[SourceMeta]):
    """The items of a bibliography file, with a warning for each field left out.

    A list, so callers that only want the items need not change; ``warnings`` go
    into the import report as ``Extracted.warnings`` do for sources.
    """

    def __init__(self, items: list[SourceMeta], warnings: list[Message]) -> None:
        super().__init__(items)
        self.warnings = warnings


def normalise_url(url: str) -> str:
    """A URL reduced to what identifies the page: no scheme, www., fragment or tracking.

    A URL that cannot be parsed gives "" (it matches nothing) instead of an error:
    one bad address stored in a sidecar must not stop every later metadata import.
    """
    url = (url if isinstance(url, str) else "").strip()
    if not url:
        return ""
    try:
        parts = urlsplit(url if "//" in url else "//" + url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return ""
    host = host[4:] if host.startswith("www.") else host
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not _TRACKING.match(k)])
    path = parts.path.rstrip("/")
    return f"{host}{path}" + (f"?{query}" if query else "")


def normalise_title(title: str) -> str:
    """A title for comparison: case, accents, punctuation and spacing ignored."""
    text = unicodedata.normalize("NFKD", title or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def _date(value: str) -> dict[str, Any] | None:
    """A RIS date ("2018/03/05/", "2018-03-05", "2018") as a CSL date."""
    # at most 9 digits: int() refuses numbers over 4,300 digits, and none is a date
    numbers = [int(n[:9]) for n in re.findall(r"\d+", value or "")[:3]]
    if not numbers or not 1000 <= numbers[0] <= 9999:
        return None
    parts = [numbers[0]]
    if len(numbers) > 1 and 1 <= numbers[1] <= 12:
        parts.append(numbers[1])
        if len(numbers) > 2 and 1 <= numbers[2] <= 31:
            parts.append(numbers[2])
    return {"date-parts": [parts]}


def _name(value: str) -> dict[str, str]:
    """A RIS author ("Family, Given") as a CSL name; anything else stays literal."""
    value = " ".join(value.split())
    if value.count(",") == 1:
        family, given = (p.strip() for p in value.split(","))
        if family and given:
            return {"family": family, "given": given}
    return {"literal": value}


def _ris_record(tags: list[tuple[str, str]]) -> dict[str, Any]:
    item: dict[str, Any] = {}
    authors: list[dict[str, str]] = []
    for tag, value in tags:
        value = value.strip()
        if not value:
            continue
        if tag == "TY":
            item["type"] = _RIS_TYPES.get(value.upper(), "document")
        elif tag in ("TI", "T1") and "title" not in item:
            item["title"] = value
        elif tag in ("AU", "A1"):
            authors.append(_name(value))
        elif tag in ("T2", "JO", "JF", "JA", "J2") and "container-title" not in item:
            item["container-title"] = value
        elif tag in ("DA", "PY", "Y1"):
            date = _date(value)
            # a full date (DA) beats a year alone (PY)
            if date and len(date["date-parts"][0]) > len(
                    (item.get("issued") or {"date-parts": [[]]})["date-parts"][0]):
                item["issued"] = date
        elif tag == "Y2":
            date = _date(value)
            if date:
                item["accessed"] = date
        elif tag == "UR" and "URL" not in item:
            item["URL"] = value
        elif tag == "PB":
            item["publisher"] = value
        elif tag == "LA":
            item["language"] = value
        elif tag == "AB":
            item["abstract"] = value
        elif tag == "N1":
            item["note"] = value
    if authors:
        item["author"] = authors
    return item


def parse_ris(text: str) -> list[dict[str, Any]]:
    """CSL-JSON items from RIS text (a record runs from TY to ER)."""
    items: list[dict[str, Any]] = []
    # a tag's value as a list of lines, joined once: joining at each continued line
    # was quadratic (a 5 MB abstract of short lines took minutes)
    tags: list[tuple[str, list[str]]] = []

    def record() -> dict[str, Any]:
        return _ris_record([(tag, " ".join(lines)) for tag, lines in tags])

    for line in text.lstrip("\ufeff").splitlines():
        match = _RIS_LINE.match(line.rstrip())
        if match:
            tag, value = match.group(1), match.group(2) or ""
            if tag == "ER":
                if tags:
                    items.append(record())
                tags = []
            else:
                tags.append((tag, [value]))
        elif tags and line.strip():
            tags[-1][1].append(line.strip())  # continued line
    if tags:
        items.append(record())
    return items


def parse_csl_json(text: str) -> list[dict[str, Any]]:
    """CSL-JSON items: a list of items, one item, or Zotero's ``{"items": [...]}``."""
    try:
        data = json.loads(text)
    except RecursionError as exc:
        raise ValueError(Message("nested too deeply")) from exc
    if isinstance(data, dict):
        data = data.get("items", [data]) if "items" in data else [data]
    if not isinstance(data, list) or not all(isinstance(i, dict) for i in data):
        raise ValueError(Message("expected a list of CSL-JSON items"))
    return data


def read_metadata(path: Path) -> Metadata:
    """The items of a CSL-JSON, RIS or BibTeX file; refused if the file holds none.

    A field that cannot be used (a malformed URL, an author that is no name…) is
    left out with a warning in ``.warnings``; the rest of the item and the file is kept.
    """
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRefused("{file}: the file is too large ({size:,.0f} MB; the limit is "
                                "{limit} MB)", file=path.name, size=size / 2**20,
                                limit=MAX_FILE_BYTES // 2**20)
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRefused("{file}: cannot be read ({reason})", file=path.name,
                            reason=exc.strerror or str(exc)) from exc
    if not data:
        raise ImportRefused("{file}: the file is empty (0 bytes)", file=path.name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRefused("{file}: is not UTF-8 text; export it from Zotero again as CSL "
                            "JSON or RIS", file=path.name) from exc
    warnings: list[Message] = []
    if path.suffix.lower() == ".ris":
        items = parse_ris(text)
        kind = "RIS"
    elif path.suffix.lower() == ".bib":
        # bibtexparser and pylatexenc load with the first .bib (tests/test_layout.py: SEAMS)
        from briefer.io.importers.bibtex import parse_bibtex

        items, warnings = parse_bibtex(text, path.name)
        kind = "BibTeX"
    else:
        try:
            items = parse_csl_json(text)
        except ValueError as exc:
            raise ImportRefused("{file}: is not a CSL-JSON bibliography ({reason}); export it "
                                "from Zotero as 'CSL JSON'", file=path.name, reason=exc) from exc
        kind = "CSL-JSON"
    metas: list[SourceMeta] = []
    for number, item in enumerate(items, 1):
        clean, problems = clean_item(item, Message("{file}, item {number}", file=path.name,
                                                   number=number))
        warnings += problems
        meta = SourceMeta.from_csl(clean)
        if meta.title or meta.URL:
            metas.append(meta)
    if not metas:
        raise ImportRefused("{file}: holds no {kind} items with a title or URL",
                            file=path.name, kind=kind)
    return Metadata(metas, warnings)
