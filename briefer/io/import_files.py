"""Which files an import reads, and reading one of them where a refusal can travel.

Its own module, light to load (the readers' registry, no project machinery), because
two places need the same answers: the import itself (``importing``), and the
process that reads a command-line import's files while the importer is still loading
(``early_reading``), which must pick the very same files in the very same order.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from briefer.core.messages import Message
from briefer.io.importers import ImportRefused, extract, is_importable

# Formats worth reading in another process: parsing them takes milliseconds to seconds
# per file; a text file is read faster than its result could be handed over.
HEAVY_SUFFIXES = (".pdf", ".docx", ".html", ".htm", ".xhtml")
# Less than this to read (in bytes of such files) takes a few seconds at most on one
# core: starting a pool of workers (~0.3 s or more, each importing the readers) and
# sharing two busy cores with other programs gained nothing measurable on such imports
MIN_BYTES = 16_000_000


def collect_files(paths: Iterable[Path], project_dir: Path | None = None
                  ) -> tuple[list[Path], list[tuple[str, Message]]]:
    """Files to import (folders walked in name order) and the paths refused outright.

    Inside folders, hidden files, Word lock files (``~$…``) and CSL sidecars
    (``<stem>.yaml`` beside a source) are skipped; files named explicitly never are.
    """
    files: list[Path] = []
    refused: list[tuple[str, Message]] = []
    seen: set[Path] = set()
    inside = project_dir.resolve() if project_dir else None

    def add(path: Path) -> None:
        real = path.resolve()
        if real in seen:
            return
        seen.add(real)
        if inside is not None and (real == inside or inside in real.parents):
            refused.append((str(path), Message("{file}: is already inside the project folder",
                                               file=path.name)))
            return
        files.append(path)

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for folder, dirs, names in os.walk(path):
                dirs[:] = sorted((d for d in dirs if not d.startswith(".")), key=_name_order)
                stems = {Path(n).stem for n in names if is_importable(Path(n))}
                for name in sorted(names, key=_name_order):
                    suffix = Path(name).suffix.lower()
                    if name.startswith((".", "~$")):
                        continue
                    if suffix in (".yaml", ".yml") and Path(name).stem in stems:
                        continue
                    add(Path(folder) / name)
        elif path.exists():
            add(path)
        else:
            refused.append((str(path), Message("{file}: no such file or folder",
                                               file=path.name)))
    return files, refused


def _name_order(name: str) -> tuple[str, str]:
    """Sort as a file manager does: case-insensitively, ties broken by the exact name."""
    return name.casefold(), name


def is_heavy(path: Path) -> bool:
    """Whether reading ``path`` is worth handing to another process."""
    return path.suffix.lower() in HEAVY_SUFFIXES


def total_size(paths: Iterable[Path]) -> int:
    """The bytes of ``paths`` (a file gone since is counted as empty: the import says so
    in its turn)."""
    total = 0
    for path in paths:
        with contextlib.suppress(OSError):
            total += path.stat().st_size
    return total


def read_result(path: Path, encoding: str | None) -> tuple[str, Any]:
    """``extract`` as a value that can be sent between processes: ("ok", Extracted),
    ("refused", Message) or ("retry", None) for any other failure, which the importing
    process then meets again by reading the file itself, and reports as it always did."""
    try:
        return "ok", extract(path, encoding=encoding)
    except ImportRefused as exc:
        return "refused", exc.message
    except Exception:
        return "retry", None
