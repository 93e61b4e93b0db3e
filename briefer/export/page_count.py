"""How many pages the note takes, as LibreOffice lays out the exported file.

A briefing note goes up in two pages; the Minister's office sends back one that runs
over. No Python library lays a .docx out into pages, and an estimate from word counts
is wrong by a page whenever a long footnote, a block quotation or a heading kept with
its text moves; so the note is rendered exactly as the export writes it
(``render_docx``), converted to PDF by LibreOffice, and its pages counted with pypdf.
Without LibreOffice there is no count, and the caller says so; never a guess.

The count has two numbers: every page, and the page on which the body ends — before
the list of works cited ("Sources", "References"), which the template's
``page_limit`` does not count. That page is found by looking for the list's heading
in the PDF's text (see ``body_end``).

LibreOffice runs with a private profile, one for this process, so it never waits on
(or disturbs) a LibreOffice the user has open; conversions take turns on it.
``BRIEFER_PAGE_COUNT=0`` turns counting off (the app's label, the export's warning):
for scripts, and for test runs that do not test it.
"""

from __future__ import annotations

import atexit
import copy
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import briefer.export
from briefer.core.messages import Message, UserError
from briefer.core.project import Project
from briefer.export.csl_styles import find_style
from briefer.io.templates import DEFAULT_TEMPLATE, load_template

OFFICE_PROGRAMS = ("soffice", "libreoffice")
TIMEOUT_SECONDS = 120.0  # a cold start on a slow machine takes ~10 s; a hung one never ends
SWITCH = "BRIEFER_PAGE_COUNT"

_turn = threading.Lock()  # one conversion at a time on the shared profile
_profile: Path | None = None


class OfficeMissing(UserError):
    """No LibreOffice to lay the note out: there is no page count (never an estimate)."""

    def __init__(self) -> None:
        super().__init__("The page count needs LibreOffice (soffice), which is not installed.")


class Stopped(Exception):
    """The conversion was stopped because the caller no longer wants it."""


def counting_enabled() -> bool:
    """False when ``BRIEFER_PAGE_COUNT`` is 0, off, no or false."""
    return os.environ.get(SWITCH, "1").strip().lower() not in ("0", "off", "no", "false")


def office_program() -> str | None:
    """LibreOffice's command on the PATH, or None."""
    return next((found for name in OFFICE_PROGRAMS if (found := shutil.which(name))), None)


def _profile_dir() -> Path:
    """This process's private LibreOffice profile (made on first use, removed at exit):
    a second LibreOffice on the user's own profile would hand the work to the one the
    user has open, or refuse; a profile kept for the process makes later runs quicker."""
    global _profile
    if _profile is None:
        _profile = Path(tempfile.mkdtemp(prefix="briefer-office-"))
        atexit.register(shutil.rmtree, _profile, True)
    return _profile


def convert(source: Path, folder: Path, target: str = "pdf",
            cancelled: Callable[[], bool] | None = None,
            timeout: float = TIMEOUT_SECONDS) -> Path:
    """``source`` converted by LibreOffice into ``folder`` (``target``: "pdf", "png");
    the file written. Raises OfficeMissing, UserError (failed, too slow), or Stopped
    when ``cancelled()`` turns true (LibreOffice is ended at once)."""
    program = office_program()
    if program is None:
        raise OfficeMissing()
    command = [program, f"-env:UserInstallation={_profile_dir().as_uri()}", "--headless",
               "--norestore", "--convert-to", target, "--outdir", str(folder), str(source)]
    with _turn:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, start_new_session=True)
        deadline = time.monotonic() + timeout
        while True:
            try:
                _out, err = process.communicate(timeout=0.2)
                break
            except subprocess.TimeoutExpired:
                if cancelled is not None and cancelled():
                    _end(process)
                    raise Stopped() from None
                if time.monotonic() > deadline:
                    _end(process)
                    raise UserError("LibreOffice did not lay out the note within {seconds:.0f} "
                                    "seconds.", seconds=timeout) from None
    result = folder / f"{source.stem}.{target}"
    if process.returncode != 0 or not result.is_file():
        reason = err.decode("utf-8", "replace").strip().splitlines()
        raise UserError("LibreOffice could not lay out the note (exit status {status}): "
                        "{reason}", status=process.returncode,
                        reason=reason[-1] if reason else "")
    return result


