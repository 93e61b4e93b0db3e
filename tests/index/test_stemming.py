"""Inflected forms: a word finds its plural and inflections, in the index, the
highlighting and the scan fallback alike."""

from __future__ import annotations

import importlib.util
import logging
import random
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.core.project import Project
from briefer.core.source import Source, SourceMeta
from briefer.index import SearchIndex, match_spans, snippet_parts
from briefer.index.fts import SCHEMA_VERSION, TOKENIZER
from briefer.index.highlight import FoldedText
from briefer.index.query import TOKEN, fold, parse_query, tokens
from briefer.index.stem import stem, stem_root
from briefer.io.sources import load_folder

BACKENDS = ["fts5", "scan"]
_CORPUS = Path(__file__).resolve().parents[1] / "bench" / "corpus.py"

# what users type, singular and plural, inflected, mixed with the grammar
QUERIES = [
    "tariff", "tariffs", "tariff OR duty", "duty", "duties", "policy", "policies",
    "negotiation", "negotiations", "negotiate", "negotiating", "negotiat*", "negot*",
    "Negotiators", "rule", "rules", '"rules of origin"', '"rule of origins"',
    '"origin of rules"', "trade -tariffs", "tariffs NOT steel", "tariff* OR duty",
    "negotiat* -tariff", "tariff -negotiat*", "Canada negotiat*", "re* -trade",
    "steel tariffs", "lumber OR timber", "Québec", "quebec", "Montréal", "Côté", "Zoë",
    "concessions", "concession", "relationship", "relations", "retaliate",
    "retaliatory", "minister", "ministers", "said", "the", "says", "talks", "talking",
    "proc*", "alumin*", "u.s.", "U.S. tariffs", '"supply management"', "dairy quota",
    "sovereignty", "agreed", "agreement", "agreements", "digital taxes", "tax",
]


def _corpus_module():
    spec = importlib.util.spec_from_file_location("bench_corpus", _CORPUS)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def art(source_id: str, text: str, title: str = "") -> Source:
    return Source(id=source_id, text=text, meta=SourceMeta(title=title))


def ids(hits) -> list[str]:
    return [h.source_id for h in hits]


@pytest.fixture(scope="module")
def seed_sources() -> list[Source]:
    from briefer.bundled import seeds_dir

    sources, problems = load_folder(seeds_dir())
    assert not problems
    return sources


@pytest.fixture(scope="module")
def generated() -> list[Source]:
    writer = _corpus_module().Writer(5)
    sources = []
    for i in range(100):
        title, text = writer.article()
        sources.append(art(f"g{i:03d}", text, title))
    return sources


def _sqlite_stems(words: list[str]) -> dict[str, str]:
    """Each word as SQLite's porter tokenizer stores it."""
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE VIRTUAL TABLE f USING fts5(x, tokenize='{TOKENIZER}')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(f, instance)")
    conn.executemany("INSERT INTO f(rowid, x) VALUES (?, ?)", list(enumerate(words)))
    stems = {words[doc]: term for term, doc in conn.execute("SELECT term, doc FROM v")}
    conn.close()
    return stems


# -- the stemmer is SQLite's ------------------------------------------------

SUFFIXES = ["ational", "tional", "enci", "anci", "izer", "logi", "bli", "alli", "entli",
            "eli", "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness",
            "ousness", "aliti", "iviti", "biliti", "ical", "ness", "icate", "iciti", "ful",
            "ative", "alize", "eed", "ed", "ing", "ies", "sses", "ss", "s", "y", "ly",
            "ement", "ment", "ent", "ion", "sion", "tion", "al", "ance", "ence", "er", "ic",
            "able", "ible", "ant", "ou", "ism", "ate", "iti", "ous", "ive", "ize", "e", "ll"]


