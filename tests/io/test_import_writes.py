"""An import's new sources reach the project folder together: the journal records their
files with one flush to the disk, and a file that cannot be written changes nothing."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from briefer.io import journal as journal_module
from briefer.io.importing import import_and_save
from briefer.io.project_file import ProjectError, load_project, new_project
from tests.helpers.importer_files import HTML_PAGE, PDF_PAGES, make_pdf


def _snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha1(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(5):
        pages = [[f"Report number {n} on the softwood lumber talks.", *PDF_PAGES[0][1:-1]]]
        (folder / f"r{n}.pdf").write_bytes(make_pdf(pages, title=f"Report {n}"))
    (folder / "talks.html").write_text(HTML_PAGE, encoding="utf-8")
    return folder


def test_new_sources_are_recorded_with_one_flush_and_all_reach_the_folder(
        inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    flushes: list[int] = []
    real = journal_module._fsync

    def flush(fd: int) -> None:
        flushes.append(fd)
        real(fd)

    monkeypatch.setattr(journal_module, "_fsync", flush)
    report = import_and_save(new_project(tmp_path / "one"), [inbox / "r0.pdf"])
    assert report.added == ["r0"]
    for_one, flushes[:] = len(flushes), []
    report = import_and_save(new_project(tmp_path / "p"), [inbox])
    assert report.added == ["r0", "r1", "r2", "r3", "r4", "talks"]
    assert len(flushes) == for_one  # eighteen files, recorded as one file's three were
    reopened = load_project(tmp_path / "p", outline=False)
    for n in range(5):
        source = reopened.sources[f"r{n}"]
        assert source.text.startswith(f"Report number {n} on the softwood lumber talks.")
        assert source.meta.title == f"Report {n}"
        assert (tmp_path / "p" / "originals" / f"r{n}.pdf").read_bytes() == \
            (inbox / f"r{n}.pdf").read_bytes()
    assert not list((tmp_path / "p").rglob("*.tmp"))  # nothing staged is left behind


def test_a_file_that_cannot_be_moved_in_fails_the_import_and_changes_nothing(
        inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    new_project(tmp_path / "p")
    before = _snapshot(tmp_path / "p")
    project = load_project(tmp_path / "p", outline=False)
    sources_before = set(project.sources)
    real_replace, moves = os.replace, []

    def replace_then_fail(src: str, dst: str) -> None:
        moves.append(dst)
        if len(moves) == 7:  # two sources in place, the third half-way
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace_then_fail)
    with pytest.raises(ProjectError, match="r2.txt: could not be saved into the project "
                                           r"\(No space left on device\)"):
        import_and_save(project, [inbox])
    monkeypatch.setattr(os, "replace", real_replace)
    assert _snapshot(tmp_path / "p") == before  # nor project.yaml, nor a staged file
    assert set(project.sources) == sources_before
    assert import_and_save(project, [inbox]).added == ["r0", "r1", "r2", "r3", "r4", "talks"]


def test_a_file_that_cannot_be_staged_is_refused_and_the_others_imported(
        inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = new_project(tmp_path / "p")
    real_copy = shutil.copyfile

    def copy_but_r3(src: str, dst: str, **options: object) -> object:
        if Path(src).name == "r3.pdf":
            raise OSError(28, "No space left on device")
        return real_copy(src, dst, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(shutil, "copyfile", copy_but_r3)
    report = import_and_save(project, [inbox])
    assert report.added == ["r0", "r1", "r2", "r4", "talks"]
    assert [(Path(n).name, str(r)) for n, r in report.refused] == [
        ("r3.pdf", "r3.pdf: could not be saved into the project (No space left on device)")]
    folder = tmp_path / "p"
    assert not list(folder.rglob("r3*")) and not list(folder.rglob("*.tmp"))
    assert set(load_project(folder, outline=False).sources) >= {"r0", "r1", "r2", "r4", "talks"}


def test_a_cancelled_import_keeps_the_files_it_imported(inbox: Path, tmp_path: Path) -> None:
    project = new_project(tmp_path / "p")
    asked: list[int] = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 3  # after three files

    report = import_and_save(project, [inbox], cancel=cancel)
    assert report.cancelled and report.added == ["r0", "r1", "r2"]
    reopened = load_project(tmp_path / "p", outline=False)
    assert {"r0", "r1", "r2"} <= set(reopened.sources) and "r3" not in reopened.sources
    assert reopened.sources["r2"].text.startswith("Report number 2")
