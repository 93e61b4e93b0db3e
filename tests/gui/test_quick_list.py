"""The rows a first start paints from the files (io.quick_list) are the Sources pane's.

Each folder or project here is read twice: by ``first_list.first_rows`` (no list kept,
so the quick reader, in the user's language) and the usual way (``load_project``, the
Sources model over it). Where the quick reader reads it, every cell and every warning
mark must be the same; where it does not, it must say so (None: the window reads the
sources before its first paint, as before).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from briefer.core.project import FORMAT_VERSION
from briefer.gui.app import install_translators
from briefer.gui.first_list import FirstList, first_rows, keep_shown
from briefer.gui.main_window import MainWindow
from briefer.gui.session import ProjectSession
from briefer.gui.sources_model import SourcesModel
from briefer.io import quick_list
from briefer.io.kept_list import cache_file, kept
from briefer.io.project_file import load_project, new_project
from briefer.io.yamlutil import dump_yaml

ARTICLE = "Tariffs rise again\n\nOttawa answered on Monday.\n"


def _write(folder: Path, name: str, text: str, meta: dict[str, Any] | str | None = None
           ) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    if meta is not None:
        side = folder / f"{name.rsplit('.', 1)[0]}.yaml"
        side.write_text(meta if isinstance(meta, str) else
                        f"# Metadata for {name}\n{dump_yaml(meta)}", encoding="utf-8")


def _usual(path: Path, qapp: Any) -> tuple[list[tuple[str, str, str, str]], list[bool]]:
    project = load_project(path, outline=False)
    model = SourcesModel(ProjectSession(project))
    return model.all_displayed(), [bool(s.meta.missing(s.kind))
                                   for s in project.sources.values()]


def _compare(path: Path, qapp: Any, language: str = "en") -> bool:
    """True if the quick reader read ``path`` (then exactly as the usual way)."""
    cache_file().unlink(missing_ok=True)  # no list kept: the files are read
    quick = first_rows(path, language)
    if quick is None:
        return False
    rows, incomplete = _usual(path, qapp)
    assert quick.rows == rows
    assert quick.incomplete == incomplete
    assert not quick.widths  # read from the files: measured as the pane measures them
    return True


def _varied(folder: Path) -> None:
    """Sources whose rows take every rule: titles from metadata or the text's opening
    words (datelines, page furniture, long lines), outlets, dates of each kind, types,
    surveys declared each way, CSL types needing authors, volumes, URLs."""
    _write(folder, "a01.txt", ARTICLE, {"id": "a01", "type": "article-newspaper",
                                        "title": "Ottawa’s “agenda”: a reply to Washington",
                                        "container-title": "Le Devoir — édition",
                                        "issued": "September 16, 2025"})
    _write(folder, "a02.txt", "Skip to content\nAdvertisement\n\nWASHINGTON, D.C. — The "
           "administration announced new tariffs on Canadian softwood lumber and steel, "
           "officials said.\n", {"container-title": "It's news", "issued": "2018-03-05"})
    _write(folder, "a03.txt", ARTICLE, {"type": "article-journal", "title": "Rules of origin",
                                        "author": [{"family": "Tremblay", "given": "M."}],
                                        "container-title": "Trade Law Review",
                                        "issued": {"date-parts": [[2019, 11, 4]]},
                                        "volume": "12", "page": "3-9"})
    _write(folder, "a04.txt", ARTICLE, {"type": "article-journal", "title": "No volume",
                                        "author": [], "issued": {"date-parts": [[2019]]}})
    _write(folder, "a05.txt", ARTICLE, {"type": "webpage", "title": "A page",
                                        "URL": "https://example.org/a?b=c#d"})
    _write(folder, "a06.txt", ARTICLE, {"title": "x " * 70 + "end", "issued": {}})
    _write(folder, "a07.txt", ARTICLE, {"title": "2018 review", "container-title": "a: b #c",
                                        "issued": "2018"})
    _write(folder, "a08.txt", ARTICLE)  # no sidecar
    _write(folder, "a09.txt", ARTICLE, "")  # an empty sidecar
    _write(folder, "a10.txt", ARTICLE, "# only a comment\ntitle: ''\nissued: null\n")
    _write(folder, "a11.md", "## Heading words of a note\n\nText.\n", {"type": "report"})
    _write(folder, "s01.txt", "Q1. Will tariffs rise?\n\nR1: Yes.\n", {"genre": "survey"})
    _write(folder, "s02.txt", "Q1. Will tariffs rise?\n\nR1: Yes.\n",
           {"title": "Expert survey", "kind": "survey", "issued": "2024"})
    _write(folder, "s03.txt", "Q1. Will tariffs rise?\n\nR1: Yes.\n",
           {"type": "report", "genre": "Survey of experts"})
    _write(folder, "b01.txt", "   \n\n  \nSkip to content\n", {"type": "bill",
                                                               "title": "C-4", "number": 4})
    _write(folder, "b02.txt", ARTICLE, {"type": "book", "title": "A book", "author": "Anon",
                                        "publisher": [], "issued": "n.d."})


def test_a_folder_of_varied_sources_is_read_as_the_pane_shows_it(qapp, tmp_path: Path
                                                                 ) -> None:
    folder = tmp_path / "varied"
    _varied(folder)
    assert _compare(folder, qapp)
    with _french(qapp):
        assert _compare(folder, qapp, "fr")  # the type column in French
        quick = first_rows(folder, "fr")
        assert quick is not None and [r[3] for r in quick.rows].count("Sondage") == 3


def test_a_project_folder_is_read_as_the_pane_shows_it(qapp, tmp_path: Path) -> None:
    _varied(tmp_path / "varied")
    project = tmp_path / "desk"
    new_project(project, tmp_path / "varied")
    assert _compare(project, qapp)
    assert _compare(project / "project.yaml", qapp)
    quick = first_rows(project, "en")
    assert quick is not None and not quick.read_only and quick.name == "desk"
    text = (project / "project.yaml").read_text(encoding="utf-8")
    (project / "project.yaml").write_text(text.replace("name: desk", "name: 'Desk: NAFTA'"),
                                          encoding="utf-8")
    assert first_rows(project, "en").name == "Desk: NAFTA"  # type: ignore[union-attr]
    assert tuple(str(v) for v in range(1, FORMAT_VERSION + 1)) == quick_list.VERSIONS


def test_the_sample_is_read_as_the_pane_shows_it(qapp, seeds) -> None:
    assert _compare(seeds, qapp)
    with _french(qapp):
        assert _compare(seeds, qapp, "fr")


@contextmanager
def _french(qapp: Any) -> Iterator[None]:
    """The app's catalogues in French (as at start), English again after."""
    installed = install_translators(qapp, "fr")
    try:
        yield
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        qapp.setProperty("brieferLanguage", None)


