"""Importing files into a project folder: text, CSL sidecar and a copy of the original.

Each file is read completely before anything is written, and its files are
written to temporary names and then moved into place, so a refused or
failed file leaves the project exactly as it was. ``import_and_save`` also
saves project.yaml and, if that fails, undoes the whole import, so the
folder never holds sources that project.yaml does not list.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import shutil
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterable
from typing import TextIO
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefer.core.anchoring import reanchor
from briefer.core.excerpt import AnchorStatus
from briefer.core.project import Project
from briefer.core.source import Source, SourceKind, SourceMeta
from briefer.io.importers import (
    METADATA_SUFFIXES,
    Extracted,
    ImportRefused,
    extract,
    is_importable,
    merge_meta,
    read_metadata,
)
from briefer.io.importers.csl import normalise_title, normalise_url
from briefer.io.journal import Journal, ProjectState
from briefer.io.locks import LockBusy, writing
from briefer.io.project_file import _UMASK, CACHE_DIR, ORIGINALS_DIR, SOURCES_DIR
from briefer.io.sources import detect_kind
from briefer.io.yamlutil import dump_yaml

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]

# Extensions that name the same kind of original, so a re-import finds its source.
_FAMILY = {".htm": ".html", ".xhtml": ".html", ".text": ".txt", ".markdown": ".md"}
_TEXT_ORIGINALS = (".txt", ".text", ".md", ".markdown")
_DECODED = (*_TEXT_ORIGINALS, ".html", ".htm", ".xhtml")  # files an ``encoding`` applies to


class ImportBlocked(Exception):
    """The whole import cannot start (read-only project, project never saved)."""


@dataclass
class ImportReport:
    """What an import did, file by file."""

    added: list[str] = field(default_factory=list)  # source ids
    updated: list[str] = field(default_factory=list)  # source ids whose text or metadata changed
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    orphaned: list[str] = field(default_factory=list)  # excerpt ids whose words are gone
    metadata_attached: list[str] = field(default_factory=list)  # source ids
    unchanged: list[str] = field(default_factory=list)  # re-imported, nothing different
    unmatched: list[tuple[str, str]] = field(default_factory=list)  # (file, item title or URL)
    warnings: list[str] = field(default_factory=list)
    cancelled: bool = False

    @property
    def changed(self) -> bool:
        """Whether the project changed (and project.yaml needs saving)."""
        return bool(self.added or self.updated or self.metadata_attached)

    def summary(self) -> str:
        """A few lines for the terminal or a message box."""
        lines = [f"{len(self.added)} added, {len(self.updated)} updated, "
                 f"{len(self.unchanged)} already imported (unchanged), "
                 f"{len(self.refused)} refused"
                 + (f", metadata attached to {len(self.metadata_attached)}"
                    if self.metadata_attached else "")
                 + (" (cancelled)" if self.cancelled else "")]
        lines += [f"refused {reason}" if reason.startswith(Path(name).name) else
                  f"refused {Path(name).name}: {reason}" for name, reason in self.refused]
        if self.orphaned:
            lines.append(f"{len(self.orphaned)} excerpt(s) orphaned — their words are gone "
                         "from the new text: " + ", ".join(self.orphaned))
        lines += [f"no source matches {title!r} in {Path(name).name}"
                  for name, title in self.unmatched]
        lines += self.warnings
        return "\n".join(lines)


def slug(stem: str) -> str:
    """A source id from a file name: lower-case ASCII letters, digits, '_' and '-'."""
    text = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"-{2,}", "-", re.sub(r"[^a-z0-9_-]+", "-", text)).strip("-_")
    return text[:60].strip("-_") or "source"


def _family(suffix: str) -> str:
    suffix = suffix.lower()
    return _FAMILY.get(suffix, suffix)


def _origin_family(source: Source) -> str:
    return _family(Path(source.original or source.filename or f"{source.id}.txt").suffix)


def collect_files(paths: Iterable[Path], project_dir: Path | None = None
                  ) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to import (folders walked in name order) and the paths refused outright.

    Inside folders, hidden files, Word lock files (``~$…``) and CSL sidecars
    (``<stem>.yaml`` beside a source) are skipped; files named explicitly never are.
    """
    files: list[Path] = []
    refused: list[tuple[str, str]] = []
    seen: set[Path] = set()
    inside = project_dir.resolve() if project_dir else None

    def add(path: Path) -> None:
        real = path.resolve()
        if real in seen:
            return
        seen.add(real)
        if inside is not None and (real == inside or inside in real.parents):
            refused.append((str(path), f"{path.name}: is already inside the project folder"))
            return
        files.append(path)

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for folder, dirs, names in os.walk(path):
                dirs[:] = sorted((d for d in dirs if not d.startswith(".")), key=_name_order)
                stems = {Path(n).stem for n in names if is_importable(Path(n))}
                for name in sorted(names, key=_name_order):
                    suffix = Path(name).suffix.lower()
                    if name.startswith((".", "~$")):
                        continue
                    if suffix in (".yaml", ".yml") and Path(name).stem in stems:
                        continue
                    add(Path(folder) / name)
        elif path.exists():
            add(path)
        else:
            refused.append((str(path), f"{path.name}: no such file or folder"))
    return files, refused


