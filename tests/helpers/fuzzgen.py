"""Input generators for fuzzing the importers: each takes a ``random.Random``, returns bytes.

One set of generators serves both the hypothesis tests (which hand them a random
object hypothesis controls, so failures shrink and replay) and the long run in
``scripts/fuzz_importers.py`` (a seeded ``random.Random``). They aim at what breaks
parsers: unclosed and misnested tags, deep repetition, odd encodings, control
characters, huge numbers, malformed URLs, damaged containers.
"""

from __future__ import annotations

import io
import json
import random
import zipfile
import zlib
from typing import Any
from xml.sax.saxutils import escape, quoteattr

BAD_URLS = ["http://[::1", "http://[", "https://host:99999/", "http://a:b/", "http://",
            "https://\uff03.example/", "//", "::::", "http://exa mple.com/", "http://x\x00y",
            "ftp://", "http://[::1]:80/ok", "example.com/page?utm_source=x#f", "javascript:1"]
_CHARSETS = ["utf-8", "latin1", "windows-1252", "utf-16", "utf-16be", "punycode", "rot13",
             "x-user-defined", "shift_jis", "gb2312", "iso-2022-jp", "utf-7", "klingon", ""]
_TAGS = ("html", "head", "body", "title", "meta", "link", "script", "style", "noscript",
         "template", "p", "div", "span", "b", "i", "u", "em", "strong", "a", "font", "center",
         "br", "hr", "embed", "object", "param", "iframe", "img", "table", "caption", "colgroup",
         "col", "thead", "tbody", "tfoot", "tr", "td", "th", "ul", "ol", "li", "dl", "dt", "dd",
         "select", "option", "optgroup", "textarea", "input", "button", "form", "label", "pre",
         "code", "xmp", "listing", "plaintext", "h1", "h2", "h3", "main", "article", "section",
         "nav", "aside", "footer", "header", "figure", "figcaption", "details", "summary",
         "dialog", "svg", "math", "foreignObject", "desc", "mi", "mtext", "annotation-xml",
         "ruby", "rt", "rp", "frameset", "frame", "noframes", "noembed", "marquee", "nobr",
         "isindex", "image", "applet", "keygen", "wbr", "blockquote", "q", "sub", "sup")
_WORDS = ["trade", "talks", "CUSMA", "dairy", "the", "end", "ACEUM", "ÉTATS-UNIS", "naïve",
          "tariffs", "&amp;", "&nbsp;", "&#0;", "&#xD800;", "&#99999999;", "&mdash", "<", ">",
          "&", "\"", "'", "=", "/", "-->", "]]>", "\u2028", "\ufeff", "\u202e", "😀", "\x00",
          "\r", "\r\n", "\t", "\x0c", "\x0b", "\x85", "\x1b", "\x7f", "\ufffe", "\ud800"]
_CSL_KEYS = ["type", "title", "container-title", "author", "issued", "accessed", "URL",
             "publisher", "genre", "language", "note", "id", "page", "volume", "DOI",
             "abstract", "editor", "", "URL ", 7]
_RIS_TAGS = ["TY", "TI", "T1", "AU", "A1", "T2", "JO", "JF", "DA", "PY", "Y1", "Y2", "UR",
             "PB", "LA", "AB", "N1", "ER", "KW", "ZZ", "A9"]


def words(rnd: random.Random, most: int = 12) -> str:
    """A few words, some of them hostile (entities, controls, lone surrogates)."""
    out = []
    for _ in range(rnd.randint(0, most)):
        if rnd.random() < 0.7:
            out.append(rnd.choice(_WORDS[:10]))
        elif rnd.random() < 0.5:
            out.append(rnd.choice(_WORDS))
        else:
            out.append("".join(chr(rnd.choice([rnd.randint(0, 0x7F), rnd.randint(0x80, 0x2FFF),
                                               rnd.randint(0xD800, 0xDFFF),
                                               rnd.randint(0x10000, 0x10FFFF)]))
                               for _ in range(rnd.randint(1, 4))))
    return rnd.choice([" ", "  ", "\n", ""]).join(out)


