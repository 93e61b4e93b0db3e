"""Note and excerpt undo commands: push -> check -> undo -> check -> redo -> check."""

from __future__ import annotations

import copy

import pytest

from briefer.core.note import ExcerptBlock, NoteSection, ProseBlock, new_prose
from briefer.gui.commands import (
    AddExcerptCommand,
    DraftNoteCommand,
    EditLeadInCommand,
    EditNoteMetaCommand,
    EditParaphraseCommand,
    EditProseCommand,
    InsertProseCommand,
    MoveBlockCommand,
    RemoveBlockCommand,
    SetExcerptModeCommand,
    normalise_markdown,
)
from briefer.gui.session import ProjectSession


def snapshot(session: ProjectSession) -> tuple[dict, dict]:
    project = session.project
    return (copy.deepcopy(project.note.to_dict()),
            {k: e.to_dict() for k, e in project.excerpts.items()})


def check_cycle(session: ProjectSession, command, after_check) -> None:
    """Push, check; undo, back to before exactly; redo, check again."""
    before = snapshot(session)
    stack = session.undo_stack
    stack.push(command)
    after_check()
    after = snapshot(session)
    assert after != before
    stack.undo()
    assert snapshot(session) == before
    stack.redo()
    assert snapshot(session) == after
    after_check()


def section(session: ProjectSession, i: int) -> NoteSection:
    return session.project.note.sections[i]


def first_article(session: ProjectSession):
    return session.project.articles()[0]


def test_add_excerpt_places_exact_words_in_section(session):
    src = first_article(session)
    sec = section(session, 1)
    signals = []
    session.noteChanged.connect(lambda: signals.append("note"))
    session.excerptsChanged.connect(lambda: signals.append("excerpts"))
    cmd = AddExcerptCommand(session, src.id, 10, 80, section_id=sec.id)

    def placed():
        excerpt = session.project.excerpts[cmd.excerpt_id]
        assert excerpt.exact == src.text[10:80].strip()
        assert src.text[excerpt.position.start:excerpt.position.end] == excerpt.exact
        block = sec.blocks[-1]
        assert isinstance(block, ExcerptBlock) and block.excerpt_id == cmd.excerpt_id

    check_cycle(session, cmd, placed)
    assert session.undo_stack.undoText() == "Add excerpt"
    assert "note" in signals and "excerpts" in signals


def test_add_excerpt_without_section_and_with_theme(session):
    src = first_article(session)
    cmd = AddExcerptCommand(session, src.id, 0, 40, theme_id="th-1")

    def added():
        assert session.project.excerpts[cmd.excerpt_id].theme_ids == ["th-1"]
        assert session.project.note.is_empty()

    check_cycle(session, cmd, added)


def test_add_excerpt_rejects_bad_input_before_changing_anything(session):
    src = first_article(session)
    with pytest.raises(KeyError):
        AddExcerptCommand(session, "nope", 0, 10)
    with pytest.raises(KeyError):
        AddExcerptCommand(session, src.id, 0, 10, section_id="nope")
    with pytest.raises(ValueError):
        AddExcerptCommand(session, src.id, 5, 5)
    assert not session.project.excerpts


def test_insert_prose_at_index(session):
    sec = section(session, 0)
    sec.blocks[:] = [new_prose("one"), new_prose("two")]
    cmd = InsertProseCommand(session, sec.id, 1, "**middle**\n\n")

    def inserted():
        assert [b.markdown for b in sec.blocks] == ["one", "**middle**", "two"]

    check_cycle(session, cmd, inserted)
    assert session.undo_stack.undoText() == "Add text block"


def test_edit_prose_typing_merges_into_one_step(session):
    sec = section(session, 0)
    block = new_prose("")
    sec.blocks.append(block)
    stack = session.undo_stack
    for text in ("T", "Th", "The", "The *gist*"):
        stack.push(EditProseCommand(session, block.id, text))
    assert stack.count() == 1
    assert block.markdown == "The *gist*"
    assert stack.undoText() == "Edit text"
    stack.undo()
    assert block.markdown == ""
    stack.redo()
    assert block.markdown == "The *gist*"


def test_typing_back_to_the_start_leaves_nothing_to_undo(session):
    sec = section(session, 0)
    block = new_prose("a")
    sec.blocks.append(block)
    stack = session.undo_stack
    stack.push(EditProseCommand(session, block.id, "ab"))
    stack.push(EditProseCommand(session, block.id, "a"))
    assert stack.count() == 0
    assert block.markdown == "a"


def test_edits_of_different_blocks_do_not_merge(session):
    sec = section(session, 0)
    a, b = new_prose(""), new_prose("")
    sec.blocks[:] = [a, b]
    session.undo_stack.push(EditProseCommand(session, a.id, "x"))
    session.undo_stack.push(EditProseCommand(session, b.id, "y"))
    assert session.undo_stack.count() == 2


def test_edit_prose_cycle(session):
    block = new_prose("old")
    section(session, 2).blocks.append(block)

    def edited():
        assert block.markdown == "- new\n- list"

    check_cycle(session, EditProseCommand(session, block.id, "- new\n- list\n"), edited)


def test_remove_prose_block(session):
    sec = section(session, 0)
    a, b = new_prose("a"), new_prose("b")
    sec.blocks[:] = [a, b]

    def removed():
        assert [x.id for x in sec.blocks] == [b.id]

    check_cycle(session, RemoveBlockCommand(session, a.id), removed)
    assert session.undo_stack.undoText() == "Delete text block"


