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


def hold_after_first_batch(monkeypatch, read: int, name: str | None = None):
    """The window's loader of a project (of the folder ``name``, or any) holds after
    handing its first ``read`` sources to the search, until the event returned is set:
    a project of 100,000 articles is half read like this for seconds."""
    import threading

    import briefer.gui.opening_progress as opening
    from briefer.io import project_file

    monkeypatch.setattr(project_file, "READ_BATCH", read)
    gate = threading.Event()
    real = opening.load_stamped

    def slow(path: Path, on_read=None, **kwargs):  # type: ignore[no-untyped-def]
        def hold(sources, total) -> None:  # type: ignore[no-untyped-def]
            on_read(sources, total)
            gate.wait(20)
        held = on_read is not None and (name is None or path.name == name)
        return real(path, on_read=hold if held else on_read, **kwargs)

    monkeypatch.setattr(opening, "load_stamped", slow)
    return gate
