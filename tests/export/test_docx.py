"""The exported .docx, re-opened with python-docx: what a reader of the note sees."""

from __future__ import annotations

import itertools

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from briefer.core.project import Project
from briefer.export import export_docx
from briefer.export.footnotes import read_footnotes


@pytest.fixture(scope="module")
def document(exported):
    return docx.Document(str(exported[1]))


def _body_paragraphs(document):
    return [p for p in document.paragraphs]


def test_title_block_is_a_two_column_table(document) -> None:
    assert document.paragraphs[0].text == "Briefing note"
    assert document.paragraphs[0].style.name == "Title"
    table = document.tables[0]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows == [
        ["To:", "Minister of International Trade"],
        ["From:", "Director General, Trade Policy"],
        ["Subject:", "Managing the Canada–US trade relationship"],
        ["Date:", "November 21, 2026"],
        ["File:", "TPD-2026-0147"],
        ["Purpose:", "For decision"],
    ]
    assert all(run.bold for row in table.rows for run in row.cells[0].paragraphs[0].runs)


def test_sections_use_heading_styles_and_empty_ones_are_left_out(document) -> None:
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Purpose", "Background", "Key Considerations", "Sources"]


def test_prose_keeps_bold_italic_and_real_list_styles(document) -> None:
    purpose = next(p for p in document.paragraphs if p.text.startswith("To seek"))
    assert [r.text for r in purpose.runs if r.bold] == ["decision"]
    assert [r.text for r in purpose.runs if r.italic] == ["approach"]
    styles = {p.text: p.style.name for p in document.paragraphs}
    assert styles["first point"] == "List Bullet"
    assert styles["a nested point"] == "List Bullet 2"
    assert styles["one"] == "List Number"


def test_each_numbered_list_starts_again_at_one(document) -> None:
    def num_id(text: str) -> str:
        para = next(p for p in document.paragraphs if p.text == text)
        return para._p.xpath("./w:pPr/w:numPr/w:numId/@w:val")[0]

    assert num_id("one") == num_id("two")
    assert num_id("one") != num_id("again one")
    numbering = document.part.numbering_part.element
    start = numbering.xpath(f"./w:num[@w:numId='{num_id('again one')}']"
                            "/w:lvlOverride/w:startOverride/@w:val")
    assert start == ["1"]


def test_short_quotations_run_in_and_survey_key_phrases_are_bold(document) -> None:
    """Under the template's 50 words, a quotation is part of the text, in quotation marks,
    after its lead-in, its footnote after the closing mark; no ellipsis although the
    quoted words start mid-sentence."""
    assert [p for p in document.paragraphs if p.style.name == "Quote"] == []
    lead = next(p for p in document.paragraphs if p.text.startswith("As the minister"))
    assert lead.style.name == "Normal"
    assert lead.text == "As the minister’s spokesman put it: “there is still some work to be done.”"
    assert lead._p.xpath("./w:r[last()]/w:footnoteReference")
    survey = next(q for q in document.paragraphs if q.text.startswith("“The degree to which"))
    assert "**" not in survey.text
    assert survey.text.startswith("“The degree to which US domestic politics are driving American "
                                  "trade policy, making it more difficult")
    assert survey.text.endswith("with the US.”")
    assert [r.text for r in survey.runs if r.bold] == [
        "US domestic politics are driving American trade policy"]


def test_one_footnote_per_citation_full_then_short(document, exported) -> None:
    project: Project = exported[0]
    notes = read_footnotes(document)
    assert len(notes) == len(project.note.excerpt_blocks()) == 5
    assert notes[0] == ("Jane Smith, “Canada Rethinks Its Progressive Trade Agenda,” The Hill "
                        "Times, March 5, 2018, https://example.com/hill.")
    assert notes[1] == "“Tariffs Hit Ontario Plants,” Reuters, June 2, 2019."
    assert notes[2].startswith("[Untitled survey] (n.d.), response 5 to question 1")
    assert "response 5 to question 1" in notes[2]
    assert notes[3] == "Smith, “Canada Rethinks Its Progressive Trade Agenda.”"
    assert notes[4] == "[Article: “Officials met in Ottawa on Tuesday…”], n.d."
    refs = document.element.body.xpath(".//w:footnoteReference/@w:id")
    assert refs == ["1", "2", "3", "4", "5"]


def test_outlet_is_italic_in_the_footnote(document) -> None:
    from briefer.export.footnotes import footnotes_part

    part = footnotes_part(document)
    first = next(n for n in part.element.findall(qn("w:footnote")) if n.get(qn("w:id")) == "1")
    italic = [r.find(qn("w:t")).text for r in first.iter(qn("w:r"))
              if r.find(qn("w:rPr")) is not None and r.find(qn("w:rPr")).find(qn("w:i"))
              is not None]
    assert italic == ["The Hill Times"]


