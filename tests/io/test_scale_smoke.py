"""A few hundred generated articles open, are indexed and are found again (small and fast)."""

from __future__ import annotations

import importlib.util
import json
import time
from pathlib import Path

import pytest

from briefer.core.source import SourceKind
from briefer.index import SearchIndex
from briefer.index.query import fold
from briefer.io.project_file import load_project

_CORPUS = Path(__file__).resolve().parents[1] / "bench" / "corpus.py"


def _corpus_module():
    spec = importlib.util.spec_from_file_location("bench_corpus", _CORPUS)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _corpus_module().write_corpus(tmp_path_factory.mktemp("scale") / "proj", 300, seed=3)


def test_generator_is_seeded(tmp_path: Path) -> None:
    module = _corpus_module()
    a = module.write_corpus(tmp_path / "a", 5, seed=11, plain=True)
    b = module.write_corpus(tmp_path / "b", 5, seed=11, plain=True)
    assert [p.read_bytes() for p in sorted(a.iterdir())] == \
        [p.read_bytes() for p in sorted(b.iterdir())]


def test_300_sources_open_index_and_search(corpus: Path) -> None:
    start = time.perf_counter()
    project = load_project(corpus)
    opened = time.perf_counter() - start
    assert len(project.sources) == 301 and not project.warnings
    assert project.sources["survey"].kind is SourceKind.SURVEY
    assert project.sources["a00007"].meta.container_title  # sidecar metadata read
    assert opened < 10  # generous: the machine is shared; the benchmark measures properly

    index = SearchIndex.for_project(project)
    assert index.update(project.sources.values()) == 301
    hits = index.search('"softwood lumber"', limit=1000)
    expected = {s.id for s in project.sources.values()
                if "softwood lumber" in " ".join(fold(s.text).split())}
    assert {h.source_id for h in hits} == expected
    for hit in hits[:20]:
        text = project.sources[hit.source_id].text
        assert fold(" ".join(text[hit.start:hit.end].split())) == "softwood lumber"
    assert index.search("Team Canada")[0].source_id == "survey"
    index.close()


def test_reopening_uses_the_caches_and_sees_edits(corpus: Path) -> None:
    first = load_project(corpus)
    assert (corpus / ".briefer" / "sidecars.json").exists()
    side = corpus / "sources" / "a00003.yaml"
    side.write_text(side.read_text(encoding="utf-8").replace(
        "container-title:", "container-title: Edited Outlet\nold-outlet:"), encoding="utf-8")
    again = load_project(corpus)
    assert again.sources["a00003"].meta.container_title == "Edited Outlet"
    assert again.sources["a00004"].meta.to_csl("a00004") == first.sources["a00004"].meta.to_csl(
        "a00004")
    cache = json.loads((corpus / ".briefer" / "sidecars.json").read_text(encoding="utf-8"))
    assert len(cache["files"]) == 301

    with SearchIndex.for_project(again) as index:
        index.update(again.sources.values())
    with SearchIndex.for_project(load_project(corpus)) as index:  # persisted, reused as is
        assert index.is_current(again.sources.values())
        assert index.update(again.sources.values()) == 0


def test_a_saved_project_opens_without_parsing_its_sidecars(tmp_path, monkeypatch):
    """Saving remembers the metadata it wrote, so the next open reads no YAML sidecar."""
    import briefer.io.sources as sources_module
    from briefer.io.project_file import load_project, save_project

    folder = tmp_path / "plain"
    folder.mkdir()
    for i in range(250):
        (folder / f"a{i:03}.txt").write_text(f"Article {i} about softwood lumber.\n")
        (folder / f"a{i:03}.yaml").write_text(f"title: Lumber {i}\ncontainer-title: Post\n")
    project = load_project(folder)
    dest = tmp_path / "proj"
    save_project(project, dest)

    def no_parsing(side):
        raise AssertionError(f"{side} was parsed again")

    monkeypatch.setattr(sources_module, "read_sidecar_data", no_parsing)
    again = load_project(dest)
    assert again.sources["a007"].meta.title == "Lumber 7"
    assert again.sources["a249"].meta.container_title == "Post"
