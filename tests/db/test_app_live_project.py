"""A colleague's new source reaches the open window within a second (schema 6 announces
the project's version moving), without making the window modified, and without touching
an unsaved note edit made here meanwhile. Real widgets, the real throwaway cluster."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QTimer

from briefer.cli import main
from tests.db import test_app_open as shared
from tests.db.test_app_open import first_prose, open_team, press_save, save, server_block, \
    text_of, type_into

app_data, dlg, settings, team = shared.app_data, shared.dlg, shared.settings, shared.team

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

ARTICLE = ("Ottawa weighs a levy on imported steel\n\nThe finance minister said on Tuesday "
           "that a temporary surtax on steel from countries without a trade agreement was "
           "under study, after imports rose by a third this year.\n")


def project_version(url: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT version FROM project").fetchone()
    assert row is not None
    return int(row[0])


def import_as_colleague(url: str, tmp_path: Path, capsys) -> set[str]:
    """``briefer import URL FILE`` (a checkout, the import, a write-back); the ids it
    added to the server."""
    with psycopg.connect(url) as conn:
        before = {str(i) for (i,) in conn.execute("SELECT id FROM sources")}
    article = tmp_path / "levy.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["import", url, str(article)]) == 0
    capsys.readouterr()
    with psycopg.connect(url) as conn:
        after = {str(i) for (i,) in conn.execute("SELECT id FROM sources")}
    assert after - before
    return after - before


def test_a_colleagues_new_source_is_listed_within_a_second(qtbot, settings, team: str,
                                                          tmp_path: Path, capsys) -> None:
    window = open_team(qtbot, settings, team)
    added = import_as_colleague(team, tmp_path, capsys)
    start = time.monotonic()
    qtbot.waitUntil(lambda: added <= set(window.sources_pane.source_ids()), timeout=3000)
    assert time.monotonic() - start < 1.0
    assert not window.isWindowModified()  # their source is no edit of this user's
    # and this window's next save writes nothing of the project back
    version = project_version(team)
    _, block_id = first_prose(window)
    type_into(qtbot, window, block_id, " Mine.")
    save(qtbot, window)
    assert server_block(team, block_id)[1]["markdown"].endswith("Mine.")
    assert project_version(team) == version
    with psycopg.connect(team) as conn:
        assert added <= {str(i) for (i,) in conn.execute("SELECT id FROM sources")}


def test_an_unsaved_note_edit_stays_while_a_colleagues_source_comes_in(
        qtbot, settings, team: str, tmp_path: Path, capsys) -> None:
    window = open_team(qtbot, settings, team)
    _, block_id = first_prose(window)
    type_into(qtbot, window, block_id, " Not sent yet.")
    assert window.isWindowModified()
    added = import_as_colleague(team, tmp_path, capsys)
    start = time.monotonic()
    qtbot.waitUntil(lambda: added <= set(window.sources_pane.source_ids()), timeout=3000)
    assert time.monotonic() - start < 1.0
    assert text_of(window, block_id).endswith("Not sent yet.")
    assert window.isWindowModified()  # still unsaved, so still to be sent
    assert not server_block(team, block_id)[1]["markdown"].endswith("Not sent yet.")
    save(qtbot, window)
    assert server_block(team, block_id)[1]["markdown"].endswith("Not sent yet.")
    assert not window.isWindowModified()


def test_a_window_with_its_own_unsaved_excerpt_merges_at_its_save(
        qtbot, settings, team: str, tmp_path: Path, capsys) -> None:
    window = open_team(qtbot, settings, team)
    project = window.session.project
    article = next(s for sid, s in project.sources.items() if not sid.startswith("001"))
    mine = window.add_excerpt(article.id, 0, 60, section_id=project.note.sections[1].id)
    assert mine is not None
    added = import_as_colleague(team, tmp_path, capsys)
    qtbot.wait(1000)  # heard, but not taken in: this window's excerpt is not sent yet
    assert not added & set(window.sources_pane.source_ids())
    assert mine in window.session.project.excerpts
    save(qtbot, window)  # the save merges: theirs and mine both kept
    qtbot.waitUntil(lambda: added <= set(window.sources_pane.source_ids()), timeout=3000)
    assert mine in window.session.project.excerpts
    with psycopg.connect(team) as conn:
        assert mine in {str(i) for (i,) in conn.execute("SELECT id FROM excerpts")}
        assert added <= {str(i) for (i,) in conn.execute("SELECT id FROM sources")}


LABEL = "Rules of origin first"


def outline_label(window) -> str:
    return window.session.project.outline.sections[0].label


@contextmanager
def server_held(qtbot, url: str, table: str, seconds: float,
                mode: str = "EXCLUSIVE") -> Iterator[None]:
    """Writes to ``table`` (all use of it, in ACCESS EXCLUSIVE ``mode``) wait ``seconds``
    on the server, released by a thread of their own so that a window blocked on them
    would still come back, only late; the block ends once they are released (the event
    loop running meanwhile)."""
    conn = psycopg.connect(url)
    conn.execute(f"LOCK TABLE {table} IN {mode} MODE")
    timer = threading.Timer(seconds, conn.commit)
    timer.start()
    try:
        yield
    finally:
        qtbot.waitUntil(lambda: not timer.is_alive(), timeout=int(seconds * 1000) + 5000)
        conn.close()


def download_held(qtbot, url: str, seconds: float) -> AbstractContextManager[None]:
    """Sources locked on the server for ``seconds``: a slow download of a large project
    (a checkout waits there)."""
    return server_held(qtbot, url, "sources", seconds, "ACCESS EXCLUSIVE")


def colleague_renames_a_section(url: str) -> None:
    """A colleague's outline edit, as their write-back makes it (the version moves on)."""
    with psycopg.connect(url) as conn:
        conn.execute("UPDATE project SET outline = jsonb_set(outline, '{sections,0,label}', "
                     "%s::jsonb), version = version + 1", (f'"{LABEL}"',))


