"""What Briefer hands the CSL processor, and how it reads the processor's answer:
a source's CSL item (default type, dates as people typed them, a description for a
missing title), and pandoc's document tree turned into Word runs."""

from __future__ import annotations

import pytest

from briefer.core.source import Source, SourceKind, SourceMeta
from briefer.export.cite import csl_item, describe_untitled
from briefer.export.citeproc import CitationError, Span, _read

WASHINGTON = ("WASHINGTON, D.C. — Recent trade negotiations between Canada and the United "
              "States have seen little progress, as attention shifts toward Mexico.\n")


def test_an_untitled_article_is_a_short_bracketed_description() -> None:
    source = Source(id="s", text="Skip to main content\n\n" + WASHINGTON)
    assert describe_untitled(source) == "[Article: “Recent trade negotiations between Canada…”]"
    item = csl_item(source)
    assert item["title"] == ('<span class="nocase">[Article: “Recent trade negotiations '
                             'between Canada…”]</span>')  # kept in its own case
    assert item["type"] == "article-newspaper"


@pytest.mark.parametrize("text", [
    WASHINGTON,
    'With Canada\'s "progressive trade agenda" meeting more apparent resistance.',
    "Short headline\n\nBody.",
    "word " * 40,
])
def test_a_description_stays_within_eight_words(text: str) -> None:
    description = describe_untitled(Source(id="s", text=text))
    assert len(description.split()) <= 8
    assert description.startswith("[Article: “") and description.endswith("”]")
    assert description.count("“") == 1 and description.count("”") == 1
    if len(text.split()) > 7:
        assert description.endswith("…”]")


def test_a_description_names_the_kind_of_work() -> None:
    survey = Source(id="v", text="# What is the most significant challenge?\n\n1. Answer.",
                    kind=SourceKind.SURVEY, meta=SourceMeta(genre="survey"))
    assert describe_untitled(survey) == "[Untitled survey]"  # a question is not a title
    item = csl_item(survey)
    assert item["type"] == "report" and "genre" not in item  # the description says it
    assert describe_untitled(Source(id="p", text="Softwood lumber",
                                    meta=SourceMeta(type="webpage"))) == \
        "[Web page: “Softwood lumber”]"
    assert describe_untitled(Source(id="e", text="Tariffs now",
                                    meta=SourceMeta(genre="editorial"))) == \
        "[Editorial: “Tariffs now”]"
    assert describe_untitled(Source(id="x", text="")) == "[Untitled article]"
    assert describe_untitled(Source(id="r", text="Findings",
                                    meta=SourceMeta(type="report"))) == "[Report: “Findings”]"
    assert describe_untitled(Source(id="d", text="Findings",
                                    meta=SourceMeta(type="legal_case"))) == \
        "[Document: “Findings”]"


def test_the_item_carries_every_field_with_dates_made_csl_dates() -> None:
    meta = SourceMeta.from_csl({
        "type": "article-journal", "title": "Rules of origin", "container-title": "JCP",
        "issued": "September 16, 2025", "accessed": "16 septembre 2025", "volume": "12",
        "page": "45-67", "DOI": "10.1/x", "event-date": "not a date",
        "original-date": {"date-parts": [["2020", "1"]]}, "note": "ok\x0b"})
    item = csl_item(Source(id="j", text="t", meta=meta))
    assert item["issued"] == {"date-parts": [[2025, 9, 16]]}
    assert item["accessed"] == {"date-parts": [[2025, 9, 16]]}
    assert item["original-date"] == {"date-parts": [[2020, 1]]}
    assert "event-date" not in item  # unreadable: left out (check names it)
    assert (item["volume"], item["page"], item["DOI"]) == ("12", "45-67", "10.1/x")
    assert item["note"] == "ok" and "id" not in item
    assert item["type"] == "article-journal" and item["title"] == "Rules of origin"


def _doc(note_inlines: list, refs: list | None = None) -> dict:
    blocks = [{"t": "Para", "c": [{"t": "Str", "c": "x"},
                                  {"t": "Note", "c": [{"t": "Para", "c": note_inlines}]}]}]
    if refs is not None:
        blocks.append({"t": "Div", "c": [["refs", [], []], refs]})
    return {"blocks": blocks}


