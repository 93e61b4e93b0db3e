"""What a file really is, judged by its first bytes rather than its name."""

from __future__ import annotations

import re
import struct
import zipfile
from pathlib import Path

from briefer.core.messages import Message

HEAD_BYTES = 8192
# What zipfile raises on a damaged archive: besides BadZipFile, NotImplementedError for
# a garbled "version needed" field, struct.error, and UnicodeDecodeError (a ValueError)
# for a name flagged UTF-8 that is not.
ZIP_ERRORS = (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError,
              struct.error)

# Formats Briefer recognises but cannot import, with a word on what to do.
_FOREIGN = (
    (b"\x89PNG\r\n\x1a\n", Message("a PNG image")),
    (b"\xff\xd8\xff", Message("a JPEG image")),
    (b"GIF87a", Message("a GIF image")),
    (b"GIF89a", Message("a GIF image")),
    (b"II*\x00", Message("a TIFF image")),
    (b"MM\x00*", Message("a TIFF image")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
     Message("an old-format Office file (.doc/.xls) or a password-protected Word file")),
    (b"{\\rtf", Message("an RTF document")),
    (b"\x1f\x8b", Message("a gzip archive")),
    (b"Rar!", Message("a RAR archive")),
    (b"7z\xbc\xaf\x27\x1c", Message("a 7-Zip archive")),
    (b"\x7fELF", Message("a program")),
    (b"OggS", Message("an audio file")),
    (b"ID3", Message("an MP3 audio file")),
)

_HTML_START = re.compile(
    rb"^(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body|meta|title)[\s>/]",
    re.IGNORECASE | re.DOTALL)

# Friendly names for what a file turned out to be.
DESCRIPTIONS = {
    "pdf": Message("a PDF document"),
    "docx": Message("a Word (.docx) document"),
    "zip": Message("a zip archive (not a Word document)"),
    "html": Message("a web page (HTML)"),
    "text": Message("plain text"),
    "binary": Message("a binary file"),
}
DAMAGED_ZIP = Message("a damaged zip archive")


def sniff(path: Path, head: bytes) -> tuple[str, Message]:
    """The content type of a file as (kind, description).

    kind is one of "pdf", "docx", "zip", "html", "text", "utf16", "foreign",
    "binary"; description says it in words for a refusal message.
    """
    if head.lstrip(b"\x00\t\n\r ").startswith(b"%PDF-"):
        return "pdf", DESCRIPTIONS["pdf"]
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _sniff_zip(path)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf16", Message("UTF-16 text")
    for magic, description in _FOREIGN:
        if head.startswith(magic):
            return "foreign", description
    if b"\x00" in head:
        return "binary", DESCRIPTIONS["binary"]
    body = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    if _HTML_START.match(body[:4096]):
        return "html", DESCRIPTIONS["html"]
    return "text", DESCRIPTIONS["text"]


def _sniff_zip(path: Path) -> tuple[str, Message]:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except ZIP_ERRORS:
        return "zip", DAMAGED_ZIP
    if "word/document.xml" in names:
        return "docx", DESCRIPTIONS["docx"]
    if "xl/workbook.xml" in names:
        return "zip", Message("an Excel workbook")
    if "ppt/presentation.xml" in names:
        return "zip", Message("a PowerPoint presentation")
    if "content.xml" in names and "mimetype" in names:
        return "zip", Message("an OpenDocument file (save it as .docx)")
    if "META-INF/container.xml" in names:
        return "zip", Message("an EPUB book")
    return "zip", DESCRIPTIONS["zip"]
