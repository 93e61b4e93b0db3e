"""One door to citations: what the note pane shows beside an excerpt is its footnote in the
exported document, survey locator included (read back by pandoc, not by Briefer)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from briefer.export.cite import preview

needs_pandoc = pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc not installed")


def _survey_excerpt(project):
    return next(e for e in project.excerpts.values() if e.source_id == "survey")


def test_preview_names_the_response_quoted(project) -> None:
    text = preview(project, _survey_excerpt(project))
    assert re.search(r"response \d+ to question \d+", text)


def test_preview_of_a_missing_source_is_empty_and_an_unknown_style_says_so(project) -> None:
    excerpt = _survey_excerpt(project)
    del project.sources["survey"]
    assert preview(project, excerpt) == ""
    project.citation_style = "mla"
    with pytest.raises(ValueError):
        preview(project, next(iter(project.excerpts.values())))


@needs_pandoc
@pytest.mark.parametrize("style", ["chicago", "apa"])
def test_every_preview_is_the_first_footnote_of_its_source(project, tmp_path: Path,
                                                           style: str) -> None:
    from briefer.export import export_docx

    project.citation_style = style
    out = tmp_path / "note.docx"
    export_docx(project, out, style=style)
    markdown = subprocess.run(["pandoc", str(out), "-t", "plain", "--wrap=none"],
                              capture_output=True, text=True, check=True, timeout=60).stdout
    notes = dict(re.findall(r"^\[(\d+)\] (.+)$", markdown, re.M))
    seen: set[str] = set()
    number = 0
    for block in project.note.excerpt_blocks():
        number += 1
        excerpt = project.excerpts[block.excerpt_id]
        if excerpt.source_id in seen:
            continue  # later citations of a source are short
        seen.add(excerpt.source_id)
        assert " ".join(notes[str(number)].split()) == " ".join(preview(project, excerpt).split())
