"""Project folders on disk: ``project.yaml`` (versioned) beside ``sources/``.

Saving is atomic (temp file, fsync, rename) and keeps the previous
``project.yaml`` as ``project.yaml.bak``; loading validates and reports
problems with file and line. A plain folder of source files opens as a
read-only project, which "Save As" turns into a real one. The folder's names
and what project.yaml holds are ``project_yaml``'s (imported here too); a save
in place is ``saving``'s.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from briefer.bundled import seeds_dir, user_cache_dir
from briefer.core.anchoring import reanchor_excerpts
from briefer.core.excerpt import Excerpt
from briefer.core.messages import Listing, Message
from briefer.core.note import NoteMeta
from briefer.core.outline import Outline
from briefer.core.project import FORMAT_VERSION, MissingSource, Project
from briefer.core.source import Source, SourceKind
from briefer.io.sources import (
    SidecarCache,
    SourceError,
    load_folder,
    load_source,
    sidecar_path,
)
from briefer.io.lazy_sources import (LAZY_MIN_SOURCES, TextFacts, is_large as is_large,
                                     no_collections, open_source)
from briefer.io.atomic import (
    _UMASK,
    ProjectError,
    _cannot_write,
    fsync_dir,
    write_atomic,
)
from briefer.io.parsed_cache import parse_project_text
from briefer.io.journal import Journal, recover, remove_stale
from briefer.io.locks import try_writing
from briefer.io.read_ahead import ReadAhead
from briefer.io.paths import UnsafePath, inside, safe_id
from briefer.io.project_yaml import (
    CACHE_DIR,
    FORMAT_NAME,
    ORIGINALS_DIR,
    PROJECT_FILE,
    SOURCES_DIR,
    digest,
    notes_from_data,
    project_to_dict,
    project_yaml_text,
)
from briefer.io.saving import SaveConflict as SaveConflict, SaveReport, save_in_place
from briefer.io.templates import load_template
from briefer.io.yamlutil import YamlError, dump_yaml, line_of


def save_project(project: Project, path: Path | None = None, *,
                 choices: Mapping[str, str] | None = None,
                 journal: Journal | None = None) -> SaveReport:
    """Save to the project's folder, or to ``path`` (Save As: sources are copied).

    Saving in place merges what someone else saved since the project was read
    and raises ``SaveConflict`` (writing nothing) where both changed the same
    part; ``choices`` (conflict key -> "mine" / "theirs") settles them. See
    ``briefer.io.saving``.
    """
    target = Path(path) if path is not None else (Path(project.path) if project.path else None)
    if target is None:
        raise ProjectError("This project has no folder yet; choose one with Save As.")
    if project.read_only and path is None:
        raise ProjectError("{folder} is a folder of sources opened read-only; use Save As to "
                           "make it a project.", folder=target)
    old_root = Path(project.path) if project.path else None
    moving = old_root is None or project.read_only or old_root.resolve() != target.resolve()
    if not moving:
        # the sidecars written now are parsed again at the next open (a few files); the
        # cache is rewritten only when all are (Save As): at 100,000 sources rewriting it
        # took longer than the save
        report = save_in_place(project, target, choices, journal)
        project.dirty_meta.clear()
        return report
    _check_new_target(target)
    fresh = not target.exists() or not any(target.iterdir())
    build = target
    try:
        if fresh:  # all or nothing: built beside, then renamed into place in one step
            target.parent.mkdir(parents=True, exist_ok=True)
            remove_stale(target.parent, f".{target.name}.partial-")  # a crashed earlier try
            build = Path(tempfile.mkdtemp(prefix=f".{target.name}.partial-{os.getpid()}-",
                                          dir=target.parent))
            os.chmod(build, 0o777 & ~_UMASK)
        (build / SOURCES_DIR).mkdir(parents=True, exist_ok=True)
        _copy_sources(project, old_root, build)
        for source in project.sources.values():
            side = sidecar_path(build / SOURCES_DIR / (source.filename or f"{source.id}.txt"))
            write_atomic(side, dump_yaml(source.meta.to_csl(source.id)).encode("utf-8"))
        text = project_yaml_text(project).encode("utf-8")
        write_atomic(build / PROJECT_FILE, text, backup=True)
        if build is not target:
            if target.exists():
                target.rmdir()
            os.rename(build, target)
            fsync_dir(target.parent)
    except OSError as exc:
        raise ProjectError(_cannot_write(target, exc)) from exc
    finally:
        if build is not target and build.exists():
            shutil.rmtree(build, ignore_errors=True)
    _remember_sidecars(project, target)
    project.dirty_meta.clear()
    project.path = str(target)
    project.read_only = False
    project.base, project.base_digest = project_to_dict(project), digest(text)
    project.base_meta = {s.id: s.meta.to_csl(s.id) for s in project.sources.values()}
    project.base_time = time.time()
    return SaveReport()


def _remember_sidecars(project: Project, root: Path) -> None:
    """Keep the metadata just saved in the sidecar cache: the next open needs no parsing."""
    if len(project.sources) < SidecarCache.MIN_FILES:
        return
    cache = SidecarCache(_sidecar_cache_file(root, writable_project=True))
    for source in project.sources.values():
        name = source.filename or f"{source.id}.txt"
        cache.remember(sidecar_path(root / SOURCES_DIR / name), source.meta.to_csl(source.id))
    cache.save()


def _check_new_target(target: Path) -> None:
    if target.exists() and not target.is_dir():
        raise ProjectError("{folder} is a file; choose a folder for the project.",
                           folder=target)
    if target.is_dir() and any(target.iterdir()) and not (target / PROJECT_FILE).exists():
        raise ProjectError("{folder} is not empty; choose an empty or new folder so nothing "
                           "there is overwritten.", folder=target)


def _copy_sources(project: Project, old_root: Path | None, target: Path) -> None:
    """Write each source's text (UTF-8) into the new project; keep originals."""
    sources_dir = target / SOURCES_DIR
    plain_folder = project.read_only
    for source in project.sources.values():
        if plain_folder and old_root is not None and source.filename and \
                (source.encoding != "utf-8" or source.removed_chars):
            # the text we keep differs from the file's bytes: keep those too
            (target / ORIGINALS_DIR).mkdir(exist_ok=True)
            shutil.copy2(old_root / source.filename, target / ORIGINALS_DIR / source.filename)
            source.original = source.filename
        name = source.filename or f"{source.id}.txt"
        if Path(name).suffix.lower() not in (".txt", ".md", ".markdown"):
            name = f"{source.id}.txt"
        source.filename = name
        write_atomic(sources_dir / name, source.text.encode("utf-8"))
        if source.original and old_root is not None and not plain_folder:
            original = old_root / ORIGINALS_DIR / source.original
            if original.exists():
                (target / ORIGINALS_DIR).mkdir(exist_ok=True)
                shutil.copy2(original, target / ORIGINALS_DIR / source.original)
        source.encoding = "utf-8"


