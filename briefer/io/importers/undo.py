"""Undoing an import: the files it wrote on disk and the sources it changed in memory.

An import and the save of project.yaml that follows must succeed or fail
together; otherwise a failed save leaves text files that project.yaml does not
list, and every retry files the same document under a new id (art-2, art-3…).
``UndoJournal`` records, before each write, whether the file is new or keeps
a copy of what it held (a hard link, so large originals cost nothing);
``ProjectState`` remembers the project's sources and excerpts.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from briefer.core.project import Project

UNDO_PREFIX = "import-undo-"


class UndoJournal:
    """Files created, replaced or removed under a project folder, so they can be put back."""

    def __init__(self, root: Path, keep_in: Path) -> None:
        self.root = Path(root)
        self.keep_in = Path(keep_in)  # parent of the folder holding copies (made on demand)
        self._steps: list[tuple[str, Path, Path | None]] = []  # (kind, path, kept copy)
        self._seen: set[Path] = set()
        self._keep: Path | None = None

    def mark(self) -> int:
        """A point to undo back to (see ``undo``)."""
        return len(self._steps)

    def folder(self, folder: Path) -> None:
        """Make ``folder`` (and missing parents), remembering the ones that did not exist."""
        missing: list[Path] = []
        current = Path(folder)
        while not current.exists() and current != current.parent:
            missing.append(current)
            current = current.parent
        for path in reversed(missing):
            path.mkdir()
            self._steps.append(("dir", path, None))

    def before_write(self, path: Path) -> None:
        """Call before ``path`` is replaced or created (always by rename, never in place)."""
        path = Path(path)
        if path in self._seen:
            return
        if path.exists():
            self._steps.append(("kept", path, self._keep_copy(path)))
        else:
            self._steps.append(("new", path, None))
        self._seen.add(path)

    def remove(self, path: Path) -> None:
        """Remove ``path``, keeping its content for ``undo``."""
        path = Path(path)
        if not path.exists():
            return
        self.before_write(path)
        path.unlink()

    def _keep_copy(self, path: Path) -> Path:
        if self._keep is None:
            self.folder(self.keep_in)
            self._keep = Path(tempfile.mkdtemp(prefix=UNDO_PREFIX, dir=self.keep_in))
        copy = self._keep / str(len(self._steps))
        try:
            os.link(path, copy)
        except OSError:
            shutil.copy2(path, copy)
        return copy

    def undo(self, mark: int = 0) -> list[str]:
        """Put every file touched since ``mark`` back as it was; returns what could not be."""
        problems: list[str] = []
        while len(self._steps) > mark:
            kind, path, copy = self._steps.pop()
            self._seen.discard(path)
            try:
                if kind == "new":
                    path.unlink(missing_ok=True)
                elif kind == "kept" and copy is not None:
                    try:
                        os.replace(copy, path)
                    except OSError:
                        shutil.copy2(copy, path)
                        copy.unlink()
                elif kind == "dir":
                    if self._keep is not None and (path == self._keep.parent
                                                   or path in self._keep.parents):
                        shutil.rmtree(self._keep, ignore_errors=True)
                        self._keep = None
                    path.rmdir()
            except OSError as exc:
                problems.append(f"{path}: {exc.strerror or exc}")
        if not self._steps and self._keep is not None:
            shutil.rmtree(self._keep, ignore_errors=True)
            self._keep = None
        return problems

    def forget(self) -> None:
        """The changes stay: drop the copies kept for undoing them."""
        self._steps = [step for step in self._steps if step[0] == "dir"]
        self._seen.clear()
        if self._keep is not None:
            shutil.rmtree(self._keep, ignore_errors=True)
            self._keep = None
        # folders made only to hold the copies go too
        for _, path, _ in reversed(self._steps):
            if path == self.keep_in or self.keep_in in path.parents:
                with contextlib.suppress(OSError):
                    path.rmdir()
        self._steps.clear()


class ProjectState:
    """The sources and excerpts of a project, to restore after an undone import."""

    def __init__(self, project: Project) -> None:
        self.sources = dict(project.sources)
        self.fields: dict[str, dict[str, Any]] = {sid: dict(vars(s))
                                                   for sid, s in project.sources.items()}
        self.excerpts = dict(project.excerpts)
        self.excerpt_fields = {eid: dict(vars(e)) for eid, e in project.excerpts.items()}
        self.dirty_meta = set(project.dirty_meta)

    def restore(self, project: Project) -> None:
        project.sources.clear()
        project.sources.update(self.sources)
        for sid, source in self.sources.items():
            vars(source).update(self.fields[sid])
        project.excerpts.clear()
        project.excerpts.update(self.excerpts)
        for eid, excerpt in self.excerpts.items():
            vars(excerpt).update(self.excerpt_fields[eid])
        project.dirty_meta.clear()
        project.dirty_meta.update(self.dirty_meta)
