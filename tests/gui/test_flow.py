"""The whole flow driven through the real widgets: search, pick, place, undo, save, export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from briefer.core.note import ExcerptBlock
from tests.helpers.gui import export_options


def _span_of(window, source_id: str, words: str) -> tuple[int, int]:
    text = window.session.project.sources[source_id].text
    start = text.index(words)
    return start, start + len(words)


def _article_with(window, words: str) -> str:
    return next(s.id for s in window.session.project.sources.values() if words in s.text)


def test_search_as_you_type_opens_the_source_at_the_hit(main_window, qtbot):
    w = main_window
    w.menu_actions.search.trigger()
    assert w.search_pane.box.hasFocus() or w.left_tabs.currentWidget() is w.search_pane
    qtbot.keyClicks(w.search_pane.box, "rules of origin")
    qtbot.waitUntil(lambda: w.search_pane.model.rowCount() > 0, timeout=3000)
    QTest.keyClick(w.search_pane.box, Qt.Key.Key_Return)
    # Enter searches the words as written (briefer search's answer) and opens its first
    qtbot.waitUntil(w.reader.view.hasFocus, timeout=3000)
    hit = w.search_pane.model.hits[0]
    assert w.reader.source_id == hit.source_id
    assert w.reader.hits, "hits are highlighted"
    first = w.reader.current_hit
    w.menu_actions.find_next.trigger()
    if len(w.reader.hits) > 1:
        assert w.reader.current_hit == (first + 1) % len(w.reader.hits)
    w.menu_actions.find_previous.trigger()
    assert w.reader.current_hit == first


def test_find_in_current_source(main_window, qtbot):
    w = main_window
    w.menu_actions.find.trigger()
    assert w.reader.find_bar.isVisible()
    qtbot.keyClicks(w.reader.find_bar.edit, "canada")
    text = w.reader.source.text.lower()
    assert len(w.reader.hits) == text.count("canada")


def test_pick_excerpt_place_undo_redo(main_window, qtbot):
    w = main_window
    words = "US domestic politics are driving American trade policy"
    sid = _article_with(w, words)
    w.show_source(sid)
    start, end = _span_of(w, sid, words)
    w.reader.select_span(start, end)
    assert w.reader.add_action.isEnabled()
    w.note_pane.set_current_section(w.session.project.note.sections[1].id)
    w.reader.add_button.click()
    project = w.session.project
    (excerpt,) = project.excerpts.values()
    assert excerpt.quote.exact == words
    assert (excerpt.position.start, excerpt.position.end) == (start, end)
    placed = [b for s in project.note.sections for b in s.blocks if isinstance(b, ExcerptBlock)]
    assert [b.excerpt_id for b in placed] == [excerpt.id]
    assert w.isWindowModified()
    # the excerpt is highlighted in the Reader, with where it is used
    assert any(e == excerpt.id for e, _, _ in w.reader.excerpt_spans())
    assert "Excerpt used in" in w.reader.tooltip_at(w.reader._map.to_doc(start + 1))
    assert w.menu_actions.undo.text().endswith("Add excerpt")
    w.menu_actions.undo.trigger()
    assert not project.excerpts and project.note.is_empty()
    assert not w.isWindowModified()
    w.menu_actions.redo.trigger()
    assert list(project.excerpts) == [excerpt.id]


def test_keyboard_only_excerpt(main_window, qtbot, dlg):
    """Ctrl+K, type, Enter, Shift+arrows, Ctrl+E: an excerpt without the mouse.

    No section was chosen yet: the excerpt is not put in the first section
    silently; a menu of sections asks (here the user picks "Background").
    """
    w = main_window
    dlg.answer("choose_from_menu", 1)
    QTest.keyClick(w, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(w.search_pane.box, "supply chains")
    qtbot.waitUntil(lambda: w.search_pane.model.rowCount() > 0, timeout=3000)
    QTest.keyClick(w.search_pane.box, Qt.Key.Key_Return)
    qtbot.waitUntil(w.reader.view.hasFocus, timeout=3000)
    # the hit is selected, ready to add
    QTest.keyClick(w.reader.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(w.session.project.excerpts) == 1
    (excerpt,) = w.session.project.excerpts.values()
    assert "supply chains" in excerpt.quote.exact.lower()
    (args,) = dlg.named("choose_from_menu")
    titles = [s.title for s in w.session.project.note.sections]
    assert args[2] == titles and args[3] == -1  # every section offered, none preselected
    background = w.session.project.note.sections[1]
    assert [b.excerpt_id for b in background.blocks] == [excerpt.id]
    # the choice is remembered and shown: the next Ctrl+E goes there without asking
    assert w.note_pane.current_section_id() == background.id
    assert w.note_pane.section_widget(background.id).target_label.isVisible()
    w.reader.select_span(0, 20)
    QTest.keyClick(w.reader.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(background.blocks) == 2 and len(dlg.named("choose_from_menu")) == 1


def test_reorder_save_reopen(project_window, qtbot, dlg, bw_settings):
    from tests.helpers.gui import open_window

    w = project_window
    sid = _article_with(w, "National Post") if any(
        "National Post" in s.text for s in w.session.project.sources.values()) else \
        w.session.project.articles()[0].id
    text = w.session.project.sources[sid].text
    spans = [(0, 40), (100, 160)]
    w.note_pane.set_current_section(w.session.project.note.sections[2].id)
    for start, end in spans:
        w.add_excerpt(sid, start, end)
    note = w.session.project.note
    section = next(s for s in note.sections if s.blocks)
    order = [b.id for b in section.blocks]
    from briefer.gui.commands.note import MoveBlockCommand

    w.session.undo_stack.push(MoveBlockCommand(w.session, order[1], section.id, 0))
    assert [b.id for b in section.blocks] == order[::-1]
    w.menu_actions.save.trigger()
    assert not w.isWindowModified()
    path = w.session.project.path
    w.close()
    again = open_window(qtbot, bw_settings, Path(path))
    note2 = again.session.project.note
    section2 = note2.section(section.id)
    assert [b.id for b in section2.blocks] == order[::-1]
    exacts = sorted(e.quote.exact for e in again.session.project.excerpts.values())
    assert exacts == sorted(text[s:e].strip() for s, e in spans)


def test_save_as_turns_read_only_folder_into_project(main_window, dlg, tmp_path):
    w = main_window
    w.add_excerpt(w.session.project.articles()[0].id, 0, 30,
                  section_id=w.session.project.note.sections[0].id)
    dest = tmp_path / "saved"
    dlg.answer("existing_directory", str(dest))
    w.menu_actions.save.trigger()  # read-only: Save becomes Save As
    assert (dest / "project.yaml").exists()
    assert not w.session.project.read_only
    assert not w.isWindowModified()
    assert "read-only" not in w.windowTitle()


def test_export_shows_check_then_writes_docx(project_window, qtbot, dlg, tmp_path):
    import docx

    w = project_window
    words = "US domestic politics are driving American trade policy"
    sid = _article_with(w, words)
    w.add_excerpt(sid, *_span_of(w, sid, words), section_id=w.session.project.note.sections[1].id)
    out = tmp_path / "note.docx"
    dlg.answer("confirm", True)  # the check finds missing metadata: export anyway
    dlg.answer("export_options", export_options(w.session.project, out))
    with qtbot.waitSignal(w.files.exported, timeout=20000):
        w.menu_actions.export.trigger()
    assert dlg.named("confirm"), "the check results were shown first"
    text = dlg.named("confirm")[0][2]
    # only citation details are missing: said so, not "quotations that fail"
    assert "lacks citation details" in text and "quotation" not in text.lower()
    assert dlg.kwargs_of("confirm")[0]["default_yes"] is True
    body = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert words in body
    assert not dlg.named("error")