# -- reading ----------------------------------------------------------------

READ_BATCH = 250  # sources handed to ``on_read`` at a time
OnRead = Callable[[list[Source], int], None]  # (sources read, sources listed)


def load_project(path: Path, *, outline: bool = True, on_read: OnRead | None = None) -> Project:
    """Open a project folder, or a plain folder of sources as a read-only project.

    With ``outline=False`` the outline sections drawn from the surveys are left
    for ``complete_outline`` (the window shows the sources first, then the
    outline a moment later); the saved outline sections are read either way.
    ``on_read`` is given a project's sources as they are read, a batch at a time,
    so that they can be searched before the whole project is in (the window's
    search, at 100,000 sources read in 20 s).
    """
    path = Path(path)
    if path.is_file() and path.name == PROJECT_FILE:
        path = path.parent
    if not path.exists():
        raise ProjectError("{path} does not exist.", path=path)
    if not path.is_dir():
        raise ProjectError("{path} is not a project folder or a folder of sources.", path=path)
    with no_collections():
        if (path / PROJECT_FILE).exists():
            project = _load_project_folder(path, on_read)
        else:
            project = _load_plain_folder(path)
    if outline:
        complete_outline(project)
    return project


def _sidecar_cache_file(folder: Path, writable_project: bool) -> Path:
    """Where parsed sidecars are cached: the project's .briefer/, else the user cache."""
    if writable_project:
        return folder / CACHE_DIR / "sidecars.json"
    key = hashlib.sha1(str(folder.resolve()).encode("utf-8", "surrogatepass")).hexdigest()
    return user_cache_dir() / f"{key[:20]}-sidecars.json"


