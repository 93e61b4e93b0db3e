"""Typography a Minister's office would send back: ellipses, unbalanced quotation marks,
long quotations run into the text, straight quotes, French spacing, links without their address.

Every exported note is read back twice: with python-docx (styles, runs, links) and with
pandoc, which knows nothing of Briefer (the text and the links an office would see).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from briefer.core.check import blocking, check_project
from briefer.core.excerpt import make_excerpt
from briefer.core.note import NoteSection, new_excerpt_block, new_prose
from briefer.core.project import Project
from briefer.core.source import Source, SourceMeta
from briefer.export import export_docx
from briefer.export.footnotes import read_footnotes
from briefer.io.templates import TemplateError, load_template

NNBSP, NBSP = "\u202f", "\u00a0"

ARTICLE = (
    "Canadian officials are now discussing how the strategy might be reworked. Joseph "
    "Pickerill, a spokesman for the minister, said Monday “there is still some work to be "
    "done,” adding that talks would resume in the fall.\n"
)
ARTICLE_FR = (
    "Le ministre a déclaré lundi « il reste encore du travail à faire » avant la reprise "
    "des négociations à l’automne.\n"
)
LONG = (  # 59 words: over the templates' 50
    "Officials said the review of the agreement would continue through the winter, with "
    "provinces consulted at every stage and industry groups invited to submit briefs before "
    "the end of the year; the minister is expected to report to cabinet in the spring, and "
    "a decision on the next round of talks will follow once the provinces have been heard."
)

needs_pandoc = pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc not installed")


def _note(*blocks_by_source: tuple[str, str, str], text: str = ARTICLE, language: str = "en-CA",
          prose: str = "") -> Project:
    """A note quoting ``text``: each (words, lead-in, mode) an excerpt block of its own."""
    source = Source(id="hill", text=text, meta=SourceMeta(
        type="article-newspaper", title="Talks to resume", container_title="The Hill Times",
        issued="2026-03-05"))
    project = Project(name="Typography", sources={"hill": source})
    project.note.meta.language = language
    blocks = [new_prose(prose)] if prose else []
    for words, lead_in, mode in blocks_by_source:
        start = text.index(words)
        excerpt = make_excerpt("hill", text, start, start + len(words))
        project.excerpts[excerpt.id] = excerpt
        blocks.append(new_excerpt_block(excerpt.id, lead_in=lead_in, mode=mode))
    project.note.sections.append(NoteSection(id="s", title="Background", blocks=blocks))
    return project


def _export(project: Project, tmp_path: Path) -> Path:
    out = tmp_path / "note.docx"
    assert blocking(check_project(project)) == []
    export_docx(project, out)
    return out


def _body(out: Path) -> list:
    """The paragraphs of the note's one section, up to the next heading or the decision box."""
    paragraphs = docx.Document(str(out)).paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.text.upper() == "BACKGROUND")
    body = []
    for paragraph in paragraphs[start + 1:]:
        if paragraph.style.name.startswith("Heading") or paragraph.text.startswith("☐"):
            break
        body.append(paragraph)
    return body


def _pandoc(out: Path, to: str = "plain") -> str:
    result = subprocess.run(["pandoc", str(out), "-t", to, "--wrap=none"], capture_output=True,
                            text=True, check=True, timeout=60)
    return result.stdout


def _has_footnote(paragraph) -> bool:
    return bool(paragraph._p.xpath(".//w:footnoteReference"))


# -- 1. no ellipsis at either end of a quotation --------------------------------------------

@pytest.mark.parametrize(("words", "printed"), [
    # starts mid-sentence (as a keyboard word selection always does)
    ("the strategy might be reworked.", "“the strategy might be reworked.”"),
    # stops mid-sentence: the sentence of the note ends with a period inside the mark
    ("Canadian officials are now discussing how",
     "“Canadian officials are now discussing how.”"),
    # a whole sentence
    ("Canadian officials are now discussing how the strategy might be reworked.",
     "“Canadian officials are now discussing how the strategy might be reworked.”"),
])
@needs_pandoc
def test_a_quotation_has_no_ellipsis_at_either_end(words: str, printed: str,
                                                   tmp_path: Path) -> None:
    project = _note((words, "", "quote"))
    out = _export(project, tmp_path)
    [paragraph] = _body(out)
    assert paragraph.text == printed
    assert "…" not in paragraph.text and "..." not in _pandoc(out)
    assert printed in _pandoc(out)
    # the check still compares the words the analyst selected, exactly
    assert next(iter(project.excerpts.values())).exact == words


