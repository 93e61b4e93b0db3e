"""Importing batches into a project folder: what is added, updated, refused and reported."""

from __future__ import annotations

import hashlib
import io
import json
import os
from pathlib import Path

import pytest

from tests.helpers.importer_files import (
    CSL_JSON,
    HTML_PAGE,
    PDF_PAGES,
    PNG_BYTES,
    RIS,
    make_docx,
    make_encrypted_pdf,
    make_pdf,
    make_zip_bomb,
)

from briefer.core.excerpt import AnchorStatus, make_excerpt
from briefer.core.progress import terminal_progress
from briefer.core.project import Project
from briefer.core.source import SourceKind
from briefer.io.importing import (
    ImportBlocked,
    import_and_save,
    import_paths,
    slug,
)
from briefer.io.project_file import ProjectError, load_project, new_project


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with a digest of its bytes."""
    return {str(p.relative_to(folder)): hashlib.sha1(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def project(tmp_path: Path) -> Project:
    root = tmp_path / "project"
    (root / "sources").mkdir(parents=True)
    return Project(name="test", path=str(root))


@pytest.fixture
def good(tmp_path: Path) -> Path:
    """A folder with one file of each supported kind (and a sub-folder)."""
    folder = tmp_path / "in"
    (folder / "web").mkdir(parents=True)
    make_docx(folder / "Trade Outlook.docx", footnote="Interview, 4 March 2018.")
    (folder / "web" / "talks.html").write_text(HTML_PAGE, encoding="utf-8")
    (folder / "report.pdf").write_bytes(make_pdf(PDF_PAGES))
    (folder / "legacy.txt").write_bytes("He said “no” — café.\r\n".encode("cp1252"))
    (folder / "notes.md").write_text("# Notes\n\nPlain *markdown* notes.\n", encoding="utf-8")
    return folder


@pytest.fixture
def bad(tmp_path: Path) -> Path:
    folder = tmp_path / "bad"
    folder.mkdir()
    make_zip_bomb(folder / "bomb.docx")
    make_encrypted_pdf(folder / "locked.pdf")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "picture.txt").write_bytes(PNG_BYTES)
    (folder / "scan.docx").write_bytes(make_pdf(PDF_PAGES))
    (folder / "data.xyz").write_bytes(b"?")
    (folder / "cut.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    return folder


def test_a_folder_imports_every_kind_and_writes_text_sidecar_and_original(
        project: Project, good: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    report = import_paths(project, [good], progress=lambda d, t, n: calls.append((d, t, n)))
    assert report.refused == []
    assert report.added == ["legacy", "notes", "report", "trade-outlook", "talks"]
    root = Path(project.path)
    files = set(snapshot(root))
    assert {"sources/trade-outlook.md", "sources/trade-outlook.yaml",
            "originals/trade-outlook.docx", "sources/talks.txt", "originals/talks.html",
            "sources/report.txt", "originals/report.pdf", "sources/legacy.txt",
            "originals/legacy.txt", "sources/notes.md"} <= files
    assert "originals/notes.md" not in files  # UTF-8 text: the text is the original
    talks = project.sources["talks"]
    assert talks.meta.container_title == "The Hill Times"
    assert talks.original == "talks.html" and talks.filename == "talks.txt"
    assert (root / "sources/talks.txt").read_text(encoding="utf-8") == talks.text
    assert "container-title: The Hill Times" in (root / "sources/talks.yaml").read_text("utf-8")
    legacy = project.sources["legacy"]
    assert legacy.text == "He said “no” — café.\n" and legacy.encoding == "cp1252"
    assert (root / "originals/legacy.txt").read_bytes() == (good / "legacy.txt").read_bytes()
    assert calls == [(i, 5, name) for i, name in enumerate(
        ["legacy.txt", "notes.md", "report.pdf", "Trade Outlook.docx", "talks.html"], 1)]
    assert not list(root.rglob("*.tmp"))


def test_bad_files_are_refused_one_by_one_and_change_nothing(
        project: Project, good: Path, bad: Path) -> None:
    import_paths(project, [good])
    before_sources = dict(project.sources)
    before_files = snapshot(Path(project.path))
    report = import_paths(project, [bad])
    reasons = {Path(f).name: str(r) for f, r in report.refused}
    assert set(reasons) == {"bomb.docx", "locked.pdf", "empty.txt", "picture.txt", "scan.docx",
                            "data.xyz", "cut.docx"}
    assert "zip bomb" in reasons["bomb.docx"]
    assert "password" in reasons["locked.pdf"]
    assert "empty" in reasons["empty.txt"]
    assert "PNG image" in reasons["picture.txt"]
    assert "rename it to scan.pdf" in reasons["scan.docx"]
    assert "unknown file type" in reasons["data.xyz"]
    assert "damaged" in reasons["cut.docx"]
    assert report.added == [] and report.updated == []
    assert project.sources == before_sources
    assert snapshot(Path(project.path)) == before_files


def test_a_mixed_batch_imports_the_good_files(project: Project, good: Path, bad: Path) -> None:
    report = import_paths(project, [bad / "picture.txt", good / "report.pdf", bad / "empty.txt",
                                    good / "notes.md", good / "missing.txt"])
    assert report.added == ["report", "notes"]
    assert [Path(f).name for f, _ in report.refused] == ["missing.txt", "picture.txt",
                                                         "empty.txt"]
    assert "no such file" in str(report.refused[0][1])


def test_reimport_updates_text_and_reports_orphaned_excerpts(
        project: Project, tmp_path: Path) -> None:
    src = tmp_path / "article.html"
    src.write_text("<html><body><p>The minister will visit Ottawa in May.</p>"
                   "<p>Dairy quotas stay untouched, officials said.</p></body></html>",
                   encoding="utf-8")
    import_paths(project, [src])
    text = project.sources["article"].text
    kept = make_excerpt("article", text, text.index("Dairy"), text.index(", officials"))
    gone = make_excerpt("article", text, text.index("The minister"), text.index(" in May"))
    project.excerpts = {kept.id: kept, gone.id: gone}

    src.write_text("<html><body><p>New lead paragraph first.</p>"
                   "<p>Dairy quotas stay untouched, officials said.</p></body></html>",
                   encoding="utf-8")
    report = import_paths(project, [src])
    assert report.updated == ["article"] and report.added == []
    new_text = project.sources["article"].text
    assert (Path(project.path) / "sources/article.txt").read_text("utf-8") == new_text
    assert "New lead" in (Path(project.path) / "originals/article.html").read_text("utf-8")
    assert report.orphaned == [gone.id]
    assert project.excerpts[gone.id].status is AnchorStatus.ORPHANED
    moved = project.excerpts[kept.id]
    assert moved.status in (AnchorStatus.MOVED, AnchorStatus.ANCHORED)
    assert new_text[moved.position.start:moved.position.end] == "Dairy quotas stay untouched"


def test_reimport_of_the_same_file_is_unchanged_and_keeps_edited_metadata(
        project: Project, good: Path) -> None:
    import_paths(project, [good / "web" / "talks.html"])
    project.sources["talks"].meta.title = "Edited by the analyst"
    report = import_paths(project, [good / "web" / "talks.html"])
    assert report.unchanged == ["talks"] and report.updated == [] and report.added == []
    assert project.sources["talks"].meta.title == "Edited by the analyst"


def test_same_name_different_kind_gets_its_own_id(project: Project, tmp_path: Path) -> None:
    (tmp_path / "brief.txt").write_text("Text version.\n", encoding="utf-8")
    (tmp_path / "brief.pdf").write_bytes(make_pdf([["PDF version."]]))
    assert import_paths(project, [tmp_path / "brief.txt", tmp_path / "brief.pdf"]).added == [
        "brief", "brief-2"]
    again = import_paths(project, [tmp_path / "brief.pdf"])
    assert again.unchanged == ["brief-2"] and again.added == []


def test_bibliographies_attach_by_url_then_title(project: Project, good: Path,
                                                 tmp_path: Path) -> None:
    (tmp_path / "zotero.json").write_text(CSL_JSON, encoding="utf-8")
    (tmp_path / "zotero.ris").write_text(RIS, encoding="utf-8")
    report = import_paths(project, [good, tmp_path / "zotero.json", tmp_path / "zotero.ris"])
    assert report.refused == []
    talks = project.sources["talks"]  # matched by URL despite www., http and utm_ noise
    assert talks.meta.title == "Trade talks stall over autos (Zotero title)"
    assert talks.meta.author == [{"family": "Doe", "given": "Jane"}]
    outlook = project.sources["trade-outlook"]  # matched by title
    assert outlook.meta.container_title == "Policy Options"
    assert outlook.meta.issued == {"date-parts": [[2019, 6, 14]]}
    assert report.metadata_attached == ["talks", "trade-outlook"]
    assert [t for _, t in report.unmatched] == ["An article nobody imported"]
    sidecar = (Path(project.path) / "sources/talks.yaml").read_text("utf-8")
    assert "Zotero title" in sidecar and "family: Doe" in sidecar


def test_cancel_stops_between_files_and_keeps_what_was_imported(
        project: Project, good: Path) -> None:
    seen: list[str] = []
    report = import_paths(project, [good], progress=lambda d, t, n: seen.append(n),
                          cancel=lambda: len(seen) >= 2)
    assert report.cancelled
    assert report.added == ["legacy", "notes"] and list(project.sources) == ["legacy", "notes"]
    assert not (Path(project.path) / "sources/report.txt").exists()


def test_read_only_or_unsaved_project_is_refused(tmp_path: Path, good: Path) -> None:
    with pytest.raises(ImportBlocked, match="read-only"):
        import_paths(Project(path=str(tmp_path), read_only=True), [good])
    with pytest.raises(ImportBlocked, match="not been saved"):
        import_paths(Project(), [good])


def test_files_inside_the_project_are_not_imported_again(project: Project, good: Path) -> None:
    import_paths(project, [good / "notes.md"])
    report = import_paths(project, [Path(project.path) / "sources" / "notes.md"])
    assert "inside the project folder" in str(report.refused[0][1])


def test_slugs() -> None:
    assert slug("Trade Outlook (final) – v2") == "trade-outlook-final-v2"
    assert slug("000_d766df9ca366892d") == "000_d766df9ca366892d"
    assert slug("Été") == "ete"
    assert slug("???") == "source"


def test_round_trip_through_a_saved_project(tmp_path: Path, seeds: Path, good: Path) -> None:
    from briefer.io.project_file import load_project, new_project, save_project

    project = new_project(tmp_path / "proj", from_dir=seeds)
    report = import_paths(project, [seeds, good])
    # the seed files are already the project's sources: same ids, nothing to change
    assert sorted(report.unchanged) == sorted(p.stem for p in seeds.glob("*.txt"))
    assert report.added == ["legacy", "notes", "report", "trade-outlook", "talks"]
    save_project(project)
    loaded = load_project(tmp_path / "proj")
    for sid in report.added:
        assert loaded.sources[sid].text == project.sources[sid].text
        assert loaded.sources[sid].meta == project.sources[sid].meta
        assert loaded.sources[sid].original == project.sources[sid].original
    assert loaded.sources["talks"].kind is SourceKind.ARTICLE
    json.dumps([s.meta.to_csl(s.id) for s in loaded.sources.values()])  # CSL stays JSON-able


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_terminal_progress_draws_one_line_on_a_terminal_only() -> None:
    tty = _Tty()
    draw = terminal_progress(tty, min_total=2, interval=0)
    for done in (1, 2, 3):
        draw(done, 3, f"file{done}.pdf")
    assert tty.getvalue().endswith("[3/3] file3.pdf\n")
    assert tty.getvalue().count("\r") == 3
    plain = io.StringIO()
    terminal_progress(plain, min_total=0)(1, 1, "x.txt")
    assert plain.getvalue() == ""  # piped output stays clean


def test_a_broken_new_version_leaves_the_imported_source_alone(project: Project,
                                                               good: Path) -> None:
    import_paths(project, [good / "Trade Outlook.docx"])
    before = (dict(project.sources), snapshot(Path(project.path)))
    (good / "Trade Outlook.docx").write_bytes(b"PK\x03\x04 truncated")
    report = import_paths(project, [good / "Trade Outlook.docx"])
    assert "damaged" in str(report.refused[0][1])
    assert (dict(project.sources), snapshot(Path(project.path))) == before


# -- import and save as one step ------------------------------------------------

@pytest.fixture
def saved(tmp_path: Path, seeds: Path) -> Project:
    """A real project folder (project.yaml and the sample sources)."""
    return new_project(tmp_path / "P", from_dir=seeds)


def test_a_failed_save_undoes_the_import_and_a_retry_keeps_the_first_id(
        saved: Project, tmp_path: Path) -> None:
    root = Path(saved.path)
    make_docx(tmp_path / "art.docx")
    (root / "project.yaml.bak").mkdir()  # the backup cannot be written: the save fails
    before_files, before_ids = snapshot(root), list(saved.sources)
    for _ in range(2):
        with pytest.raises(ProjectError, match=r"project\.yaml"):
            import_and_save(saved, [tmp_path / "art.docx"])
        assert snapshot(root) == before_files  # no art.md, art.yaml or originals/art.docx
        assert not (root / "originals").exists()
        assert list(saved.sources) == before_ids
    (root / "project.yaml.bak").rmdir()
    report = import_and_save(saved, [tmp_path / "art.docx"])
    assert report.added == ["art"]
    assert {"sources/art.md", "sources/art.yaml", "originals/art.docx"} <= set(snapshot(root))
    assert not [name for name in snapshot(root) if "journal-" in name]
    assert load_project(root).sources["art"].original == "art.docx"


def test_a_failed_save_restores_replaced_sources_and_their_excerpts(
        saved: Project, tmp_path: Path) -> None:
    src = tmp_path / "article.html"
    src.write_text("<p>The minister will visit Ottawa in May.</p>", encoding="utf-8")
    import_and_save(saved, [src])
    text = saved.sources["article"].text
    excerpt = make_excerpt("article", text, text.index("Ottawa"), text.index(" in May"))
    saved.excerpts[excerpt.id] = excerpt
    saved.sources["article"].meta.title = "Edited, not yet saved"
    saved.dirty_meta.add("article")
    root = Path(saved.path)
    before_files = snapshot(root)
    src.write_text("<p>Nothing about the visit any more.</p>", encoding="utf-8")
    (root / "project.yaml.bak").unlink()
    (root / "project.yaml.bak").mkdir()
    with pytest.raises(ProjectError):
        import_and_save(saved, [src])
    del before_files["project.yaml.bak"]
    assert snapshot(root) == before_files
    assert saved.sources["article"].text == text
    assert saved.sources["article"].meta.title == "Edited, not yet saved"
    assert saved.dirty_meta == {"article"}
    assert saved.excerpts[excerpt.id].status is AnchorStatus.ANCHORED
    assert not list(root.rglob("journal-*"))  # the copies kept for the undo are gone


def test_import_and_save_saves_and_an_unexpected_error_changes_nothing(
        saved: Project, good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefer.io.importing as importing

    root = Path(saved.path)
    before_files, before_ids = snapshot(root), list(saved.sources)
    real = importing.extract
    calls: list[Path] = []

    def flaky(path: Path, encoding: str | None = None):  # type: ignore[no-untyped-def]
        calls.append(path)
        if len(calls) == 3:
            raise RuntimeError("disk on fire")
        return real(path, encoding=encoding)

    monkeypatch.setattr(importing, "extract", flaky)
    with pytest.raises(RuntimeError):
        import_and_save(saved, [good])
    assert snapshot(root) == before_files and list(saved.sources) == before_ids
    monkeypatch.setattr(importing, "extract", real)
    report = import_and_save(saved, [good])
    assert report.added == ["legacy", "notes", "report", "trade-outlook", "talks"]
    assert set(report.added) <= set(load_project(root).sources)


def test_a_file_that_fails_half_way_through_its_writes_leaves_nothing(
        project: Project, good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import_paths(project, [good / "notes.md"])
    before = snapshot(Path(project.path))
    real_replace = os.replace
    moves: list[str] = []

    def replace_then_fail(src: str, dst: str) -> None:
        moves.append(str(dst))
        if len(moves) == 2:  # the text is in place, the sidecar cannot follow
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace_then_fail)
    with pytest.raises(ProjectError, match="No space left"):  # the files of new sources
        import_paths(project, [good / "report.pdf"])  # move in together, or the import fails
    monkeypatch.setattr(os, "replace", real_replace)
    assert snapshot(Path(project.path)) == before and "report" not in project.sources


# -- the same text twice ----------------------------------------------------------

def test_a_file_with_the_same_text_as_a_source_is_refused(project: Project,
                                                          tmp_path: Path) -> None:
    (tmp_path / "art.txt").write_text("One text, two files.\n", encoding="utf-8")
    (tmp_path / "art.md").write_text("One text, two files.\n", encoding="utf-8")
    (tmp_path / "copy.txt").write_text("One text, two files.\n", encoding="utf-8")
    assert import_paths(project, [tmp_path / "art.txt"]).added == ["art"]
    before = snapshot(Path(project.path))
    report = import_paths(project, [tmp_path / "art.md", tmp_path / "copy.txt"])
    assert report.added == [] and not report.changed
    assert [str(reason) for _, reason in report.refused] == [
        "art.md: same text as source 'art', which is already in the project; "
        "not imported again",
        "copy.txt: same text as source 'art', which is already in the project; "
        "not imported again"]
    assert "refused art.md: same text as source 'art'" in str(report.summary())
    assert snapshot(Path(project.path)) == before and list(project.sources) == ["art"]
    # the same file again is a re-import, not a copy
    assert import_paths(project, [tmp_path / "art.txt"]).unchanged == ["art"]


def test_two_files_with_the_same_text_in_one_batch_import_once(project: Project,
                                                               tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Same words.\n", encoding="utf-8")
    report = import_paths(project, [tmp_path])
    assert report.added == ["a"] and "same text as source 'a'" in str(report.refused[0][1])


# -- choosing the encoding ----------------------------------------------------------

def test_an_encoding_can_be_chosen_for_text_files(project: Project, tmp_path: Path) -> None:
    words = "Привет, мир — «цитата».\n"
    (tmp_path / "ru.txt").write_bytes(words.encode("cp1251"))
    guessed = import_paths(project, [tmp_path / "ru.txt"])
    assert "naming its encoding" in " ".join(map(str, guessed.warnings))
    assert project.sources["ru"].text != words  # read as cp1252: mojibake
    report = import_paths(project, [tmp_path / "ru.txt"], encoding="windows-1251")
    assert report.updated == ["ru"] and report.warnings == []
    source = project.sources["ru"]
    assert source.text == words and source.encoding == "cp1251"
    assert (Path(project.path) / "sources/ru.txt").read_text("utf-8") == words
    assert (Path(project.path) / "originals/ru.txt").read_bytes() == words.encode("cp1251")


def test_an_encoding_applies_to_web_pages_and_a_wrong_one_is_refused(
        project: Project, tmp_path: Path) -> None:
    (tmp_path / "page.html").write_bytes("<p>Grüße aus Köln</p>".encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes("Kein Latin-1: €".encode())
    report = import_paths(project, [tmp_path / "page.html"], encoding="latin-1")
    assert project.sources["page"].text == "Grüße aus Köln\n"
    report = import_paths(project, [tmp_path / "utf16.txt"], encoding="ascii")
    assert "cannot be read as ascii" in str(report.refused[0][1])
    with pytest.raises(ImportBlocked, match="unknown encoding 'klingon'"):
        import_and_save(project, [tmp_path / "page.html"], encoding="klingon")