def encode(rnd: random.Random, text: str) -> bytes:
    """``text`` in a random encoding (lone surrogates kept as invalid bytes)."""
    choice = rnd.random()
    if choice < 0.6:
        data = text.encode("utf-8", "surrogatepass")
    elif choice < 0.7:
        data = b"\xef\xbb\xbf" + text.encode("utf-8", "surrogatepass")
    elif choice < 0.8:
        data = text.encode("utf-16", "surrogatepass")
    elif choice < 0.9:
        data = text.encode("cp1252", "replace")
    else:
        data = text.encode("latin-1", "replace")
    return mutate(rnd, data) if rnd.random() < 0.1 else data


def mutate(rnd: random.Random, data: bytes) -> bytes:
    """A few random byte-level edits: flips, cuts, insertions, duplicated slices."""
    buf = bytearray(data)
    for _ in range(rnd.randint(1, 8)):
        op = rnd.randrange(5)
        at = rnd.randint(0, len(buf))
        if op == 0 and buf:
            buf[min(at, len(buf) - 1)] = rnd.randrange(256)
        elif op == 1:
            del buf[at:at + rnd.randint(1, 64)]
        elif op == 2:
            buf[at:at] = bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 16)))
        elif op == 3 and buf:
            start = rnd.randint(0, len(buf) - 1)
            buf[at:at] = buf[start:start + rnd.randint(1, 256)]
        else:
            del buf[at:]
    return bytes(buf)


def repeat(rnd: random.Random, piece: str) -> str:
    """``piece`` many times: where quadratic algorithms show."""
    return piece * rnd.choice([2, 10, 100, 1000, 3000])


# -- text and Markdown ---------------------------------------------------------------

def text_file(rnd: random.Random) -> bytes:
    lines = [rnd.choice(["# ", "1. ", "- ", "**", "", "> ", "Q1: "]) + words(rnd)
             for _ in range(rnd.randint(0, 20))]
    if lines and rnd.random() < 0.05:
        lines.append(repeat(rnd, rnd.choice(lines) + rnd.choice(["\n", "\r"])))
    return encode(rnd, rnd.choice(["\n", "\r\n", "\r", "\n\n"]).join(lines))


# -- HTML -----------------------------------------------------------------------------

def _attrs(rnd: random.Random) -> str:
    options = [f"style={quoteattr(rnd.choice(['display:none', 'visibility: hidden', 'x']))}",
               "hidden", "aria-hidden=true", f"lang={quoteattr(words(rnd, 1))}",
               f"charset={rnd.choice(_CHARSETS)}", f"class=c{rnd.randint(0, 99)}",
               f"src={quoteattr(words(rnd, 1))}", "rel=canonical",
               f"href={quoteattr(rnd.choice(BAD_URLS))}", "type=application/ld+json",
               f"content={quoteattr(words(rnd, 3))}",
               f"property=og:{rnd.choice(['title', 'url', 'type', 'site_name'])}",
               f"name={rnd.choice(['author', 'date', 'dc.title', 'citation_author'])}",
               "xlink:href=x", "x=\"unclosed", "a='b' a='c'", "=bad"]
    return "".join(" " + rnd.choice(options) for _ in range(rnd.randint(0, 3)))


def _json_ld(rnd: random.Random) -> str:
    value = rnd.choice([{"headline": words(rnd, 4), "datePublished": words(rnd, 1),
                         "author": rnd.choice([words(rnd, 2), [{"name": 5}], {"name": None}]),
                         "publisher": {"name": words(rnd, 2)}},
                        {"@graph": rnd.choice([[], "x", [1, {"headline": []}]])},
                        [None, "x"], "[" * 2000, 12])
    text = value if isinstance(value, str) else json.dumps(value)
    return f'<script type="application/ld+json">{text}</script>'