@pytest.mark.parametrize("case", [
    "undeclared survey", "front matter", "cp1252", "control character", "same name twice",
    "unusual yaml", "title a number", "binary", "empty text", "too many", "no sources",
    "missing source", "unfinished save", "odd project name", "version 3"])
def test_what_the_quick_reader_does_not_read_is_left_to_the_usual_way(
        qapp, tmp_path: Path, case: str) -> None:
    folder = tmp_path / "folder"
    _write(folder, "a.txt", ARTICLE, {"title": "Fine"})
    project = tmp_path / "project"
    if case == "undeclared survey":  # the text must be parsed to tell
        _write(folder, "b.md", "# Survey\n\n## Will tariffs rise?\n\n- R1: Yes.\n")
    elif case == "front matter":
        _write(folder, "b.md", "---\ntitle: From the front\n---\nText.\n")
    elif case == "cp1252":
        (folder / "b.txt").write_bytes("Caf\xe9 au lait\n".encode("cp1252"))
    elif case == "control character":
        _write(folder, "b.txt", "Form\x0cfeed\n")
    elif case == "same name twice":
        _write(folder, "a.md", ARTICLE)
    elif case == "unusual yaml":
        _write(folder, "b.txt", ARTICLE, "title: &t Anchored\ncontainer-title: *t\n")
    elif case == "title a number":
        _write(folder, "b.txt", ARTICLE, "title: 1984\n")
    elif case == "binary":
        _write(folder, "b.txt", "%PDF-1.4 not really\n")
    elif case == "empty text":
        _write(folder, "b.txt", " \n\n")
    elif case == "too many":
        for i in range(quick_list.MAX_SOURCES):
            _write(folder, f"n{i:03}.txt", ARTICLE)
    elif case == "no sources":
        (folder / "a.txt").unlink()
    else:
        new_project(project, folder)
        folder = project
        listed = (project / "project.yaml").read_text(encoding="utf-8")
        if case == "missing source":
            (project / "sources" / "a.txt").unlink()
        elif case == "unfinished save":
            (project / ".briefer" / "journal-1-2").mkdir(parents=True)
        elif case == "odd project name":
            (project / "project.yaml").write_text(listed.replace("name: project", "name: 12"),
                                                  encoding="utf-8")
        elif case == "version 3":
            (project / "project.yaml").write_text(listed.replace("version: 1", "version: 3"),
                                                  encoding="utf-8")
    assert not _compare(folder, qapp)


