"""WordprocessingML paragraphs and runs written as text, parsed once per document.

python-docx looks every style up by name on each ``add_paragraph`` (a scan of
all styles), which makes a 300-footnote note slow; building the body as XML
text and parsing it in one go is many times faster. Elements are written in
the order the schema requires (Word rejects a document otherwise).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from docx.oxml import parse_xml
from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


@dataclass(frozen=True)
class Look:
    """How a run looks (only what a note uses)."""

    bold: bool = False
    italic: bool = False
    font: str = ""
    highlight: str = ""  # e.g. "yellow"
    style: str = ""  # a character style's id, e.g. "Hyperlink"


PLAIN = Look()


def run(text: str, look: Look = PLAIN) -> str:
    """A run; newlines become line breaks and tabs become tabs."""
    props = f'<w:rStyle w:val="{escape(look.style)}"/>' if look.style else ""
    if look.font:
        f = escape(look.font)
        props += f'<w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:cs="{f}"/>'
    if look.bold:
        props += "<w:b/>"
    if look.italic:
        props += "<w:i/>"
    if look.highlight:
        props += f'<w:highlight w:val="{look.highlight}"/>'
    body = []
    for i, line in enumerate(text.split("\n")):
        if i:
            body.append("<w:br/>")
        for j, part in enumerate(line.split("\t")):
            if j:
                body.append("<w:tab/>")
            if part:
                body.append(f'<w:t xml:space="preserve">{escape(part)}</w:t>')
    if not body:
        return ""
    return f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}{"".join(body)}</w:r>'


def hyperlink(relationship_id: str, runs: Iterable[str]) -> str:
    """Runs that link to the external address of a relationship of the document part."""
    body = "".join(runs)
    if not body:
        return ""
    return f'<w:hyperlink r:id="{escape(relationship_id)}" w:history="1">{body}</w:hyperlink>'


def paragraph(style_id: str, runs: Iterable[str], keep_next: bool = False,
              num: tuple[str, int] | None = None, space_before_pt: float | None = None,
              keep_lines: bool = False) -> str:
    """A paragraph with a style and, optionally, list numbering (numId, level)."""
    ppr = f'<w:pStyle w:val="{escape(style_id)}"/>' if style_id else ""
    if keep_next:
        ppr += "<w:keepNext/>"
    if keep_lines:
        ppr += "<w:keepLines/>"
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if space_before_pt is not None:
        ppr += f'<w:spacing w:before="{int(space_before_pt * 20)}"/>'
    return f'<w:p>{f"<w:pPr>{ppr}</w:pPr>" if ppr else ""}{"".join(runs)}</w:p>'


def parse_many(chunks: Iterable[str]) -> list[etree._Element]:
    """Parse many body elements at once."""
    wrapper = parse_xml(f'<w:body xmlns:w="{W_NS}" xmlns:r="{R_NS}">{"".join(chunks)}</w:body>')
    return list(wrapper)
