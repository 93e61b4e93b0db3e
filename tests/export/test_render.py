"""Other programs read the exported note: pandoc and LibreOffice (converted once per module)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

needs_pandoc = pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc not installed")
needs_office = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) and poppler-utils (pdftotext) are needed")


def to_pdf(docx_path: Path, out_dir: Path) -> Path:
    """Convert with a private LibreOffice profile (other conversions may be running)."""
    profile = out_dir / "lo-profile"
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
         "--convert-to", "pdf", "--outdir", str(out_dir), str(docx_path)],
        check=True, capture_output=True, timeout=240)
    pdf = out_dir / (docx_path.stem + ".pdf")
    assert pdf.exists(), "LibreOffice did not write a PDF"
    return pdf


@pytest.fixture(scope="module")
def pdf_text(exported, tmp_path_factory) -> str:
    pdf = to_pdf(exported[1], tmp_path_factory.mktemp("pdf"))
    result = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                            text=True, check=True, timeout=60)
    return result.stdout


@needs_pandoc
def test_pandoc_sees_the_footnotes(exported) -> None:
    project, path = exported
    result = subprocess.run(["pandoc", str(path), "-t", "markdown-smart", "--wrap=none"],
                            capture_output=True, text=True, check=True, timeout=60)
    text = result.stdout
    count = len(project.note.excerpt_blocks())
    assert re.findall(r"^\[\^(\d+)\]:", text, re.M) == [str(i) for i in range(1, count + 1)]
    assert "[^1]: Jane Smith, “Canada Rethinks Its Progressive Trade Agenda,”" in text
    assert "# Sources" in text


@needs_office
@pytest.mark.slow
def test_libreoffice_renders_classification_pages_and_footnotes(pdf_text: str) -> None:
    pages = pdf_text.split("\f")
    pages = [p for p in pages if p.strip()]
    assert pages, "the PDF has no text"
    for number, page in enumerate(pages, 1):
        assert "PROTECTED B" in page
        assert f"Page {number} of {len(pages)}" in page
    flat = " ".join(pdf_text.split())
    assert "Jane Smith, “Canada Rethinks Its Progressive Trade Agenda,”" in flat
    assert "Smith, “Canada Rethinks Its Progressive Trade Agenda.”" in flat
    assert "response 5 to question 1" in flat
    assert "BRIEFING NOTE" in flat and "Managing the Canada–US trade relationship" in flat