def _name_order(name: str) -> tuple[str, str]:
    """Sort as a file manager does: case-insensitively, ties broken by the exact name."""
    return name.casefold(), name


def _tmp_beside(dest: Path) -> Path:
    fd, name = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".tmp")
    os.close(fd)
    # mkstemp makes the file private; colleagues on a shared drive must read it too
    os.chmod(name, 0o666 & ~_UMASK)
    return Path(name)


class _Writer:
    """Files staged under temporary names, then moved into place together."""

    def __init__(self, journal: Journal) -> None:
        self.staged: list[tuple[Path, Path]] = []
        self.journal = journal

    def bytes(self, dest: Path, data: bytes) -> None:
        self.journal.folder(dest.parent)
        tmp = _tmp_beside(dest)
        self.staged.append((tmp, dest))
        with tmp.open("wb") as fh:
            fh.write(data)
            if dest.exists():  # replacing a file: make sure the new one is on disk first
                fh.flush()
                os.fsync(fh.fileno())

    def copy(self, dest: Path, src: Path) -> None:
        self.journal.folder(dest.parent)
        tmp = _tmp_beside(dest)
        self.staged.append((tmp, dest))
        shutil.copyfile(src, tmp)

    def commit(self) -> None:
        for tmp, dest in self.staged:
            self.journal.before_write(dest)
            os.replace(tmp, dest)
        self.staged.clear()

    def discard(self) -> None:
        for tmp, _ in self.staged:
            tmp.unlink(missing_ok=True)
        self.staged.clear()


def sidecar_yaml(source_id: str, meta: SourceMeta) -> bytes:
    """The CSL sidecar of a source, as ``load_source`` reads it."""
    return dump_yaml(meta.to_csl(source_id)).encode("utf-8")


def _reanchor_all(project: Project, source_id: str, text: str, report: ImportReport) -> None:
    for excerpt in project.excerpts_of(source_id):
        moved = reanchor(excerpt, text)
        project.excerpts[excerpt.id] = moved
        if moved.status is AnchorStatus.ORPHANED:
            report.orphaned.append(excerpt.id)


def _detect_kind(extracted: Extracted) -> SourceKind:
    if extracted.kind_hint is not None:
        return extracted.kind_hint
    return detect_kind(extracted.text, extracted.meta)


