"""Putting another analyst's changes into the open project, and what that does to undo.

A block or note heard from the team server (or a refused save's "keep theirs") is put in
the project directly, not as an undo step: it is not this user's edit to undo, as a merged
folder save is not (``file_actions`` clears the history then). But this user's undo
history may hold edits of that very block; undoing one after theirs came in would put the
user's old text back over theirs, and the next save would send it as an ordinary edit of
their version, accepted: their text lost without anyone choosing. So when an edit in the
history touches a block that changed under it, the history is cleared, as after a merged
save, and the window stays marked unsaved if it was.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from briefer.core.edits import Batch, Edit, SetBlock, SetExcerpt, SetNoteSections
from briefer.core.excerpt import Excerpt
from briefer.core.note import BriefingNote, ExcerptBlock, block_from_dict
from briefer.core.note_edits import OnNote, SetNote
from briefer.core.project import Project
from briefer.gui.commands.edit import EditCommand
from briefer.gui.session import ProjectSession

log = logging.getLogger(__name__)


def put_block(project: Project, note_id: str, block_id: str, value: dict[str, Any] | None,
              section_id: str = "", index: int = -1) -> bool:
    """Set a block of a note (any note; the one shown stays shown); None removes it.
    Whether it was put in."""
    if note_id not in project.notes:
        return False
    shown = project.current_note
    project.current_note = note_id
    try:
        SetBlock(block_id, block_from_dict(value) if value is not None else None,
                 section_id, index).apply(project)
    except (KeyError, ValueError) as exc:
        log.info("block %s/%s not taken in: %s", note_id, block_id, exc)
        return False
    finally:
        project.current_note = shown
    return True


def put_note(project: Project, note_id: str, value: dict[str, Any] | None) -> None:
    """A note as the server has it (None: removed there, unless it is the last one). The
    texts of the blocks both hold stay this window's: they are sent, each checked against
    its version, at the next save, so an unsent edit is never dropped here."""
    if value is None:
        if note_id in project.notes and len(project.notes) > 1:
            del project.notes[note_id]
            if project.current_note == note_id:
                project.current_note = next(iter(project.notes))
        return
    mine = project.notes.get(note_id)
    fresh = BriefingNote.from_dict({k: v for k, v in value.items() if k not in ("id", "name")})
    fresh.name = str(value.get("name") or "")
    if mine is not None:
        for section in fresh.sections:
            for i, block in enumerate(section.blocks):
                found = mine.find_block(block.id)
                if found is not None:
                    section.blocks[i] = found[0].blocks[found[1]]
    project.notes[note_id] = fresh


def missing_excerpts(project: Project) -> list[str]:
    """Excerpts the notes quote that the project lacks (a colleague's new quotation)."""
    quoted = {b.excerpt_id for note in project.notes.values() for s in note.sections
              for b in s.blocks if isinstance(b, ExcerptBlock)}
    return sorted(quoted - set(project.excerpts))


def put_excerpts(project: Project, values: list[dict[str, Any]]) -> int:
    """Excerpts as the server holds them, anchored again in this copy's sources."""
    count = 0
    for value in values:
        try:
            excerpt = Excerpt.from_dict(value)
        except (KeyError, TypeError, ValueError) as exc:
            log.info("excerpt %s not taken in: %s", value.get("id"), exc)
            continue
        SetExcerpt(excerpt.id, excerpt).apply(project)
        count += 1
    return count


def _touches(edit: Edit, note_id: str, block_id: str, on: str) -> bool:
    """Could ``edit`` (made on note ``on``) change that block of that note?"""
    if isinstance(edit, OnNote):
        return _touches(edit.edit, note_id, block_id, edit.note_id)
    if isinstance(edit, Batch):
        return any(_touches(e, note_id, block_id, on) for e in edit.edits)
    if isinstance(edit, SetNote):
        return edit.note_id == note_id
    if isinstance(edit, SetNoteSections):
        return on in ("", note_id)
    found = getattr(edit, "block_id", None)
    return found == block_id and on in ("", note_id)


def _commands(command: QUndoCommand) -> list[QUndoCommand]:
    return [command, *(c for i in range(command.childCount())
                       for c in _commands(command.child(i)))]


def history_touches(stack: QUndoStack, note_id: str, block_id: str) -> bool:
    """Does an edit in the undo history (done or undone) touch this block?"""
    for i in range(stack.count()):
        top = stack.command(i)
        for command in _commands(top) if top is not None else []:
            if not isinstance(command, EditCommand):
                return True  # unknown to us: assume it could
            if any(_touches(e, note_id, block_id, "")
                   for e in (command._redo, command._undo)):
                return True
    return False


def forget_history(session: ProjectSession, unsaved: bool) -> None:
    """Clear the undo history (see module notes), the window still unsaved if it was."""
    session.undo_stack.clear()
    session.contentsTakenIn.emit(unsaved)
