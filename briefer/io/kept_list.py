"""The Sources list as the window last showed it, kept for the next start's first paint.

Reading a project's sources (their metadata sidecars and project.yaml, in YAML)
needs PyYAML and the core's classes (sources, dates, the project with its notes
and excerpts): 30 ms of imports before the window could paint, in a start the
issue wants within 1.5x of a bare window (120 ms). So once a project is open,
the app keeps what its Sources list shows — each row's four cells as shown, in
the user's language — with a stamp of the files they came from (name, size and
time of change of project.yaml and of each file in ``sources/``, or of each file
of a plain folder). At the next start, if the stamp is the same, the window
paints those rows at once (``gui.first_list``) and opens the project properly
right after the paint, which replaces them. Any change to the files, another
language, a large folder or a missing cache: nothing kept, and the window reads
the sources before its first paint (``first_look``), as it did before.

Only the standard library's quick modules here: this is read before the paint.
The file is in ``marshal``'s format, built into Python: the ``json`` module
took 1.4 ms to import, and the file is a cache (a format Python no longer
reads, a damaged file: nothing kept).
"""

from __future__ import annotations

import marshal
import os
from pathlib import Path
from typing import Any, NamedTuple

from briefer.bundled import user_cache_dir

CACHE_NAME = "first-list.marshal"
KEEP = 8  # projects remembered (the most recent ones)
MAX_FILES = 400  # as ``first_look``: a larger folder opens on a worker, with progress
_FORMAT = 3
_PROJECT_FILE, _SOURCES_DIR = "project.yaml", "sources"  # as ``io.project_yaml``


class KeptList(NamedTuple):
    """What the Sources list showed: one (title, outlet, date, type) a row, which rows
    lack citation metadata, the widths of the last three columns, and the warning mark
    drawn on those rows (a PNG, in hex; the style's own mark would cost the first
    paint 4 ms of making Qt's style classes)."""

    folder: str
    name: str
    read_only: bool
    rows: list[tuple[str, str, str, str]]
    incomplete: list[bool]
    widths: list[int]
    mark: bytes = b""
    mark_ratio: float = 1.0  # the mark's device pixel ratio


def folder_of(path: Path) -> Path:
    """The project folder ``path`` names (a project.yaml names its folder)."""
    return path.parent if path.name == _PROJECT_FILE else path


def stamp(folder: Path) -> list[list[Any]] | None:
    """The files the list comes from, each as [name, size, time of change]; None for
    a folder too large or unreadable."""
    try:
        found: list[list[Any]] = []
        project = folder / _PROJECT_FILE
        if project.is_file():
            info = project.stat()
            found.append([_PROJECT_FILE, info.st_size, info.st_mtime_ns])
            scanned = folder / _SOURCES_DIR
        else:
            scanned = folder
        files = 0
        with os.scandir(scanned) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue  # caches (.briefer/), the editor's and the system's files
                files += 1
                if files > MAX_FILES:
                    return None
                info = entry.stat()
                found.append([entry.name, info.st_size, info.st_mtime_ns])
    except OSError:
        return None
    return sorted(found)


def cache_file() -> Path:
    return user_cache_dir() / CACHE_NAME


def kept(path: Path, language: str) -> KeptList | None:
    """The list kept for the project at ``path`` in ``language``, if its files are as
    they were then; else None."""
    folder = folder_of(path)
    try:
        entries = marshal.loads(cache_file().read_bytes())
        key = [str(folder.resolve()), language]
        entry = next(e for e in entries["lists"] if e["key"] == key) \
            if entries.get("format") == _FORMAT else None
        if entry is None or entry["stamp"] != stamp(folder):
            return None
        return KeptList(key[0], str(entry["name"]), bool(entry["read_only"]),
                        [tuple(map(str, row)) for row in entry["rows"]],  # type: ignore[misc]
                        [bool(x) for x in entry["incomplete"]],
                        [int(w) for w in entry["widths"]], bytes(entry["mark"]),
                        float(entry["mark_ratio"]))
    except (OSError, ValueError, EOFError, KeyError, TypeError, AttributeError, StopIteration):
        return None


def any_mark() -> tuple[bytes, float]:
    """The warning mark kept with any project's list (its PNG, its device pixel ratio),
    for a list read from the files at a project's first start: made from the style,
    it costs the first paint 4 ms (b"" if none is kept)."""
    try:
        entries = marshal.loads(cache_file().read_bytes())
        if entries.get("format") == _FORMAT:
            for entry in entries["lists"]:
                if entry["mark"]:
                    return bytes(entry["mark"]), float(entry["mark_ratio"])
    except (OSError, ValueError, EOFError, KeyError, TypeError, AttributeError):
        pass
    return b"", 1.0


def keep(path: Path, language: str, name: str, read_only: bool,
         rows: list[tuple[str, str, str, str]], incomplete: list[bool],
         widths: list[int], mark: bytes = b"", mark_ratio: float = 1.0) -> bool:
    """Keep the list shown for the project at ``path``; False if it cannot be kept (a
    large folder, no cache folder). A cache: losing it costs a moment, never data."""
    folder = folder_of(path)
    found = stamp(folder)
    if found is None or len(rows) != len(incomplete) or not rows:
        return False
    key = [str(folder.resolve()), language]
    entry = {"key": key, "stamp": found, "name": name, "read_only": read_only,
             "rows": [list(row) for row in rows], "incomplete": incomplete,
             "widths": widths, "mark": mark, "mark_ratio": mark_ratio}
    target = cache_file()
    try:
        others = marshal.loads(target.read_bytes())["lists"]
        others = [e for e in others if isinstance(e, dict) and e.get("key") != key]
    except (OSError, ValueError, EOFError, KeyError, TypeError, AttributeError):
        others = []
    data = marshal.dumps({"format": _FORMAT, "lists": [entry, *others][:KEEP]})
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, target)  # a reader sees the old file or the new, whole
    except OSError:
        return False
    return True