class _Importer:
    def __init__(self, project: Project, report: ImportReport, journal: Journal,
                 encoding: str | None = None) -> None:
        self.project = project
        self.root = Path(project.path)
        self.report = report
        self.journal = journal
        self.encoding = encoding
        self.batch: set[str] = set()  # ids added or updated in this run
        self.digests = {hashlib.sha1(s.text.encode()).hexdigest(): s.id
                        for s in project.sources.values()}
        # stems of files already in sources/ and originals/: ids that would overwrite them
        self.taken: set[str] = set()
        for folder in (self.root / SOURCES_DIR, self.root / ORIGINALS_DIR):
            if folder.is_dir():
                self.taken.update(p.name.split(".", 1)[0] for p in folder.iterdir())

    def _occupied(self, sid: str) -> bool:
        return sid in self.taken

    def same_as_stored(self, path: Path) -> str | None:
        """The id of the source this very file was imported as, byte for byte, if any.

        Lets a re-import of an unchanged folder skip the (slow) extraction; not
        taken when an encoding is chosen, since the same bytes then read differently.
        """
        if self.encoding and path.suffix.lower() in _DECODED:
            return None
        sid, existing = self._pick_id(path)
        if existing is None or path.with_suffix(".yaml").exists():
            return None
        stored = (self.root / ORIGINALS_DIR / existing.original if existing.original
                  else self.root / SOURCES_DIR / existing.filename)
        try:
            if stored.stat().st_size != path.stat().st_size:
                return None
            if stored.read_bytes() != path.read_bytes():
                return None
        except OSError:
            return None
        self.batch.add(sid)
        self.report.unchanged.append(sid)
        return sid

    def _pick_id(self, path: Path) -> tuple[str, Source | None]:
        base = slug(path.stem)
        family = _family(path.suffix)
        same_name = self.project.sources.get(path.stem)  # a source loaded from a plain folder
        if same_name is not None and path.stem not in self.batch \
                and _origin_family(same_name) == family:
            return path.stem, same_name
        for n in range(1, 10_000):
            sid = base if n == 1 else f"{base}-{n}"
            if sid in self.batch:
                continue
            existing = self.project.sources.get(sid)
            if existing is not None:
                if _origin_family(existing) == family:
                    return sid, existing
                continue
            if not self._occupied(sid):
                return sid, None
        raise ImportRefused(f"{path.name}: too many sources share this name")

    def source(self, path: Path, extracted: Extracted) -> None:
        sid, existing = self._pick_id(path)
        suffix = path.suffix.lower()
        text_name = f"{sid}{extracted.suffix}"
        # a text file's original is kept only when its bytes differ from the text kept
        keep_original = suffix not in _TEXT_ORIGINALS or extracted.encoding not in (
            "utf-8", "ascii") or bool(extracted.removed_chars)
        original = f"{sid}{suffix}" if keep_original else ""  # inside originals/
        meta = extracted.meta
        if existing is not None:
            meta = replace(existing.meta, author=list(existing.meta.author),
                           extra=dict(existing.meta.extra))
            merge_meta(meta, extracted.meta, overwrite=False)
            if (existing.text == extracted.text and meta == existing.meta
                    and existing.filename == text_name):
                if keep_original:  # keep the stored original identical to the file imported
                    writer = _Writer(self.journal)
                    self._write(writer, path, [(self.root / ORIGINALS_DIR / original, None)])
                self.report.unchanged.append(sid)
                self.batch.add(sid)
                return
        digest = hashlib.sha1(extracted.text.encode()).hexdigest()
        twin = self.digests.get(digest)
        if twin is not None and twin != sid:
            if existing is None:  # a second copy would only split the excerpts between two
                raise ImportRefused(f"{path.name}: same text as source {twin!r}, which is "
                                    "already in the project; not imported again")
            self.report.warnings.append(f"{path.name}: its new text is the same as "
                                        f"source {twin!r}")
        writer = _Writer(self.journal)
        targets: list[tuple[Path, bytes | None]] = [
            (self.root / SOURCES_DIR / text_name, extracted.text.encode("utf-8")),
            (self.root / SOURCES_DIR / f"{sid}.yaml", sidecar_yaml(sid, meta)),
        ]
        if keep_original:
            targets.append((self.root / ORIGINALS_DIR / original, None))
        stale = []  # files of the earlier version that the new one does not replace
        if existing is not None and existing.filename and existing.filename != text_name:
            stale.append(self.root / SOURCES_DIR / existing.filename)
        if existing is not None and existing.original and existing.original != original:
            stale.append(self.root / ORIGINALS_DIR / existing.original)
        self._write(writer, path, targets, stale)
        new = Source(id=sid, text=extracted.text, meta=meta, kind=_detect_kind(extracted),
                     filename=text_name, encoding=extracted.encoding,
                     removed_chars=extracted.removed_chars, original=original)
        self.project.sources[sid] = new
        self.digests[digest] = sid
        self.batch.add(sid)
        self.taken.add(sid)
        if existing is None:
            self.report.added.append(sid)
        else:
            self.report.updated.append(sid)
            if existing.text != new.text:
                _reanchor_all(self.project, sid, new.text, self.report)
        self.report.warnings.extend(extracted.warnings)

    def _write(self, writer: _Writer, path: Path, targets: list[tuple[Path, bytes | None]],
               stale: list[Path] | None = None) -> None:
        """Write all ``targets`` (``None``: a copy of ``path``) and remove ``stale``, or none."""
        mark = self.journal.mark()
        try:
            for dest, data in targets:
                if data is None:
                    writer.copy(dest, path)
                else:
                    writer.bytes(dest, data)
            writer.commit()
            for old in stale or ():
                self.journal.remove(old)
        except OSError as exc:
            writer.discard()
            self.journal.undo(mark)
            raise ImportRefused(f"{path.name}: could not be saved into the project "
                                f"({exc.strerror or exc})") from exc

    def metadata(self, path: Path) -> None:
        items = read_metadata(path)
        self.report.warnings.extend(getattr(items, "warnings", []))
        by_url: dict[str, list[str]] = {}
        by_title: dict[str, list[str]] = {}
        for source in self.project.sources.values():
            url = normalise_url(source.meta.URL)
            if url:
                by_url.setdefault(url, []).append(source.id)
            for title in {source.meta.title, _first_line(source.text)}:
                key = normalise_title(title)
                if key:
                    by_title.setdefault(key, []).append(source.id)
        staged: list[tuple[str, SourceMeta]] = []
        for item in items:
            sid = _unique(by_url.get(normalise_url(item.URL), [])) if item.URL else None
            if sid is None:
                sid = _unique(by_title.get(normalise_title(item.title), []))
            if sid is None:
                self.report.unmatched.append((str(path), item.title or item.URL))
                continue
            current = next((m for s, m in staged if s == sid), None)
            if current is None:
                source = self.project.sources[sid]
                current = replace(source.meta, author=list(source.meta.author),
                                  extra=dict(source.meta.extra))
                staged.append((sid, current))
            merge_meta(current, item, overwrite=True)
        writer = _Writer(self.journal)
        changed = [(sid, meta) for sid, meta in staged if meta != self.project.sources[sid].meta]
        self._write(writer, path, [(self.root / SOURCES_DIR / f"{sid}.yaml", sidecar_yaml(sid, m))
                                   for sid, m in changed])
        for sid, meta in changed:
            self.project.sources[sid].meta = meta
            if sid not in self.report.metadata_attached:
                self.report.metadata_attached.append(sid)


