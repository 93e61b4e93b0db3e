"""Search on the server: PostgreSQL's text search, the embedded index's grammar and hits.

The query is the search box's (``briefer.index.query``: words ANDed, "phrases", prefix*,
OR, NOT/-word), turned into a ``tsquery`` built only from the parser's folded tokens and
passed as parameters, so nothing typed reaches the server as syntax. A source is matched in
its own language's configuration (``briefer_en``/``briefer_fr``: English or French stems,
accents folded by ``unaccent``), ranked by ``ts_rank_cd`` (title words weigh most). The
server gives no usable offsets (its positions are word counts over its own parse), so each
hit's offsets, matches and snippet are found again in the stored text by the embedded
index's own code (``make_hit``): a hit shows and highlights exactly as a local one does.

Quote finding (``find_quote``) asks the trigram index (``pg_trgm``) which few sources hold
pieces of the pasted words, then places them in those with the app's own ``locate_quote``.
"""

from __future__ import annotations

from typing import Any

import psycopg

# the embedded finder's own prefilter (its query form and probes), so both pick alike
from briefer.core.anchoring import QuoteMatch, locate_quote
from briefer.core.anchoring import _probes as probes, _query as anchor_query
from briefer.core.source import Source, SourceKind, SourceMeta
from briefer.index.answer import Candidate, answer
from briefer.index.query import Query, Term, parse_query
from briefer.index.rank import Results
from briefer.index.suggest import suggestions

CONFIGS = {"en": "briefer_en", "fr": "briefer_fr"}
# ts_rank_cd normalisation: rank / length, so a long source does not win by length alone
# (the embedded index's bm25 weighs length too); of 0, 1, 2 and 8 it is the one whose first
# hit was the embedded index's on every query tried on the sample (tests/db/test_search.py)
_NORMALISE = 2


def _term(term: Term, config: str) -> tuple[str, list[Any]]:
    """One term as a tsquery expression and its parameters."""
    if term.prefix:  # tokens are letters and digits only: no tsquery syntax can get in
        return ("to_tsquery(%s::regconfig, %s)",
                [config, " <-> ".join((*term.tokens[:-1], term.tokens[-1] + ":*"))])
    if len(term.tokens) > 1:
        return "phraseto_tsquery(%s::regconfig, %s)", [config, " ".join(term.tokens)]
    return "plainto_tsquery(%s::regconfig, %s)", [config, term.tokens[0]]


def _any(terms: tuple[Term, ...], config: str) -> tuple[str, list[Any]]:
    parts = [_term(t, config) for t in terms]
    return ("(" + " || ".join(p for p, _ in parts) + ")",
            [v for _, values in parts for v in values])


def tsquery(query: Query, config: str) -> tuple[str, list[Any]]:
    """The query as one tsquery expression in ``config`` (SQL and parameters)."""
    parts = [_any(clause, config) for clause in query.clauses]
    if query.excluded:
        sql, values = _any(query.excluded, config)
        parts.append(("!!" + sql, values))
    return ("(" + " && ".join(p for p, _ in parts) + ")",
            [v for _, values in parts for v in values])


def _matching(query: Query) -> tuple[str, list[Any]]:
    """SQL condition: a source matches ``query`` in its own language's configuration."""
    en, en_values = tsquery(query, CONFIGS["en"])
    fr, fr_values = tsquery(query, CONFIGS["fr"])
    return (f"text IS NOT NULL AND ((language = 'fr' AND fts @@ {fr}) "
            f"OR (language <> 'fr' AND fts @@ {en}))", [*fr_values, *en_values])


def _candidates(conn: psycopg.Connection, query: Query, limit: int,
                french: set[str]) -> list[Candidate]:
    """(id, title, text, score) of the best ``limit`` matches by ``ts_rank_cd``; the French
    ones' ids are added to ``french``."""
    en, en_values = tsquery(query, CONFIGS["en"])
    fr, fr_values = tsquery(query, CONFIGS["fr"])
    where, values = _matching(query)
    sql = (f"SELECT id, text, meta, kind, language, ts_rank_cd(fts, CASE WHEN language = 'fr' "
           f"THEN {fr} ELSE {en} END, {_NORMALISE}) AS score FROM sources WHERE {where} "
           "ORDER BY score DESC, position LIMIT %s")
    found: list[Candidate] = []
    for sid, body, meta, kind, language, score in conn.execute(
            sql, [*fr_values, *en_values, *values, limit]):
        if language == "fr":
            french.add(sid)
        found.append((sid, _title(sid, body, meta, kind), body, float(score)))
    return found


