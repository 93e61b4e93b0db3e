"""Security markings: the whole vocabulary, where each level goes on the page, a reference
document's own marking replaced (never doubled), French markings in a French note, and the
check's warning when a note is marked lower than a source it quotes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
import yaml
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches

from briefer.core.check import check_project
from briefer.core.note import CLASSIFICATIONS, new_excerpt_block
from briefer.core.source import SourceMeta
from briefer.export import export_docx
from tests.helpers.export_project import build_project
from tests.helpers.office import convert, needs_office, pdf_pages, pdf_words

LEVELS = ["UNCLASSIFIED", "PROTECTED A", "PROTECTED B", "PROTECTED C", "CONFIDENTIAL",
          "SECRET", "TOP SECRET"]
OTHER = "000_d766df9ca366892d"  # the sample's National Post article
EVERY_MARKING = ("UNCLASSIFIED", "NON CLASSIFIÉ", "PROTECTED", "PROTÉGÉ", "CONFIDENTIAL",
                 "CONFIDENTIEL", "SECRET")


def header_texts(document) -> list[str]:
    return [p.text for s in document.sections for p in s.header.paragraphs if p.text]


def footer_texts(document) -> list[str]:
    return [p.text for s in document.sections for p in s.footer.paragraphs if p.text]


def every_text(part) -> str:
    """All the text of a header or footer part, tables and text boxes included."""
    return " | ".join(t.text or "" for t in part._element.iter(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"))


def markings_in(text: str) -> list[str]:
    return [m for m in EVERY_MARKING if m in text]


# -- the vocabulary -----------------------------------------------------------------------

def test_the_details_offer_every_level_of_the_policy() -> None:
    assert list(CLASSIFICATIONS) == LEVELS


# -- where the marking goes ---------------------------------------------------------------

def _reference_with_markings(path: Path, header: str, footer: str) -> Path:
    """A letterhead reference: a marking as its own run beside the department's name in
    the header, another in a table cell of the footer, 1.5-inch margins."""
    doc = docx.Document()
    section = doc.sections[0]
    section.left_margin = section.right_margin = Inches(1.5)
    para = section.header.paragraphs[0]
    para.add_run("Department of Trade\t")
    para.add_run(header).bold = True
    table = section.footer.add_table(1, 2, Inches(5.5))
    table.cell(0, 0).paragraphs[0].text = "Internal"
    table.cell(0, 1).paragraphs[0].text = footer
    doc.save(str(path))
    return path


def test_a_reference_marking_is_replaced_never_doubled(tmp_path: Path) -> None:
    """A PROTECTED B note on a letterhead that says UNCLASSIFIED says PROTECTED B only."""
    project = build_project()  # marked PROTECTED B
    reference = _reference_with_markings(tmp_path / "house.docx", "UNCLASSIFIED",
                                          "UNCLASSIFIED")
    out = tmp_path / "note.docx"
    export_docx(project, out, reference_docx=reference)
    document = docx.Document(str(out))
    section = document.sections[0]
    assert header_texts(document) == ["Department of Trade\tPROTECTED B"]
    assert markings_in(every_text(section.header)) == ["PROTECTED"]
    assert "Internal | PROTECTED B" in every_text(section.footer)
    assert "UNCLASSIFIED" not in every_text(section.footer)


def test_a_classified_note_is_marked_top_and_bottom_centred(tmp_path: Path) -> None:
    project = build_project()
    project.note.meta.classification = "secret // canadian eyes only"
    out = tmp_path / "note.docx"
    export_docx(project, out)
    document = docx.Document(str(out))
    section = document.sections[0]
    marking = "SECRET // CANADIAN EYES ONLY"
    top = [p for p in section.header.paragraphs if p.text == marking]
    bottom = [p for p in section.footer.paragraphs if p.text == marking]
    assert len(top) == len(bottom) == 1
    assert top[0].alignment == bottom[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
    # the page number stays, above the marking
    assert [p.text for p in section.footer.paragraphs if p.text] == ["Page 1 of 1", marking]


def test_a_protected_note_is_marked_at_the_top_right_only(tmp_path: Path) -> None:
    out = tmp_path / "note.docx"
    export_docx(build_project(), out)
    section = docx.Document(str(out)).sections[0]
    assert [(p.text, p.alignment) for p in section.header.paragraphs if p.text] == \
        [("PROTECTED B", WD_ALIGN_PARAGRAPH.RIGHT)]
    assert "PROTECTED" not in every_text(section.footer)


def test_a_french_note_is_marked_in_french(tmp_path: Path) -> None:
    project = build_project()
    project.note.meta.language = "fr-CA"
    out = tmp_path / "note.docx"
    export_docx(project, out)
    assert header_texts(docx.Document(str(out))) == ["PROTÉGÉ B"]
    project.note.meta.classification = "SECRET // CANADIAN EYES ONLY"
    export_docx(project, out)
    document = docx.Document(str(out))
    assert header_texts(document) == ["SECRET // RÉSERVÉ AUX CANADIENS"]
    assert footer_texts(document)[-1] == "SECRET // RÉSERVÉ AUX CANADIENS"


@needs_office
@pytest.mark.slow
def test_libreoffice_shows_one_marking_per_place_on_every_page(tmp_path: Path) -> None:
    """Printed, each page of a SECRET note on a PROTECTED B letterhead says SECRET at the
    top and at the bottom, where the letterhead marks its pages, and nothing else is
    marked."""
    project = build_project()
    project.note.meta.classification = "SECRET // CANADIAN EYES ONLY"
    reference = _reference_with_markings(tmp_path / "house.docx", "PROTECTED B",
                                         "UNCLASSIFIED")
    out = tmp_path / "note.docx"
    export_docx(project, out, reference_docx=reference)
    pdf = convert(out, tmp_path / "pdf", "pdf")
    pages = pdf_pages(pdf)
    assert len(pages) >= 2
    for page in pages:
        page = " ".join(page.split())  # the footer's table cell wraps the marking
        assert page.count("SECRET // CANADIAN EYES ONLY") == 2, page
        assert "PROTECTED" not in page and "UNCLASSIFIED" not in page
    words = [w for w in pdf_words(pdf) if w.text == "CANADIAN"]
    for number in range(1, len(pages) + 1):
        on_page = sorted((w for w in words if w.page == number), key=lambda w: w.y0)
        assert len(on_page) == 2
        top, bottom = on_page
        assert top.y1 < 72 and bottom.y0 > top.page_height * 0.85  # in the margins


@needs_office
@pytest.mark.slow
def test_libreoffice_prints_protected_right_and_classified_centred(tmp_path: Path) -> None:
    project = build_project()
    protected = tmp_path / "protected.docx"
    export_docx(project, protected)
    project.note.meta.classification = "TOP SECRET"
    secret = tmp_path / "secret.docx"
    export_docx(project, secret)
    for path, where in ((protected, "right"), (secret, "centre")):
        pdf = convert(path, tmp_path / path.stem, "pdf")
        pages = len(pdf_pages(pdf))
        word = "PROTECTED" if where == "right" else "TOP"
        found = [w for w in pdf_words(pdf) if w.text == word]
        assert sorted({w.page for w in found}) == list(range(1, pages + 1))
        for w in found:
            line = [v for v in pdf_words(pdf) if v.page == w.page and abs(v.y0 - w.y0) < 1]
            left, right = min(v.x0 for v in line), max(v.x1 for v in line)
            if where == "right":  # flush with the right margin (1 in)
                assert abs(right - (w.page_width - 72)) < 3
            else:
                assert abs((left + right) / 2 - w.page_width / 2) < 3
        if where == "centre":
            tops = [w for w in found if w.y1 < 72]
            bottoms = [w for w in found if w.y0 > w.page_height - 72]
            assert len(tops) == len(bottoms) == pages


# -- the check ----------------------------------------------------------------------------

def _marked_source(project, source_id: str, marking: str) -> None:
    source = project.sources[source_id]
    source.meta.extra["classification"] = marking


@pytest.mark.parametrize(("note", "source", "warned"), [
    ("PROTECTED A", "PROTECTED B", True),
    ("PROTECTED B", "PROTECTED B", False),
    ("PROTECTED C", "PROTECTED B", False),
    ("UNCLASSIFIED", "PROTECTED A", True),
    ("PROTECTED C", "CONFIDENTIAL", True),  # separate scales: PROTECTED is never enough
    ("CONFIDENTIAL", "SECRET", True),
    ("TOP SECRET", "SECRET", False),
    ("SECRET", "PROTECTED C", False),
    ("Draft", "PROTECTED A", True),  # a marking the check cannot read protects nothing
    ("PROTECTED A", "Internal use", False),
])
def test_check_warns_when_the_note_is_marked_lower_than_a_source(note: str, source: str,
                                                                   warned: bool) -> None:
    project = build_project()
    project.note.meta.classification = note
    _marked_source(project, "steel", source)
    problems = [p for p in check_project(project) if p.kind == "marking"]
    assert bool(problems) is warned
    if warned:
        (problem,) = problems
        assert problem.source_id == "steel" and not problem.blocks_export
        text = str(problem.message)
        assert f"marked {' '.join(note.split()).upper()}" in text
        assert "Tariffs hit Ontario plants" in text
        assert problem.message.text("fr") != text  # worded in French too


def test_check_names_a_caveat_the_note_lacks() -> None:
    project = build_project()
    project.note.meta.classification = "SECRET"
    _marked_source(project, "hill", "SECRET // Réservé aux Canadiens")
    (problem,) = [p for p in check_project(project) if p.kind == "marking"]
    assert "CANADIAN EYES ONLY" in str(problem.message)
    assert str(problem.message).endswith("mark the note SECRET // CANADIAN EYES ONLY.")
    project.note.meta.classification = "SECRET // CANADIAN EYES ONLY"
    assert [p for p in check_project(project) if p.kind == "marking"] == []


def test_a_source_the_note_does_not_quote_is_not_held_against_it() -> None:
    project = build_project()
    project.note.meta.classification = "UNCLASSIFIED"
    for section in project.note.sections:
        section.blocks = [b for b in section.blocks
                          if getattr(b, "excerpt_id", None) not in
                          {e for e, x in project.excerpts.items() if x.source_id == "steel"}]
    _marked_source(project, "steel", "TOP SECRET")
    assert [p for p in check_project(project) if p.kind == "marking"] == []
    excerpt = next(e for e, x in project.excerpts.items() if x.source_id == "steel")
    project.note.sections[0].blocks.append(new_excerpt_block(excerpt, mode="paraphrase",
                                                             paraphrase="Orders fell."))
    assert [p.kind for p in check_project(project) if p.kind == "marking"] == ["marking"]


def test_check_reads_the_marking_from_the_sidecar(tmp_path: Path) -> None:
    """As a user marks a source: `classification:` in its sidecar, then `briefer check`."""
    def briefer(*args: str | Path) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        return subprocess.run([sys.executable, "-m", "briefer", *map(str, args)],
                              capture_output=True, text=True, env=env, timeout=120)

    def ok(*args: str | Path) -> None:
        result = briefer(*args)
        assert result.returncode == 0, result.stderr

    project = tmp_path / "desk"
    ok("new", project)
    sidecar = project / "sources" / f"{OTHER}.yaml"
    data = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
    data["classification"] = "PROTECTED B"
    sidecar.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    text = (project / "sources" / f"{OTHER}.txt").read_text(encoding="utf-8")
    quote = " ".join(text.split()[:8])
    ok("excerpt", project, OTHER, "--quote", quote)
    result = briefer("check", project, "--json")
    problems = [p for p in json.loads(result.stdout)["problems"] if p["kind"] == "marking"]
    assert result.returncode == 1
    assert len(problems) == 1 and problems[0]["source"] == OTHER
    assert "The note is marked UNCLASSIFIED" in problems[0]["message"]
    assert SourceMeta.from_csl(data).value("classification") == "PROTECTED B"
