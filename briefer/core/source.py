"""A source document and its bibliographic metadata (CSL-JSON field names)."""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass, field
from enum import Enum
from collections.abc import Callable, Iterable
from typing import Any

from briefer.core.dates import DateError, csl_date
# one owner for each of these rules, read by the window's first paint too
from briefer.core.source_basics import UNTITLED_SURVEY, needed_fields, opening_words

# The CSL-JSON fields Briefer shows and edits. Others found in a sidecar are
# kept untouched in ``SourceMeta.extra`` so a round trip loses nothing.
CSL_FIELDS = (
    "type", "title", "container-title", "author", "issued", "accessed", "URL",
    "publisher", "genre", "language", "note",
)

class SourceKind(str, Enum):
    ARTICLE = "article"
    SURVEY = "survey"


@dataclass
class SourceMeta:
    """Bibliographic metadata with CSL-JSON names; unknown values stay empty.

    ``author`` is a list of CSL name dicts (``{"family": ..., "given": ...}`` or
    ``{"literal": ...}``); ``issued`` and ``accessed`` are CSL date dicts
    (``{"date-parts": [[2018, 3, 5]]}``) or ISO strings ("2018-03-05").
    """

    type: str = ""
    title: str = ""
    container_title: str = ""
    author: list[dict[str, str]] = field(default_factory=list)
    issued: Any = None
    accessed: Any = None
    URL: str = ""
    publisher: str = ""
    genre: str = ""
    language: str = ""
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_csl(self, source_id: str) -> dict[str, Any]:
        """CSL-JSON for this item (empty fields left out), as Zotero and pandoc read it."""
        out: dict[str, Any] = {"id": source_id}
        for name in CSL_FIELDS:
            value = getattr(self, name.replace("-", "_"))
            if value not in ("", None, [], {}):
                out[name] = value
        out.update(self.extra)
        return out

    @classmethod
    def from_csl(cls, data: dict[str, Any] | None) -> SourceMeta:
        data = dict(data or {})
        data.pop("id", None)
        kwargs: dict[str, Any] = {}
        for name in CSL_FIELDS:
            if name in data:
                value = data.pop(name)
                kwargs[name.replace("-", "_")] = value if value is not None else (
                    [] if name == "author" else ("" if name not in ("issued", "accessed") else None)
                )
        if "author" in kwargs and not isinstance(kwargs["author"], list):
            kwargs["author"] = [{"literal": str(kwargs["author"])}]
        for text_field in ("type", "title", "container_title", "URL", "publisher", "genre",
                           "language", "note"):
            if text_field in kwargs and not isinstance(kwargs[text_field], str):
                kwargs[text_field] = str(kwargs[text_field])
        return cls(**kwargs, extra=data)

    def value(self, name: str) -> Any:
        """The CSL field ``name`` ("container-title"), wherever it is kept."""
        attribute = name.replace("-", "_")
        if name in CSL_FIELDS:
            return getattr(self, attribute)
        return self.extra.get(name)

    def missing(self, kind: SourceKind, style_fields: Iterable[str] | None = None
                ) -> list[str]:
        """CSL names of the fields a citation of this work needs but lacks.

        What is needed depends on the CSL type (a journal article needs its volume
        and pages, a bill its number); a survey of no stated type needs its title
        and date. ``style_fields``: the fields the chosen style prints at all —
        a style that never prints a field does not need it.
        """
        needed = needed_fields(self.type, kind is SourceKind.SURVEY)
        if style_fields is not None:
            printed = frozenset(style_fields)
            needed = tuple(name for name in needed if name in printed)
        return [name for name in needed if self.value(name) in ("", None, [], {})]


