"""Importing files into a project folder: text, CSL sidecar and a copy of the original.

Each file is read completely before anything is written, and its files are
written to temporary names and then moved into place, so a refused or
failed file leaves the project exactly as it was. ``import_and_save`` also
saves project.yaml and, if that fails, undoes the whole import, so the
folder never holds sources that project.yaml does not list.

This module runs the batch (which files, in which order, progress, cancel,
the all-or-nothing save); what one file becomes is decided in
``file_importer``. A new source whose text the project already holds under
other furniture (the same article as .docx and .html, ``duplicates``) is
imported with a warning naming that source, unless the ``duplicate``
callback (the app's question) says to skip it.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

from briefer.core.progress import Cancel, Progress
from briefer.core.messages import Listing, Message, UserError
from briefer.core.project import Project
from briefer.core.source import Source
from briefer.io.duplicates import DuplicateFinder, Facts, KnownTexts
from briefer.io.file_importer import (  # the last three are imported from here too
    FileImporter,
    ImportReport as ImportReport,
    sidecar_yaml as sidecar_yaml,
    slug as slug,
)
from briefer.io.early_reading import EarlyReads
from briefer.io.import_files import collect_files as collect_files  # imported from here too
from briefer.io.import_pool import Extractions
from briefer.io.importers import METADATA_SUFFIXES, ImportRefused, extract
from briefer.io.journal import Journal, ProjectState
from briefer.io.locks import LockBusy, writing
from briefer.io.project_file import CACHE_DIR, ProjectError, save_project
from briefer.io.removed_files import set_aside_names

# Asked when a file's text is already in the project as another source (the file, that
# source): True imports it anyway, False skips it. Called on the importing thread.
Duplicate = Callable[[Path, Source], bool]


class ImportBlocked(UserError):
    """The whole import cannot start (read-only project, project never saved)."""


def _check_encoding(encoding: str | None) -> str | None:
    """The codec's canonical name (``utf8`` -> ``utf-8``), or ``ImportBlocked``."""
    if not encoding:
        return None
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise ImportBlocked("unknown encoding {encoding!r}; use a name such as utf-8, "
                            "cp1252 (Windows Western), latin-1 or mac-roman",
                            encoding=encoding) from None


def _journal(project: Project) -> Journal:
    return Journal(Path(project.path), CACHE_DIR)


def _run(project: Project, paths: list[Path], progress: Progress | None,
         cancel: Cancel | None, encoding: str | None, journal: Journal,
         duplicate: Duplicate | None = None, early: EarlyReads | None = None) -> ImportReport:
    report = ImportReport()
    files, report.refused = collect_files(paths, Path(project.path))
    sources = [f for f in files if f.suffix.lower() not in METADATA_SUFFIXES]
    bibliographies = [f for f in files if f.suffix.lower() in METADATA_SUFFIXES]
    known = KnownTexts.of_project(project, CACHE_DIR)  # each text's digest and summary
    importer = FileImporter(project, report, journal, encoding, known)
    # ids of removed sources whose files a save set aside: an undone removal needs them
    importer.taken.update(set_aside_names(Path(project.path)))
    # read ahead on every core, taken in this loop's order (briefer/io/import_pool.py)
    extractions = Extractions(sources, encoding, read=extract,
                              wanted=lambda p: importer.stored_as(p) is None, early=early)
    try:
        _each_file(importer, extractions, sources + bibliographies, progress, cancel,
                   duplicate)
        importer.flush()  # the new sources' files, into place together
        known.save()  # a cache: written only for a large project, never raises
    except BaseException:
        importer.discard()
        raise
    finally:
        extractions.close()
    return report