def _html_piece(rnd: random.Random) -> str:
    choice = rnd.random()
    tag = rnd.choice(_TAGS)
    if choice < 0.35:
        return f"<{tag}{_attrs(rnd)}{rnd.choice(['>', '>', '/>', ' '])}"
    if choice < 0.55:
        return f"</{tag}{rnd.choice(['>', '', ' x>'])}"
    if choice < 0.8:
        return words(rnd)
    return rnd.choice([
        f"<!--{words(rnd, 3)}{rnd.choice(['-->', '', '--!>'])}",
        "<!DOCTYPE html>", "<!doctype x SYSTEM 'y'>", f"<![CDATA[{words(rnd, 2)}]]>",
        "<?xml version='1.0'?>", f'<meta charset="{rnd.choice(_CHARSETS)}">', _json_ld(rnd),
        f"<title>{words(rnd, 3)}</title>", f"<script>{words(rnd, 3)}</scr",
        f'<meta property="og:title" content={quoteattr(words(rnd, 4))}>',
        f'<link rel="canonical" href={quoteattr(rnd.choice(BAD_URLS))}>',
        f"<svg><title>{words(rnd, 2)}</title><foreignObject><p>{words(rnd, 2)}",
        f"<table>{words(rnd, 2)}<tr><td>{words(rnd, 2)}", "<plaintext>", "&", "<", "</",
    ])


def html_file(rnd: random.Random) -> bytes:
    pieces = [_html_piece(rnd) for _ in range(rnd.randint(0, 40))]
    if pieces and rnd.random() < 0.15:
        at = rnd.randrange(len(pieces))
        pieces[at] = repeat(rnd, "".join(pieces[at:at + rnd.randint(1, 3)]))
    text = "".join(pieces)
    if rnd.random() < 0.5:
        text = "<!DOCTYPE html><html><body>" + text
    return encode(rnd, text)


# -- Word -----------------------------------------------------------------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NUMBER = ["0", "1", "2", "8", "9", "12", "-1", "x", "", "99999999", "9" * 5000, "²", "٣"]


def _xml_text(rnd: random.Random) -> str:
    text = words(rnd, 4)
    if rnd.random() < 0.9:  # XML cannot hold most controls; now and then try anyway
        text = "".join(c for c in text if c in "\t\n" or (0x20 <= ord(c) < 0xD800)
                       or 0xE000 <= ord(c) <= 0xFFFD or ord(c) > 0xFFFF)
    return escape(text.replace("\ud800", ""))


def _run(rnd: random.Random) -> str:
    inner = rnd.choice([f"<w:t xml:space='preserve'>{_xml_text(rnd)}</w:t>", "<w:tab/>",
                        "<w:br/>", "<w:noBreakHyphen/>",
                        f"<w:footnoteReference w:id='{rnd.choice(_NUMBER)}'/>",
                        f"<w:endnoteReference w:id='{rnd.choice(_NUMBER)}'/>"])
    bold = rnd.choice(["", "<w:rPr><w:b/></w:rPr>", "<w:rPr><w:b w:val='0'/></w:rPr>",
                       "<w:rPr><w:b w:val='maybe'/></w:rPr>"])
    return f"<w:r>{bold}{inner}</w:r>"


def _paragraph(rnd: random.Random, depth: int = 0) -> str:
    ppr = rnd.choice([
        "",
        f"<w:pPr><w:pStyle w:val='{rnd.choice(['Heading1', 'Title', 'S1', 'List', 'x'])}'/>"
        "</w:pPr>",
        f"<w:pPr><w:outlineLvl w:val='{rnd.choice(_NUMBER)}'/></w:pPr>",
        f"<w:pPr><w:numPr><w:ilvl w:val='{rnd.choice(_NUMBER)}'/>"
        f"<w:numId w:val='{rnd.choice(_NUMBER)}'/></w:numPr></w:pPr>"])
    runs = "".join(_run(rnd) for _ in range(rnd.randint(0, 4)))
    if rnd.random() < 0.2 and depth < 40:
        wrapper = rnd.choice(["hyperlink", "ins", "smartTag", "sdt", "fldSimple", "customXml"])
        runs = f"<w:{wrapper}>{runs}{_paragraph(rnd, depth + 1)[5:-6]}</w:{wrapper}>"
    return f"<w:p>{ppr}{runs}</w:p>"


