"""Opening a large project's sources from their metadata, their texts read when first used.

Reading and checking 100,000 texts took most of the 16 s a project of that
size needed to open, and held 1.7 GB. What the open needs from a text is
little: its encoding (and the warning when it is not UTF-8), how many control
characters were dropped, whether it looks like a survey when its metadata does
not say, and its opening words (the title of an untitled article). Those
*facts* are kept in ``.briefer/texts.json`` by file name, with the file's size
and modification time: while both are unchanged the file is not read at all
(nor hashed); a file that changed, or was never seen, is read once to learn
them, and its text let go again. ``Source.text`` reads the text on first use.

Surveys (few, and parsed at every open for the outline) and Markdown files
(front matter adds metadata) are read as before.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from briefer.core.messages import Message
from briefer.core.source import Source, SourceKind, SourceMeta, opening_words
from briefer.io.project_yaml import PROJECT_FILE, SOURCES_DIR
from briefer.io.sources import (
    SidecarCache,
    _guessed_encoding,
    _removed_warning,
    declared_kind,
    detect_kind,
    load_source,
    read_sidecar,
    read_text_file_counted,
)

Stamp = tuple[int, int]  # (modification time in ns, size)

# Below this many sources a project is read whole, as it always was: it takes
# no time, and the texts in memory are what the user sees even if a file changes.
LAZY_MIN_SOURCES = SidecarCache.MIN_FILES


class TextFacts(SidecarCache):
    """What reading each text told, by file name, while its size and mtime are unchanged
    (stored like the sidecar cache: ``[mtime_ns, size, facts]``)."""

    VERSION = 1

    def known(self, name: str, stamp: Stamp) -> dict[str, Any] | None:
        self.seen.add(name)
        entry = self.entries.get(name)
        if isinstance(entry, list) and len(entry) == 3 and entry[0] == stamp[0] \
                and entry[1] == stamp[1] and isinstance(entry[2], dict):
            return entry[2]
        return None

    def record(self, name: str, stamp: Stamp, facts: dict[str, Any]) -> None:
        self.seen.add(name)
        self.entries[name] = [stamp[0], stamp[1], facts]
        self.changed = True


def file_stamp(path: Path) -> Stamp:
    stat = os.stat(path)
    return stat.st_mtime_ns, stat.st_size


def read_text_later(path: str) -> str:
    """The loader of a lazy source: its file's text, read as at open (module-level, so a
    source can be copied and pickled)."""
    return read_text_file_counted(Path(path))[0]


def _facts_of(text: str, used: str, removed: int, declared: SourceKind | None
              ) -> dict[str, Any]:
    """What an open needs of a text; whether it looks like a survey only when the
    metadata does not say (the test is the costly part; None: not made)."""
    survey = None if declared is not None else \
        detect_kind(text, SourceMeta()) is SourceKind.SURVEY
    return {"encoding": used, "removed": removed, "survey": survey,
            "opening": opening_words(text)}


def open_source(path: Path, facts: TextFacts, sidecars: SidecarCache | None
                ) -> tuple[Source, list[Message]]:
    """The source at ``path`` with its text read later when ``facts`` vouch for the file,
    plus the warnings a full read would give (the same ones, from the facts)."""
    if path.suffix.lower() != ".txt":
        return load_source(path, sidecars=sidecars)
    meta = read_sidecar(path, sidecars)
    declared = declared_kind(meta)
    stamp = file_stamp(path)
    known = facts.known(path.name, stamp)
    text: str | None = None
    if known is None or (declared is None and known.get("survey") is None):
        text, used, _warnings, removed = read_text_file_counted(path)
        known = _facts_of(text, used, removed, declared)
        facts.record(path.name, stamp, known)
    kind = declared or (SourceKind.SURVEY if known["survey"] else SourceKind.ARTICLE)
    used, removed = str(known["encoding"]), int(known["removed"])
    warnings = []
    if used in ("cp1252", "latin-1"):
        warnings.append(_guessed_encoding(path.name, used))
    if removed:
        warnings.append(_removed_warning(path.name, removed))
    if kind is SourceKind.SURVEY and text is None:  # parsed for the outline at every open
        text = read_text_later(str(path))
    if kind is not SourceKind.SURVEY:
        text = None  # let go: read again when needed, so memory stays bounded
    source = Source(id=path.stem, text=text, meta=meta, kind=kind, filename=path.name,
                    encoding=used, removed_chars=removed,
                    loader=functools.partial(read_text_later, str(path)),
                    opening=str(known.get("opening") or ""))
    source.file_stamp = stamp
    return source, warnings


@contextlib.contextmanager
def no_collections() -> Iterator[None]:
    """Loading makes objects that all live on, no garbage: the collections that their
    number sets off would walk them again and again (a third of a second each, at
    100,000 sources, holding every thread — the window's too — while they run)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_count()[0] > _FREEZE_FROM:
            # the first collection would walk them all (0.4 s at 100,000 sources);
            # kept out of collections instead, as ``settle_memory`` does in the app
            gc.freeze()
        if enabled:
            gc.enable()


_FREEZE_FROM = 20_000  # objects left by one load (about 2,000 sources)


def is_large(path: Path) -> bool:
    """Whether opening ``path`` is worth a worker thread and a progress dialog: a project
    or folder of at least ``LAZY_MIN_SOURCES`` sources (one listing, stopped early)."""
    path = Path(path)
    if path.is_file() and path.name == PROJECT_FILE:
        path = path.parent
    folder = path / SOURCES_DIR if (path / PROJECT_FILE).exists() else path
    try:
        with os.scandir(folder) as entries:
            for count, _entry in enumerate(entries, 1):
                if count >= 2 * LAZY_MIN_SOURCES:  # a text and its sidecar each
                    return True
    except OSError:
        return False
    return False
