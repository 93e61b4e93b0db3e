"""BibTeX from Zotero and JabRef, read into the CSL-JSON items Briefer attaches to sources.

The files below are written as those tools export them (Zotero's "BibTeX" export,
JabRef's biblatex mode), with French titles in LaTeX accents, institutional authors
in double braces, and the bookkeeping fields each tool adds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.core.messages import say
from briefer.io.importers import METADATA_SUFFIXES, ImportRefused, read_metadata
from briefer.io.importers.bibtex import parse_bibtex

ZOTERO = r"""
@article{tremblay_echanges_2024,
	title = {Les {\'e}changes commerciaux entre le {Canada} et l'{Union} europ{\'e}enne},
	volume = {50},
	issn = {0317-0861},
	url = {https://www.utpjournals.press/doi/full/10.3138/cpp.2023-041?af=R&role=tab},
	doi = {10.3138/cpp.2023-041},
	abstract = {Cet article examine l'{AECG} \& ses effets
	sur les exportations.},
	language = {fr},
	number = {2},
	urldate = {2025-09-20},
	journal = {Canadian Public Policy},
	author = {Tremblay, Jean-Fran{\c c}ois and C{\^o}t{\'e}, {\'E}milie},
	month = jun,
	year = {2024},
	keywords = {commerce, AECG},
	pages = {123--145},
	file = {Full Text PDF:/home/analyst/Zotero/storage/X7/Tremblay.pdf:application/pdf},
}

@techreport{global_affairs_canada_softwood_2025,
	address = {Ottawa},
	type = {Backgrounder},
	title = {Softwood {Lumber}: {Canada}'s {Position}},
	url = {https://www.international.gc.ca/trade-commerce/softwood-bois_oeuvre/index.aspx?lang=eng},
	number = {GAC-2025-07},
	institution = {Global Affairs Canada},
	author = {{Global Affairs Canada}},
	month = sep,
	year = {2025},
	urldate = {2025-09-18},
	keywords = {softwood},
}

@incollection{hale_trade_2019,
	address = {Montréal},
	edition = {2},
	series = {Canada and the {World}},
	title = {Trade {Policy} after {NAFTA}},
	isbn = {978-0-7735-5678-9},
	booktitle = {Canada {Among} {Nations}},
	publisher = {McGill-Queen's University Press},
	author = {Hale, Geoffrey},
	editor = {van der Berg, Anna and Doe, Jr., John},
	year = {2019},
	pages = {45--67},
}

@phdthesis{gagnon_politique_2021,
	title = {La politique commerciale du {Qu{\'e}bec}},
	school = {Universit{\'e} Laval},
	author = {Gagnon, Marie-{\`E}ve},
	year = {2021},
}
"""

JABREF = r"""% Encoding: UTF-8

@Online{BanqueCanada2025,
  author       = {{Banque du Canada}},
  title        = {Rapport sur la politique mon{\'e}taire -- \og{}octobre\fg{} 2025},
  date         = {2025-10-29},
  url          = {https://www.banqueducanada.ca/2025/10/rpm-2025-10-29/},
  urldate      = {2025-10-30},
  langid       = {french},
  organization = {Banque du Canada},
  owner        = {analyst},
  timestamp    = {2025-10-30},
  creationdate = {2025-10-30T09:12:44},
}

@Report{OECD2024,
  author      = {{OECD}},
  title       = {{OECD} Economic Surveys: Canada 2024},
  institution = {OECD Publishing},
  location    = {Paris},
  date        = {2024-03},
  doi         = {https://doi.org/10.1787/6a1ca1ae-en},
  langid      = {english},
}

@Legislation{CUSMAImplementation2020,
  title = {Canada--United States--Mexico Agreement Implementation Act},
  date  = {2020-03-13},
  note  = {S.C. 2020, c. 1},
}

@Comment{jabref-meta: databaseType:biblatex;}
"""


def items(text: str) -> list[dict[str, Any]]:
    return parse_bibtex(text, "refs.bib")[0]


def by_title(found: list[dict[str, Any]], start: str) -> dict[str, Any]:
    (item,) = [i for i in found if i.get("title", "").startswith(start)]
    return item


def test_a_zotero_article_reads_as_zotero_reads_it() -> None:
    article = by_title(items(ZOTERO), "Les échanges")
    assert article == {
        "type": "article-journal",
        "title": "Les échanges commerciaux entre le Canada et l'Union européenne",
        "volume": "50",
        "ISSN": "0317-0861",
        "URL": "https://www.utpjournals.press/doi/full/10.3138/cpp.2023-041?af=R&role=tab",
        "DOI": "10.3138/cpp.2023-041",
        "abstract": "Cet article examine l'AECG & ses effets sur les exportations.",
        "language": "fr",
        "issue": "2",
        "accessed": {"date-parts": [[2025, 9, 20]]},
        "container-title": "Canadian Public Policy",
        "author": [{"family": "Tremblay", "given": "Jean-François"},
                   {"family": "Côté", "given": "Émilie"}],
        "issued": {"date-parts": [[2024, 6]]},
        "page": "123-145",
    }


def test_an_institution_in_braces_is_one_author_and_its_report_has_a_publisher() -> None:
    report = by_title(items(ZOTERO), "Softwood")
    assert report["type"] == "report"
    assert report["title"] == "Softwood Lumber: Canada's Position"
    assert report["author"] == [{"literal": "Global Affairs Canada"}]
    assert report["publisher"] == "Global Affairs Canada"
    assert report["publisher-place"] == "Ottawa"
    assert report["number"] == "GAC-2025-07"  # a report's number is no issue
    assert report["genre"] == "Backgrounder"
    assert report["issued"] == {"date-parts": [[2025, 9]]}
    assert report["URL"].endswith("softwood-bois_oeuvre/index.aspx?lang=eng")


def test_a_chapter_has_its_book_editors_and_series() -> None:
    chapter = by_title(items(ZOTERO), "Trade Policy")
    assert chapter["type"] == "chapter"
    assert chapter["container-title"] == "Canada Among Nations"
    assert chapter["collection-title"] == "Canada and the World"
    assert chapter["editor"] == [{"family": "van der Berg", "given": "Anna"},
                                 {"family": "Doe", "given": "John", "suffix": "Jr."}]
    assert (chapter["edition"], chapter["ISBN"], chapter["page"]) == (
        "2", "978-0-7735-5678-9", "45-67")
    assert (chapter["publisher"], chapter["publisher-place"]) == (
        "McGill-Queen's University Press", "Montréal")


def test_a_thesis_is_published_by_its_school() -> None:
    thesis = by_title(items(ZOTERO), "La politique")
    assert thesis["type"] == "thesis"
    assert thesis["title"] == "La politique commerciale du Québec"
    assert thesis["publisher"] == "Université Laval"
    assert thesis["genre"] == "PhD thesis"
    assert thesis["author"] == [{"family": "Gagnon", "given": "Marie-Ève"}]


def test_biblatex_online_from_jabref() -> None:
    found, warnings = parse_bibtex(JABREF, "refs.bib")
    page = by_title(found, "Rapport")
    assert page == {
        "type": "webpage",
        "author": [{"literal": "Banque du Canada"}],
        "title": "Rapport sur la politique monétaire – « octobre » 2025",
        "issued": {"date-parts": [[2025, 10, 29]]},
        "URL": "https://www.banqueducanada.ca/2025/10/rpm-2025-10-29/",
        "accessed": {"date-parts": [[2025, 10, 30]]},
        "language": "fr",
        "publisher": "Banque du Canada",
    }
    report = by_title(found, "OECD")
    assert report["DOI"] == "10.1787/6a1ca1ae-en"
    assert report["language"] == "en"
    assert (report["publisher"], report["publisher-place"]) == ("OECD Publishing", "Paris")
    assert report["issued"] == {"date-parts": [[2024, 3]]}
    act = by_title(found, "Canada–United States")
    assert act["type"] == "legislation" and act["note"] == "S.C. 2020, c. 1"
    # JabRef's own bookkeeping (owner, timestamp, creationdate) is no loss worth a warning
    assert warnings == []


@pytest.mark.parametrize(("bibtex", "csl"), [
    ("article", "article-journal"), ("book", "book"), ("inbook", "chapter"),
    ("incollection", "chapter"), ("inproceedings", "paper-conference"),
    ("conference", "paper-conference"), ("techreport", "report"), ("report", "report"),
    ("phdthesis", "thesis"), ("mastersthesis", "thesis"), ("thesis", "thesis"),
    ("online", "webpage"), ("electronic", "webpage"), ("www", "webpage"),
    ("misc", "document"), ("manual", "report"), ("unpublished", "manuscript"),
    ("legislation", "legislation"), ("jurisdiction", "legal_case"), ("ARTICLE", "article-journal"),
])
def test_entry_types_become_csl_types(bibtex: str, csl: str) -> None:
    (item,) = items(f"@{bibtex}{{k, title = {{T}}, year = 2020}}")
    assert item["type"] == csl


def test_an_unknown_entry_type_is_a_document_with_a_warning() -> None:
    found, warnings = parse_bibtex("@podcast{a, title={Episode 12}}\n"
                                   "@podcast{b, title={Episode 13}}", "refs.bib")
    assert [i["type"] for i in found] == ["document", "document"]
    assert [str(w) for w in warnings] == [
        "refs.bib: 2 @podcast entries read as documents; Briefer does not know that type"]


@pytest.mark.parametrize(("fields", "issued"), [
    ("year = 2025", [2025]),
    ("year = {2025}, month = sep", [2025, 9]),
    ("year = {2025}, month = {September}", [2025, 9]),
    ("year = {2025}, month = {Sept.}", [2025, 9]),
    ("year = {2025}, month = {9}", [2025, 9]),
    ("year = {2025}, month = {sep}, day = {16}", [2025, 9, 16]),
    ("year = {2025}, month = 9, day = 16", [2025, 9, 16]),
    ("date = {2025-09-16}", [2025, 9, 16]),
    ("date = {2025-09-16}, year = {2024}", [2025, 9, 16]),  # biblatex date beats year
    ("year = {2024}, month = {févr.}", [2024, 2]),
])
def test_year_month_and_date_become_issued(fields: str, issued: list[int]) -> None:
    (item,) = items(f"@article{{k, title = {{T}}, {fields}}}")
    assert item["issued"] == {"date-parts": [issued]}


def test_a_biblatex_date_range_is_a_range() -> None:
    (item,) = items("@report{k, title={T}, date={2024/2025}}")
    assert item["issued"] == {"date-parts": [[2024], [2025]]}


def test_a_date_that_cannot_be_read_is_left_out_with_its_reason() -> None:
    found, warnings = parse_bibtex("@article{smith, title={T}, year={forthcoming}}\n"
                                   "@article{jones, title={U}, year={2025}, urldate={09/10/2025}}",
                                   "refs.bib")
    assert "issued" not in found[0] and "accessed" not in found[1]
    assert found[1]["issued"] == {"date-parts": [[2025]]}
    assert [str(w) for w in warnings] == [
        "refs.bib, entry smith: year left empty: “forthcoming” is not a date Briefer can "
        "read. Type it as 2025-09-16, September 16, 2025 or 16 septembre 2025.",
        "refs.bib, entry jones: urldate left empty: “09/10/2025” is ambiguous: 2025-10-09 and "
        "2025-09-10 both fit. Type the month in words, as in September 16, 2025, or type "
        "the date as 2025-09-16."]
    assert say(warnings[0], "fr").startswith("refs.bib, entrée smith : year laissé vide : "
                                             "« forthcoming » n’est pas une date")


@pytest.mark.parametrize(("author", "names"), [
    ("Smith, John", [{"family": "Smith", "given": "John"}]),
    ("John Smith", [{"family": "Smith", "given": "John"}]),
    ("Charles de Gaulle", [{"family": "de Gaulle", "given": "Charles"}]),
    ("Jean {de La Fontaine}", [{"family": "de La Fontaine", "given": "Jean"}]),
    (r"{\'E}mile Durkheim", [{"family": "Durkheim", "given": "Émile"}]),
    ("{Statistics Canada} and {Statistique Canada}",
     [{"literal": "Statistics Canada"}, {"literal": "Statistique Canada"}]),
    ("{Simon and Schuster}", [{"literal": "Simon and Schuster"}]),
    ("Plato", [{"literal": "Plato"}]),
    ("Smith, John and others", [{"family": "Smith", "given": "John"}]),
    ("Smith, John and Lee, Ann and Roy, Luc", [{"family": "Smith", "given": "John"},
                                                {"family": "Lee", "given": "Ann"},
                                                {"family": "Roy", "given": "Luc"}]),
])
def test_names_split_as_bibtex_splits_them(author: str, names: list[dict[str, str]]) -> None:
    (item,) = items(f"@book{{k, title = {{T}}, author = {{{author}}}}}")
    assert item["author"] == names


@pytest.mark.parametrize(("title", "text"), [
    (r"{\'E}tat et {\oe}uvre", "État et œuvre"),
    (r"Na\"{\i}ve \& bold", "Naïve & bold"),
    (r"50% of trade & more", "50% of trade & more"),  # not escaped, as people type them
    (r"Canada--US \emph{trade}", "Canada–US trade"),
    (r"Ch.~12: \textit{Le Devoir}", "Ch. 12: Le Devoir"),
    ("A title\n    over two lines", "A title over two lines"),
    (r"{``}Quoted{''} title", "“Quoted” title"),
    (r"$CO_2$ emissions of file_names", "$CO_2$ emissions of file_names"),
])
def test_latex_in_titles_becomes_plain_text(title: str, text: str) -> None:
    (item,) = items(f"@misc{{k, title = {{{title}}}}}")
    assert item["title"] == text


def test_urls_and_dois_are_kept_as_written_not_read_as_latex() -> None:
    (item,) = items(r"@misc{k, title={T}, url={\url{https://x.ca/a\_b?x=1&y=50%25}},"
                    r" doi={doi:10.1000/a\_b}}")
    assert item["URL"] == "https://x.ca/a_b?x=1&y=50%25"
    assert item["DOI"] == "10.1000/a_b"


def test_string_macros_and_subtitles() -> None:
    (item,) = items('@string{cpp = "Canadian Public Policy"}\n'
                    "@article{k, title={Trade}, subtitle={A Primer}, journaltitle=cpp,"
                    " shorttitle={Trade}}")
    assert item["title"] == "Trade: A Primer"
    assert item["container-title"] == "Canadian Public Policy"
    assert item["title-short"] == "Trade"


def test_each_kind_of_field_left_out_is_one_warning() -> None:
    found, warnings = parse_bibtex(ZOTERO, "refs.bib")
    assert len(found) == 4
    assert [str(w) for w in warnings] == [
        "refs.bib: keywords left out of 2 entries; Briefer does not use it"]
    assert say(warnings[0], "fr") == \
        "refs.bib : keywords omis dans 2 entrées ; Briefer ne s’en sert pas"


def test_a_broken_entry_is_skipped_and_the_rest_load() -> None:
    text = ("@article{good1, title={First}, year=2020}\n\n"
            "@article{broken, title={Never closed, year=2021\n\n"
            "@book{good2, title={Second}, year=2022}\n"
            "@misc{nocomma title={Third}}\n"
            "@misc{good3, title={Fourth}}\n")
    found, warnings = parse_bibtex(text, "refs.bib")
    assert [i["title"] for i in found] == ["First", "Second", "Fourth"]
    assert [str(w) for w in warnings] == [
        "refs.bib, line 3: entry broken is not valid BibTeX and was left out (a brace or a "
        "quotation mark is not closed, or a comma is missing)",
        "refs.bib, line 6: an entry is not valid BibTeX and was left out (a brace or a "
        "quotation mark is not closed, or a comma is missing)"]


def test_a_field_given_twice_keeps_the_first() -> None:
    found, warnings = parse_bibtex("@misc{k, title={One}, title={Two}}", "refs.bib")
    assert found[0]["title"] == "One"
    assert [str(w) for w in warnings] == [
        "refs.bib, entry k: title given more than once; the first value was kept"]


def test_two_entries_with_one_key_are_both_read() -> None:
    assert [i["title"] for i in items("@misc{k, title={One}}\n@misc{k, title={Two}}")] == [
        "One", "Two"]


@pytest.mark.parametrize("text", [
    "This is a memo, not a bibliography.\n\nIt mentions @Canada on Twitter.",
    '[{"title": "CSL JSON saved as .bib", "type": "report"}]',
    "TY  - RPRT\nTI  - A RIS file\nER  - \n",
    "% only a comment\n@comment{nothing here}\n@preamble{\"\\newcommand{\\x}{y}\"}",
])
def test_a_file_that_is_not_bibtex_is_refused_in_one_sentence(text: str) -> None:
    with pytest.raises(ImportRefused) as caught:
        parse_bibtex(text, "refs.bib")
    assert str(caught.value) == (
        "refs.bib: is not a BibTeX bibliography (it has no @article, @book or other entry); "
        "export it from Zotero or JabRef as BibTeX")
    assert caught.value.text("fr").startswith("refs.bib : n’est pas une bibliographie BibTeX")


def test_a_file_whose_every_entry_is_broken_is_refused() -> None:
    with pytest.raises(ImportRefused) as caught:
        parse_bibtex("@article{a, title={x}\n@article{b, title={y}\n", "refs.bib")
    assert str(caught.value) == (
        "refs.bib: none of its 2 BibTeX entries could be read (a brace or a quotation mark is "
        "not closed, or a comma is missing)")


# -- through the importer ------------------------------------------------------------------

def test_bib_files_are_read_as_bibliographies(tmp_path: Path) -> None:
    assert ".bib" in METADATA_SUFFIXES
    (tmp_path / "zotero.bib").write_text(ZOTERO, encoding="utf-8")
    metas = read_metadata(tmp_path / "zotero.bib")
    assert [m.type for m in metas] == ["article-journal", "report", "chapter", "thesis"]
    article = metas[0]
    assert article.container_title == "Canadian Public Policy"
    assert article.issued == {"date-parts": [[2024, 6]]}
    assert article.extra["DOI"] == "10.3138/cpp.2023-041"
    assert [str(w) for w in metas.warnings] == [
        "zotero.bib: keywords left out of 2 entries; Briefer does not use it"]


def test_bib_files_that_are_not_bibtex_are_refused_by_the_importer(tmp_path: Path) -> None:
    (tmp_path / "notes.bib").write_text("Just some notes.\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="is not a BibTeX bibliography"):
        read_metadata(tmp_path / "notes.bib")
    (tmp_path / "untitled.bib").write_text("@misc{k, year={2020}}", encoding="utf-8")
    with pytest.raises(ImportRefused, match="holds no BibTeX items with a title or URL"):
        read_metadata(tmp_path / "untitled.bib")


PIECES = [*'@{}",=#%~\\ \nabAé', "@article{k,", "@string{", "title=", "author=", " and ",
          "year=", "date=", "month=", "url=", "pages=", "{\\'e}", "$", "--"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_any_text_is_read_or_refused_never_crashes(text: str) -> None:
    try:
        found, warnings = parse_bibtex(text, "refs.bib")
    except ImportRefused as refused:
        assert refused.text("fr")
    else:
        assert all(isinstance(i, dict) and "type" in i for i in found)
        assert all(say(w, "fr") for w in warnings)