def _first_line(text: str) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= 300 else ""
    return ""


def _unique(ids: list[str]) -> str | None:
    unique = list(dict.fromkeys(ids))
    return unique[0] if len(unique) == 1 else None


def _check_encoding(encoding: str | None) -> str | None:
    """The codec's canonical name (``utf8`` -> ``utf-8``), or ``ImportBlocked``."""
    if not encoding:
        return None
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise ImportBlocked(f"unknown encoding {encoding!r}; use a name such as utf-8, "
                            "cp1252 (Windows Western), latin-1 or mac-roman") from None


def _journal(project: Project) -> Journal:
    return Journal(Path(project.path), CACHE_DIR)


def _run(project: Project, paths: list[Path], progress: Progress | None,
         cancel: Cancel | None, encoding: str | None, journal: Journal) -> ImportReport:
    report = ImportReport()
    files, report.refused = collect_files(paths, Path(project.path))
    sources = [f for f in files if f.suffix.lower() not in METADATA_SUFFIXES]
    bibliographies = [f for f in files if f.suffix.lower() in METADATA_SUFFIXES]
    importer = _Importer(project, report, journal, encoding)
    total = len(files)
    for done, path in enumerate(sources + bibliographies, 1):
        if cancel is not None and cancel():
            report.cancelled = True
            break
        try:
            if path.suffix.lower() in METADATA_SUFFIXES:
                importer.metadata(path)
            else:
                if importer.same_as_stored(path) is None:
                    importer.source(path, extract(path, encoding=encoding))
        except ImportRefused as exc:
            report.refused.append((str(path), exc.reason))
        if progress is not None:
            progress(done, total, path.name)
    return report


