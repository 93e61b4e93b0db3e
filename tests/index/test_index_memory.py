"""Indexing a large project keeps no text in memory, and a current index reads none.

At 100,000 articles the texts are 650 MB: an index update that kept every text it
read held them all for the rest of the session, and one that hashed every text to
learn the index was current read them all at each open. What a user cares about:
search finds the same things; memory follows what is shown; reopening is quick.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import briefer.io.lazy_sources as lazy_sources
from briefer.core.project import Project
from briefer.core.source import Source, SourceMeta
from briefer.index.fts import SearchIndex
from briefer.io.lazy_sources import LAZY_MIN_SOURCES
from briefer.io.project_file import load_project, save_project

COUNT = LAZY_MIN_SOURCES + 10


@pytest.fixture
def big(tmp_path: Path, big_template: Path) -> Path:
    """The test's own copy of a project saved once for the module (the copy keeps the
    files' times, so the saved metadata cache is as current as after a save)."""
    folder = tmp_path / "big"
    shutil.copytree(big_template, folder)
    return folder


@pytest.fixture(scope="module")
def big_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sources = {}
    for i in range(COUNT):
        word = "softwood" if i % 100 == 7 else "dairy"
        text = f"Article {i}.\n\nOttawa says the {word} duties rose on day {i}.\n"
        sources[f"a{i:05d}"] = Source(f"a{i:05d}", text,
                                      SourceMeta(type="article-newspaper", title=f"Title {i}"),
                                      filename=f"a{i:05d}.txt")
    folder = tmp_path_factory.mktemp("index-memory") / "big"
    save_project(Project(name="big", sources=sources), folder)
    return folder


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    read: list[str] = []
    # the loaders call the module's file reader: count there
    real_counted = lazy_sources.read_text_file_counted

    def counted(path: Path, encoding: str | None = None):  # type: ignore[no-untyped-def]
        read.append(Path(path).name)
        return real_counted(path, encoding)

    monkeypatch.setattr(lazy_sources, "read_text_file_counted", counted)
    return read


def test_building_the_index_keeps_no_text_and_finds_every_source(big: Path) -> None:
    project = load_project(big, outline=False)
    with SearchIndex(big / ".briefer" / "test-index.sqlite") as index:
        assert index.update(project.sources.values()) == COUNT
        hits = index.search("softwood", limit=100)
    assert sorted(h.source_id for h in hits) == \
        sorted(f"a{i:05d}" for i in range(COUNT) if i % 100 == 7)
    # the hits' offsets are in the texts, read for them and let go again
    hit = hits[0]
    text = project.sources[hit.source_id].peek_text()
    assert text[hit.start:hit.end].lower() == "softwood"
    assert not any(s.text_loaded for s in project.sources.values())


def test_a_current_index_reads_no_text_at_the_next_open(big: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path = big / ".briefer" / "test-index.sqlite"
    with SearchIndex(path) as index:
        index.update(load_project(big, outline=False).sources.values())
    reads = _count_reads(monkeypatch)
    project = load_project(big, outline=False)
    with SearchIndex(path) as index:
        assert index.is_current(project.sources.values())
        assert index.update(project.sources.values()) == 0
    assert reads == []


def test_a_file_changed_on_disk_is_indexed_again(big: Path) -> None:
    path = big / ".briefer" / "test-index.sqlite"
    with SearchIndex(path) as index:
        index.update(load_project(big, outline=False).sources.values())
    changed = big / "sources" / "a00003.txt"
    changed.write_text("Article 3.\n\nOttawa says the lumber quota was cut.\n", encoding="utf-8")
    stat = changed.stat()
    os.utime(changed, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    project = load_project(big, outline=False)
    with SearchIndex(path) as index:
        assert index.update(project.sources.values()) == 1
        assert [h.source_id for h in index.search("lumber quota")] == ["a00003"]


def test_a_text_replaced_in_the_app_is_indexed_from_its_new_text(big: Path) -> None:
    path = big / ".briefer" / "test-index.sqlite"
    project = load_project(big, outline=False)
    with SearchIndex(path) as index:
        index.update(project.sources.values())
        project.sources["a00004"].text = "Article 4.\n\nA canola tariff was announced.\n"
        assert index.update(project.sources.values()) == 1
        assert [h.source_id for h in index.search("canola")] == ["a00004"]
        assert index.update(project.sources.values()) == 0
