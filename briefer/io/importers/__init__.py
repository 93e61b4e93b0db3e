"""Reading source files into text and CSL metadata, judged by content, not just by name.

``extract(path)`` picks an importer by extension, checks the first bytes
agree (a PNG named .txt or a PDF named .docx is refused), and returns the
normalised text with its metadata. ``read_metadata(path)`` reads Zotero's
CSL-JSON and RIS exports. Both raise ``ImportRefused`` with a one-line reason, the
only error they raise for a file's content; problems that spoil only part of a file
(a bad field, an unreadable PDF page) are warnings (``Extracted.warnings``,
``Metadata.warnings``) and the rest is kept.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefer.core.messages import Message, UserError
from briefer.core.source import SourceMeta
from briefer.io.importers.base import (
    MAX_FILE_BYTES,
    MAX_TEXT_CHARS,
    Extracted,
    ImportRefused,
)
from briefer.io.importers.csl import METADATA_SUFFIXES, Metadata, read_metadata
from briefer.io.importers.cslfields import clean_item
from briefer.io.importers.sniff import DAMAGED_ZIP, HEAD_BYTES, sniff
from briefer.io.importers.text import extract_text
from briefer.io.yamlutil import parse_yaml

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SOURCE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + (".docx", ".pdf")

# What each extension promises, in words, and the content kinds that keep the promise.
_EXPECTED = {
    ".docx": (Message("a Word document"), {"docx"}),
    ".pdf": (Message("a PDF document"), {"pdf"}),
    **{s: (Message("a web page"), {"html", "text", "utf16"}) for s in HTML_SUFFIXES},
    **{s: (Message("plain text"), {"text", "utf16"}) for s in TEXT_SUFFIXES},
}
_RENAME = {"pdf": ".pdf", "docx": ".docx", "html": ".html"}

__all__ = [
    "MAX_FILE_BYTES", "MAX_TEXT_CHARS", "METADATA_SUFFIXES", "SOURCE_SUFFIXES", "Extracted",
    "ImportRefused", "Metadata", "extract", "is_importable", "read_metadata",
]


def is_importable(path: Path) -> bool:
    """Whether the name says source or metadata file (the content is checked on import)."""
    suffix = path.suffix.lower()
    return suffix in SOURCE_SUFFIXES or suffix in METADATA_SUFFIXES


def _check_file(path: Path) -> int:
    try:
        if not path.is_file():
            raise ImportRefused("{file}: not a file", file=path.name)
        size = path.stat().st_size
    except OSError as exc:
        raise ImportRefused("{file}: cannot be read ({reason})", file=path.name,
                            reason=exc.strerror or str(exc)) from exc
    if size == 0:
        raise ImportRefused("{file}: the file is empty (0 bytes)", file=path.name)
    if size > MAX_FILE_BYTES:
        raise ImportRefused("{file}: the file is too large ({size:,.0f} MB; the limit is "
                            "{limit} MB)", file=path.name, size=size / 2**20,
                            limit=MAX_FILE_BYTES // 2**20)
    return size


def _read(path: Path, limit: int | None = None) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read() if limit is None else fh.read(limit)
    except OSError as exc:
        raise ImportRefused("{file}: cannot be read ({reason})", file=path.name,
                            reason=exc.strerror or str(exc)) from exc


def _sidecar(path: Path, extracted: Extracted) -> None:
    """Fields from a ``<stem>.yaml`` of CSL fields beside the file win over extracted ones."""
    side = path.with_suffix(".yaml")
    if not side.is_file():
        return
    try:
        data = parse_yaml(side.read_text(encoding="utf-8"), side.name)  # bounded: no aliases
    except RecursionError:
        extracted.warnings.append(Message("{file}: metadata ignored (nested too deeply)",
                                          file=side.name))
        return
    except (OSError, ValueError) as exc:  # parse_yaml's YamlError is a ValueError
        lines = str(exc).splitlines()
        reason: object = exc if isinstance(exc, UserError) and len(lines) == 1 else \
            (lines or [type(exc).__name__])[0]
        extracted.warnings.append(Message("{file}: metadata ignored ({reason})",
                                          file=side.name, reason=reason))
        return
    if not isinstance(data, dict):
        extracted.warnings.append(Message("{file}: metadata ignored ({reason})",
                                          file=side.name,
                                          reason=Message("not a mapping of CSL fields")))
        return
    # a bad field (a malformed URL…) is left out with a warning; the others still count
    clean, problems = clean_item(data, side.name)
    extracted.warnings.extend(problems)
    merge_meta(extracted.meta, SourceMeta.from_csl(clean), overwrite=True)


def merge_meta(target: SourceMeta, other: SourceMeta, *, overwrite: bool) -> list[str]:
    """Copy the filled fields of ``other`` into ``target``; return the CSL names changed.

    With ``overwrite`` false only empty fields of ``target`` are filled.
    """
    changed: list[str] = []
    empty: tuple[Any, ...] = ("", None, [], {})
    for name, value in vars(other).items():
        if name == "extra":
            for key, extra_value in value.items():
                if extra_value not in empty and (overwrite or key not in target.extra) \
                        and target.extra.get(key) != extra_value:
                    target.extra[key] = extra_value
                    changed.append(key)
            continue
        if value in empty:
            continue
        current = getattr(target, name)
        if current != value and (overwrite or current in empty):
            setattr(target, name, value)
            changed.append(name.replace("_", "-"))
    return changed


def extract(path: Path, encoding: str | None = None) -> Extracted:
    """Text and metadata of one source file, or ``ImportRefused`` saying why not.

    ``encoding`` overrides the automatic choice for text files and web pages.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SOURCE_SUFFIXES:
        if suffix in (".yaml", ".yml"):
            raise ImportRefused("{file}: is a metadata file; put it beside its source (as "
                                "{stem}.txt, .docx, …) and import the source", file=path.name,
                                stem=path.stem)
        if suffix in METADATA_SUFFIXES:
            raise ImportRefused("{file}: is a bibliography file, not a source; import it "
                                "together with the sources it describes", file=path.name)
        known = [s for s in SOURCE_SUFFIXES if s not in (".text", ".markdown", ".xhtml")]
        if not suffix:
            raise ImportRefused("{file}: unknown file type '(no extension)'; Briefer imports "
                                "{known} files", file=path.name, known=known)
        raise ImportRefused("{file}: unknown file type {suffix!r}; Briefer imports {known} "
                            "files", file=path.name, suffix=suffix, known=known)
    _check_file(path)
    head = _read(path, HEAD_BYTES)
    kind, description = sniff(path, head)
    promise, accepted = _EXPECTED[suffix]
    if suffix == ".docx" and description == DAMAGED_ZIP:
        raise ImportRefused("{file}: the Word file is damaged (its zip structure cannot be "
                            "read); open it in Word and save it again", file=path.name)
    if kind not in accepted:
        rename = _RENAME.get(kind)
        advice = (Message("rename it to {name} and import again", name=path.stem + rename)
                  if rename else Message("Briefer cannot import it"))
        raise ImportRefused("{file}: the name says {promise} but the file is {description}; "
                            "{advice}", file=path.name, promise=promise,
                            description=description, advice=advice)
    # The seam for PDFium, lxml and Lexbor (selectolax): each format's module loads its
    # library, so it is imported here, when a file of that kind comes; the command line and
    # the app start without them, and a batch of text files never loads them.
    if suffix == ".pdf":
        from briefer.io.importers.pdf import extract_pdf

        extracted = extract_pdf(path)
    elif suffix == ".docx":
        from briefer.io.importers.word import extract_docx

        extracted = extract_docx(path)
    elif suffix in HTML_SUFFIXES:
        from briefer.io.importers.webpage import extract_html

        extracted = extract_html(path, _read(path), encoding)
    else:
        extracted = extract_text(path, encoding)
    _sidecar(path, extracted)
    return extracted
