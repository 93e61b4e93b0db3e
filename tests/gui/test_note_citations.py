"""The note pane shows each excerpt's citation as its footnote reads, without making
the window wait for the citation processor."""

from __future__ import annotations

import pytest

from briefer.export import cite
from briefer.export.cite import preview
from briefer.gui.note_blocks import ExcerptBlockWidget
from tests.helpers.gui import article, sections


@pytest.fixture
def empty_cache(monkeypatch):
    monkeypatch.setattr(cite, "_PREVIEWS", {})


def test_a_new_excerpt_shows_its_footnote_once_rendered(pane, session, qtbot, empty_cache):
    src = article(session)
    background = sections(session)[1]
    excerpt_id = pane.add_excerpt(src.id, 20, 90, background.id)
    widget = pane.block_widget(background.blocks[0].id)
    assert isinstance(widget, ExcerptBlockWidget)
    assert widget.citation_pending and widget.citation_label.text() == "Citation…"
    qtbot.waitUntil(lambda: not widget.citation_pending, timeout=20000)
    excerpt = session.project.excerpts[excerpt_id]
    assert widget.citation_label.text() == preview(session.project, excerpt)
    assert src.meta.container_title in widget.citation_label.text() or not \
        src.meta.container_title


def test_changing_the_style_renders_the_citations_again(pane, session, qtbot, empty_cache):
    src = article(session)
    background = sections(session)[1]
    pane.add_excerpt(src.id, 20, 90, background.id)
    widget = pane.block_widget(background.blocks[0].id)
    qtbot.waitUntil(lambda: not widget.citation_pending, timeout=20000)
    chicago = widget.citation_label.text()
    session.project.citation_style = "apa"
    session.sourcesChanged.emit()
    qtbot.waitUntil(lambda: not widget.citation_pending, timeout=20000)
    apa = widget.citation_label.text()
    assert apa != chicago and apa.startswith("(") and apa.endswith(")")


def test_a_style_that_cannot_be_found_shows_title_and_outlet(pane, session, qtbot,
                                                             empty_cache):
    src = article(session)
    background = sections(session)[1]
    session.project.citation_style = "no-such-style"
    pane.add_excerpt(src.id, 20, 90, background.id)
    widget = pane.block_widget(background.blocks[0].id)
    assert not widget.citation_pending
    assert widget.citation_label.text().startswith(src.display_title)


def test_the_citation_style_menu_changes_the_style_in_one_undo_step(main_window, monkeypatch,
                                                                     tmp_path):
    window = main_window
    from briefer.gui import dialogs
    from briefer.gui.style_menu import CitationStyleMenu

    menu = window.findChild(CitationStyleMenu, "citationStyleMenu")
    session = window.session
    assert menu is not None and session.project.citation_style == "chicago"
    apa = next(a for a in menu.actions() if a.data() == "apa")
    apa.trigger()
    assert session.project.citation_style == "apa"
    assert session.undo_stack.undoText().startswith("Citation style: APA")
    session.undo_stack.undo()
    assert session.project.citation_style == "chicago"
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda _parent, _title, text, *a: errors.append(text))
    assert not menu.choose(str(tmp_path / "missing.csl"))
    assert session.project.citation_style == "chicago" and len(errors) == 1
    assert "No citation style file" in errors[0]
    assert menu.choose("ieee") and session.project.citation_style == "ieee"
    menu.sync()
    assert "ieee" in menu._other.text() and menu._other.isChecked()


def test_the_note_language_is_the_citations_language(pane, session, qtbot, empty_cache):
    src = article(session)
    background = sections(session)[1]
    pane.add_excerpt(src.id, 20, 90, background.id)
    widget = pane.block_widget(background.blocks[0].id)
    qtbot.waitUntil(lambda: not widget.citation_pending, timeout=20000)
    form = pane.meta_form
    index = form.language.findData("fr-CA")
    form.language.setCurrentIndex(index)
    form.language.activated.emit(index)
    assert session.project.note.meta.language == "fr-CA"
    assert session.undo_stack.count() == 2  # the excerpt, the language
    qtbot.waitUntil(lambda: not widget.citation_pending, timeout=20000)
    excerpt = session.project.excerpts[background.blocks[0].excerpt_id]
    assert widget.citation_label.text() == preview(session.project, excerpt, "fr-CA")
    session.undo_stack.undo()
    assert form.language.currentData() == "en-CA"


def test_switching_the_note_to_french_renames_the_templates_sections(pane, session):
    from briefer.core.section_edits import rename_section

    notes = session.project.note
    custom = notes.sections[2].id
    rename_section(session.project, custom, "Risks").apply(session.project)  # the analyst's
    form = pane.meta_form
    index = form.language.findData("fr-CA")
    form.language.setCurrentIndex(index)
    form.language.activated.emit(index)
    titles = [s.title for s in notes.sections]
    assert titles[:3] == ["But", "Contexte", "Risks"]
    assert pane.section_widget(notes.sections[1].id).title.text() == "Contexte"
    assert session.undo_stack.undoText() == "Language of the note: Français (Canada)"
    session.undo_stack.undo()
    assert [s.title for s in notes.sections][:3] == ["Purpose", "Background", "Risks"]
    assert notes.meta.language == "en-CA"


def test_the_block_commands_are_in_the_note_menu(main_window):
    from PySide6.QtWidgets import QMenu

    menu = main_window.findChild(QMenu, "blockMenu")
    pane = main_window.note_pane
    assert menu is not None
    assert {pane.add_prose_action, pane.mode_action, pane.move_up_action,
            pane.move_down_action, pane.delete_action} <= set(menu.actions())
