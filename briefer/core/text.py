"""Normalising imported text without changing a single visible character.

Sources are kept exactly as imported: only newlines are normalised and
characters that XML 1.0 forbids (which Word files cannot hold) are removed.
"""

from __future__ import annotations

import re

# XML 1.0 allows #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def normalise_newlines(text: str) -> str:
    """Turn CRLF and lone CR into LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def strip_xml_illegal(text: str, replacement: str = "") -> tuple[str, int]:
    """Remove characters XML cannot hold; return the clean text and how many went."""
    clean, count = _XML_ILLEGAL.subn(replacement, text)
    return clean, count


def normalise_text(raw: str) -> tuple[str, int]:
    """The text Briefer keeps for a source, and the number of characters removed.

    A BOM at the start is dropped; form feeds (page breaks from PDF extractors)
    become blank lines so paragraphs stay apart.
    """
    text = raw[1:] if raw.startswith("\ufeff") else raw
    text = normalise_newlines(text).replace("\x0c", "\n\n")
    return strip_xml_illegal(text)


def xml_safe(text: str) -> str:
    """Text safe to hand to python-docx or any XML writer."""
    return strip_xml_illegal(normalise_newlines(text))[0]
