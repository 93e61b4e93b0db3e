"""The Outline shows every answer: tallies first, themes, disagreeing answers, single
views; answers copy and move between themes; a theme drags into the note."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefer.core.project import Project
from briefer.core.source import Source, SourceKind
from briefer.core.themes import build_outline
from briefer.gui.mime import RESPONSE_MIME, theme_mime
from briefer.gui.outline_model import DISAGREE, RESPONSE, SINGLES, TALLY, THEME
from briefer.gui.outline_pane import OutlinePane
from briefer.gui.session import ProjectSession

STANCE = """# Should Canada join the new agreement?

1. No.
2. No — the costs are too high.
3. Yes, quickly.
4. Never.
5. No, not now.
"""

MARKETS = """# Which markets matter most?

- Japan, for beef.
- Japan and Korea, through the CPTPP.
- The EU under CETA.
- Mexico, a neighbour.
- Litigation alone has failed; Japan is the answer.
- Better data on shipping costs.
"""


def _session(text: str) -> ProjectSession:
    source = Source("s", text, kind=SourceKind.SURVEY)
    project = Project(sources={"s": source})
    project.outline = build_outline(project.surveys())
    return ProjectSession(project)


@pytest.fixture
def outline_pane(qtbot):
    def make(text: str) -> OutlinePane:
        pane = OutlinePane(_session(text))
        qtbot.addWidget(pane)
        pane.resize(500, 600)
        pane.show()
        qtbot.waitExposed(pane)
        return pane
    return make


def _rows(model, kind):
    return [(model.createIndex(node.row, 0, number + 1), node)
            for number, node in enumerate(model._nodes) if node.kind == kind]


def test_tally_comes_first_with_its_counts(outline_pane, qtmodeltester):
    pane = outline_pane(STANCE)
    model = pane.model
    qtmodeltester.check(model)
    (tally_index, _), = _rows(model, TALLY)
    assert tally_index.row() == 0  # first under the question
    assert model.data(tally_index) == "No 4 · Yes 1 — of 5"
    positions = {model.data(i): model.data(i.siblingAtColumn(1)) for i, _ in _rows(model, THEME)}
    assert positions == {"No": "4 of 5", "Yes": "1 of 5"}


def test_every_answer_is_visible_single_views_listed(outline_pane):
    pane = outline_pane(MARKETS)
    model = pane.model
    section = pane.session.project.outline.sections[0]
    themed = section.themed_ids()
    (singles_index, _), = _rows(model, SINGLES)
    listed = {model.node(model.index(r, 0, singles_index)).response_id
              for r in range(model.rowCount(singles_index))}
    all_ids = {f"q1.r{k}" for k in range(1, 7)}
    assert listed == all_ids - themed and "q1.r6" in listed  # shipping data stands alone
    assert model.data(singles_index.siblingAtColumn(1)) == str(len(listed))


def test_copy_keeps_an_answer_in_both_themes_and_undoes(outline_pane, dlg):
    pane = outline_pane(MARKETS)
    session, model = pane.session, pane.model
    outline = session.project.outline
    section = outline.sections[0]
    japan = next(t for t in section.themes if "Japan" in t.label)
    mexico = outline.add_theme(section.id, "Neighbours", ["q1.r4"])
    model.reset()
    # Ctrl+drag: a copy
    index = model.index_of_key((RESPONSE, section.id, japan.id, "q1.r2"))
    data = model.mimeData([index])
    assert data.hasFormat(RESPONSE_MIME)
    target = model.index_of_key((THEME, section.id, mexico.id, ""))
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, target)
    assert "q1.r2" in outline.find_theme(mexico.id)[1].response_ids
    assert "q1.r2" in outline.find_theme(japan.id)[1].response_ids
    assert session.undo_stack.undoText() == "Copy response to theme"
    session.undo_stack.undo()
    assert "q1.r2" not in session.project.outline.find_theme(mexico.id)[1].response_ids
    # from the single views, by the menu action
    pane.select_key((RESPONSE, section.id, "", "q1.r6"))
    offered = [t.id for t in session.project.outline.sections[0].themes]
    dlg.answer("choose", offered.index(mexico.id))
    pane.copy_action.trigger()
    assert "q1.r6" in session.project.outline.find_theme(mexico.id)[1].response_ids


def test_mark_as_disagreeing_shows_it_apart_uncounted(outline_pane):
    pane = outline_pane(MARKETS)
    session, model = pane.session, pane.model
    section = session.project.outline.sections[0]
    japan = next(t for t in section.themes if "Japan" in t.label)
    rid = japan.response_ids[0]
    before = len(japan.response_ids)
    pane.select_key((RESPONSE, section.id, japan.id, rid))
    pane.disagree_action.trigger()
    theme = session.project.outline.find_theme(japan.id)[1]
    assert rid in theme.disagree_ids and rid not in theme.response_ids
    assert len(theme.response_ids) == before - 1
    index = model.index_of_key((DISAGREE, section.id, japan.id, rid))
    assert model.data(index).startswith("✗ ")
    assert "1 disagree" in model.data(model.index_of_key((THEME, section.id, japan.id, ""))
                                      .siblingAtColumn(1))
    assert pane.disagree_action.isChecked()
    session.undo_stack.undo()
    assert rid in session.project.outline.find_theme(japan.id)[1].response_ids


def test_theme_from_an_answer_splits_it_off(outline_pane, dlg):
    pane = outline_pane(MARKETS)
    session = pane.session
    section = session.project.outline.sections[0]
    japan = next(t for t in section.themes if "Japan" in t.label)
    rid = japan.response_ids[-1]
    pane.select_key((RESPONSE, section.id, japan.id, rid))
    dlg.answer("get_text", "Korea")
    pane.new_theme_action.trigger()
    korea = next(t for t in session.project.outline.sections[0].themes if t.label == "Korea")
    assert korea.response_ids == [rid]
    assert rid not in session.project.outline.find_theme(japan.id)[1].response_ids


def test_theme_dragged_into_the_note_brings_its_count_and_quotation(pane, session):
    outline_section = session.project.outline.sections[1]
    theme = outline_section.topics()[0]
    note_section = session.project.note.sections[0]
    widget = pane._sections[note_section.id]
    before = len(note_section.blocks)
    data = theme_mime(outline_section.id, theme.id, theme.label)
    assert widget._accepts(data)
    widget.themeDropped.emit(note_section.id, theme.id, before)
    blocks = session.project.note.section(note_section.id).blocks[before:]
    assert len(blocks) == 2
    assert blocks[0].markdown.startswith(f"- {'Six' if len(theme.response_ids) == 6 else ''}")
    assert "of seven respondents point to" in blocks[0].markdown
    excerpt = session.project.excerpts[blocks[1].excerpt_id]
    survey = session.project.survey(outline_section.survey_id)
    member_spans = [(r.start, r.end) for r in survey.questions[1].responses
                    if r.id in theme.response_ids]
    assert any(a <= excerpt.position.start and excerpt.position.end <= b
               for a, b in member_spans)  # quoted from an answer in the theme
    assert session.undo_stack.undoText() == "Add theme to note"
    session.undo_stack.undo()
    assert len(session.project.note.section(note_section.id).blocks) == before
    assert blocks[1].excerpt_id not in session.project.excerpts
    session.undo_stack.redo()
    assert len(session.project.note.section(note_section.id).blocks) == before + 2
