"""The page count in the status bar and View ▸ Print Preview.

The label's timing (a count once changes stop, one at a time, the latest note last) is
tested with a stand-in count; one test lays a real note out with LibreOffice (two
conversions: the label's count and the preview's pages)."""

from __future__ import annotations

import shutil
import threading

import pytest

from briefer.core.note import new_prose
from briefer.export.page_count import PageCount, office_program
from briefer.gui import page_count as label_module
from briefer.gui.page_count import PageCountLabel
from briefer.gui.print_preview import PrintPreview
from briefer.gui.workers import TaskRunner

PARAGRAPH = ("Officials in Ottawa and Washington have spent the spring weighing how far the "
             "review can go before the tariff question is settled, and what each side would "
             "have to give up to keep the agreement's dispute mechanisms intact. ") * 3


def _blocks(project) -> int:
    return sum(len(s.blocks) for s in project.note.sections)


@pytest.fixture
def counting(monkeypatch):
    """Counting on, LibreOffice "found", and a count that waits for the test's word."""
    monkeypatch.setenv("BRIEFER_PAGE_COUNT", "1")
    monkeypatch.setattr(label_module, "office_program", lambda: "soffice")
    gate = threading.Event()
    seen: list[int] = []

    def fake(project, cancelled=None) -> PageCount:
        seen.append(_blocks(project))
        assert gate.wait(10)
        return PageCount(pages=1 + _blocks(project), body_pages=1 + _blocks(project), limit=2,
                         kind="Briefing note")

    monkeypatch.setattr(label_module, "count_pages", fake)
    return gate, seen


def test_one_count_at_a_time_and_the_latest_note_last(qtbot, session, counting) -> None:
    gate, seen = counting
    runner = TaskRunner()
    label = PageCountLabel(session, runner)
    qtbot.addWidget(label)
    label.timer.setInterval(50)
    label.changed()
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=5000)  # the note as opened
    assert label.text() == "Counting pages…"
    start = _blocks(session.project)
    section = session.project.note.sections[0]
    for _ in range(3):  # typing on while the count runs
        section.blocks.append(new_prose(PARAGRAPH))
        session.notify_note()
        qtbot.wait(10)
    qtbot.wait(200)
    assert len(seen) == 1  # still one at a time
    gate.set()
    qtbot.waitUntil(lambda: len(seen) == 2 and runner.running() == 0, timeout=5000)
    assert seen == [start, start + 3]  # the second count saw the note as it ended
    qtbot.waitUntil(lambda: label.count is not None and label.count.pages == start + 4)
    assert label.text() == f"{start + 4} pages — over the 2-page limit"
    runner.cancel_all()


def test_without_libreoffice_the_label_says_so_once(qtbot, session, monkeypatch) -> None:
    monkeypatch.setenv("BRIEFER_PAGE_COUNT", "1")
    monkeypatch.setattr(label_module, "office_program", lambda: None)
    label = PageCountLabel(session, TaskRunner())
    qtbot.addWidget(label)
    label.count_now()
    assert label.text() == "Page count needs LibreOffice" and not label.isHidden()
    label.changed()
    assert not label.timer.isActive()  # never tried again


def test_the_label_says_the_body_apart_from_the_sources(qtbot, session) -> None:
    label = PageCountLabel(session, TaskRunner())
    qtbot.addWidget(label)
    label._counted(PageCount(pages=3, body_pages=2, limit=2, kind="Briefing note"))
    assert label.text() == "2 pages (3 with the sources)"
    assert label.styleSheet() == label_module.PLAIN_STYLE  # not the warning colour
    label._counted(PageCount(pages=1, body_pages=1, limit=None))
    assert label.text() == "1 page"
    assert label.toolTip() == ("As LibreOffice lays out the exported note: the body ends on "
                               "page 1 of 1.")


def test_turned_off_the_label_stays_hidden(main_window) -> None:
    label = main_window.page_count
    label.count_now()
    assert label.isHidden() and label.task is None  # BRIEFER_PAGE_COUNT=0 in the tests


def test_the_print_preview_is_in_the_view_menu_and_the_f1_list(main_window) -> None:
    action = main_window.menu_actions.print_preview
    assert action.shortcut().toString() == "Ctrl+Shift+P"
    view = next(a.menu() for a in main_window.menuBar().actions() if a.text() == "&View")
    assert action in view.actions()
    from briefer.gui.shortcuts_help import ShortcutsDialog

    assert any(keys == "Ctrl+Shift+P" for keys, _ in ShortcutsDialog(main_window).rows())


@pytest.mark.skipif(office_program() is None, reason="LibreOffice (soffice) is not installed: "
                    "the count and the preview are its layout")
@pytest.mark.slow
def test_the_label_counts_after_a_change_and_the_preview_shows_the_pages(
        project_window, qtbot, monkeypatch) -> None:
    window = project_window
    label = window.page_count
    assert label.isHidden()  # turned off while the window opened
    monkeypatch.setenv("BRIEFER_PAGE_COUNT", "1")
    label.timer.setInterval(100)
    section = window.session.project.note.sections[1]
    section.blocks.extend(new_prose(PARAGRAPH) for _ in range(12))
    window.session.notify_note()
    qtbot.waitUntil(lambda: label.count is not None, timeout=120_000)
    count = label.count
    assert count.over and count.body_pages >= 3 and count.limit == 2
    assert label.text() == f"{count.body_pages} pages — over the 2-page limit"

    window.menu_actions.print_preview.trigger()
    dialog = window.findChild(PrintPreview)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.pictures is not None, timeout=120_000)
    assert dialog.pictures.count.pages == count.pages
    drawn = count.pages if shutil.which("pdftoppm") else 1  # else LibreOffice: the first
    assert len(dialog.page_labels) == drawn
    assert dialog.page_labels[0].accessibleName() == f"Page 1 of {count.pages}"
    assert dialog.page_labels[0].pixmap().width() > 500
    dialog.close()
