"""The page furniture of an exported note: header marking, page numbers, title block.

Kept apart from ``docx_writer`` because it works on the reference document's
own parts through python-docx (headers, footers, a table, field codes), while
the body of the note is written as WordprocessingML text (``wml``). Every
header a page can show carries the classification marking, every footer
"Page X of Y" (unless the reference document numbers its pages already), and
the title block is a two-column table of the note's To/From/Subject/… rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from docx.document import Document as DocumentObject
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt
from docx.text.paragraph import Paragraph

from briefer.core.dates import format_date
from briefer.core.note import NoteMeta
from briefer.export.word_text import clean

PURPOSE_LABELS = {"information": "For information", "decision": "For decision"}


def page_parts(doc: DocumentObject, kind: str) -> list[Any]:
    """Every header (or footer) a page can show: default, first page, even pages."""
    parts = []
    for section in doc.sections:
        parts.append(getattr(section, kind))
        if section.different_first_page_header_footer:
            parts.append(getattr(section, f"first_page_{kind}"))
        if doc.settings.odd_and_even_pages_header_footer:
            parts.append(getattr(section, f"even_page_{kind}"))
    return parts


def write_headers(doc: DocumentObject, style_ids: Mapping[str, str],
                  classification: str) -> None:
    """The classification marking, bold and right-aligned, at the top of every page."""
    for header in page_parts(doc, "header"):
        header.is_linked_to_previous = False
        paragraphs = header.paragraphs
        if len(paragraphs) == 1 and not paragraphs[0].text.strip() and not \
                paragraphs[0]._p.xpath(".//w:drawing|.//w:pict"):
            para = paragraphs[0]
        elif paragraphs:
            para = paragraphs[0].insert_paragraph_before()
        else:
            para = header.add_paragraph()
        if "Header" in style_ids:
            para.style = doc.styles["Header"]
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = para.add_run(classification)
        run.bold = True


def write_footers(doc: DocumentObject, style_ids: Mapping[str, str]) -> None:
    """Page numbers, "Page X of Y", in every footer the reference document left unnumbered."""
    for footer in page_parts(doc, "footer"):
        footer.is_linked_to_previous = False
        if "PAGE" in "".join(footer._element.xpath(".//w:instrText/text()")) or \
                footer._element.xpath(".//w:fldSimple[contains(@w:instr, 'PAGE')]"):
            continue  # the reference document numbers its pages already
        paragraphs = footer.paragraphs
        if len(paragraphs) == 1 and not paragraphs[0].text.strip():
            para = paragraphs[0]
        else:
            para = footer.add_paragraph()
        if "Footer" in style_ids:
            para.style = doc.styles["Footer"]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.add_run("Page ")
        _field(para, "PAGE", "1")
        para.add_run(" of ")
        _field(para, "NUMPAGES", "1")


def write_title_block(doc: DocumentObject, meta: NoteMeta) -> None:
    """To, From, Subject, Date, File and Purpose as a two-column table."""
    rows = [("To:", meta.to), ("From:", meta.from_), ("Subject:", meta.subject),
            ("Date:", display_date(meta.date)), ("File:", meta.file_number),
            ("Purpose:", PURPOSE_LABELS.get(meta.purpose.strip().lower(), meta.purpose))]
    rows = [(label, " ".join(clean(value).split())) for label, value in rows]
    # every row is kept, empty or not: a blank "To:" tells the writer what is missing
    table = doc.add_table(rows=len(rows), cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    widths = (Inches(1.1), Inches(5.4))
    _table_borders(table)
    for row, (label, value) in zip(table.rows, rows, strict=True):
        for cell, text, width, bold in ((row.cells[0], label, widths[0], True),
                                        (row.cells[1], value, widths[1], False)):
            cell.width = width
            para = cell.paragraphs[0]
            para.paragraph_format.space_after = Pt(3)
            para.paragraph_format.space_before = Pt(3)
            run = para.add_run(text)
            run.bold = bold
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width


def display_date(value: str) -> str:
    text = (value or "").strip()
    return format_date(text) or text if text[:4].isdigit() else text


def _field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A complex field (PAGE, NUMPAGES) Word and LibreOffice both update."""
    for xml in (
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instruction} '
        '</w:instrText></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {nsdecls("w")}><w:t>{shown}</w:t></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(parse_xml(xml))


def _table_borders(table) -> None:  # type: ignore[no-untyped-def]
    """A clean title block: rules above and below, nothing between the cells."""
    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblBorders")) + tbl_pr.findall(qn("w:tblLayout")):
        tbl_pr.remove(old)
    _insert_in_order(tbl_pr, parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        '<w:top w:val="single" w:sz="6" w:space="0" w:color="000000"/>'
        '<w:left w:val="nil"/>'
        '<w:bottom w:val="single" w:sz="6" w:space="0" w:color="000000"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
        '</w:tblBorders>'), ("shd", "tblLayout", "tblCellMar", "tblLook"))
    _insert_in_order(tbl_pr, parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'),
                     ("tblCellMar", "tblLook"))


def _insert_in_order(parent, child, successors: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    """Insert ``child`` before the first of ``successors`` (schema order matters to Word)."""
    for name in successors:
        found = parent.find(qn(f"w:{name}"))
        if found is not None:
            found.addprevious(child)
            return
    parent.append(child)
