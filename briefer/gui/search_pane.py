"""Quick source lookup: ranked results with snippets as you type, off the GUI thread.

The search index lives on one worker thread (SQLite connections stay on the
thread that made them). Typing restarts a short timer; each query carries a
generation number and the worker skips queries already superseded.

While a word is being typed its last word is also read as the start of a longer one
("tarif" finds "tariffs"); once typing pauses (``SETTLE_MS``), or at Enter, the words
are searched as written, so the answer left on screen is the one ``briefer search``
gives: the same hits in the same order, and the same "best of the N most recently
added" when too many match (the prefix reading matches more, so it said so sooner).
"""

from __future__ import annotations

import logging
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QModelIndex, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from briefer.core.project import Project
from briefer.index import Results
from briefer.index.query import reads_as_typed
from briefer.index.rank import PAGE
from briefer.gui.numbers import number
from briefer.gui.search_hits import HIT_ROLE, HitDelegate, HitsModel
from briefer.gui.search_builder import Builder as _Builder
from briefer.gui.session import ProjectSession
from briefer.io.project_file import OnRead

log = logging.getLogger(__name__)
SETTLE_MS = 600  # no key for this long: the words are taken as written (module notes)


class _Searcher(QObject):
    """Lives on the search thread; answers queries from the index it is given."""

    results = Signal(int, str, object)  # generation, query, Results

    def __init__(self) -> None:
        super().__init__()
        self.index: Any = None
        self.indexing = False  # another connection is adding rows (counts go stale)
        self.latest = 0  # newest query generation (written by the GUI thread)
        self.latest_build = 0  # newest build asked for (written by the GUI thread)

    @Slot(object, int)
    def use(self, index: Any, build: int) -> None:
        if build >= self.latest_build:
            self.index, self.indexing = index, True

    @Slot(int)
    def built(self, build: int) -> None:
        if build >= self.latest_build:
            self.indexing = False
            if self.index is not None:
                self.index.refresh()  # what it kept between searches predates the last rows

    @Slot(int, str, bool)
    def search(self, generation: int, query: str, typing: bool = False) -> None:
        index = self.index
        if generation < self.latest or index is None:
            return
        try:
            if self.indexing:
                index.refresh()
            hits = index.search(query, PAGE, typing=typing)
        except Exception as exc:
            log.debug("search failed: %s", exc)
            hits = Results()
        if generation >= self.latest:
            self.results.emit(generation, query, hits)


