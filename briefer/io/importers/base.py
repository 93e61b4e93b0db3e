"""What every importer returns, and how it says no."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefer.core.messages import Message, UserError
from briefer.core.source import SourceKind, SourceMeta
from briefer.core.text import normalise_text, strip_xml_illegal

# Limits that keep one bad file from exhausting memory or the user's patience.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_TEXT_CHARS = 20_000_000


class ImportRefused(UserError):
    """A file that cannot be imported; ``reason`` names the file and what to do."""

    def __init__(self, reason: str | Message, /, **params: Any) -> None:
        super().__init__(reason, **params)
        self.reason = str(self.message)


@dataclass
class Extracted:
    """The text and metadata read out of one file."""

    text: str
    meta: SourceMeta = field(default_factory=SourceMeta)
    warnings: list[Message] = field(default_factory=list)
    kind_hint: SourceKind | None = None
    suffix: str = ".txt"  # how the text is stored in the project: ".txt" or ".md"
    encoding: str = "utf-8"
    removed_chars: int = 0


def finish(path: Path, raw: str, meta: SourceMeta, warnings: list[Message],
           suffix: str = ".txt", encoding: str = "utf-8",
           kind_hint: SourceKind | None = None, removed: int = 0) -> Extracted:
    """Normalise extracted text, enforce the size limit and refuse empty results."""
    if len(raw) > MAX_TEXT_CHARS:
        raise ImportRefused(
            "{file}: the text is too long ({length:,} characters; the limit is {limit:,}); "
            "split the document and import the parts", file=path.name, length=len(raw),
            limit=MAX_TEXT_CHARS)
    text, more = normalise_text(raw)
    removed += more
    if removed:
        warnings.append(Message("{where}: removed {count} control character{count:?|s} that a Word "
                                "document cannot hold", where=path.name, count=removed))
    if not text.strip():
        if path.suffix.lower() == ".pdf":
            raise ImportRefused("{file}: contains no text to import (a scanned PDF needs OCR "
                                "first)", file=path.name)
        raise ImportRefused("{file}: contains no text to import", file=path.name)
    _xml_safe_meta(meta)
    return Extracted(text=text, meta=meta, warnings=warnings, kind_hint=kind_hint,
                     suffix=suffix, encoding=encoding, removed_chars=removed)


def _xml_safe_meta(meta: SourceMeta) -> None:
    """Drop characters XML cannot hold from the metadata a file declares.

    A PDF title or a web page's <meta> may carry control characters; stored as they
    are, they would stop the Word export of any note citing the source.
    """
    for name in ("type", "title", "container_title", "URL", "publisher", "genre", "language",
                 "note"):
        value = getattr(meta, name)
        if isinstance(value, str):
            setattr(meta, name, strip_xml_illegal(value)[0])
    meta.author = [{k: strip_xml_illegal(v)[0] if isinstance(v, str) else v
                    for k, v in name.items()} for name in meta.author if isinstance(name, dict)]
