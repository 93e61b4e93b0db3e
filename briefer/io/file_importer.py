"""One file into a project folder: its text, CSL sidecar and a copy of the original.

Split from ``importing`` (which runs a batch of files, all or nothing) so the
rules for a single file read on their own: which id it gets, whether it is a
re-import of a source already there, which files it writes (staged under
temporary names, then moved into place together, or none), and which
sources a bibliography file's items attach to. What happened to each file is
recorded in the ``ImportReport`` the batch returns.
"""

from __future__ import annotations

import os
import re
import shutil
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefer.core.anchoring import reanchor
from briefer.core.excerpt import AnchorStatus
from briefer.core.messages import Listing, Message
from briefer.core.project import Project
from briefer.core.source import Source, SourceKind, SourceMeta
from briefer.io.importers import Extracted, ImportRefused, merge_meta, read_metadata
from briefer.io.importers.csl import normalise_title, normalise_url
from briefer.io.journal import Journal
from briefer.io.atomic import ProjectError, temp_beside
from briefer.io.duplicates import KnownTexts, sha1_of
from briefer.io.project_file import ORIGINALS_DIR, SOURCES_DIR
from briefer.io.sources import detect_kind
from briefer.io.yamlutil import dump_yaml

# Extensions that name the same kind of original, so a re-import finds its source.
_FAMILY = {".htm": ".html", ".xhtml": ".html", ".text": ".txt", ".markdown": ".md"}
_TEXT_ORIGINALS = (".txt", ".text", ".md", ".markdown")
_DECODED = (*_TEXT_ORIGINALS, ".html", ".htm", ".xhtml")  # files an ``encoding`` applies to


@dataclass
class ImportReport:
    """What an import did, file by file."""

    added: list[str] = field(default_factory=list)  # source ids
    updated: list[str] = field(default_factory=list)  # source ids whose text or metadata changed
    refused: list[tuple[str, Message]] = field(default_factory=list)  # (file, reason)
    orphaned: list[str] = field(default_factory=list)  # excerpt ids whose words are gone
    metadata_attached: list[str] = field(default_factory=list)  # source ids
    unchanged: list[str] = field(default_factory=list)  # re-imported, nothing different
    unmatched: list[tuple[str, str]] = field(default_factory=list)  # (file, item title or URL)
    warnings: list[Message] = field(default_factory=list)
    cancelled: bool = False

    @property
    def changed(self) -> bool:
        """Whether the project changed (and project.yaml needs saving)."""
        return bool(self.added or self.updated or self.metadata_attached)

    def headline(self) -> Message:
        """The counts, on one line: "3 added, 0 updated, … 1 refused"."""
        return Message(
            "{added} added, {updated} updated, {unchanged} already imported (unchanged), "
            "{refused} refused{attached}{cancelled}", added=len(self.added),
            updated=len(self.updated), unchanged=len(self.unchanged), refused=len(self.refused),
            attached=Message(", metadata attached to {count}",
                             count=len(self.metadata_attached))
            if self.metadata_attached else "",
            cancelled=Message(" (cancelled)") if self.cancelled else "")

    def details(self) -> list[Message]:
        """One line for each file refused, excerpts orphaned, item unmatched, warning."""
        lines = [Message("refused {reason}", reason=reason)
                 if str(reason).startswith(Path(name).name) else
                 Message("refused {file}: {reason}", file=Path(name).name, reason=reason)
                 for name, reason in self.refused]
        if self.orphaned:
            lines.append(Message("{count} excerpt{count:?|s} orphaned — their words are gone "
                                 "from the new text: {ids}", count=len(self.orphaned),
                                 ids=list(self.orphaned)))
        lines += [Message("no source matches {title!r} in {file}", title=title,
                          file=Path(name).name) for name, title in self.unmatched]
        lines += self.warnings
        return lines

    def summary(self) -> Message:
        """A few lines for the terminal (``str``) or a message box (worded in the app's
        language): the headline, then the details."""
        details = self.details()
        if not details:
            return self.headline()
        return Message("{headline}\n{details}", headline=self.headline(),
                       details=Listing(details))


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


class _Writer:
    """Files staged under temporary names, then moved into place together."""

    def __init__(self, journal: Journal) -> None:
        self.staged: list[tuple[Path, Path]] = []
        self.journal = journal

    def bytes(self, dest: Path, data: bytes) -> None:
        self.journal.folder(dest.parent)
        tmp = temp_beside(dest)
        self.staged.append((tmp, dest))
        with tmp.open("wb") as fh:
            fh.write(data)
            if dest.exists():  # replacing a file: make sure the new one is on disk first
                fh.flush()
                os.fsync(fh.fileno())

    def copy(self, dest: Path, src: Path) -> None:
        self.journal.folder(dest.parent)
        tmp = temp_beside(dest)
        self.staged.append((tmp, dest))
        shutil.copyfile(src, tmp)

    def commit(self) -> None:
        self.journal.before_writes([dest for _, dest in self.staged])  # one flush for all
        for tmp, dest in self.staged:
            os.replace(tmp, dest)
        self.staged.clear()

    def discard(self, start: int = 0) -> None:
        """Remove the temporary files staged from the ``start``-th on."""
        for tmp, _ in self.staged[start:]:
            tmp.unlink(missing_ok=True)
        del self.staged[start:]


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