def _table(rnd: random.Random, depth: int = 0) -> str:
    rows = []
    for _ in range(rnd.randint(0, 3)):
        cells = []
        for _ in range(rnd.randint(0, 3)):
            tcpr = rnd.choice(["", f"<w:tcPr><w:gridSpan w:val='{rnd.choice(_NUMBER)}'/></w:tcPr>",
                               "<w:tcPr><w:vMerge/></w:tcPr>",
                               "<w:tcPr><w:vMerge w:val='restart'/></w:tcPr>"])
            inner = _table(rnd, depth + 1) if rnd.random() < 0.2 and depth < 5 else ""
            cells.append(f"<w:tc>{tcpr}{_paragraph(rnd)}{inner}</w:tc>")
        rows.append(f"<w:tr>{''.join(cells)}</w:tr>")
    return f"<w:tbl>{''.join(rows)}</w:tbl>"


def docx_file(rnd: random.Random) -> bytes:
    blocks = [(_table(rnd) if rnd.random() < 0.2 else _paragraph(rnd))
              for _ in range(rnd.randint(0, 12))]
    if blocks and rnd.random() < 0.1:
        blocks.append(repeat(rnd, blocks[0]))
    if rnd.random() < 0.05:
        blocks.append("<w:sdt><w:sdtContent>" * 300)  # too deep for the XML parser
    document = f"<w:document {_W}><w:body>{''.join(blocks)}</w:body></w:document>"
    styles = "".join(
        f"<w:style w:styleId='{sid}'>"
        f"<w:name w:val='{rnd.choice(['heading 1', 'Title', 'x', 'heading 12'])}'/>"
        f"<w:basedOn w:val='{rnd.choice(['Heading1', 'Title', 'S1', 'List'])}'/>"
        f"<w:pPr><w:outlineLvl w:val='{rnd.choice(_NUMBER)}'/>"
        f"<w:numPr><w:ilvl w:val='{rnd.choice(_NUMBER)}'/><w:numId w:val='1'/></w:numPr></w:pPr>"
        "</w:style>" for sid in ("Heading1", "Title", "S1", "List"))
    numbering = (f"<w:numbering {_W}><w:abstractNum w:abstractNumId='0'>" + "".join(
        f"<w:lvl w:ilvl='{rnd.choice(_NUMBER)}'><w:start w:val='{rnd.choice(_NUMBER)}'/>"
        f"<w:numFmt w:val='{rnd.choice(['decimal', 'bullet', 'none', 'x'])}'/></w:lvl>"
        for _ in range(rnd.randint(0, 3))) + "</w:abstractNum>"
        "<w:num w:numId='1'><w:abstractNumId w:val='0'/></w:num></w:numbering>")
    notes = (f"<w:footnotes {_W}>" + "".join(
        f"<w:footnote w:id='{rnd.choice(_NUMBER)}' w:type='{rnd.choice(['normal', 'separator'])}'>"
        f"{_paragraph(rnd)}</w:footnote>" for _ in range(rnd.randint(0, 3))) + "</w:footnotes>")
    core = ("<cp:coreProperties xmlns:cp='http://schemas.openxmlformats.org/package/2006/"
            "metadata/core-properties' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
            f"<dc:title>{_xml_text(rnd)}</dc:title><dc:creator>{_xml_text(rnd)}</dc:creator>"
            f"<dc:language>{_xml_text(rnd)}</dc:language></cp:coreProperties>")
    rels = "".join(
        f"<Relationship Id='r{i}' Type='{_R_NS}/{kind}' Target='{target}'/>"
        for i, (kind, target) in enumerate([("styles", "styles.xml"),
                                            ("numbering", "numbering.xml"),
                                            ("footnotes", "footnotes.xml")])
        if rnd.random() < 0.8)
    ct = ("<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
          "<Default Extension='rels' ContentType='application/vnd.openxmlformats-package."
          "relationships+xml'/><Default Extension='xml' ContentType='application/xml'/>"
          "<Override PartName='/word/document.xml' ContentType='application/vnd."
          "openxmlformats-officedocument.wordprocessingml.document.main+xml'/>"
          "<Override PartName='/docProps/core.xml' ContentType='application/vnd."
          "openxmlformats-package.core-properties+xml'/></Types>")
    parts = {
        "[Content_Types].xml": ct,
        "_rels/.rels": "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/"
                       f"relationships'><Relationship Id='rId1' Type='{_R_NS}/officeDocument' "
                       "Target='word/document.xml'/><Relationship Id='rId2' Type='http://"
                       "schemas.openxmlformats.org/package/2006/relationships/metadata/"
                       "core-properties' Target='docProps/core.xml'/></Relationships>",
        "word/document.xml": document,
        "word/_rels/document.xml.rels": "<Relationships xmlns='http://schemas.openxmlformats"
                                        f".org/package/2006/relationships'>{rels}"
                                        "</Relationships>",
        "word/styles.xml": f"<w:styles {_W}>{styles}</w:styles>",
        "word/numbering.xml": numbering,
        "word/footnotes.xml": notes,
        "docProps/core.xml": core,
    }
    if rnd.random() < 0.1:
        name = rnd.choice(list(parts))
        parts[name] = parts[name][: rnd.randint(0, len(parts[name]))]  # broken XML
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            zf.writestr(name, text.encode("utf-8", "surrogatepass"))
    data = buf.getvalue()
    return mutate(rnd, data) if rnd.random() < 0.1 else data


