"""Footnotes after a reference document saved by LibreOffice, whose separator notes are
numbered 0 and 1 (Word's are -1 and 0): the note's own footnotes are numbered above them,
so no citation takes a separator's place."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from briefer.export import export_docx
from briefer.export.footnotes import footnotes_part, read_footnotes
from tests.helpers.export_project import build_project
from tests.helpers.office import convert, needs_office, needs_pandoc, pdf_pages


@pytest.fixture(scope="module")
def libreoffice_reference(tmp_path_factory) -> Path:
    """A reference document saved by LibreOffice: its footnote separators are 0 and 1."""
    if needs_office.args[0]:  # the skip condition: LibreOffice is missing
        pytest.skip("LibreOffice is needed to save the reference")
    folder = tmp_path_factory.mktemp("lo-ref")
    source = folder / "letterhead.docx"
    export_docx(build_project(), source)  # a document with footnotes, for LibreOffice
    return convert(source, folder / "saved", "docx")


@needs_office
def test_footnotes_are_numbered_above_the_reference_s_separators(libreoffice_reference: Path,
                                                                tmp_path: Path) -> None:
    part = footnotes_part(docx.Document(str(libreoffice_reference)))
    special = {n.get(qn("w:id")): n.get(qn("w:type")) for n in part.element
               if n.get(qn("w:type")) not in (None, "normal")}
    assert special == {"0": "separator", "1": "continuationSeparator"}  # LibreOffice's ids

    out = tmp_path / "note.docx"
    report = export_docx(build_project(), out, reference_docx=libreoffice_reference)
    document = docx.Document(str(out))
    notes = footnotes_part(document).element.findall(qn("w:footnote"))
    ids = [n.get(qn("w:id")) for n in notes]
    assert len(ids) == len(set(ids))  # no note shares an id with a separator
    assert {i: t for i, t in ((n.get(qn("w:id")), n.get(qn("w:type"))) for n in notes)
            if t} == special
    refs = document.element.body.xpath(".//w:footnoteReference/@w:id")
    assert refs == ["2", "3", "4", "5", "6"] and report.footnotes == 5
    assert read_footnotes(document)[0].startswith("Jane Smith, “Canada Rethinks")


@needs_office
@needs_pandoc
@pytest.mark.slow
def test_other_programs_read_those_footnotes(libreoffice_reference: Path,
                                             tmp_path: Path) -> None:
    out = tmp_path / "note.docx"
    export_docx(build_project(), out, reference_docx=libreoffice_reference)
    text = subprocess.run(["pandoc", str(out), "-t", "markdown-smart", "--wrap=none"],
                          capture_output=True, text=True, check=True, timeout=60).stdout
    assert re.findall(r"^\[\^(\d+)\]:", text, re.M) == ["1", "2", "3", "4", "5"]
    assert "[^2]: “Tariffs Hit Ontario Plants,” *Reuters*, June 2, 2019." in text
    flat = " ".join(" ".join(pdf_pages(convert(out, tmp_path, "pdf"))).split())
    assert "1 Jane Smith, “Canada Rethinks Its Progressive Trade Agenda,”" in flat
    assert "5 [Article: “Officials met in Ottawa on Tuesday…”], n.d." in flat
