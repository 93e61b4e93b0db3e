"""`check` names each field the chosen style needs and the source lacks, and a date
that would be cited as "n.d." because it cannot be read."""

from __future__ import annotations

from briefer.core.check import check_project
from briefer.core.excerpt import make_excerpt
from briefer.core.note import NoteSection, new_excerpt_block
from briefer.core.project import Project
from briefer.core.source import Source, SourceMeta
from briefer.export.csl_styles import find_style


def _project(meta: SourceMeta) -> Project:
    source = Source(id="s", text="Tariffs rose again in March.\n", meta=meta)
    project = Project(sources={"s": source})
    excerpt = make_excerpt("s", source.text, 0, 12)
    project.excerpts[excerpt.id] = excerpt
    project.note.sections.append(NoteSection(id="b", title="Background",
                                             blocks=[new_excerpt_block(excerpt.id)]))
    return project


def _missing(project: Project, style: str) -> list[tuple[str, ...]]:
    return [p.missing for p in check_project(project, find_style(style).fields)
            if p.kind == "metadata"]


def test_a_journal_article_needs_volume_and_pages_in_styles_that_print_them() -> None:
    project = _project(SourceMeta(type="article-journal", title="Rules of origin",
                                  container_title="Journal of Continental Policy",
                                  author=[{"family": "Smith", "given": "Jane"}],
                                  issued={"date-parts": [[2022]]}))
    assert _missing(project, "chicago") == [("volume", "page")]
    assert _missing(project, "apa") == [("volume", "page")]
    project.sources["s"].meta.extra.update({"volume": "12", "page": "45-67"})
    assert _missing(project, "chicago") == []


def test_a_bill_needs_its_number_and_a_case_its_court() -> None:
    bill = _project(SourceMeta(type="bill", title="An Act to amend the Customs Act",
                               issued={"date-parts": [[2024]]}))
    assert _missing(bill, "chicago") == [("number",)]
    case = _project(SourceMeta(type="legal_case", title="Canada v. Maple Lodge Farms",
                               issued={"date-parts": [[1982]]}))
    assert _missing(case, "mcgill") == [("authority",)]


def test_a_field_the_style_never_prints_is_not_asked_for(tmp_path) -> None:
    style = tmp_path / "titles-only.csl"
    style.write_text('<style xmlns="http://purl.org/net/xbiblio/csl" class="note" '
                     'version="1.0"><info><title>Titles only</title></info><citation>'
                     '<layout><text variable="title"/></layout></citation></style>',
                     encoding="utf-8")
    project = _project(SourceMeta(type="article-newspaper", title="Tariffs rose"))
    assert _missing(project, "chicago") == [("container-title", "issued")]
    assert _missing(project, str(style)) == []


def test_a_date_typed_as_words_is_read_and_one_that_cannot_be_is_named() -> None:
    meta = SourceMeta(type="article-newspaper", title="Tariffs rose", container_title="Globe",
                      issued="September 16, 2025")
    assert _missing(_project(meta), "chicago") == []
    meta.issued = "Septembre 31, 2025"
    problems = [p for p in check_project(_project(meta)) if p.kind == "metadata"]
    assert len(problems) == 1 and problems[0].missing == ("issued",)
    assert "“Septembre 31, 2025”" in str(problems[0].message) and "n.d." in str(problems[0].message)