class SearchService(QObject):
    """GUI-side handle on the search thread and the indexing thread.

    Searching starts as soon as the index file is open: while the build adds
    sources batch by batch (committed one batch at a time) a search sees what is
    indexed so far, and ``progress`` says how much that is. ``ready`` turns true
    once the index is complete. The GUI never waits on either thread.
    """

    resultsReady = Signal(str, object)  # query, Results (hits, partial, suggestions)
    stateChanged = Signal(str, int, int)
    _build = Signal(object, int)
    _early_open = Signal(str, int)
    _search = Signal(int, str, bool)
    _built = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threads: list[QThread] = []
        self._worker = _Searcher()
        self._builder = _Builder()
        for name, obj in (("search", self._worker), ("search-index", self._builder)):
            thread = QThread(self)
            thread.setObjectName(name)
            obj.moveToThread(thread)
            self._threads.append(thread)
        self._build.connect(self._builder.build)
        self._early_open.connect(self._builder.open_vouched)
        self._search.connect(self._worker.search)
        self._built.connect(self._worker.built)
        self._builder.opened.connect(self._worker.use)
        self._builder.opened.connect(self._opened)
        self._builder.state.connect(self._state)
        self._worker.results.connect(self._results)
        for thread in self._threads:
            thread.start()
        self._generation = 0
        self._build_id = 0
        self.ready = False  # the index is complete
        self.searchable = False  # an index is open for the current project
        self.progress = (0, 0)  # sources searchable, sources in the project
        self._pending: str | None = None
        self._pending_typing = False
        self._project: Project | None = None
        self._early: str | None = None  # the folder being read, searched as it is read
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self.build_now)

    def _new_build(self, keep: bool = False) -> None:
        """A new build: what the previous one does is dropped (its index still searched
        until the new one's opens if ``keep``: the same project's, read meanwhile)."""
        self._build_id += 1
        self._worker.latest_build = self._builder.latest = self._build_id
        self._builder.arrivals.start(self._build_id)  # the loader's sources: dropped
        self.searchable = self.searchable and keep
        self.ready = False
        self._builder.cancel.set()

    def _reading(self, project: Project) -> bool:
        """Whether the index searched is that of ``project``'s sources as they were read
        (not vouched for: that one is complete, and the build waits as it always did)."""
        return self._early is not None and self._early == project.path and not self.ready

    def search_before_open(self, folder: Path) -> OnRead:
        """While ``folder`` is being read: search its index at once if it is vouched for
        (``Builder.open_vouched``), else index the sources as they are read (what is
        returned is for the loader to give them to: ``load_project``'s ``on_read``) and
        search them; ``rebuild`` takes over once the project is open, and ``build_now``
        indexes the project open before if it does not open."""
        self._later.stop()
        self._new_build()
        self._early = str(folder)
        self._early_open.emit(str(folder), self._build_id)
        return self._builder.arrivals.on_read(self._build_id)

    def rebuild(self, project: Project) -> None:
        self._later.stop()
        self._project = None
        keep = self._reading(project)
        self._early = None
        self._new_build(keep)
        if not keep:
            self.progress = (0, len(project.sources))
        self._build.emit(project, self._build_id)

    def rebuild_later(self, project: Project, delay_ms: int = 1500) -> None:
        """Index after ``delay_ms`` (start-up stays quick), or at once if a search comes —
        or came already, typed while the project was being read, or it is searched as it
        was read (its index is then completed at once, searched meanwhile)."""
        keep = self._reading(project)
        if not keep:
            self._early = None
        self._new_build(keep)
        self._project = project
        self._later.start(0 if self._pending is not None or keep else delay_ms)

    def build_now(self) -> None:
        if self._project is not None:
            self.rebuild(self._project)

    def search(self, query: str, typing: bool = False) -> None:
        """Search ``query`` (``typing``: its last word may be unfinished); only the
        answer of the latest search is given (``resultsReady``)."""
        self._generation += 1
        self._worker.latest = self._generation
        if not self.searchable:
            self._pending, self._pending_typing = query, typing
            if self._later.isActive():
                self.build_now()
            return
        self._search.emit(self._generation, query, typing)

    def _opened(self, _index: object, build: int) -> None:
        if build != self._build_id:
            return
        self.searchable = True
        if self._pending is not None:
            query, self._pending = self._pending, None
            self.search(query, self._pending_typing)

    def _state(self, state: str, done: int, total: int, build: int) -> None:
        if build != self._build_id:
            return  # a build since replaced
        self.progress = (done, total)
        if state == "ready":
            self.ready = True
            self._built.emit(build)
        self.stateChanged.emit(state, done, total)

    def _results(self, generation: int, query: str, hits: Results) -> None:
        if generation == self._generation:
            self.resultsReady.emit(query, hits)

    def stop(self, wait_ms: int = 3000) -> None:
        """Stop indexing and searching; waits at most ``wait_ms`` for each thread, then
        leaves a thread still busy to end on its own (never destroyed while it runs)."""
        self._later.stop()
        self._builder.cancel.set()
        writing = self._builder.writing
        if writing is not None:
            writing.interrupt()  # a merge of a large index takes seconds
        for thread in self._threads:
            thread.quit()
        for thread in self._threads:
            if not thread.wait(wait_ms):
                log.warning("%s thread still busy; left to finish", thread.objectName())
                thread.setParent(None)  # not destroyed with the window: that would abort
                _LINGERING.append((thread, self._worker, self._builder))


# threads that did not stop when their window closed, and the objects they run
_LINGERING: list[tuple[QThread, QObject, QObject]] = []


