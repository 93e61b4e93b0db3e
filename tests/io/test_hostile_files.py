"""Hostile or careless project files: bounded YAML, paths kept inside the project,
sources never unlisted by a save."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from briefer.core.check import check_project
from briefer.core.excerpt import AnchorStatus, make_excerpt
from briefer.io.project_file import PROJECT_FILE, ProjectError, load_project, new_project, \
    save_project

NP = "000_d766df9ca366892d"
BOMB = "".join(
    f"{a}: &{a} [{', '.join([f'*{p}'] * 9) if p else ', '.join(['lol'] * 9)}]\n"
    for p, a in zip(["", "a", "b", "c", "d", "e", "f", "g", "h"], "abcdefghi", strict=True))


def _make(tmp_path: Path) -> Path:
    dest = tmp_path / "proj"
    new_project(dest)
    return dest


def _entries(dest: Path) -> list[dict]:
    return yaml.safe_load((dest / PROJECT_FILE).read_text(encoding="utf-8"))["sources"]


def _edit(dest: Path, change) -> None:
    data = yaml.safe_load((dest / PROJECT_FILE).read_text(encoding="utf-8"))
    change(data)
    (dest / PROJECT_FILE).write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def test_an_alias_bomb_in_project_yaml_is_refused_at_once(tmp_path: Path) -> None:
    dest = _make(tmp_path)
    text = (dest / PROJECT_FILE).read_text(encoding="utf-8")
    (dest / PROJECT_FILE).write_text(text + "extra:\n" + "".join(
        "  " + line + "\n" for line in BOMB.splitlines()), encoding="utf-8")
    assert len((dest / PROJECT_FILE).read_bytes()) < len(text) + 1200
    started = time.monotonic()
    with pytest.raises(ProjectError, match="alias"):
        load_project(dest)
    assert time.monotonic() - started < 1.0


def test_an_alias_bomb_in_a_sidecar_leaves_that_source_listed_and_missing(
        tmp_path: Path) -> None:
    dest = _make(tmp_path)
    (dest / "sources" / f"{NP}.yaml").write_text(BOMB, encoding="utf-8")
    started = time.monotonic()
    project = load_project(dest)
    assert time.monotonic() - started < 2.0
    assert NP not in project.sources and NP in project.missing
    assert "alias" in str(project.missing[NP].reason)
    save_project(project)
    assert NP in [e["id"] for e in _entries(dest)]  # a save does not unlist it


@pytest.mark.parametrize("field, value", [
    ("file", "/etc/hostname"), ("file", "../../outside.txt"), ("id", "../../x"),
    ("original", "../../secret.txt"), ("original", "/etc/passwd"),
])
def test_paths_in_project_yaml_stay_inside_the_project(tmp_path: Path, field: str,
                                                       value: str) -> None:
    dest = _make(tmp_path)
    (tmp_path / "outside.txt").write_text("OUTSIDE TEXT\n", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("SECRET\n", encoding="utf-8")

    def change(data: dict) -> None:
        data["sources"][0][field] = value
    _edit(dest, change)
    project = load_project(dest)
    assert all("OUTSIDE" not in s.text for s in project.sources.values())
    assert any("refused" in str(w) for w in project.warnings)
    refused = next(iter(project.missing.values()))
    assert refused.entry[field] == value  # kept as written, never followed
    copy = tmp_path / "copy"
    save_project(project, copy)  # Save As copies no file from outside
    assert not list(copy.rglob("secret.txt")) and not (tmp_path / "x.txt").exists()
    assert all("SECRET" not in p.read_text(errors="replace") for p in copy.rglob("*")
               if p.is_file())


def test_a_symlink_leading_out_of_the_project_is_refused(tmp_path: Path) -> None:
    dest = _make(tmp_path)
    (tmp_path / "outside.txt").write_text("OUTSIDE TEXT\n", encoding="utf-8")
    link = dest / "sources" / f"{NP}.txt"
    link.unlink()
    link.symlink_to(tmp_path / "outside.txt")
    project = load_project(dest)
    assert NP not in project.sources and "outside" in str(project.missing[NP].reason)


def test_a_missing_source_is_never_unlisted_and_comes_back(tmp_path: Path) -> None:
    dest = _make(tmp_path)
    project = load_project(dest)
    text = project.sources[NP].text
    excerpt = make_excerpt(NP, text, 10, 60)
    project.excerpts[excerpt.id] = excerpt
    save_project(project)
    kept = (dest / "sources" / f"{NP}.txt").read_bytes()
    (dest / "sources" / f"{NP}.txt").rename(tmp_path / "moved.txt")
    gone = load_project(dest)
    assert NP in gone.missing and "missing" in str(gone.missing[NP].reason)
    problems = [p for p in check_project(gone) if p.kind == "missing-source"]
    assert problems and "missing from" in str(problems[0].message)
    save_project(gone)  # the save keeps its entry and its excerpt
    assert NP in [e["id"] for e in _entries(dest)]
    (dest / "sources" / f"{NP}.txt").write_bytes(kept)  # the file comes back
    back = load_project(dest)
    assert NP in back.sources and not back.missing
    assert back.excerpts[excerpt.id].status is AnchorStatus.ANCHORED


def test_a_sidecar_with_a_typo_keeps_its_source_listed(tmp_path: Path) -> None:
    dest = _make(tmp_path)
    (dest / "sources" / f"{NP}.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    project = load_project(dest)
    assert NP in project.missing and "line" in str(project.missing[NP].reason)
    save_project(project)
    assert NP in [e["id"] for e in _entries(dest)]


def test_imported_sources_are_readable_by_colleagues(tmp_path: Path) -> None:
    import os
    import stat

    from briefer.io.importing import import_and_save

    dest = _make(tmp_path)
    article = tmp_path / "shared.md"
    article.write_text("# Shared\n\nColleagues on the drive must read this.\n", encoding="utf-8")
    old = os.umask(0o022)
    try:
        import_and_save(load_project(dest), [article])
    finally:
        os.umask(old)
    for name in ("shared.md", "shared.yaml"):
        mode = stat.S_IMODE((dest / "sources" / name).stat().st_mode)
        assert mode & 0o044 == 0o044, oct(mode)  # group and others may read it


def test_a_read_only_drive_and_a_full_disk_are_named(tmp_path: Path, monkeypatch) -> None:
    import errno
    import os

    from briefer.io import project_file

    dest = _make(tmp_path)
    project = load_project(dest)
    project.note.meta.subject = "changed"
    for code, words in ((errno.EROFS, "read-only"), (errno.ENOSPC, "disk is full")):
        def refuse(*_args, code=code, **_kwargs):
            raise OSError(code, os.strerror(code))
        monkeypatch.setattr(project_file.tempfile, "mkstemp", refuse)
        with pytest.raises(ProjectError, match=words):
            save_project(project)
        monkeypatch.undo()
    assert "changed" not in (dest / PROJECT_FILE).read_text(encoding="utf-8")


def test_a_crashed_new_does_not_block_the_next(tmp_path: Path) -> None:
    from briefer.bundled import seeds_dir

    half = tmp_path / ".fresh.partial-999999999-abc"  # what a killed `new` leaves
    (half / "sources").mkdir(parents=True)
    new_project(tmp_path / "fresh", seeds_dir())
    assert (tmp_path / "fresh" / PROJECT_FILE).exists() and not half.exists()
