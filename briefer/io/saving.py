"""Saving a project so that nothing is lost: not by a crash, not by another writer.

* One writer at a time: the project's write lock (``locks.writing``).
* One commit point: sidecars and project.yaml are written under a journal
  (``journal.Journal``); a crash before it is forgotten is undone at the next
  open, so the note and the metadata on disk always come from one save.
* Nothing someone else saved is overwritten silently: if project.yaml changed
  on disk since this project was read, the three versions are merged
  (``merge.merge``); parts both sides changed are a ``SaveConflict`` —
  nothing is written until the user chooses, per part, whose version stays.
  A sidecar is merged field by field the same way.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefer.core.messages import Listing, Message, UserError
from briefer.core.project import Project
from briefer.core.source import SourceMeta
from briefer.io.atomic import ProjectError, _cannot_write, write_atomic
from briefer.io.journal import Journal
from briefer.io.locks import LockBusy, writing
from briefer.io.merge import Conflict, merge
from briefer.io.removed_files import set_aside
from briefer.io.project_yaml import (
    PROJECT_FILE,
    SOURCES_DIR,
    digest,
    parse_project_yaml,
    dump_project_data,
    project_data_later,
    project_to_dict,
    project_yaml_header,
)
from briefer.io.sources import sidecar_path
from briefer.io.sync import adopt
from briefer.io.yamlutil import YamlError, dump_yaml, parse_yaml


class SaveConflict(UserError):
    """Someone else saved parts this project also changed; nothing was written."""

    def __init__(self, conflicts: list[Conflict]) -> None:
        self.conflicts = conflicts
        listed = Listing((c.label for c in conflicts[:3]), sep="; ")
        if len(conflicts) > 3:
            super().__init__("Someone else saved this project since you opened it, and "
                             "changed what you changed too: {parts} and {more} more. Nothing "
                             "was saved; choose whose version to keep.", parts=listed,
                             more=len(conflicts) - 3)
        else:
            super().__init__("Someone else saved this project since you opened it, and "
                             "changed what you changed too: {parts}. Nothing was saved; "
                             "choose whose version to keep.", parts=listed)


@dataclass
class SaveReport:
    merged: bool = False  # changes saved by someone else were merged in
    taken_in: list[Message] = field(default_factory=list)  # what came from the other side


def save_in_place(project: Project, target: Path, choices: Mapping[str, str] | None,
                  journal: Journal | None = None) -> SaveReport:
    """Write the project's sidecars and project.yaml into its own folder (see notes)."""
    report = SaveReport()
    with _locked(target):
        file = target / PROJECT_FILE
        current = _read_current(file)
        data = project_to_dict(project)
        conflicts: list[Conflict] = []
        if current is not None and project.base_digest and digest(current) != project.base_digest:
            try:
                theirs = parse_project_yaml(current.decode("utf-8-sig"), str(file))
            except (YamlError, UnicodeDecodeError):
                theirs = None  # unreadable now: it is replaced, and kept as project.yaml.bak
            if isinstance(theirs, dict):
                result = merge(project.base or {}, data, theirs, choices)
                conflicts += result.conflicts
                report.merged = result.data != data
                data = result.data
        metas: dict[str, dict[str, Any]] = {}
        for sid in sorted(project.dirty_meta):
            source = project.sources.get(sid)
            if source is None:
                continue
            side = sidecar_path(target / SOURCES_DIR / (source.filename or f"{sid}.txt"))
            metas[sid] = _merged_meta(project, sid, side, choices, conflicts)
        if conflicts:
            raise SaveConflict(conflicts)
        sides = {sid: sidecar_path(target / SOURCES_DIR / (project.sources[sid].filename
                                                           or f"{sid}.txt")) for sid in metas}
        text = _write(target, project.base, data, {sid: (sides[sid], csl)
                                                     for sid, csl in metas.items()}, journal)
    project.base, project.base_digest = data, digest(text)
    for sid, csl in metas.items():
        project.base_meta[sid] = csl
    project.base_time = time.time()
    if report.merged:
        report.taken_in = adopt(project, data, target)
    return report


@contextmanager
def _locked(target: Path) -> Iterator[None]:
    try:
        lock = writing(target)
        lock.__enter__()
    except LockBusy as exc:
        raise ProjectError(exc.message) from exc
    try:
        yield
    finally:
        lock.__exit__(None, None, None)


def _read_current(file: Path) -> bytes | None:
    try:
        return file.read_bytes() if file.exists() else None
    except OSError as exc:
        raise ProjectError("{file}: cannot be read ({reason})", file=file,
                           reason=exc.strerror or str(exc)) from exc