def _end(process: subprocess.Popen[bytes]) -> None:
    """End LibreOffice and what it started (``soffice`` is a script that starts
    ``soffice.bin``: ending the script alone would leave the program running)."""
    try:
        if hasattr(os, "killpg"):
            os.killpg(process.pid, signal.SIGKILL)
        else:  # pragma: no cover - Windows
            process.kill()
    except OSError:
        pass
    process.communicate()


# -- counting -------------------------------------------------------------------------

@dataclass(frozen=True)
class PageCount:
    """The note's pages as LibreOffice lays them out."""

    pages: int  # every page, the list of works cited included
    body_pages: int  # the page the body ends on (``pages`` when nothing follows it)
    limit: int | None = None  # the template's ``page_limit``
    kind: str = ""  # what the template calls the note ("Briefing note")

    @property
    def over(self) -> bool:
        """Does the body take more pages than the template allows?"""
        return self.limit is not None and self.body_pages > self.limit

    def warning(self) -> Message | None:
        """"The note runs to 3 pages; a briefing note takes at most 2." (None within)."""
        if not self.over:
            return None
        kind = self.kind[:1].lower() + self.kind[1:] if self.kind else "note"
        template = ("The note runs to {pages} pages; an {kind} takes at most {limit}."
                    if kind[:1] in "aeiou" else
                    "The note runs to {pages} pages; a {kind} takes at most {limit}.")
        return Message(template, pages=self.body_pages, kind=kind, limit=self.limit)


def _line(text: str) -> str:
    """A line compared loosely: spaces collapsed, case folded (headings print in
    capitals), digits alike (so "Page 2 of 3" is the same footer on every page)."""
    return re.sub(r"\d+", "#", " ".join(text.split()).casefold())


def body_end(pages: list[str], heading: str) -> int:
    """The page (from 1) on which the body ends, from each page's text.

    The body ends before the last line that reads ``heading`` (the list of works cited
    comes last). On that page, a line before the heading that is not on every page
    (as the classification marking and "Page X of Y" are) is the body's: the body
    ends there; else it ended on the page before. No heading: the last page."""
    total = len(pages)
    key = _line(heading) if heading.strip() else ""
    lines = [[_line(line) for line in text.splitlines() if line.strip()] for text in pages]
    found = [number for number, page in enumerate(lines) if key and key in page]
    if not found:
        return total
    at = found[-1]
    page = lines[at]
    before = page[:len(page) - 1 - page[::-1].index(key)]
    furniture = set.intersection(*(set(p) for p in lines)) if total > 1 else set()
    if at == 0 or any(line not in furniture for line in before):
        return at + 1
    return at


def pdf_page_texts(pdf: Path) -> list[str]:
    """The text of each page of ``pdf``."""
    import pypdf  # the one seam for pypdf here: `briefer check` without --pages never loads it

    reader = pypdf.PdfReader(str(pdf))
    return [page.extract_text() or "" for page in reader.pages]


def page_limit(project: Project, language: str | None = None) -> tuple[int | None, str]:
    """The note's template's page limit and what it calls the note; (None, "") for a
    template that sets none or cannot be read (the export says why elsewhere)."""
    try:
        template = load_template(project.note.template or DEFAULT_TEMPLATE)
    except UserError:
        return None, ""
    return template.page_limit, template.title_in(language or _language(project))


def _language(project: Project) -> str:
    return project.note.meta.language or "en-CA"


