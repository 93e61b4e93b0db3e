"""Other programs read an exported note: LibreOffice renders it (PDF, or a .docx of its
own), poppler says where each word landed on the page and how the page looks."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pytest

needs_office = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None
    or shutil.which("pdftoppm") is None,
    reason="LibreOffice (soffice) and poppler-utils (pdftotext, pdftoppm) are needed")
needs_pandoc = pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc not installed")


def convert(path: Path, out_dir: Path, target: str) -> Path:
    """``path`` converted by LibreOffice to ``target`` ("pdf", "docx"), with a private
    profile (other conversions may be running)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = out_dir / "lo-profile"
    filter_ = "docx:MS Word 2007 XML" if target == "docx" else target
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", filter_, "--outdir", str(out_dir),
                    str(path)], check=True, capture_output=True, timeout=240)
    result = out_dir / f"{path.stem}.{target}"
    assert result.exists(), f"LibreOffice did not write {result.name}"
    return result


def pdf_pages(pdf: Path) -> list[str]:
    """The text of each page, laid out as printed."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout
    return [page for page in text.split("\f") if page.strip()]


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    page_width: float
    page_height: float


def pdf_words(pdf: Path) -> list[Word]:
    """Every word with its box on its page (points, from the top left)."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout
    words = []
    for number, page in enumerate(re.findall(r"<page (.*?)</page>", html, re.S), 1):
        width = float(re.search(r'width="([\d.]+)"', page).group(1))
        height = float(re.search(r'height="([\d.]+)"', page).group(1))
        for x0, y0, x1, y1, text in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                r"(.*?)</word>", page):
            words.append(Word(number, unescape(text), float(x0), float(y0), float(x1),
                              float(y1), width, height))
    return words


def page_image(pdf: Path, page: int, out_dir: Path, dpi: int = 72) -> list[bytes]:
    """Page ``page`` as rows of grey levels (0 black, 255 white), one pixel a point at
    72 dpi."""
    stem = out_dir / f"page{page}"
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True, timeout=60)
    data = stem.with_suffix(".pgm").read_bytes()
    fields = data.split(maxsplit=4)  # P5, width, height, maxval, pixels
    width, height = int(fields[1]), int(fields[2])
    pixels = fields[4]
    return [pixels[r * width:(r + 1) * width] for r in range(height)]


def horizontal_rules(rows: list[bytes], min_length: int = 200) -> list[tuple[int, int, int]]:
    """(row, first x, last x) of every dark horizontal line at least ``min_length``
    pixels long: a table's borders, a footnote separator."""
    rules = []
    for y, row in enumerate(rows):
        dark = [x for x, level in enumerate(row) if level < 128]
        if len(dark) >= min_length and dark[-1] - dark[0] + 1 <= len(dark) + 2:
            rules.append((y, dark[0], dark[-1]))
    return rules