def test_a_long_quotation_cut_mid_sentence_has_no_ellipsis_either(tmp_path: Path) -> None:
    words = LONG.split(" ", 3)[3].rsplit(" ", 2)[0]  # from and to the middle of sentences
    out = _export(_note((words, "", "quote"), text=LONG + "\n"), tmp_path)
    [block] = _body(out)
    assert block.style.name == "Quote"
    assert block.text == words


# -- 2. quotation marks always balanced ---------------------------------------------------

@needs_pandoc
def test_a_source_quotation_cut_short_is_closed_in_single_quotes(tmp_path: Path) -> None:
    """Chicago: the source's quotation inside a run-in quotation takes single marks; the
    mark the selection left out is supplied, at the end or at the start."""
    project = _note(("“there is still some work to be done", "Mr. Pickerill said:", "quote"),
                    ("some work to be done,” adding that talks would resume", "", "quote"))
    out = _export(project, tmp_path)
    opened, closed = _body(out)
    assert opened.text == "Mr. Pickerill said: “‘there is still some work to be done.’”"
    assert closed.text == "“‘some work to be done,’ adding that talks would resume.”"
    for paragraph in (opened, closed):
        assert paragraph.text.count("‘") == paragraph.text.count("’") == 1
        assert _has_footnote(paragraph)
    text = _pandoc(out)
    assert "“‘there is still some work to be done.’”[1]" in text
    assert "“‘some work to be done,’ adding that talks would resume.”[2]" in text


@needs_pandoc
def test_a_french_quotation_cut_short_is_closed_in_french(tmp_path: Path) -> None:
    """In French: « » around, the source's quotation inside in “ ”, the period after the
    closing guillemet and its footnote call."""
    project = _note(("« il reste encore du travail à faire", "Le ministre a déclaré :", "quote"),
                    text=ARTICLE_FR, language="fr-CA")
    out = _export(project, tmp_path)
    [paragraph] = _body(out)
    assert paragraph.text == (f"Le ministre a déclaré{NBSP}: «{NNBSP}“il reste encore du travail "
                              f"à faire”{NNBSP}».")
    assert paragraph._p.xpath("./w:r[w:footnoteReference]/following-sibling::w:r//w:t/text()") \
        == ["."]
    assert f"«{NNBSP}“il reste encore du travail à faire”{NNBSP}»[1]." in _pandoc(out)


def test_a_block_quotation_keeps_the_source_marks_and_gets_the_missing_one(
        tmp_path: Path) -> None:
    text = "The report concluded: “" + LONG + "” The minister agreed.\n"
    words = "“" + LONG.rsplit(" ", 3)[0]  # opens the source's quotation, stops before its end
    out = _export(_note((words, "", "quote"), text=text), tmp_path)
    [block] = _body(out)
    assert block.style.name == "Quote"
    assert block.text == words + "”"
    assert _has_footnote(block)


# -- 3. short quotations run in, long ones are blocks: the template says how long ------------

@needs_pandoc
def test_short_quotation_runs_in_and_long_one_is_a_block(tmp_path: Path) -> None:
    short = "there is still some work to be done"
    project = _note((short, "The minister’s spokesman said", "quote"),
                    (LONG, "The department’s summary:", "quote"),
                    text=ARTICLE + "\n" + LONG + "\n")
    out = _export(project, tmp_path)
    run_in, lead, block = _body(out)
    assert run_in.style.name == "Normal"
    assert run_in.text == f"The minister’s spokesman said “{short}.”"
    # the footnote reference follows the closing quotation mark
    last_text = run_in._p.xpath("./w:r[w:footnoteReference]/preceding-sibling::w:r[1]//w:t")
    assert last_text[-1].text.endswith("”")
    assert (lead.style.name, lead.text) == ("Normal", "The department’s summary:")
    assert block.style.name == "Quote" and block.text == LONG  # no quotation marks
    assert _has_footnote(block) and not _has_footnote(lead)
    assert len(read_footnotes(docx.Document(str(out)))) == 2
    text = " ".join(_pandoc(out).split())
    assert f"The minister’s spokesman said “{short}.”[1]" in text
    assert f"“{LONG}" not in text and f"{LONG}[2]" in text


