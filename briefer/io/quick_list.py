"""A project's Sources list read from its files with the standard library's quick modules.

At a project's first start — right after installing, with the bundled sample;
or after its files changed — no list is kept from the last start
(``io.kept_list``), and reading the sources the usual way (``first_look``)
needs PyYAML and the core, 60 ms of imports before the window could paint. So
the window's first paint reads the rows here instead: each source's text and
its metadata sidecar, by the same rules (``core.source_basics``, the YAML
``io.quick_yaml`` reads), into the four cells the Sources list shows and
whether the row lacks metadata. The first build step after the paint opens
the project the usual way, whose Sources pane replaces this list.

Only what is read here the same way: anything else — a text not in plain UTF-8
or to be cleaned, a survey the text alone would tell, Markdown front matter, a
source missing or unreadable, two sources with one name, a crashed save to
undo, a sidecar PyYAML would read otherwise, a large folder — gives None, and
the window reads the sources before its first paint, as it did.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, NamedTuple

from briefer.core.source_basics import (UNTITLED_SURVEY, declared_kind_name, needed_fields,
                                        opening_words)
from briefer.core.survey_hint import might_be_survey
from briefer.io.file_rules import (BINARY_MAGIC, FORMAT_NAME, MAX_SOURCE_BYTES, SAFE_ID,
                                     TEXT_SUFFIXES)
from briefer.io.quick_yaml import OTHER, DateParts, plain_or_quoted, read_mapping, scalar, top_level

MAX_SOURCES = 199  # fewer than ``lazy_sources.LAZY_MIN_SOURCES``: read whole, not lazily
MAX_BYTES = 2 << 20  # of text read in all: past it, the usual way is no slower
_NOT_NORMAL_BYTES = bytes(b for b in range(0x20) if b not in (9, 10))
_PROJECT_FILE, _SOURCES_DIR, _CACHE_DIR = "project.yaml", "sources", ".briefer"
_ORIGINALS_DIR = "originals"
VERSIONS = ("1", "2")  # the project file's formats this Briefer reads (core.project)
_TEXT_FIELDS = frozenset({"type", "title", "container-title", "URL", "publisher", "genre",
                          "language", "note"})  # CSL fields ``SourceMeta`` holds as text


class QuickRow(NamedTuple):
    """A row of the Sources list: its title, outlet and date as shown, whether it is a
    survey (the type column, worded by the window), whether it lacks metadata."""

    title: str
    outlet: str
    date: str
    survey: bool
    incomplete: bool


class QuickList(NamedTuple):
    folder: str
    name: str  # the project's, as the window's title shows it
    read_only: bool  # a plain folder
    rows: list[QuickRow]


class _Unusual(Exception):
    """Something not read here as the usual reader reads it: give None."""


def quick_list(path: Path) -> QuickList | None:
    """The Sources list of the project or folder at ``path`` (see module notes), or None."""
    folder = path.parent if path.name == _PROJECT_FILE and path.is_file() else path
    budget = [MAX_BYTES]
    try:
        if (folder / _PROJECT_FILE).is_file():
            name, rows = _project_rows(folder, budget)
            return QuickList(str(folder), name, False, rows)
        return QuickList(str(folder), folder.name, True, _folder_rows(folder, budget))
    except (_Unusual, OSError, UnicodeDecodeError):
        return None


def _folder_rows(folder: Path, budget: list[int]) -> list[QuickRow]:
    """A plain folder's sources: its text files, by name (``io.sources.load_folder``)."""
    with os.scandir(folder) as entries:
        names = sorted(e.name for e in entries)
    if len(names) > 2 * MAX_SOURCES:
        raise _Unusual
    rows, stems = [], set()
    for name in names:
        stem, suffix = _split(name)
        if name.startswith(".") or suffix.lower() not in TEXT_SUFFIXES \
                or not (folder / name).is_file():
            continue
        if stem in stems:
            raise _Unusual  # the usual way skips the second, with a warning
        stems.add(stem)
        rows.append(_row(folder, name, stem, budget))
    if not rows or len(rows) > MAX_SOURCES:
        raise _Unusual
    return rows


def _project_rows(folder: Path, budget: list[int]) -> tuple[str, list[QuickRow]]:
    """A project folder's name and sources, as project.yaml lists them."""
    try:
        cached = os.listdir(folder / _CACHE_DIR)
    except FileNotFoundError:
        cached = []
    if any(name.startswith("journal-") for name in cached):
        raise _Unusual  # a save that did not finish: the open will undo it first
    found = top_level((folder / _PROJECT_FILE).read_bytes().decode("utf-8-sig"))
    if found is None or "sources" not in found \
            or scalar(*found.get("format", ("", []))) != FORMAT_NAME \
            or found.get("version", ("", []))[0].strip() not in VERSIONS \
            or found["version"][1] or found["sources"][0]:
        raise _Unusual
    name = scalar(*found["name"]) if "name" in found else None
    if name is not None and not isinstance(name, str):
        raise _Unusual
    entries = _entries(found["sources"][1])
    if not entries or len(entries) > MAX_SOURCES:
        raise _Unusual
    rows, ids = [], set()
    for entry in entries:
        file, original = entry.get("file", ""), entry.get("original", "")
        source_id = entry.get("id") or _split(file)[0]
        if not _plain_name(file) or not SAFE_ID.match(source_id) or ".." in source_id \
                or source_id in ids or (original and not _plain_original(folder, original)):
            raise _Unusual
        ids.add(source_id)
        rows.append(_row(folder / _SOURCES_DIR, file, source_id, budget))
    return name or folder.name, rows