def test_stemmer_agrees_with_sqlite_on_many_words(seed_sources, generated) -> None:
    rng = random.Random(3)
    letters = "aeiouybcdlstnmgrzwxé"
    words = set()
    for source in seed_sources + generated:
        words.update(tokens(source.text))
    for _ in range(6000):
        words.add("".join(rng.choice(letters) for _ in range(rng.randint(1, 10))))
    for suffix in SUFFIXES:
        for _ in range(60):
            words.add("".join(rng.choice(letters) for _ in range(rng.randint(0, 5))) + suffix)
    words |= {"a" * 70 + "ing", "ab", "eed", "feed", "agreed", "sses", "ies", "ying", "aed",
              "généralisations", "straße", "naïvely", "日本語です"}
    words = sorted({t for w in words for t in tokens(w)})
    expected = _sqlite_stems(words)
    wrong = [(w, expected[w], stem(w)) for w in words if stem(w) != expected[w]]
    assert not wrong, wrong[:20]
    # the candidate pattern of a stem never misses one of its words
    assert all(w.startswith(stem_root(stem(w))) for w in words)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="aeiouybcdlstnmgrwxzé É", min_size=1, max_size=14),
                min_size=1, max_size=30))
def test_stemmer_agrees_with_sqlite_on_any_word(texts: list[str]) -> None:
    words = sorted({t for text in texts for t in tokens(text)})
    if words:
        expected = _sqlite_stems(words)
        assert {w: stem(w) for w in words} == expected


def test_the_examples_users_type() -> None:
    for a, b in [("tariff", "tariffs"), ("negotiation", "negotiations"), ("policy", "policies"),
                 ("negotiate", "negotiating"), ("duty", "duties"), ("agree", "agreed")]:
        assert stem(a) == stem(b), (a, b)
    assert stem("negotiations") == "negoti"


# -- the index finds inflected forms ----------------------------------------

@pytest.mark.parametrize("backend", BACKENDS)
def test_singular_finds_plural_and_plural_singular(backend: str) -> None:
    index = SearchIndex(use_fts5=backend == "fts5")
    index.update([
        art("plural", "New tariffs on steel. Trade policies changed. Negotiations resumed."),
        art("singular", "A tariff on lumber. One policy. The negotiation failed."),
        art("other", "Talks about dairy quotas and softwood lumber."),
    ])
    for word in ("tariff", "tariffs", "TARIFFS", "policy", "policies", "negotiation",
                 "negotiations", "negotiating", "negotiated"):
        assert sorted(ids(index.search(word))) == ["plural", "singular"], word
    assert ids(index.search("tariffs steel")) == ["plural"]
    assert ids(index.search("tariff -steel")) == ["singular"]
    assert sorted(ids(index.search("quota OR policies"))) == ["other", "plural", "singular"]


def test_reported_seed_queries_find_the_tariff_articles(seed_sources: list[Source]) -> None:
    """``briefer search PROJECT tariff`` found nothing although "tariffs" is in three sources."""
    having = {s.id for s in seed_sources if "tariffs" in s.text.lower()}
    assert len(having) >= 3
    for backend in BACKENDS:
        index = SearchIndex(use_fts5=backend == "fts5")
        index.update(seed_sources)
        for query in ("tariff", "tariff OR duty", "Tariff"):
            hits = index.search(query)
            assert set(ids(hits)) >= having, (backend, query)
            for hit in hits:
                text = next(s.text for s in seed_sources if s.id == hit.source_id)
                shown = [text[s:e].lower() for s, e in hit.matches]
                assert shown and set(shown) <= {"tariff", "tariffs"}, shown
                assert "«tariff" in hit.snippet.lower()


@pytest.mark.parametrize("backend", BACKENDS)
def test_prefix_phrase_and_accents_with_stems(backend: str) -> None:
    index = SearchIndex(use_fts5=backend == "fts5")
    index.update([
        art("a", "Automotive rules of origin were negotiated in Montréal."),
        art("b", "A rule of origin applies. The négociations continue."),
        art("c", "The origin of these rules is unclear; negotiable terms."),
    ])
    assert sorted(ids(index.search('"rules of origin"'))) == ["a", "b"]
    assert sorted(ids(index.search('"rule of origins"'))) == ["a", "b"]
    assert ids(index.search('"origins of these rule"')) == ["c"]
    # a prefix is matched as written: "negotiat*" is not "negotiable"
    assert ids(index.search("negotiat*")) == ["a"]
    assert sorted(ids(index.search("negoti*"))) == ["a", "c"]
    assert ids(index.search("negociation")) == ["b"]
    assert ids(index.search("NÉGOCIATION")) == ["b"]
    assert ids(index.search("montreal")) == ["a"]
    # mixed stems and prefixes, in clauses and exclusions
    assert sorted(ids(index.search("origin negotiat*"))) == ["a"]
    assert sorted(ids(index.search("negotiat* OR unclear"))) == ["a", "c"]
    assert sorted(ids(index.search("origin -negotiat*"))) == ["b", "c"]
    assert sorted(ids(index.search("negoti* -rule"))) == []
    # "negotiable" has the stem of "negotiation" ("negoti"); "négociations" does not
    assert sorted(ids(index.search("rul* -negotiation"))) == ["b"]