def _load_plain_folder(path: Path) -> Project:
    sidecars = SidecarCache(_sidecar_cache_file(path, writable_project=False))
    try:
        sources, problems = load_folder(path, sidecars)
    except SourceError as exc:
        raise ProjectError(exc.message) from exc
    sidecars.save()
    if not sources:
        if problems:
            raise ProjectError("{folder} holds no readable sources (.txt or .md files); "
                               "{problems}.", folder=path,
                               problems=Listing(problems[:3], sep="; "))
        raise ProjectError("{folder} holds no readable sources (.txt or .md files).",
                           folder=path)
    project = Project(name=path.name, sources={s.id: s for s in sources}, path=str(path),
                      read_only=True, warnings=list(problems))
    _complete(project)
    return project


def tidy(root: Path) -> list[Message]:
    """Undo what a crashed save or import left half done, and remove the temporary files
    it left — unless someone is writing the project right now. Returns what was done."""
    done: list[Message] = []
    with try_writing(root) as free:
        if not free:
            return done
        done += recover(root)
        for folder in (root, root / SOURCES_DIR, root / ORIGINALS_DIR, root / CACHE_DIR):
            try:  # names first: a Path for each of 100,000 sources took 0.4 s
                leftovers = [folder / n for n in os.listdir(folder)
                             if n.startswith(".") and n.endswith(".tmp")]
            except OSError:
                continue
            leftovers = [p for p in leftovers if p.is_file()]
            for leftover in leftovers:
                with contextlib.suppress(OSError):
                    leftover.unlink()
    return done


def _load_project_folder(path: Path, on_read: OnRead | None = None) -> Project:
    file = path / PROJECT_FILE
    tidied = tidy(path) if os.access(path, os.W_OK) else []
    try:
        raw = file.read_bytes()
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProjectError("{file}: not UTF-8 text; restore project.yaml.bak",
                           file=file) from exc
    except OSError as exc:
        raise ProjectError("{file}: cannot be read ({reason})", file=file,
                           reason=exc.strerror or str(exc)) from exc
    try:
        data = parse_project_text(text, path, file)
    except YamlError as exc:
        raise ProjectError(exc.message) from exc
    raw_digest = digest(raw)
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise ProjectError("{file} is not a Briefer project file (no 'format: {format}').",
                           file=file, format=FORMAT_NAME)
    version = data.get("version")
    if not isinstance(version, int):
        raise ProjectError("{file}: 'version' must be a whole number.", file=file)
    if version > FORMAT_VERSION:
        raise ProjectError("{file} was written by a newer Briefer (format {version}; this "
                           "version reads up to {supported}). Open it with a newer Briefer; "
                           "nothing was changed.", file=file, version=version,
                           supported=FORMAT_VERSION)
    project = Project(name=str(data.get("name") or path.name), path=str(path),
                      warnings=[Message("{what} when the project was opened.", what=d)
                                for d in tidied])
    step: list[str | int] = []
    try:
        project.citation_style = str(data.get("citation_style") or "chicago")
        step = ["sources"]
        _read_sources(project, path, data.get("sources") or [], step, on_read)
        step = ["outline"]
        project.outline = Outline.from_dict(_mapping(data.get("outline")))
        for i, raw in enumerate(data.get("excerpts") or []):
            step = ["excerpts", i]
            excerpt = Excerpt.from_dict(_mapping(raw))
            project.excerpts[excerpt.id] = excerpt
        step = ["notes" if "notes" in data else "note"]
        project.notes = notes_from_data(data)
        project.current_note = next(iter(project.notes))
        project.base, project.base_digest = data, raw_digest
        project.base_time = time.time()
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        line = line_of(text, step)
        where = Message("{file}, line {line}", file=file, line=line) if line else file
        label = ".".join(str(s) if isinstance(s, str) else f"[{s}]" for s in step)
        raise ProjectError("{where} ({label}): {problem}. Fix that entry or restore "
                           "project.yaml.bak.", where=where, label=label,
                           problem=_describe(exc)) from exc
    _complete(project)
    return project


