"""Knowing an index is current without reading the project (``briefer.index.fresh``).

``briefer search`` of a project at 100,000 sources spent 9 ms reading and hashing its
6 MB ``project.yaml`` before every answer. The file's own stamp is kept with the hash,
so a search reads it only after it changed; these tests pin that it is then read (a
change to the list of sources is always seen) and otherwise not.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefer.index import SearchIndex
from briefer.index.fresh import (folder_stamp, open_vouched, present_stamp, same_state,
                                 vouch, vouched_index)

LISTED = "sources:\n- id: a1\n  file: a1.txt\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = tmp_path / "p"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / "a1.txt").write_text("Tariffs on steel.\n", encoding="utf-8")
    (folder / "project.yaml").write_text(f"name: p\n{LISTED}outline:\n  note: ''\n",
                                         encoding="utf-8")
    return folder


def _reading_forbidden(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    read: list[Path] = []
    original = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        read.append(self)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    return read


def test_an_unchanged_project_file_is_not_read_again(project: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    recorded = folder_stamp(project)
    read = _reading_forbidden(monkeypatch)
    assert present_stamp(project, recorded) == recorded
    assert read == []


def test_a_changed_list_of_sources_is_seen(project: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    recorded = folder_stamp(project)
    file = project / "project.yaml"
    file.write_text(file.read_text(encoding="utf-8").replace(LISTED, "sources: []\n"),
                    encoding="utf-8")
    read = _reading_forbidden(monkeypatch)
    now = present_stamp(project, recorded)
    assert read == [file]
    assert not same_state(now, recorded)


def test_a_note_edited_is_the_same_state(project: Path) -> None:
    recorded = folder_stamp(project)
    file = project / "project.yaml"
    file.write_text(file.read_text(encoding="utf-8").replace("note: ''", "note: 'x'"),
                    encoding="utf-8")
    assert same_state(present_stamp(project, recorded), recorded)
    assert not same_state(None, recorded)


def test_a_half_done_save_is_never_trusted(project: Path) -> None:
    recorded = folder_stamp(project)
    (project / ".briefer").mkdir()
    (project / ".briefer" / "journal-1").write_text("{}", encoding="utf-8")
    assert present_stamp(project, recorded) is None


def _vouched_index(project: Path) -> Path:
    path = project / ".briefer" / "index.sqlite"
    path.parent.mkdir(exist_ok=True)
    stamp = folder_stamp(project)
    assert stamp is not None
    with SearchIndex(path) as index:
        vouch(index, stamp, ["a warning"], {}, {})
    return path


def test_the_index_is_opened_once_and_vouched(project: Path) -> None:
    path = _vouched_index(project)
    found = open_vouched(project)
    assert found is not None
    index, warnings = found
    with index:
        assert Path(index.db_path) == path and warnings == ["a warning"]
    assert vouched_index(project) == (path, ["a warning"])
    shutil.rmtree(project / "sources")
    (project / "sources").mkdir()  # another folder: not the state vouched for
    assert open_vouched(project) is None


def test_a_note_edit_is_recorded_so_the_file_is_read_once(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _vouched_index(project)
    file = project / "project.yaml"
    file.write_text(file.read_text(encoding="utf-8").replace("note: ''", "note: 'x'"),
                    encoding="utf-8")
    read = _reading_forbidden(monkeypatch)
    for _ in range(3):
        found = open_vouched(project)
        assert found is not None
        found[0].close()
    assert read == [file]
