"""Checking the fields of one CSL item before Briefer keeps it: a bad field is left out.

Bibliographies come from Zotero exports, hand edits and old sidecars. One bad value
(a URL such as ``http://[::1``, an author that is a number, a date with words in its
parts) used to abort the whole import, or every later one, once stored. Here each
field the app reads is checked against what its readers (the matcher, the reader
pane, the citation formatter, the Word exporter) accept; a field that fails is
dropped with a warning naming the file, the item and the field, and the rest of the
item is kept.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any
from urllib.parse import urlsplit

from briefer.core.messages import Message
from briefer.core.text import strip_xml_illegal

TEXT_FIELDS = ("type", "title", "container-title", "URL", "publisher", "genre", "language",
               "note")
DATE_FIELDS = ("issued", "accessed")
NAME_PARTS = ("family", "given", "literal", "suffix", "dropping-particle",
              "non-dropping-particle")
_WEB_SCHEMES = ("http", "https", "ftp")


def url_problem(url: str) -> str:
    """Why ``url`` is not a usable address ("" when it is, or when it is empty).

    Lenient on purpose: a URL without a scheme ("example.com/a") is kept, as
    Zotero users type them; only what cannot be parsed at all is refused.
    """
    url = url.strip()
    if not url:
        return ""
    if any(ord(c) < 32 or ord(c) == 127 for c in url):
        return "it holds control characters"
    try:
        parts = urlsplit(url if "//" in url else "//" + url)
        parts.port  # noqa: B018 (raises ValueError on a port that is no number)
        host = parts.hostname
    except ValueError as exc:
        return str(exc) or "it cannot be parsed"
    if parts.scheme.lower() in _WEB_SCHEMES and not host:
        return "it names no host"
    return ""


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _date_ok(value: Any) -> bool:
    """A CSL date: ``{"date-parts": [[y, m, d]]}``, a raw/literal dict, ISO text or a year."""
    if value is None or isinstance(value, (str, _dt.date)):
        return True
    if isinstance(value, int):
        return not isinstance(value, bool)
    if not isinstance(value, dict):
        return False
    parts = value.get("date-parts")
    if parts is None:
        return all(isinstance(value.get(k, ""), str) for k in ("raw", "literal"))
    if not isinstance(parts, list) or not parts or not isinstance(parts[0], list):
        return False
    return len(parts[0]) <= 3 and all(
        (isinstance(p, int) and not isinstance(p, bool)) or (isinstance(p, str) and p.isdigit())
        for p in parts[0])


def _name(value: Any) -> dict[str, str] | None:
    """A CSL name dict with text parts, or None when ``value`` is no name."""
    if isinstance(value, str):
        return {"literal": value} if value.strip() else None
    if not isinstance(value, dict):
        return None
    name: dict[str, str] = {}
    for key, part in value.items():
        if key in NAME_PARTS:
            if isinstance(part, bool) or not isinstance(part, (str, int, float)):
                return None
            name[key] = str(part)
    return name if any(p.strip() for p in name.values()) else None


def clean_item(item: dict[Any, Any], where: str | Message
               ) -> tuple[dict[str, Any], list[Message]]:
    """``item`` with its bad fields left out, and one warning for each, prefixed ``where``."""
    warnings: list[Message] = []
    clean: dict[str, Any] = {}
    removed = 0
    for key, value in item.items():
        if not isinstance(key, str):
            warnings.append(Message("{where}: field {key} is not a CSL field name; left out",
                                    where=where, key=_shown(key)))
            continue
        if key in TEXT_FIELDS:
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, (str, int, float)):
                warnings.append(Message("{where}: {field} {value} is not text; left empty",
                                        where=where, field=key, value=_shown(value)))
                continue
            text = str(value)
            if key == "URL":
                if url_problem(text):
                    warnings.append(Message("{where}: URL {value} is not a valid address; "
                                            "left empty", where=where, value=_shown(text)))
                    continue
                text = text.strip()
            value, count = strip_xml_illegal(text)
            removed += count
        elif key in DATE_FIELDS:
            if not _date_ok(value):
                warnings.append(Message("{where}: {field} {value} is not a date; left empty",
                                        where=where, field=key, value=_shown(value)))
                continue
        elif key == "author":
            value = _authors(value, where, warnings)
        clean[key] = value
    if removed:
        warnings.append(Message("{where}: removed {count} control character{count:?|s} that a Word "
                                "document cannot hold", where=where, count=removed))
    return clean, warnings


def _authors(value: Any, where: str | Message, warnings: list[Message]
             ) -> list[dict[str, str]]:
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    names: list[dict[str, str]] = []
    for number, entry in enumerate(values, 1):
        name = _name(entry)
        if name is None:
            if entry not in ("", None):
                label = Message("author") if len(values) == 1 else \
                    Message("author {number}", number=number)
                warnings.append(Message("{where}: {label} {value} is not a name; left out",
                                        where=where, label=label, value=_shown(entry)))
            continue
        for part, text in name.items():
            name[part] = strip_xml_illegal(text)[0]
        names.append(name)
    return names
