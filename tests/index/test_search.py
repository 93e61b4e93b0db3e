"""Full-text search: ranking, phrases, accents, odd input, keeping the index current."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.core.project import Project
from briefer.core.source import Source, SourceMeta
from briefer.index import SearchIndex, fts5_compiled, match_spans, snippet_parts, to_fts
from briefer.index.query import fold
from briefer.io.sources import load_folder

HOSTILE = ["budget AND", '"', "*", "NEAR(", "-", ":", "", "   ", "AND", "OR", "NOT",
           "OR trade", "trade OR", "NOT trade", "-trade", "a*", "(", ")", "^trade",
           "title:trade", "trade:", '"trade', 'trade"', '""', "'", "\\", "{title}: x",
           "NEAR(trade canada, 5)", "trade + canada", "日本語", "🙂", "\x00", "\u0301",
           "a" * 5000, "rules of origin " * 50, "col:(x OR y)", "x* *", "-*", "trade -"]

BACKENDS = ["fts5", "scan"]


@pytest.fixture(scope="module")
def seed_sources() -> list[Source]:
    from briefer.bundled import seeds_dir

    sources, problems = load_folder(seeds_dir())
    assert not problems
    return sources


@pytest.fixture(scope="module", params=BACKENDS)
def seed_index(request: pytest.FixtureRequest, seed_sources: list[Source]) -> SearchIndex:
    index = SearchIndex(use_fts5=request.param == "fts5")
    assert index.fts5_available is (request.param == "fts5")
    index.update(seed_sources)
    yield index
    index.close()


def ids(hits) -> list[str]:
    return [h.source_id[:3] for h in hits]


def art(source_id: str, text: str, title: str = "") -> Source:
    return Source(id=source_id, text=text, meta=SourceMeta(title=title))


def test_fts5_is_detected_here() -> None:
    assert fts5_compiled() is True


def test_rules_of_origin_finds_the_article_about_them(seed_index: SearchIndex) -> None:
    hits = seed_index.search("rules of origin")
    assert ids(hits)[0] == "003"
    hit = hits[0]
    text = next(s for s in seed_index._texts.values() if s[0] == hit.title)[1]
    # the hit points at the words in a row, not at the first "of"
    assert text[hit.start:hit.end] == "rules of origin"
    assert "«rules of origin»" in hit.snippet


def test_phrase_only_matches_words_in_a_row(seed_index: SearchIndex) -> None:
    assert ids(seed_index.search('"rules of origin"')) == ["003"]
    assert ids(seed_index.search('"origin of rules"')) == []
    # 002 speaks of "auto content rules", never of an origin
    assert ids(seed_index.search('"auto content rules"')) == ["002"]


def test_team_canada_finds_the_survey_first(seed_index: SearchIndex) -> None:
    hits = seed_index.search("Team Canada")
    assert ids(hits)[0] == "004"
    assert ids(seed_index.search('"Team Canada"')) == ["004"]
    assert len(hits[0].matches) >= 8  # every "Team" and every "Canada" is highlighted


def test_hits_carry_offsets_into_the_source_text(seed_index: SearchIndex,
                                                 seed_sources: list[Source]) -> None:
    texts = {s.id: s.text for s in seed_sources}
    for hit in seed_index.search("negotiat*"):
        text = texts[hit.source_id]
        assert fold(text[hit.start:hit.end]).startswith("negotiat")
        assert (hit.start, hit.end) in hit.matches
        for start, end in hit.matches:
            assert fold(text[start:end]).startswith("negotiat")
        assert [p for p, is_match in snippet_parts(hit.snippet) if is_match]


def test_words_are_anded_or_and_not_work(seed_index: SearchIndex) -> None:
    both = set(ids(seed_index.search("Lighthizer Mexico")))
    assert both and all(set(ids(seed_index.search(w))) >= both for w in ("Lighthizer", "Mexico"))
    either = set(ids(seed_index.search("Lighthizer OR reciprocity")))
    assert either == set(ids(seed_index.search("Lighthizer"))) | set(
        ids(seed_index.search("reciprocity")))
    without = set(ids(seed_index.search("Canada -Lighthizer")))
    canada, lighthizer = (set(ids(seed_index.search(w))) for w in ("Canada", "Lighthizer"))
    assert without == canada - lighthizer
    assert ids(seed_index.search("-Canada")) == []  # nothing asked for, nothing found


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_input_never_raises(seed_index: SearchIndex, query: str) -> None:
    hits = seed_index.search(query)
    assert isinstance(hits, list)
    match_spans("Budget AND trade: NEAR(Canada)", query)


def test_trailing_operator_is_just_dropped(seed_index: SearchIndex) -> None:
    assert to_fts("budget AND") == '"budget"'
    assert ids(seed_index.search("trade AND")) == ids(seed_index.search("trade"))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60))
def test_any_text_is_a_safe_query(query: str) -> None:
    index = _shared_index()
    assert isinstance(index.search(query), list)
    expression = to_fts(query)
    if expression:  # what reaches MATCH is always valid FTS5
        index._conn.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (expression,))


_SHARED: list[SearchIndex] = []


def _shared_index() -> SearchIndex:
    if not _SHARED:
        from briefer.bundled import seeds_dir

        index = SearchIndex()
        index.update(load_folder(seeds_dir())[0])
        _SHARED.append(index)
    return _SHARED[0]


@pytest.mark.parametrize("backend", BACKENDS)
def test_accents_and_case_are_folded(backend: str) -> None:
    index = SearchIndex(use_fts5=backend == "fts5")
    text = "Reprise de la NÉGOCIATION à Montréal.\nLa ne\u0301gociation avance. Negociations ?"
    index.update([art("fr", text), art("en", "Talks in Toronto.")])
    for query in ("négociation", "negociation", "NEGOCIATION", "montreal", "MONTRÉAL"):
        assert ids(index.search(query)) == ["fr"], query
    spans = match_spans(text, "negociation")
    # "Negociations" too: the plural has the same stem
    assert [text[s:e] for s, e in spans] == ["NÉGOCIATION", "ne\u0301gociation", "Negociations"]
    hit = index.search("négociation")[0]
    assert text[hit.start:hit.end] == "NÉGOCIATION"
    assert ids(index.search('"la négociation avance"')) == ["fr"]


def test_match_spans_follow_token_rules() -> None:
    text = "The other theme: the U.S. tariff, tariffs and re-tariffing."
    assert [text[s:e] for s, e in match_spans(text, "theme")] == ["theme"]
    assert match_spans(text, "the") == []  # a stop word alone is never highlighted
    assert [text[s:e] for s, e in match_spans(text, "tariff*")] == \
        ["tariff", "tariffs", "tariffing"]
    assert [text[s:e] for s, e in match_spans(text, '"u s tariff"')] == ["U.S. tariff"]
    assert [text[s:e] for s, e in match_spans(text, "U.S.")] == ["U.S"]
    assert match_spans(text, "") == [] and match_spans(text, '"') == []
    assert match_spans("xa a a", "\"a a\"") == [(3, 6)]  # not fooled by the "a" in "xa"


def test_title_counts_more_than_body() -> None:
    index = SearchIndex()
    index.update([art("body", "Dairy. " + "Filler text about trade. " * 20, title="Trade talks"),
                  art("title", "Filler text about trade. " * 20, title="Dairy quotas")])
    assert ids(index.search("dairy")) == ["tit", "bod"]
    title_only = index.search("quotas")
    assert title_only[0].matches == () and title_only[0].start == title_only[0].end == 0


def test_update_is_incremental(seed_sources: list[Source]) -> None:
    index = SearchIndex()
    calls: list[tuple[int, int]] = []
    assert index.update(seed_sources, progress=lambda d, t, _what: calls.append((d, t))) == 5
    assert calls[-1] == (5, 5)
    assert index.is_current(seed_sources)
    assert index.update(seed_sources) == 0
    changed = [Source(id=s.id, text=s.text, meta=s.meta, kind=s.kind) for s in seed_sources]
    changed[1].text += "\nA new paragraph about zeppelins."
    assert not index.is_current(changed)
    assert index.update(changed) == 1
    assert ids(index.search("zeppelins")) == ["001"]
    assert index.update(changed[:3]) == 0  # two removed: nothing to index, both dropped
    assert len(index) == 3
    assert "004" not in ids(index.search("Team Canada"))
    assert index.is_current(changed[:3])


def test_update_can_be_cancelled_between_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    import briefer.index.fts as fts

    monkeypatch.setattr(fts, "BATCH", 2)
    sources = [art(f"s{i}", f"text number {i}") for i in range(10)]
    index = SearchIndex()
    seen: list[int] = []
    done = index.update(sources, progress=lambda d, t, _what: seen.append(d),
                        cancel=lambda: len(seen) > 2)
    assert done == 4 and len(index) == 4 and not index.is_current(sources)
    assert index.update(sources) == 6


def _project(folder: Path, sources: list[Source], read_only: bool = False) -> Project:
    return Project(name="p", sources={s.id: s for s in sources}, path=str(folder),
                   read_only=read_only)


def test_index_is_persisted_in_the_project_and_reused(tmp_path: Path,
                                                      seed_sources: list[Source]) -> None:
    project = _project(tmp_path, seed_sources)
    with SearchIndex.for_project(project) as index:
        assert index.update(seed_sources) == 5
    assert (tmp_path / ".briefer" / "index.sqlite").exists()
    with SearchIndex.for_project(project) as index:
        assert index.is_current(seed_sources)
        assert ids(index.search('"rules of origin"')) == ["003"]  # before any update
        assert index.update(seed_sources) == 0


@pytest.mark.parametrize("damage", ["garbage", "old-schema", "truncated"])
def test_stale_or_damaged_index_is_rebuilt(tmp_path: Path, seed_sources: list[Source],
                                           damage: str) -> None:
    db = tmp_path / ".briefer" / "index.sqlite"
    project = _project(tmp_path, seed_sources)
    with SearchIndex.for_project(project) as index:
        index.update(seed_sources)
    if damage == "garbage":
        db.write_bytes(b"this is not a database" * 100)
    elif damage == "truncated":
        db.write_bytes(db.read_bytes()[:5000])
    else:
        conn = sqlite3.connect(db)
        conn.execute("UPDATE meta SET value = '0' WHERE key = 'schema'")
        conn.commit()
        conn.close()
    with SearchIndex.for_project(project) as index:
        assert index.update(seed_sources) == 5
        assert ids(index.search('"rules of origin"')) == ["003"]


def test_read_only_folder_keeps_its_index_in_the_user_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_sources: list[Source]) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "plain"
    folder.mkdir()
    with SearchIndex.for_project(_project(folder, seed_sources, read_only=True)) as index:
        index.update(seed_sources)
    assert not (folder / ".briefer").exists()
    assert list((tmp_path / "cache" / "briefer").glob("*.sqlite"))


def test_unsaved_project_gets_an_index_in_memory(seed_sources: list[Source]) -> None:
    unsaved = Project(sources={s.id: s for s in seed_sources})
    with SearchIndex.for_project(unsaved) as index:
        assert index.db_path == ":memory:"


def test_search_while_updating_in_a_worker_thread(seed_sources: list[Source],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import briefer.index.fts as fts

    monkeypatch.setattr(fts, "BATCH", 3)
    many = [art(f"n{i:03d}", f"Article {i} on softwood lumber and dairy.") for i in range(200)]
    index = SearchIndex()
    errors: list[BaseException] = []

    def work() -> None:
        try:
            index.update(many + seed_sources)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    while worker.is_alive():
        assert isinstance(index.search("softwood lumber"), list)
    worker.join()
    assert not errors
    assert len(index.search("softwood lumber", limit=500)) == 200
