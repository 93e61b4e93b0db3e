"""Taking in what someone else saved while this project is open.

A window watching its project folder calls ``take_in`` when project.yaml
changes on disk. Its own save leaves the file's digest equal to
``project.base_digest`` and is ignored. Anything else was saved by another
window or a command: it is merged with this window's unsaved changes
(``merge.merge``) and, when nothing collides, the window's project holds both
at once. When parts collide, the window keeps its version for now; the next
save shows both versions and asks (``saving.SaveConflict``).
"""

from __future__ import annotations

import os
import time
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefer.core.anchoring import reanchor_excerpts
from briefer.core.excerpt import Excerpt
from briefer.core.messages import Message
from briefer.core.outline import Outline
from briefer.core.project import Project
from briefer.core.source import Source
from briefer.io.merge import Conflict, merge
from briefer.io.project_yaml import (
    PROJECT_FILE,
    SOURCES_DIR,
    digest,
    parse_project_yaml,
    notes_from_data,
    project_to_dict,
)
from briefer.io.sources import SourceError, load_source, read_sidecar, sidecar_path
from briefer.io.yamlutil import YamlError


_SIDECAR = sidecar_path(Path("x.txt")).suffix  # ".yaml", as ``io.sources`` names them
NAMED = 3  # sources named in a message of what came in; the others are counted


@dataclass
class TakeIn:
    changed: bool = False  # the project in memory now holds what was saved elsewhere
    came: list[Message] = field(default_factory=list)  # what came in, in words
    conflicts: list[Conflict] = field(default_factory=list)  # left for the next save


@dataclass
class ReadAhead:
    """What ``read_ahead`` read of the folder on a worker, for ``take_in`` to use."""

    digest: str  # project.yaml's, as read
    theirs: Any = None  # project.yaml parsed; None: not read (this window's own save)
    sidecars: set[str] | None = None  # the sidecars written since the time given


def read_ahead(root: Path, base_digest: str | None, since: float) -> ReadAhead | None:
    """Read what another writer saved, off the window's thread: project.yaml parsed and
    the names of the sidecars written since ``since`` (a stat of every file: 10,000
    sources held the window 40-60 ms). Touches no project: a worker may run it while
    the window goes on. None when there is no project.yaml to read."""
    try:
        current = (root / PROJECT_FILE).read_bytes()
    except OSError:
        return None
    read = ReadAhead(digest(current))
    if read.digest == base_digest:
        return read
    try:
        read.theirs = parse_project_yaml(current.decode("utf-8-sig"), str(root / PROJECT_FILE))
    except (YamlError, UnicodeDecodeError):
        return read  # half written by hand: take_in finds it so too
    read.sidecars = recent_sidecars(root, since)
    return read


def take_in(project: Project, ahead: ReadAhead | None = None) -> TakeIn:
    """Merge what was saved on disk since this project was read or saved (see notes).

    ``ahead``: what ``read_ahead`` read on a worker; used if project.yaml has not
    changed since (else read again here)."""
    result = TakeIn()
    if not project.path:  # (a window read-only because another has it takes in too)
        return result
    root = Path(project.path)
    try:
        current = (root / PROJECT_FILE).read_bytes()
    except OSError:
        return result
    now = digest(current)
    if now == project.base_digest:
        return result
    if ahead is None or ahead.digest != now or ahead.theirs is None:
        ahead = None
        try:
            theirs = parse_project_yaml(current.decode("utf-8-sig"), str(root / PROJECT_FILE))
        except (YamlError, UnicodeDecodeError):
            return result  # half written by hand: the next change or save tells
    else:
        theirs = ahead.theirs
    if not isinstance(theirs, dict):
        return result
    merged = merge(project.base or {}, project_to_dict(project), theirs)
    if merged.conflicts:
        result.conflicts = merged.conflicts
        return result
    before = set(project.sources)
    result.came = adopt(project, merged.data, root)
    # a source just added was read whole, sidecar included: it came in once, as added
    result.came += refresh_metadata(project, root, skip=set(project.sources) - before,
                                    sidecars=ahead.sidecars if ahead else None)
    project.base, project.base_digest = theirs, now
    project.base_time = time.time()
    result.changed = True
    return result