# -- PDF ------------------------------------------------------------------------------

def _pdf_string(rnd: random.Random) -> bytes:
    raw = words(rnd, 4).encode("cp1252", "replace")
    if rnd.random() < 0.1:
        return b"<" + raw.hex().encode() + rnd.choice([b">", b"g>", b""])
    raw = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + raw + rnd.choice([b")", b")", b"\\", b"\\777)", b"(nested))"])


def _pdf_number(rnd: random.Random) -> bytes:
    return rnd.choice([b"0", b"12", b"-700", b"1e308", b"3.5", b"99999999999999999999",
                       b"nan", b"-0", b"0.0000001", b"720", b"--5", b"."])


def _content(rnd: random.Random) -> bytes:
    ops = [b"BT /F1 12 Tf 72 720 Td (" + words(rnd, 6).encode("ascii", "ignore")
           .replace(b"\\", b"").replace(b"(", b"").replace(b")", b"") + b"x) Tj"]
    for _ in range(rnd.randint(0, 20)):
        n = _pdf_number
        ops.append(rnd.choice([
            _pdf_string(rnd) + b" Tj", b"[" + _pdf_string(rnd) + b" -250 " + _pdf_string(rnd)
            + b"] TJ", n(rnd) + b" " + n(rnd) + b" Td", b"0 -14 Td", b"T*", b"14 TL",
            _pdf_string(rnd) + b" '", b"1 0 0 1 " + n(rnd) + b" " + n(rnd) + b" Tm",
            b"/F" + n(rnd) + b" " + n(rnd) + b" Tf", b"q " + n(rnd) + b" 0 0 1 0 0 cm", b"Q",
            b"ET", b"BT", b"/X Do", b"BI /W 1 /H 1 ID \x00\xff EI", b"( unbalanced", b"]",
        ]))
    ops.append(b"ET")
    return b"\n".join(ops)


