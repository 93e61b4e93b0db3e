"""PDF text comes from PDFium (compiled, as fast as pdftotext), reflowed as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PageObject

from briefer.io.importers import extract
from tests.helpers.importer_files import PDF_PAGES, make_pdf


def test_pdf_text_is_read_without_pypdf_text_extraction(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(*args: object, **kwargs: object) -> str:
        raise AssertionError("pypdf's text extraction (in Python) was used")

    monkeypatch.setattr(PageObject, "extract_text", slow)
    path = tmp_path / "talks.pdf"
    path.write_bytes(make_pdf(PDF_PAGES, title="Trade talks stall", author="Jane Doe"))
    got = extract(path)
    paragraphs = got.text.rstrip("\n").split("\n\n")
    assert paragraphs[0] == "Trade talks stall"
    assert paragraphs[1].endswith("the “sunset clause” demanded by the US side.")
    assert paragraphs[-1] == "Page two has its own paragraph about the next round in April."
    assert got.meta.title == "Trade talks stall" and got.meta.author == [{"literal": "Jane Doe"}]


def test_a_hyphen_ending_a_line_is_kept_and_the_word_joined(tmp_path: Path) -> None:
    lines = ["Canada wants the trade talks with Washington to move away from a one-",
             "sided adjustment to a genuine exchange between partners on both sides,",
             "and the premiers agree that it must be done before the review in July."]
    (tmp_path / "hyphen.pdf").write_bytes(make_pdf([lines]))
    text = extract(tmp_path / "hyphen.pdf").text
    assert "a one-sided adjustment" in text
    assert "\ufffe" not in text and "\x02" not in text
