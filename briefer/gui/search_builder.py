"""Bringing a project's search index up to date off the window's thread, and searching the
index of a project not yet read.

The builder lives on its own thread with its own connection: it hands a reader of the
index file to the searcher at once, then adds sources batch by batch. Once the index is
complete and the folder is still as it was read, it vouches for it (``fresh``), as
``briefer search`` does: the next time the project is opened, its index is searched
before the project is read (``open_vouched``). A folder whose index is not vouched for
(never opened, say) is indexed as it is read instead: the loader hands the sources read so
far (``Arrivals``), the builder adds them to the index (dropping no row of a source not
read yet) and the searcher searches them (``add``); once the project is in, ``build``
brings the index to exactly the project, skipping what was added unchanged.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from briefer.core.project import Project
from briefer.core.source import Source
from briefer.index import SearchIndex
from briefer.index.fresh import folder_stamp, is_project, vouch_for, vouched_index
from briefer.gui.workers import Cancelled
from briefer.io.project_file import OnRead, load_project
from briefer.index.fts import BATCH
from briefer.index.texts import SourceTexts

log = logging.getLogger(__name__)
PAUSE_MAX = 1.0  # seconds: the longest pause between batches indexed as they are read
EARLY_FULL = 2000  # sources indexed as they are read before indexing slows down further


def load_stamped(path: Path, *, outline: bool = True, on_read: OnRead | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Project:
    """``load_project``, with the folder's state before it was read kept on the project
    (``Project.opened_stamp``), for vouching for its index once it is complete.
    ``cancelled``: the reading stops (``Cancelled``) at the next batch read once it
    turns true, rather than read on, and index, a project no longer wanted."""
    stamp = folder_stamp(path) if path.is_dir() else None
    if on_read is not None and cancelled is not None:
        given = on_read

        def on_read(sources: list[Source], total: int) -> None:
            if cancelled():
                raise Cancelled()
            given(sources, total)
    project = load_project(path, outline=outline, on_read=on_read)
    project.opened_stamp = stamp
    return project


def make_index(project: Project) -> SearchIndex:
    """The project's persisted index, or one in memory when its file cannot be used."""
    try:
        return SearchIndex.for_project(project)
    except Exception as exc:  # a broken cache folder must not cost the user search
        log.warning("search index file unavailable (%s); indexing in memory", exc)
        return SearchIndex(":memory:")


class ReadSoFar(SourceTexts):
    """``SourceTexts`` of the sources of a project read so far, growing as they are read:
    a search shows none of the others' rows an index file may hold from an earlier open."""

    def __init__(self) -> None:
        super().__init__({})

    def add(self, sources: list[Source]) -> None:
        self._sources.update((s.id, s) for s in sources)  # read by the searcher meanwhile

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._sources))  # a copy: the loader adds meanwhile


class Arrivals:
    """The sources read so far of the project being opened, from the loader's thread to
    the builder's: whatever came since the builder last took them, taken at once (the
    loader reads faster than the index grows), and nothing of a build since replaced."""

    def __init__(self, tell: Any) -> None:
        self._lock = threading.Lock()
        self._tell = tell  # a signal: the builder is to take what came (build number)
        self._sources: list[Source] = []
        self._told = False
        self.build = 0  # the build the sources are for (the others' are dropped)
        self.total = 0  # sources the project lists

    def start(self, build: int) -> None:
        with self._lock:
            self.build, self._sources, self._told, self.total = build, [], False, 0

    def on_read(self, build: int) -> OnRead:
        """What the loader calls with the sources it read (``load_project``)."""
        def came(sources: list[Source], total: int) -> None:
            with self._lock:
                if build != self.build:
                    return
                self._sources.extend(sources)
                self.total = total
                if self._told:
                    return
                self._told = True
            self._tell.emit(build)
        return came

    def take(self, build: int) -> tuple[list[Source], int]:
        with self._lock:
            if build != self.build:
                return [], 0
            taken, self._sources, self._told = self._sources, [], False
            return taken, self.total


