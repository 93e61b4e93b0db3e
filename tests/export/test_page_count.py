"""The note's page count: LibreOffice's own layout of the exported note, counted; the
template's limit; the export's and `briefer check --pages`' warning.

Four LibreOffice conversions in all (a one-page note, a three-page note, and the
command line's check and export of a long note); everything else runs without it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefer.core.messages import say
from briefer.core.note import new_prose
from briefer.core.project import Project
from briefer.core.template import Template
from briefer.export import page_count
from briefer.export.page_count import PageCount, body_end, count_pdf, render_pdf
from briefer.io.templates import TemplateError, load_template
from tests.helpers.export_project import build_project

needs_office = pytest.mark.skipif(
    page_count.office_program() is None or shutil.which("pdftotext") is None
    or shutil.which("pdfinfo") is None,
    reason="LibreOffice (soffice) and poppler-utils (pdftotext, pdfinfo) are needed: "
    "the count is LibreOffice's layout, checked against poppler's reading of it")

PARAGRAPH = ("Officials in Ottawa and Washington have spent the spring weighing how far the "
             "review can go before the tariff question is settled, and what each side would "
             "have to give up to keep the agreement's dispute mechanisms intact. ") * 3


def one_page_project() -> Project:
    """The export tests' note cut to its purpose and its considerations: one page."""
    project = build_project()
    project.note.sections = [project.note.sections[0], project.note.sections[3]]
    return project


def three_page_project() -> Project:
    """The export tests' note with seven long paragraphs added: three pages."""
    project = build_project()
    project.note.sections[2].blocks = [new_prose(PARAGRAPH) for _ in range(7)]
    return project


