"""Citation rules that mutation testing found untested: how many authors, and more.

Chicago (17th ed.): a note names one to three authors, and for four or more
only the first followed by "et al." (14.76); a bibliography entry names up to
ten, and for more than ten the first seven followed by "et al.". APA (7th ed.,
9.8): a reference names up to twenty authors with "&" before the last, and for
twenty-one or more the first nineteen, an ellipsis (no "&") and the last; in
the text, three or more authors are "First et al.", two are "A & B".

The last part covers other elements a reader sees: undated reports, publishers,
chapters, genres, access dates, the order of a reference list, untitled sources.

Each test was checked to fail when its rule is broken in the code
(``scripts/mutation.sh citations``). Items are built as in test_citations.py.
"""

from __future__ import annotations

import pytest

from briefer.core.source import Source, SourceMeta
from briefer.export.citations import Item, get_style, plain

FAMILY = ["Adams", "Baker", "Clark", "Dunn", "Evans", "Fox", "Grant", "Hill", "Irwin", "Jones",
          "King", "Lee", "Moore", "Nash", "Owen", "Price", "Quinn", "Reid", "Shaw", "Tate",
          "Underwood", "Vance"]
GIVEN = ["Ann", "Bob", "Cal", "Dee", "Eve", "Fay", "Gus", "Hal", "Ida", "Jo", "Kay", "Lou",
         "Max", "Ned", "Oz", "Pat", "Quin", "Ray", "Sue", "Tom", "Uma", "Val"]


def item(authors: int) -> Item:
    data = {"id": f"a{authors}", "type": "article-newspaper",
            "title": f"Trade study with {authors} authors", "container-title": "Policy Options",
            "author": [{"family": FAMILY[i], "given": GIVEN[i]} for i in range(authors)],
            "issued": {"date-parts": [[2020, 5, 2]]}}
    return Item.from_meta(SourceMeta.from_csl(data))


def chicago_bibliography(authors: int) -> str:
    return plain(get_style("chicago").bibliography(item(authors)))


def apa_reference(authors: int) -> str:
    return plain(get_style("apa").bibliography(item(authors)))


def full_name(i: int) -> str:
    return f"{GIVEN[i]} {FAMILY[i]}"


def apa_name(i: int) -> str:
    return f"{FAMILY[i]}, {GIVEN[i][0]}."


# -- Chicago: notes --------------------------------------------------------------------

@pytest.mark.parametrize("authors, first, later", [
    (1, "Ann Adams", "Adams"),
    (2, "Ann Adams and Bob Baker", "Adams and Baker"),
    (3, "Ann Adams, Bob Baker, and Cal Clark", "Adams, Baker, and Clark"),
    (4, "Ann Adams et al.", "Adams et al."),
    (10, "Ann Adams et al.", "Adams et al."),
    (11, "Ann Adams et al.", "Adams et al."),
    (21, "Ann Adams et al.", "Adams et al."),
])
def test_chicago_notes_name_up_to_three_authors(authors: int, first: str, later: str) -> None:
    chicago = get_style("chicago")
    title = f"“Trade Study with {authors} Authors"
    assert plain(chicago.full(item(authors))) == (
        f"{first}, {title},” Policy Options, May 2, 2020.")
    assert plain(chicago.short(item(authors))) == f"{later}, {title}.”"


# -- Chicago: bibliography -------------------------------------------------------------

def test_chicago_bibliography_lists_ten_authors_in_full() -> None:
    others = ", ".join(full_name(i) for i in range(1, 9))
    assert chicago_bibliography(10) == (
        f"Adams, Ann, {others}, and Jo Jones. “Trade Study with 10 Authors.” "
        "Policy Options, May 2, 2020.")


@pytest.mark.parametrize("authors", [11, 12, 21, 22])
def test_chicago_bibliography_lists_seven_of_eleven_or_more(authors: int) -> None:
    entry = chicago_bibliography(authors)
    assert entry == (
        "Adams, Ann, Bob Baker, Cal Clark, Dee Dunn, Eve Evans, Fay Fox, Gus Grant, et al. "
        f"“Trade Study with {authors} Authors.” Policy Options, May 2, 2020.")
    assert full_name(7) not in entry and full_name(authors - 1) not in entry


