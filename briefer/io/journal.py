"""A write-ahead journal for changes that touch several files of a project.

An import writes texts, sidecars and originals, then project.yaml; a save
writes sidecars, then project.yaml. A crash (or a full disk) in the middle
must not leave files that project.yaml does not list, nor metadata from one
save beside a note from another. Before each file is created, replaced or
removed, ``Journal`` records on disk what the file was (a hard link to its
old content, so large files cost nothing) in
``.briefer/journal-<host>-<pid>-<n>/steps.jsonl``, flushed to the disk
first. If the change completes, ``forget`` deletes the journal: that is the
commit point. If it fails, ``undo`` puts every file back. If the process
dies, the next open finds the journal and ``recover`` puts every file back.

A journal belongs to a running process; ``recover`` leaves alone the
journals of processes still alive on this machine, and those of other
machines until they are ``STALE_SECONDS`` old.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import time
from pathlib import Path
from typing import Any

from briefer.core.messages import Message
from briefer.core.project import Project

JOURNAL_PREFIX = "journal-"
STALE_SECONDS = 600
_counter = [0]


def _host() -> str:
    return socket.gethostname().replace("/", "_").replace("-", "_") or "host"


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync(fd: int) -> None:
    with contextlib.suppress(OSError):
        os.fsync(fd)


class Journal:
    """Files created, replaced or removed under a project folder, recorded before each change."""

    def __init__(self, root: Path, cache_dir: str = ".briefer") -> None:
        self.root = Path(root)
        self.cache = self.root / cache_dir
        self._dir: Path | None = None
        self._steps: list[tuple[str, Path, Path | None]] = []
        self._seen: set[Path] = set()

    # -- recording ------------------------------------------------------------------
    def _open(self) -> Path:
        if self._dir is None:
            self.cache.mkdir(parents=True, exist_ok=True)
            _counter[0] += 1
            name = f"{JOURNAL_PREFIX}{_host()}-{os.getpid()}-{_counter[0]}-{time.time_ns()}"
            self._dir = self.cache / name
            self._dir.mkdir()
        return self._dir

    def _record(self, kind: str, path: Path, copy: Path | None) -> None:
        self._record_all([(kind, path, copy)])

    def _record_all(self, steps: list[tuple[str, Path, Path | None]]) -> None:
        """Append ``steps`` to the journal on disk, flushed once for all of them."""
        if not steps:
            return
        folder = self._open()
        lines = "".join(json.dumps({"kind": kind, "path": os.path.relpath(path, self.root),
                                    "copy": copy.name if copy is not None else None}) + "\n"
                        for kind, path, copy in steps)
        fd = os.open(folder / "steps.jsonl", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o666)
        try:
            os.write(fd, lines.encode("utf-8"))
            _fsync(fd)
        finally:
            os.close(fd)
        self._steps.extend(steps)

    def mark(self) -> int:
        """A point to undo back to (see ``undo``)."""
        return len(self._steps)

    def folder(self, folder: Path) -> None:
        """Make ``folder`` (and missing parents), recording the ones that did not exist."""
        missing: list[Path] = []
        current = Path(folder)
        while not current.exists() and current != current.parent:
            missing.append(current)
            current = current.parent
        for path in reversed(missing):
            self._record("dir", path, None)
            path.mkdir()

    def before_write(self, path: Path) -> None:
        """Call before ``path`` is replaced or created (always by rename, never in place)."""
        self.before_writes([path])

    def before_writes(self, paths: list[Path]) -> None:
        """``before_write`` for files changed together, recorded with one flush to the
        disk (an import writes three files a source: one flush each was most of the
        time a short document took to import on a busy disk)."""
        steps: list[tuple[str, Path, Path | None]] = []
        for path in map(Path, paths):
            if path in self._seen or any(step[1] == path for step in steps):
                continue
            if path.exists():
                folder = self._open()
                copy = folder / f"{len(self._steps) + len(steps)}.keep"
                try:
                    os.link(path, copy)
                except OSError:
                    shutil.copy2(path, copy)
                steps.append(("kept", path, copy))
            else:
                steps.append(("new", path, None))
        self._record_all(steps)
        self._seen.update(step[1] for step in steps)  # recorded: not again

    def remove(self, path: Path) -> None:
        """Remove ``path``, keeping its content for ``undo``."""
        path = Path(path)
        if path.exists():
            self.before_write(path)
            path.unlink()

    # -- ending ---------------------------------------------------------------------
    def undo(self, mark: int = 0) -> list[str]:
        """Put every file touched since ``mark`` back as it was; returns what could not be."""
        problems: list[str] = []
        while len(self._steps) > mark:
            kind, path, copy = self._steps.pop()
            self._seen.discard(path)
            problem = _undo_step(kind, path, copy)
            if problem:
                problems.append(problem)
        if not self._steps:
            self._close()
        return problems

    def forget(self) -> None:
        """The change is complete (the commit point): drop the journal and its copies."""
        self._steps.clear()
        self._seen.clear()
        self._close()

    def _close(self) -> None:
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None


def _undo_step(kind: str, path: Path, copy: Path | None) -> str:
    try:
        if kind == "new":
            path.unlink(missing_ok=True)
        elif kind == "kept" and copy is not None:
            if copy.exists():
                try:
                    os.replace(copy, path)
                except OSError:
                    shutil.copy2(copy, path)
        elif kind == "dir":
            with contextlib.suppress(FileNotFoundError):
                path.rmdir()
    except OSError as exc:
        return f"{path}: {exc.strerror or exc}"
    return ""


def _owner_alive(folder: Path) -> bool:
    """Is the process that owns this journal still running (as far as can be told)?"""
    parts = folder.name[len(JOURNAL_PREFIX):].split("-")
    try:
        host, pid = parts[0], int(parts[1])
    except (IndexError, ValueError):
        return False
    if host == _host():
        return pid_alive(pid) and pid != os.getpid()
    try:
        return time.time() - folder.stat().st_mtime < STALE_SECONDS
    except OSError:
        return False


def recover(root: Path, cache_dir: str = ".briefer") -> list[Message]:
    """Undo every change a dead process left half done under ``root``; returns what was
    undone, in words. Paths a journal names outside ``root`` are never touched."""
    cache = Path(root) / cache_dir
    if not cache.is_dir():
        return []
    done: list[Message] = []
    base = Path(root).resolve()
    for folder in sorted(cache.glob(f"{JOURNAL_PREFIX}*")):
        if not folder.is_dir() or _owner_alive(folder):
            continue
        steps: list[dict[str, Any]] = []
        try:
            for line in (folder / "steps.jsonl").read_text(encoding="utf-8").splitlines():
                with contextlib.suppress(ValueError):
                    steps.append(json.loads(line))
        except OSError:
            pass
        for step in reversed(steps):
            path = (Path(root) / str(step.get("path", ""))).resolve()
            if base not in path.parents:
                continue  # a journal never names files outside the project
            copy = folder / str(step["copy"]) if step.get("copy") else None
            _undo_step(str(step.get("kind")), path, copy)
        shutil.rmtree(folder, ignore_errors=True)
        if steps:
            done.append(Message("An interrupted change of {count} file{count:?|s} was undone",
                                count=len(steps)))
    return done


def remove_stale(folder: Path, prefix: str) -> None:
    """Remove ``<prefix><pid>-…`` files and folders in ``folder`` left by dead processes
    of this machine (a temporary export, a half-built project)."""
    try:
        entries = [p for p in Path(folder).iterdir() if p.name.startswith(prefix)]
    except OSError:
        return
    for entry in entries:
        head = entry.name[len(prefix):].split("-", 1)[0]
        if not head.isdigit() or pid_alive(int(head)):
            continue
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                entry.unlink()


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
