"""Two writers on one project folder: nothing either saved is lost, ever.

Each "writer" is what a window or a command does: load the project, change it,
save it. Saves merge what the other saved in between; where both changed the
same part, the save stops and asks whose version stays.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefer.core.note import new_prose
from briefer.io.importing import import_and_save
from briefer.io.project_file import load_project, new_project, save_project
from briefer.io.saving import SaveConflict

NP = "000_d766df9ca366892d"


@pytest.fixture
def proj(tmp_path: Path) -> Path:
    dest = tmp_path / "proj"
    new_project(dest)
    return dest


def _texts(path: Path) -> list[str]:
    project = load_project(path)
    return [b.markdown for s in project.note.sections for b in s.blocks if hasattr(b, "markdown")]


def test_different_blocks_merge_both_ways(proj: Path) -> None:
    a, b = load_project(proj), load_project(proj)
    a.note.sections[0].blocks.append(new_prose("Written in window A."))
    b.note.sections[1].blocks.append(new_prose("Written in window B."))
    save_project(b)
    report = save_project(a)  # A read the project before B saved
    assert report.merged
    assert {"Written in window A.", "Written in window B."} <= set(_texts(proj))
    # A's window now holds B's paragraph too, and saving again changes nothing
    assert any(getattr(x, "markdown", "") == "Written in window B."
               for s in a.note.sections for x in s.blocks)
    save_project(a)
    assert {"Written in window A.", "Written in window B."} <= set(_texts(proj))


def test_the_same_block_changed_twice_is_a_conflict_until_chosen(proj: Path) -> None:
    seed = load_project(proj)
    block = new_prose("First version.")
    seed.note.sections[0].blocks.append(block)
    save_project(seed)
    a, b = load_project(proj), load_project(proj)
    a.note.find_block(block.id)[0].blocks[-1].markdown = "A's version."
    b.note.find_block(block.id)[0].blocks[-1].markdown = "B's version."
    save_project(b)
    before = (proj / "project.yaml").read_bytes()
    with pytest.raises(SaveConflict) as caught:
        save_project(a)
    assert (proj / "project.yaml").read_bytes() == before  # nothing was written
    (conflict,) = caught.value.conflicts
    assert conflict.mine["markdown"] == "A's version."
    assert conflict.theirs["markdown"] == "B's version."
    assert "Purpose" in str(conflict.label)
    save_project(a, choices={conflict.key: "theirs"})
    assert "B's version." in _texts(proj) and "A's version." not in _texts(proj)


def test_a_window_saving_after_an_import_keeps_the_imported_sources(proj: Path,
                                                                  tmp_path: Path) -> None:
    window = load_project(proj)
    window.note.sections[0].blocks.append(new_prose("Typed while importing."))
    new_file = tmp_path / "fresh.md"
    new_file.write_text("# Fresh news\n\nA new article about canola.\n", encoding="utf-8")
    importer = load_project(proj)  # what `briefer import` does
    report = import_and_save(importer, [new_file])
    (added,) = report.added
    save_project(window)
    again = load_project(proj)
    assert added in again.sources and "Typed while importing." in _texts(proj)
    assert added in window.sources  # the window took the new source in


def test_metadata_fields_merge_and_the_same_field_conflicts(proj: Path) -> None:
    a, b = load_project(proj), load_project(proj)
    a.sources[NP].meta.title = "Title from A"
    a.dirty_meta.add(NP)
    b.sources[NP].meta.URL = "https://example.org/from-b"
    b.dirty_meta.add(NP)
    save_project(b)
    save_project(a)
    meta = load_project(proj).sources[NP].meta
    assert (meta.title, meta.URL) == ("Title from A", "https://example.org/from-b")
    c, d = load_project(proj), load_project(proj)
    c.sources[NP].meta.title, d.sources[NP].meta.title = "C", "D"
    c.dirty_meta.add(NP)
    d.dirty_meta.add(NP)
    save_project(d)
    with pytest.raises(SaveConflict) as caught:
        save_project(c)
    assert [k.key for k in caught.value.conflicts] == [f"meta:{NP}.title"]
    save_project(c, choices={f"meta:{NP}.title": "mine"})
    assert load_project(proj).sources[NP].meta.title == "C"


WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from briefer.core.note import new_prose
    from briefer.io.project_file import load_project, save_project
    path, who, rounds = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    for k in range(rounds):
        project = load_project(path)
        section = project.note.sections[0 if who == "a" else 1]
        section.blocks.append(new_prose(f"{who}-{k}"))
        time.sleep(0.01)
        save_project(project)
""")


def test_two_processes_thirty_rounds_lose_no_edit(proj: Path) -> None:
    rounds = 30
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(proj), who, str(rounds)],
                              stderr=subprocess.PIPE, text=True) for who in ("a", "b")]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    texts = set(_texts(proj))
    expected = {f"{who}-{k}" for who in "ab" for k in range(rounds)}
    assert expected <= texts, sorted(expected - texts)