@pytest.mark.parametrize("authors, lead", [
    (1, "Adams, Ann."),
    (2, "Adams, Ann, and Bob Baker."),  # the inverted first name needs the comma
    (3, "Adams, Ann, Bob Baker, and Cal Clark."),
    (4, "Adams, Ann, Bob Baker, Cal Clark, and Dee Dunn."),  # all of them, unlike a note
])
def test_chicago_bibliography_names_every_author_of_a_few(authors: int, lead: str) -> None:
    assert chicago_bibliography(authors) == (
        f"{lead} “Trade Study with {authors} Authors.” Policy Options, May 2, 2020.")


def test_chicago_bibliography_repeats_eleven_authors_as_a_dash() -> None:
    """The same long author list twice: the second entry starts with the 3-em dash."""
    chicago = get_style("chicago")
    second = Item.from_meta(SourceMeta.from_csl({
        "type": "article-newspaper", "title": "A second study", "container-title": "Policy Options",
        "author": [{"family": FAMILY[i], "given": GIVEN[i]} for i in range(11)],
        "issued": {"date-parts": [[2021]]}}))
    entries = [plain(e) for e in chicago.bibliography_list([item(11), second])]
    assert entries[0].startswith("Adams, Ann, Bob Baker, Cal Clark, Dee Dunn, Eve Evans, "
                                 "Fay Fox, Gus Grant, et al. “A Second Study.”")
    assert entries[1].startswith("———. “Trade Study with 11 Authors.”")


# -- APA: reference list ---------------------------------------------------------------

def test_apa_reference_lists_twenty_authors_with_an_ampersand() -> None:
    names = ", ".join(apa_name(i) for i in range(19))
    assert apa_reference(20) == (
        f"{names}, & Tate, T. (2020, May 2). Trade study with 20 authors. Policy Options.")


@pytest.mark.parametrize("authors", [21, 22])
def test_apa_reference_lists_nineteen_then_the_last_of_twenty_one_or_more(authors: int) -> None:
    names = ", ".join(apa_name(i) for i in range(19))
    last = apa_name(authors - 1)
    entry = apa_reference(authors)
    assert entry == (
        f"{names}, … {last} (2020, May 2). Trade study with {authors} authors. Policy Options.")
    assert "&" not in entry
    assert apa_name(19) not in entry  # the twentieth is left out


@pytest.mark.parametrize("authors, lead", [
    (1, "Adams, A."),
    (2, "Adams, A., & Baker, B."),
    (3, "Adams, A., Baker, B., & Clark, C."),
])
def test_apa_reference_joins_a_few_authors_with_an_ampersand(authors: int, lead: str) -> None:
    assert apa_reference(authors) == (
        f"{lead} (2020, May 2). Trade study with {authors} authors. Policy Options.")


# -- APA: in the notes -----------------------------------------------------------------

@pytest.mark.parametrize("authors, who", [
    (1, "Adams"), (2, "Adams & Baker"), (3, "Adams et al."), (4, "Adams et al."),
    (21, "Adams et al."),
])
def test_apa_citations_name_two_authors_and_et_al_for_three_or_more(authors: int,
                                                                    who: str) -> None:
    apa = get_style("apa")
    assert plain(apa.full(item(authors))) == f"({who}, 2020)"
    assert plain(apa.short(item(authors), "p. 4")) == f"({who}, 2020, p. 4)"


# -- other elements ---------------------------------------------------------------------

def csl(**data) -> Item:
    return Item.from_meta(SourceMeta.from_csl({k.replace("_", "-"): v for k, v in data.items()}))


def test_chicago_note_for_an_undated_report_says_n_d_beside_its_publisher() -> None:
    report = csl(type="report", title="Trade outlook", publisher="EDC")
    assert plain(get_style("chicago").full(report)) == "“Trade Outlook” (EDC, n.d.)."
    assert plain(get_style("chicago").bibliography(report)) == "“Trade Outlook.” EDC, n.d."


def test_chicago_note_names_the_publisher_of_an_article_without_an_outlet() -> None:
    article = csl(type="article-newspaper", title="Ports brace for strike",
                  publisher="Canadian Press", issued={"date-parts": [[2024, 3, 1]]})
    assert plain(get_style("chicago").full(article)) == (
        "“Ports Brace for Strike,” Canadian Press, March 1, 2024.")