def test_remove_excerpt_block_drops_its_excerpt_unless_kept_elsewhere(session):
    src = first_article(session)
    sec = section(session, 1)
    add = AddExcerptCommand(session, src.id, 0, 50, section_id=sec.id)
    session.undo_stack.push(add)
    cmd = RemoveBlockCommand(session, add.block_id)

    def removed():
        assert not sec.blocks
        assert add.excerpt_id not in session.project.excerpts

    check_cycle(session, cmd, removed)
    assert session.undo_stack.undoText() == "Delete excerpt"

    # linked to a theme: the excerpt stays collected
    themed = AddExcerptCommand(session, src.id, 60, 90, section_id=sec.id, theme_id="th-x")
    session.undo_stack.push(themed)
    session.undo_stack.push(RemoveBlockCommand(session, themed.block_id))
    assert themed.excerpt_id in session.project.excerpts


def test_move_block_within_and_across_sections(session):
    s0, s1 = section(session, 0), section(session, 1)
    a, b, c = new_prose("a"), new_prose("b"), new_prose("c")
    s0.blocks[:] = [a, b, c]

    def moved_down():
        assert [x.markdown for x in s0.blocks] == ["b", "c", "a"]

    check_cycle(session, MoveBlockCommand(session, a.id, s0.id, 2), moved_down)
    assert session.undo_stack.undoText() == "Move block"

    def moved_across():
        assert [x.markdown for x in s0.blocks] == ["b", "a"]
        assert [x.markdown for x in s1.blocks] == ["c"]

    check_cycle(session, MoveBlockCommand(session, c.id, s1.id, 0), moved_across)


def test_excerpt_mode_paraphrase_and_lead_in(session):
    src = first_article(session)
    sec = section(session, 1)
    add = AddExcerptCommand(session, src.id, 0, 50, section_id=sec.id)
    session.undo_stack.push(add)
    block = sec.blocks[0]
    assert isinstance(block, ExcerptBlock)

    check_cycle(session, SetExcerptModeCommand(session, add.block_id, "paraphrase"),
                lambda: block.mode == "paraphrase" or pytest.fail("mode"))
    assert session.undo_stack.undoText() == "Use as paraphrase"

    def paraphrased():
        assert block.paraphrase == "In short, **tariffs** rose."

    check_cycle(session, EditParaphraseCommand(session, add.block_id,
                                               "In short, **tariffs** rose.\n\n"), paraphrased)

    def led():
        assert block.lead_in == "As the paper reported,"

    check_cycle(session, EditLeadInCommand(session, add.block_id, "As the paper reported,"), led)
    with pytest.raises(TypeError):
        prose = new_prose("x")
        sec.blocks.append(prose)
        SetExcerptModeCommand(session, prose.id, "quote")
    with pytest.raises(ValueError):
        SetExcerptModeCommand(session, add.block_id, "summary")


def test_edit_meta_names_the_field_and_merges_typing(session):
    meta = session.project.note.meta
    stack = session.undo_stack
    for text in ("C", "Ca", "Canada–US"):
        stack.push(EditNoteMetaCommand(session, "subject", text))
    assert stack.count() == 1
    assert stack.undoText() == "Edit metadata: Subject"
    stack.push(EditNoteMetaCommand(session, "classification", "PROTECTED B"))
    assert stack.count() == 2
    assert stack.undoText() == "Edit metadata: Classification"
    stack.undo()
    assert meta.classification == "UNCLASSIFIED"
    stack.undo()
    assert meta.subject == ""
    stack.redo()
    stack.redo()
    assert (meta.subject, meta.classification) == ("Canada–US", "PROTECTED B")
    with pytest.raises(KeyError):
        EditNoteMetaCommand(session, "colour", "red")


def test_edit_meta_cycle(session):
    check_cycle(session, EditNoteMetaCommand(session, "from_", "ADM, Trade Policy"),
                lambda: session.project.note.meta.from_ == "ADM, Trade Policy"
                or pytest.fail("from"))


def test_draft_replaces_sections_and_fills_empty_meta(session):
    from briefer.core.draft import Draft
    from briefer.core.excerpt import make_excerpt
    from briefer.core.note import BriefingNote, NoteMeta, new_excerpt_block

    src = first_article(session)
    session.project.note.meta.to = "Minister"
    excerpt = make_excerpt(src.id, src.text, 0, 30)
    draft = BriefingNote(
        meta=NoteMeta(to="Deputy Minister", subject="Trade", purpose="decision"),
        template="memo-decision",
        sections=[NoteSection("sec-d1", "Issue", [new_prose("Drafted")]),
                  NoteSection("sec-d2", "Evidence", [new_excerpt_block(excerpt.id)])])
    note = session.project.note
    note_object = note

    def drafted():
        assert session.project.note is note_object
        assert [s.title for s in note.sections] == ["Issue", "Evidence"]
        assert note.meta.to == "Minister"  # the analyst's words are kept
        assert note.meta.subject == "Trade"
        assert note.meta.purpose == "decision"
        assert note.template == "memo-decision"
        assert excerpt.id in session.project.excerpts

    check_cycle(session, DraftNoteCommand(session, Draft(draft, {excerpt.id: excerpt})), drafted)
    assert session.undo_stack.undoText() == "Draft from outline"


def test_normalise_markdown_drops_trailing_blank_lines():
    assert normalise_markdown("Some **bold**\n\n") == "Some **bold**"
    assert normalise_markdown("- a\n- b\n") == "- a\n- b"
    assert normalise_markdown("") == ""


def test_prose_block_kind_is_stable():
    assert isinstance(new_prose(), ProseBlock)
