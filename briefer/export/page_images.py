"""Pictures of the note's pages, for the print preview: the pages as LibreOffice lays
out the exported file, so what the preview shows is what the page count counts.

The note is laid out as a PDF (``page_count.render_pdf``) and each page drawn as a PNG
by poppler's ``pdftoppm``, one page a step so that a preview of a long note shows
its progress and can be stopped. Without ``pdftoppm``, LibreOffice draws the PNG
itself, but only the first page (its PNG export has no page range), and a LibreOffice
without its picture filters (``libreoffice-writer-nogui``) draws none; the result
holds the pictures there are and how many pages there are, for the preview to say.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefer.core.messages import UserError
from briefer.core.progress import Progress, no_progress
from briefer.core.project import Project
from briefer.export.page_count import (
    OfficeMissing,
    PageCount,
    Stopped,
    convert,
    count_pdf,
    office_program,
    render_pdf,
)

DPI = 96  # a page as wide on screen as on paper at the usual zoom; ~100 KB a PNG
DRAW_TIMEOUT_SECONDS = 60.0


@dataclass
class PagePictures:
    """The pages as PNG images (bytes), in order, and the count they come from: fewer
    images than pages when there is no ``pdftoppm`` (the first page, or none)."""

    images: list[bytes]
    count: PageCount


def draw_pages(project: Project, style: str | None = None, dpi: int = DPI,
               progress: Progress = no_progress,
               cancelled: Callable[[], bool] | None = None) -> PagePictures:
    """Lay the note out and draw its pages. ``progress(done, total, "")``: 0 of 0 while
    LibreOffice lays it out, then each page drawn. Raises OfficeMissing, UserError, and
    Stopped once ``cancelled()`` turns true."""
    if office_program() is None:
        raise OfficeMissing()
    stop = cancelled or (lambda: False)
    progress(0, 0, "")
    with tempfile.TemporaryDirectory(prefix="briefer-preview-") as tmp:
        folder = Path(tmp)
        docx, pdf, cited = render_pdf(project, folder, style, cancelled=stop)
        count = count_pdf(pdf, project, cited, style)
        pdftoppm = shutil.which("pdftoppm")
        if pdftoppm is None:
            try:
                images = [convert(docx, folder, "png", stop).read_bytes()]
            except UserError:  # no picture filter: the count alone
                images = []
            progress(1, 1, "")
            return PagePictures(images, count)
        images = []
        for page in range(1, count.pages + 1):
            if stop():
                raise Stopped()
            stem = folder / f"page-{page}"
            try:
                subprocess.run([pdftoppm, "-png", "-r", str(dpi), "-f", str(page), "-l",
                                str(page), "-singlefile", str(pdf), str(stem)], check=True,
                               capture_output=True, timeout=DRAW_TIMEOUT_SECONDS)
            except (subprocess.SubprocessError, OSError) as exc:
                raise UserError("Page {page} of the note could not be drawn ({reason}).",
                                page=page, reason=str(exc)) from exc
            images.append(stem.with_suffix(".png").read_bytes())
            progress(page, count.pages, "")
        return PagePictures(images, count)