def test_chicago_book_lists_publisher_and_year_in_the_bibliography() -> None:
    book = csl(type="book", title="Trade wars", publisher="UTP", issued={"date-parts": [[2019]]})
    assert plain(get_style("chicago").bibliography(book)) == "“Trade Wars.” UTP, 2019."


def test_chicago_later_note_capitalises_a_leading_particle() -> None:
    article = csl(type="article-newspaper", title="Dairy talks", container_title="Le Devoir",
                  author=[{"family": "Dyk", "given": "Pieter", "non-dropping-particle": "van"}],
                  issued={"date-parts": [[2020, 5, 2]]})
    chicago = get_style("chicago")
    assert plain(chicago.full(article)).startswith("Pieter van Dyk, “Dairy Talks,”")
    spans = chicago.short(article)
    assert plain(spans) == "Van Dyk, “Dairy Talks.”"
    assert not any(span.italic for span in spans)


def test_apa_chapter_is_in_its_book() -> None:
    chapter = csl(type="chapter", title="Rules of origin",
                  container_title="Handbook of Canadian Trade",
                  author=[{"family": "Roy", "given": "Élise"}], issued={"date-parts": [[2019]]})
    assert plain(get_style("apa").bibliography(chapter)) == (
        "Roy, É. (2019). Rules of origin. In Handbook of Canadian Trade.")


def test_apa_signed_survey_is_described_after_its_title() -> None:
    survey = csl(type="report", title="Expert survey on trade", genre="survey",
                 author=[{"literal": "Global Affairs Canada"}], publisher="GAC",
                 issued={"date-parts": [[2023]]})
    assert plain(get_style("apa").bibliography(survey)) == (
        "Global Affairs Canada. (2023). Expert survey on trade [Survey]. GAC.")


def test_apa_dated_web_page_gives_its_url_without_a_retrieval_date() -> None:
    page = csl(type="webpage", title="Softwood lumber", container_title="GAC",
               URL="https://x.ca/l", issued={"date-parts": [[2023, 4, 1]]},
               accessed={"date-parts": [[2024, 1, 5]]})
    assert plain(get_style("apa").bibliography(page)) == (
        "Softwood lumber. (2023, April 1). GAC. https://x.ca/l")
    undated = csl(type="webpage", title="Softwood lumber", container_title="GAC",
                  URL="https://x.ca/l", accessed={"date-parts": [[2024, 1, 5]]})
    assert plain(get_style("apa").bibliography(undated)).endswith(
        "Retrieved January 5, 2024, from https://x.ca/l")


@pytest.mark.parametrize("style, first, second", [
    ("apa", "Smith, J. (2019, January 1). Steel. Reuters.",
     "Smith, J. (2021, January 1). Steel. Reuters."),
    ("chicago", "Smith, Jane. “Steel.” Reuters, January 1, 2019.",
     "———. “Steel.” Reuters, January 1, 2021."),
])
def test_same_author_and_title_are_listed_oldest_first(style: str, first: str,
                                                       second: str) -> None:
    def steel(year: int) -> Item:
        return csl(type="article-newspaper", title="Steel", container_title="Reuters",
                   author=[{"family": "Smith", "given": "Jane"}],
                   issued={"date-parts": [[year, 1, 1]]})

    entries = get_style(style).bibliography_list([steel(2021), steel(2019)])
    assert [plain(e) for e in entries] == [first, second]


def test_apa_unsigned_french_title_keeps_its_case_in_the_note() -> None:
    article = csl(type="article-newspaper", title="Le bois d'oeuvre encore taxé", language="fr",
                  container_title="Le Devoir", issued={"date-parts": [[2020, 5, 2]]})
    assert plain(get_style("apa").full(article)) == "(“Le bois d’oeuvre encore taxé,” 2020)"


def test_apa_untitled_source_is_described_in_brackets() -> None:
    source = Source(id="u", text="Recent trade negotiations between Canada and the United "
                                 "States have stalled again.\n",
                    meta=SourceMeta(type="article-newspaper", container_title="Reuters",
                                    issued={"date-parts": [[2022, 1, 2]]}))
    assert plain(get_style("apa").bibliography(Item.from_source(source))) == (
        "[Article: “Recent trade negotiations between Canada…”]. (2022, January 2). Reuters.")


@pytest.mark.parametrize("name", ["", None, " Chicago "])
def test_a_note_without_a_style_is_cited_in_chicago(name) -> None:
    assert get_style(name).name == "chicago"
