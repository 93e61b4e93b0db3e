"""A note written in French goes up in French: every word the export prints by itself,
the sections a template gives it, its dates, its language tags, and the bilingual subject
line of the title block."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from briefer.core.draft import draft_note
from briefer.core.note import NoteMeta
from briefer.export import export_docx
from briefer.io.templates import list_templates, load_template
from tests.helpers.export_project import build_project
from tests.helpers.office import convert, needs_office, needs_pandoc, pdf_pages

NBSP = "\u00a0"
FRENCH_SUBJECT = "Gérer la relation commerciale Canada–États-Unis"
ENGLISH_SUBJECT = "Managing the Canada–US trade relationship"
FRENCH_TITLES = {"s1": "But", "s2": "Contexte", "s3": "Situation actuelle",
                 "s4": "Considérations clés"}
# What an English note prints by itself; none of it may show in a French one.
ENGLISH_WORDS = ("To:", "From:", "Subject:", "File:", "Purpose:", "For decision",
                 "For information", "Prepared by", "Contact:", "Briefing note",
                 "BRIEFING NOTE", "November")


def french_project():
    project = build_project()
    meta = project.note.meta
    meta.language = "fr-CA"
    meta.subject_fr = FRENCH_SUBJECT
    meta.prepared_by = "Jeanne Analyste, analyste principale"
    for section in project.note.sections:
        section.title = FRENCH_TITLES[section.id]  # as a note created in French has them
    return project


@pytest.fixture(scope="module")
def exported_fr(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("fr") / "note.docx"
    export_docx(french_project(), out)
    return out


def fr(label: str) -> str:
    return label.replace(" :", NBSP + ":")


# -- templates ----------------------------------------------------------------------------

def test_every_bundled_template_has_its_french_titles() -> None:
    for name in list_templates():
        template = load_template(name)
        assert template.title_fr, name
        assert all(s.title_fr for s in template.sections), name


def test_a_note_created_in_french_has_the_french_sections() -> None:
    note = load_template("briefing-note").new_note(NoteMeta(language="fr-CA"))
    assert [s.title for s in note.sections] == [
        "But", "Contexte", "Situation actuelle", "Considérations clés", "Options et stratégie",
        "Recommandation", "Prochaines étapes"]
    english = load_template("briefing-note").new_note(NoteMeta(language="en-CA"))
    assert english.sections[0].title == "Purpose"


def test_a_note_drafted_in_french_has_the_french_sections(seeds) -> None:
    from briefer.io.project_file import load_project

    project = load_project(seeds)
    project.note.meta.language = "fr-CA"
    template = load_template("briefing-note")
    note = draft_note(project, template)
    assert [s.title for s in note.sections] == [s.title_fr for s in template.sections]
    assert note.sections[1].title == "Contexte" and note.excerpt_blocks()


# -- the document -------------------------------------------------------------------------

def test_the_title_block_is_in_french(exported_fr: Path) -> None:
    document = docx.Document(str(exported_fr))
    assert document.paragraphs[0].text == "Note d’information"
    rows = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert rows == [
        [fr("À :"), "Minister of International Trade"],
        [fr("De :"), "Director General, Trade Policy"],
        [fr("Objet :"), FRENCH_SUBJECT],
        [fr("Subject (English) :"), ENGLISH_SUBJECT],
        [fr("Date :"), "21 novembre 2026"],
        [fr("N° de dossier :"), "TPD-2026-0147"],
        [fr("But :"), "Pour décision"],
    ]


def test_headings_signature_and_sources_are_in_french(exported_fr: Path) -> None:
    document = docx.Document(str(exported_fr))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["But", "Contexte", "Considérations clés", "Sources"]
    signature = next(p for p in document.paragraphs if p.text.startswith("Rédigé par"))
    assert signature.text == (f"Rédigé par{NBSP}: Jeanne Analyste, analyste principale\n"
                              f"Personne-ressource{NBSP}: 613-555-0100")


def test_an_author_date_style_lists_references_in_french(tmp_path: Path) -> None:
    out = tmp_path / "apa.docx"
    export_docx(french_project(), out, style="apa")
    headings = [p.text for p in docx.Document(str(out)).paragraphs
                if p.style.name == "Heading 1"]
    assert headings[-1] == "Références"


def test_styles_runs_and_properties_all_say_fr_ca(tmp_path: Path) -> None:
    """Even a reference document whose styles and text are tagged English."""
    reference = tmp_path / "english.docx"
    doc = docx.Document()
    for name in ("Normal", "Heading 1", "Title", "Quote"):
        rpr = doc.styles[name].element.get_or_add_rPr()
        lang = rpr.makeelement(qn("w:lang"), {qn("w:val"): "en-US"})
        rpr.append(lang)
    doc.save(str(reference))
    out = tmp_path / "note.docx"
    export_docx(french_project(), out, reference_docx=reference)
    document = docx.Document(str(out))
    from briefer.export.footnotes import footnotes_part

    tags = [t.get(qn("w:val")) for root in (document.styles.element, document.element.body,
                                             footnotes_part(document).element)
            for t in root.iter(qn("w:lang")) if t.get(qn("w:val"))]
    assert tags and set(tags) == {"fr-CA"}
    assert document.core_properties.language == "fr-CA"
    assert document.core_properties.title == FRENCH_SUBJECT


def test_an_english_note_shows_the_french_subject_below_its_own(tmp_path: Path) -> None:
    project = build_project()
    project.note.meta.subject_fr = FRENCH_SUBJECT
    out = tmp_path / "note.docx"
    export_docx(project, out)
    rows = [[c.text for c in row.cells] for row in docx.Document(str(out)).tables[0].rows]
    assert rows[2:4] == [["Subject:", ENGLISH_SUBJECT], ["Objet (français):", FRENCH_SUBJECT]]
    project.note.meta.subject_fr = ""
    export_docx(project, out)
    labels = [row.cells[0].text for row in docx.Document(str(out)).tables[0].rows]
    assert labels == ["To:", "From:", "Subject:", "Date:", "File:", "Purpose:"]


def test_a_french_note_without_a_french_subject_shows_its_subject_once(tmp_path: Path) -> None:
    project = french_project()
    project.note.meta.subject_fr = ""
    project.note.meta.subject = FRENCH_SUBJECT  # typed in French in the only field
    out = tmp_path / "note.docx"
    export_docx(project, out)
    rows = [[c.text for c in row.cells] for row in docx.Document(str(out)).tables[0].rows]
    assert [fr("Objet :"), FRENCH_SUBJECT] in rows and len(rows) == 6


@needs_pandoc
def test_pandoc_reads_a_french_note(exported_fr: Path) -> None:
    text = subprocess.run(["pandoc", str(exported_fr), "-t", "plain", "--wrap=none"],
                          capture_output=True, text=True, check=True, timeout=60).stdout
    for words in (fr("À :"), fr("N° de dossier :"), "21 novembre 2026",
                  "Pour décision", fr("Rédigé par :"), fr("Personne-ressource :")):
        assert words in text, words
    body = text.split("[1]")[0]  # the footnotes cite English sources in French
    assert [w for w in ENGLISH_WORDS if w in body] == []


@needs_office
@pytest.mark.slow
def test_libreoffice_prints_every_page_in_french(exported_fr: Path, tmp_path: Path) -> None:
    pages = pdf_pages(convert(exported_fr, tmp_path, "pdf"))
    assert len(pages) >= 2
    for number, page in enumerate(pages, 1):
        flat = " ".join(page.split())
        assert f"Page {number} de {len(pages)}" in flat
        assert "PROTÉGÉ B" in flat
        assert [w for w in ENGLISH_WORDS if w in flat] == [], number
        assert not re.search(r"Page \d+ of \d+", flat)
    assert "NOTE D’INFORMATION" in pages[0]
