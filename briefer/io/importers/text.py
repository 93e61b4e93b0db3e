"""Plain text (.txt) and Markdown (.md) files, decoded by ``briefer.io.sources``."""

from __future__ import annotations

from pathlib import Path

from briefer.core.source import SourceMeta
from briefer.io.importers.base import Extracted, ImportRefused, finish
from briefer.io.sources import SourceError, detect_kind, read_text_file_counted


def extract_text(path: Path, encoding: str | None = None) -> Extracted:
    """Text kept exactly as written: only newlines and XML-illegal characters change.

    Strict UTF-8 (with or without BOM) or UTF-16 with a BOM, else cp1252 with a
    warning; ``encoding`` (chosen by the user) replaces that guess.
    """
    try:
        text, encoding, warnings, removed = read_text_file_counted(path, encoding)
    except SourceError as exc:
        raise ImportRefused(exc.message) from exc
    suffix = ".md" if path.suffix.lower() in (".md", ".markdown") else ".txt"
    meta = SourceMeta()
    extracted = finish(path, text, meta, list(warnings), suffix=suffix, encoding=encoding)
    extracted.removed_chars = removed  # already counted (and warned about) by the reader
    extracted.kind_hint = detect_kind(extracted.text, meta)
    return extracted
