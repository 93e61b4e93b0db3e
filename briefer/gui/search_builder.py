"""Bringing a project's search index up to date off the window's thread, and searching the
index of a project not yet read.

The builder lives on its own thread with its own connection: it hands a reader of the
index file to the searcher at once, then adds sources batch by batch. Once the index is
complete and the folder is still as it was read, it vouches for it (``fresh``), as
``briefer search`` does: the next time the project is opened, its index is searched
before the project is read (``open_vouched``).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from briefer.core.project import Project
from briefer.index import SearchIndex
from briefer.index.fresh import folder_stamp, vouch_for, vouched_index
from briefer.io.project_file import load_project
from briefer.index.fts import BATCH

log = logging.getLogger(__name__)


def load_stamped(path: Path, *, outline: bool = True) -> Project:
    """``load_project``, with the folder's state before it was read kept on the project
    (``Project.opened_stamp``), for vouching for its index once it is complete."""
    stamp = folder_stamp(path) if path.is_dir() else None
    project = load_project(path, outline=outline)
    project.opened_stamp = stamp
    return project


def make_index(project: Project) -> SearchIndex:
    """The project's persisted index, or one in memory when its file cannot be used."""
    try:
        return SearchIndex.for_project(project)
    except Exception as exc:  # a broken cache folder must not cost the user search
        log.warning("search index file unavailable (%s); indexing in memory", exc)
        return SearchIndex(":memory:")


class Builder(QObject):
    """Lives on the indexing thread: brings the index up to date, batch by batch, on
    its own connection, after handing a reader of the same file to the searcher."""

    opened = Signal(object, int)  # an index to search, build number
    state = Signal(str, int, int, int)  # 'indexing'/'ready', searchable, total, build

    def __init__(self) -> None:
        super().__init__()
        self.cancel = threading.Event()
        self.writing: Any = None  # the index being written (to interrupt it)

    @Slot(object, int)
    def build(self, project: Project, build: int) -> None:
        self.cancel.clear()
        sources = list(project.sources.values())
        total = len(sources)

        def progress(done: int, todo: int, *_: object) -> None:
            self.state.emit("indexing", total - todo + done, total, build)

        try:
            index = self.writing = make_index(project)
            reader = index.reader()
            self.opened.emit(reader, build)
            self.state.emit("indexing", 0, total, build)
            if len(sources) > BATCH and not len(reader):
                # never indexed: one batch before reading and hashing every text (at
                # 100,000 articles that is seconds), so that a search finds something
                index.update(sources[:BATCH],
                             lambda done, *_: self.state.emit("indexing", done, total, build),
                             self.cancel.is_set)
            index.update(sources, progress, self.cancel.is_set)
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
        found = vouched_index(Path(folder))
        if found is None:
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