def search(conn: psycopg.Connection, text: str, limit: int = 10) -> Results:
    """The best ``limit`` sources for what the user typed, best first: the embedded
    index's steps (``index.answer``: as typed, then as prefixes, then most of the words;
    "did you mean" for words found nowhere) on the server's matches."""
    query = parse_query(text)
    french: set[str] = set()
    return answer(query, limit, lambda q, n: _candidates(conn, q, n, french),
                  lambda q: suggestions(q, lambda term: _holds(conn, term),
                                        lambda *asked: _vocabulary(conn, *asked)),
                  lambda ids: french.intersection(ids))


def _holds(conn: psycopg.Connection, term: Term) -> bool:
    where, values = _matching(Query(((term,),)))
    return conn.execute(f"SELECT EXISTS (SELECT 1 FROM sources WHERE {where})",
                        values).fetchone() == (True,)


def _vocabulary(conn: psycopg.Connection, start: str, shortest: int,
                longest: int) -> list[tuple[str, int]]:
    """(word, sources holding it) beginning with ``start``, ``shortest`` to ``longest``
    characters long: the server's word list (migration 7), of the sources this role may
    read. A role granted before that list existed is not allowed to read it: no
    suggestion, until ``briefer db grant`` is run for it again."""
    try:
        with conn.transaction():
            return [(word, int(docs)) for word, docs in conn.execute(
                "SELECT word, sum(docs) FROM vocabulary WHERE word >= %s AND word < %s "
                "AND length(word) BETWEEN %s AND %s GROUP BY word HAVING sum(docs) > 0",
                (start, start + "\U0010ffff", shortest, longest))]
    except psycopg.errors.InsufficientPrivilege:
        return []


def _title(sid: str, text: str, meta: dict[str, Any], kind: str) -> str:
    """The title the embedded index shows: the metadata's, else the opening words."""
    return _source(sid, text, meta, kind).display_title


_QUOTE_CANDIDATES = 20  # sources the server hands to locate_quote, best first


def _source(sid: str, text: str, meta: dict[str, Any], kind: str) -> Source:
    try:
        source_kind = SourceKind(kind)
    except ValueError:
        source_kind = SourceKind.ARTICLE
    return Source(sid, text, SourceMeta.from_csl(meta), source_kind)


def _like(piece: str) -> str:
    return "%" + piece.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _thirds(query: str) -> list[str]:
    """The quote cut in three runs of words (two, or one, when short): a changed word or a
    straight quote mark for a curly one spoils one of them, the others still occur as
    typed in the source — long strings, which the trigram index finds in few texts."""
    words = query.split(" ")
    parts = 3 if len(words) >= 9 else 2 if len(words) >= 4 else 1
    runs = [" ".join(words[i * len(words) // parts:(i + 1) * len(words) // parts])
            for i in range(parts)]
    return [run for run in runs if len(run) >= 12]


def find_quote(conn: psycopg.Connection, quote: str, limit: int = 5) -> list[QuoteMatch]:
    """Where a pasted quote comes from: the server picks the candidates, the app's
    ``locate_quote`` finds the span in each (exact first, then approximate), so the offsets
    and the approximate match's thresholds are the embedded finder's.

    Candidates, through the trigram index (``LIKE`` on a ``gin_trgm_ops`` index), never by
    reading every text: first the sources holding the most thirds of the quote as typed
    (long strings are rarer), which answers a quote found exactly; else the embedded
    finder's own prefilter — the sources holding the most of the quote's longest runs of
    words, as typed and in lower case — so an approximate match is the one the app would
    find; slower, as short runs occur in many texts."""
    query = anchor_query(quote)
    if not query or limit <= 0:
        return []
    thirds = _thirds(query)
    if thirds:
        likes = [_like(t) for t in thirds]
        rows = conn.execute(  # those holding the most thirds, then in project order
            "SELECT id, text, meta, kind, position FROM sources WHERE "
            + " OR ".join(["text LIKE %s"] * len(likes)) + " ORDER BY "
            + " + ".join(["(text LIKE %s)::int"] * len(likes)) + " DESC, position LIMIT %s",
            [*likes, *likes, max(_QUOTE_CANDIDATES, 4 * limit)]).fetchall()
        rows.sort(key=lambda row: row[4])  # exact matches come out in project order
        found = locate_quote([_source(*row[:4]) for row in rows], quote, limit)
        if found and found[0].exact:  # an approximate one: the best may be elsewhere
            return found
    typed = probes(query)
    patterns = [_like(p) for p in dict.fromkeys([*typed, *(p.lower() for p in typed)])]
    where = " OR ".join(["text LIKE %s"] * len(patterns))
    count = " + ".join(["(text LIKE %s)::int"] * len(patterns))
    rows = conn.execute(
        f"SELECT id, text, meta, kind FROM (SELECT id, text, meta, kind, position, {count} "
        f"AS n FROM sources WHERE {where}) AS hit ORDER BY n DESC, position LIMIT %s",
        [*patterns, *patterns, max(_QUOTE_CANDIDATES, 4 * limit)]).fetchall()
    return locate_quote([_source(*row) for row in rows], quote, limit)
