"""Project folders: round trips, atomic saves with a backup, clear errors, nothing lost."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from briefer.core.excerpt import AnchorStatus, make_excerpt
from briefer.core.note import new_excerpt_block, new_prose
from briefer.io.project_file import (
    PROJECT_FILE,
    ProjectError,
    load_project,
    new_project,
    save_project,
    write_atomic,
)

SURVEY = "004_96fd07345242d58f"
NP = "000_d766df9ca366892d"


def _make(tmp_path: Path) -> Path:
    dest = tmp_path / "proj"
    new_project(dest)
    return dest


def test_new_project_from_the_sample(tmp_path: Path, seeds: Path) -> None:
    dest = _make(tmp_path)
    assert (dest / PROJECT_FILE).is_file()
    for txt in sorted(seeds.glob("*.txt")):
        assert (dest / "sources" / txt.name).read_bytes() == txt.read_bytes()
        assert (dest / "sources" / txt.with_suffix(".yaml").name).is_file()
    project = load_project(dest)
    assert not project.read_only and len(project.sources) == 5
    assert [s.question_id for s in project.outline.sections] == ["q1", "q2", "q3"]
    assert [s.title for s in project.note.sections][:2] == ["Purpose", "Background"]


def test_everything_an_analyst_changes_survives_save_and_reopen(tmp_path: Path) -> None:
    dest = _make(tmp_path)
    project = load_project(dest)
    text = project.sources[NP].text
    start = text.index("A progressive trade agenda")
    excerpt = make_excerpt(NP, text, start, start + len("A progressive trade agenda opens "
                                                       "more doors"), comment="key line")
    project.excerpts[excerpt.id] = excerpt
    section = project.note.sections[1]
    section.blocks += [new_prose("Some **bold** words."), new_excerpt_block(excerpt.id)]
    project.note.meta.subject = "Canada–US trade: état des lieux"
    outline_section = project.outline.sections[0]
    theme = outline_section.themes[0]
    project.outline.rename_theme(theme.id, "Renamed theme")
    project.outline.add_theme(outline_section.id, "My own theme", ["q1.r4"])
    project.sources[NP].meta.issued = "2017-11-22"
    project.dirty_meta.add(NP)
    save_project(project)

    again = load_project(dest)
    assert again.excerpts[excerpt.id].quote == excerpt.quote
    assert again.excerpts[excerpt.id].status is AnchorStatus.ANCHORED
    assert again.excerpts[excerpt.id].comment == "key line"
    assert again.note.to_dict() == project.note.to_dict()
    assert again.outline.to_dict() == project.outline.to_dict()
    assert again.sources[NP].meta.issued == "2017-11-22"
    assert "issued: '2017-11-22'" in (dest / "sources" / f"{NP}.yaml").read_text()


def test_save_keeps_a_backup_and_leaves_no_temp_files(tmp_path: Path) -> None:
    dest = _make(tmp_path)
    before = (dest / PROJECT_FILE).read_text()
    project = load_project(dest)
    project.name = "Changed"
    save_project(project)
    assert (dest / "project.yaml.bak").read_text() == before
    assert "name: Changed" in (dest / PROJECT_FILE).read_text()
    assert not [p for p in dest.iterdir() if p.name.endswith(".tmp")]


def test_failed_write_leaves_the_old_file_intact(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "f.yaml"
    target.write_text("old")

    def boom(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(ProjectError, match="the disk is full"):
        write_atomic(target, b"new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.yaml"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_read_only_folder_gives_a_clear_error(tmp_path: Path) -> None:  # pragma: no cover
    dest = _make(tmp_path)
    project = load_project(dest)
    dest.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(ProjectError, match="Cannot write"):
            save_project(project)
    finally:
        dest.chmod(stat.S_IRWXU)


def test_newer_format_is_refused_and_untouched(tmp_path: Path) -> None:
    dest = _make(tmp_path)
    file = dest / PROJECT_FILE
    text = file.read_text().replace("version: 1", "version: 99")
    file.write_text(text)
    with pytest.raises(ProjectError, match="newer Briefer"):
        load_project(dest)
    assert file.read_text() == text


def test_malformed_yaml_names_file_and_line(tmp_path: Path) -> None:
    dest = _make(tmp_path)
    file = dest / PROJECT_FILE
    lines = file.read_text().splitlines()
    lines.insert(5, "name: [unclosed")
    file.write_text("\n".join(lines))
    with pytest.raises(ProjectError) as info:
        load_project(dest)
    assert "project.yaml" in str(info.value) and "line" in str(info.value)


def test_invalid_entry_names_its_line(tmp_path: Path) -> None:
    dest = _make(tmp_path)
    project = load_project(dest)
    text = project.sources[NP].text
    excerpt = make_excerpt(NP, text, 0, 20)
    project.excerpts[excerpt.id] = excerpt
    save_project(project)
    file = dest / PROJECT_FILE
    broken = file.read_text().replace("type: TextQuoteSelector", "type: Nothing")
    file.write_text(broken)
    with pytest.raises(ProjectError) as info:
        load_project(dest)
    message = str(info.value)
    expected_line = broken.splitlines().index("excerpts:") + 2
    assert f"line {expected_line}" in message and "excerpts.[0]" in message


def test_not_a_project_file(tmp_path: Path) -> None:
    (tmp_path / PROJECT_FILE).write_text("just: a mapping\n")
    with pytest.raises(ProjectError, match="not a Briefer project"):
        load_project(tmp_path)


def test_vanished_source_orphans_its_excerpts_but_opens(tmp_path: Path) -> None:
    dest = _make(tmp_path)
    project = load_project(dest)
    text = project.sources[NP].text
    excerpt = make_excerpt(NP, text, 10, 60)
    project.excerpts[excerpt.id] = excerpt
    save_project(project)
    (dest / "sources" / f"{NP}.txt").unlink()
    again = load_project(dest)
    assert NP not in again.sources
    assert again.excerpts[excerpt.id].status is AnchorStatus.ORPHANED
    assert any(NP in str(w) and "missing" in str(w) for w in again.warnings)


def test_plain_folder_opens_read_only_and_save_as_makes_a_project(
        tmp_path: Path, seeds: Path) -> None:
    project = load_project(seeds)
    assert project.read_only and len(project.sources) == 5
    with pytest.raises(ProjectError, match="Save As"):
        save_project(project)
    dest = tmp_path / "copy"
    save_project(project, dest)
    assert not project.read_only and load_project(dest).sources.keys() == project.sources.keys()


def test_legacy_encoding_keeps_the_original_bytes(tmp_path: Path) -> None:
    folder = tmp_path / "legacy"
    folder.mkdir()
    raw = "Ottawa\u2019s \u201cdeal\u201d".encode("cp1252")
    (folder / "old.txt").write_bytes(raw)
    project = load_project(folder)
    assert project.warnings and "cp1252" in str(project.warnings[0])
    dest = tmp_path / "proj"
    save_project(project, dest)
    assert (dest / "originals" / "old.txt").read_bytes() == raw
    kept = (dest / "sources" / "old.txt").read_text(encoding="utf-8")
    assert kept == "Ottawa\u2019s \u201cdeal\u201d"


def test_save_as_refuses_a_non_empty_folder(tmp_path: Path, seeds: Path) -> None:
    target = tmp_path / "busy"
    target.mkdir()
    (target / "keep.txt").write_text("mine")
    with pytest.raises(ProjectError, match="not empty"):
        save_project(load_project(seeds), target)
    assert [p.name for p in target.iterdir()] == ["keep.txt"]


def test_empty_folder_is_not_a_project(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="no readable sources"):
        load_project(tmp_path)


def test_saved_files_get_the_users_normal_permissions(tmp_path: Path) -> None:
    target = tmp_path / "new.yaml"
    write_atomic(target, b"x: 1\n")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    target.chmod(0o640)
    write_atomic(target, b"x: 2\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
