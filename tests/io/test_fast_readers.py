"""The readers that replaced python-docx, html5lib and pypdf on the import path give the
text those libraries gave, on documents like the ones analysts import.

Each expected text below is what the earlier reader (python-docx; html5lib; pypdf before
PDFium) extracted from the same document, recorded when the reader changed: a change in
the text a user imports would move every excerpt quoted from it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK

from briefer.io.importers import extract
from briefer.io.importers.pdf import _extract_checked  # the earlier way, kept for damage
from tests.helpers.importer_files import HTML_PAGE, _add_footnote, make_pdf

FRENCH_DOCX_TEXT = (
    "# Note au ministre : l’accord Canada–États-Unis\n\n"
    "## Contexte\n\n"
    "Le Québec et l’Ontario représentent **70 %** des exportations d’acier ; "
    "« la situation reste fragile », selon le ministère.[^1]\n\n"
    "- Produits laitiers (gestion de l’offre)\n"
    "- Bois d’œuvre résineux\n\n"
    "## Réponses des experts\n\n"
    "1. Première réponse : les tarifs augmenteront.\n"
    "2. Deuxième réponse — incertaine.\n"
    "3. Troisième réponse, après une ligne\nforcée.\n\n"
    "| Secteur | Exportations (G$) | Variation |\n"
    "|---|---|---|\n"
    "| Automobile | 80 | −3 % |\n"
    "| Acier et aluminium |  | +1 % |\n\n"
    "### Sous-section 1.1\n\n"
    "Texte final avec des caractères non latins : 日本語, Ελληνικά, 🍁.\n\n"
    "[^1]: Source : Statistique Canada, 2025."
)


def french_docx(path: Path) -> Path:
    """A French note as a person writes one in Word: title, headings, bold, a footnote,
    bulleted and numbered lists, a line break, a table with a merged cell."""
    document = docx.Document()
    document.core_properties.title = "Note au ministre"
    document.core_properties.author = "Direction des politiques commerciales"
    document.core_properties.language = "fr-CA"
    document.add_heading("Note au ministre : l’accord Canada–États-Unis", level=1)
    document.add_heading("Contexte", level=2)
    para = document.add_paragraph("Le Québec et l’Ontario représentent ")
    para.add_run("70 %").bold = True
    para.add_run(" des exportations d’acier ; « la situation reste fragile », selon le "
                 "ministère.")
    _add_footnote(document, para, "Source : Statistique Canada, 2025.")
    document.add_paragraph("Produits laitiers (gestion de l’offre)", style="List Bullet")
    document.add_paragraph("Bois d’œuvre résineux", style="List Bullet")
    document.add_heading("Réponses des experts", level=2)
    document.add_paragraph("Première réponse : les tarifs augmenteront.", style="List Number")
    document.add_paragraph("Deuxième réponse — incertaine.", style="List Number")
    item = document.add_paragraph("Troisième réponse, après une ligne", style="List Number")
    item.add_run().add_break(WD_BREAK.LINE)
    item.add_run("forcée.")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([("Secteur", "Exportations (G$)", "Variation"),
                             ("Automobile", "80", "−3 %"), ("Acier et aluminium", "", "+1 %")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(1, 1).merge(table.cell(2, 1))  # a vertically merged cell
    document.add_heading("Sous-section 1.1", level=3)
    document.add_paragraph("Texte final avec des caractères non latins : 日本語, Ελληνικά, 🍁.")
    document.save(str(path))
    return path


def test_a_french_word_note_reads_as_python_docx_read_it(tmp_path: Path) -> None:
    extracted = extract(french_docx(tmp_path / "note.docx"))
    assert extracted.text == FRENCH_DOCX_TEXT + "\n"
    assert extracted.suffix == ".md"
    assert extracted.meta.title == "Note au ministre"
    assert extracted.meta.author == [{"literal": "Direction des politiques commerciales"}]
    assert extracted.meta.language == "fr-CA"


def _without(path: Path, *members: str) -> Path:
    """A copy of a .docx without some of its parts and the relationships naming them (as
    some converters write them)."""
    out = path.with_name("stripped.docx")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename in members:
                continue
            data = src.read(info.filename)
            if info.filename.endswith(".rels"):
                for member in members:
                    target = member.removeprefix("word/").encode()
                    data = re.sub(rb"<Relationship [^>]*Target=\"/?" + re.escape(target) +
                                  rb"\"[^>]*/>", b"", data)
            dst.writestr(info, data)
    return out


def test_a_file_without_styles_or_properties_reads_as_before(tmp_path: Path) -> None:
    # without its styles, no paragraph is known as a heading or a list item (python-docx's
    # stand-in styles had none either); python-docx also invented the title "Word
    # Document" for missing core properties: the title is now left empty
    path = _without(french_docx(tmp_path / "note.docx"), "word/styles.xml",
                    "docProps/core.xml")
    extracted = extract(path)
    plain = re.sub(r"(?m)^(#+|-|\d+\.) ", "", FRENCH_DOCX_TEXT).replace(
        "gestion de l’offre)\n", "gestion de l’offre)\n\n").replace(
        "incertaine.\n", "incertaine.\n\n").replace("augmenteront.\n", "augmenteront.\n\n")
    assert extracted.text == plain + "\n"
    assert extracted.meta.title == ""
    assert extracted.meta.author == []


def test_a_macro_enabled_document_is_refused_as_before(tmp_path: Path) -> None:
    path = french_docx(tmp_path / "note.docx")
    renamed = tmp_path / "macros.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(renamed, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"document.macroEnabled.main+xml")
            dst.writestr(info, data)
    with pytest.raises(Exception, match="is not a Word file, content type is"):
        extract(renamed)


PANDOC_DOCX_TEXT = (
    "# Trade talks stall\n\n"
    "Canadian negotiators left Washington **without a deal** on auto rules of origin.\n\n"
    "- Dairy\n- Lumber\n"
    "1. First\n2. Second\n\n"
    "| Sector | Exports |\n|---|---|\n| Autos | 80 |\n\n"
    "A footnote follows.[^1]\n\n"
    "[^1]: Statistics Canada."
)


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
def test_a_pandoc_word_file_reads_as_python_docx_read_it(tmp_path: Path) -> None:
    source = tmp_path / "page.md"
    source.write_text("# Trade talks stall\n\nCanadian negotiators left Washington **without "
                      "a deal** on auto rules of origin.\n\n- Dairy\n- Lumber\n\n1. First\n"
                      "2. Second\n\n| Sector | Exports |\n|---|---|\n| Autos | 80 |\n\n"
                      "A footnote follows.[^1]\n\n[^1]: Statistics Canada.\n",
                      encoding="utf-8")
    path = tmp_path / "page.docx"
    subprocess.run(["pandoc", str(source), "-o", str(path)], check=True)
    assert extract(path).text == PANDOC_DOCX_TEXT + "\n"


# -- PDF: PDFium alone for a sound file, pypdf first for the others -----------------------

FRENCH_PAGES = [
    ["Note au ministre : l\u2019accord Canada\u2013\u00c9tats-Unis",
     "Le Qu\u00e9bec et l\u2019Ontario repr\u00e9sentent 70 % des exportations d\u2019acier ;",
     "\u00ab la situation reste fragile \u00bb, selon le minist\u00e8re, qui rappelle que les",
     "n\u00e9gociations reprendront \u00e0 Washington apr\u00e8s l\u2019\u00e9t\u00e9.",
     "Un second paragraphe."],
    ["Page deux : les r\u00e9ponses des experts (\u00bd d\u2019entre eux).", "3"],
]


def test_a_sound_pdf_reads_as_it_read_when_pypdf_opened_it_first(tmp_path: Path) -> None:
    path = tmp_path / "note.pdf"
    path.write_bytes(make_pdf(FRENCH_PAGES, title="Note au minist\u00e8re",
                              author="Direction g\u00e9n\u00e9rale; J. Tremblay"))
    fast, before = extract(path), _extract_checked(path)
    assert fast.text == before.text
    assert "\u00ab la situation reste fragile \u00bb" in fast.text
    assert fast.meta == before.meta
    assert fast.meta.title == "Note au minist\u00e8re"
    assert fast.meta.author == [{"literal": "Direction g\u00e9n\u00e9rale"},
                                {"literal": "J. Tremblay"}]
    assert fast.warnings == before.warnings == []


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_word_note_printed_to_pdf_reads_as_it_read_before(tmp_path: Path) -> None:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(french_docx(tmp_path / "note.docx"))], check=True, capture_output=True,
                   timeout=120)
    fast, before = extract(tmp_path / "note.pdf"), _extract_checked(tmp_path / "note.pdf")
    assert (fast.text, fast.meta, fast.warnings) == (before.text, before.meta, before.warnings)
    for words in ("l’accord Canada–États-Unis", "« la situation reste fragile »",
                  "Bois d’œuvre résineux", "Acier et aluminium", "Statistique Canada"):
        assert words in fast.text


def test_a_sound_pdf_is_read_without_loading_pypdf(tmp_path: Path) -> None:
    path = tmp_path / "note.pdf"
    path.write_bytes(make_pdf(FRENCH_PAGES))
    code = ("import sys; from pathlib import Path; from briefer.io.importers import extract\n"
            "assert 'Qu\u00e9bec' in extract(Path(sys.argv[1])).text\n"
            "print('pypdf' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                          text=True, check=True, cwd=Path(__file__).resolve().parents[2])
    assert done.stdout.split() == ["False"]


# -- Web pages: Lexbor, the HTML5 algorithm in C, where html5lib ran it in Python -----------

FRENCH_PAGE = """<!DOCTYPE html>
<html lang="fr-CA">
<head>
<meta charset="utf-8">
<title>Acier : Ottawa riposte | Le Devoir</title>
<meta property="og:site_name" content="Le Devoir">
<link rel="canonical" href="https://www.ledevoir.com/economie/acier-ottawa-riposte">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Acier : Ottawa riposte aux tarifs américains", "datePublished": "2025-06-04",
 "author": [{"@type": "Person", "name": "Hélène Côté"},
  {"@type": "Person", "name": "Marc Tremblay"}],
 "publisher": {"@type": "Organization", "name": "Le Devoir"}}</script>
