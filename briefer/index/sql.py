"""The SQL behind a search: FTS5 MATCH expressions run and ranked by bm25.

Three tables answer terms: ``fts`` (Porter stems, every source), ``fr``
(Snowball French stems, French sources) and ``words`` (tokens as written, for
prefixes); see ``fts`` for the schema. ``stems`` names the stems' table.

bm25 scores every matching source (1–3 µs each here): a query matching most
of 100,000 articles took 150–250 ms, every time. So no more than
``RANK_AT_MOST`` matches are ever scored, fewer for a query whose scoring
weighs more (``budget``: a share for each word weighed, each word a prefix
stands for, a phrase's positions, two tables; "negotiat* tariffs" took 20 ms
over 5,000 matches): when a query matches more than its budget (estimated from
the newest sources, as many as the budget), the sources most recently added
are ranked, as many as hold about that many matches, and the answer says so
(``Ranked.among``). Scores stay bm25's over the whole index (its
IDF and lengths are the table's), and any query matching fewer is ranked whole.
Rows are numbered in the order sources were indexed, so a row range is a range
of the most recently added.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from briefer.index.french import french_stems
from briefer.index.query import STOP_WORDS, Query, Term

TITLE_WEIGHT = 5.0
BROAD_MIN_DOCS = 1000
RANK_AT_MOST = 5_000
SCORED_FIRST = True  # rows filtered in an FTS5 table, not joined to ``docs`` (False: always)
LEAST_SHARE = 10  # a query however weighty ranks a tenth of ``RANK_AT_MOST`` at least
AsFts = Callable[[Term], str]  # how a term is written in a MATCH expression


class Ranked:
    """(rowid, score) of the best matches, best first; ``among``: how many of the most
    recently added sources were ranked when too many matched (0: all were). A plain
    class: a NamedTuple's making (and typing's import) was 1 ms of ``briefer search``."""

    __slots__ = ("among", "rows")

    def __init__(self, rows: list[tuple[int, float]], among: int = 0) -> None:
        self.rows = rows
        self.among = among


def _after(table: str, floor: int | None) -> str:
    return "" if floor is None else f" AND {table}.rowid > {int(floor)}"


def ranked(conn: sqlite3.Connection, table: str, expression: str,
           limit: int, floor: int | None = None) -> list[tuple[int, float]]:
    """(rowid, score) of the best ``limit`` matches of ``expression`` (rows after
    ``floor``), by bm25; equal scores by row, so that asking for more keeps the order
    of the first."""
    return [(rowid, -rank) for rowid, rank in conn.execute(
        f"SELECT rowid, bm25({table}, {TITLE_WEIGHT}, 1.0) FROM {table} "
        f"WHERE {table} MATCH ?{_after(table, floor)} ORDER BY 2, 1 LIMIT ?",
        (expression, limit))]


def rows(conn: sqlite3.Connection, total: int, query: Query, limit: int,
         stems: str, as_fts: AsFts = Term.fts) -> Ranked:
    """The best matches, stemmed words looked up in table ``stems`` (see the module
    docstring for when not every match is ranked; ``as_fts``: see ``Prefixes``)."""
    tables = {stems if t.stemmed else "words"
              for t in query.positive_terms() + list(query.excluded)}
    one = tables.pop() if len(tables) == 1 else None

    def run(floor: int | None, among: int, broad: bool | None = None
            ) -> list[tuple[int, float]]:
        if one is not None and not (large and phrasal):
            return query_one(conn, among, one, query, limit, floor, broad, as_fts)
        return query_mixed(conn, query, limit, stems, floor, as_fts,
                           _loose(as_fts) if large else as_fts)

    # bm25 counts a phrase's sources over the whole index, at every query (50 ms for a
    # phrase of common words at 100,000): in a large index, ranked by its words instead
    large = total > RANK_AT_MOST
    phrasal = any(len(t.tokens) > 1 for t in query.positive_terms())

    if total <= RANK_AT_MOST:
        # prefixes as prefixes: bm25 weighs a prefix as one term, its words as many (a
        # rare form would lift its sources), and a small index merges their lists fast
        as_fts = Term.fts
        return Ranked(run(None, total))
    cap = budget(query, as_fts)
    top = conn.execute("SELECT max(id) FROM docs").fetchone()[0] or 0
    if (one is None or phrasal) and len(query.clauses) > 1:
        # SQLite walks the first clause and looks the others up: the rarest first
        # (ties: a word before a phrase, whose positions cost; a long word before a short)
        def rarest(clause: tuple[Term, ...]) -> tuple[int, int, int]:
            return (count(conn, Query((clause,)), stems, None, top - cap, as_fts),
                    max(len(t.tokens) for t in clause),
                    -max(len(w) for t in clause for w in t.tokens))
        query = query.with_clauses(tuple(sorted(query.clauses, key=rarest)))
    found = count(conn, query, stems, one, top - cap, as_fts)
    # more than half the sources (as far as the newest tell): a broad query (``query_one``)
    broad = found * 2 > cap
    if found * total <= cap * cap:  # about ``cap`` or fewer in all
        return Ranked(run(None, total, broad))
    # as many of the newest rows as hold about ``cap`` matches
    window = cap * cap // max(found, 1)
    return Ranked(run(top - window, window, broad), among=min(window, total))


def budget(query: Query, as_fts: AsFts = Term.fts) -> int:
    """How many matches of ``query`` are ranked at most in a large index: scoring a
    match costs about the same for each word bm25 weighs (a prefix: each word it stands
    for), for a phrase's positions and for a query matched in two tables (``query_mixed``),
    so ``RANK_AT_MOST`` for one word and a share of it for a query weighing more."""
    weighed = 0
    tables = set()
    for term in query.positive_terms():
        tables.add(term.stemmed)
        words = max(1, as_fts(term).count('" OR "') + 1)  # a prefix written as its words
        weighed += words * max(1, sum(1 for w in term.tokens if w not in STOP_WORDS))
        weighed += len(term.tokens) > 1  # its words in a row
    weighed += len(tables) > 1
    return max(RANK_AT_MOST // max(1, weighed), RANK_AT_MOST // LEAST_SHARE, 1)


def count(conn: sqlite3.Connection, query: Query, stems: str, table: str | None,
          floor: int, as_fts: AsFts = Term.fts) -> int:
    """How many sources after row ``floor`` match ``query``."""
    if table is not None:
        return int(conn.execute(
            f"SELECT count(*) FROM {table} WHERE {table} MATCH ?{_after(table, floor)}",
            (query.fts(as_fts),)).fetchone()[0])
    for i, clause in enumerate(query.clauses if SCORED_FIRST else ()):
        tables = {stems if t.stemmed else "words" for t in clause}
        if len(tables) == 1:
            # counted in the table of a clause held by one (the first: the rarest when
            # sorted), the others asked of its rows: a fifth of the time of ``docs``'s
            drive = tables.pop()
            rest = query.with_clauses(query.clauses[:i] + query.clauses[i + 1:])
            filters, params = _filters(rest, stems, floor, as_fts, row=f"+{drive}.rowid")
            where = " AND ".join([f"{drive} MATCH ?{_after(drive, floor)}", *filters])
            return int(conn.execute(f"SELECT count(*) FROM {drive} WHERE {where}",
                                    [" OR ".join(map(as_fts, clause)), *params]).fetchone()[0])
    filters, params = _filters(query, stems, floor, as_fts)
    return int(conn.execute(f"SELECT count(*) FROM docs d WHERE d.id > {int(floor)} AND "
                            f"{' AND '.join(filters)}", params).fetchone()[0])


def query_one(conn: sqlite3.Connection, total: int, table: str, query: Query,
              limit: int, floor: int | None = None, broad: bool | None = None,
              as_fts: AsFts = Term.fts) -> list[tuple[int, float]]:
    """(rowid, score) for a query whose terms all go to one table (rows after ``floor``,
    of which there are ``total``; ``broad``: whether it matches most, when known).

    A query matching more than half the sources (in a corpus of
    ``BROAD_MIN_DOCS`` or more) is not bm25-ranked as a whole: bm25 gives
    such terms next to no weight (FTS5 floors their IDF), and scoring every
    source costs ~1 µs each. Sources whose title matches come first, ranked
    by bm25; the rest follow, most recently added first, with score 0.
    """
    expression = query.fts(as_fts)
    half = total // 2
    after = _after(table, floor)
    # counting stops past half the sources: the common words are the slow ones
    broad = broad if broad is not None else total >= BROAD_MIN_DOCS and conn.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH ?{after} LIMIT ?)",
        (expression, half + 1)).fetchone()[0] > half
    if not broad:
        return ranked(conn, table, expression, limit, floor)
    titled = ranked(conn, table, query.fts_in_titles(as_fts), limit, floor)
    seen = {rowid for rowid, _ in titled}
    rest = [(rowid, 0.0) for (rowid,) in conn.execute(
        f"SELECT rowid FROM {table} WHERE {table} MATCH ?{after} ORDER BY rowid DESC "
        f"LIMIT ?", (expression, limit + len(titled))) if rowid not in seen]
    return (titled + rest)[:limit]


def _filters(query: Query, stems: str, floor: int | None, as_fts: AsFts = Term.fts,
             row: str = "d.id") -> tuple[list[str], list[str]]:
    """SQL conditions on ``row`` (``docs d``'s, unless told) for each clause and exclusion,
    and their parameters: each a set of rowids from the table(s) its terms belong to.

    Each clause's set is asked together with the first clause held by the same table
    (the rarest, once ``rows`` sorted them): every source must hold that one too, and
    FTS5 then walks the rarer list, where the set of a common word or phrase alone
    listed every source holding it ("H.R. 5821": 23 ms for "h r" at 100,000 articles).
    """
    filters: list[str] = []
    params: list[str] = []

    def table_of(term: Term) -> str:
        return stems if term.stemmed else "words"

    anchors: dict[str, str] = {}
    for clause in query.clauses:
        if len(held := {table_of(t) for t in clause}) == 1:
            anchors.setdefault(held.pop(), " OR ".join(map(as_fts, clause)))

    def subquery(table: str, terms: list[Term], anchored: bool = True) -> str:
        expression = " OR ".join(map(as_fts, terms))
        anchor = anchors.get(table) if anchored else None
        params.append(expression if anchor in (None, expression)
                      else f"({expression}) AND ({anchor})")
        return f"{row} IN (SELECT rowid FROM {table} WHERE {table} MATCH ?{_after(table, floor)})"

    tables = (stems, "words")
    for clause in query.clauses:
        parts = [subquery(table, terms) for table in tables
                 if (terms := [t for t in clause if table_of(t) == table])]
        filters.append("(" + " OR ".join(parts) + ")")
    for table in tables:
        if terms := [t for t in query.excluded if table_of(t) == table]:
            filters.append("NOT " + subquery(table, terms, anchored=False))
    return filters, params


def _loose(as_fts: AsFts) -> AsFts:
    """A phrase as its telling words (AND), for ranking sources that hold the phrase."""
    def written(term: Term) -> str:
        if len(term.tokens) < 2 or term.prefix:
            return as_fts(term)
        words = [w for w in term.tokens if len(w) > 1 and w not in STOP_WORDS] \
            or list(term.tokens)
        return "(" + " AND ".join('"' + w.replace('"', '""') + '"' for w in words) + ")"
    return written


def query_mixed(conn: sqlite3.Connection, query: Query, limit: int, stems: str = "fts",
                floor: int | None = None, as_fts: AsFts = Term.fts,
                as_rank: AsFts | None = None) -> list[tuple[int, float]]:
    """(rowid, score) for a query mixing stemmed words and prefixes (rows after ``floor``).

    Each clause and exclusion becomes a set of rowids from the table(s) its
    terms belong to; the sources in all of them are ranked by the bm25 of
    their positive terms in one table (stemmed words if any; ``as_rank``: how a
    term is written for that ranking, when not as for matching). That ranking
    asks for every clause with terms in that table (AND), so bm25 scores only
    sources that may pass the filters — not every source holding one word; a
    source matching a clause only by another table's term keeps score 0.

    When every term of a clause is weighed (or none is), every source passing
    the filters is among those scored, and the filters are asked of the scored
    sources alone (``_scored``): no source is left with score 0 to join back.
    """
    positive = query.positive_terms()
    rank_table = stems if any(t.stemmed for t in positive) else "words"
    clauses = []
    scored = True  # every source passing the filters matches the ranking's expression
    for clause in query.clauses:
        # a prefix written as its words (``Prefixes``) is found by their stems too (a word
        # as written has the stem it has), and a phrase's words where the phrase is
        terms = [(as_rank or as_fts)(t) for t in clause
                 if (stems if t.stemmed else "words") == rank_table
                 or (rank_table == "fts" and t.prefix and not as_fts(t).endswith("*"))]
        scored = scored and len(terms) in (0, len(clause))
        if terms:
            clauses.append(f"({' OR '.join(terms)})" if len(terms) > 1 else terms[0])
    rank_terms = " AND ".join(clauses)
    if scored and SCORED_FIRST:
        return _scored(conn, query, limit, stems, floor, as_fts, rank_table, rank_terms)
    filters, params = _filters(query, stems, floor, as_fts)
    if floor is not None:
        filters.insert(0, f"d.id > {int(floor)}")
    sql = (f"SELECT d.id, coalesce(r.score, 0) FROM docs d LEFT JOIN "
           f"(SELECT rowid, bm25({rank_table}, {TITLE_WEIGHT}, 1.0) AS score "
           f"FROM {rank_table} WHERE {rank_table} MATCH ?{_after(rank_table, floor)}) r "
           f"ON r.rowid = d.id WHERE {' AND '.join(filters)} ORDER BY 2, 1 LIMIT ?")
    return [(rowid, -score) for rowid, score in
            conn.execute(sql, [rank_terms, *params, limit])]


def _scored(conn: sqlite3.Connection, query: Query, limit: int, stems: str,
            floor: int | None, as_fts: AsFts, table: str, rank_terms: str
            ) -> list[tuple[int, float]]:
    """``query_mixed``'s answer when every source passing the filters is scored: the
    scored sources, filtered (4.8 ms -> 2.4 for "Canada tariff*" over 1,700 sources, where
    the join built an index on the scores and looked each source up in ``docs``)."""
    # "+rowid": the filters are asked of each scored source, never handed to FTS5 as
    # rowids to seek one at a time (500 ms)
    filters, params = _filters(query, stems, floor, as_fts, row=f"+{table}.rowid")
    sql = (f"SELECT rowid, bm25({table}, {TITLE_WEIGHT}, 1.0) FROM {table} "
           f"WHERE {table} MATCH ?{_after(table, floor)} AND {' AND '.join(filters)} "
           f"ORDER BY 2, 1 LIMIT ?")
    return [(rowid, -score) for rowid, score in
            conn.execute(sql, [rank_terms, *params, limit])]


class Prefixes:
    """A long prefix written as the words it stands for (``negotiat*`` as "negotiate" OR
    "negotiation" OR …), looked up once per index state.

    FTS5 answers a prefix beyond its prefix indexes (2 and 3 letters) by merging the
    whole lists of every word it starts, ignoring a row range: 20–30 ms at 100,000
    articles each time it is asked, where the same words as alternatives seek to the
    rows wanted (under 1 ms). Prefixes standing for more than ``MOST`` words, or not
    plain ASCII (where folding could differ), are left as prefixes; so is every prefix in
    an index small enough to rank whole (``rows``), where bm25's weighing of a prefix as
    one term is kept.
    """

    MOST = 40

    def __init__(self) -> None:
        self._words: dict[str, tuple[str, ...]] = {}

    def clear(self) -> None:
        """Forget the words found: rows were added or removed."""
        self._words.clear()

    def as_fts(self, conn: sqlite3.Connection) -> AsFts:
        """How to write a term for ``conn``'s index (``Term.fts`` but for long prefixes)."""
        def written(term: Term) -> str:
            start = term.tokens[-1] if term.tokens else ""
            if not term.prefix or len(term.tokens) != 1 or len(start) <= 3 \
                    or not (start.isascii() and start.isalnum()):
                return term.fts()
            words = self._words.get(start)
            if words is None:
                conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.words_vocab "
                             "USING fts5vocab(main, words, row)")
                words = self._words[start] = tuple(w for (w,) in conn.execute(
                    "SELECT term FROM temp.words_vocab WHERE term >= ? AND term < ? LIMIT ?",
                    (start, start + "\U0010ffff", self.MOST + 1)))
            if not words or len(words) > self.MOST:
                return term.fts()
            quoted = ['"' + w.replace('"', '""') + '"' for w in words]
            return quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")"
        return written


