"""The SQL behind a search: FTS5 MATCH expressions run and ranked by bm25.

Three tables answer terms: ``fts`` (Porter stems, every source), ``fr``
(Snowball French stems, French sources) and ``words`` (tokens as written, for
prefixes); see ``fts`` for the schema. ``stems`` names the stems' table.
"""

from __future__ import annotations

import sqlite3

from briefer.index.query import Query, Term

TITLE_WEIGHT = 5.0
BROAD_MIN_DOCS = 1000


def ranked(conn: sqlite3.Connection, table: str, expression: str,
           limit: int) -> list[tuple[int, float]]:
    """(rowid, score) of the best ``limit`` matches of ``expression``, by bm25."""
    return [(rowid, -rank) for rowid, rank in conn.execute(
        f"SELECT rowid, bm25({table}, {TITLE_WEIGHT}, 1.0) FROM {table} "
        f"WHERE {table} MATCH ? ORDER BY 2 LIMIT ?", (expression, limit))]


def rows(conn: sqlite3.Connection, total: int, query: Query, limit: int,
         stems: str) -> list[tuple[int, float]]:
    """(rowid, score) of the best matches, stemmed words looked up in table ``stems``."""
    tables = {stems if t.stemmed else "words"
              for t in query.positive_terms() + list(query.excluded)}
    if len(tables) == 1:
        return query_one(conn, total, tables.pop(), query, limit)
    return query_mixed(conn, query, limit, stems)


def query_one(conn: sqlite3.Connection, total: int, table: str, query: Query,
              limit: int) -> list[tuple[int, float]]:
    """(rowid, score) for a query whose terms all go to one table.

    A query matching more than half the sources (in a corpus of
    ``BROAD_MIN_DOCS`` or more) is not bm25-ranked as a whole: bm25 gives
    such terms next to no weight (FTS5 floors their IDF), and scoring every
    source costs ~1 µs each. Sources whose title matches come first, ranked
    by bm25; the rest follow in index order with score 0.
    """
    expression = query.fts()
    half = total // 2
    # counting stops past half the sources: the common words are the slow ones
    broad = total >= BROAD_MIN_DOCS and conn.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH ? LIMIT ?)",
        (expression, half + 1)).fetchone()[0] > half
    if not broad:
        return ranked(conn, table, expression, limit)
    titled = ranked(conn, table, query.fts_in_titles(), limit)
    seen = {rowid for rowid, _ in titled}
    rest = [(rowid, 0.0) for (rowid,) in conn.execute(
        f"SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT ?",
        (expression, limit + len(titled))) if rowid not in seen]
    return (titled + rest)[:limit]


def query_mixed(conn: sqlite3.Connection, query: Query, limit: int, stems: str = "fts"
                 ) -> list[tuple[int, float]]:
    """(rowid, score) for a query mixing stemmed words and prefixes.

    Each clause and exclusion becomes a set of rowids from the table(s) its
    terms belong to; the sources in all of them are ranked by the bm25 of
    their positive terms in one table (stemmed words if any).
    """
    filters: list[str] = []
    params: list[str | int] = []

    def subquery(table: str, terms: list[Term]) -> str:
        params.append(" OR ".join(t.fts() for t in terms))
        return f"d.id IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)"

    def table_of(term: Term) -> str:
        return stems if term.stemmed else "words"

    tables = (stems, "words")
    for clause in query.clauses:
        parts = [subquery(table, terms) for table in tables
                 if (terms := [t for t in clause if table_of(t) == table])]
        filters.append("(" + " OR ".join(parts) + ")")
    for table in tables:
        if terms := [t for t in query.excluded if table_of(t) == table]:
            filters.append("NOT " + subquery(table, terms))
    positive = query.positive_terms()
    rank_table = stems if any(t.stemmed for t in positive) else "words"
    rank_terms = " OR ".join(t.fts() for t in positive if table_of(t) == rank_table)
    sql = (f"SELECT d.id, coalesce(r.score, 0) FROM docs d LEFT JOIN "
           f"(SELECT rowid, bm25({rank_table}, {TITLE_WEIGHT}, 1.0) AS score "
           f"FROM {rank_table} WHERE {rank_table} MATCH ?) r ON r.rowid = d.id "
           f"WHERE {' AND '.join(filters)} ORDER BY 2, 1 LIMIT ?")
    return [(rowid, -score) for rowid, score in
            conn.execute(sql, [rank_terms, *params, limit])]