</head>
<body>
<header><nav><ul><li><a href="/">Accueil</a></li>
<li><a href="/economie">Économie</a></li></ul></nav></header>
<svg width="0" height="0"><title>Logo du journal</title><path d="M0 0"/></svg>
<article>
<h1>Acier : Ottawa riposte aux tarifs américains</h1>
<p class="chapeau">Le gouvernement fédéral impose des contre-mesures de <strong>25 %</strong> sur
l’acier américain ; « nous défendrons nos travailleurs », a déclaré la
ministre.<sup><a href="#n1">1</a></sup></p>
<h2>Ce que prévoient les mesures</h2>
<ol><li>Des tarifs sur 12,6 G$ d’importations</li><li>Une aide aux entreprises touchées
<ul><li>prêts à faible taux</li><li>soutien à l’exportation</li></ul></li></ol>
<table>
<caption>Exportations d’acier (G$)</caption>
<thead><tr><th>Province</th><th>2024</th><th>Variation</th></tr></thead>
<tbody><tr><td>Ontario</td><td>9,1</td><td>−4 %</td></tr>
<tr><td>Québec</td><td>3,2</td><td>+1,5 %</td></tr></tbody>
</table>
<blockquote><p>Les négociations reprendront à Washington après l’été.</p></blockquote>
<p>Texte&nbsp;avec une espace insécable, un saut<br>de ligne et des caractères non latins :
日本語, Ελληνικά.</p>
<template><p>Modèle caché</p></template>
<aside>Publicité : abonnez-vous</aside>
<section class="notes"><p id="n1">1. Statistique Canada, tableau 12-10-0011-01.</p></section>
</article>
<footer>© Le Devoir 2025</footer>
</body>
</html>
"""

FRENCH_PAGE_TEXT = (
    'Acier : Ottawa riposte aux tarifs américains\n\n'
    'Le gouvernement fédéral impose des contre-mesures de 25 % sur l’acier américain ; '
    '« nous défendrons nos travailleurs », a déclaré la ministre.1\n\n'
    'Ce que prévoient les mesures\n\n'
    'Des tarifs sur 12,6 G$ d’importations\n\n'
    'Une aide aux entreprises touchées\n\n'
    'prêts à faible taux\n\n'
    'soutien à l’exportation\n\n'
    'Exportations d’acier (G$)\n\n'
    'Province\t2024\tVariation\nOntario\t9,1\t−4 %\nQuébec\t3,2\t+1,5 %\n\n'
    'Les négociations reprendront à Washington après l’été.\n\n'
    'Texte avec une espace insécable, un saut\nde ligne et des caractères non latins : '
    '日本語, Ελληνικά.\n\n'
    '1. Statistique Canada, tableau 12-10-0011-01.\n'
)


def test_a_french_news_page_reads_as_html5lib_read_it(tmp_path: Path) -> None:
    path = tmp_path / "acier.html"
    path.write_text(FRENCH_PAGE, encoding="utf-8")
    extracted = extract(path)
    assert extracted.text == FRENCH_PAGE_TEXT
    assert extracted.meta.title == "Acier : Ottawa riposte | Le Devoir"
    assert extracted.meta.container_title == "Le Devoir"
    assert extracted.meta.author == [{"literal": "Hélène Côté"}, {"literal": "Marc Tremblay"}]
    assert extracted.meta.issued == {"date-parts": [[2025, 6, 4]]}
    assert extracted.meta.URL == "https://www.ledevoir.com/economie/acier-ottawa-riposte"
    assert extracted.meta.language == "fr-CA"
    assert extracted.warnings == []


def test_the_sample_web_page_reads_as_html5lib_read_it(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    extracted = extract(path)
    assert extracted.text == (
        "Trade talks stall over autos\n\nCanadian negotiators left Washington on Tuesday "
        "without a deal on auto rules of origin, officials said.\n\nThe next round is set for "
        "April \u2014 \u201cif the talks resume at all.\u201d\n\nDairy\n\nLumber\n\n"
        "Sector\tExports\nAutos\t80\n\nLine one\nline two\n")
    assert extracted.meta.type == "article-newspaper"
    assert extracted.meta.title == "Trade talks stall over autos"


def test_a_page_s_svg_title_is_not_its_title(tmp_path: Path) -> None:
    # html5lib put SVG's <title> in the SVG namespace; Lexbor's tree is marked the same way
    path = tmp_path / "logo.html"
    path.write_text("<html><body><svg><title>Logo</title></svg><p>Words.</p>"
                    "<math><mi><title>Math title</title></mi></math>", encoding="utf-8")
    extracted = extract(path)
    assert extracted.text == "Words.\n"
    assert extracted.meta.title == "Math title"  # inside <mi>, HTML again, as html5lib read it
