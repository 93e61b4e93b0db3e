"""An analyst's day in the app, the same on a project folder and on a team server.

One flow, run twice — on the sample project as a folder and on the same project pushed to
a PostgreSQL database (``briefer postgresql://…``) — through the real window (offscreen):
open it; the Sources list and the outline show the sample's sources and questions; search,
open the hit, take its exact words as an excerpt with Ctrl+E; write a paragraph, undo and
redo it; Ctrl+S, close, reopen in a new window and find both there (on the server too,
read back by the command line and the database module); File ▸ Export and read the
.docx back with pandoc: the quotation and its real footnote are there, and the folder's
note and the server's say the same. A second window on the project is told of the saved
paragraph; when a colleague saved the same part, the choice offered says where theirs is
(on disk, on the team server). Issue 15's "done means" for the app: its flow passes the
same tests on both.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from briefer.cli import main
from briefer.core.note import ExcerptBlock
from briefer.db import transfer, workspace
from briefer.db.connect import redact
from briefer.gui import dialogs
from briefer.io.project_file import load_project, save_project
from tests.db import test_app_open as shared
from tests.db.test_app_open import open_team, text_of, write_as_colleague
from tests.helpers.gui import DialogLog, export_options
from tests.helpers.office import needs_pandoc
from tests.helpers.pg import Cluster

pytestmark = [pytest.mark.qt_log_ignore(
    "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"),
    needs_pandoc]

app_data, settings = shared.app_data, shared.settings

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
WORDS = "US domestic politics are driving American trade policy"  # the excerpt, exactly
PARAGRAPH = "Ottawa should prepare its position before the joint review opens."
SHOWN = WORDS + "."  # the excerpt as the note prints it: a sentence cut short is closed
LATER = "A colleague's later paragraph, saved in another window."
WHERE = ("folder", "url")

REAL_RESOLVE = dialogs.resolve_conflicts  # before the ``dlg`` fixture answers for it
# what each run saw, for the last test to compare the folder's with the server's
SEEN: dict[str, dict[str, Any]] = {}


# -- fixtures -----------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def dlg(monkeypatch: pytest.MonkeyPatch) -> DialogLog:
    """Dialogs answer from a queue instead of waiting for a user (as in tests/gui)."""
    from briefer.gui import dialogs, export_dialog

    log = DialogLog()
    for name in ("error", "warning", "info", "confirm", "save_discard_cancel",
                 "existing_directory", "get_text", "choose", "choose_from_menu",
                 "project_in_use", "resolve_conflicts"):
        monkeypatch.setattr(dialogs, name, log.make(name))
    monkeypatch.setattr(export_dialog, "export_options", log.make("export_options"))
    return log


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sample made a project (its note not yet written), once for the module."""
    folder = tmp_path_factory.mktemp("sample") / "desk"
    assert main(["new", str(folder)]) == 0
    return folder


@pytest.fixture(scope="module")
def template_db(pg_cluster: Cluster, sample: Path) -> Iterator[str]:
    """A database holding the sample, pushed once; each test gets a copy of it."""
    url = pg_cluster.create_database()
    assert main(["db", "upgrade", url]) == 0
    assert main(["push", str(sample), url]) == 0
    yield url.split("?")[0].rsplit("/", 1)[1]


@pytest.fixture
def project(where: str, sample: Path, tmp_path: Path, pg_cluster: Cluster,
            template_db: str) -> str:
    """The project the analyst opens: a fresh copy of the sample, as a folder or a URL."""
    if where == "folder":
        folder = tmp_path / "desk"
        shutil.copytree(sample, folder, ignore=shutil.ignore_patterns(".briefer"))
        return str(folder)
    name = f"f_{tmp_path.name[-20:].lower()}".replace("-", "_")
    with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template_db}"')
    return pg_cluster.url(name)


@pytest.fixture(params=WHERE)
def where(request: pytest.FixtureRequest) -> str:
    return str(request.param)


