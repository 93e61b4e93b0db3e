"""A window open on a project folder takes in what ``briefer import`` saves beside it,
says what came in (counted, each source by title and id), and reads the files on a
worker: at 10,000 sources, parsing project.yaml and a stat of every sidecar held the
window 120-250 ms on its own thread."""

from __future__ import annotations

import threading
from pathlib import Path

from briefer.io import sync
from briefer.io.importing import import_and_save
from briefer.io.project_file import load_project


def _new_files(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(count):
        path = folder / f"brief{i}.txt"
        path.write_text(f"Tariff news number {i} from the desk.\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_sources_imported_beside_the_window_come_in_and_are_named(
        project_window, qtbot, tmp_path, monkeypatch):
    window = project_window
    parsed_on: list[threading.Thread] = []
    parse = sync.parse_project_yaml

    def watched_parse(*args, **kwargs):
        parsed_on.append(threading.current_thread())
        return parse(*args, **kwargs)

    monkeypatch.setattr(sync, "parse_project_yaml", watched_parse)
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    before = set(window.session.project.sources)

    other = load_project(Path(window.session.project.path))  # `briefer import` meanwhile
    import_and_save(other, _new_files(tmp_path / "new", 2))

    qtbot.waitUntil(lambda: any(m.startswith("Took in") for m in said), timeout=5000)
    added = set(window.session.project.sources) - before
    assert added == {"brief0", "brief1"}
    (message,) = [m for m in said if m.startswith("Took in")]
    assert message.startswith("Took in what someone else saved: 2 sources added: ")
    assert "(brief0)" in message and "(brief1)" in message
    assert parsed_on and threading.main_thread() not in parsed_on  # read on a worker