TEXT_FACTS = "texts.json"  # what reading each text told (``lazy_sources``)


def _mapping(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise TypeError(Message("expected a mapping, found {kind}", kind=type(value).__name__))
    return value


def _describe(exc: Exception) -> Message | Exception:
    """What is wrong with an entry (an error whose argument is a ``Message`` is worded
    as that message)."""
    if isinstance(exc, KeyError):
        return Message("missing field {name!r}", name=exc.args[0])
    if isinstance(exc, (AttributeError, IndexError)):
        return Message("a value of the wrong kind (a list or mapping expected, or the reverse)")
    return exc


def _read_sources(project: Project, root: Path, entries: Any, step: list[str | int],
                  on_read: OnRead | None = None) -> None:
    """Load each listed source; one that cannot be read is kept as a ``MissingSource``
    (its entry saved back unchanged) with the reason, never dropped."""
    if not isinstance(entries, list):
        raise TypeError(Message("'sources' must be a list"))
    sidecars = SidecarCache(_sidecar_cache_file(root, writable_project=True))
    lazy = len(entries) >= LAZY_MIN_SOURCES
    facts = TextFacts(root / CACHE_DIR / TEXT_FACTS if lazy else None)
    sources_dir = root / SOURCES_DIR
    try:  # one listing instead of a stat per source
        present: set[str] | None = set(os.listdir(sources_dir))
    except OSError:
        present = None
    ahead = _read_ahead(sources_dir, entries, sidecars, facts, lazy)
    try:
        _read_entries(project, root, entries, step, sidecars, facts, lazy, present, on_read)
    finally:
        ahead.stop()
    sidecars.save()
    facts.save()
    sidecars.let_go()
    facts.let_go()


def _read_ahead(sources_dir: Path, entries: list[Any], sidecars: SidecarCache,
                facts: TextFacts, lazy: bool) -> ReadAhead:
    """The files the loop below will read whole, announced ahead (``read_ahead``): the
    sidecars when none is known yet, and the texts when they are read at all (a small
    project's, or a large one's never opened)."""
    return ReadAhead(_announced(os.fspath(sources_dir), entries, not sidecars.entries,
                                not lazy or not facts.entries))


def _announced(folder: str, entries: list[Any], sidecars: bool, texts: bool) -> Iterator[str]:
    """The paths ``_read_ahead`` announces, made on its thread as they are needed: made
    here first as 200,000 ``Path`` objects, they held the loader a second before the
    first 250 sources of a 100,000-source project could be searched. (A sidecar's name is
    the text's with ``.yaml``, as ``sources.sidecar_path`` makes it; a wrong guess costs
    nothing.)"""
    for entry in entries:
        name = entry.get("file") if isinstance(entry, dict) else None
        if not name:
            continue
        path = os.path.join(folder, str(name))
        if sidecars:
            yield os.path.splitext(path)[0] + ".yaml"
        if texts:
            yield path


def _read_entries(project: Project, root: Path, entries: list[Any], step: list[str | int],
                  sidecars: SidecarCache, facts: TextFacts, lazy: bool,
                  present: set[str] | None, on_read: OnRead | None = None) -> None:
    sources_dir = root / SOURCES_DIR
    read: list[Source] = []
    surveys: list[str] = []
    project.loaded_surveys = surveys
    for i, entry in enumerate(entries):
        del step[1:]
        step.append(i)
        entry = _mapping(entry)
        name = str(entry["file"])
        source_id = str(entry.get("id") or Path(name).stem)

        def keep_missing(reason: Message, entry: dict[str, Any] = entry,
                         source_id: str = source_id) -> None:
            project.missing[source_id] = MissingSource(source_id, dict(entry), reason)
            project.warnings.append(reason)

        try:
            safe_id(source_id)
            file = inside(sources_dir, name, Message("Source file"))
            original = str(entry.get("original") or "")
            if original:
                inside(root / ORIGINALS_DIR, original, Message("Original file"))
        except UnsafePath as exc:
            keep_missing(Message("{file}: {problem}.", file=PROJECT_FILE, problem=exc))
            continue
        if not ((present is not None and name in present) or file.exists()):
            keep_missing(Message("Source {name} is missing from {folder}; it stays listed and "
                                 "its excerpts are shown as orphaned until the file is back.",
                                 name=name, folder=sources_dir))
            continue
        try:
            source, warnings = open_source(file, facts, sidecars) if lazy \
                else load_source(file, sidecars=sidecars)
        except (SourceError, OSError) as exc:
            if isinstance(exc, OSError):
                exc = SourceError("{file}: cannot be read ({reason})", file=name,
                                  reason=exc.strerror or str(exc))
            keep_missing(Message("{problem} It stays listed and its excerpts are kept; fix the "
                                 "file and open the project again.", problem=exc))
            continue
        source.id = source_id
        source.original = original
        project.sources[source.id] = source
        project.base_meta[source.id] = source.meta.to_csl(source.id)
        if source.kind is SourceKind.SURVEY:
            surveys.append(source.id)
        project.warnings.extend(warnings)
        if on_read is not None:
            read.append(source)
            if len(read) >= READ_BATCH:
                on_read(read, len(entries))
                read = []
    if on_read is not None and read:
        on_read(read, len(entries))


def complete_outline(project: Project) -> bool:
    """Add the outline sections drawn from the surveys that the outline lacks.

    Returns True if any was added.
    """
    fresh = surveys_outline(project)
    return fresh is not None and add_missing_sections(project, fresh)


def surveys_outline(project: Project) -> Outline | None:
    """The outline drawn from the project's surveys (None without a survey). It changes
    nothing, so the app computes it on a worker thread."""
    from briefer.core.themes import build_outline  # the outline engine: see the seam's note

    if not any(s.kind is SourceKind.SURVEY for s in project.sources.values()):
        return None
    return build_outline(project.surveys())


def add_missing_sections(project: Project, fresh: Outline) -> bool:
    """Add the sections of ``fresh`` whose question the outline lacks; True if any."""
    known = {(s.survey_id, s.question_id) for s in project.outline.sections}
    added = False
    for section in fresh.sections:
        if (section.survey_id, section.question_id) not in known:
            project.outline.sections.append(section)
            added = True
    return added


def _complete(project: Project) -> None:
    """Fill what a loaded project lacks: a note and anchors (the outline: see above)."""
    for nid, note in project.notes.items():
        if not note.sections:
            fresh = load_template(note.template or "briefing-note").new_note()
            fresh.name = note.name
            if note.meta != NoteMeta():
                fresh.meta = note.meta
            project.notes[nid] = fresh
    reanchor_excerpts(project)


def new_project(dest: Path, from_dir: Path | None = None) -> Project:
    """Create a project folder at ``dest`` from a folder of sources (default: the sample)."""
    dest = Path(dest)
    if (dest / PROJECT_FILE).exists():
        raise ProjectError("{folder} is already a Briefer project; open it instead.",
                           folder=dest)
    source_dir = Path(from_dir) if from_dir is not None else seeds_dir()
    if source_dir.is_dir() and (source_dir / PROJECT_FILE).exists():
        raise ProjectError("{folder} is a project; copy its folder instead.",
                           folder=source_dir)
    project = load_project(source_dir)
    project.name = dest.name
    save_project(project, dest)
    return project
