"""The YAML of a metadata sidecar as Briefer writes it, read without PyYAML.

PyYAML takes 17 ms to import, more than the rest of a window's first paint can
spend (``io.quick_list``). A sidecar as ``yamlutil.dump_yaml`` writes it is a
flat mapping: comment lines, then ``key: value`` lines whose values are plain,
single- or double-quoted scalars (a long one folded onto the lines after), ``[]``,
``{}``, ``null``, or a nested block (a list of authors, a date's parts). This
reads that much and means by it exactly what PyYAML's safe loader does; anything
else — an anchor, a tag, a flow collection, a block scalar, an escape, a tab, a
line it cannot place — gives None, and the caller reads the file the usual way.

Values: a ``str``; None for null; ``[]`` and ``{}`` for the empty collections;
``DATE_PARTS`` of ints for a date written as CSL date parts; ``OTHER`` for any
other value (a number, a boolean, a date, a non-empty list or mapping): present,
but not a string.
"""

from __future__ import annotations

import re
from typing import Any

OTHER = type("Other", (), {"__repr__": lambda self: "OTHER"})()  # present, not a string


class DateParts(tuple[int, ...]):
    """A CSL date written as ``date-parts: [[year, month, day]]`` (one date)."""


_KEY = re.compile(r"([A-Za-z][A-Za-z0-9_-]*):(?: +(.*))?\Z")
# PyYAML's implicit resolvers (YAML 1.1) for a plain scalar that is not a string
_BOOL = re.compile(r"(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off"
                   r"|Off|OFF)\Z")
_NULL = re.compile(r"(?:~|null|Null|NULL|)\Z")
_NUMBER_OR_DATE = re.compile(
    r"(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
    r"|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+"  # ints
    r"|[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
    r"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
    r"|[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)"
    r"[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?"
    r")\Z")
# what PyYAML's reader refuses, a byte-order mark (which it keeps in a value) and the
# line breaks other than "\n" (NEL, U+2028, U+2029: YAML 1.1 breaks lines there too)
_UNREADABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff"
                         "\ufeff\ufffe\uffff]")
_INDICATORS = "-?:,[]{}#&*!|>'\"%@`"
_DATE_PARTS = re.compile(r"  date-parts:\n  - - ([1-9][0-9]{0,3})\n"
                         r"(?:    - ([1-9][0-9]?)\n(?:    - ([1-9][0-9]?)\n)?)?\Z")


def read_mapping(text: str) -> dict[str, Any] | None:
    """The top-level mapping of a sidecar's text (see module notes), or None."""
    found = top_level(text)
    if found is None:
        return None
    data: dict[str, Any] = {}
    for key, (first, more) in found.items():
        value = _value(first, more)
        if value is None:
            return None
        data[key] = value if value is not _NONE else None
    return data


def top_level(text: str) -> dict[str, tuple[str, list[str]]] | None:
    """Each top-level key of a mapping, with the rest of its line and the lines that go
    on with its value (indented, or list items), not read further; None for a text with
    a line that is none of these, a comment or blank."""
    if "\t" in text or "\r" in text or _UNREADABLE.search(text):
        return None
    found: dict[str, tuple[str, list[str]]] = {}
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line or line.startswith("#"):
            continue
        key = _KEY.match(line)
        if key is None or key.group(1) in found or _BOOL.match(key.group(1)) \
                or _NULL.match(key.group(1)):
            return None
        more = []  # the lines that go on with this value
        while i < len(lines) and lines[i].startswith((" ", "- ")):
            more.append(lines[i])
            i += 1
        found[key.group(1)] = (key.group(2) or "", more)
    return found


def scalar(first: str, more: list[str]) -> Any:
    """The value of a key that ``top_level`` found, read as ``read_mapping`` reads it (a
    null as None); ``OTHER`` for one that cannot be read (a list, a mapping)."""
    value = _value(first, more)
    return OTHER if value is None else None if value is _NONE else value


_NONE = object()  # a null value read (None: nothing could be read)


def _value(first: str, more: list[str]) -> Any:
    """The value that starts with ``first`` on the key's line and goes on in ``more``."""
    first = first.rstrip(" ")
    if not first:
        if not more:
            return _NONE
        return _block(more)
    if any(not m.startswith(" ") for m in more):
        return None  # a list item after a scalar
    if first[0] == "'":
        return _single_quoted(" ".join([first, *(m.strip(" ") for m in more)]), more)
    if first[0] == '"':
        if more or "\\" in first or len(first) < 2 or not first.endswith('"') \
                or '"' in first[1:-1]:
            return None
        return first[1:-1]
    if more:  # a plain scalar folded onto the next lines
        rest = [m.strip(" ") for m in more]
        if not all(rest) or any(r.startswith("#") for r in rest):
            return None  # a blank line (a line break) or a comment
        first = " ".join([first, *rest])
    return _plain(first)


def _plain(text: str) -> Any:
    if text == "[]":
        return []
    if text == "{}":
        return {}
    if text[0] in _INDICATORS or ": " in text or " #" in text or text.endswith(":"):
        return None
    if _NULL.match(text):
        return _NONE
    if text in ("<<", "="):  # a merge key, a value key: not for a sidecar
        return None
    if _BOOL.match(text) or (text[0] in "+.0123456789" and _NUMBER_OR_DATE.match(text)):
        return OTHER
    return text


def _single_quoted(joined: str, more: list[str]) -> str | None:
    """A single-quoted scalar (``''`` is a quote), its lines folded with spaces."""
    if any(not m.strip(" ") for m in more) or not joined.endswith("'") or len(joined) < 2:
        return None
    inner = joined[1:-1]
    if "'" in inner.replace("''", ""):
        return None  # a quote that ends it before the end of its last line
    return inner.replace("''", "'")


def _block(lines: list[str]) -> Any:
    """A nested block as ``dump_yaml`` writes the metadata's: a date's parts, a list of
    scalars or of flat mappings (authors), a flat mapping; ``OTHER`` (not empty). Any
    other block (deeper, folded, its lines not in those places) gives None."""
    parts = _DATE_PARTS.match("".join(f"{line}\n" for line in lines))
    if parts is not None:
        return DateParts(int(p) for p in parts.groups() if p)
    listed = lines[0].startswith("- ")
    maps: bool | None = None if listed else True  # a list's items are mappings
    keys: set[str] = set()  # the current mapping's
    for line in lines:
        if listed and line.startswith("- "):
            pair = _pair(line[2:])
            if maps is None:
                maps = pair is not None
            if maps != (pair is not None):
                return None
            keys = set()
        elif maps and line.startswith("  ") and line[2:3] not in (" ", "-"):
            pair = _pair(line[2:])
            if pair is None:
                return None
        else:
            return None
        value = line[2:]
        if pair is not None:
            if pair[0] in keys:
                return None
            keys.add(pair[0])
            value = pair[1]
        if value.strip(" ") and plain_or_quoted(value) is None:
            return None
    return OTHER


def _pair(text: str) -> tuple[str, str] | None:
    key = _KEY.match(text)
    return None if key is None else (key.group(1), key.group(2) or "")


def plain_or_quoted(text: str) -> Any:
    """A scalar written on one line (see ``read_mapping``); None if it cannot be read."""
    text = text.rstrip(" ")
    if not text:
        return _NONE
    if text.startswith("'"):
        return _single_quoted(text, [])
    if text.startswith('"'):
        return _value(text, [])
    return _plain(text)
