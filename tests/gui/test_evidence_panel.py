"""The Evidence panel: a theme selected shows what the news says about it; a passage
opens in the reader and is quoted in the note, linked to the theme, in one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefer.gui.outline_model import THEME


def _select_theme(window, label):
    pane = window.outline_pane
    for section in window.session.project.outline.sections:
        for theme in section.themes:
            if theme.label == label:
                pane.select_key((THEME, section.id, theme.id, ""))
                return theme
    raise AssertionError(label)


def test_selecting_a_theme_lists_its_news_passages_best_first(main_window):
    theme = _select_theme(main_window, "Climate change")
    panel = main_window.outline_pane.evidence
    passages = panel.passages()
    assert panel.theme_id == theme.id and passages
    assert [p.score for p in passages] == sorted((p.score for p in passages), reverse=True)
    html = panel.list.item(0).data(Qt.ItemDataRole.UserRole + 2)
    assert "<b>environment</b>" in html
    assert not panel.empty.isVisible()


def test_enter_opens_the_passage_in_the_reader(main_window, qtbot):
    _select_theme(main_window, "Climate change")
    panel = main_window.outline_pane.evidence
    passage = panel.current()
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    reader = main_window.reader
    assert reader.source_id == passage.source_id
    assert reader.selected_span() == (passage.source_id, passage.start, passage.end)


def test_ctrl_e_quotes_the_passage_linked_to_the_theme_in_one_undo_step(main_window, qtbot):
    session = main_window.session
    project = session.project
    if not project.note.sections:
        from briefer.core.draft import draft
        from briefer.gui.commands.edit import EditCommand
        from briefer.io.templates import load_template
        session.undo_stack.push(EditCommand(session, "Draft", draft(
            project, load_template("briefing-note")).edit(project)))
    target = project.note.sections[2].id
    main_window.note_pane.set_current_section(target)
    theme = _select_theme(main_window, "Climate change")
    panel = main_window.outline_pane.evidence
    passage = panel.current()
    before = session.undo_stack.count()
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert session.undo_stack.count() == before + 1
    added = [e for e in project.excerpts.values()
             if (e.source_id, e.position.start, e.position.end) ==
             (passage.source_id, passage.start, passage.end)]
    assert len(added) == 1 and added[0].theme_ids == [theme.id]
    assert any(getattr(b, "excerpt_id", None) == added[0].id
               for b in project.note.section(target).blocks)
    session.undo_stack.undo()
    assert added[0].id not in project.excerpts


def test_a_theme_without_news_says_so(main_window):
    session = main_window.session
    section = session.project.outline.sections[0]
    theme = section.themes[0]
    theme.label, theme.terms, theme.response_ids = "Fisheries", ["fisheries"], []
    panel = main_window.outline_pane.evidence
    panel.show_theme(theme.id)
    assert panel.passages() == []
    assert not panel.empty.isHidden()
    assert panel.empty.text() == "No news source speaks to this theme."
    assert not panel.add_button.isEnabled()


def test_find_evidence_for_the_reader_selection(main_window):
    project = main_window.session.project
    survey = next(s for s in project.sources.values() if s.kind.value == "survey")
    words = "protectionist measures"
    start = survey.text.index(words)
    main_window.reader.show_source(survey.id, select=(start, start + len(words)))
    panel = main_window.outline_pane.evidence
    assert panel.find_for_selection()
    best = panel.current()
    assert best is not None and best.source_id != survey.id
    assert "protectionist measures" in project.sources[best.source_id].text[best.start:best.end]


def test_much_news_is_read_on_a_worker(main_window, qtbot, monkeypatch):
    from briefer.gui import evidence_panel

    monkeypatch.setattr(evidence_panel, "WORKER_CHARS", 0)
    panel = main_window.outline_pane.evidence
    main_window.session.sourcesChanged.emit()  # the news is read again
    panel.show_theme(next(s.topics()[0].id for s in main_window.session.project.outline.sections))
    assert panel.reading() and panel.empty.text() == "Reading the news…"
    qtbot.waitUntil(lambda: not panel.reading() and bool(panel.passages()), timeout=5000)
    assert not panel.empty.isVisible()


def test_the_first_passage_added_asks_where_excerpts_go(main_window, dlg):
    from briefer.core.draft import draft
    from briefer.gui.commands.edit import EditCommand
    from briefer.io.templates import load_template

    session = main_window.session
    project = session.project
    session.undo_stack.push(EditCommand(session, "Draft", draft(
        project, load_template("briefing-note")).edit(project)))
    main_window.note_pane._current_section_id = None
    dlg.answer("choose_from_menu", 2)
    theme = _select_theme(main_window, "Climate change")
    excerpt_id = main_window.outline_pane.evidence.add_current()
    assert excerpt_id and project.excerpts[excerpt_id].theme_ids == [theme.id]
    assert len(dlg.named("choose_from_menu")) == 1
    status = project.note.sections[2]
    assert any(getattr(b, "excerpt_id", None) == excerpt_id for b in status.blocks)


def test_the_readers_context_menu_finds_evidence_for_the_words_selected(main_window):
    reader = main_window.reader
    action = next(a for a in reader.view.selection_actions
                  if a.text().replace("&", "") == "Find Evidence in the News")
    source = next(s for s in main_window.session.project.sources.values()
                  if s.kind.value == "article")
    assert reader.show_source(source.id, select=(0, min(120, len(source.text))))
    panel = main_window.outline_pane.evidence
    assert not panel.heading.text().startswith("News on")
    action.trigger()
    words = " ".join(source.text[:40].split())
    assert panel.heading.text().startswith("News on “" + words[:20])
