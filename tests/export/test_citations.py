"""Citation formatting checked against pandoc --citeproc with the real CSL styles."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from briefer.core.source import Source, SourceKind, SourceMeta
from briefer.export.citations import Item, get_style, long_date, plain, title_case

from .citation_items import ITEMS

STYLES_DIR = Path("/usr/share/citation-style-language/styles")
CHICAGO_CSL = STYLES_DIR / "chicago-fullnote-bibliography.csl"
APA_CSL = STYLES_DIR / "apa.csl"

needs_pandoc = pytest.mark.skipif(
    shutil.which("pandoc") is None or not CHICAGO_CSL.exists(),
    reason="pandoc and the Debian package citation-style-language-styles are needed",
)


def _pandoc(csl: Path, tmp: Path) -> str:
    """Cite every item twice, in order, and return pandoc's plain-text rendering."""
    (tmp / "refs.json").write_text(json.dumps(ITEMS), encoding="utf-8")
    cites = "\n\n".join(f"X[@{item['id']}]" for item in ITEMS)
    (tmp / "doc.md").write_text(f"{cites}\n\n{cites}\n", encoding="utf-8")
    result = subprocess.run(
        ["pandoc", str(tmp / "doc.md"), "--citeproc", "--csl", str(csl),
         "--bibliography", str(tmp / "refs.json"), "-t", "plain", "--wrap=none"],
        capture_output=True, text=True, check=True, timeout=120)
    return result.stdout


@pytest.fixture(scope="module")
def chicago_ref(tmp_path_factory) -> str:
    return _pandoc(CHICAGO_CSL, tmp_path_factory.mktemp("chicago"))


@pytest.fixture(scope="module")
def apa_ref(tmp_path_factory) -> str:
    return _pandoc(APA_CSL, tmp_path_factory.mktemp("apa"))


def _item(data: dict) -> Item:
    return Item.from_meta(SourceMeta.from_csl(data))


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


@needs_pandoc
@pytest.mark.parametrize("index", range(len(ITEMS)), ids=[i["id"] for i in ITEMS])
def test_chicago_notes_match_pandoc(chicago_ref: str, index: int) -> None:
    notes = dict(re.findall(r"^\[(\d+)\] (.*)$", chicago_ref, re.M))
    item = _item(ITEMS[index])
    style = get_style("chicago")
    assert plain(style.full(item)) == notes[str(index + 1)]
    assert plain(style.short(item)) == notes[str(index + 1 + len(ITEMS))]


@needs_pandoc
@pytest.mark.parametrize("index", range(len(ITEMS)), ids=[i["id"] for i in ITEMS])
def test_chicago_bibliography_matches_pandoc(chicago_ref: str, index: int) -> None:
    entries = [p for p in _paragraphs(chicago_ref) if not p.startswith(("[", "X"))]
    assert plain(get_style("chicago").bibliography(_item(ITEMS[index]))) in entries


@needs_pandoc
def test_chicago_bibliography_order_matches_pandoc(chicago_ref: str) -> None:
    entries = [p for p in _paragraphs(chicago_ref) if not p.startswith(("[", "X"))]
    style = get_style("chicago")
    items = sorted((_item(i) for i in ITEMS), key=style.sort_key)
    assert [plain(style.bibliography(i)) for i in items] == entries


@needs_pandoc
@pytest.mark.parametrize("index", range(len(ITEMS)), ids=[i["id"] for i in ITEMS])
def test_apa_matches_pandoc(apa_ref: str, index: int) -> None:
    cites = re.findall(r"^X\((.*)\)$", apa_ref, re.M)
    entries = [p for p in _paragraphs(apa_ref) if not p.startswith("X")]
    style = get_style("apa")
    item = _item(ITEMS[index])
    assert style.intext(item) == cites[index]
    assert plain(style.bibliography(item)) in entries


def test_newspaper_note_has_italic_outlet() -> None:
    spans = get_style("chicago").full(_item(ITEMS[0]))
    assert [s.text for s in spans if s.italic] == ["The Hill Times"]
    assert plain(spans) == ("Jane Smith, “Canada Rethinks Its Progressive Trade Agenda,” "
                            "The Hill Times, March 5, 2018, https://example.com/a.")


@pytest.mark.parametrize("style_name", ["chicago", "apa"])
def test_missing_metadata_never_leaves_empty_commas(style_name: str) -> None:
    style = get_style(style_name)
    bare = Source(id="s", text="With Canada’s trade agenda meeting resistance, officials rethink.")
    survey = Source(id="v", text="# Question\n\n1. Answer.", kind=SourceKind.SURVEY)
    for source in (bare, survey):
        item = Item.from_source(source)
        for text in (plain(style.full(item)), plain(style.short(item)),
                     plain(style.bibliography(item))):
            assert ", ," not in text and ",," not in text and ". ." not in text
            assert not text.startswith((",", ".", " "))
            assert text.endswith((".", "”"))
    assert "n.d." in plain(style.full(Item.from_source(bare)))


def test_untitled_article_is_described_by_its_first_words() -> None:
    source = Source(id="s", text="With Canada’s “progressive trade agenda” meeting more "
                                 "apparent resistance from partners than intended.")
    note = plain(get_style("chicago").full(Item.from_source(source)))
    assert note.startswith("[Untitled article beginning “With Canada’s")
    assert note.endswith("n.d.")


def test_survey_locator_is_added() -> None:
    survey = Source(id="v", text="x", kind=SourceKind.SURVEY,
                    meta=SourceMeta(title="Expert survey on Canada–US trade", issued="2023"))
    style = get_style("chicago")
    assert plain(style.full(Item.from_source(survey), "response 3 to question 1")) == (
        "“Expert Survey on Canada–US Trade” (2023), response 3 to question 1.")
    assert plain(style.short(Item.from_source(survey), "response 3 to question 1")) == (
        "“Expert Survey on Canada–US Trade,” response 3 to question 1.")


def test_dates_degrade() -> None:
    assert long_date({"date-parts": [[2018, 3, 5]]}) == "March 5, 2018"
    assert long_date("2019-11") == "November 2019"
    assert long_date({"date-parts": [[2019, 13]]}) == "2019"
    assert long_date("someday") == ""
    assert long_date(None) == ""


def test_title_case() -> None:
    assert title_case("the rise of the machines: a look at trade in the age of AI") == (
        "The Rise of the Machines: A Look at Trade in the Age of AI")


def test_unknown_style_is_refused() -> None:
    with pytest.raises(ValueError, match="chicago"):
        get_style("mla")
