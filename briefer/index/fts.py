"""The full-text index of a project's sources (SQLite FTS5, bm25 ranking).

The index lives in ``<project>/.briefer/index.sqlite`` (a cache: deleting it
only costs a rebuild). FTS5 tables index the titles and texts:
``fts`` stores them and their Porter stems (``porter unicode61``), so a word
finds its inflected forms and ranks with bm25; ``words`` (contentless) keeps
tokens as written, for prefix terms (``negotiat*`` must find "negotiations",
whose stem is "negoti"); ``fr`` (contentless) holds the Snowball French stems
of the French sources (see ``french``), which a query searches as well. The
queries themselves are in ``sql``. ``update`` is incremental: a source is
re-indexed only when its content hash (title, text, language) changed, and
sources no longer present are dropped. A file written by another schema, or
one SQLite cannot read, is rebuilt.

Threads: one connection, opened with ``check_same_thread=False`` and guarded
by a lock, so ``update`` may run in a worker thread while the GUI thread
searches. ``update`` takes the lock one batch at a time, so a search waits at
most for one batch; it sees the sources indexed so far. A ``reader`` (a second
connection on the same file) never waits for the writer at all.

When SQLite lacks FTS5 (``fts5_available`` is False) the same API scans the
texts in memory instead (see ``scan``).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from briefer.index.available import fts5_compiled
from briefer.index.french import french_stems, in_french, language_of
from briefer.index.highlight import FoldedText
from briefer.index.lazylog import LazyLog
from briefer.index.paths import INDEX_FILE as INDEX_FILE  # where they were: kept importable
from briefer.index.paths import index_path_for, row_key
from briefer.index.paths import index_paths as index_paths
from briefer.index.answer import answer
from briefer.index.query import Query, Term, as_typed, parse_query
from briefer.index.rank import Results
from briefer.index.scan import scan_search
from briefer.index.sql import Prefixes, delete_rows
from briefer.index.sql import rows as sql_rows
from briefer.index.texts import SourceTexts
from briefer.index.suggest import suggestions, vocabulary_of

TYPE_CHECKING = False  # as typing's: ``briefer search`` starts without importing typing
if TYPE_CHECKING:  # kept out of the import: ``briefer search`` starts without them
    from briefer.core.progress import Progress
    from briefer.core.project import Project
    from briefer.core.source import Source

log = LazyLog(__name__)

SCHEMA_VERSION = "4"
TOKENIZER = "porter unicode61 remove_diacritics 2"
WORDS_TOKENIZER = "unicode61 remove_diacritics 2"
BATCH = 250
FOLDER_STAMP = "folder-stamp"  # meta key: the folder's state the rows were read from

_SCHEMA = f"""
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE docs(id INTEGER PRIMARY KEY, source_id TEXT NOT NULL UNIQUE,
                  hash TEXT NOT NULL, title TEXT NOT NULL, lang TEXT NOT NULL DEFAULT 'en');
CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize='{TOKENIZER}');
CREATE VIRTUAL TABLE words USING fts5(title, body, content='', tokenize='{WORDS_TOKENIZER}',
                                      prefix='2 3');
