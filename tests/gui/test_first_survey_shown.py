"""A project opens on its first survey, found by the loader as it read the sources.

At 100,000 sources, walking every source on the window's thread to find the surveys held
it 25-36 ms as the project opened; the loader notes them as it goes (``loaded_surveys``),
and the window uses that note once, checked.
"""

from __future__ import annotations

from pathlib import Path

import briefer.gui.window_parts as window_parts
from briefer.core.project import Project
from briefer.core.source import Source, SourceKind, SourceMeta
from briefer.io.project_file import load_project, save_project
from tests.helpers.gui import open_window

SURVEY = ("# Expert survey\n\n## Q1. What is the main risk?\n\n"
          "**R1:** Tariffs on steel hurt exporters.\n\n**R2:** Dairy access is next.\n")


def _project(tmp_path: Path) -> Path:
    sources = {
        "art1": Source("art1", "An article about lumber duties.\n",
                       SourceMeta(type="article-newspaper", title="Lumber"), filename="art1.txt"),
        "srv1": Source("srv1", SURVEY, SourceMeta(title="Survey"), kind=SourceKind.SURVEY,
                       filename="srv1.md"),
        "art2": Source("art2", "Another article, on dairy.\n",
                       SourceMeta(type="article-newspaper", title="Dairy"), filename="art2.txt"),
    }
    folder = tmp_path / "desk"
    save_project(Project(name="desk", sources=sources), folder)
    return folder


def test_the_loader_notes_the_surveys_in_order(tmp_path: Path) -> None:
    project = load_project(_project(tmp_path), outline=False)
    assert project.loaded_surveys == ["srv1"]


def test_the_window_opens_on_the_survey_without_walking_every_source(
        qtbot, bw_settings, tmp_path: Path, monkeypatch) -> None:
    folder = _project(tmp_path)

    def walked(_source: object) -> None:
        raise AssertionError("every source's kind read on the window's thread")

    monkeypatch.setattr(window_parts, "_KIND", walked)
    window = open_window(qtbot, bw_settings, folder)
    assert window.reader.source is not None and window.reader.source.id == "srv1"
    assert window.session.project.loaded_surveys is None  # used once, as it opened


def test_a_note_of_surveys_gone_since_is_checked(qtbot, bw_settings, tmp_path: Path) -> None:
    """A stale note (a survey since removed, an id now an article) never shows a wrong
    source: what is still a survey, else the first row."""
    folder = _project(tmp_path)
    window = open_window(qtbot, bw_settings, folder)
    window.session.project.loaded_surveys = ["gone", "art2"]
    window.reader.clear()
    window.parts.project_replaced()
    assert window.reader.source is not None
    assert window.reader.source.id == window.sources_pane.first_shown()
