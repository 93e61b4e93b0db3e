"""The files of a removed source: set aside by the save, brought back if it is listed again.

Removing a source is undoable, and an undo may come after a save. Deleting
the source's text, sidecar and original at that save would leave the undone
removal listing a source whose files are gone (its original .docx or .pdf
cannot be made again). So a save moves the files of each source that
project.yaml listed before and no longer lists into ``.briefer/removed/``
(``sources/`` and ``originals/`` beneath it), and moves back the files of any
source it lists whose file is missing but set aside there. Both moves are
recorded in the save's journal, so a failed save puts them back too. What is
set aside stays there (the project's own wastebasket) until someone empties it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from briefer.io.journal import Journal
from briefer.io.project_yaml import CACHE_DIR, ORIGINALS_DIR, SOURCES_DIR

REMOVED_DIR = "removed"


def removed_root(root: Path) -> Path:
    return Path(root) / CACHE_DIR / REMOVED_DIR


def _files(entry: dict[str, Any]) -> list[tuple[str, str]]:
    """(folder, name) of a listed source's files: its text, its sidecar, its original."""
    name = str(entry.get("file") or "")
    if not name or "/" in name or "\\" in name or name.startswith("."):
        return []
    files = [(SOURCES_DIR, name), (SOURCES_DIR, Path(name).stem + ".yaml")]
    original = str(entry.get("original") or "")
    if original and "/" not in original and "\\" not in original \
            and not original.startswith("."):
        files.append((ORIGINALS_DIR, original))
    return files


def _entries(data: Any) -> dict[str, dict[str, Any]]:
    listed = data.get("sources") if isinstance(data, dict) else None
    return {str(e.get("id") or Path(str(e.get("file", ""))).stem): e
            for e in listed or [] if isinstance(e, dict)}


def _move(journal: Journal, source: Path, dest: Path) -> None:
    """Move a file, journalled: the copy is recorded as new, the original as removed."""
    journal.folder(dest.parent)
    journal.before_write(dest)
    try:
        os.link(source, dest)
    except OSError:  # already there (set aside before), or no hard links here
        shutil.copy2(source, dest)
    journal.remove(source)


def set_aside(root: Path, before: Any, after: Any, journal: Journal) -> None:
    """Move aside the files of the sources ``before`` lists and ``after`` does not, and
    bring back those ``after`` lists that were set aside (``before``/``after``: the
    project.yaml data of the last save and of this one)."""
    root = Path(root)
    aside = removed_root(root)
    was, now = _entries(before), _entries(after)
    for sid, entry in was.items():
        if sid in now:
            continue
        for folder, name in _files(entry):
            path = root / folder / name
            if path.is_file():
                _move(journal, path, aside / folder / name)
    kept_names = _names_in(aside)  # one listing, not a look at every listed source's file
    for entry in now.values():
        files = _files(entry)
        if not any(name in kept_names for _, name in files) \
                or (root / files[0][0] / files[0][1]).exists():
            continue
        for folder, name in files:
            kept = aside / folder / name
            if kept.is_file() and not (root / folder / name).exists():
                _move(journal, kept, root / folder / name)


def _names_in(aside: Path) -> set[str]:
    names: set[str] = set()
    for folder in (SOURCES_DIR, ORIGINALS_DIR):
        try:
            names.update(os.listdir(aside / folder))
        except OSError:
            continue
    return names


def set_aside_names(root: Path) -> set[str]:
    """The stems of files set aside: ids an import must not take, or an undone removal
    would bring back a source under an id that is now another's."""
    names: set[str] = set()
    for folder in (SOURCES_DIR, ORIGINALS_DIR):
        try:
            names.update(n.split(".", 1)[0] for n in os.listdir(removed_root(root) / folder))
        except OSError:
            continue
    return names
