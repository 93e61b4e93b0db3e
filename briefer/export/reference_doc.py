"""Builds resources/reference.docx, the house style every export starts from.

Run ``python -m briefer.export.reference_doc [OUT]`` to regenerate it. A
department can instead hand Briefer its own reference .docx (letterhead,
fonts, margins); any style it lacks is added by ``ensure_styles``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor
from docx.styles.style import BaseStyle

from briefer.bundled import resources_dir

FONT = "Arial"
BLACK = RGBColor(0, 0, 0)

# Word's built-in names for the footnote styles: other word processors (and
# Word itself in other languages) recognise them only under these names.
FOOTNOTE_TEXT = "footnote text"
FOOTNOTE_REFERENCE = "footnote reference"
BIBLIOGRAPHY = "Bibliography"
TITLE_BLOCK_LABEL = "Title Block Label"
HYPERLINK = "Hyperlink"


def reference_path() -> Path:
    """The built-in reference document."""
    return resources_dir() / "reference.docx"


def _set_font(style: BaseStyle, size: float | None = None, bold: bool | None = None,
              italic: bool | None = None) -> None:
    """Set a style's font, dropping theme fonts (they would win over the name)."""
    font = style.font  # type: ignore[attr-defined]
    font.name = FONT
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is not None:
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attr), None)
        fonts.set(qn("w:cs"), FONT)
        fonts.set(qn("w:eastAsia"), FONT)
    font.color.rgb = BLACK
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    if italic is not None:
        font.italic = italic


def _paragraph_style(doc: DocumentObject, name: str, base: str | None = "Normal") -> BaseStyle:
    try:
        return doc.styles[name]
    except KeyError:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        if base:
            style.base_style = doc.styles[base]
        return style


def _remove_borders(style: BaseStyle) -> None:
    ppr = style.element.find(qn("w:pPr"))
    if ppr is not None:
        for border in ppr.findall(qn("w:pBdr")):
            ppr.remove(border)


def ensure_styles(doc: DocumentObject) -> None:
    """Add the styles an export uses and a reference document may lack."""
    names = {s.name for s in doc.styles}
    if FOOTNOTE_TEXT not in names:
        style = doc.styles.add_style(FOOTNOTE_TEXT, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        style.font.size = Pt(9)
        style.paragraph_format.space_after = Pt(2)
        style.paragraph_format.space_before = Pt(0)
        style.paragraph_format.line_spacing = 1.0
    if FOOTNOTE_REFERENCE not in names:
        style = doc.styles.add_style(FOOTNOTE_REFERENCE, WD_STYLE_TYPE.CHARACTER)
        style.font.superscript = True
    if BIBLIOGRAPHY not in names:
        style = doc.styles.add_style(BIBLIOGRAPHY, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        fmt = style.paragraph_format
        fmt.left_indent = Inches(0.5)
        fmt.first_line_indent = Inches(-0.5)
        fmt.space_after = Pt(6)
    if TITLE_BLOCK_LABEL not in names:
        style = doc.styles.add_style(TITLE_BLOCK_LABEL, WD_STYLE_TYPE.CHARACTER)
        style.font.bold = True
    if HYPERLINK not in names:  # Word's own look for a link: blue, underlined
        style = doc.styles.add_style(HYPERLINK, WD_STYLE_TYPE.CHARACTER)
        style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        style.font.underline = True
    for needed in ("Quote", "List Bullet", "List Number", "Title", "Heading 1", "Heading 2"):
        if needed not in names:
            style = doc.styles.add_style(needed, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = doc.styles["Normal"]


def set_language(doc: DocumentObject, language: str) -> None:
    """Proofing language for the whole document (w:docDefaults, which Word reads, the
    styles and the note's own text) and its core properties."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), language)
    lang.set(qn("w:eastAsia"), language)
    lang.set(qn("w:bidi"), "ar-SA")
    # A style or a run of the reference document tagged with another language would
    # win over the default (Word would check a French note's headings as English); the
    # letterhead in the headers and footers keeps its own, which may be bilingual.
    others = [styles, doc.element.body]
    notes = next((r.target_part for r in doc.part.rels.values()
                  if r.reltype == RT.FOOTNOTES and not r.is_external), None)
    if isinstance(notes, XmlPart):
        others.append(notes.element)
    for root in others:
        for tag in root.iter(qn("w:lang")):
            if tag.get(qn("w:val")) and tag is not lang:
                tag.set(qn("w:val"), language)
    doc.core_properties.language = language


def _slim(doc: DocumentObject) -> None:
    """Drop the hundred unused table styles and the duplicate styles part.

    A lean reference opens and saves four times faster, which is most of the
    cost of exporting a short note.
    """
    styles = doc.styles.element
    for style in list(styles.findall(qn("w:style"))):
        name = style.find(qn("w:name"))
        if style.get(qn("w:type")) == "table" and name is not None and \
                name.get(qn("w:val")) not in ("Normal Table", "Table Grid"):
            styles.remove(style)
    for rel_id, rel in list(doc.part.rels.items()):
        if rel.reltype.endswith(("/stylesWithEffects", "/customXml")):
            doc.part.drop_rel(rel_id)


def build_reference(out: Path) -> Path:
    """Write the house-style reference document to ``out``."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Inches(1))
    section.top_margin = Inches(0.9)
    section.bottom_margin = Inches(0.9)
    section.header_distance = Inches(0.4)
    section.footer_distance = Inches(0.4)

    normal = doc.styles["Normal"]
    _set_font(normal, 11)
    fmt = normal.paragraph_format
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(6), 1.08

    for name, size, before, after in (("Heading 1", 11.5, 12, 4), ("Heading 2", 11, 8, 3),
                                      ("Heading 3", 11, 6, 2)):
        style = doc.styles[name]
        _set_font(style, size, bold=True, italic=False)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
        style.paragraph_format.keep_with_next = True
    doc.styles["Heading 1"].font.all_caps = True

    title = doc.styles["Title"]
    _set_font(title, 13, bold=True)
    title.font.all_caps = True
    _remove_borders(title)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_before = Pt(0)
    title.paragraph_format.space_after = Pt(12)
    spacing = title.element.get_or_add_rPr().find(qn("w:spacing"))
    if spacing is not None:
        spacing.getparent().remove(spacing)

    quote = doc.styles["Quote"]
    _set_font(quote, 10.5, italic=False)
    qf = quote.paragraph_format
    qf.left_indent, qf.right_indent = Inches(0.5), Inches(0.5)
    qf.space_before, qf.space_after = Pt(2), Pt(8)
    qf.alignment = WD_ALIGN_PARAGRAPH.LEFT

    for name in ("List Bullet", "List Bullet 2", "List Number", "List Number 2"):
        style = doc.styles[name]
        _set_font(style)
        style.paragraph_format.space_after = Pt(4)

    for name in ("Header", "Footer"):
        _set_font(doc.styles[name], 9)
        doc.styles[name].paragraph_format.space_after = Pt(0)

    ensure_styles(doc)
    _set_font(doc.styles[FOOTNOTE_TEXT], 9)
    _set_font(doc.styles[BIBLIOGRAPHY], 10)
    set_language(doc, "en-CA")

    props = doc.core_properties
    props.title, props.author, props.comments = "Briefing note", "", ""
    props.keywords, props.subject, props.category = "", "", ""

    _slim(doc)
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(out))
    return out


if __name__ == "__main__":  # pragma: no cover - a maintenance script
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else reference_path()
    print(build_reference(target))
