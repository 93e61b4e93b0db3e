"""What an open window says it took in after another program saved the project.

``briefer import`` run beside an open window adds sources; the window's message
must name those, counted, never read as if it named sources that did not
change. A Word file's title is often its file name, which can be another
source's id: "a00000" is the title of the new source a00000-2.
"""

from __future__ import annotations

from pathlib import Path

from briefer.core.messages import say
from briefer.io.importing import import_and_save
from briefer.io.project_file import load_project, new_project
from briefer.io.sync import take_in


def _project(tmp_path: Path) -> Path:
    new_project(tmp_path / "proj")
    return tmp_path / "proj"


def _files(folder: Path, count: int, suffix: str = ".md") -> list[Path]:
    """Files titled "a00000"… as a Word file named so is (its title is its name)."""
    folder.mkdir()
    paths = []
    for i in range(count):
        path = folder / f"brief{i}{suffix}"
        head = f"---\ntitle: a0000{i}\n---\n" if suffix == ".md" else ""
        path.write_text(f"{head}Tariff news number {i} from the desk.\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_sources_another_program_added_are_counted_and_named_by_title_and_id(tmp_path):
    root = _project(tmp_path)
    window = load_project(root)
    before = set(window.sources)
    other = load_project(root)  # ``briefer import`` beside the window
    import_and_save(other, _files(tmp_path / "new", 5))
    added = sorted(set(other.sources) - before)
    assert len(added) == 5

    result = take_in(window)

    assert result.changed and set(window.sources) == before | set(added)
    said = "; ".join(say(m, "en") for m in result.came)
    assert said.startswith("5 sources added: ")
    first = window.sources[added[0]]
    assert first.display_title == "a00000"  # the title alone would name another source
    assert f"“a00000” ({first.id})" in said
    assert said.endswith(", …")  # three named, the others counted: nothing said twice
    assert "metadata" not in said
    french = "; ".join(say(m, "fr") for m in result.came)
    assert french.startswith("5 sources ajoutées : ")
    assert f"« a00000 » ({first.id})" in french


def test_one_source_removed_elsewhere_is_named_alone(tmp_path):
    root = _project(tmp_path)
    window = load_project(root)
    other = load_project(root)
    import_and_save(other, _files(tmp_path / "new", 1, ".txt"))
    take_in(window)
    gone = next(iter(other.sources))
    del other.sources[gone]
    from briefer.io.project_file import save_project

    save_project(other)

    said = [say(m, "en") for m in take_in(window).came]

    assert said == [f"1 source removed: {gone}"]
    assert gone not in window.sources


def test_metadata_another_program_saved_comes_in_and_is_named(tmp_path):
    root = _project(tmp_path)
    window = load_project(root)
    other = load_project(root)
    sid = next(s for s in other.sources if other.sources[s].kind.value == "article")
    other.sources[sid].meta.title = "Retitled elsewhere"
    other.dirty_meta.add(sid)
    other.name = "Renamed too"  # (a sidecar alone is not looked for: project.yaml tells)
    from briefer.io.project_file import save_project

    save_project(other)

    said = [say(m, "en") for m in take_in(window).came]

    assert said == [f"metadata of 1 source: “Retitled elsewhere” ({sid})"]
    assert window.sources[sid].meta.title == "Retitled elsewhere"


def test_metadata_of_a_source_whose_file_is_not_named_by_its_id_comes_in(tmp_path):
    root = _project(tmp_path)
    window = load_project(root)
    other = load_project(root)
    import_and_save(other, _files(tmp_path / "new", 1, ".txt"))
    take_in(window)
    sid = "brief0"
    (root / "sources" / "brief0.txt").rename(root / "sources" / "renamed.txt")
    text = (root / "project.yaml").read_text(encoding="utf-8")
    (root / "project.yaml").write_text(text.replace("file: brief0.txt", "file: renamed.txt"),
                                       encoding="utf-8")
    window = load_project(root)
    assert window.sources[sid].filename == "renamed.txt"
    (root / "sources" / "renamed.yaml").write_text("id: brief0\ntitle: Found by its file\n",
                                                   encoding="utf-8")
    (root / "project.yaml").write_text(text.replace("file: brief0.txt", "file: renamed.txt")
                                       + "\n", encoding="utf-8")  # a save: the digest moves

    said = [say(m, "en") for m in take_in(window).came]

    assert said == [f"metadata of 1 source: “Found by its file” ({sid})"]
