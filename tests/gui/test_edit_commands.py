"""Every undo command, one rule: push, undo, redo, undo give back the project exactly,
and the views hear about each change."""

from __future__ import annotations

import copy

import pytest

from briefer.core.excerpt import AnchorStatus
from briefer.core.note import ExcerptBlock
from briefer.gui import commands as c
from briefer.gui.commands import outline as oc
from briefer.gui.commands.sources import EditSourceMetaCommand
from briefer.gui.session import ProjectSession
from tests.helpers.projects import state as project_state


def state(session: ProjectSession) -> dict:
    return project_state(session.project)


def cycle(session: ProjectSession, make) -> None:
    """``make()`` builds a command on the project as it is now."""
    stack = session.undo_stack
    heard: list[str] = []
    for name in ("sourcesChanged", "outlineChanged", "excerptsChanged", "noteChanged"):
        getattr(session, name).connect(lambda n=name: heard.append(n))
    before = state(session)
    stack.push(make())
    after = state(session)
    assert after != before
    assert heard, "the views were told"
    stack.undo()
    assert state(session) == before
    stack.redo()
    assert state(session) == after
    stack.undo()
    assert state(session) == before
    stack.redo()  # leave it done, so the next command builds on it


def themes(session):
    section = next(s for s in session.project.outline.sections if len(s.themes) >= 2)
    return section, section.themes[0], section.themes[1]


def test_every_command_undoes_exactly(session):
    project = session.project
    src = project.articles()[0]
    sec = project.note.sections[1]
    other = project.note.sections[2]
    section, theme, second = themes(session)
    response = next(r for r in theme.response_ids if r not in second.response_ids)
    made: dict[str, str] = {}

    def add():
        command = c.AddExcerptCommand(session, src.id, 10, 80, section_id=sec.id)
        made["block"] = command.block_id or ""
        return command

    def prose():
        command = c.InsertProseCommand(session, sec.id, 0, "Some **words**")
        made["prose"] = command.block_id
        return command

    steps = [
        add, prose,
        lambda: c.EditProseCommand(session, made["prose"], "Other words"),
        lambda: c.MoveBlockCommand(session, made["prose"], other.id, 0),
        lambda: c.SetExcerptModeCommand(session, made["block"], "paraphrase"),
        lambda: c.EditParaphraseCommand(session, made["block"], "In short"),
        lambda: c.EditLeadInCommand(session, made["block"], "As reported,"),
        lambda: c.EditNoteMetaCommand(session, "subject", "Steel"),
        lambda: EditSourceMetaCommand(session, src.id, "issued", "2024-03-05"),
        lambda: c.InsertThemeCommand(session, other.id, None, theme.id),
        lambda: oc.rename_theme(session, theme.id, "Renamed"),
        lambda: oc.set_theme_note(session, theme.id, "a note"),
        lambda: oc.add_theme(session, section.id, "New one"),
        lambda: oc.move_theme(session, second.id, 0),
        lambda: oc.copy_response(session, response, second.id),
        lambda: oc.mark_disagreeing(session, response, second.id, True),
        lambda: oc.remove_response(session, response, second.id),
        lambda: oc.merge_themes(session, second.id, theme.id),
        lambda: c.RemoveBlockCommand(session, made["prose"]),
        lambda: c.RemoveBlockCommand(session, made["block"]),
    ]
    for make in steps:
        cycle(session, make)
    stack = session.undo_stack
    done = state(session)
    while stack.canUndo():
        stack.undo()
    assert not project.excerpts and project.note.is_empty()
    while stack.canRedo():
        stack.redo()
    assert state(session) == done


def test_draft_then_undo_takes_back_the_theme_links_it_added(session, pane):
    project = session.project
    pane.draft_action.trigger()
    quoted = next(b for s in project.note.sections for b in s.blocks
                  if isinstance(b, ExcerptBlock))
    excerpt = copy.deepcopy(project.excerpts[quoted.excerpt_id])
    session.undo_stack.undo()
    # The analyst had taken the same words before, for no theme.
    excerpt.id, excerpt.theme_ids = "ex-mine", []
    project.excerpts["ex-mine"] = excerpt
    before = state(session)
    pane.draft_action.trigger()
    assert project.excerpts["ex-mine"].theme_ids, "the draft quotes it for its theme"
    session.undo_stack.undo()
    assert state(session) == before
    assert project.excerpts["ex-mine"].theme_ids == []


def test_deleting_a_theme_unlinks_its_excerpts_until_undone(session):
    project = session.project
    _, theme, _ = themes(session)
    src = project.articles()[0]
    add = c.AddExcerptCommand(session, src.id, 0, 50, theme_id=theme.id)
    session.undo_stack.push(add)
    session.undo_stack.push(oc.remove_theme(session, theme.id))
    assert project.excerpts[add.excerpt_id].theme_ids == []
    session.undo_stack.undo()
    assert project.excerpts[add.excerpt_id].theme_ids == [theme.id]


def test_redo_after_the_source_changed_finds_the_words_again(session):
    project = session.project
    src = project.articles()[0]
    sec = project.note.sections[0]
    add = c.AddExcerptCommand(session, src.id, 100, 160, section_id=sec.id)
    session.undo_stack.push(add)
    words = project.excerpts[add.excerpt_id].exact
    session.undo_stack.undo()
    src.text = "A paragraph added at the top.\n\n" + src.text  # re-imported
    session.undo_stack.redo()
    back = project.excerpts[add.excerpt_id]
    assert src.text[back.position.start:back.position.end] == words
    assert back.status is AnchorStatus.MOVED


def test_a_bad_argument_changes_nothing(session):
    before = state(session)
    with pytest.raises(KeyError):
        c.RemoveBlockCommand(session, "no-such-block")
    with pytest.raises(KeyError):
        c.MoveBlockCommand(session, "no-such-block", session.project.note.sections[0].id, 0)
    with pytest.raises(KeyError):
        oc.remove_theme(session, "no-such-theme")
    with pytest.raises(KeyError):
        EditSourceMetaCommand(session, "no-such-source", "title", "x")
    assert state(session) == before
    assert session.undo_stack.count() == 0