def count_pdf(pdf: Path, project: Project, cited: bool, style: str | None = None,
              language: str | None = None) -> PageCount:
    """Count ``pdf`` (the note laid out): ``cited`` says whether it ends with the list of
    works cited, whose heading the citation ``style`` names."""
    language = language or _language(project)
    heading = find_style(style or project.citation_style).bibliography_heading(language) \
        if cited else ""
    texts = pdf_page_texts(pdf)
    limit, kind = page_limit(project, language)
    return PageCount(len(texts), body_end(texts, heading), limit, kind)


def render_pdf(project: Project, folder: Path, style: str | None = None,
               reference_docx: str | Path | None = None, language: str | None = None,
               cancelled: Callable[[], bool] | None = None) -> tuple[Path, Path, bool]:
    """The note exported into ``folder`` as note.docx and laid out as note.pdf; and
    whether it lists works cited. Excerpts that would stop the export are marked, as an
    export made anyway marks them: the pages are those of the note the user would send."""
    report = briefer.export.ExportReport(path=folder / "note.docx")
    data = briefer.export.render_docx(project, style=style, reference_docx=reference_docx,
                                      force=True, language=language, report=report)
    docx = folder / "note.docx"
    docx.write_bytes(data)
    return docx, convert(docx, folder, "pdf", cancelled), bool(report.sources)


def count_pages(project: Project, style: str | None = None,
                reference_docx: str | Path | None = None, language: str | None = None,
                cancelled: Callable[[], bool] | None = None) -> PageCount:
    """The pages of the note as it would be exported now (OfficeMissing without
    LibreOffice)."""
    if office_program() is None:
        raise OfficeMissing()
    with tempfile.TemporaryDirectory(prefix="briefer-pages-") as tmp:
        _docx, pdf, cited = render_pdf(project, Path(tmp), style, reference_docx, language,
                                       cancelled)
        return count_pdf(pdf, project, cited, style, language)


def count_exported(project: Project, docx: Path, cited: bool, style: str | None = None,
                   language: str | None = None) -> PageCount:
    """The pages of a note already exported to ``docx`` (``cited``: the export listed
    works cited, ``ExportReport.sources``)."""
    with tempfile.TemporaryDirectory(prefix="briefer-pages-") as tmp:
        copied = Path(tmp) / "note.docx"  # LibreOffice names its PDF after the file
        shutil.copyfile(docx, copied)
        return count_pdf(convert(copied, Path(tmp)), project, cited, style, language)


def export_warnings(project: Project, docx: Path, cited: bool, style: str | None = None,
                    language: str | None = None) -> list[Message]:
    """What the export adds about pages: that the body runs over the template's limit,
    or that it could not be counted. Nothing when the template sets no limit or counting
    is turned off."""
    if page_limit(project, language)[0] is None or not counting_enabled():
        return []
    try:
        count = count_exported(project, docx, cited, style, language)
    except OfficeMissing:
        return [Message("The pages were not counted: that needs LibreOffice (soffice), which "
                        "is not installed.")]
    except UserError as exc:
        return [Message("The pages were not counted: {reason}", reason=exc)]
    warning = count.warning()
    return [warning] if warning is not None else []


def snapshot(project: Project) -> Project:
    """A copy for a worker to render while the user goes on writing: the note, the
    excerpts (which the check re-anchors) and the metadata of the sources it cites
    (edited in place in Source Details) are copied; the sources' texts and the outline,
    which writing never changes in place, are shared, so a large project costs little."""
    copied = copy.copy(project)
    copied.notes = {project.note_id(): copy.deepcopy(project.note)}  # its own, not shared
    copied.current_note = project.note_id()
    copied.excerpts = copy.deepcopy(project.excerpts)
    cited = {copied.excerpts[block.excerpt_id].source_id
             for block in copied.note.excerpt_blocks() if block.excerpt_id in copied.excerpts}
    copied.sources = dict(project.sources)
    for sid in cited & copied.sources.keys():
        source = copied.sources[sid] = copy.copy(project.sources[sid])
        source.meta = copy.deepcopy(source.meta)
    copied.warnings = []
    return copied