def test_highlights_mark_inflected_forms_and_only_them() -> None:
    text = "Tariffs, a tariff, tariffing; the tariff's effect. Policies and policy; politics."
    # SQLite stems "tariffing" to "tarif": not the same word, not marked
    assert [text[s:e] for s, e in match_spans(text, "tariff")] == ["Tariffs", "tariff", "tariff"]
    assert [text[s:e] for s, e in match_spans(text, "policies")] == ["Policies", "policy"]
    assert [text[s:e] for s, e in match_spans(text, "polic*")] == ["Policies", "policy"]
    assert [text[s:e] for s, e in match_spans(text, "tariff OR policy")] == \
        ["Tariffs", "tariff", "tariff", "Policies", "policy"]
    phrase = "The rule of origins and the rules of origin; rules, origin."
    assert [phrase[s:e] for s, e in match_spans(phrase, '"rules of origin"')] == \
        ["rule of origins", "rules of origin"]
    # a failed phrase candidate does not hide one that starts at its next word
    assert [t[s:e] for t in ["rule rules of origin"]
            for s, e in match_spans(t, '"rules of origin"')] == ["rules of origin"]


def _index_matches(texts: list[str], word: str) -> list[list[tuple[int, int]]]:
    """Per text, the spans of the tokens SQLite's index stores under ``word``'s stem."""
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE VIRTUAL TABLE f USING fts5(x, tokenize='{TOKENIZER}')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(f, instance)")
    conn.executemany("INSERT INTO f(rowid, x) VALUES (?, ?)", list(enumerate([*texts, word])))
    wanted = conn.execute("SELECT term FROM v WHERE doc = ?", (len(texts),)).fetchone()[0]
    positions: dict[int, set[int]] = {}
    for doc, offset in conn.execute("SELECT doc, offset FROM v WHERE term = ? AND doc < ?",
                                    (wanted, len(texts))):
        positions.setdefault(doc, set()).add(offset)
    conn.close()
    out = []
    for doc, text in enumerate(texts):
        words = [m.span() for m in TOKEN.finditer(fold(text))]
        out.append([words[i] for i in sorted(positions.get(doc, ()))])
    return out


@pytest.mark.parametrize("word", ["tariff", "tariffs", "negotiations", "policy", "minister",
                                  "said", "trade", "talks", "agreed", "the", "Québec",
                                  "retaliatory", "relationship", "sources", "us", "provinces"])
def test_highlight_spans_are_the_words_the_index_matched(word: str, seed_sources,
                                                        generated) -> None:
    # the sample texts are ASCII after folding or keep their offsets: fold() is aligned
    texts = [s.text for s in seed_sources + generated[:60] if len(fold(s.text)) == len(s.text)]
    # (what is matched; highlighting then leaves out lone stop words and, for a word
    # typed with accents, the words written without them)
    terms = tuple(parse_query(word).positive_terms())
    for text, expected in zip(texts, _index_matches(texts, word), strict=True):
        assert FoldedText(text).find(terms) == expected, (word, text[:60])


# -- the scan fallback answers like the index -------------------------------

def _agree(sources: list[Source], queries: list[str]) -> None:
    fts = SearchIndex(use_fts5=True)
    scan = SearchIndex(use_fts5=False)
    fts.update(sources)
    scan.update(sources)
    found_any = 0
    for query in queries:
        a = fts.search(query, limit=10_000)
        b = scan.search(query, limit=10_000)
        assert sorted(ids(a)) == sorted(ids(b)), query
        found_any += bool(a)
        by_id = {h.source_id: h for h in b}
        for hit in a:  # the same highlights whichever way the source was found
            assert hit.matches == by_id[hit.source_id].matches, query
    assert found_any >= len(queries) // 2


def test_scan_agrees_with_the_index_on_the_seeds(seed_sources: list[Source]) -> None:
    _agree(seed_sources, QUERIES)


