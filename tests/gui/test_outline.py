"""The Outline: clicks show responses in the Reader; edits are undoable; drops work."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt

from briefer.gui.mime import span_mime
from briefer.gui.outline_model import KIND_ROLE, RESPONSE, RESPONSE_MIME, THEME


def _first(model, kind):
    for number, node in enumerate(model._nodes):
        if node.kind == kind:
            return model.createIndex(node.row, 0, number + 1), node
    raise AssertionError(kind)


def test_click_response_shows_and_selects_it(main_window, qtbot):
    pane = main_window.outline_pane
    index, node = _first(pane.model, RESPONSE)
    pane.tree.scrollTo(index)
    rect = pane.tree.visualRect(index)
    qtbot.mouseClick(pane.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    response = pane.model.response_of(node)
    reader = main_window.reader
    assert reader.source_id == pane.model.section_of(node).survey_id
    assert reader.selected_span()[1:] == (response.start, response.end) or \
        reader.source.text[response.start:response.end].strip() == \
        reader.source.text[slice(*reader.selected_span()[1:])]


def test_click_theme_highlights_its_responses(main_window):
    pane = main_window.outline_pane
    index, node = _first(pane.model, THEME)
    pane._activate(index)
    theme = pane.model.theme_of(node)
    assert len(main_window.reader._focus) == len(theme.response_ids)


def test_rename_theme_in_place_is_undoable(main_window):
    session = main_window.session
    model = main_window.outline_pane.model
    index, node = _first(model, THEME)
    old = model.theme_of(node).label
    assert model.setData(index, "US politics")
    assert session.project.outline.find_theme(node.theme_id)[1].label == "US politics"
    assert main_window.menu_actions.undo.text().endswith("Rename theme")
    session.undo_stack.undo()
    assert session.project.outline.find_theme(node.theme_id)[1].label == old


def test_add_merge_move_remove_theme(main_window, dlg):
    session = main_window.session
    pane = main_window.outline_pane
    section = session.project.outline.sections[0]
    before = [t.id for t in section.themes]
    index, _node = _first(pane.model, THEME)
    pane.tree.setCurrentIndex(index)
    dlg.answer("get_text", "My own theme")
    pane.add_action.trigger()
    section = session.project.outline.sections[0]
    mine = section.themes[-1]
    assert mine.label == "My own theme" and mine.origin == "user"
    pane.move_theme(-1)
    assert session.project.outline.sections[0].themes[-2].id == mine.id
    # merge the first theme into my theme
    first = next(t for t in session.project.outline.sections[0].themes if t.id != mine.id)
    pane.select_key((THEME, section.id, first.id, ""))
    others = [t for t in session.project.outline.sections[0].themes if t.id != first.id]
    dlg.answer("choose", [t.id for t in others].index(mine.id))
    pane.merge_action.trigger()
    merged = session.project.outline.find_theme(mine.id)[1]
    assert set(first.response_ids) <= set(merged.response_ids)
    assert session.project.outline.find_theme(first.id) is None
    for _ in range(3):
        session.undo_stack.undo()
    assert [t.id for t in session.project.outline.sections[0].themes] == before


def test_drop_response_on_another_theme_moves_it(main_window):
    session = main_window.session
    model = main_window.outline_pane.model
    section = next(s for s in session.project.outline.sections if len(s.themes) > 1)
    a, b = section.themes[0], section.themes[1]
    rid = next(r for r in a.response_ids if r not in b.response_ids)
    data = model.mimeData([model.index_of_key(("response", section.id, a.id, rid))])
    assert data.hasFormat(RESPONSE_MIME)
    target = model.index_of_key(("theme", section.id, b.id, ""))
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target)
    outline = session.project.outline
    assert rid in outline.find_theme(b.id)[1].response_ids
    assert rid not in outline.find_theme(a.id)[1].response_ids
    session.undo_stack.undo()
    assert rid in session.project.outline.find_theme(a.id)[1].response_ids


def test_drop_span_on_theme_makes_a_themed_excerpt(main_window):
    session = main_window.session
    model = main_window.outline_pane.model
    theme = session.project.outline.sections[0].themes[0]
    source = session.project.articles()[0]
    target = model.index_of_key(("theme", session.project.outline.sections[0].id, theme.id, ""))
    data = span_mime(source.id, 0, 25, source.text[:25])
    assert model.canDropMimeData(data, Qt.DropAction.CopyAction, -1, 0, target)
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, target)
    (excerpt,) = session.project.excerpts.values()
    assert excerpt.theme_ids == [theme.id]
    assert not model.canDropMimeData(QMimeData(), Qt.DropAction.CopyAction, -1, 0, target)
    # the excerpt is listed under the theme (it is in no note), and opens in its source
    target = model.index_of_key(("theme", session.project.outline.sections[0].id, theme.id, ""))
    listed = [model.index(r, 0, target) for r in range(model.rowCount(target))]
    (row,) = [i for i in listed if model.data(i, KIND_ROLE) == "excerpt"]
    assert model.data(row) == f"“{source.text[:25].strip()}”"
    assert source.display_title in model.data(row, Qt.ItemDataRole.ToolTipRole)
    main_window.outline_pane._activate(row)
    assert main_window.reader.selected_span() == (source.id, 0, 25)
    main_window.session.undo_stack.undo()  # the drop undone: the row goes
    listed = [model.index(r, 0, target) for r in range(model.rowCount(target))]
    assert not [i for i in listed if model.data(i, KIND_ROLE) == "excerpt"]