def _entries(lines: list[str]) -> list[dict[str, str]]:
    """The sources list's entries: "- key: value" opens one, "  key: value" goes on."""
    entries: list[dict[str, str]] = []
    for line in lines:
        opens, _, rest = line.partition(" ")
        key, colon, value = rest.lstrip(" ").partition(": ")
        if opens not in ("-", "") or (opens == "" and not line.startswith("  ")) \
                or not colon or not re.fullmatch(r"[A-Za-z_]+", key):
            raise _Unusual
        text = plain_or_quoted(value)
        if not isinstance(text, str):
            raise _Unusual
        if opens == "-":
            entries.append({})
        if not entries or key in entries[-1]:
            raise _Unusual
        entries[-1][key] = text
    return entries


def _row(folder: Path, name: str, source_id: str, budget: list[int]) -> QuickRow:
    """A source's row: its text and sidecar read as ``io.sources.load_source`` reads them."""
    path = folder / name
    if path.is_symlink():
        raise _Unusual
    text = _text(path.read_bytes(), budget)
    suffix = _split(name)[1]
    if suffix.lower() in (".md", ".markdown") and text.startswith("---\n"):
        raise _Unusual  # front matter, which may fill fields
    side = folder / f"{name[:len(name) - len(suffix)]}.yaml"
    try:
        meta = read_mapping(side.read_bytes().decode("utf-8-sig"))
    except FileNotFoundError:
        meta = {}
    if meta is None:
        raise _Unusual
    csl_type, genre = _text_field(meta, "type"), _text_field(meta, "genre")
    kind = meta.get("kind", "")
    if kind is not None and not isinstance(kind, str):
        raise _Unusual
    declared = declared_kind_name(csl_type, genre, kind)
    if declared is None and might_be_survey(text):
        raise _Unusual  # told by parsing it as a survey (markdown-it)
    survey = declared == "survey"
    title = _text_field(meta, "title") or (UNTITLED_SURVEY if survey else
                                           opening_words(text) or source_id)
    incomplete = any(_empty(field, meta.get(field)) for field in needed_fields(csl_type, survey))
    return QuickRow(title, _text_field(meta, "container-title") or "—",
                    _date(meta.get("issued")) or "—", survey, incomplete)


def _text(raw: bytes, budget: list[int]) -> str:
    """A source's text, if Briefer keeps it as it is in the file (plain UTF-8, nothing
    to clean: ``io.sources.read_text_file``)."""
    budget[0] -= len(raw)
    if budget[0] < 0 or not raw or raw.isspace() or len(raw) > MAX_SOURCE_BYTES \
            or raw.startswith(BINARY_MAGIC) or b"\xef\xbf" in raw \
            or len(raw.translate(None, _NOT_NORMAL_BYTES)) != len(raw):
        raise _Unusual
    text = raw.decode("utf-8-sig")
    if text.startswith("\ufeff") or text.isspace():
        raise _Unusual
    return text


def _text_field(meta: dict[str, Any], name: str) -> str:
    value = meta.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _Unusual  # shown as Python writes the value: not read here
    return value


def _empty(name: str, value: Any) -> bool:
    """Whether the field is missing for a citation, as ``SourceMeta`` holds the value
    read (``from_csl``: a null author is no author, a text field holds any value as
    text, so "[]" is there)."""
    if value is None:
        return True
    if name == "author":
        return value == []
    if name in _TEXT_FIELDS:
        return value == ""
    return value is not OTHER and value in ("", [], {})


def _date(value: Any) -> str:
    """The date cell (``gui.date_text.format_date``)."""
    if value is None or value == {}:
        return ""
    if isinstance(value, DateParts):
        return "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(value))
    if isinstance(value, str):
        return value
    raise _Unusual


def _split(name: str) -> tuple[str, str]:
    """(stem, suffix) as ``pathlib`` has them."""
    i = name.rfind(".")
    return (name[:i], name[i:]) if 0 < i < len(name) - 1 else (name, "")


def _plain_original(folder: Path, name: str) -> bool:
    """An original's name the project loader takes (``io.paths.inside``)."""
    return _plain_name(name) and not (folder / _ORIGINALS_DIR / name).is_symlink()


def _plain_name(name: str) -> bool:
    """A plain file name (``io.paths.plain_name``; nothing that needs more care)."""
    return bool(name) and name not in (".", "..") and not name.startswith(("~", ".")) \
        and not any(c in name for c in "/\\\0")
