"""The page furniture of an exported note: markings, page numbers, title block.

Kept apart from ``docx_writer`` because it works on the reference document's
own parts through python-docx (headers, footers, a table, field codes), while
the body of the note is written as WordprocessingML text (``wml``). Every
page carries the security marking (in place of the reference document's own;
a classified note top and bottom), every footer "Page X of Y" (unless the
reference document numbers its pages already), and the title block is a
two-column table of the note's To/From/Subject/… rows, as wide as the text.
All of it is worded in the note's language (``labels``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from docx.document import Document as DocumentObject
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu, Inches, Length, Pt
from docx.text.paragraph import Paragraph

from briefer.core.dates import format_date
from briefer.core.markings import is_marking
from briefer.core.messages import Message
from briefer.core.note import NoteMeta
from briefer.core.template import is_french
from briefer.export.labels import labels, purpose_label
from briefer.export.word_text import clean


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


def write_markings(doc: DocumentObject, style_ids: Mapping[str, str], marking: str,
                   classified: bool) -> None:
    """The security marking on every page, once.

    A marking the reference document prints already (its letterhead's "UNCLASSIFIED",
    in the header or the footer, in a table or a text box) is replaced where it stands,
    so a PROTECTED B note never also says UNCLASSIFIED. Where there is none, it is
    added: at the top right, bold (PROTECTED and UNCLASSIFIED); a classified note
    (CONFIDENTIAL and above) is marked centred at the top and at the bottom of every
    page, as the Policy on Government Security asks.
    """
    align = WD_ALIGN_PARAGRAPH.CENTER if classified else WD_ALIGN_PARAGRAPH.RIGHT
    done: set[int] = set()
    for kind in ("header", "footer"):
        for part in page_parts(doc, kind):
            part.is_linked_to_previous = False
            if id(part.part) in done:  # one part shown by several sections
                continue
            done.add(id(part.part))
            if _replace_markings(part._element, marking, align if classified else None):
                continue
            if kind == "header":
                para = _top_paragraph(part)
            elif classified:
                para = part.add_paragraph()
            else:
                continue
            style = "Header" if kind == "header" else "Footer"
            if style in style_ids:
                para.style = doc.styles[style]
            para.alignment = align
            para.add_run(marking).bold = True


def _top_paragraph(header: Any) -> Paragraph:
    """An empty paragraph at the top of ``header`` (its only paragraph when blank)."""
    paragraphs = header.paragraphs
    if len(paragraphs) == 1 and not paragraphs[0].text.strip() and not \
            paragraphs[0]._p.xpath(".//w:drawing|.//w:pict"):
        return paragraphs[0]
    if paragraphs:
        return paragraphs[0].insert_paragraph_before()
    return header.add_paragraph()


def _replace_markings(part: Any, marking: str, align: Any) -> bool:
    """Put ``marking`` in place of every marking in a header or footer part (a whole
    paragraph, else a single run); True when there was one. ``align``: the alignment
    a whole marking paragraph takes (None keeps the reference document's)."""
    found = False
    for p in part.iter(qn("w:p")):
        runs = [r for r in p.iter(qn("w:r")) if r.find(qn("w:t")) is not None
                and next(r.iterancestors(qn("w:p"))) is p]  # not a text box's inside
        text = "".join(_text(r) for r in runs)
        if runs and is_marking(text):
            _set_run_text(runs[0], marking)
            for extra in runs[1:]:
                extra.getparent().remove(extra)
            if align is not None:
                p.get_or_add_pPr().jc_val = align
            found = True
            continue
        for run in runs:
            if is_marking(_text(run)):
                _set_run_text(run, marking)
                found = True
    return found


def _text(run: Any) -> str:
    return "".join(t.text or "" for t in run.findall(qn("w:t")))


def _set_run_text(run: Any, text: str) -> None:
    """The run's text becomes ``text`` (its look, from the reference, stays)."""
    texts = run.findall(qn("w:t"))
    texts[0].text = text
    for extra in texts[1:]:
        run.remove(extra)


def write_footers(doc: DocumentObject, style_ids: Mapping[str, str],
                  language: str = "en-CA") -> None:
    """Page numbers, "Page X of Y" ("Page X de Y" in French), in every footer the
    reference document left unnumbered."""
    words = labels(language)
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
        para.add_run(words["page"])
        _field(para, "PAGE", "1")
        para.add_run(words["of"])
        _field(para, "NUMPAGES", "1")


def title_rows(meta: NoteMeta, language: str = "en-CA") -> list[tuple[str, str]]:
    """The title block's (label, value) rows, in the note's language.

    A note with a French subject beside the English one (``subject_fr``) shows both,
    as bilingual notes do: the note's own language first.
    """
    words = labels(language)
    subject, other = meta.subject, meta.subject_fr
    if is_french(language):
        subject, other = (meta.subject_fr, meta.subject) if meta.subject_fr.strip() \
            else (meta.subject, "")
    rows = [(words["to"], meta.to), (words["from"], meta.from_), (words["subject"], subject)]
    if other.strip():
        rows.append((words["subject_other"], other))
    rows += [(words["date"], display_date(meta.date, language)),
             (words["file"], meta.file_number),
             (words["purpose"], purpose_label(meta.purpose, language))]
    return [(label, " ".join(clean(value).split())) for label, value in rows]


def blank_rows(meta: NoteMeta, language: str = "en-CA") -> list[Message]:
    """A warning for each of To, From, Subject and Date left blank: the title block
    prints them empty, and the office sends such a note back."""
    subject = meta.subject_fr if is_french(language) and meta.subject_fr.strip() \
        else meta.subject
    blank = [not clean(v).strip() for v in (meta.to, meta.from_, subject, meta.date)]
    messages = (
        Message("The note has no recipient (To): its title block shows it blank; fill it "
                "in the note’s details."),
        Message("The note has no sender (From): its title block shows it blank; fill it in "
                "the note’s details."),
        Message("The note has no subject: its title block shows it blank; fill it in the "
                "note’s details."),
        Message("The note has no date: its title block shows it blank; fill it in the "
                "note’s details."),
    )
    return [m for m, empty in zip(messages, blank, strict=True) if empty]


def write_title_block(doc: DocumentObject, meta: NoteMeta, language: str = "en-CA") -> None:
    """To, From, Subject, Date, File and Purpose as a two-column table as wide as the
    text (the reference document's page less its margins)."""
    rows = title_rows(meta, language)
    # every row is kept, empty or not: a blank "To:" tells the writer what is missing
    table = doc.add_table(rows=len(rows), cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    widths = _column_widths(doc, [label for label, _ in rows])
    _table_borders(table, sum(widths))
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


def text_width(doc: DocumentObject) -> int:
    """The width of the text (EMU): the body's page less its margins, else 6.5 in."""
    section = doc.sections[-1]
    page, left, right = section.page_width, section.left_margin, section.right_margin
    if page is None or left is None or right is None or page - left - right < Inches(2):
        return int(Inches(6.5))
    return int(page - left - right)


def _column_widths(doc: DocumentObject, labels_: list[str]) -> tuple[Length, Length]:
    """(label, value) widths filling the text width; the label column fits the longest
    label in bold 11 pt ("N° de dossier :"), at least 1.1 in, at most 40 %."""
    total = text_width(doc)
    longest = max((len(label) for label in labels_), default=0)
    label = min(max(int(Inches(0.085 * longest + 0.2)), int(Inches(1.1))), total * 2 // 5)
    return Emu(label), Emu(total - label)


def display_date(value: str, language: str = "en-CA") -> str:
    """An ISO date as the note's language writes it ("November 21, 2026", "21 novembre
    2026"); anything else as typed."""
    text = (value or "").strip()
    return format_date(text, language) or text if text[:4].isdigit() else text


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


def _table_borders(table, width: int) -> None:  # type: ignore[no-untyped-def]
    """A clean title block ``width`` EMU wide: rules above and below, nothing between
    the cells."""
    tbl_pr = table._tbl.tblPr
    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is not None:  # Word sizes a fixed table by it
        tbl_w.set(qn("w:type"), "dxa")
        tbl_w.set(qn("w:w"), str(Emu(width).twips))
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
