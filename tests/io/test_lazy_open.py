"""A large project opens from its metadata: texts are read when used, not at open.

What the user sees must not change: the same titles, the same warnings, the same
texts, excerpts found again where they were; only what is read (and when) does.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import briefer.io.lazy_sources as lazy_sources
from briefer.core.excerpt import AnchorStatus, make_excerpt
from briefer.core.project import Project
from briefer.core.source import Source, SourceKind, SourceMeta
from briefer.io.lazy_sources import LAZY_MIN_SOURCES
from briefer.io.project_file import is_large, load_project, save_project
from briefer.io.project_yaml import dump_project_data
from briefer.io.saving import finish_job, prepare_job, write_job
from briefer.io.yamlutil import dump_yaml

COUNT = LAZY_MIN_SOURCES + 20
QUOTE = "the softwood lumber duties were raised again"


def _article(i: int) -> str:
    return f"Article {i} opens here.\n\nOttawa says {QUOTE} on day {i}.\n"


@pytest.fixture
def big(tmp_path: Path, big_template: Path) -> Path:
    """A saved project of ``COUNT`` articles (source 0 untitled, source 1 with an excerpt,
    source 2 not UTF-8), the test's own: a copy of one saved once for the module (the
    copy keeps the files' times, so the saved metadata cache is as current as after a
    save)."""
    folder = tmp_path / "big"
    shutil.copytree(big_template, folder)
    return folder


@pytest.fixture(scope="module")
def big_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sources = {}
    for i in range(COUNT):
        meta = SourceMeta(type="article-newspaper", title="" if i == 0 else f"Title {i}")
        sources[f"a{i:04d}"] = Source(f"a{i:04d}", _article(i), meta, filename=f"a{i:04d}.txt")
    project = Project(name="big", sources=sources)
    text = sources["a0001"].text
    start = text.index(QUOTE)
    excerpt = make_excerpt("a0001", text, start, start + len(QUOTE))
    project.excerpts[excerpt.id] = excerpt
    folder = tmp_path_factory.mktemp("lazy") / "big"
    save_project(project, folder)
    (folder / "sources" / "a0002.txt").write_bytes("Caf\xe9 d\xe9bat, 2025.\n".encode("cp1252"))
    return folder


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the texts read from now on (at open or later)."""
    read: list[str] = []
    real = lazy_sources.read_text_file_counted

    def counting(path: Path, encoding: str | None = None):  # type: ignore[no-untyped-def]
        read.append(Path(path).name)
        return real(path, encoding)

    monkeypatch.setattr(lazy_sources, "read_text_file_counted", counting)
    return read


def test_a_large_project_opens_without_reading_its_articles(big: Path, monkeypatch) -> None:
    load_project(big)  # the first open learns what it needs of each text
    read = _reads(monkeypatch)
    project = load_project(big)
    assert len(project.sources) == COUNT
    # only the source whose excerpt is found again is read (survey: none here)
    assert read == ["a0001.txt"]
    assert not project.sources["a0005"].text_loaded
    assert project.sources["a0005"].text == _article(5)  # read when asked for
    assert read == ["a0001.txt", "a0005.txt"]


def test_titles_warnings_and_excerpts_are_what_a_full_read_gives(big: Path) -> None:
    first, again = load_project(big), load_project(big)
    for project in (first, again):
        untitled = project.sources["a0000"]
        assert untitled.display_title == "Article 0 opens here."
        assert project.sources["a0002"].encoding == "cp1252"
        assert any("a0002.txt" in str(w) and "cp1252" in str(w) for w in project.warnings)
        excerpt = next(iter(project.excerpts.values()))
        assert excerpt.status is AnchorStatus.ANCHORED
        text = project.sources["a0001"].text
        assert text[excerpt.position.start:excerpt.position.end] == QUOTE
        assert project.sources["a0002"].text == "Café débat, 2025.\n"


def test_a_file_changed_since_is_read_again(big: Path, monkeypatch) -> None:
    load_project(big)
    path = big / "sources" / "a0000.txt"
    path.write_text("A different opening line, longer than before.\n\nBody.\n")
    os.utime(path, ns=(1, 1))  # even with an old time: the size differs
    read = _reads(monkeypatch)
    project = load_project(big)
    assert "a0000.txt" in read
    assert project.sources["a0000"].display_title == \
        "A different opening line, longer than before."


def test_a_survey_is_read_at_open_and_kept(big: Path) -> None:
    from briefer.bundled import seeds_dir

    survey = next(seeds_dir().glob("004_*.txt"))  # the sample's survey
    target = big / "sources" / "zsurvey.txt"
    target.write_text(survey.read_text(encoding="utf-8"), encoding="utf-8")
    (big / "sources" / "zsurvey.yaml").write_bytes(survey.with_suffix(".yaml").read_bytes())
    project = load_project(big)
    project.sources["zsurvey"] = Source("zsurvey", target.read_text(), filename="zsurvey.txt",
                                        kind=SourceKind.SURVEY)
    save_project(project)
    opened = load_project(big)
    assert opened.sources["zsurvey"].kind is SourceKind.SURVEY
    assert opened.sources["zsurvey"].text_loaded
    assert opened.outline.sections  # drawn from the survey's text


def test_is_large_looks_at_the_count_of_files(big: Path, tmp_path: Path) -> None:
    assert is_large(big)
    small = tmp_path / "small"
    small.mkdir()
    (small / "one.txt").write_text("One article.\n")
    assert not is_large(small)


@pytest.mark.parametrize("name", ["000", "yes", "No", "a b", "é", "a:b", "null", "on", "_x",
                                  "a-b", "a.b", "x" * 120, "-a", "a#b", "1e3", "a'b", "~"])
def test_project_yaml_is_written_as_pyyaml_writes_it(name: str) -> None:
    data = {"format": "briefer-project", "sources": [
        {"id": "plain", "file": "plain.txt", "kind": "article"},
        {"id": name, "file": f"{name}.txt", "kind": "article", "original": f"{name}.docx"}],
        "outline": {"sections": []}, "excerpts": []}
    assert dump_project_data(data) == dump_yaml(data)


def test_a_save_in_the_background_writes_what_was_taken(big: Path) -> None:
    project = load_project(big)
    project.sources["a0003"].meta.note = "checked"
    project.dirty_meta.add("a0003")
    job = prepare_job(project, big)
    project.sources["a0003"].meta.note = "checked twice"  # edited while the save runs
    assert write_job(job)
    finish_job(project, job)
    assert "checked" in (big / "sources" / "a0003.yaml").read_text()
    assert "a0003" in project.dirty_meta  # the later edit is still to be saved
    save_project(project)
    assert load_project(big).sources["a0003"].meta.note == "checked twice"


def test_a_background_save_steps_back_when_someone_else_saved(big: Path) -> None:
    mine, theirs = load_project(big), load_project(big)
    theirs.name = "renamed by the other"
    save_project(theirs)
    mine.citation_style = "apa"
    job = prepare_job(mine, big)
    before = (big / "project.yaml").read_bytes()
    assert not write_job(job)  # nothing written: the merging save does it
    assert (big / "project.yaml").read_bytes() == before
    save_project(mine)
    again = load_project(big)
    assert (again.name, again.citation_style) == ("renamed by the other", "apa")
