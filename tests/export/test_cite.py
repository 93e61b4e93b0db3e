"""One door to citations: what the note pane shows beside an excerpt is its footnote in the
exported document, survey locator included (read back by pandoc, not by Briefer)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from briefer.export import cite
from briefer.export.cite import fill_previews, preview
from briefer.export.csl_styles import StyleError, find_style

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
    project.citation_style = "no-such-style"
    with pytest.raises(StyleError, match="Unknown citation style"):
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


def _count_runs(monkeypatch) -> list[int]:
    """Count the processor's runs (each is one pandoc process)."""
    calls: list[int] = []
    real = cite.render

    def counting(*args, **kwargs):
        calls.append(len(args[2]))
        return real(*args, **kwargs)

    monkeypatch.setattr(cite, "render", counting)
    return calls


def test_a_preview_once_rendered_is_served_from_the_cache(project, monkeypatch) -> None:
    monkeypatch.setattr(cite, "_PREVIEWS", {})
    excerpt = _survey_excerpt(project)
    first = preview(project, excerpt)
    calls = _count_runs(monkeypatch)
    assert preview(project, excerpt) == first
    assert calls == []
    project.citation_style = "apa"  # another style is another key
    assert preview(project, excerpt) != first
    assert len(calls) == 1


def test_previews_of_a_whole_note_take_one_run_per_locator_of_an_item(project, monkeypatch
                                                                        ) -> None:
    monkeypatch.setattr(cite, "_PREVIEWS", {})
    excerpts = list(project.excerpts.values())
    calls = _count_runs(monkeypatch)
    fill_previews(project, excerpts)
    survey_cites = {cite.survey_locator(project, project.sources["survey"], e.position.start)
                    for e in excerpts if e.source_id == "survey"}
    assert len(calls) == max(1, len(survey_cites))  # an item is cited once per run
    assert sum(calls) == len({(e.source_id, cite.survey_locator(
        project, project.sources[e.source_id], e.position.start)) for e in excerpts})
    calls.clear()
    texts = [preview(project, e) for e in excerpts]
    assert calls == [] and all(texts)


def test_one_processor_run_per_export(project, tmp_path: Path, monkeypatch) -> None:
    from briefer.export import export_docx

    calls = _count_runs(monkeypatch)
    report = export_docx(project, tmp_path / "note.docx")
    assert calls == [report.footnotes]


def test_any_csl_file_by_path_and_a_dependent_style_by_name(project, tmp_path: Path) -> None:
    from briefer.export import export_docx

    house = tmp_path / "house.csl"
    house.write_bytes(find_style("apa").path.read_bytes())
    excerpt = _survey_excerpt(project)
    project.citation_style = str(house)
    assert preview(project, excerpt).startswith("(")  # author-date, like APA
    export_docx(project, tmp_path / "a.docx")
    dependent = find_style("university-of-york-apa")
    assert dependent.path == find_style("apa").path and dependent.title != "APA Style 7th edition"
    broken = tmp_path / "broken.csl"
    broken.write_text("<style>not csl", encoding="utf-8")
    with pytest.raises(StyleError, match="not a citation style"):
        find_style(str(broken))
    with pytest.raises(StyleError, match="No citation style file"):
        find_style(str(tmp_path / "missing.csl"))


def test_a_french_note_cites_in_french(project) -> None:
    text = preview(project, _survey_excerpt(project), locale="fr-CA")
    assert re.search(r"réponse \d+ à la question \d+", text)
    article = next(e for e in project.excerpts.values()
                   if "June 2, 2019" in preview(project, e))
    assert "2 juin 2019" in preview(project, article, locale="fr-CA")


def test_a_french_note_is_exported_with_french_citations(project, tmp_path: Path) -> None:
    import docx

    from briefer.export import export_docx
    from briefer.export.footnotes import read_footnotes

    project.note.meta.language = "fr-CA"
    assert re.search(r"réponse \d+ à la question \d+", preview(project, _survey_excerpt(project)))
    out = tmp_path / "note.docx"
    export_docx(project, out)
    document = docx.Document(str(out))
    notes = read_footnotes(document)
    assert any("2 juin 2019" in n for n in notes)
    assert any(re.search(r"réponse \d+ à la question \d+", n) for n in notes)
    assert document.core_properties.language == "fr-CA"
