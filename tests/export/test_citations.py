"""Citation formatting checked against pandoc --citeproc with the real CSL styles.

pandoc's chicago-fullnote-bibliography.csl is the reference for every element
of Chicago notes and bibliography entries, with the three places where it
departs from the Chicago Manual itself and Briefer follows the Manual
(``cmos_entry`` below): an unsigned article listed under its outlet is
sorted there too, with a leading "The", "A" or "An" ignored (CMOS 14.207,
14.66-14.70); a title with nothing between it and the date is closed by a
period, as every element of an entry is ("National Post. “Headline.” July 2,
2025."); and that outlet keeps its italics. pandoc's apa.csl is the
reference for APA, entries, order and footnotes alike.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from briefer.core.source import Source, SourceKind, SourceMeta
from briefer.export.citations import (
    REPEATED_NAME,
    Item,
    Span,
    describe_untitled,
    get_style,
    long_date,
    plain,
    title_case,
)

from tests.helpers.citation_items import ITEMS, MORE_ITEMS

STYLES_DIR = Path("/usr/share/citation-style-language/styles")
CHICAGO_CSL = STYLES_DIR / "chicago-fullnote-bibliography.csl"
APA_CSL = STYLES_DIR / "apa.csl"
ALL = ITEMS + MORE_ITEMS

needs_pandoc = pytest.mark.skipif(
    shutil.which("pandoc") is None or not CHICAGO_CSL.exists(),
    reason="pandoc and the Debian package citation-style-language-styles are needed",
)


def _pandoc(csl: Path, tmp: Path, to: str = "plain") -> str:
    """Cite every item twice in the text, then once in a footnote of its own.

    Notes 1..n are the first citations, n+1..2n the later ones; for APA the
    footnotes ``^[[@id]]`` are numbered 1..n (the in-text citations are not notes).
    """
    (tmp / "refs.json").write_text(json.dumps(ALL), encoding="utf-8")
    cites = "\n\n".join(f"X[@{item['id']}]" for item in ALL)
    notes = "\n\n".join(f"F^[[@{item['id']}]]" for item in ALL)
    (tmp / "doc.md").write_text(f"{cites}\n\n{cites}\n\n{notes}\n", encoding="utf-8")
    result = subprocess.run(
        ["pandoc", str(tmp / "doc.md"), "--citeproc", "--csl", str(csl),
         "--bibliography", str(tmp / "refs.json"), "-t", to, "--wrap=none"],
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


def _entries(ref: str) -> list[str]:
    return [p for p in _paragraphs(ref) if not p.startswith(("[", "X", "F"))]


def _notes(ref: str) -> dict[int, str]:
    return {int(n): text for n, text in re.findall(r"^\[(\d+)\] (.*)$", ref, re.M)}


def _expand_dashes(entries: list[str]) -> list[str]:
    """The 3-em dash written out as the name it stands for (the entry above's)."""
    out, lead = [], ""
    for entry in entries:
        if entry.startswith(REPEATED_NAME):
            entry = lead + entry[len(REPEATED_NAME):]
        lead = entry.split(". ", 1)[0]
        out.append(entry)
    return out


def cmos_entry(entry: str) -> str:
    """pandoc's Chicago entry as CMOS prints it: a period, not a comma, after the title.

    pandoc leaves the comma that joins outlet and date when there is no outlet
    between title and date (“Headline,” July 2, 2025); nothing else in an
    entry has ',” ' after the title.
    """
    return entry.replace(",” ", ".” ", 1)


# -- Chicago ----------------------------------------------------------------------

@needs_pandoc
@pytest.mark.parametrize("index", range(len(ALL)), ids=[i["id"] for i in ALL])
def test_chicago_notes_match_pandoc(chicago_ref: str, index: int) -> None:
    notes = _notes(chicago_ref)
    item = _item(ALL[index])
    style = get_style("chicago")
    assert plain(style.full(item)) == notes[index + 1]
    assert plain(style.short(item)) == notes[index + 1 + len(ALL)]


@needs_pandoc
@pytest.mark.parametrize("index", range(len(ALL)), ids=[i["id"] for i in ALL])
def test_chicago_bibliography_matches_pandoc(chicago_ref: str, index: int) -> None:
    entries = [cmos_entry(e) for e in _expand_dashes(_entries(chicago_ref))]
    assert plain(get_style("chicago").bibliography(_item(ALL[index]))) in entries


@needs_pandoc
def test_chicago_bibliography_holds_pandocs_entries_in_cmos_order(chicago_ref: str) -> None:
    style = get_style("chicago")
    ours = [plain(e) for e in style.bibliography_list([_item(i) for i in ALL])]
    assert sorted(_expand_dashes(ours)) == sorted(
        cmos_entry(e) for e in _expand_dashes(_entries(chicago_ref)))
    firsts = [re.split(r"\.”? ", e, maxsplit=1)[0] for e in ours]
    assert firsts == [
        "Adams, Al, Bo Baker, Cy Clark, and Di Dunn",
        "Canadian Press",
        "“Expert Survey on Canada–US Trade",  # "Expert" before "Export"
        "“Expert Survey on Canada–US Trade Relations",
        "Export Development Canada",
        "Gagnon, Luc",
        "Global Affairs Canada",  # an unsigned web page, under its site
        "Globe and Mail",  # "Buy American…", under its newspaper
        "The Globe and Mail",  # "Zinc…": "The" ignored in sorting
        "Leblanc, Paul, and John Doe",
        "National Post",
        "Nguyen, An, Rick Roe, and Min-Jun Park",
        "“Ports Brace for Strike",
        "Roy, Élise",
        "Singh, Harpreet",
        "Smith, Jane",  # “Canada Rethinks …” before “A Second Look …” (article ignored)
        REPEATED_NAME,
        "“Survey of Trade Experts",
        "“Trade Talks Stall",
        "Tremblay, Marie-Ève",
        "Wong, Grace",
    ]
    assert ours[firsts.index("Smith, Jane")].startswith("Smith, Jane. “Canada Rethinks")


def test_unsigned_article_is_listed_and_sorted_under_its_newspaper() -> None:
    """The reviewer's case: printed as “The Globe and Mail. …”, it must not sort by headline."""
    style = get_style("chicago")
    globe = _item({"type": "article-newspaper", "title": "Aardvark tariffs return",
                   "container-title": "The Globe and Mail",
                   "issued": {"date-parts": [[2022, 9, 12]]}})
    items = [globe, _item(ALL[0]), _item(ALL[1])]  # Smith, Leblanc & Doe
    entries = [plain(e) for e in style.bibliography_list(items)]
    assert entries[0].startswith("The Globe and Mail. “Aardvark Tariffs Return.”")
    assert [e.split(",")[0] for e in entries] == ["The Globe and Mail. “Aardvark Tariffs Return.”"
                                                  " September 12", "Leblanc", "Smith"]


def test_bibliography_elements_end_with_periods_notes_use_commas() -> None:
    style = get_style("chicago")
    unsigned = _item(MORE_ITEMS[1])  # National Post, no author
    assert plain(style.bibliography(unsigned)) == (
        "National Post. “Canada Demands Reciprocity Following Major U.S. Concessions.” "
        "July 2, 2025.")
    assert plain(style.full(unsigned)) == (
        "“Canada Demands Reciprocity Following Major U.S. Concessions,” National Post, "
        "July 2, 2025.")
    for data in ALL:
        assert ",” " not in plain(style.bibliography(_item(data)))
    spans = style.bibliography(unsigned)
    assert spans[0] == Span("National Post", italic=True)


def test_repeated_author_becomes_a_dash() -> None:
    style = get_style("chicago")
    entries = [plain(e) for e in style.bibliography_list([_item(ALL[0]), _item(MORE_ITEMS[-1])])]
    assert entries[0].startswith("Smith, Jane. “Canada Rethinks")
    assert entries[1] == "———. “A Second Look at Steel.” The Hill Times, April 9, 2019."


# -- italics (compared with pandoc's HTML) ---------------------------------------

def _html(spans: list[Span]) -> str:
    return "".join(f"<em>{s.text}</em>" if s.italic else s.text for s in spans)


def _html_entries(ref: str) -> list[str]:
    entries = re.findall(r'class="csl-entry"[^>]*>\s*(.*?)\s*</div>', ref, re.S)
    return [html.unescape(re.sub(r"</?(?:span|a)\b[^>]*>", "", e)) for e in entries]


@needs_pandoc
@pytest.mark.parametrize("style_name", ["chicago", "apa"])
def test_italics_match_pandoc(style_name: str, tmp_path: Path) -> None:
    csl = CHICAGO_CSL if style_name == "chicago" else APA_CSL
    expected = _expand_dashes(_html_entries(_pandoc(csl, tmp_path, to="html")))
    style = get_style(style_name)
    for data in ALL:
        item = _item(data)
        if style_name == "chicago":
            expected = [cmos_entry(e) for e in expected]
            if not item.authors and item.container and item.type.startswith("article"):
                # CMOS keeps the newspaper's name in italics when the entry starts with it
                expected = [f"<em>{item.container}</em>" + e[len(item.container):]
                            if e.startswith(f"{item.container}. “{title_case(item.title)}")
                            else e for e in expected]
        assert _html(style.bibliography(item)) in expected


# -- APA ----------------------------------------------------------------------------

@needs_pandoc
@pytest.mark.parametrize("index", range(len(ALL)), ids=[i["id"] for i in ALL])
def test_apa_matches_pandoc(apa_ref: str, index: int) -> None:
    cites = re.findall(r"^X\((.*)\)$", apa_ref, re.M)
    style = get_style("apa")
    item = _item(ALL[index])
    assert style.intext(item) == cites[index]
    assert plain(style.bibliography(item)) in _entries(apa_ref)


@needs_pandoc
def test_apa_reference_list_order_matches_pandoc(apa_ref: str) -> None:
    style = get_style("apa")
    ours = [plain(e) for e in style.bibliography_list([_item(i) for i in ALL])]
    assert ours == _entries(apa_ref)


@needs_pandoc
@pytest.mark.parametrize("index", range(len(ALL)), ids=[i["id"] for i in ALL])
def test_apa_footnotes_are_pandocs_parenthetical_citation(apa_ref: str, index: int) -> None:
    """A footnote holds (Author, Year), first time and every time: pandoc's ``^[[@id]]``."""
    style = get_style("apa")
    item = _item(ALL[index])
    assert plain(style.full(item)) == _notes(apa_ref)[index + 1]
    assert plain(style.short(item)) == plain(style.full(item))


def test_apa_footnote_carries_the_survey_locator() -> None:
    style = get_style("apa")
    survey = _item(MORE_ITEMS[5])
    assert plain(style.full(survey, "response 3 to question 1")) == (
        "(Expert Survey on Canada–US Trade Relations, 2023, response 3 to question 1)")


def test_apa_keeps_the_case_titles_were_entered_in() -> None:
    """Like pandoc's apa.csl: no case change in references, signed or unsigned.

    Sentence case would lower-case proper nouns it cannot know ("U.S.", "NAFTA").
    """
    style = get_style("apa")
    unsigned = plain(style.bibliography(_item(MORE_ITEMS[1])))
    assert unsigned.startswith("Canada Demands Reciprocity Following Major U.S. Concessions. ")
    signed = dict(MORE_ITEMS[1], author=[{"family": "Smith", "given": "Jane"}])
    assert "(2025, July 2). Canada Demands Reciprocity Following Major U.S. Concessions. " \
        in plain(style.bibliography(_item(signed)))
    assert "Dairy quotas and the new NAFTA." in plain(style.bibliography(_item(ITEMS[2])))


# -- sources without metadata ---------------------------------------------------------

@pytest.mark.parametrize("style_name", ["chicago", "apa"])
def test_missing_metadata_never_leaves_empty_commas(style_name: str) -> None:
    style = get_style(style_name)
    bare = Source(id="s", text="With Canada’s trade agenda meeting resistance, officials rethink.")
    survey = Source(id="v", text="# Question\n\n1. Answer.", kind=SourceKind.SURVEY)
    empty = Source(id="e", text="")
    for source in (bare, survey, empty):
        item = Item.from_source(source)
        for text in (plain(style.full(item)), plain(style.short(item)),
                     plain(style.bibliography(item))):
            assert ", ," not in text and ",," not in text and ". ." not in text
            assert not text.startswith((",", ".", " "))
            assert text.endswith((".", "”", ")"))
    assert "n.d." in plain(style.full(Item.from_source(bare)))


WASHINGTON = ("WASHINGTON, D.C. — Recent trade negotiations between Canada and the United "
              "States have seen little progress, as attention shifts toward Mexico.\n")


def test_untitled_article_is_a_short_bracketed_description() -> None:
    source = Source(id="s", text="Skip to main content\n\n" + WASHINGTON)
    chicago = get_style("chicago")
    assert describe_untitled(source) == "Article: “Recent trade negotiations between Canada…”"
    note = plain(chicago.full(Item.from_source(source)))
    assert note == "[Article: “Recent trade negotiations between Canada…”], n.d."
    assert "Untitled article beginning" not in note and "Skip to main" not in note
    assert plain(get_style("apa").full(Item.from_source(source))) == (
        "([Article: “Recent trade negotiations between Canada…”], n.d.)")


@pytest.mark.parametrize("text", [
    WASHINGTON,
    "With Canada’s “progressive trade agenda” meeting more apparent resistance from partners.",
    "Short headline\n\nBody.",
    "word " * 40,
])
def test_description_stays_within_eight_words(text: str) -> None:
    description = describe_untitled(Source(id="s", text=text))
    assert len(description.split()) <= 8
    assert description.count("“") == 1 and description.count("”") == 1  # inner quotes single


def test_description_names_the_kind_of_work() -> None:
    survey = Source(id="v", text="# What is the most significant challenge in the trade "
                                 "relationship?\n\n1. Answer.", kind=SourceKind.SURVEY,
                    meta=SourceMeta(genre="survey"))
    # a survey opens with a question, which must not pass for its title
    assert describe_untitled(survey) == "Untitled survey"
    page = Source(id="p", text="Softwood lumber", meta=SourceMeta(type="webpage"))
    assert describe_untitled(page) == "Web page: “Softwood lumber”"
    item = Item.from_source(survey)
    assert item.genre == ""  # the description already says "Survey"
    assert plain(get_style("chicago").full(item)) == "[Untitled survey], n.d."


def test_survey_locator_is_added() -> None:
    survey = Source(id="v", text="x", kind=SourceKind.SURVEY,
                    meta=SourceMeta(title="Expert survey on Canada–US trade", issued="2023"))
    style = get_style("chicago")
    assert plain(style.full(Item.from_source(survey), "response 3 to question 1")) == (
        "“Expert Survey on Canada–US Trade,” 2023, response 3 to question 1.")
    assert plain(style.short(Item.from_source(survey), "response 3 to question 1")) == (
        "“Expert Survey on Canada–US Trade,” response 3 to question 1.")


def test_newspaper_note_has_italic_outlet() -> None:
    spans = get_style("chicago").full(_item(ITEMS[0]))
    assert [s.text for s in spans if s.italic] == ["The Hill Times"]
    assert plain(spans) == ("Jane Smith, “Canada Rethinks Its Progressive Trade Agenda,” "
                            "The Hill Times, March 5, 2018, https://example.com/a.")


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
