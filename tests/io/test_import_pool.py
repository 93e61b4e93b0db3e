"""Importing many files reads them on every core and applies them in order, as one core did."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.io.import_pool import Extractions
from briefer.io.importers import ImportRefused, extract
from briefer.io.importing import import_and_save
from briefer.io.project_file import load_project, new_project
from tests.helpers.importer_files import HTML_PAGE, PDF_PAGES, make_docx, make_pdf


@pytest.fixture
def many(tmp_path: Path) -> Path:
    """Twelve files of the slow kinds, each with its own words, and one damaged PDF."""
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(4):
        pages = [[f"Report number {n} on the softwood lumber talks.", *PDF_PAGES[0][1:-1]],
                 PDF_PAGES[1]]
        (folder / f"r{n}.pdf").write_bytes(make_pdf(pages, title=f"Report {n}"))
        make_docx(folder / f"d{n}.docx", title=f"Memo {n}", footnote=f"Interview {n}.")
        (folder / f"w{n}.html").write_text(
            HTML_PAGE.replace("<h1>Trade talks", f"<h1>Page {n}: trade talks"),
            encoding="utf-8")
    (folder / "r9-broken.pdf").write_bytes(b"%PDF-1.4\nthis is not a pdf body\x00\x01")
    return folder


def test_a_pool_gives_each_file_what_reading_it_here_gives(many: Path) -> None:
    files = sorted(many.iterdir())
    with Extractions(files, workers=2, min_bytes=0) as pool:
        for path in files:
            try:
                expected = extract(path)
            except ImportRefused as exc:
                with pytest.raises(ImportRefused) as raised:
                    pool.get(path)
                assert str(raised.value) == str(exc)  # the same reason, for the same file
                continue
            got = pool.get(path)
            assert (got.text, got.meta, got.warnings) == \
                (expected.text, expected.meta, expected.warnings)
        assert pool._pool is not None  # the files were read by the workers


def test_importing_a_folder_keeps_the_order_and_reports_the_refused_file(
        many: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("briefer.io.import_pool.MIN_BYTES", 0)  # read by the pool
    project = new_project(tmp_path / "p")
    report = import_and_save(project, [many])
    names = sorted(p.stem for p in many.iterdir() if p.name != "r9-broken.pdf")
    assert report.added == [n.lower() for n in names]  # the folder's order, as before
    assert [Path(name).name for name, _ in report.refused] == ["r9-broken.pdf"]
    assert "damaged" in str(report.refused[0][1])
    reopened = load_project(tmp_path / "p")
    assert reopened.sources["r2"].text.startswith("Report number 2 on the softwood lumber")
    assert "Page 3: trade talks" in reopened.sources["w3"].text
    assert "Interview 1." in reopened.sources["d1"].text


def test_a_few_small_files_are_read_without_starting_processes(many: Path) -> None:
    files = sorted(many.iterdir())  # twelve short articles: less than a second's reading
    with Extractions(files, workers=2) as pool:
        texts = [pool.get(p).text for p in files if p.name != "r9-broken.pdf"]
        assert pool._pool is None
    assert len(texts) == 12 and all(texts)
