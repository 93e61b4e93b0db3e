"""Reading single files: text, order and metadata out; bad files refused with a reason."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.helpers.importer_files import (
    CSL_JSON,
    HTML_PAGE,
    PDF_PAGES,
    PNG_BYTES,
    RIS,
    make_docx,
    make_encrypted_pdf,
    make_pdf,
    make_zip_bomb,
)

from briefer.core.text import strip_xml_illegal
from briefer.io.importers import ImportRefused, extract, read_metadata
from briefer.io.importers.csl import normalise_title, normalise_url, parse_ris
from briefer.io.importers.pdf import reflow


def refused(path: Path) -> str:
    with pytest.raises(ImportRefused) as info:
        extract(path)
    reason = info.value.reason
    assert reason.startswith(path.name), reason  # every reason names its file
    assert "\n" not in reason
    return reason


# -- Word ---------------------------------------------------------------------

def test_docx_keeps_headings_lists_bold_table_and_footnote_in_order(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "outlook.docx", footnote="Interview, 4 March 2018.",
                     author="Jane Doe")
    got = extract(path)
    text = got.text
    order = ["# Canada–US Trade Outlook", "# Issues",
             "Officials expect **auto rules of origin** to dominate the talks.[^1]",
             "- Dairy supply management\n- Softwood lumber duties", "## Respondents",
             "1. First answer\n2. Second answer", "| Sector | Exports |",
             "| Dairy | small \\| growing |", "The closing paragraph follows the table.",
             "[^1]: Interview, 4 March 2018."]
    positions = [text.index(piece) for piece in order]
    assert positions == sorted(positions)
    assert got.suffix == ".md"
    assert got.meta.title == "Canada–US Trade Outlook"  # the Title paragraph
    assert got.meta.author == [{"literal": "Jane Doe"}]
    assert strip_xml_illegal(text)[1] == 0


def test_docx_placeholder_author_is_not_taken_for_the_author(tmp_path: Path) -> None:
    got = extract(make_docx(tmp_path / "a.docx", author="python-docx", title="Core title"))
    assert got.meta.author == []
    assert got.meta.title == "Core title"


def test_zip_bomb_named_docx_is_refused_before_inflating(tmp_path: Path) -> None:
    reason = refused(make_zip_bomb(tmp_path / "bomb.docx"))
    assert "zip bomb" in reason


def test_huge_declared_size_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefer.io.importers import word

    monkeypatch.setattr(word, "MAX_UNCOMPRESSED", 10_000)
    reason = refused(make_docx(tmp_path / "big.docx"))
    assert "would unpack to" in reason


def test_damaged_docx_is_refused(tmp_path: Path) -> None:
    good = make_docx(tmp_path / "good.docx").read_bytes()
    (tmp_path / "cut.docx").write_bytes(good[: len(good) // 2])
    assert "damaged" in refused(tmp_path / "cut.docx")
    # a valid zip with a broken document.xml inside
    with zipfile.ZipFile(tmp_path / "bad.docx", "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document><unclosed>")
    assert "damaged or not a Word document" in refused(tmp_path / "bad.docx")


def test_other_zip_named_docx_is_refused(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "sheet.docx", "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    assert "Excel workbook" in refused(tmp_path / "sheet.docx")


# -- HTML ---------------------------------------------------------------------

def test_html_visible_text_in_reading_order_without_script_style_nav(tmp_path: Path) -> None:
    path = tmp_path / "talks.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    got = extract(path)
    text = got.text
    for hidden in ("tracking", "nor me", "font-family", "News menu item", "Copyright footer",
                   "Advertisement", "Trade talks stall |"):
        assert hidden not in text
    assert text.startswith("Trade talks stall over autos\n\n")
    assert ("Canadian negotiators left Washington on Tuesday without a deal on auto rules of "
            "origin, officials said.") in text
    assert "The next round is set for April — “if the talks resume at all.”" in text
    assert text.index("Dairy") < text.index("Lumber") < text.index("Sector\tExports\nAutos\t80")
    assert "Line one\nline two" in text
    meta = got.meta
    assert meta.title == "Trade talks stall over autos"
    assert meta.container_title == "The Hill Times"
    assert meta.issued == {"date-parts": [[2018, 3, 5]]}
    assert meta.author == [{"literal": "Jane Doe"}]
    assert meta.URL == "https://www.hilltimes.com/2018/03/05/trade-talks/"
    assert meta.type == "article-newspaper"
    assert meta.language == "en-CA"


def test_html_title_from_title_tag_and_declared_charset(tmp_path: Path) -> None:
    page = ('<html><head><meta charset="windows-1252"><title>Caf\xe9 talks</title></head>'
            '<body><p>\x93Quoted\x94 words</p></body></html>')
    path = tmp_path / "old.htm"
    path.write_bytes(page.encode("latin-1"))
    got = extract(path)
    assert got.meta.title == "Café talks"
    assert got.text == "“Quoted” words\n"
    assert got.meta.issued is None and got.meta.author == []  # never invented


def test_html_fragment_without_doctype_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "frag.html"
    path.write_text("<p>Just a <em>fragment</em>.</p>", encoding="utf-8")
    assert extract(path).text == "Just a fragment.\n"


# -- PDF ----------------------------------------------------------------------

def test_pdf_joins_wrapped_lines_and_keeps_page_breaks(tmp_path: Path) -> None:
    path = tmp_path / "talks.pdf"
    path.write_bytes(make_pdf(PDF_PAGES, title="Trade talks stall", author="Jane Doe"))
    got = extract(path)
    paragraphs = got.text.rstrip("\n").split("\n\n")
    assert paragraphs[0] == "Trade talks stall"
    assert paragraphs[1].startswith("Canadian negotiators left Washington on Tuesday without a "
                                    "deal on the auto rules of origin, officials said")
    assert paragraphs[1].endswith("the “sunset clause” demanded by the US side.")
    assert paragraphs[-1] == "Page two has its own paragraph about the next round in April."
    assert strip_xml_illegal(got.text)[1] == 0  # the \x07 on page one is gone...
    # ...PDFium (like pdftotext) does not extract it; had it come through, it is removed
    # and the user told
    assert got.removed_chars == 0 or any("control character" in str(w) for w in got.warnings)
    assert got.meta.title == "Trade talks stall"
    assert got.meta.author == [{"literal": "Jane Doe"}]


def test_pdf_paragraph_gap_ends_a_paragraph_whose_last_line_is_full(tmp_path: Path) -> None:
    lines = ["The first paragraph runs over two lines of about the same length here,",
             "and its last line is just as long as the first one was before it ends.",
             "The second paragraph starts after a wider gap, as paragraphs are set in",
             "most documents, and this line too is long."]
    (tmp_path / "gap.pdf").write_bytes(make_pdf([lines], gaps=frozenset({2})))
    paragraphs = extract(tmp_path / "gap.pdf").text.rstrip().split("\n\n")
    assert paragraphs == [lines[0] + " " + lines[1], lines[2] + " " + lines[3]]


def test_recoverable_pdf_damage_is_a_warning(tmp_path: Path) -> None:
    data = make_pdf(PDF_PAGES)
    head, _, _ = data.rpartition(b"startxref")
    (tmp_path / "shaky.pdf").write_bytes(head + b"startxref\n99\n%%EOF\n")
    got = extract(tmp_path / "shaky.pdf")
    assert "Page two has its own paragraph" in got.text
    assert any("structural errors" in str(w) for w in got.warnings)


def test_reflow_keeps_hyphens_and_drops_page_numbers() -> None:
    page = ("A long line of text that wraps onto the next line with a trans-\n"
            "Pacific hyphen and more words until the line is full again, and\n"
            "ends here.\n"
            "A new paragraph.\n"
            "12\n")
    assert reflow([page, "Next page."]) == (
        "A long line of text that wraps onto the next line with a trans-Pacific hyphen and "
        "more words until the line is full again, and ends here.\n\nA new paragraph."
        "\n\nNext page.")


def test_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    reason = refused(make_encrypted_pdf(tmp_path / "locked.pdf"))
    assert "password" in reason


def test_damaged_pdf_is_refused(tmp_path: Path) -> None:
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not a pdf body\x00\x01")
    assert "damaged" in refused(tmp_path / "broken.pdf")


def test_pdf_without_text_layer_is_refused(tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(make_pdf([[]]))
    assert "OCR" in refused(tmp_path / "scan.pdf")


# -- text and bad files -----------------------------------------------------

def test_cp1252_text_with_curly_quotes(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("He said “no” — café.\r\nNext line.\r\n".encode("cp1252"))
    got = extract(path)
    assert got.text == "He said “no” — café.\nNext line.\n"
    assert got.encoding == "cp1252"
    assert any("cp1252" in str(w) for w in got.warnings)


def test_markdown_survey_is_kept_verbatim(seeds: Path) -> None:
    survey = next(p for p in sorted(seeds.glob("004_*")) if p.suffix in (".txt", ".md"))
    got = extract(survey)
    assert got.text == survey.read_text(encoding="utf-8").replace("\r\n", "\n")


@pytest.mark.parametrize(("name", "data", "expect"), [
    ("empty.txt", b"", "empty (0 bytes)"),
    ("empty.docx", b"", "empty (0 bytes)"),
    ("picture.txt", PNG_BYTES, "PNG image"),
    ("picture.md", PNG_BYTES, "PNG image"),
    ("notes.xyz", b"hello", "unknown file type '.xyz'"),
    ("README", b"hello", "unknown file type '(no extension)'"),
    ("orphan.yaml", b"title: x", "is a metadata file"),
    ("legacy.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old-format Office"),
    ("binary.txt", b"abc\x00\x01\x02def" * 10, "binary file"),
])
def test_bad_files_are_refused_with_a_reason(tmp_path: Path, name: str, data: bytes,
                                             expect: str) -> None:
    (tmp_path / name).write_bytes(data)
    assert expect in refused(tmp_path / name)


def test_misleading_extensions_say_what_the_file_really_is(tmp_path: Path) -> None:
    (tmp_path / "report.docx").write_bytes(make_pdf(PDF_PAGES))
    assert "is a PDF document; rename it to report.pdf" in refused(tmp_path / "report.docx")
    make_docx(tmp_path / "w.docx")
    (tmp_path / "memo.pdf").write_bytes((tmp_path / "w.docx").read_bytes())
    assert "rename it to memo.docx" in refused(tmp_path / "memo.pdf")
    (tmp_path / "saved.txt").write_text(HTML_PAGE, encoding="utf-8")
    assert "rename it to saved.html" in refused(tmp_path / "saved.txt")


def test_too_large_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefer.io.importers as importers
    from briefer.io.importers import base

    monkeypatch.setattr(importers, "MAX_FILE_BYTES", 10)
    (tmp_path / "long.txt").write_text("x" * 100, encoding="utf-8")
    assert "too large" in refused(tmp_path / "long.txt")
    monkeypatch.setattr(importers, "MAX_FILE_BYTES", 10_000)
    monkeypatch.setattr(base, "MAX_TEXT_CHARS", 50)
    assert "too long" in refused(tmp_path / "long.txt")


def test_sidecar_yaml_beside_a_file_supplies_metadata(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Some article text.\n", encoding="utf-8")
    (tmp_path / "a.yaml").write_text("title: From the sidecar\ncontainer-title: Globe\n",
                                     encoding="utf-8")
    got = extract(tmp_path / "a.txt")
    assert (got.meta.title, got.meta.container_title) == ("From the sidecar", "Globe")


# -- CSL-JSON and RIS -------------------------------------------------------

def test_csl_json_items(tmp_path: Path) -> None:
    (tmp_path / "zotero.json").write_text(CSL_JSON, encoding="utf-8")
    items = read_metadata(tmp_path / "zotero.json")
    assert [i.title for i in items] == ["Trade talks stall over autos (Zotero title)",
                                        "An article nobody imported"]
    assert items[0].author == [{"family": "Doe", "given": "Jane"}]
    assert items[0].container_title == "The Hill Times"


def test_ris_items() -> None:
    (item,) = parse_ris(RIS)
    assert item["type"] == "article-newspaper"
    assert item["title"] == "Canada–US Trade Outlook"
    assert item["author"] == [{"family": "Smith", "given": "John"},
                              {"literal": "Global Affairs Canada"}]
    assert item["issued"] == {"date-parts": [[2019, 6, 14]]}  # DA beats PY
    assert item["container-title"] == "Policy Options"
    assert item["URL"] == "https://policyoptions.irpp.org/outlook"


def test_bad_bibliography_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "data.json").write_text('{"not": "csl"}', encoding="utf-8")
    with pytest.raises(ImportRefused, match="no CSL-JSON items"):
        read_metadata(tmp_path / "data.json")
    (tmp_path / "broken.json").write_text("[{", encoding="utf-8")
    with pytest.raises(ImportRefused, match="not a CSL-JSON bibliography"):
        read_metadata(tmp_path / "broken.json")
    (tmp_path / "empty.ris").write_bytes(b"")
    with pytest.raises(ImportRefused, match="empty"):
        read_metadata(tmp_path / "empty.ris")


def test_matching_keys() -> None:
    assert normalise_url("https://www.hilltimes.com/2018/03/05/trade-talks/?utm_source=tw#top") \
        == normalise_url("http://hilltimes.com/2018/03/05/trade-talks")
    assert normalise_title("Canada–US: “Trade” Outlook!") == "canada us trade outlook"
    assert normalise_title("Café") == normalise_title("cafe")