def _s(text: str) -> dict:
    return {"t": "Str", "c": text}


SPACE = {"t": "Space"}


def test_every_kind_of_inline_becomes_runs_as_word_shows_it() -> None:
    inlines = [
        {"t": "Cite", "c": [[], [
            {"t": "Span", "c": [["", [], []], [_s("A"), SPACE]]},
            {"t": "Emph", "c": [_s("Title"), SPACE, {"t": "Strong", "c": [_s("bold")]}]},
            {"t": "SoftBreak"}, {"t": "SmallCaps", "c": [_s("caps")]},
            {"t": "Superscript", "c": [_s("o")]}, {"t": "Subscript", "c": [_s("2")]},
            {"t": "Underline", "c": [_s("u")]}, {"t": "LineBreak"},
            {"t": "Quoted", "c": [{"t": "DoubleQuote"}, [_s("dq")]]},
            {"t": "Quoted", "c": [{"t": "SingleQuote"}, [_s("sq")]]},
            {"t": "Link", "c": [["", [], []], [_s("https://x.ca")], ["https://x.ca", ""]]},
            {"t": "Code", "c": [["", [], []], "c1"]},
            {"t": "Strikeout", "c": [_s("s")]},
            {"t": "RawInline", "c": ["html", "<b>"]},
        ]]}]
    done = _read(_doc(inlines), {}, 1)
    assert done.notes == [[
        Span("A "), Span("Title ", italic=True), Span("bold", italic=True, bold=True),
        Span(" "), Span("caps", small_caps=True), Span("o", superscript=True),
        Span("2", subscript=True), Span("u", underline=True),
        Span(" “dq”‘sq’https://x.cac1s")]]


def test_the_bibliography_keeps_each_entry_with_its_source() -> None:
    refs = [{"t": "Div", "c": [["ref-b1", [], []],
                               [{"t": "Para", "c": [SPACE, _s("Two."), SPACE]}]]},
            {"t": "Para", "c": [_s("not an entry")]},
            {"t": "Div", "c": [["ref-b0", [], []],
                               [{"t": "Para", "c": [_s("One.")]},
                                {"t": "Para", "c": [_s("More.")]}]]}]
    done = _read(_doc([_s("n")], refs), {"b0": "alpha", "b1": "beta"}, 1)
    assert done.entries == [("beta", [Span("Two.")]), ("alpha", [Span("One. More.")])]
    assert done.notes == [[Span("n")]]


def test_a_processor_that_loses_a_note_is_an_error_not_a_wrong_footnote() -> None:
    with pytest.raises(CitationError, match="returned 1 notes for 2 citations"):
        _read(_doc([_s("n")]), {}, 2)


def test_in_a_french_note_a_description_is_french() -> None:
    survey = Source(id="v", text="# Question?\n\n1. Answer.", kind=SourceKind.SURVEY)
    assert describe_untitled(survey, "fr-CA") == "[Sondage sans titre]"
    article = Source(id="s", text="Skip to main content\n\n" + WASHINGTON)
    assert describe_untitled(article, "fr-CA") == (
        "[Article\u00a0: «\u202fRecent trade negotiations between Canada…\u202f»]")
    assert "Sondage" in csl_item(survey, "fr-CA")["title"]


def test_a_date_yaml_read_in_any_field_reaches_the_processor_as_text() -> None:
    import datetime

    from briefer.export.citeproc import Cite, render
    from briefer.export.csl_styles import find_style

    meta = SourceMeta.from_csl({"title": "Tariffs", "container-title": "Globe",
                                "issued": datetime.date(2025, 1, 2),
                                "available-date": datetime.date(2024, 1, 1),
                                "dimensions": datetime.date(2024, 2, 3)})
    item = csl_item(Source(id="s", text="x", meta=meta))
    assert item["issued"] == {"date-parts": [[2025, 1, 2]]}
    assert item["available-date"] == {"date-parts": [[2024, 1, 1]]}
    assert item["dimensions"] == "2024-02-03"
    notes = render(find_style("chicago"), {"s": item}, [Cite("s")]).notes
    assert "January 2, 2025" in "".join(s.text for s in notes[0])