def test_a_staged_window_paints_the_files_rows_then_the_pane_at_the_same_widths(
        qtbot, bw_settings, tmp_path: Path) -> None:
    folder = tmp_path / "varied"
    _varied(folder)
    cache_file().unlink(missing_ok=True)
    quick = first_rows(folder, "en")
    assert quick is not None
    window = MainWindow(None, bw_settings, staged=True, first_list=FirstList(quick),
                        opening=folder)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    first = window.left_tabs.widget(0)
    assert isinstance(first, FirstList)
    qtbot.waitExposed(window)
    header = first.table.horizontalHeader()
    widths = [header.sectionSize(col) for col in (1, 2, 3)]
    marked = [r for r in range(first.model.rowCount())
              if not first.model.item(r, 0).icon().isNull()]
    assert marked == [r for r, lacks in enumerate(quick.incomplete) if lacks] != []
    assert window.windowTitle() == "varied[*] (read-only folder) — Briefer"
    qtbot.waitUntil(lambda: window.built, timeout=10000)
    pane = window.sources_pane
    assert window.left_tabs.widget(0) is pane
    assert pane.model.all_displayed() == quick.rows
    assert [pane.table.horizontalHeader().sectionSize(col) for col in (1, 2, 3)] == widths
    assert window.windowTitle() == "varied[*] (read-only folder) — Briefer"


def test_a_first_start_bears_the_warning_mark_kept_with_another_projects_list(
        qtbot, bw_settings, seeds_copy: Path, tmp_path: Path) -> None:
    cache_file().unlink(missing_ok=True)
    fresh = first_rows(seeds_copy, "en")
    assert fresh is not None and fresh.mark == b""  # none kept: the style's, drawn then
    window = MainWindow(None, bw_settings, opening=seeds_copy)
    qtbot.addWidget(window)
    keep_shown(window, "en")  # the sample's list kept, with its mark as the pane drew it
    other = tmp_path / "other"
    _varied(other)
    quick = first_rows(other, "en")
    assert quick is not None and not quick.widths  # read from the files
    sample = kept(seeds_copy, "en")
    assert sample is not None and sample.mark
    assert (quick.mark, quick.mark_ratio) == (sample.mark, sample.mark_ratio)
    first = FirstList(quick)
    qtbot.addWidget(first)
    marks = [not first.model.item(r, 0).icon().isNull() for r in range(len(quick.rows))]
    assert marks == quick.incomplete and True in marks and False in marks


def test_a_quick_reader_that_trips_leaves_the_start_to_the_usual_reader(
        qapp, tmp_path: Path, monkeypatch) -> None:
    """The quick reader is a shortcut: an error of its own (a case it did not foresee)
    must not stop the app from starting; the window then reads the sources as usual."""
    import briefer.io.quick_list as quick
    from briefer.gui.first_list import first_rows

    def trips(path: Path) -> None:
        raise ValueError("a sidecar shape nobody foresaw")

    monkeypatch.setattr(quick, "quick_list", trips)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # no list kept either
    assert first_rows(tmp_path, "en") is None