class StallMeter:
    """The longest gap between the ticks of a 5 ms timer on the window's thread."""

    def __init__(self) -> None:
        self.longest = 0.0
        self.last = time.monotonic()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self.last)
        self.last = now


def test_the_window_stays_usable_during_a_take_in_and_keeps_what_is_typed_meanwhile(
        qtbot, settings, team: str) -> None:
    """The checkout, the merge and the loading run on a worker: while the download waits
    on the server, the window paints and takes keys; the paragraph typed meanwhile is
    still there once the colleague's outline edit is in, unsaved, and the save sends it."""
    window = open_team(qtbot, settings, team)
    link = window.server_link
    _, block_id = first_prose(window)
    with download_held(qtbot, team, 2.5):
        meter = StallMeter()
        colleague_renames_a_section(team)
        qtbot.waitUntil(link.news.busy, timeout=3000)
        type_into(qtbot, window, block_id, " Typed meanwhile.")
        qtbot.wait(300)
        assert link.news.busy()  # still on its way: its download waits
        assert text_of(window, block_id).endswith("Typed meanwhile.")
        assert meter.longest < 0.5  # on the window's thread it would wait 2.5 s
    qtbot.waitUntil(lambda: outline_label(window) == LABEL, timeout=10000)
    meter.timer.stop()
    assert meter.longest < 0.5
    assert text_of(window, block_id).endswith("Typed meanwhile.")
    assert window.isWindowModified()  # still to be sent
    save(qtbot, window)
    qtbot.waitUntil(lambda: server_block(team, block_id)[1]["markdown"].endswith(
        "Typed meanwhile."), timeout=5000)
    assert not window.isWindowModified()


