"""Importers on hostile or sloppy input: browsers' HTML parsing, bad metadata fields skipped.

Each test here failed on the importers before this file existed (lxml's HTML 4 parser,
metadata read without checking a field).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from briefer.core.project import Project
from briefer.io.importers import ImportRefused, extract, read_metadata
from briefer.io.importers.csl import normalise_url
from briefer.io.importing import import_paths

BAD_URL = "http://[::1"


def html(tmp_path: Path, body: str, name: str = "page.html") -> str:
    path = tmp_path / name
    path.write_text(f"<!DOCTYPE html><html><head><title>T</title></head><body>{body}"
                    "</body></html>", encoding="utf-8")
    return extract(path).text


# -- HTML: parsed as browsers parse it ------------------------------------------

def test_text_after_an_embed_is_kept_in_order(tmp_path: Path) -> None:
    text = html(tmp_path, '<p>Before the clip <embed src="clip.swf"> and after it.</p>'
                          "<p>Next paragraph.</p>")
    assert text == "Before the clip and after it.\n\nNext paragraph.\n"


def test_text_after_unclosed_tags_is_kept_in_order(tmp_path: Path) -> None:
    body = ("<p>One<embed src=a>two<embed src=b>three"
            "<p>Reading <rt>ruby note <rt>second note"
            "<p>Pick <select><option>hidden choice<select>then this stays"
            "<p><font color=red><b>Bold <i>unclosed <u>until the end")
    text = html(tmp_path, body)
    words = ["One", "two", "three", "Reading", "ruby note", "second note", "Pick",
             "then this stays", "Bold", "unclosed", "until the end"]
    positions = [text.find(w) for w in words]
    assert -1 not in positions, text
    assert positions == sorted(positions)
    assert "hidden choice" not in text  # a <select>'s options are a form, not prose


def test_text_misplaced_in_a_table_comes_before_it_as_a_browser_shows_it(tmp_path: Path) -> None:
    text = html(tmp_path, "<table>Caption-like words<tr><td>cell</td></tr></table><p>after")
    assert text.index("Caption-like words") < text.index("cell") < text.index("after")


def test_scripts_styles_and_hidden_text_are_still_dropped(tmp_path: Path) -> None:
    text = html(tmp_path, "<script>var x = 'code'</script><style>p {}</style>"
                          "<p>Shown<embed src=x><span hidden>secret</span> too</p>"
                          "<div style='display: none'>gone</div><noscript>no js</noscript>")
    assert text == "Shown too\n"


@pytest.mark.parametrize("markup", [
    "<div>" * 20_000,  # deep nesting: html5lib's scope walk was quadratic
    "<b>" * 20_000,  # formatting elements: BeautifulSoup's adapter was quadratic
    "<b class=x>" * 3_000,  # distinct attributes, so the Noah's Ark clause cannot help
    "<optgroup><option>" * 5_000,  # implied end tags: html5lib recursed per element
    "a</a>" * 100_000,  # text pieces between stray end tags
])
def test_pathological_markup_is_read_quickly(tmp_path: Path, markup: str) -> None:
    start = time.perf_counter()
    text = html(tmp_path, f"<p>start {markup} the end")
    assert time.perf_counter() - start < 5
    assert text.startswith("start") and text.rstrip().endswith("the end")


def test_a_parse_over_its_time_budget_is_refused(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from briefer.io.importers import webpage

    monkeypatch.setattr(webpage, "PARSE_SECONDS", -1.0)  # already late: the guard must fire
    path = tmp_path / "slow.html"
    path.write_text("<p>" + "<b>words " * 100, encoding="utf-8")
    with pytest.raises(ImportRefused, match="too tangled to read in reasonable time"):
        extract(path)


def test_declared_charset_is_read_by_the_web_s_rules(tmp_path: Path) -> None:
    # "latin1" means Windows-1252 on the web (curly quotes at 0x93/0x94)
    path = tmp_path / "old.html"
    path.write_bytes(b'<meta charset="latin1"><p>\x93quoted\x94</p>')
    assert extract(path).text == "\u201cquoted\u201d\n"
    # a label browsers do not know is ignored, not handed to Python's codecs
    path.write_bytes(b'<meta charset="punycode"><p>caf\xc3\xa9</p>')
    assert extract(path).text == "caf\xe9\n"


# -- Word ---------------------------------------------------------------------------

def test_nested_layout_tables_are_read_once(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Before the tables.")
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    for _ in range(14):  # each level used to double the text (2**14 copies here)
        cell = cell.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = "Deep words."
    document.add_paragraph("After the tables.")
    document.save(str(tmp_path / "nested.docx"))
    start = time.perf_counter()
    text = extract(tmp_path / "nested.docx").text
    assert time.perf_counter() - start < 5
    assert text == "Before the tables.\n\nDeep words.\n\nAfter the tables.\n"


def test_huge_list_level_or_column_span_is_capped(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("Intro.")
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = document.element.body
    body.insert(1, parse_xml(
        f'<w:tbl {ns}><w:tr><w:tc><w:tcPr><w:gridSpan w:val="999999999"/></w:tcPr>'
        '<w:p><w:r><w:t>wide</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>cell</w:t></w:r>'
        '</w:p></w:tc></w:tr></w:tbl>'))
    body.insert(2, parse_xml(
        f'<w:p {ns}><w:pPr><w:numPr><w:ilvl w:val="999999999"/><w:numId w:val="1"/>'
        '</w:numPr></w:pPr><w:r><w:t>deep item</w:t></w:r></w:p>'))
    document.save(str(tmp_path / "odd.docx"))
    start = time.perf_counter()
    text = extract(tmp_path / "odd.docx").text
    assert time.perf_counter() - start < 5 and len(text) < 2000
    assert "wide" in text and "cell" in text and "deep item" in text


# -- metadata: a bad field is skipped with a warning -------------------------------

def write_json(path: Path, items: list[dict[str, object]]) -> Path:
    path.write_text(json.dumps(items), encoding="utf-8")
    return path


def test_bad_url_in_csl_json_is_left_empty_with_a_warning(tmp_path: Path) -> None:
    refs = write_json(tmp_path / "refs.json", [
        {"title": "First", "URL": "https://example.com/a"},
        {"title": "Second", "URL": "https://example.com/b"},
        {"title": "Third", "URL": BAD_URL, "container-title": "Globe",
         "author": [{"family": "Doe", "given": "Jane"}]},
    ])
    items = read_metadata(refs)
    assert [i.title for i in items] == ["First", "Second", "Third"]
    assert items[2].URL == "" and items[2].container_title == "Globe"
    assert items[2].author == [{"family": "Doe", "given": "Jane"}]
    assert [str(w) for w in items.warnings] == [
        "refs.json, item 3: URL 'http://[::1' is not a valid address; left empty"]


def test_bad_url_in_ris_is_left_empty_with_a_warning(tmp_path: Path) -> None:
    ris = tmp_path / "refs.ris"
    ris.write_text("TY  - NEWS\nTI  - Good one\nUR  - https://example.com/\nER  - \n"
                   f"TY  - NEWS\nTI  - Bad link\nUR  - {BAD_URL}\nPY  - 2019\nER  - \n",
                   encoding="utf-8")
    items = read_metadata(ris)
    assert [(i.title, i.URL) for i in items] == [("Good one", "https://example.com/"),
                                                 ("Bad link", "")]
    assert items[1].issued == {"date-parts": [[2019]]}
    assert [str(w) for w in items.warnings] == [
        "refs.ris, item 2: URL 'http://[::1' is not a valid address; left empty"]


def test_other_bad_fields_are_skipped_and_named(tmp_path: Path) -> None:
    refs = write_json(tmp_path / "refs.json", [{
        "title": "Kept", "URL": "http://example.com:99999/", "issued": {"date-parts": "soon"},
        "author": [{"family": "Doe"}, 42, {"family": ["not", "text"]}],
        "container-title": {"nested": True}, "publisher": "Press\x01",
    }])
    (item,) = read_metadata(refs)
    assert (item.title, item.URL, item.issued, item.container_title, item.publisher) == (
        "Kept", "", None, "", "Press")
    assert item.author == [{"family": "Doe"}]
    warnings = [str(w) for w in read_metadata(refs).warnings]
    for field in ("URL", "issued", "author 2", "author 3", "container-title",
                  "control character"):
        assert any(w.startswith("refs.json, item 1: ") and field in w for w in warnings), field


def test_normalise_url_never_raises() -> None:
    for url in (BAD_URL, "http://a:b:c/", "http://host:99999/", "https://\uff03/"):
        assert isinstance(normalise_url(url), str)
    assert normalise_url(BAD_URL) == ""


def test_one_bad_url_does_not_abort_the_batch(tmp_path: Path) -> None:
    project = _project(tmp_path)
    src = tmp_path / "in"
    src.mkdir()
    (src / "first.txt").write_text("First story\n\nIts text.\n", encoding="utf-8")
    (src / "second.txt").write_text("Second story\n\nMore text.\n", encoding="utf-8")
    write_json(src / "refs.json", [
        {"title": "First story", "URL": BAD_URL, "container-title": "Globe"},
        {"title": "Second story", "URL": "https://example.com/2", "publisher": "Star"},
    ])
    report = import_paths(project, [src])
    assert not report.refused
    metas = {s.meta.title: s.meta for s in project.sources.values()}
    assert metas["First story"].container_title == "Globe"
    assert metas["First story"].URL == ""
    assert metas["Second story"].URL == "https://example.com/2"


def test_a_bad_url_already_stored_does_not_block_later_metadata(tmp_path: Path) -> None:
    project = _project(tmp_path)
    src = tmp_path / "in"
    src.mkdir()
    (src / "old.txt").write_text("Old story\n\nText.\n", encoding="utf-8")
    (src / "new.txt").write_text("New story\n\nText.\n", encoding="utf-8")
    import_paths(project, [src / "old.txt", src / "new.txt"])
    old = next(s for s in project.sources.values() if s.text.startswith("Old"))
    old.meta.URL = BAD_URL  # as read from a sidecar written by an older Briefer
    refs = write_json(tmp_path / "refs.json", [{"title": "New story", "publisher": "Star"}])
    report = import_paths(project, [refs])
    new = next(s for s in project.sources.values() if s.text.startswith("New"))
    assert new.meta.publisher == "Star" and new.id in report.metadata_attached


def test_bad_url_in_a_sidecar_beside_a_source_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Some article text.\n", encoding="utf-8")
    (tmp_path / "a.yaml").write_text(f"title: From the sidecar\nURL: '{BAD_URL}'\n",
                                     encoding="utf-8")
    got = extract(tmp_path / "a.txt")
    assert (got.meta.title, got.meta.URL) == ("From the sidecar", "")
    assert "a.yaml: URL 'http://[::1' is not a valid address; left empty" in map(str, got.warnings)


# -- metadata files that used to crash or hang ------------------------------------

def test_deeply_nested_json_is_refused_not_crashed(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"deep\.json: is not a CSL-JSON"):
        read_metadata(path)


def test_ris_with_a_huge_number_or_many_continued_lines(tmp_path: Path) -> None:
    path = tmp_path / "odd.ris"
    path.write_text("TY  - NEWS\nTI  - Title\nPY  - " + "9" * 5000 + "\nAB  - start\n"
                    + "continued line\n" * 300_000 + "ER  - \n", encoding="utf-8")
    start = time.perf_counter()
    (item,) = read_metadata(path)
    assert time.perf_counter() - start < 5
    assert item.title == "Title" and item.issued is None


def _project(tmp_path: Path) -> Project:
    root = tmp_path / "project"
    (root / "sources").mkdir(parents=True)
    return Project(name="test", path=str(root))
