"""project.yaml's parse, kept as JSON in ``.briefer/`` from the last open of the same text.

Turning a large project.yaml into Python objects is slow in PyYAML; the cache, keyed by a
hash of the text, makes opening a big project quick. It is written and read a batch of
entries at a time: the C JSON code never lets another thread run, and one ``json.loads``
or ``json.dumps`` of a 100,000-source project's data held the window's thread for 100–300
ms while the project was read on a worker. The file's first line holds the data without
its long lists and how many lines each list takes; each following line, a batch of a
list's items. Anything else (an older cache, a damaged one) is not used, and the text is
parsed again.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from briefer.io.atomic import write_atomic
from briefer.io.project_yaml import CACHE_DIR, parse_project_yaml

CACHE_NAME = "project-yaml.json"
MIN_CHARS = 64 * 1024  # smaller project files parse in no time: no cache
BATCH = 2000  # list items a line (a few ms of C each)
_FORMAT = 2


def parse_project_text(text: str, root: Path, file: Path) -> Any:
    """project.yaml's text parsed, or its parse kept from the last open of this text."""
    if len(text) < MIN_CHARS:
        return parse_project_yaml(text, str(file))
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    cache = root / CACHE_DIR / CACHE_NAME
    try:
        found = _loads(cache.read_text(encoding="utf-8"), digest)
        if found is not None:
            return found
    except (OSError, ValueError, KeyError, TypeError):
        pass
    data = parse_project_yaml(text, str(file))
    try:
        encoded = _dumps(digest, data)
        if encoded is not None:
            cache.parent.mkdir(exist_ok=True)
            write_atomic(cache, encoded.encode("utf-8"), durable=False)
    except (OSError, TypeError, ValueError):
        pass  # a cache: losing it costs time, never data
    return data


def _same(text: str, value: Any) -> bool:
    """Does ``value`` come back from its JSON as it is? (A YAML date, or a mapping with
    number keys, would not.)"""
    return bool(json.loads(text) == value)


def _dumps(digest: str, data: Any) -> str | None:
    """The cache's text for ``data`` (None if it cannot be kept as JSON exactly)."""
    if not isinstance(data, dict):
        return None
    lists = {k: v for k, v in data.items() if isinstance(v, list) and len(v) > BATCH}
    rest = {k: v for k, v in data.items() if k not in lists}
    lines = [""]
    counts: dict[str, int] = {}
    for key, items in lists.items():
        counts[key] = 0
        for first in range(0, len(items), BATCH):
            batch = items[first:first + BATCH]
            line = json.dumps(batch, ensure_ascii=False)
            if not _same(line, batch):
                return None
            lines.append(line)
            counts[key] += 1
    head = {"format": _FORMAT, "digest": digest, "order": list(data), "lists": counts,
            "data": rest}
    lines[0] = json.dumps(head, ensure_ascii=False)
    if not _same(lines[0], head):
        return None
    return "\n".join(lines) + "\n"


def _loads(text: str, digest: str) -> Any | None:
    """The data kept in a cache's ``text`` for the text hashed to ``digest``, else None."""
    first, _, body = text.partition("\n")
    head = json.loads(first)
    if not isinstance(head, dict) or head.get("format") != _FORMAT \
            or head.get("digest") != digest:
        return None
    rest, counts = head["data"], head["lists"]
    lines = body.split("\n")
    if lines[-1] != "" or len(lines) - 1 != sum(counts.values()):
        return None
    lists: dict[str, list[Any]] = {}
    at = 0
    for key, count in counts.items():
        items = lists[key] = []
        for line in lines[at:at + count]:
            items.extend(json.loads(line))
        at += count
    return {key: lists[key] if key in lists else rest[key] for key in head["order"]}