class SearchPane(QWidget):
    hitActivated = Signal(str, int, int, str)  # source id, start, end, query

    def __init__(self, session: ProjectSession, service: SearchService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPane")
        self.setAccessibleName(self.tr("Search all sources"))
        self.session = session
        self.service = service
        self.box = QLineEdit(self)
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(self.tr("Search all sources (Ctrl+K)"))
        self.box.setAccessibleName(self.tr("Search all sources"))
        self.box.setClearButtonEnabled(True)
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setAccessibleName(self.tr("Search status"))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.linkActivated.connect(self._suggested)
        self.model = HitsModel(self)
        self.results = QListView(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.activated.connect(self._activate)
        self.results.clicked.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.box)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

        self._open_first = ""  # a query whose first hit Enter asked for before its results
        self._chosen: tuple[str, str] | None = None  # (query, source id) of the hit opened
        self._by_default: str | None = None  # the source of the hit made current by default
        self._lines: list[str] = []  # the status of the results shown
        self._partial_results = False  # the results shown came while indexing
        self._ran_complete = False  # the index was complete when the query was sent
        self._since_run = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._run)
        self._settled = False  # typing paused (or Enter): the words are taken as written
        self._sent_typing = False  # the latest search read its last word as a prefix
        self._shown_typing = False  # and so did the one whose results are shown
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._typing_paused)
        self.box.textChanged.connect(self._typed)
        self.box.returnPressed.connect(self._enter)
        service.resultsReady.connect(self._show)
        service.stateChanged.connect(self._state)

    def focus_box(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def _typed(self, _text: str) -> None:
        self._settled = False
        self._timer.start()
        self._settle.start()

    def _typing_paused(self) -> None:
        """Search the words as written, if they were last searched as being typed."""
        self._settled = True
        if self._sent_typing and not self._timer.isActive():
            self._run()

    def _run(self) -> None:
        query = self.box.text().strip()
        if not query:
            self.model.set_hits("", [])
            self._lines = []
            self.status.setText("")
            return
        self._since_run.start()
        self._ran_complete = self.service.ready  # else the results may lack sources
        # the raw text: a space or a closing quote typed last ends the word being typed
        self._sent_typing = not self._settled and reads_as_typed(self.box.text())
        self.service.search(query, self._sent_typing)

    def _state(self, state: str, done: int, total: int) -> None:
        """Show how far indexing is; while it goes on, search the query again now and
        then (more sources are searchable), and once more when it is complete."""
        query = self.box.text().strip()
        if not query:
            self.status.setText(self.tr("Indexing sources… {0} of {1}").format(
                number(done), number(total)) if state == "indexing" else "")
            return
        self._render_status()
        if self.model.query != query or self._timer.isActive():
            return  # the query's own results are still to come
        complete = state == "ready" and self._partial_results
        wait_ms = 1000 if self.model.rowCount() else 100  # nothing found yet: soon again
        grown = state == "indexing" and not self.results.hasFocus() and \
            self._since_run.isValid() and self._since_run.elapsed() >= wait_ms
        if complete or grown:
            self._run()

    def _render_status(self) -> None:
        lines = list(self._lines)
        if self.service.searchable and not self.service.ready:
            done, total = self.service.progress
            lines.append(escape(self.tr("Searching {0} of {1} sources — indexing…").format(
                number(done), number(total))))
        self.status.setText("<br>".join(lines))

    def _show(self, query: str, hits: Results) -> None:
        if query != self.box.text().strip():
            return
        keep = self._hit_to_keep(query)
        self.model.set_hits(query, list(hits))
        self._shown_typing = self._sent_typing  # only the latest search's results come
        lines = [escape(self.tr("%n result(s)", "", len(hits)) if hits
                        else self.tr("No source matches “{0}”").format(query))]
        if getattr(hits, "partial", False):
            lines.append(escape(self.tr(
                "No source has all the words; showing sources with most of them.")))
        if getattr(hits, "among", 0):
            lines.append(escape(self.tr(
                "Too many sources match to rank them all: these are the best of the {0} "
                "most recently added.").format(number(hits.among))))
        better = hits.suggested_query(query) if isinstance(hits, Results) else ""
        if better:
            link = f'<a href="{escape(better, quote=True)}">{escape(better)}</a>'
            lines.append(self.tr("Did you mean {0}?").format(link))
        self._lines = lines
        self._partial_results = not self._ran_complete
        self._render_status()
        if self._partial_results and self.service.ready and not self._timer.isActive():
            self._run()  # the index was completed while these were found: search it whole
        row = self._row_of(keep) if keep is not None else 0
        self._by_default = None
        if hits and row >= 0:
            self.results.setCurrentIndex(self.model.index(row))
            if self.model.hits[row].source_id != keep:
                self._by_default = self.model.hits[row].source_id
        # Enter came before the results: open the first now (none yet while the index is
        # being built: the first of the complete results, then)
        if self._open_first == query and not self._shown_typing \
                and (hits or not self._partial_results):
            self._open_first = ""
            if hits and self.box.hasFocus():
                self._activate(self.model.index(0))

    def _suggested(self, query: str) -> None:
        """Search for the suggestion the user clicked ("Did you mean …?")."""
        self.box.setText(query)
        self._timer.stop()
        self._settle.stop()
        self._settled = True  # a query chosen whole
        self._run()
        self.box.setFocus()

    def _enter(self) -> None:
        self._timer.stop()
        self._settle.stop()
        self._settled = True
        query = self.box.text().strip()
        if self.model.query != query or self._shown_typing \
                or (self._partial_results and not self.model.rowCount()):
            self._open_first = query  # opened as soon as they come (complete, if none yet)
            self._run()
            return
        index = self.results.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0)
        self._activate(index)

    def _hit_to_keep(self, query: str) -> str | None:
        """The source whose hit stays the current one when ``query``'s results come again
        (searched again as more sources are indexed, their order changed): the one opened
        from them, else the one the user made current; None for new words, or a current
        hit only made so by default (the first hit is current then)."""
        if self._chosen is not None and self._chosen[0] == query:
            return self._chosen[1]
        if self.model.query != query:
            return None
        hit = self.results.currentIndex().data(HIT_ROLE)
        return hit.source_id if hit is not None and hit.source_id != self._by_default \
            else None

    def _row_of(self, source_id: str) -> int:
        """The row of ``source_id``'s hit: the first hit's if the source was only current,
        none (-1) if it was opened and is no longer among the results (another row made
        current would look like the one opened)."""
        rows = (i for i, hit in enumerate(self.model.hits) if hit.source_id == source_id)
        opened = self._chosen is not None and self._chosen[1] == source_id
        return next(rows, -1 if opened else 0)

    def _activate(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit = index.data(HIT_ROLE)
        self._chosen = (self.model.query, hit.source_id)
        self.hitActivated.emit(hit.source_id, int(hit.start), int(hit.end), self.model.query)

    def keyPressEvent(self, event) -> None:
        if self.box.hasFocus() and event.key() == Qt.Key.Key_Down and self.model.rowCount():
            self.results.setFocus()
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.model.index(0))
            return
        super().keyPressEvent(event)