def test_sources_list_at_the_end(document) -> None:
    entries = [p.text for p in document.paragraphs if p.style.name == "Bibliography"]
    # the unsigned Reuters article is listed, and sorted, under "Reuters"
    assert entries == [
        "[Article: “Officials met in Ottawa on Tuesday…”]. n.d.",
        "Reuters. “Tariffs Hit Ontario Plants.” June 2, 2019.",
        "Smith, Jane. “Canada Rethinks Its Progressive Trade Agenda.” The Hill Times, March 5, "
        "2018. https://example.com/hill.",
        "[Untitled survey]. n.d.",
    ]


def test_classification_in_every_header_and_page_numbers_in_the_footer(document) -> None:
    section = document.sections[0]
    assert section.header.paragraphs[0].text == "PROTECTED B"
    if section.different_first_page_header_footer:
        assert section.first_page_header.paragraphs[0].text == "PROTECTED B"
    footer = section.footer._element
    instructions = [t.strip() for t in footer.xpath(".//w:instrText/text()")]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert section.footer.paragraphs[0].text.startswith("Page ")


def test_core_properties_and_proofing_language(document) -> None:
    props = document.core_properties
    assert props.title == "Managing the Canada–US trade relationship"
    assert props.subject == "Managing the Canada–US trade relationship"
    assert props.author == "Jane Analyst"
    assert "PROTECTED B" in props.keywords
    assert props.language == "en-CA"
    lang = document.styles.element.xpath("./w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val")
    assert lang == ["en-CA"]


def test_signature_block_and_no_empty_paragraphs(document) -> None:
    signature = next(p for p in document.paragraphs if p.text.startswith("Prepared by:"))
    assert "Contact: 613-555-0100" in signature.text
    empty = [i for i, p in enumerate(document.paragraphs) if not p.text.strip()]
    assert empty == []


def test_footnote_styles_have_word_names(document) -> None:
    names = {s.name for s in document.styles}
    assert {"footnote text", "footnote reference", "Quote", "Bibliography"} <= names
    settings = document.settings.element
    assert settings.find(qn("w:footnotePr")) is not None


def test_apa_style(project, tmp_path: Path) -> None:
    out = tmp_path / "apa.docx"
    report = export_docx(project, out, style="apa")
    document = docx.Document(str(out))
    notes = read_footnotes(document)
    # author-date: every footnote is the parenthetical citation, the reference list has the rest
    assert notes == [
        "(Smith, 2018)",
        "(“Tariffs Hit Ontario Plants,” 2019)",
        "([Untitled survey], n.d., response 5 to question 1)",
        "(Smith, 2018)",
        "([Article: “Officials met in Ottawa on Tuesday…”], n.d.)",
    ]
    assert report.footnotes == 5
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[-1] == "References"
    entries = [p.text for p in document.paragraphs if p.style.name == "Bibliography"]
    assert "Smith, J. (2018, March 5). Canada rethinks its progressive trade agenda. " \
        "The Hill Times. https://example.com/hill" in entries
    # sorted by what is printed first, brackets ignored: …, Tariffs, [Untitled survey]
    assert entries[-2:] == ["Tariffs hit Ontario plants. (2019, June 2). Reuters.",
                            "[Untitled survey]. (n.d.)."]


def test_project_style_is_the_default(project, tmp_path: Path) -> None:
    project.citation_style = "apa"
    out = tmp_path / "note.docx"
    export_docx(project, out)
    assert read_footnotes(docx.Document(str(out)))[3] == "(Smith, 2018)"


def test_empty_note_exports_a_title_block_only(tmp_path: Path) -> None:
    out = tmp_path / "empty.docx"
    report = export_docx(Project(), out)
    document = docx.Document(str(out))
    assert report.footnotes == 0 and read_footnotes(document) == []
    assert [p.text for p in document.paragraphs] == ["Briefing note"]
    assert document.sections[0].header.paragraphs[0].text == "UNCLASSIFIED"


def test_a_point_stays_on_the_page_of_its_quotation(project, tmp_path: Path) -> None:
    """The prose just before a quotation keeps with it, so a page break cannot part them."""
    template = tmp_path / "short-quotes.yaml"  # every quotation of five words or more a block
    template.write_text("title: Briefing note\nblock_quote_words: 5\nsections: [Purpose]\n",
                        encoding="utf-8")
    project.note.template = str(template)
    out = tmp_path / "keep.docx"
    export_docx(project, out)
    paragraphs = docx.Document(str(out)).paragraphs
    assert sum(p.style.name == "Quote" for p in paragraphs) == 3
    for before, quote in itertools.pairwise(paragraphs):
        if quote.style.name == "Quote" and before.style.name != "Quote":
            keeps = before.paragraph_format.keep_with_next or \
                before.style.paragraph_format.keep_with_next  # headings keep by their style
            assert keeps, before.text
