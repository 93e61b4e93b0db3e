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

import time
from collections.abc import Mapping
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
    dump_project_data,
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
    try:
        lock = writing(target)
        lock.__enter__()
    except LockBusy as exc:
        raise ProjectError(exc.message) from exc
    own = journal is None
    journal = journal or Journal(target)
    try:
        file = target / PROJECT_FILE
        try:
            current = file.read_bytes() if file.exists() else None
        except OSError as exc:
            raise ProjectError("{file}: cannot be read ({reason})", file=file,
                               reason=exc.strerror or str(exc)) from exc
        data = project_to_dict(project)
        conflicts: list[Conflict] = []
        if current is not None and project.base_digest and digest(current) != project.base_digest:
            try:
                theirs = parse_yaml(current.decode("utf-8-sig"), str(file))
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
        text = (project_yaml_header() + dump_project_data(data)).encode("utf-8")
        try:
            set_aside(target, project.base, data, journal)  # a removed source's files
            for sid, csl in metas.items():
                source = project.sources[sid]
                side = sidecar_path(target / SOURCES_DIR / (source.filename or f"{sid}.txt"))
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
    finally:
        lock.__exit__(None, None, None)
    project.base, project.base_digest = data, digest(text)
    for sid, csl in metas.items():
        project.base_meta[sid] = csl
    project.base_time = time.time()
    if report.merged:
        report.taken_in = adopt(project, data, target)
    return report


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