CREATE VIRTUAL TABLE fr USING fts5(title, body, content='', tokenize='{WORDS_TOKENIZER}');
CREATE TABLE stamps(source_id TEXT PRIMARY KEY, files TEXT NOT NULL);
"""

_TOKENIZERS = f"{TOKENIZER}; {WORDS_TOKENIZER}"

class SearchIndex:
    """Full-text search over sources; see the module docstring."""

    def __init__(self, db_path: Path | str = ":memory:", *, use_fts5: bool | None = None):
        self.db_path = str(db_path)
        self.fts5_available = fts5_compiled() if use_fts5 is None else \
            (use_fts5 and fts5_compiled())
        self._lock = threading.RLock()
        self._texts: Mapping[str, tuple[str, str]] = {}  # source id -> (title, text) last seen
        # id -> (title, text token, declared language, hash) as last seen (``_wanted``)
        self._hashes: dict[str, tuple[str, object, str, str]] = {}
        self._langs: dict[str, str] = {}  # id -> "en" or "fr" (see ``french``), as known
        self._declared: dict[str, str] = {}  # id -> the language its metadata gives
        self._french_docs: int | None = None
        self._scan_hashes: dict[str, str] = {}
        self._conn: sqlite3.Connection | None = None
        self._doc_count: int | None = None
        self._known_only = False  # a reader hides rows of sources gone from the project
        self.ranked_among = 0  # the last query's ``Results.among``
        self._prefixes = Prefixes()
        if self.fts5_available:
            self._conn = self._open()

    # -- opening -------------------------------------------------------

    @classmethod
    def for_project(cls, project: Project) -> SearchIndex:
        """The project's persisted index (its folder, else the user cache, else memory).

        Searching works at once on what the file holds; call ``update`` (in a
        worker thread for a large project) to bring it up to date.
        """
        index = None
        for path in index_path_for(project):
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                if not os.access(path.parent, os.W_OK):
                    continue
                index = cls(path)
                break
            except (OSError, sqlite3.Error) as exc:
                log.info("index at %s not usable (%s); trying elsewhere", path, exc)
        if index is None:
            index = cls(":memory:")
        # hits show offsets in the texts the user sees, even before ``update``
        index._texts = SourceTexts(project.sources)  # read as hits need them
        index._declared = {s.id: s.meta.language for s in project.sources.values()}
        return index

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.db_path, check_same_thread=False, isolation_level=None)
        if self.db_path != ":memory:":
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=OFF")  # a cache: a crash costs a rebuild
        conn.execute("PRAGMA cache_size=-16000")
        return conn

    def _open(self) -> sqlite3.Connection:
        try:
            conn = self._connect()
            if self._schema_ok(conn):
                return conn
            conn.close()
            log.info("search index %s is from another version; rebuilding", self.db_path)
        except sqlite3.DatabaseError as exc:
            log.warning("search index %s unreadable (%s); rebuilding", self.db_path, exc)
        self._delete_files()
        conn = self._connect()
        self._create(conn)
        return conn

    def _schema_ok(self, conn: sqlite3.Connection) -> bool:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if not tables:
            self._create(conn)
            return True
        if "meta" not in tables:
            return False
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        if meta.get("schema") != SCHEMA_VERSION or meta.get("tokenizer") != _TOKENIZERS:
            return False
        conn.execute("SELECT count(*) FROM docs").fetchone()
        for table in ("fts", "words", "fr"):
            conn.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH 'a' LIMIT 1").fetchall()
        return True

    def _create(self, conn: sqlite3.Connection) -> None:
        conn.executescript("BEGIN;" + _SCHEMA + "COMMIT;")
        conn.executemany("INSERT INTO meta VALUES (?, ?)",
                         [("schema", SCHEMA_VERSION), ("tokenizer", _TOKENIZERS)])

    def _delete_files(self) -> None:
        if self.db_path == ":memory:":
            return
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.db_path + suffix)

    def _rebuild_empty(self) -> None:
        """Start again from an empty index (after finding the file damaged)."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
            self._delete_files()
            self._conn = self._connect()
            self._create(self._conn)
            self._doc_count = self._french_docs = None

    def reader(self, texts: Mapping[str, tuple[str, str]] | None = None) -> SearchIndex:
        """A second connection on the same file, to search while this one is updated
        (WAL: it waits for no batch, nor the final merge, and sees each batch once
        committed). An index in memory or without FTS5 is its own reader. ``texts``:
        the sources it shows (those of a project read so far, a mapping that grows)."""
        if self._conn is None or self.db_path == ":memory:":
            return self
        other = type(self)(self.db_path, use_fts5=True)
        other._texts = self._texts if texts is None else texts
        other._declared = dict(self._declared)
        other._known_only = bool(self._texts) or texts is not None
        return other

    def refresh(self) -> None:
        """Forget the counts kept between searches: another connection added rows."""
        self._doc_count = self._french_docs = None
        self._prefixes.clear()

    def interrupt(self) -> None:
        """Stop the statement running on another thread (a long merge at close);
        ``update`` then returns quietly if its ``cancel`` says so."""
        if self._conn is not None:
            self._conn.interrupt()

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- keeping it current ---------------------------------------------

    def _wanted(self, sources: Iterable[Source]) -> dict[str, tuple[str, str]]:
        """id -> (title, hash) of what the rows must hold; no text kept (see ``_key``)."""
        wanted: dict[str, tuple[str, str]] = {}
        known_now: dict[str, tuple[str, object, str, str]] = {}
        declared_now: dict[str, str] = {}
        held: dict[str, Source] = {}
        for source in sources:
            title = source.display_title
            # the language found in a text depends on the text alone: the declared
            # one completes what decides the index rows
            declared = declared_now[source.id] = source.meta.language
            held[source.id] = source
            known = self._hashes.get(source.id)
            if known is not None and known[1] is source.text_token and known[0] == title \
                    and known[2] == declared:
                digest = known[3]
            else:
                self._langs.pop(source.id, None)
                digest = row_key(source, title, declared)
            known_now[source.id] = (title, source.text_token, declared, digest)
            wanted[source.id] = (title, digest)
        self._hashes = known_now
        self._declared = declared_now
        self._texts = SourceTexts(held)
        return wanted

    def is_current(self, sources: Iterable[Source]) -> bool:
        """Whether the index holds exactly these sources, unchanged."""
        wanted = self._wanted(sources)
        current = {sid: h for sid, (_, h) in wanted.items()}
        if self._conn is None:
            return self._scan_hashes == current
        with self._lock:
            indexed = dict(self._conn.execute("SELECT source_id, hash FROM docs"))
        return indexed == current

    def update(self, sources: Iterable[Source],
               progress: Progress | None = None,
               cancel: Callable[[], bool] | None = None, *, adding: bool = False) -> int:
        """Index new and changed sources, drop removed ones; returns how many were indexed.

        ``progress(done, total, "")`` is called after each batch; when ``cancel()``
        turns true the work stops between batches (what is done stays done).
        ``adding``: these are some of the sources (a project's read so far): drop none
        and leave merging the index to the ``update`` of them all (``optimize``).
        """
        wanted = self._wanted(sources)
        if self._conn is None:
            changed = sum(1 for sid, (_, h) in wanted.items() if self._scan_hashes.get(sid) != h)
            self._scan_hashes = {sid: h for sid, (_, h) in wanted.items()}
            if progress:
                progress(changed, changed, "")
            return changed
        try:
            return self._update(wanted, progress, cancel, adding)
        except sqlite3.DatabaseError as exc:
            if cancel is not None and cancel():  # ``interrupt``: stopped, not damaged
                return 0
            log.warning("search index damaged (%s); rebuilding it", exc)
            self._rebuild_empty()
            return self._update(wanted, progress, cancel, adding)

    def _update(self, wanted: dict[str, tuple[str, str]],
                progress: Progress | None,
                cancel: Callable[[], bool] | None, adding: bool = False) -> int:
        assert self._conn is not None
        with self._lock:
            existing = {sid: (rowid, h) for sid, rowid, h in
                        self._conn.execute("SELECT source_id, id, hash FROM docs")}
        gone = [] if adding else \
            [rowid for sid, (rowid, _) in existing.items() if sid not in wanted]
        todo = [sid for sid, (_, h) in wanted.items()
                if sid not in existing or existing[sid][1] != h]
        total, done = len(todo), 0
        if gone:
            with self._lock:
                self._transaction(lambda c: delete_rows(c, gone))
        if progress:
            progress(0, total, "")
        for first in range(0, total, BATCH):
            if cancel is not None and cancel():
                break
            batch = todo[first:first + BATCH]

            def write(conn: sqlite3.Connection, batch: list[str] = batch) -> None:
                delete_rows(conn, [existing[s][0] for s in batch if s in existing])
                texts = self._texts
                assert isinstance(texts, SourceTexts)
                for sid in batch:
                    title, digest = wanted[sid]
                    text = texts.source(sid).peek_text()  # read once, not kept
                    lang = self._langs[sid] = language_of(self._declared.get(sid, ""),
                                                          title, text)
                    cur = conn.execute("INSERT INTO docs(source_id, hash, title, lang) "
                                       "VALUES (?,?,?,?)", (sid, digest, title, lang))
                    row = (cur.lastrowid, title, text)
                    conn.execute("INSERT INTO fts(rowid, title, body) VALUES (?,?,?)", row)
                    conn.execute("INSERT INTO words(rowid, title, body) VALUES (?,?,?)", row)
                    if lang == "fr":
                        conn.execute("INSERT INTO fr(rowid, title, body) VALUES (?,?,?)",
                                     (cur.lastrowid, french_stems(title), french_stems(text)))

            with self._lock:
                self._transaction(write)
            done += len(batch)
            if progress:
                progress(done, total, "")
        stopped = cancel is not None and cancel()
        if not stopped and not adding and (done >= 1000 or (done and done * 5 >= len(wanted))):
            self.optimize()
        return done

    def optimize(self) -> None:
        """Merge the index's segments (searches are quicker; takes seconds when large)."""
        if self._conn is not None:
            with self._lock:
                self._conn.execute("INSERT INTO fts(fts) VALUES ('optimize')")
                self._conn.execute("INSERT INTO words(words) VALUES ('optimize')")

    def _transaction(self, work: Callable[[sqlite3.Connection], None]) -> None:
        assert self._conn is not None
        self.refresh()
        self._conn.execute("BEGIN")
        try:
            # rows change: what the files looked like when indexed no longer holds (``fresh``)
            self._conn.execute("DELETE FROM meta WHERE key = ?", (FOLDER_STAMP,))
            work(self._conn)
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # -- searching -------------------------------------------------------

    def search(self, query: str, limit: int = 20, *, typing: bool = False) -> Results:
        """The best ``limit`` sources for what a user typed (never raises on odd input).

        Sources holding every word come first: the words in a row, then close
        together, then scattered (``rank``). When none holds them all, each
        word also counts as a prefix ("auto" finds "automotive"); failing that
        come the sources with most of the words, flagged ``partial``. Words
        found nowhere get a suggestion. ``typing``: the as-you-type search,
        whose last word may be unfinished.
        """
        parsed = parse_query(query)
        if not parsed or limit <= 0:
            return Results()
        if typing:
            parsed = as_typed(parsed, query)
        self.ranked_among = 0
        try:
            return answer(parsed, limit, self._candidates, self._suggestions,
                          lambda ids: {sid for sid in ids if self._lang(sid) == "fr"},
                          lambda: self.ranked_among)
        except sqlite3.OperationalError as exc:  # not expected: every term is quoted
            log.warning("search for %r failed: %s", query, exc)
            return Results()
        except sqlite3.DatabaseError as exc:
            log.warning("search index damaged (%s); it will be rebuilt", exc)
            self._rebuild_empty()
            return Results()

    def _candidates(self, query: Query, limit: int) -> list[tuple[str, str, str, float]]:
        """(source id, title, text, score) of the best ``limit`` matches by bm25."""
        if self._conn is None:
            docs = dict(self._texts)
            return [(sid, docs[sid][0], docs[sid][1], score)
                    for sid, score in scan_search(docs, query, limit, french=self._french())]
        out = []
        for sid, title, score, body in self._query(query, limit):
            title, text = self._texts.get(sid, (title, body or ""))
            out.append((sid, title, text, score))
        return out

    def _suggestions(self, query: Query) -> dict[str, str]:
        return suggestions(query, self._holds, self._vocabulary)

    def _holds(self, term: Term) -> bool:
        if self._conn is None:
            return any(FoldedText(text).find((term,)) or FoldedText(title).find((term,))
                       for title, text in self._texts.values())
        with self._lock:
            return self._conn.execute("SELECT 1 FROM fts WHERE fts MATCH ? LIMIT 1",
                                      (term.fts(),)).fetchone() is not None

    def _vocabulary(self, start: str, shortest: int, longest: int) -> list[tuple[str, int]]:
        """(word as written, documents) of the corpus's words beginning with ``start``
        and ``shortest`` to ``longest`` characters long."""
        if self._conn is None:
            return vocabulary_of((f"{t}\n{x}" for t, x in self._texts.values()), start,
                                 shortest, longest)
        with self._lock:
            self._conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.words_vocab "
                               "USING fts5vocab(main, words, row)")
            return list(self._conn.execute(
                "SELECT term, doc FROM temp.words_vocab WHERE term >= ? AND term < ? "
                "AND length(term) BETWEEN ? AND ?",
                (start, start + "\U0010ffff", shortest, longest)))

    def _query(self, query: Query, limit: int) -> list[tuple[str, str, float, str | None]]:
        """(source id, title, score, stored text if not in memory) of the best matches."""
        assert self._conn is not None
        with self._lock:
            as_fts = self._prefixes.as_fts(self._conn)
            ranked = sql_rows(self._conn, self._count(), query, limit, "fts", as_fts)
            rows, self.ranked_among = ranked.rows, ranked.among
            if self._has_french() and any(t.stemmed for t in query.positive_terms()):
                # French sources also match by their French stems (see ``french``)
                best = dict(rows)
                french = sql_rows(self._conn, self._count(), in_french(query), limit, "fr",
                                  as_fts)
                self.ranked_among = max(self.ranked_among, french.among)
                for rowid, score in french.rows:
                    best[rowid] = max(score, best.get(rowid, score))
                rows = sorted(best.items(), key=lambda r: (-r[1], r[0]))[:limit]
            if not rows:
                return []
            marks = ",".join("?" * len(rows))
            docs = {rowid: (sid, title, lang) for rowid, sid, title, lang in self._conn.execute(
                f"SELECT id, source_id, title, lang FROM docs WHERE id IN ({marks})",
                [rowid for rowid, _ in rows])}
            out = []
            for rowid, score in rows:
                if rowid not in docs:
                    continue
                sid, title, self._langs[sid] = docs[rowid]
                if self._known_only and sid not in self._texts:
                    continue
                body = None
                if sid not in self._texts:
                    body = self._conn.execute("SELECT body FROM fts WHERE rowid = ?",
                                              (rowid,)).fetchone()[0]
                out.append((sid, title, score, body))
        return out

    def _lang(self, source_id: str) -> str:
        """A source's language ("en", "fr"), found once (before ``update``, from its text)."""
        lang = self._langs.get(source_id)
        if lang is None:
            title, text = self._texts.get(source_id, ("", ""))
            lang = self._langs[source_id] = language_of(
                self._declared.get(source_id, ""), title, text)
        return lang

    def _french(self) -> frozenset[str]:
        """The ids of the French sources (for the scan, which reads every source)."""
        return frozenset(sid for sid in self._texts if self._lang(sid) == "fr")

    def _has_french(self) -> bool:
        if self._french_docs is None:
            assert self._conn is not None
            # every French source has its row in ``fr``: one look at that table, where
            # counting ``docs`` by language read all of it (10 ms at 100,000 sources)
            self._french_docs = self._conn.execute(
                "SELECT EXISTS (SELECT 1 FROM fr_docsize)").fetchone()[0]
        return bool(self._french_docs)

    def _count(self) -> int:
        if self._doc_count is None:
            assert self._conn is not None
            self._doc_count = self._conn.execute("SELECT count(*) FROM docs").fetchone()[0]
        return self._doc_count

    def __len__(self) -> int:
        """How many sources the index holds."""
        if self._conn is None:
            return len(self._scan_hashes)
        with self._lock:
            return self._count()