def _each_file(importer: FileImporter, extractions: Extractions, paths: list[Path],
               progress: Progress | None, cancel: Cancel | None,
               duplicate: Duplicate | None) -> None:
    project, report = importer.project, importer.report
    finder: DuplicateFinder | None = None
    total = len(paths)
    for done, path in enumerate(paths, 1):
        if cancel is not None and cancel():
            report.cancelled = True
            break
        try:
            if path.suffix.lower() in METADATA_SUFFIXES:
                importer.flush()  # the sources' files are in place before sidecars change
                importer.metadata(path)
            elif importer.same_as_stored(path) is None:
                extracted = extractions.get(path)
                finder = finder or DuplicateFinder(project, importer.known)
                twin = _twin(importer, finder, path, extracted.text, extractions.facts(path))
                if twin is not None and duplicate is not None and not duplicate(path, twin):
                    report.warnings.append(Message(
                        "{file}: not imported; its text is that of {title!r} (source {id}), "
                        "already in the project", file=path.name, title=twin.display_title,
                        id=twin.id))
                else:
                    added = len(report.added)
                    importer.source(path, extracted)
                    if len(report.added) > added:
                        finder.add(project.sources[report.added[-1]])
                        if twin is not None:
                            report.warnings.append(Message(
                                "{file}: its text is that of {title!r} (source {id}), already "
                                "in the project; imported as {new}", file=path.name,
                                title=twin.display_title, id=twin.id, new=report.added[-1]))
        except ImportRefused as exc:
            report.refused.append((str(path), exc.message))
        if progress is not None:
            progress(done, total, path.name)


def _twin(importer: FileImporter, finder: DuplicateFinder, path: Path,
          text: str, facts: Facts | None = None) -> Source | None:
    """The source already holding ``text`` under other furniture; None when there is
    none, when it is the source this file re-imports, or when the text is identical
    (the importer refuses that one itself)."""
    _sid, existing = importer._pick_id(path)
    twin = finder.find(text, besides=existing.id if existing is not None else None,
                       facts=facts)
    if twin is None or twin.text == text:
        return None
    return twin


def _check_project(project: Project) -> None:
    if project.read_only:
        raise ImportBlocked("this project is a plain folder opened read-only; create a "
                            "project from it first (briefer new) and import into that")
    if not project.path:
        raise ImportBlocked("the project has not been saved yet; save it to a folder first")


def import_paths(project: Project, paths: list[Path], *, progress: Progress | None = None,
                 cancel: Cancel | None = None, encoding: str | None = None,
                 duplicate: Duplicate | None = None) -> ImportReport:
    """Import files and folders into ``project``; sources first, then bibliography files.

    Refused files are listed with their reason and change nothing. ``progress``
    is called as ``progress(done, total, file_name)`` after each file and
    ``cancel()`` is asked before each; what was imported before a cancel stays.
    ``encoding`` (e.g. ``"cp1252"``) decodes text and web-page files instead of
    the automatic choice. ``duplicate`` is asked about each file whose text is
    already in the project (see ``Duplicate``); without it such a file is imported
    with a warning. An unexpected error (or Ctrl-C) undoes the whole import
    before it propagates. Does not save project.yaml: prefer ``import_and_save``.
    """
    _check_project(project)
    encoding = _check_encoding(encoding)
    journal = _journal(project)
    state = ProjectState(project)
    try:
        return _run(project, list(paths), progress, cancel, encoding, journal, duplicate)
    except BaseException:
        journal.undo()
        state.restore(project)
        raise
    finally:
        journal.forget()


def import_and_save(project: Project, paths: list[Path], progress: Progress | None = None,
                    cancel: Cancel | None = None, *, encoding: str | None = None,
                    duplicate: Duplicate | None = None,
                    early: EarlyReads | None = None) -> ImportReport:
    """``import_paths`` then ``save_project``, as one step that succeeds or changes nothing.

    project.yaml is saved only when the import changed the project. If the save
    fails (or anything else goes wrong), every file the import wrote is removed
    or restored, the project's sources and excerpts are put back, and the
    save's error (a ``ProjectError``) is raised again; a retry then picks the
    same ids as the first attempt would have. ``early``: the files' texts as a reader
    started before the project was loaded gives them (``early_reading``; the caller
    closes it).
    """
    _check_project(project)
    encoding = _check_encoding(encoding)
    journal = _journal(project)
    state = ProjectState(project)
    try:
        with writing(Path(project.path)):
            report = _run(project, list(paths), progress, cancel, encoding, journal,
                          duplicate, early)
            if report.changed:
                save_project(project, journal=journal)
            journal.forget()  # the commit point: the import and its project.yaml stand
    except BaseException as exc:
        problems = journal.undo()
        state.restore(project)
        if isinstance(exc, LockBusy):
            raise ProjectError(exc.message) from exc
        if problems and isinstance(exc, Exception):
            raise ProjectError("{error} The import could not be fully undone either: "
                               "{problems}", error=exc,
                               problems=Listing(problems[:5], sep="; ")) from exc
        raise
    return report