def poppler_count(pdf: Path, heading: str, furniture: str) -> tuple[int, int]:
    """(pages, the page the body ends on) as poppler reads the PDF: the body ends on the
    page of the heading if any line but the page's ``furniture`` comes before it."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True,
                          timeout=60).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    texts = text.split("\f")[:pages]
    for number in range(pages, 0, -1):
        lines = [line.strip() for line in texts[number - 1].splitlines() if line.strip()]
        if heading in lines:
            before = lines[:lines.index(heading)]
            return pages, number if any(line != furniture for line in before) else number - 1
    return pages, pages


# -- where the body ends ------------------------------------------------------------------

def test_the_body_ends_before_the_sources_heading() -> None:
    pages = ["PROTECTED B\nBRIEFING NOTE\nText\nPage 1 of 3",
             "PROTECTED B\nMore text\nPage 2 of 3",
             "PROTECTED B\nSOURCES\nSmith, Jane.\nPage 3 of 3"]
    assert body_end(pages, "Sources") == 2  # only the page's furniture before the heading
    pages[2] = "PROTECTED B\nThe last lines\nSOURCES\nSmith, Jane.\nPage 3 of 3"
    assert body_end(pages, "Sources") == 3
    assert body_end(pages, "") == 3  # nothing cited: every page is the body's
    assert body_end(["BRIEFING NOTE\nSOURCES\nSmith"], "Sources") == 1


def test_a_section_called_sources_is_not_the_list() -> None:
    pages = ["Sources\nWhere the figures come from.\nPage 1 of 2",
             "More\nReferences\nSmith, Jane.\nPage 2 of 2"]
    assert body_end(pages, "References") == 2
    pages = ["Sources\nWhere the figures come from.\nPage 1 of 2",
             "Sources\nSmith, Jane.\nPage 2 of 2"]
    assert body_end(pages, "Sources") == 1  # the last heading is the list's


# -- the template's limit and the warning ----------------------------------------------

def test_the_bundled_templates_set_their_page_limits() -> None:
    assert load_template("briefing-note").page_limit == 2
    assert load_template("memo-decision").page_limit == 3


def test_page_limit_is_optional_and_checked(tmp_path: Path) -> None:
    assert Template.from_dict("t", {"sections": ["A"]}).page_limit is None
    assert Template.from_dict("t", {"sections": ["A"], "page_limit": 4}).page_limit == 4
    for bad in (0, "two", True, 1.5):
        file = tmp_path / "bad.yaml"
        file.write_text(f"sections: [A]\npage_limit: {json.dumps(bad)}\n", encoding="utf-8")
        with pytest.raises(TemplateError, match="'page_limit' must be a whole number"):
            load_template(file)


def test_the_warning_comes_over_the_limit_only() -> None:
    over = PageCount(pages=4, body_pages=3, limit=2, kind="Briefing note")
    assert str(over.warning()) == "The note runs to 3 pages; a briefing note takes at most 2."
    assert say(over.warning(), "fr") == ("La note compte 3 pages ; le modèle « briefing note » "
                                          "en prévoit au plus 2.")
    assert PageCount(pages=3, body_pages=2, limit=2, kind="Briefing note").warning() is None
    assert PageCount(pages=9, body_pages=9, limit=None).warning() is None
    assert str(PageCount(3, 3, 2, "Executive summary").warning()).endswith(
        "; an executive summary takes at most 2.")


def test_the_export_says_when_it_could_not_count(tmp_path: Path, monkeypatch) -> None:
    project = build_project()
    docx = tmp_path / "note.docx"
    docx.write_bytes(b"not laid out")
    monkeypatch.setenv("BRIEFER_PAGE_COUNT", "0")
    assert page_count.export_warnings(project, docx, True) == []  # turned off
    monkeypatch.setenv("BRIEFER_PAGE_COUNT", "1")
    monkeypatch.setattr(page_count, "office_program", lambda: None)
    [said] = page_count.export_warnings(project, docx, True)
    assert str(said) == ("The pages were not counted: that needs LibreOffice (soffice), which "
                         "is not installed.")
    with pytest.raises(page_count.OfficeMissing):
        page_count.count_pages(project)
    project.note.template = "no-such-template"  # no limit known: nothing to count against
    assert page_count.export_warnings(project, docx, True) == []


def test_a_snapshot_is_the_workers_own() -> None:
    project = build_project()
    copy = page_count.snapshot(project)
    copy.note.sections[0].blocks.clear()
    next(iter(copy.excerpts.values())).quote = "changed"
    copy.sources["hill"].meta.title = "changed"
    assert project.note.sections[0].blocks
    assert "changed" not in {e.quote for e in project.excerpts.values()}
    assert project.sources["hill"].meta.title != "changed"
    assert copy.sources["hill"].text is project.sources["hill"].text  # shared, never copied


# -- LibreOffice's layout, counted ----------------------------------------------------------

@needs_office
@pytest.mark.slow
@pytest.mark.parametrize(("make", "pages"), [(one_page_project, 1), (three_page_project, 3)])
def test_the_count_is_libreoffices(make, pages: int, tmp_path: Path) -> None:
    project = make()
    _docx, pdf, cited = render_pdf(project, tmp_path)
    count = count_pdf(pdf, project, cited)
    assert (count.pages, count.body_pages) == poppler_count(pdf, "SOURCES", "PROTECTED B")
    assert count.body_pages == pages and count.limit == 2
    assert (count.warning() is None) == (pages <= 2)


def _briefer(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BRIEFER_PAGE_COUNT": "1"}
    return subprocess.run([sys.executable, "-m", "briefer", *map(str, args)], env=env,
                          capture_output=True, text=True, timeout=240)


@needs_office
@pytest.mark.slow
def test_check_pages_and_export_warn_over_the_limit(tmp_path: Path, seeds: Path) -> None:
    from briefer.core.draft import draft_note
    from briefer.io.project_file import load_project, new_project, save_project

    new_project(tmp_path / "long", seeds)
    project = load_project(tmp_path / "long")
    draft_note(project, load_template("briefing-note"))
    project.note.sections[1].blocks.extend(new_prose(PARAGRAPH) for _ in range(10))
    save_project(project)

    result = _briefer("check", tmp_path / "long", "--pages", "--json")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    pages = report["pages"]
    assert pages["body"] >= 3 and pages["total"] >= pages["body"] and pages["limit"] == 2
    assert not report["ok"]

    result = _briefer("export", tmp_path / "long", "-o", tmp_path / "long.docx")
    assert result.returncode == 0 and "runs to" not in result.stderr  # not counted unasked
    result = _briefer("export", tmp_path / "long", "-o", tmp_path / "long.docx", "--pages")
    assert result.returncode == 0, result.stderr
    assert (f"briefer: warning: The note runs to {pages['body']} pages; a briefing note takes "
            "at most 2.") in result.stderr.splitlines()
