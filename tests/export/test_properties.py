"""What the note says about itself and how Word opens it: the author, the program, the
word count, no Compatibility Mode, no stale thumbnail; the title block as wide as the
text; a warning for each blank line of the title block."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Inches
from lxml import etree

from briefer.core.note import NoteMeta
from briefer.export import export_docx
from tests.helpers.export_project import build_project
from tests.helpers.office import convert, horizontal_rules, needs_office, page_image

EXTENDED = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
WORD_URI = "http://schemas.microsoft.com/office/word"


def app_xml(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read("docProps/app.xml"))


def compatibility_mode(document) -> list[str]:
    return document.settings.element.xpath(
        "./w:compat/w:compatSetting[@w:name='compatibilityMode']/@w:val")


@pytest.fixture(scope="module")
def note(tmp_path_factory) -> Path:
    project = build_project()
    project.note.meta.prepared_by = "Jane Analyst, Senior Policy Analyst, 613-555-0199"
    out = tmp_path_factory.mktemp("props") / "note.docx"
    export_docx(project, out)
    return out


# -- properties ---------------------------------------------------------------------------

def test_the_program_is_briefer_and_the_words_are_counted(note: Path) -> None:
    app = app_xml(note)
    assert app.findtext(f"{EXTENDED}Application") == "Briefer"
    assert app.find(f"{EXTENDED}AppVersion") is None  # no Word version it was not made by
    words = int(app.findtext(f"{EXTENDED}Words"))
    body = " ".join(p.text for p in docx.Document(str(note)).paragraphs)
    assert words > len(body.split())  # the paragraphs, and the title block's table too
    assert app.findtext(f"{EXTENDED}Pages") is None  # only Word's layout knows them


@needs_office
@pytest.mark.slow
def test_libreoffice_counts_the_same_words(note: Path, tmp_path: Path) -> None:
    """LibreOffice recounts a document it opens: its count and the note's agree."""
    resaved = convert(note, tmp_path, "docx")
    ours, theirs = app_xml(note), app_xml(resaved)
    for name in ("Words", "Characters", "CharactersWithSpaces", "Paragraphs"):
        assert ours.findtext(f"{EXTENDED}{name}") == theirs.findtext(f"{EXTENDED}{name}"), name


def test_the_author_is_the_preparer_s_name_only(note: Path) -> None:
    props = docx.Document(str(note)).core_properties
    assert props.author == props.last_modified_by == "Jane Analyst"
    with zipfile.ZipFile(note) as package:
        for name in ("docProps/core.xml", "docProps/app.xml"):
            text = package.read(name).decode("utf-8")
            assert "613-555" not in text and "Senior Policy" not in text, name


def test_no_author_is_invented_or_kept_from_the_reference(tmp_path: Path) -> None:
    reference = tmp_path / "house.docx"
    doc = docx.Document()  # python-docx's template: "python-docx" wrote it, Mac Word 14
    doc.core_properties.author = "Letterhead Designer"
    doc.save(str(reference))
    project = build_project()
    project.note.meta.prepared_by = ""
    out = tmp_path / "note.docx"
    export_docx(project, out, reference_docx=reference)
    props = docx.Document(str(out)).core_properties
    assert props.author == "" and props.last_modified_by == ""
    assert app_xml(out).findtext(f"{EXTENDED}Application") == "Briefer"


def test_no_stale_thumbnail(note: Path) -> None:
    with zipfile.ZipFile(note) as package:
        assert not [n for n in package.namelist() if "thumbnail" in n.lower()]
        assert b"thumbnail" not in package.read("_rels/.rels")


# -- Word opens it as a current document ------------------------------------------------

def test_word_opens_it_without_compatibility_mode(note: Path) -> None:
    assert compatibility_mode(docx.Document(str(note))) == ["15"]


def test_a_reference_without_compat_settings_gets_them_in_schema_order(tmp_path: Path) -> None:
    reference = tmp_path / "bare.docx"
    doc = docx.Document()
    settings = doc.settings.element
    settings.remove(settings.find(qn("w:compat")))
    doc.save(str(reference))
    out = tmp_path / "note.docx"
    export_docx(build_project(), out, reference_docx=reference)
    document = docx.Document(str(out))
    assert compatibility_mode(document) == ["15"]
    names = [etree.QName(c).localname for c in document.settings.element]
    assert names.index("compat") < names.index("rsids")
    setting = document.settings.element.find(qn("w:compat")).find(qn("w:compatSetting"))
    assert setting.get(qn("w:uri")) == WORD_URI


# -- the title block --------------------------------------------------------------------

def _grid_width(document) -> int:
    return sum(int(w) for w in document.tables[0]._tbl.xpath("./w:tblGrid/w:gridCol/@w:w"))


def test_the_title_block_is_as_wide_as_the_text(tmp_path: Path) -> None:
    reference = tmp_path / "wide-margins.docx"
    doc = docx.Document()
    doc.sections[0].left_margin = doc.sections[0].right_margin = Inches(1.5)
    doc.save(str(reference))
    out = tmp_path / "note.docx"
    export_docx(build_project(), out, reference_docx=reference)
    document = docx.Document(str(out))
    assert _grid_width(document) == Inches(5.5).twips  # 8.5 in less two 1.5 in margins
    width = document.tables[0]._tbl.tblPr.find(qn("w:tblW"))
    assert (width.get(qn("w:type")), int(width.get(qn("w:w")))) == ("dxa", Inches(5.5).twips)


@needs_office
@pytest.mark.slow
def test_libreoffice_draws_the_title_block_from_margin_to_margin(tmp_path: Path) -> None:
    for margin in (1.0, 1.5):
        reference = tmp_path / f"ref-{margin}.docx"
        doc = docx.Document()
        doc.sections[0].left_margin = doc.sections[0].right_margin = Inches(margin)
        doc.save(str(reference))
        out = tmp_path / f"note-{margin}.docx"
        export_docx(build_project(), out, reference_docx=reference)
        pdf = convert(out, tmp_path / f"pdf-{margin}", "pdf")
        rules = horizontal_rules(page_image(pdf, 1, tmp_path / f"pdf-{margin}"))
        top, bottom = rules[0], rules[1]  # the title block's rules above and below
        for _y, first, last in (top, bottom):
            assert abs(first - 72 * margin) <= 2 and abs(last - (612 - 72 * margin)) <= 2


# -- warnings -------------------------------------------------------------------------------

def test_each_blank_line_of_the_title_block_is_a_warning(tmp_path: Path) -> None:
    project = build_project()
    project.note.meta = NoteMeta(classification="PROTECTED B", purpose="decision",
                                 file_number="TPD-1")
    report = export_docx(project, tmp_path / "note.docx")
    blank = [w for w in report.warnings if "title block" in str(w)]
    assert [str(w).split(":")[0] for w in blank] == [
        "The note has no recipient (To)", "The note has no sender (From)",
        "The note has no subject", "The note has no date"]
    for warning in blank:
        french = warning.text("fr")
        assert french != str(warning) and "{" not in french
    project.note.meta = build_project().note.meta
    report = export_docx(project, tmp_path / "note.docx")
    assert [w for w in report.warnings if "title block" in str(w)] == []
