"""Projects for tests: the bundled sample as the app loads it, and plain snapshots of a
project to compare before and after an edit."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from briefer.core.project import Project


def seeds_project():
    """The bundled sample, loaded as the app loads it."""
    from briefer.bundled import seeds_dir
    from briefer.io.project_file import load_project

    return load_project(seeds_dir())


def state(project: Project) -> dict[str, Any]:
    """Everything an edit may touch, as plain values (note, outline, excerpts, metadata)."""
    return copy.deepcopy({
        "note": project.note.to_dict(),
        "notes": {k: (n.name, n.to_dict()) for k, n in project.notes.items()},
        "outline": project.outline.to_dict(),
        "excerpts": {k: e.to_dict() for k, e in project.excerpts.items()},
        "meta": {k: vars(s.meta) for k, s in project.sources.items()},
    })


def large_project(folder: Path, texts: dict[str, str] | None = None, extra: int = 10) -> Path:
    """A saved project just large enough to open lazily (``LAZY_MIN_SOURCES`` + ``extra``
    articles "a0000"… "Article N opens here."), some texts given by id; its folder."""
    from briefer.core.source import Source, SourceMeta
    from briefer.io.lazy_sources import LAZY_MIN_SOURCES
    from briefer.io.project_file import save_project

    texts = texts or {}
    sources = {}
    for i in range(LAZY_MIN_SOURCES + extra):
        sid = f"a{i:04d}"
        sources[sid] = Source(sid, texts.get(sid, f"Article {i} opens here.\n"),
                              SourceMeta(type="article-newspaper", title=f"Title {i}"),
                              filename=f"{sid}.txt")
    save_project(Project(name=folder.name, sources=sources), folder)
    return folder