def delete_rows(conn: sqlite3.Connection, rowids: list[int]) -> None:
    """Remove these rows from every table (inside the caller's transaction)."""
    # a contentless table forgets a row only when told what it held
    for rowid in rowids:
        old = conn.execute("SELECT title, body FROM fts WHERE rowid = ?", (rowid,)).fetchone()
        if old is not None:
            conn.execute("INSERT INTO words(words, rowid, title, body) "
                         "VALUES ('delete', ?, ?, ?)", (rowid, *old))
            if conn.execute("SELECT 1 FROM docs WHERE id = ? AND lang = 'fr'",
                            (rowid,)).fetchone():
                conn.execute("INSERT INTO fr(fr, rowid, title, body) VALUES "
                             "('delete', ?, ?, ?)",
                             (rowid, french_stems(old[0]), french_stems(old[1])))
    conn.executemany("DELETE FROM fts WHERE rowid = ?", [(r,) for r in rowids])
    # the files a row was read from are vouched for only by whoever wrote it (``fresh``)
    conn.executemany("DELETE FROM stamps WHERE source_id = "
                     "(SELECT source_id FROM docs WHERE id = ?)", [(r,) for r in rowids])
    conn.executemany("DELETE FROM docs WHERE id = ?", [(r,) for r in rowids])
