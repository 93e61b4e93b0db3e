"""Small files for the importer tests, built on the fly (no binary fixtures in the repository)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

PNG_BYTES = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
             b"\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01"
             b"\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def make_docx(path: Path, *, footnote: str | None = None, title: str = "",
              author: str = "") -> Path:
    """A Word file with a title, headings, paragraphs, bold words, lists, a table."""
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = author
    document.add_paragraph("Canada–US Trade Outlook", style="Title")
    document.add_heading("Issues", level=1)
    para = document.add_paragraph("Officials expect ")
    para.add_run("auto rules of origin").bold = True
    para.add_run(" to dominate the talks.")
    if footnote is not None:
        _add_footnote(document, para, footnote)
    document.add_paragraph("Dairy supply management", style="List Bullet")
    document.add_paragraph("Softwood lumber duties", style="List Bullet")
    document.add_heading("Respondents", level=2)
    document.add_paragraph("First answer", style="List Number")
    document.add_paragraph("Second answer", style="List Number")
    table = document.add_table(rows=3, cols=2)
    for r, row in enumerate([("Sector", "Exports"), ("Autos", "C$ 80 bn"),
                             ("Dairy", "small | growing")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("The closing paragraph follows the table.")
    document.save(str(path))
    return path


def _add_footnote(document: object, paragraph: object, text: str) -> None:
    """A real footnote through python-docx's package layer (it has no footnote API)."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import XmlPart
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    xml = (f'<w:footnotes xmlns:w="{W_NS}">'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
           '</w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
           '<w:continuationSeparator/></w:r></w:p></w:footnote>'
           f'<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve">'
           f' {text}</w:t></w:r></w:p></w:footnote></w:footnotes>')
    doc_part = document.part  # type: ignore[attr-defined]
    part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, parse_xml(xml),
                   doc_part.package)
    doc_part.relate_to(part, RT.FOOTNOTES)
    run = paragraph.add_run()  # type: ignore[attr-defined]
    ref = parse_xml(f'<w:footnoteReference xmlns:w="{W_NS}" w:id="1"/>')
    run._r.append(ref)
    assert ref.tag == qn("w:footnoteReference")


HTML_PAGE = """<!DOCTYPE html>
<html lang="en-CA">
<head>
<meta charset="utf-8">
<title>Trade talks stall | The Hill Times</title>
<meta property="og:title" content="Trade talks stall over autos">
<meta property="og:site_name" content="The Hill Times">
<meta property="og:type" content="article">
<meta property="og:url" content="https://www.hilltimes.com/2018/03/05/trade-talks/">
<meta property="article:published_time" content="2018-03-05T09:30:00-05:00">
<meta name="author" content="Jane Doe">
<style>body { font-family: serif } .ad { display: block }</style>
<script>var tracking = "do not import me";</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/news">News menu item</a></nav>
<main>
<article>
<h1>Trade talks stall over autos</h1>
<p>Canadian negotiators left   Washington on Tuesday
without a deal on <b>auto rules of origin</b>, officials said.</p>
<script>document.write("nor me")</script>
<p>The next round&nbsp;is set for April &mdash; “if the talks resume at all.”</p>
<div class="ad" hidden>Advertisement text</div>
<ul><li>Dairy</li><li>Lumber</li></ul>
<table><tr><th>Sector</th><th>Exports</th></tr><tr><td>Autos</td><td>80</td></tr></table>
<p>Line one<br>line two</p>
</article>
</main>
<footer>Copyright footer text</footer>
</body>
</html>
"""


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(pages: list[list[str]], *, title: str = "", author: str = "",
             gaps: frozenset[int] = frozenset()) -> bytes:
    """A minimal valid PDF: one line of Helvetica per string, one page per list.

    Lines whose index is in ``gaps`` get extra space above them, as paragraphs do.
    """
    objects: list[bytes] = []
    page_ids = [4 + 2 * i for i in range(len(pages))]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = b" ".join(b"%d 0 R" % pid for pid in page_ids)
    objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                   b"/Encoding /WinAnsiEncoding >>")
    for i, lines in enumerate(pages):
        ys = [740 - 14 * n - 10 * sum(1 for g in gaps if g <= n) for n in range(len(lines))]
        stream = b"".join(b"BT /F1 11 Tf 72 %d Td %s Tj ET\n" % (y, _pdf_string(line))
                          for y, line in zip(ys, lines, strict=True))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
                       % (page_ids[i] + 1))
        objects.append(b"<< /Length %d >>\nstream\n%sendstream" % (len(stream), stream))
    info = None
    if title or author:
        fields = b""
        if title:
            fields += b"/Title " + _pdf_string(title) + b" "
        if author:
            fields += b"/Author " + _pdf_string(author) + b" "
        objects.append(b"<< " + fields + b">>")
        info = len(objects)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (n, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    trailer = b"<< /Size %d /Root 1 0 R" % (len(objects) + 1)
    if info:
        trailer += b" /Info %d 0 R" % info
    out.write(b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


PDF_PAGES = [
    ["Trade talks stall",
     "Canadian negotiators left Washington on Tuesday without a deal on the auto",
     "rules of origin, officials said after a week of talks that also touched on",
     "dairy, softwood lumber and the \u201csunset clause\u201d demanded by the US",
     "side.",
     "A second paragraph begins here and runs on for a little while longer than",
     "the short one.",
     "\x07"],
    ["Page two has its own paragraph about the next round in April."],
]


def make_encrypted_pdf(path: Path, password: str = "secret") -> Path:
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(make_pdf(PDF_PAGES)))
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password=password, algorithm="AES-128")
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def make_zip_bomb(path: Path, megabytes: int = 24) -> Path:
    """A zip named like a Word file whose one part inflates a thousandfold."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"\x00" * (megabytes * 1024 * 1024))
    return path


CSL_JSON = """[
  {"id": "http://zotero.org/items/ABC", "type": "article-newspaper",
   "title": "Trade talks stall over autos (Zotero title)",
   "container-title": "The Hill Times", "URL": "http://hilltimes.com/2018/03/05/trade-talks?utm_source=x",
   "author": [{"family": "Doe", "given": "Jane"}],
   "issued": {"date-parts": [[2018, 3, 5]]}},
  {"id": "nomatch", "type": "article-newspaper", "title": "An article nobody imported"}
]
"""

RIS = """TY  - NEWS
TI  - Canada–US Trade Outlook
AU  - Smith, John
AU  - Global Affairs Canada
T2  - Policy Options
PY  - 2019
DA  - 2019/06/14/
UR  - https://policyoptions.irpp.org/outlook
LA  - en
ER  -
"""