def test_the_template_sets_how_long_a_block_quotation_is(tmp_path: Path) -> None:
    assert load_template("briefing-note").block_quote_words == 50
    assert load_template("memo-decision").block_quote_words == 50
    template = tmp_path / "tight.yaml"
    template.write_text("title: Briefing note\nblock_quote_words: 6\nsections: [Background]\n",
                        encoding="utf-8")
    project = _note(("there is still some work", "", "quote"),  # 5 words: runs in
                    ("there is still some work to be done", "", "quote"))  # 8: a block
    project.note.template = str(template)
    out = _export(project, tmp_path)
    short, long = _body(out)
    assert (short.style.name, short.text) == ("Normal", "“there is still some work.”")
    assert (long.style.name, long.text) == ("Quote", "there is still some work to be done")
    template.write_text("title: X\nblock_quote_words: many\nsections: [A]\n", encoding="utf-8")
    with pytest.raises(TemplateError, match="block_quote_words"):
        load_template(template)


# -- 4. curly quotes, apostrophes and French spacing in the analyst's own words ---------------

@needs_pandoc
def test_typed_prose_gets_curly_quotes_and_apostrophes(tmp_path: Path) -> None:
    prose = ('The minister\'s office called it "a reset" and \'overdue\' (since the \'90s); '
             'the `"draft"` flag and https://example.com/don\'t-touch stay as typed.')
    project = _note(("the strategy might be reworked.", "As the spokesman's note put it,",
                     "quote"), prose=prose)
    out = _export(project, tmp_path)
    paragraph, quote = _body(out)
    assert paragraph.text == ("The minister’s office called it “a reset” and ‘overdue’ (since the "
                              "’90s); the \"draft\" flag and https://example.com/don't-touch "
                              "stay as typed.")
    assert quote.text == "As the spokesman’s note put it, “the strategy might be reworked.”"
    assert "“a reset” and ‘overdue’ (since the ’90s)" in _pandoc(out)


@needs_pandoc
def test_french_prose_gets_guillemets_and_no_break_spaces(tmp_path: Path) -> None:
    prose = ('Le cabinet parle d\'un "nouveau départ": est-ce réaliste? Oui! Il faut agir; '
             'la réunion est à 14:30, voir « l\'annexe ».')
    paraphrase = 'Le ministre l\'a dit : "il reste du travail".'
    project = _note(("« il reste encore du travail à faire »", "", "paraphrase"),
                    text=ARTICLE_FR, language="fr-CA", prose=prose)
    project.note.sections[0].blocks[1].paraphrase = paraphrase
    out = _export(project, tmp_path)
    typed, paraphrased = _body(out)
    expected = (f"Le cabinet parle d’un «{NNBSP}nouveau départ{NNBSP}»{NBSP}: est-ce réaliste"
                f"{NNBSP}? Oui{NNBSP}! Il faut agir{NNBSP}; la réunion est à 14:30, voir "
                f"«{NNBSP}l’annexe{NNBSP}».")
    assert typed.text == expected
    assert paraphrased.text == f"Le ministre l’a dit{NBSP}: «{NNBSP}il reste du travail{NNBSP}»."
    assert _has_footnote(paraphrased)
    assert expected in _pandoc(out)


# -- 5. links keep their address ------------------------------------------------------------

@needs_pandoc
def test_links_are_real_hyperlinks_that_pandoc_follows(tmp_path: Path) -> None:
    prose = ("See [the minister's statement](https://www.canada.ca/en/news.html) and "
             "https://example.com/report_2026.pdf.")
    out = _export(_note(prose=prose), tmp_path)
    document = docx.Document(str(out))
    paragraph = next(p for p in document.paragraphs if p.text.startswith("See"))
    assert paragraph.text == ("See the minister’s statement and "
                              "https://example.com/report_2026.pdf.")
    assert [(h.text, h.address) for h in paragraph.hyperlinks] == [
        ("the minister’s statement", "https://www.canada.ca/en/news.html"),
        ("https://example.com/report_2026.pdf", "https://example.com/report_2026.pdf")]
    styles = {r.style.name for h in paragraph.hyperlinks for r in h.runs}
    assert styles == {"Hyperlink"}
    markdown = _pandoc(out, "markdown-smart")
    assert "[the minister’s statement](https://www.canada.ca/en/news.html)" in markdown
    assert "<https://example.com/report_2026.pdf>." in markdown