class Builder(QObject):
    """Lives on the indexing thread: brings the index up to date, batch by batch, on
    its own connection, after handing a reader of the same file to the searcher."""

    opened = Signal(object, int)  # an index to search, build number
    state = Signal(str, int, int, int)  # 'indexing'/'ready', searchable, total, build
    came = Signal(int)  # sources were read (``Arrivals``), for this build

    def __init__(self) -> None:
        super().__init__()
        self.cancel = threading.Event()
        self.writing: Any = None  # the index being written (to interrupt it)
        self.latest = 0  # the newest build asked for (written by the GUI thread)
        self.arrivals = Arrivals(self.came)
        self.came.connect(self.add)
        self._folder: tuple[int, Path] | None = None  # build, folder indexed as it is read
        self._early: SearchIndex | None = None  # its index, written as sources come
        self._reader: SearchIndex | None = None  # and the searcher's reader of it
        self._shown = False  # that reader was handed to the searcher
        self._read: ReadSoFar = ReadSoFar()
        self._indexed = 0  # of the sources read so far (the others wait for the build)
        self._added = (0, "")  # sources added unmerged, to which index file

    def _close_early(self) -> None:
        if self._early is not None:
            self._early.close()
        self._early, self._reader, self._shown, self._read = None, None, False, ReadSoFar()
        self._indexed = 0

    @Slot(int)
    def add(self, build: int) -> None:
        """Index the sources read since last time, adding to the index what it lacks of
        them (``update(adding=True)``) and searching them once the first are in."""
        sources, total = self.arrivals.take(build)
        if not sources or self._folder is None or self._folder[0] != build \
                or build != self.latest:
            return
        index = self._early
        if index is None:
            folder = self._folder[1]
            try:
                index = make_index(Project(name=folder.name, path=str(folder),
                                           read_only=not is_project(folder)))
                reader = index.reader(self._read)
            except Exception as exc:  # the project's build will say what is wrong
                log.info("index of %s not opened as it is read (%s)", folder, exc)
                self._folder = None
                return
            if reader is index:  # in memory: the project's build will do
                index.close()
                self._folder = None
                return
            self._early, self._reader, self._added = index, reader, (0, index.db_path)
        for first in range(0, len(sources), BATCH):
            started = time.perf_counter()
            stop = build != self.latest or self.cancel.is_set()  # a new build, a close
            if stop or not self._add_some(index, sources[first:first + BATCH], total, build):
                return
            # the project is being read meanwhile: leave the reading most of the machine
            # (indexing beside it at full speed made reading 100,000 sources twice as long)
            pace = 1 if self._indexed < EARLY_FULL else 3
            self.cancel.wait(min((time.perf_counter() - started) * pace, PAUSE_MAX))

    def _add_some(self, index: SearchIndex, sources: list[Source], total: int,
                  build: int) -> bool:
        """Index ``sources`` as ``add`` does; False when indexing as it reads is to stop."""
        self._read.add(sources)
        before = self._indexed

        def progress(added: int, todo: int, *_: object) -> None:
            if added and not self._shown:  # the first are in: search them
                self._shown = True
                self.opened.emit(self._reader, build)
            self.state.emit("indexing", before + len(sources) - todo + added, total, build)

        self.writing = index
        try:
            added = index.update(sources, progress, lambda: self.cancel.is_set()
                                 or build != self.latest, adding=True)
        except Exception as exc:
            log.info("sources read so far not indexed (%s)", exc)
            self._folder = None
            return False
        finally:
            self.writing = None
        self._indexed += len(sources)
        self._added = (self._added[0] + added, self._added[1])
        if not self._shown and build == self.latest:  # none new: what the file held
            self._shown = True
            self.opened.emit(self._reader, build)
            self.state.emit("indexing", self._indexed, total, build)
        return True

    @Slot(object, int)
    def build(self, project: Project, build: int) -> None:
        self.cancel.clear()
        self._close_early()
        self._folder = None
        added, self._added = self._added, (0, "")
        sources = list(project.sources.values())
        total = len(sources)

        def progress(done: int, todo: int, *_: object) -> None:
            self.state.emit("indexing", total - todo + done, total, build)

        try:
            index = self.writing = make_index(project)
            reader = index.reader()
            self.opened.emit(reader, build)
            self.state.emit("indexing", min(len(reader), total), total, build)
            if len(sources) > BATCH and not len(reader):
                # never indexed: one batch before reading and hashing every text (at
                # 100,000 articles that is seconds), so that a search finds something
                index.update(sources[:BATCH],
                             lambda done, *_: self.state.emit("indexing", done, total, build),
                             self.cancel.is_set)
            done = index.update(sources, progress, self.cancel.is_set)
            if added[0] >= 1000 and added[1] == index.db_path and not self.cancel.is_set() \
                    and done < 1000 and done * 5 < total:  # else ``update`` merged it
                index.optimize()  # what was added as it was read was left unmerged
        except Exception as exc:
            log.warning("search index failed (%s); indexing in memory", exc)
            index = self.writing = SearchIndex(":memory:")
            index.update(sources)
            self.opened.emit(index, build)
        finally:
            self.writing = None
        if not self.cancel.is_set():
            try:  # before saying it is ready: a window closed then has it on record
                vouch_for(index, project)
            except Exception as exc:  # the index is fine; only the next open's head start
                log.info("could not record the index as current (%s)", exc)
            self.state.emit("ready", total, total, build)

    @Slot(str, int)
    def open_vouched(self, folder: str, build: int) -> None:
        """Before a project is read: search its index at once if it is vouched for at the
        folder's present state (``fresh``), so that search answers within a second of the
        window even when reading 100,000 sources takes seconds. Hits then come with the
        snippets of the texts the index holds."""
        self.cancel.clear()
        self._close_early()
        self._folder = None
        found = vouched_index(Path(folder))
        if found is None:
            self._folder = (build, Path(folder))  # indexed as it is read (``add``)
            return
        path = found[0]
        try:
            reader = SearchIndex(path)
            total = len(reader)
        except Exception as exc:
            log.info("index of %s not searched before opening (%s)", folder, exc)
            return
        self.opened.emit(reader, build)
        self.state.emit("ready", total, total, build)