def test_a_save_during_a_take_in_is_sent_once_it_has_landed(
        qtbot, settings, team: str, dlg) -> None:
    window = open_team(qtbot, settings, team)
    link = window.server_link
    _, block_id = first_prose(window)
    version = project_version(team)
    with download_held(qtbot, team, 2.0):
        colleague_renames_a_section(team)
        qtbot.waitUntil(link.news.busy, timeout=3000)
        type_into(qtbot, window, block_id, " Saved meanwhile.")
        press_save(qtbot, window)  # written to the copy; sent after the take-in, not beside
        assert link.news.busy()
        assert not server_block(team, block_id)[1]["markdown"].endswith("Saved meanwhile.")
    qtbot.waitUntil(lambda: server_block(team, block_id)[1]["markdown"].endswith(
        "Saved meanwhile."), timeout=10000)
    assert outline_label(window) == LABEL
    assert text_of(window, block_id).endswith("Saved meanwhile.")
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=3000)
    assert project_version(team) == version + 1  # nothing of the project's sent back
    assert not dlg.calls


def test_an_excerpt_added_during_a_take_in_is_kept_and_merged_at_the_save(
        qtbot, settings, team: str) -> None:
    """An edit of the project's own data while the take-in is on its way: the take-in is
    dropped (swapping it in would lose the excerpt), and the next save merges both."""
    window = open_team(qtbot, settings, team)
    link = window.server_link
    project = window.session.project
    article = next(s for sid, s in project.sources.items() if not sid.startswith("001"))
    with download_held(qtbot, team, 1.5):
        colleague_renames_a_section(team)
        qtbot.waitUntil(link.news.busy, timeout=3000)
        mine = window.add_excerpt(article.id, 0, 60, section_id=project.note.sections[1].id)
        assert mine is not None
    qtbot.waitUntil(lambda: not link.news.busy(), timeout=10000)
    assert mine in window.session.project.excerpts
    assert outline_label(window) != LABEL  # left for the save's merge
    save(qtbot, window)
    qtbot.waitUntil(lambda: outline_label(window) == LABEL, timeout=5000)
    assert mine in window.session.project.excerpts
    with psycopg.connect(team) as conn:
        assert mine in {str(i) for (i,) in conn.execute("SELECT id FROM excerpts")}
        row = conn.execute("SELECT outline FROM project").fetchone()
    assert row is not None and row[0]["sections"][0]["label"] == LABEL


def test_a_source_detail_edited_during_a_take_in_is_kept_and_sent(
        qtbot, settings, team: str) -> None:
    """A source's details live in its sidecar, not in the project's data the take-in
    compares: an edit of them meanwhile drops the take-in too, and the save sends both."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    from briefer.gui.source_details import SourceDetailsDialog

    window = open_team(qtbot, settings, team)
    link = window.server_link
    source = window.session.project.articles()[0]
    with download_held(qtbot, team, 2.0):
        colleague_renames_a_section(team)
        qtbot.waitUntil(link.news.busy, timeout=3000)
        dialog = SourceDetailsDialog(window.session, source.id)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.type.setCurrentIndex(dialog.type.findData("article-journal"))
        volume = dialog.fields["volume"]
        assert isinstance(volume, QLineEdit)
        volume.setFocus()
        qtbot.keyClicks(volume, "12")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        assert window.isWindowModified()
    qtbot.waitUntil(lambda: not link.news.busy(), timeout=10000)
    shown = window.session.project.sources[source.id].meta
    assert shown.type == "article-journal" and shown.extra.get("volume") == "12"
    window.activateWindow()  # back from the dialog: Ctrl+S is the window's
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    save(qtbot, window)
    assert outline_label(window) == LABEL
    with psycopg.connect(team) as conn:
        row = conn.execute("SELECT meta FROM sources WHERE id = %s", (source.id,)).fetchone()
    assert row is not None and row[0].get("volume") == "12"
    assert window.session.project.sources[source.id].meta.extra.get("volume") == "12"