def _write(target: Path, base: Any, data: dict[str, Any],
           metas: Mapping[str, tuple[Path, dict[str, Any]]], journal: Journal | None) -> bytes:
    """Write the sidecars and project.yaml under a journal (one commit point); the bytes
    of project.yaml written. The caller holds the write lock."""
    own = journal is None
    journal = journal or Journal(target)
    file = target / PROJECT_FILE
    text = (project_yaml_header() + dump_project_data(data)).encode("utf-8")
    try:
        set_aside(target, base, data, journal)  # a removed source's files
        for side, csl in metas.values():
            journal.before_write(side)
            write_atomic(side, dump_yaml(csl).encode("utf-8"))
        journal.before_write(file)
        journal.before_write(file.with_name(PROJECT_FILE + ".bak"))
        write_atomic(file, text, backup=True)
    except (ProjectError, OSError) as exc:
        if own:
            journal.undo()
        if isinstance(exc, OSError):
            raise ProjectError(_cannot_write(file, exc)) from exc
        raise
    if own:
        journal.forget()  # the commit point
    return text


@dataclass
class SaveJob:
    """A save in place as the project stood when it was asked for, to be written off the
    window's thread (``write_job``) while the user goes on working: what it writes is
    its own copy. Someone else's save since the project was read makes it step back
    (``write_job`` returns False, nothing written): merging is ``save_in_place``'s."""

    target: Path
    base: Any
    base_digest: str
    make_data: Callable[[], dict[str, Any]]  # project.yaml's data, made on the worker
    metas: dict[str, tuple[Path, dict[str, Any], dict[str, Any] | None]]  # sidecar, mine, base
    text: bytes = b""  # project.yaml as written
    _data: dict[str, Any] | None = None

    @property
    def data(self) -> dict[str, Any]:
        if self._data is None:
            self._data = self.make_data()
        return self._data


def prepare_job(project: Project, target: Path) -> SaveJob:
    """The save of ``project`` into its folder ``target``, taken now (quick: no I/O)."""
    metas = {}
    for sid in sorted(project.dirty_meta):
        source = project.sources.get(sid)
        if source is not None:
            side = sidecar_path(target / SOURCES_DIR / (source.filename or f"{sid}.txt"))
            metas[sid] = (side, copy.deepcopy(source.meta.to_csl(sid)),
                          project.base_meta.get(sid))
    return SaveJob(target, project.base, project.base_digest, project_data_later(project),
                   metas)


def write_job(job: SaveJob, journal: Journal | None = None) -> bool:
    """Write a prepared save; False (nothing written) when someone else saved project.yaml
    or one of these sidecars since: then ``save_in_place`` merges. Safe on any thread."""
    with _locked(job.target):
        current = _read_current(job.target / PROJECT_FILE)
        if current is not None and job.base_digest and digest(current) != job.base_digest:
            return False
        for sid, (side, _mine, base) in job.metas.items():
            if base is None:
                continue
            try:
                theirs = parse_yaml(side.read_text(encoding="utf-8-sig"), str(side)) \
                    if side.exists() else None
            except (YamlError, OSError, UnicodeDecodeError):
                theirs = None
            if isinstance(theirs, dict) and SourceMeta.from_csl(theirs).to_csl(sid) != base:
                return False
        job.text = _write(job.target, job.base, job.data,
                          {sid: (side, mine) for sid, (side, mine, _) in job.metas.items()},
                          journal)
    return True


def finish_job(project: Project, job: SaveJob) -> None:
    """After ``write_job``: the project's record of what is on disk, and its sidecars
    saved — those not changed again meanwhile — no longer to write."""
    project.base, project.base_digest = job.data, digest(job.text)
    for sid, (_side, mine, _base) in job.metas.items():
        project.base_meta[sid] = mine
        source = project.sources.get(sid)
        if source is not None and source.meta.to_csl(sid) == mine:
            project.dirty_meta.discard(sid)
    project.base_time = time.time()


def _merged_meta(project: Project, sid: str, side: Path, choices: Mapping[str, str] | None,
                 conflicts: list[Conflict]) -> dict[str, Any]:
    """This source's metadata to write: mine, merged with a sidecar changed since."""
    mine = project.sources[sid].meta.to_csl(sid)
    base = project.base_meta.get(sid)
    try:
        theirs = parse_yaml(side.read_text(encoding="utf-8-sig"), str(side)) \
            if side.exists() else None
    except (YamlError, OSError, UnicodeDecodeError):
        theirs = None
    if base is None or not isinstance(theirs, dict):
        return mine
    theirs = SourceMeta.from_csl(theirs).to_csl(sid)  # compared as this Briefer writes it
    if theirs == base:
        return mine
    prefix = f"meta:{sid}."
    keyed = {k[len(prefix):]: v for k, v in (choices or {}).items() if k.startswith(prefix)}
    result = merge(base, mine, theirs, keyed)
    title = project.sources[sid].display_title
    for conflict in result.conflicts:
        conflicts.append(Conflict(f"meta:{sid}.{conflict.key}",
                                  Listing([Message("Metadata of {title}", title=title),
                                           conflict.key], sep=" ▸ "),
                                  conflict.mine, conflict.theirs))
    return result.data