def test_scan_agrees_with_the_index_on_a_generated_corpus(generated: list[Source]) -> None:
    queries = QUERIES + _corpus_module().benchmark_queries()
    # and some words of the corpus itself, in other forms
    rng = random.Random(8)
    vocabulary = sorted({t for s in generated[:20] for t in tokens(s.text) if len(t) > 3})
    for word in rng.sample(vocabulary, 25):
        queries += [word + "s", word + "ing", word[:-1], word[: max(2, len(word) - 3)] + "*"]
    _agree(generated, queries)


def test_mixed_queries_never_fail_quietly(seed_sources, caplog) -> None:
    index = SearchIndex()
    index.update(seed_sources)
    with caplog.at_level(logging.WARNING, logger="briefer.index.fts"):
        for query in ["tariff OR negotiat*", "negotiat* -tariff", "tariff -negotiat*",
                      '"rules of origin" OR neg*', "ca* OR \"*\" -x*", "a* b* OR c -d -e*",
                      "re* OR trade NOT ta*", '"u.s. tar*"', "u.s.tar*", "NEAR* OR col:*"]:
            assert isinstance(index.search(query), list)
    assert not caplog.records
    assert index.search("u.s.go*")  # a dotted prefix is a phrase of tokens: "U.S. goods"


# -- keeping the index current ----------------------------------------------

def test_changed_and_removed_sources_leave_no_trace_in_prefix_search() -> None:
    index = SearchIndex()
    index.update([art("a", "Zeppelins over Ottawa."), art("b", "Airships over Québec.")])
    assert ids(index.search("zepp*")) == ["a"]
    index.update([art("a", "Balloons over Ottawa."), art("b", "Airships over Québec.")])
    assert ids(index.search("zepp*")) == [] and ids(index.search("ball*")) == ["a"]
    index.update([art("a", "Balloons over Ottawa.")])
    assert ids(index.search("airsh*")) == [] and ids(index.search("airship")) == []
    assert ids(index.search("ott* ballo*")) == ["a"]


def _write_schema_1_index(db: Path, sources: list[Source]) -> None:
    """An index as the previous version wrote it: no stems, no ``words`` table."""
    from briefer.index.paths import content_hash

    db.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db)
    conn.executescript("""
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE docs(id INTEGER PRIMARY KEY, source_id TEXT NOT NULL UNIQUE,
                          hash TEXT NOT NULL, title TEXT NOT NULL);
        CREATE VIRTUAL TABLE fts USING fts5(title, body,
            tokenize='unicode61 remove_diacritics 2', prefix='2 3');
        INSERT INTO meta VALUES ('schema', '1'), ('tokenizer', 'unicode61 remove_diacritics 2');
    """)
    for rowid, source in enumerate(sources, 1):
        title = source.display_title
        conn.execute("INSERT INTO docs VALUES (?, ?, ?, ?)",
                     (rowid, source.id, content_hash(title, source.text), title))
        conn.execute("INSERT INTO fts(rowid, title, body) VALUES (?, ?, ?)",
                     (rowid, title, source.text))
    conn.commit()
    conn.close()


def test_index_from_the_previous_version_is_rebuilt(tmp_path: Path,
                                                    seed_sources: list[Source]) -> None:
    db = tmp_path / ".briefer" / "index.sqlite"
    _write_schema_1_index(db, seed_sources)
    project = Project(name="p", sources={s.id: s for s in seed_sources}, path=str(tmp_path))
    with SearchIndex.for_project(project) as index:
        assert not index.is_current(seed_sources)  # nothing kept from the old file
        assert index.update(seed_sources) == len(seed_sources)
        assert len(index.search("tariff")) >= 3
        assert index.search("negotiat*")
    conn = sqlite3.connect(db)
    assert dict(conn.execute("SELECT key, value FROM meta"))["schema"] == SCHEMA_VERSION
    conn.close()
    with SearchIndex.for_project(project) as index:  # and the new one is kept
        assert index.is_current(seed_sources) and index.update(seed_sources) == 0


def test_snippets_mark_the_inflected_form(seed_sources: list[Source]) -> None:
    index = SearchIndex()
    index.update(seed_sources)
    hit = index.search("negotiation")[0]
    marked = [p for p, is_match in snippet_parts(hit.snippet) if is_match]
    assert marked and all(stem(fold(p)) == "negoti" for p in marked)