class Source:
    """One document, its text exactly as imported (see ``core.text``).

    The text may be *lazy*: a project of 100,000 articles opens from its
    metadata, and a source's text is read (by ``loader``, given by whoever
    opened it) the first time something asks for ``text`` — the reader showing
    it, the search index, an export. ``opening`` holds the opening words
    recorded when the text was last read, so the source list can title an
    untitled source without reading it.
    """

    def __init__(self, id: str, text: str | None = None,
                 meta: SourceMeta | None = None, kind: SourceKind = SourceKind.ARTICLE,
                 filename: str = "", encoding: str = "utf-8", removed_chars: int = 0,
                 original: str = "", *, loader: Callable[[], str] | None = None,
                 opening: str = "") -> None:
        if text is None and loader is None:
            raise TypeError("a Source needs its text or a loader for it")
        self.id = id
        self._text = text
        self._loader = None if text is not None else loader
        self.meta = meta if meta is not None else SourceMeta()
        self.kind = kind
        self.filename = filename  # file name inside the project's sources/ folder
        self.encoding = encoding
        self.removed_chars = removed_chars  # XML-illegal characters dropped on import
        self.original = original  # original file (e.g. a .docx) the text was extracted from
        self.opening = opening
        # (mtime ns, size) of the file a lazy text is read from, as it was at open: while the
        # text is not replaced, it stands for the text (the index keys its rows on it and
        # reads no text to learn that they are current)
        self.file_stamp: tuple[int, int] | None = None
        # a new object each time the text is replaced (not when a lazy one is read): who
        # must notice a new text compares this, and reads no file doing it
        self.text_token = object()

    @property
    def text(self) -> str:
        """The text, read on first use when the source was opened lazily."""
        text = self._text
        if text is None:
            assert self._loader is not None
            text = self._text = self._loader()
            self._loader = None
        return text

    @text.setter
    def text(self, value: str) -> None:
        self._text = value
        self._loader = None
        self.opening = ""
        self.file_stamp = None
        self.text_token = object()

    def peek_text(self) -> str:
        """The text, not kept in memory if it was not already: the search index reads
        every text once, and keeping them would hold the whole corpus (650 MB at
        100,000 articles) for the rest of the session."""
        text = self._text
        if text is None:
            assert self._loader is not None
            return self._loader()
        return text

    @property
    def text_loaded(self) -> bool:
        """Whether the text is in memory (False: it is read on first use)."""
        return self._text is not None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Source):
            return NotImplemented
        return (self.id, self.meta, self.kind, self.filename, self.encoding,
                self.removed_chars, self.original, self.text) == \
            (other.id, other.meta, other.kind, other.filename, other.encoding,
             other.removed_chars, other.original, other.text)

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass it was

    def __repr__(self) -> str:
        return (f"Source(id={self.id!r}, kind={self.kind.value!r}, filename={self.filename!r}"
                f", loaded={self.text_loaded})")

    @property
    def display_title(self) -> str:
        """The title, else the opening words of the text (page furniture and datelines skipped)."""
        if self.meta.title:
            return self.meta.title
        if self.kind is SourceKind.SURVEY:
            return UNTITLED_SURVEY
        if self._text is None and self.opening:
            return self.opening
        return opening_words(self.text) or self.id


# The CSL type a source is cited as when its metadata names none (CSL-JSON needs one).
DEFAULT_CSL_TYPE = {SourceKind.ARTICLE: "article-newspaper", SourceKind.SURVEY: "report"}
# The CSL date variables: stored as typed ("September 16, 2025"), handed out as CSL dates.
CSL_DATE_FIELDS = ("issued", "accessed", "event-date", "original-date", "submitted",
                   "available-date")


def csl_json(source: Source, unreadable_date: str = "raw") -> dict[str, Any]:
    """A source's metadata as one valid CSL-JSON item: an id, a type, CSL dates, and
    nothing JSON cannot hold (a date YAML read in another field goes out as ISO text).

    A date ``core.dates`` cannot read goes out as ``{"raw": text}`` (Zotero parses
    that) with ``unreadable_date="raw"``, or is left out with ``"drop"`` (the
    citation processor would print it as written; ``check`` names it instead).
    """
    item = source.meta.to_csl(source.id)
    if not item.get("type"):
        item = {"id": source.id, "type": DEFAULT_CSL_TYPE[source.kind],
                **{k: v for k, v in item.items() if k != "id"}}
    for name in CSL_DATE_FIELDS:
        if name not in item:
            continue
        try:
            date = csl_date(item[name])
        except DateError:
            date = {} if unreadable_date == "drop" else (
                item[name] if isinstance(item[name], dict) else {"raw": str(item[name])})
        if date:
            item[name] = date
        else:
            del item[name]
    return dict(json.loads(json.dumps(item, ensure_ascii=False, default=_json_value)))


def _json_value(value: object) -> object:
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return str(value)