# -- helpers ------------------------------------------------------------------------------
def open_project(qtbot, settings, where: str, target: str):
    """A main window on ``target``, opened as ``briefer TARGET`` opens it, ready to search."""
    if where == "url":
        window = open_team(qtbot, settings, target)
    else:
        from briefer.core.project import Project
        from briefer.gui.main_window import MainWindow
        from briefer.gui.session import ProjectSession

        window = MainWindow(ProjectSession(Project(name="")), settings)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.files.open_initial(Path(target))
        qtbot.waitUntil(lambda: bool(window.session.project.path), timeout=20000)
    qtbot.waitUntil(lambda: not window.files.outline_pending, timeout=10000)
    window.search_service.build_now()
    qtbot.waitUntil(lambda: window.search_service.ready, timeout=10000)
    return window


def rows(model, parent=None) -> list[str]:
    """The first column's text of a model's rows, as shown."""
    from PySide6.QtCore import QModelIndex

    parent = parent if parent is not None else QModelIndex()
    return [str(model.index(r, 0, parent).data()) for r in range(model.rowCount(parent))]


def shown_blocks(window) -> list[str]:
    """The text of each block of the note as the note pane shows it."""
    found = []
    for section in window.session.project.note.sections:
        for block in section.blocks:
            widget = window.note_pane.block_widget(block.id)
            if widget is None:
                continue
            editor = getattr(widget, "text_edit", None)
            if editor is not None:
                found.append(editor.toPlainText())
            quote = getattr(widget, "quote_label", None)
            if quote is not None:  # (rich text: its words, without the markup)
                shown = QTextDocumentFragment.fromHtml(quote.text()).toPlainText()
                found.append(shown.strip("“”"))
    return found


def pandoc(path: Path, to: str) -> str:
    return subprocess.run(["pandoc", str(path), "-t", to, "--wrap=none"], check=True,
                          capture_output=True, text=True).stdout


def footnotes(path: Path) -> list[str]:
    """The footnotes pandoc finds in the .docx, each as its plain words."""
    found: list[str] = []

    def words(node: Any) -> str:
        if isinstance(node, dict):
            if node.get("t") == "Str":
                return str(node["c"])
            if node.get("t") in ("Space", "SoftBreak"):
                return " "
            return words(node.get("c"))
        if isinstance(node, list):
            return "".join(words(n) for n in node)
        return ""

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("t") == "Note":
                found.append(" ".join(words(node["c"]).split()))
                return
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(pandoc(path, "json")))
    return found


