"""What the note's buttons, menus, keys and drops do to the note, without any widget.

The note pane decides *where* the user is (the current section and block) and
what to show afterwards (focus, scrolling); this controller turns a request
("add this span after the current block", "move it up", "delete it") into the
one undo command that does it, and says which block the result is. Kept apart
from the widgets so that every editing rule can be tested on a session alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefer.core.draft import draft
from briefer.core.note import ExcerptBlock
from briefer.gui.commands import (
    AddExcerptCommand,
    DraftNoteCommand,
    InsertProseCommand,
    InsertThemeCommand,
    MoveBlockCommand,
    RemoveBlockCommand,
    SetExcerptModeCommand,
)
from briefer.gui.session import ProjectSession
from briefer.io.templates import load_template


@dataclass(frozen=True)
class Place:
    """Where a new block goes: a section, and an index in it (None: at its end)."""

    section_id: str
    index: int | None = None


class NoteEditor:
    """Edits to the session's note, each pushed as one undo command (see module notes)."""

    def __init__(self, session: ProjectSession) -> None:
        self.session = session

    def _push(self, command: object) -> None:
        self.session.undo_stack.push(command)  # type: ignore[arg-type]

    def place(self, section_id: str | None, current_section_id: str | None,
              current_block_id: str | None) -> Place | None:
        """Where a new block goes: after the current block when it is in the section,
        else at the end of the section (the current one, else the first)."""
        note = self.session.project.note
        sid = section_id or current_section_id or (note.sections[0].id if note.sections
                                                   else None)
        if sid is None or note.section(sid) is None:
            return None
        found = note.find_block(current_block_id) if current_block_id else None
        if found is not None and found[0].id == sid:
            return Place(sid, found[1] + 1)
        return Place(sid)

    def add_excerpt(self, source_id: str, start: int, end: int,
                    place: Place) -> AddExcerptCommand | None:
        """The span as an excerpt placed there (None for a span or place that is gone)."""
        try:
            command = AddExcerptCommand(self.session, source_id, start, end,
                                        section_id=place.section_id, index=place.index)
        except (KeyError, ValueError):
            return None
        self._push(command)
        return command

    def add_theme(self, theme_id: str, place: Place) -> list[str]:
        """An outline theme's count sentence and best quotation; their block ids."""
        try:
            command = InsertThemeCommand(self.session, place.section_id, place.index, theme_id)
        except KeyError:
            return []  # the theme or section went away while dragging
        self._push(command)
        return command.block_ids

    def add_prose(self, place: Place) -> str:
        """An empty text block; its id."""
        command = InsertProseCommand(self.session, place.section_id, place.index)
        self._push(command)
        return command.block_id

    def drop_block(self, block_id: str, section_id: str, index: int) -> bool:
        """A block dropped before the block at ``index`` of a section (counted with the
        block still in its old place); False when that is where it already is."""
        found = self.session.project.note.find_block(block_id)
        if found is None:
            return False
        old_section, old_index = found
        if old_section.id == section_id:
            if index > old_index:
                index -= 1
            if index == old_index:
                return False
        self._push(MoveBlockCommand(self.session, block_id, section_id, index))
        return True

    def move(self, block_id: str, step: int) -> bool:
        """One place up (-1) or down (+1); past a section's edge into the next section."""
        note = self.session.project.note
        found = note.find_block(block_id)
        if found is None:
            return False
        section, index = found
        s_index = note.sections.index(section)
        if 0 <= index + step < len(section.blocks):
            target, new_index = section.id, index + step
        elif 0 <= s_index + step < len(note.sections):
            other = note.sections[s_index + step]
            target, new_index = other.id, (len(other.blocks) if step < 0 else 0)
        else:
            return False
        self._push(MoveBlockCommand(self.session, block_id, target, new_index))
        return True

    def delete(self, block_id: str) -> tuple[str | None, str | None]:
        """Delete a block; (the neighbour to select next, else None; its section's id)."""
        found = self.session.project.note.find_block(block_id)
        if found is None:
            return None, None
        section, index = found
        others = [b.id for b in section.blocks if b.id != block_id]
        neighbour = others[min(index, len(others) - 1)] if others else None
        self._push(RemoveBlockCommand(self.session, block_id))
        return neighbour, section.id

    def toggle_mode(self, block_id: str) -> bool:
        """Quotation <-> paraphrase, for an excerpt block."""
        found = self.session.project.note.find_block(block_id)
        if found is None or not isinstance(block := found[0].blocks[found[1]], ExcerptBlock):
            return False
        mode = "paraphrase" if block.mode == "quote" else "quote"
        self._push(SetExcerptModeCommand(self.session, block_id, mode))
        return True

    def draft(self) -> None:
        """The note drafted from the outline with its template, as one undo step.
        Raises TemplateError (its message names the file) when the template is unusable."""
        project = self.session.project
        template = load_template(project.note.template or "briefing-note")
        self._push(DraftNoteCommand(self.session, draft(project, template)))