class FileImporter:
    """Imports the files of one batch, one at a time, into a project; records what it did."""

    def __init__(self, project: Project, report: ImportReport, journal: Journal,
                 encoding: str | None = None, known: KnownTexts | None = None) -> None:
        self.project = project
        self.root = Path(project.path)
        self.report = report
        self.journal = journal
        self.encoding = encoding
        self.batch: set[str] = set()  # ids added or updated in this run
        # The files of the new sources, staged under temporary names and moved into place
        # together by ``flush``: the journal records them with one flush to the disk, not
        # one a file (each took a millisecond or more, tens on a busy disk)
        self.pending = _Writer(journal)
        # each source's text by its digest, to refuse an exact copy: from the project's
        # cache of them (``KnownTexts``), made at the first new file (reading every text
        # was 0.6 s of an import into a project of 10,000 articles)
        self.known = known or KnownTexts()
        self._digests: dict[str, str] | None = None
        # stems of files already in sources/ and originals/: ids that would overwrite them
        self.taken: set[str] = set()
        for folder in (self.root / SOURCES_DIR, self.root / ORIGINALS_DIR):
            if folder.is_dir():
                self.taken.update(p.name.split(".", 1)[0] for p in folder.iterdir())

    @property
    def digests(self) -> dict[str, str]:
        if self._digests is None:
            self._digests = {}
            for source in self.project.sources.values():
                self._digests[self.known.facts(source)[0]] = source.id
        return self._digests

    def _occupied(self, sid: str) -> bool:
        return sid in self.taken

    def same_as_stored(self, path: Path) -> str | None:
        """The id of the source this very file was imported as, byte for byte, if any.

        Lets a re-import of an unchanged folder skip the (slow) extraction; not
        taken when an encoding is chosen, since the same bytes then read differently.
        """
        sid = self.stored_as(path)
        if sid is None:
            return None
        self.batch.add(sid)
        self.report.unchanged.append(sid)
        return sid

    def stored_as(self, path: Path) -> str | None:
        """``same_as_stored`` without noting anything: which files need reading at all."""
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
        raise ImportRefused("{file}: too many sources share this name", file=path.name)

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
        digest = sha1_of(extracted.text)
        twin = self.digests.get(digest)
        if twin is not None and twin != sid:
            if existing is None:  # a second copy would only split the excerpts between two
                raise ImportRefused("{file}: same text as source {twin!r}, which is already "
                                    "in the project; not imported again", file=path.name,
                                    twin=twin)
            self.report.warnings.append(Message("{file}: its new text is the same as source "
                                                "{twin!r}", file=path.name, twin=twin))
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
        if existing is None:  # no file of the project changes until ``flush``
            self._stage(path, targets)
        else:
            self._write(_Writer(self.journal), path, targets, stale)
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

    def _stage(self, path: Path, targets: list[tuple[Path, bytes | None]]) -> None:
        """Write a new source's ``targets`` under temporary names, for ``flush``; a file that
        cannot be written is refused and leaves nothing behind, as ``_write``."""
        start = len(self.pending.staged)
        mark = self.journal.mark()  # a folder made for the first file is recorded
        try:
            for dest, data in targets:
                if data is None:
                    self.pending.copy(dest, path)
                else:
                    self.pending.bytes(dest, data)
        except OSError as exc:
            self.pending.discard(start)
            self.journal.undo(mark)
            raise ImportRefused("{file}: could not be saved into the project ({reason})",
                                file=path.name, reason=exc.strerror or str(exc)) from exc

    def flush(self) -> None:
        """Move the new sources' staged files into place, recorded in the journal first with
        one flush to the disk. A file that cannot be moved fails the whole import (whose
        caller undoes it): the sources after it were decided with it in the project."""
        staged = self.pending.staged
        if not staged:
            return
        mark = self.journal.mark()
        dest = staged[0][1]
        try:
            self.journal.before_writes([d for _, d in staged])
            for tmp, dest in staged:
                os.replace(tmp, dest)
        except OSError as exc:
            self.discard()
            self.journal.undo(mark)
            raise ProjectError("{file}: could not be saved into the project ({reason})",
                               file=dest.name, reason=exc.strerror or str(exc)) from exc
        staged.clear()

    def discard(self) -> None:
        """Drop the staged files not moved into place (an import that stops on an error)."""
        self.pending.discard()

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
            raise ImportRefused("{file}: could not be saved into the project ({reason})",
                                file=path.name, reason=exc.strerror or str(exc)) from exc

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