def _check_project(project: Project) -> None:
    if project.read_only:
        raise ImportBlocked("this project is a plain folder opened read-only; create a "
                            "project from it first (briefer new) and import into that")
    if not project.path:
        raise ImportBlocked("the project has not been saved yet; save it to a folder first")


def import_paths(project: Project, paths: list[Path], *, progress: Progress | None = None,
                 cancel: Cancel | None = None, encoding: str | None = None) -> ImportReport:
    """Import files and folders into ``project``; sources first, then bibliography files.

    Refused files are listed with their reason and change nothing. ``progress``
    is called as ``progress(done, total, file_name)`` after each file and
    ``cancel()`` is asked before each; what was imported before a cancel stays.
    ``encoding`` (e.g. ``"cp1252"``) decodes text and web-page files instead of
    the automatic choice. An unexpected error (or Ctrl-C) undoes the whole
    import before it propagates. Does not save project.yaml: prefer
    ``import_and_save``.
    """
    _check_project(project)
    encoding = _check_encoding(encoding)
    journal = _journal(project)
    state = ProjectState(project)
    try:
        return _run(project, list(paths), progress, cancel, encoding, journal)
    except BaseException:
        journal.undo()
        state.restore(project)
        raise
    finally:
        journal.forget()


def import_and_save(project: Project, paths: list[Path], progress: Progress | None = None,
                    cancel: Cancel | None = None, *, encoding: str | None = None
                    ) -> ImportReport:
    """``import_paths`` then ``save_project``, as one step that succeeds or changes nothing.

    project.yaml is saved only when the import changed the project. If the save
    fails (or anything else goes wrong), every file the import wrote is removed
    or restored, the project's sources and excerpts are put back, and the
    save's error (a ``ProjectError``) is raised again; a retry then picks the
    same ids as the first attempt would have.
    """
    from briefer.io.project_file import ProjectError, save_project

    _check_project(project)
    encoding = _check_encoding(encoding)
    journal = _journal(project)
    state = ProjectState(project)
    try:
        with writing(Path(project.path)):
            report = _run(project, list(paths), progress, cancel, encoding, journal)
            if report.changed:
                save_project(project, journal=journal)
            journal.forget()  # the commit point: the import and its project.yaml stand
    except BaseException as exc:
        problems = journal.undo()
        state.restore(project)
        if isinstance(exc, LockBusy):
            raise ProjectError(str(exc)) from exc
        if problems and isinstance(exc, Exception):
            raise ProjectError(f"{exc} The import could not be fully undone either: "
                               + "; ".join(problems[:5])) from exc
        raise
    return report


def terminal_progress(stream: TextIO | None = None, min_total: int = 5,
                      interval: float = 0.1) -> Progress:
    """A ``progress`` callback drawing ``[12/340] name`` on one terminal line.

    Draws nothing when the stream is not a terminal or the batch is small;
    redraws at most every ``interval`` seconds and ends the line when done.
    """
    out = stream if stream is not None else sys.stderr
    last = [0.0]

    def draw(done: int, total: int, name: str) -> None:
        if total < min_total or not out.isatty():
            return
        now = time.monotonic()
        if done < total and now - last[0] < interval:
            return
        last[0] = now
        label = name if len(name) <= 50 else name[:24] + "…" + name[-25:]
        out.write(f"\r\x1b[K[{done}/{total}] {label}")
        if done >= total:
            out.write("\n")
        out.flush()

    return draw