def refresh_metadata(project: Project, root: Path, skip: Collection[str] = (),
                     sidecars: set[str] | None = None) -> list[Message]:
    """Reload the sidecars saved elsewhere since, for sources this window did not edit
    (nor those in ``skip``); ``sidecars``: those written since, if known
    (``recent_sidecars``, on a worker)."""
    recent = recent_sidecars(root, project.base_time - 1) if sidecars is None else sidecars
    changed: list[Source] = []
    for source in _sources_of(project, recent):
        if source.id in project.dirty_meta or source.id in skip:
            continue
        try:
            meta = read_sidecar(root / SOURCES_DIR / source.filename)
        except SourceError:
            continue
        if meta != source.meta:
            source.meta = meta
            project.base_meta[source.id] = meta.to_csl(source.id)
            changed.append(source)
    return [Message("metadata of {count:,} source{count:?|s}: {names}", count=len(changed),
                    names=_names(changed))] if changed else []


def recent_sidecars(root: Path, since: float) -> set[str]:
    """The names of the sidecars in the sources folder written since ``since``.

    The folder is read first and only the sidecars written since are then matched
    to their sources, by plain string names (``_sources_of``): a path object made
    for each of 10,000 sources held the window 90 ms at every take-in."""
    try:
        entries = list(os.scandir(root / SOURCES_DIR))
    except OSError:
        return set()
    recent: set[str] = set()
    for entry in [e for e in entries if e.name.endswith(_SIDECAR)]:
        try:
            if entry.stat().st_mtime >= since:
                recent.add(entry.name)
        except OSError:  # removed meanwhile
            continue
    return recent


def _sources_of(project: Project, sidecars: set[str]) -> list[Source]:
    """The sources whose sidecars these are: found by id (a source's file is most often
    named by it), else by going through them all."""
    found: list[Source] = []
    for name in sorted(sidecars):
        source = project.sources.get(name[:-len(_SIDECAR)])
        if source is None or _sidecar_name(source.filename or f"{source.id}.txt") != name:
            return [s for s in project.sources.values()
                    if _sidecar_name(s.filename or f"{s.id}.txt") in sidecars]
        found.append(source)
    return found


def _sidecar_name(filename: str) -> str:
    """``sources.sidecar_path(...).name`` for a source's file name, without a path object."""
    name = os.path.basename(filename)
    dot = name.rfind(".")
    return (name[:dot] if 0 < dot < len(name) - 1 else name) + _SIDECAR


def _names(sources: list[Source] | list[str], shown: int = NAMED) -> list[Any]:
    """The first ``shown`` of the sources (or ids) that changed, each by its title and id.

    By both: a title alone can be another source's id ("a00000", the title a Word
    file carries, for the new source a00000-2) or another source's title (a copy
    imported again), and would seem to name a source that did not change."""
    names: list[Any] = []
    for item in sources[:shown]:
        if isinstance(item, str):
            names.append(item)
        elif item.display_title == item.id:
            names.append(item.id)
        else:
            names.append(Message("“{title}” ({id})", title=item.display_title, id=item.id))
    return names + ["…"] * (len(sources) > shown)


def adopt(project: Project, data: dict[str, Any], root: Path) -> list[Message]:
    """Make the in-memory project hold the merged data just saved (what another writer
    added comes in); returns, in words, what came in."""
    added: list[Source] = []
    listed = [e for e in data.get("sources") or [] if isinstance(e, dict)]
    ids = {str(e.get("id")) for e in listed}
    for entry in listed:
        sid = str(entry.get("id"))
        if sid in project.sources or sid in project.missing:
            continue
        try:
            source, _ = load_source(root / SOURCES_DIR / str(entry.get("file")))
        except (SourceError, OSError):
            continue
        source.id = sid
        source.original = str(entry.get("original") or "")
        project.sources[sid] = source
        added.append(source)
    removed = [s for s in project.sources if s not in ids]
    for sid in removed:
        del project.sources[sid]
    came: list[Message] = []
    if added:
        came.append(Message("{count:,} source{count:?|s} added: {names}", count=len(added),
                            names=_names(added)))
    if removed:
        came.append(Message("{count:,} source{count:?|s} removed: {names}",
                            count=len(removed), names=_names(removed)))
    project.name = str(data.get("name") or project.name)
    project.citation_style = str(data.get("citation_style") or project.citation_style)
    project.outline = Outline.from_dict(data.get("outline") or {})
    project.excerpts = {}
    for raw in data.get("excerpts") or []:
        excerpt = Excerpt.from_dict(raw)
        project.excerpts[excerpt.id] = excerpt
    current = project.current_note
    project.notes = notes_from_data(data)
    project.current_note = current if current in project.notes else next(iter(project.notes))
    reanchor_excerpts(project)
    return came