def pdf_file(rnd: random.Random) -> bytes:
    pages = rnd.choice([0, 1, 1, 2, 3, 4])
    objects: list[bytes] = []
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(pages))
    count = rnd.choice([pages, pages, 0, 10**9, -1])
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    parent = b" /Parent 2 0 R" if rnd.random() < 0.9 else b" /Kids [2 0 R]"
    objects.append(b"<< /Type /Pages /Kids [" + (kids if rnd.random() < 0.95 else b"2 0 R")
                   + b"] /Count %d >>" % count)
    encoding = rnd.choice([b"", b" /Encoding /WinAnsiEncoding",
                           b" /Encoding << /Differences [32 /space /x 65 /A] >>",
                           b" /ToUnicode 1 0 R"])
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica" + encoding + b" >>")
    for i in range(pages):
        objects.append(b"<< /Type /Page" + parent + b" /MediaBox [0 0 612 792] /Resources "
                       b"<< /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i))
        stream = _content(rnd)
        filt = b""
        if rnd.random() < 0.3:
            stream, filt = zlib.compress(stream), b" /Filter /FlateDecode"
            if rnd.random() < 0.2:
                stream = stream[: len(stream) // 2]
        objects.append(b"<< /Length %d" % len(stream) + filt + b" >>\nstream\n" + stream
                       + b"\nendstream")
    info = b"<< /Title " + _pdf_string(rnd) + b" /Author " + _pdf_string(rnd) + b" >>"
    objects.append(info)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % (offset if rnd.random() < 0.95 else rnd.randrange(10**6))
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R" % (len(objects) + 1, len(objects))
            + (b" /Encrypt << /Filter /Standard /V 9 >>" if rnd.random() < 0.05 else b"")
            + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    data = bytes(out)
    return mutate(rnd, data) if rnd.random() < 0.15 else data


# -- CSL-JSON and RIS -----------------------------------------------------------------

def _json_value(rnd: random.Random, depth: int = 0) -> Any:
    choice = rnd.random()
    if depth > 3 or choice < 0.35:
        return rnd.choice([words(rnd, 3), rnd.choice(BAD_URLS), None, True, 0, -1, 2019,
                           10**30, 1.5, float("inf"), float("nan"), "", "2018-03-05", "9" * 5000])
    if choice < 0.5:
        return {"date-parts": rnd.choice([[[2018, 3, 5]], [["2018", "x"]], "soon", [], [[]],
                                          [[None]], [[True]], [[1, 2, 3, 4]], [2018]])}
    if choice < 0.65:
        return [rnd.choice([{"family": words(rnd, 1), "given": words(rnd, 1)},
                            {"literal": _json_value(rnd, depth + 1)}, words(rnd, 2), 42, None,
                            {"family": [1]}, {}]) for _ in range(rnd.randint(0, 3))]
    if choice < 0.8:
        return [_json_value(rnd, depth + 1) for _ in range(rnd.randint(0, 3))]
    return {str(rnd.choice(_CSL_KEYS)): _json_value(rnd, depth + 1)
            for _ in range(rnd.randint(0, 3))}


def csl_json_file(rnd: random.Random) -> bytes:
    items = [{str(rnd.choice(_CSL_KEYS)) if rnd.random() < 0.9 else words(rnd, 1):
              _json_value(rnd) for _ in range(rnd.randint(0, 8))}
             for _ in range(rnd.randint(0, 6))]
    for item in items:
        if rnd.random() < 0.7:
            item["title"] = words(rnd, 4)
        if rnd.random() < 0.5:
            item["URL"] = rnd.choice(BAD_URLS)
    shape = rnd.random()
    data: Any = items if shape < 0.7 else {"items": items} if shape < 0.85 else (
        items[0] if items else {}) if shape < 0.95 else rnd.choice([12, "x", None, [1, []]])
    text = json.dumps(data, ensure_ascii=rnd.random() < 0.5)
    if rnd.random() < 0.03:
        text = "[" * rnd.choice([100, 10_000, 100_000]) + text
    return encode(rnd, text) if rnd.random() < 0.2 else text.encode("utf-8", "surrogatepass")


def ris_file(rnd: random.Random) -> bytes:
    lines = []
    for _ in range(rnd.randint(0, 30)):
        tag = rnd.choice(_RIS_TAGS)
        value = rnd.choice([words(rnd, 4), rnd.choice(BAD_URLS), "2018/03/05/", "9" * 5000,
                            "0000", "Smith, John", ",", "", "12/99/1"])
        line = rnd.choice([f"{tag}  - {value}", f"{tag}  -", f"{tag} - {value}", value])
        lines.append(line)
        if rnd.random() < 0.05:
            lines.append(repeat(rnd, "continued line\n").rstrip("\n"))
    text = rnd.choice(["\n", "\r\n"]).join(lines)
    return encode(rnd, text) if rnd.random() < 0.3 else text.encode("utf-8", "surrogatepass")


def yaml_sidecar(rnd: random.Random) -> bytes:
    """A ``<stem>.yaml`` of CSL fields beside a source (JSON is YAML), or junk."""
    if rnd.random() < 0.2:
        return encode(rnd, words(rnd, 8) + rnd.choice([": [", "\t- x", "{", "&a [*a]"]))
    item = {str(rnd.choice(_CSL_KEYS)): _json_value(rnd) for _ in range(rnd.randint(0, 6))}
    return json.dumps(item).encode("utf-8", "surrogatepass")


# What the importers read, by the suffix the file gets.
SOURCES = {".txt": text_file, ".md": text_file, ".html": html_file, ".docx": docx_file,
           ".pdf": pdf_file}
METADATA = {".json": csl_json_file, ".ris": ris_file}
