"""Exports that must not go wrong: changed quotes, odd text, files that cannot be written."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import docx
import pytest
from docx.shared import Inches, Pt

from briefer.core.note import NoteMeta, new_excerpt_block, new_prose
from briefer.core.project import Project
from briefer.core.source import Source, SourceMeta
from briefer.export import ExportError, export_docx
from briefer.export.footnotes import read_footnotes
from briefer.export.reference_doc import build_reference


def _change_source(project: Project, old: str, new: str) -> None:
    source = project.sources["hill"]
    source.text = source.text.replace(old, new)


# -- quotations are verified ------------------------------------------------------

def test_changed_quote_stops_the_export_with_a_list(project, tmp_path: Path) -> None:
    _change_source(project, "there is still some work to be done.",
                   "there is still a great deal of work ahead of us.")
    out = tmp_path / "note.docx"
    with pytest.raises(ExportError) as caught:
        export_docx(project, out)
    message = str(caught.value)
    assert "no longer match" in message
    assert "Background: Excerpt “there is still some work to be done.”" in message
    assert len(caught.value.problems) == 1
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_missing_excerpt_and_source_are_listed(project, tmp_path: Path) -> None:
    project.note.sections[0].blocks.append(new_excerpt_block("ex-gone"))
    del project.sources["steel"]
    with pytest.raises(ExportError) as caught:
        export_docx(project, tmp_path / "note.docx")
    kinds = {(p.kind, p.source_id) for p in caught.value.problems}
    assert ("missing-excerpt", "") in kinds
    assert ("missing-source", "steel") in kinds


def test_moved_quote_is_still_verbatim_and_exports(project, tmp_path: Path) -> None:
    _change_source(project, "Canadian officials", "A new first sentence. Canadian officials")
    report = export_docx(project, tmp_path / "note.docx")
    assert report.unverified == []


def test_force_marks_unverified_quotes_in_the_document(project, tmp_path: Path) -> None:
    _change_source(project, "there is still some work to be done.", "nothing like it.")
    out = tmp_path / "note.docx"
    report = export_docx(project, out, force=True)
    assert len(report.unverified) == 1
    document = docx.Document(str(out))
    marked = [p for p in document.paragraphs if "[NOT VERIFIED:" in p.text]
    assert len(marked) == 1
    assert marked[0].text.startswith("As the minister’s spokesman put it: “there is still some "
                                     "work to be done.” [NOT VERIFIED:")
    assert report.footnotes == 5


# -- any text -------------------------------------------------------------------

NASTY = "Tab\there, NUL\x00, VT\x0b, FF\x0c, US\x1f, BOM\ufeff, \ufffe, emoji 🇨🇦🍁, " \
        "RTL עברית العربية, combining e\u0301, zero-width\u200b, <b>&amp;</b> \"quotes\""


def test_control_characters_and_any_unicode_never_crash(project, tmp_path: Path) -> None:
    project.note.meta = NoteMeta(to=NASTY, from_=NASTY, subject="Subject " + NASTY * 20,
                                 classification="secret\x00 // canadian eyes only",
                                 date="not a date", prepared_by=NASTY, contact=NASTY)
    project.note.sections[0].blocks.append(new_prose(NASTY + "\n\n- " + NASTY))
    project.note.sections[0].title = "Purpose " + NASTY
    source = project.sources["hill"]
    source.meta = SourceMeta(title=NASTY, container_title=NASTY, author=[{"literal": NASTY}],
                             URL="https://example.com/?a=1&b=<2>")
    out = tmp_path / "note.docx"
    export_docx(project, out)
    document = docx.Document(str(out))
    assert len(document.core_properties.title) <= 255
    assert document.core_properties.title.startswith("Subject Tab")
    assert document.sections[0].header.paragraphs[0].text == "SECRET // CANADIAN EYES ONLY"
    assert "🇨🇦🍁" in read_footnotes(document)[0]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "\x00" not in text and "emoji 🇨🇦🍁" in text


def test_very_long_subject_is_cut_for_core_properties_only(project, tmp_path: Path) -> None:
    project.note.meta.subject = "Long " * 200
    out = tmp_path / "note.docx"
    export_docx(project, out)
    document = docx.Document(str(out))
    assert len(document.core_properties.title) == 255
    assert document.tables[0].rows[2].cells[1].text == ("Long " * 200).strip()


# -- writing the file -----------------------------------------------------------------

def test_refuses_a_read_only_target_and_leaves_it_alone(project, tmp_path: Path) -> None:
    out = tmp_path / "note.docx"
    out.write_bytes(b"old")
    out.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        with pytest.raises(ExportError, match="read-only"):
            export_docx(project, out)
        assert out.read_bytes() == b"old"
    finally:
        out.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_refuses_a_missing_folder_or_a_folder_as_target(project, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_docx(project, tmp_path / "nowhere" / "note.docx")
    with pytest.raises(ExportError, match="is a folder"):
        export_docx(project, tmp_path)


def test_refuses_a_name_that_is_not_a_word_document(project, tmp_path: Path) -> None:
    for name, suggestion in (("note.txt", "note.docx"), ("note", "note.docx"),
                             ("note.doc", "note.docx")):
        with pytest.raises(ExportError, match=r"\.docx") as caught:
            export_docx(project, tmp_path / name)
        assert suggestion in str(caught.value)
    assert list(tmp_path.iterdir()) == []
    export_docx(project, tmp_path / "NOTE.DOCX")  # the ending in any case


def test_a_file_in_the_way_of_the_folder_is_named(project, tmp_path: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("x")
    for out in (afile / "x.docx", afile / "deeper" / "x.docx"):
        with pytest.raises(ExportError) as caught:
            export_docx(project, out)
        message = str(caught.value)
        assert f"{afile} is a file, not a folder" in message
        assert "does not exist" not in message


def test_refusal_message_fits_the_command_line_and_the_window(project, tmp_path: Path) -> None:
    _change_source(project, "there is still some work to be done.", "nothing like it.")
    with pytest.raises(ExportError) as caught:
        export_docx(project, tmp_path / "note.docx")
    message = str(caught.value)
    assert "export anyway" in message  # the window's button
    assert "briefer export --force" in message  # the command line's option
    assert "export with force" not in message


def test_failed_write_leaves_the_old_file_and_no_temporary(project, tmp_path: Path,
                                                            monkeypatch) -> None:
    out = tmp_path / "note.docx"
    out.write_bytes(b"old")

    def broken_replace(src, dst):  # the disk fills up at the last moment
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(ExportError, match="the disk is full"):
        export_docx(project, out)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["note.docx"]


def test_overwrites_a_writable_file_in_one_step(project, tmp_path: Path) -> None:
    out = tmp_path / "note.docx"
    out.write_bytes(b"old")
    out.chmod(0o640)
    export_docx(project, out)
    assert docx.Document(str(out)).tables
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["note.docx"]


# -- reference documents ----------------------------------------------------------------

def test_user_reference_supplies_letterhead_styles_and_page(project, tmp_path: Path) -> None:
    reference = tmp_path / "house.docx"
    doc = docx.Document()
    doc.sections[0].left_margin = Inches(1.5)
    doc.sections[0].header.paragraphs[0].text = "Department of Trade — Letterhead"
    doc.styles["Normal"].font.name = "Georgia"
    doc.styles["Normal"].font.size = Pt(12)
    doc.add_paragraph("Sample body text that must not survive.")
    doc.save(str(reference))

    out = tmp_path / "note.docx"
    report = export_docx(project, out, reference_docx=reference)
    result = docx.Document(str(out))
    assert result.sections[0].left_margin == Inches(1.5)
    assert result.styles["Normal"].font.name == "Georgia"
    header = [p.text for p in result.sections[0].header.paragraphs]
    assert header == ["PROTECTED B", "Department of Trade — Letterhead"]
    assert all("Sample body text" not in p.text for p in result.paragraphs)
    assert len(read_footnotes(result)) == report.footnotes == 5


def test_bad_reference_is_a_clear_error(project, tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_text("not a zip")
    with pytest.raises(ExportError, match="reference document"):
        export_docx(project, tmp_path / "note.docx", reference_docx=bad)
    with pytest.raises(ExportError, match="does not exist"):
        export_docx(project, tmp_path / "note.docx", reference_docx=tmp_path / "none.docx")


def test_reference_document_can_be_regenerated(tmp_path: Path) -> None:
    out = build_reference(tmp_path / "reference.docx")
    doc = docx.Document(str(out))
    names = {s.name for s in doc.styles}
    assert {"footnote text", "footnote reference", "Bibliography", "Quote", "Heading 1"} <= names
    assert doc.styles["Normal"].font.name == "Arial"
    assert doc.sections[0].left_margin == Inches(1)
    assert doc.paragraphs == []
    assert doc.styles.element.xpath("./w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val") == ["en-CA"]


def test_unknown_citation_style_is_a_clear_error(project, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="Unknown citation style “house-style-2019”"):
        export_docx(project, tmp_path / "note.docx", style="house-style-2019")
    assert not (tmp_path / "note.docx").exists()


def test_language_can_be_chosen(project, tmp_path: Path) -> None:
    out = tmp_path / "note.docx"
    export_docx(project, out, language="fr-CA")
    doc = docx.Document(str(out))
    assert doc.styles.element.xpath("./w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val") == ["fr-CA"]
    assert doc.core_properties.language == "fr-CA"


def test_source_without_metadata_is_cited_gracefully(tmp_path: Path) -> None:
    from briefer.core.excerpt import make_excerpt

    source = Source(id="s", text="Tariffs rose again.\n")
    project = Project(sources={"s": source})
    excerpt = make_excerpt("s", source.text, 0, 19)
    project.excerpts[excerpt.id] = excerpt
    project.note.sections.append(__import__("briefer.core.note", fromlist=["NoteSection"])
                                 .NoteSection(id="x", title="Background",
                                              blocks=[new_excerpt_block(excerpt.id)]))
    out = tmp_path / "note.docx"
    export_docx(project, out)
    assert read_footnotes(docx.Document(str(out))) == [
        "[Article: “Tariffs rose again.”], n.d."]


def test_any_text_in_the_note_exports(tmp_path: Path) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from briefer.export import render_docx
    from tests.helpers.export_project import build_project

    base = build_project()

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.text(max_size=300), st.text(max_size=300), st.text(max_size=80))
    def check(prose: str, subject: str, title: str) -> None:
        base.note.meta.subject = subject
        base.note.meta.classification = title
        base.note.sections[0].blocks[:] = [new_prose(prose)]
        base.note.sections[0].title = title
        data = render_docx(base)
        assert data[:2] == b"PK"

    check()
