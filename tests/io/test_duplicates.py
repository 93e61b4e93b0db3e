"""A new source with the text of one already there (the same article as .docx and .html)
is imported with a warning naming that source, or skipped when the app's question says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.core.project import Project
from briefer.core.source import Source
from briefer.io.duplicates import fold
from briefer.io.importing import import_and_save
from briefer.io.project_file import load_project, new_project

PARAGRAPHS = [
    "OTTAWA — Canada's chief negotiator said on Tuesday that the \"sunset clause\" proposed "
    "by Washington remained the main obstacle to a deal on autos and dairy.",
    "Officials expect auto rules of origin to dominate the seventh round, with tariffs on "
    "steel and aluminum hanging over every session of the talks.",
    "Industry groups in Ontario warned that a rise in regional content requirements would "
    "push parts makers to move production south of the border within two years.",
]


def article_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Sunset clause still blocks a deal", style="Title")
    for text in PARAGRAPHS:
        document.add_paragraph(text.replace('"', "“", 1).replace('"', "”", 1)
                               .replace("'", "’"))
    document.save(str(path))
    return path


def article_html(path: Path) -> Path:
    body = "".join(f"<p>{p.replace('  ', ' ')}</p>\n" for p in PARAGRAPHS)
    path.write_text(
        "<!doctype html><html><head><title>Sunset clause still blocks a deal</title></head>"
        "<body><nav><a href='/'>Home</a> <a href='/politics'>Politics</a></nav>"
        "<h1>SUNSET CLAUSE STILL BLOCKS A DEAL</h1>\n" + body +
        "<p>Advertisement</p><footer>Share this article</footer></body></html>",
        encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path, seeds_copy: Path) -> Project:
    return new_project(tmp_path / "proj", seeds_copy)


def test_folding_ignores_case_quotes_dashes_and_spacing() -> None:
    assert fold("He said “No” —\u00a0twice.") == fold('he said "no" - twice')


def test_the_same_article_as_docx_then_html_warns_naming_the_first(
        project: Project, tmp_path: Path) -> None:
    first = import_and_save(project, [article_docx(tmp_path / "sunset.docx")])
    (docx_id,) = first.added
    second = import_and_save(project, [article_html(tmp_path / "sunset-web.html")])
    (html_id,) = second.added  # imported all the same
    assert project.sources[html_id].text != project.sources[docx_id].text
    (warning,) = [str(w) for w in second.warnings if "already in the project" in str(w)]
    assert "sunset-web.html" in warning and docx_id in warning
    assert "Sunset clause still blocks a deal" in warning
    assert set(load_project(Path(project.path)).sources) >= {docx_id, html_id}


def test_both_in_one_batch_are_compared_too(project: Project, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    article_docx(folder / "a.docx")
    article_html(folder / "b.html")
    report = import_and_save(project, [folder])
    assert len(report.added) == 2
    assert any("b.html" in str(w) and report.added[0] in str(w) for w in report.warnings)


def test_the_apps_answer_skip_leaves_it_out(project: Project, tmp_path: Path) -> None:
    import_and_save(project, [article_docx(tmp_path / "sunset.docx")])
    asked: list[tuple[str, str]] = []

    def skip(path: Path, existing: Source) -> bool:
        asked.append((path.name, existing.id))
        return False

    before = set(project.sources)
    report = import_and_save(project, [article_html(tmp_path / "sunset-web.html")],
                             duplicate=skip)
    assert asked == [("sunset-web.html", "sunset")]
    assert not report.added and set(project.sources) == before
    assert any("not imported" in str(w) for w in report.warnings)
    assert set(load_project(Path(project.path)).sources) == before


def test_a_different_article_and_a_reimport_are_not_duplicates(
        project: Project, tmp_path: Path) -> None:
    path = article_docx(tmp_path / "sunset.docx")
    import_and_save(project, [path])
    other = tmp_path / "dairy.html"
    other.write_text("<p>" + " ".join(reversed(PARAGRAPHS[2].split())) + "</p>"
                     "<p>Dairy farmers in Quebec rallied outside Parliament against any new "
                     "access to the supply-managed market for American milk.</p>",
                     encoding="utf-8")
    report = import_and_save(project, [other])
    assert report.added and not [w for w in report.warnings if "already" in str(w)]
    import docx  # the same file, edited: a re-import updates its source, no warning

    document = docx.Document(str(path))
    document.add_paragraph("Update: talks resume on Monday.")
    document.save(str(path))
    again = import_and_save(project, [path])
    assert again.updated == ["sunset"]
    assert not [w for w in again.warnings if "already in the project" in str(w)]


# In a fresh interpreter (its own string hashes, as every `briefer import` has): import
# FILES into PROJECT; print the warnings, then how many texts of the project were read.
IMPORT_COUNTING_READS = """
import sys
from pathlib import Path
from briefer.io.importing import import_and_save
from briefer.io.project_file import load_project
reads = []
project = load_project(Path(sys.argv[1]), outline=False)
for source in project.sources.values():  # each text read later: counted when it is
    if source._loader is not None:
        source._loader = (lambda read: lambda: reads.append(1) or read())(source._loader)
report = import_and_save(project, [Path(p) for p in sys.argv[2:]])
for warning in report.warnings:
    print(warning)
print("READ", len(reads))
"""


def test_a_large_project_is_not_read_again_to_find_a_copy(tmp_path: Path) -> None:
    """A project of hundreds of articles: the first import reads every text once to sum it
    up; later imports, each a new process, find the same article under other furniture
    from the sums kept in the project's cache, without reading the texts again."""
    import subprocess
    import sys

    from tests.helpers.projects import large_project

    article = "\n\n".join(PARAGRAPHS) + "\n"
    folder = large_project(tmp_path / "big", {"a0042": article})
    root = Path(__file__).resolve().parents[2]

    def run(*files: Path) -> tuple[list[str], int]:
        out = subprocess.run([sys.executable, "-c", IMPORT_COUNTING_READS, str(folder),
                              *map(str, files)], capture_output=True, text=True, check=True,
                             cwd=root).stdout.splitlines()
        return out[:-1], int(out[-1].split()[1])

    other = tmp_path / "other.txt"
    other.write_text("Potash exporters in Saskatchewan brace for a slower spring as rail "
                     "talks stall and fertilizer prices slide for a third month.\n")
    warnings, first = run(other)
    assert not any("already in the project" in w for w in warnings), warnings
    assert first >= 200  # every text, once, to sum it up
    warnings, again = run(article_docx(tmp_path / "sunset.docx"))
    assert any("a0042" in w and "already in the project" in w for w in warnings), warnings
    assert again <= 3  # the few candidates compared in full, not the project
    # a text changed since is summed up again: its new words are what count
    (folder / "sources" / "a0042.txt").write_text("Another story entirely, about potash "
                                                  "and fertilizer prices in Saskatchewan "
                                                  "this spring, and nothing else.\n")
    warnings, _ = run(article_html(tmp_path / "again.html"))
    assert not any("a0042" in w and "already in the project" in w for w in warnings)