def on_server_or_disk(where: str, target: str, tmp_path: Path, capsys) -> tuple[dict, list]:
    """What the command line and the storage say the note holds: ``briefer notes --json``'s
    row, and the note's texts read back without the app (a pull for a URL)."""
    capsys.readouterr()
    assert main(["notes", target, "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)["notes"]
    if where == "url":
        with psycopg.connect(target) as conn:
            transfer.pull(conn, tmp_path / "pulled")
        stored = load_project(tmp_path / "pulled")
    else:
        stored = load_project(Path(target))
    texts = [getattr(b, "markdown", "") or "" for s in stored.note.sections for b in s.blocks]
    texts += [stored.excerpts[b.excerpt_id].quote.exact for b in stored.note.excerpt_blocks()]
    return row, texts


# -- the flow -----------------------------------------------------------------------------
def test_the_analysts_flow_is_the_same_on_a_folder_and_a_server(
        qtbot, settings, dlg: DialogLog, where: str, project: str, sample: Path,
        tmp_path: Path, capsys) -> None:
    seen: dict[str, Any] = {}
    expected = load_project(sample)  # the sample, read without the app

    # 1. open
    window = open_project(qtbot, settings, where, project)
    if where == "url":
        assert redact(project) in window.windowTitle()
    assert not window.isWindowModified()

    # 2. the Sources list and the outline show the sample's sources and questions
    sources = rows(window.sources_pane.table.model())
    listed = window.sources_pane.source_ids()
    assert sorted(listed) == sorted(expected.sources) and len(sources) == 5
    questions = rows(window.outline_pane.model)
    assert len(questions) == len(expected.outline.sections) > 0
    for shown, section in zip(questions, expected.outline.sections, strict=True):
        assert section.label in shown and section.survey_id in listed
    seen["sources"], seen["outline"] = sources, questions

    # 3. search, open the hit, take its exact words (Ctrl+K, a phrase, Enter, Ctrl+E)
    QTest.keyClick(window, Qt.Key.Key_K, CTRL)
    assert window.search_pane.box.hasFocus()
    qtbot.keyClicks(window.search_pane.box, f'"{WORDS}"')
    qtbot.waitUntil(lambda: window.search_pane.model.rowCount() > 0, timeout=5000)
    hit = window.search_pane.model.hits[0]
    QTest.keyClick(window.search_pane.box, Qt.Key.Key_Return)
    qtbot.waitUntil(window.reader.view.hasFocus, timeout=5000)
    assert window.reader.source_id == hit.source_id
    source_id, start, end = window.reader.selected_span()
    assert expected.sources[source_id].text[start:end] == WORDS  # the hit is selected
    background = window.session.project.note.sections[1]
    dlg.answer("choose_from_menu", 1)  # the first Ctrl+E asks where excerpts go
    QTest.keyClick(window.reader.view, Qt.Key.Key_E, CTRL)
    (excerpt,) = [b for b in background.blocks if isinstance(b, ExcerptBlock)]
    quote = window.session.project.excerpts[excerpt.excerpt_id]
    assert (quote.quote.exact, quote.position.start, quote.position.end) == (WORDS, start, end)
    assert window.isWindowModified()

    # 4. a paragraph: "+ Text" on the section, type it; Ctrl+Z, Ctrl+Shift+Z
    QTest.mouseClick(window.note_pane.section_widget(background.id).add_button,
                     Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert editor is not None
    qtbot.keyClicks(editor, PARAGRAPH)
    assert shown_blocks(window) == [SHOWN, PARAGRAPH]
    QTest.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert shown_blocks(window) == [SHOWN, ""]  # the typing, one step; the paragraph stays
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert shown_blocks(window) == [SHOWN, PARAGRAPH]

    # 5. Ctrl+S, close, reopen: both are there, and in the storage itself
    QTest.keyClick(window, Qt.Key.Key_S, CTRL)
    window.files.wait_for_save()
    assert not window.isWindowModified()
    row, stored = on_server_or_disk(where, project, tmp_path, capsys)
    assert PARAGRAPH in stored and WORDS in stored
    assert row["excerpts"] == 1
    seen["notes"] = {k: v for k, v in row.items() if k != "id"}
    assert window.close()
    assert not dlg.named("save_discard_cancel")  # nothing left unsaved to ask about
    again = open_project(qtbot, settings, where, project)
    assert shown_blocks(again) == [SHOWN, PARAGRAPH]
    assert not again.isWindowModified()

    # 6. File ▸ Export: the .docx read back by pandoc holds the quotation and its footnote
    out = tmp_path / "note.docx"
    dlg.answer("export_options", export_options(again.session.project, out))
    dlg.answer("confirm", True)  # the check lists missing citation details: export anyway
    with qtbot.waitSignal(again.files.exported, timeout=30000):
        again.menu_actions.export.trigger()
    assert not dlg.named("error")
    body = " ".join(pandoc(out, "plain").split())
    assert WORDS in body and PARAGRAPH in body
    notes = footnotes(out)  # one quotation, one real footnote citing where it is from
    assert len(notes) == 1 and re.search(r"survey.*response \d+ to question 1\b", notes[0])
    seen["docx"] = body.replace(redact(project), "PROJECT").replace(project, "PROJECT")
    seen["footnotes"] = notes
    SEEN[where] = seen
    assert again.note_pane._citations.wait(30000) and again.runner.pool.waitForDone(30000)


def test_the_folder_and_the_server_showed_and_exported_the_same() -> None:
    if set(SEEN) != set(WHERE):
        pytest.skip("runs after both flows (run the whole file)")
    assert SEEN["url"] == SEEN["folder"]


# -- a second window --------------------------------------------------------------------
def test_a_second_window_is_told_of_a_saved_paragraph(
        qtbot, settings, dlg: DialogLog, where: str, project: str) -> None:
    first = open_project(qtbot, settings, where, project)
    dlg.answer("project_in_use", "read-only")  # a folder: the first window has it open
    second = open_project(qtbot, settings, where, project)
    section = first.session.project.note.sections[1]
    first.activateWindow()  # the analyst goes back to the first window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is first, timeout=3000)
    QTest.mouseClick(first.note_pane.section_widget(section.id).add_button,
                     Qt.MouseButton.LeftButton)
    qtbot.keyClicks(QApplication.focusWidget(), PARAGRAPH)
    said: list[str] = []
    second.statusBar().messageChanged.connect(said.append)
    QTest.keyClick(first, Qt.Key.Key_S, CTRL)
    first.files.wait_for_save()
    qtbot.waitUntil(lambda: PARAGRAPH in shown_blocks(second), timeout=5000)
    assert not second.isWindowModified()
    if where == "folder":  # (a team window takes colleagues' paragraphs in as they come)
        assert any(m.startswith("Took in what someone else saved") for m in said), said
    if where == "url":  # and a colleague's write through the database reaches both
        block_id = next(b.id for b in section.blocks if getattr(b, "markdown", "") == PARAGRAPH)
        write_as_colleague(project, block_id, LATER)
        for window in (first, second):
            qtbot.waitUntil(lambda w=window: text_of(w, block_id) == LATER, timeout=5000)
            assert LATER in shown_blocks(window)


# -- both changed the same part ---------------------------------------------------------
def colleague_renames_question(where: str, target: str, label: str, tmp_path: Path) -> None:
    """Another analyst saves a new label for the first question (a folder: their window's
    save; a URL: a command's checkout and write-back)."""
    if where == "folder":
        theirs = load_project(Path(target))
        theirs.outline.sections[0].label = label
        save_project(theirs)
        return
    with psycopg.connect(target) as conn:
        seen = workspace.checkout(conn, tmp_path / "colleague")
        theirs = load_project(seen.folder)
        theirs.outline.sections[0].label = label
        save_project(theirs)
        workspace.write_back(conn, seen)


def test_the_choice_between_two_versions_says_where_theirs_is_saved(
        qtbot, settings, where: str, project: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from PySide6.QtWidgets import QLabel, QPlainTextEdit

    from briefer.gui.conflict_dialog import ConflictDialog

    shown: list[str] = []

    def answer(dialog: ConflictDialog) -> int:  # the user reads it, then cancels
        shown.extend(label.text() for label in dialog.findChildren(QLabel))
        shown.extend(box.toPlainText() for box in dialog.findChildren(QPlainTextEdit))
        return 0

    monkeypatch.setattr(dialogs, "resolve_conflicts", REAL_RESOLVE)
    monkeypatch.setattr(ConflictDialog, "exec", answer)
    window = open_project(qtbot, settings, where, project)
    tree = window.outline_pane.tree
    tree.setFocus()
    tree.setCurrentIndex(window.outline_pane.model.index(0, 0))
    QTest.keyClick(tree, Qt.Key.Key_F2)  # rename the question in place
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not tree
    QTest.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor, "Mine: the main challenge")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # (the view commits on its next turn)
    qtbot.waitUntil(lambda: window.session.project.outline.sections[0].label
                    == "Mine: the main challenge", timeout=3000)
    colleague_renames_question(where, project, "Theirs: the main challenge", tmp_path)
    qtbot.wait(600)  # heard (a folder's watch settles in 250 ms; the server's notice)
    QTest.keyClick(window, Qt.Key.Key_S, CTRL)
    window.files.wait_for_save()
    text = " ".join(shown)
    assert "Mine: the main challenge" in text and "Theirs: the main challenge" in text
    if where == "url":
        assert "team server" in text and "on disk" not in text
    else:
        assert "on disk" in text and "server" not in text
    # cancelled: the rename stays in the window, unsaved (a URL: kept in the private copy,
    # not sent), and theirs stays where they saved it
    assert window.session.project.outline.sections[0].label == "Mine: the main challenge"
    if where == "url":
        assert "not yet sent to the team server" in window.statusBar().currentMessage()
    else:
        assert window.isWindowModified()
    capsys.readouterr()
    assert main(["outline", project]) == 0
    said = capsys.readouterr().out
    assert "Theirs: the main challenge" in said and "Mine:" not in said
