"""A project's sources as its folder lists them, for the window's first paint.

Opening a project whole (``project_file.load_project``: the notes, excerpts
re-anchored, recovery copies, the lock, the outline) needs most of Briefer's
modules and is most of a start's time; the window's first paint needs only the
list of sources. ``first_look`` reads that list the quick way — the sources and
their metadata sidecars (``io.sources``), and for a project folder the
``sources`` entries of project.yaml (C YAML loader) — and gives a ``Project``
holding only them. The app shows it at once and opens the project
properly right after the paint, which replaces it. Anything unusual (a large
folder, an unreadable project.yaml, no sources) gives None: the window then
starts empty, as it did, and the proper open reports what is wrong.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from briefer.core.project import Project
from briefer.core.source import Source
from briefer.io.project_yaml import PROJECT_FILE, SOURCES_DIR
from briefer.io.sources import SourceError, load_folder, load_source
from briefer.io.yamlutil import YamlError, read_yaml

# A first look is for a small folder: past this many files (200 sources, a text and its
# sidecar each) a folder opens on a worker with progress (``lazy_sources.is_large``),
# and the window paints empty first.
MAX_FILES = 400


def first_look(path: Path) -> Project | None:
    """The sources of the project or folder at ``path`` (see module notes), or None."""
    if path.name == PROJECT_FILE and path.is_file():
        path = path.parent
    try:
        project = (path / PROJECT_FILE).is_file()
        if not _few(path / SOURCES_DIR if project else path):
            return None
        if project:
            sources = _project_sources(path)
        elif path.is_dir():
            sources = load_folder(path)[0]
        else:
            return None
    except (OSError, SourceError, YamlError, ValueError, TypeError, KeyError):
        return None
    if not sources:
        return None
    # a plain folder opens read-only, a project folder editable (as ``load_project`` has it)
    return Project(name=path.name, sources={s.id: s for s in sources}, path=str(path),
                   read_only=not project)


def _few(folder: Path) -> bool:
    """Whether ``folder`` holds at most ``MAX_FILES`` entries (counted no further)."""
    with os.scandir(folder) as entries:
        return sum(1 for _ in zip(entries, range(MAX_FILES + 1), strict=False)) <= MAX_FILES


def _project_sources(root: Path) -> list[Source]:
    data: Any = read_yaml(root / PROJECT_FILE)
    entries = data.get("sources") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return []
    sources = []
    for entry in entries:
        name = Path(str(entry["file"])).name  # never outside sources/
        source, _warnings = load_source(root / SOURCES_DIR / name)
        source.id = str(entry.get("id") or Path(name).stem)
        sources.append(source)
    return sources


def first_look_or_empty(path: Path | None) -> Project:
    """The first look at ``path`` (see ``first_look``), or an empty project: what the
    window's Sources pane shows until the project is opened whole."""
    glance = first_look(path) if path is not None else None
    return glance or Project(name="")
