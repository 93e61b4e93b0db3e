"""Undo commands for the briefing note: blocks, prose, metadata, drafts.

Each is an ``EditCommand`` built from the ``core.edits`` edit it makes; the
constructors check their arguments so that a bad one changes nothing.
"""

from __future__ import annotations

import dataclasses

from briefer.core import edits
from briefer.core.draft import Draft
from briefer.core.note import Block, BriefingNote, NoteMeta, ProseBlock, new_prose
from briefer.gui.commands.edit import MERGE_META, MERGE_PROSE, EditCommand, tr
from briefer.gui.session import ProjectSession


def normalise_markdown(markdown: str) -> str:
    """Markdown as stored: no trailing blank lines or spaces (Qt appends some)."""
    return markdown.replace("\r\n", "\n").rstrip()


def meta_label(field: str) -> str:
    """The name a user sees for a NoteMeta field."""
    labels = {
        "to": tr("To"), "from_": tr("From"), "subject": tr("Subject"),
        "subject_fr": tr("French subject"), "date": tr("Date"),
        "file_number": tr("File number"), "classification": tr("Classification"),
        "purpose": tr("Purpose"), "prepared_by": tr("Prepared by"), "contact": tr("Contact"),
        "approver": tr("Approved by"),
    }
    return labels.get(field, field)


def find_block(note: BriefingNote, block_id: str) -> Block:
    """The block with this id (KeyError when there is none)."""
    found = note.find_block(block_id)
    if found is None:
        raise KeyError(f"no block {block_id!r}")
    return found[0].blocks[found[1]]


class InsertProseCommand(EditCommand):
    """Add a prose block to a section (at ``index``, or at the end)."""

    def __init__(self, session: ProjectSession, section_id: str, index: int | None = None,
                 markdown: str = "") -> None:
        if session.project.note.section(section_id) is None:
            raise KeyError(f"no note section {section_id!r}")
        block = new_prose(normalise_markdown(markdown))
        self.block_id = block.id
        super().__init__(session, tr("Add text block"),
                         edits.SetBlock(block.id, block, section_id,
                                        -1 if index is None else index))


class RemoveBlockCommand(EditCommand):
    """Delete a block. An excerpt made only for this block leaves with it (the rule is
    ``core.edits.remove_block``'s)."""

    def __init__(self, session: ProjectSession, block_id: str) -> None:
        block = find_block(session.project.note, block_id)
        super().__init__(session, tr("Delete text block") if isinstance(block, ProseBlock)
                         else tr("Delete excerpt"), edits.remove_block(session.project, block_id))
        self.block_id = block_id


class MoveBlockCommand(EditCommand):
    """Move a block within its section or to another one.

    ``index`` is the block's place in the target section once it has been
    taken out of its old place (as ``BriefingNote.move_block`` counts).
    """

    def __init__(self, session: ProjectSession, block_id: str, section_id: str,
                 index: int) -> None:
        find_block(session.project.note, block_id)
        if session.project.note.section(section_id) is None:
            raise KeyError(f"no note section {section_id!r}")
        super().__init__(session, tr("Move block"), edits.MoveBlock(block_id, section_id, index))
        self.block_id = block_id


class EditProseCommand(EditCommand):
    """Change a prose block's Markdown (consecutive typing merges into one step)."""

    merge_id = MERGE_PROSE

    def __init__(self, session: ProjectSession, block_id: str, markdown: str) -> None:
        block = find_block(session.project.note, block_id)
        if not isinstance(block, ProseBlock):
            raise TypeError(f"block {block_id!r} is not prose")
        value = normalise_markdown(markdown)
        super().__init__(session, tr("Edit text"),
                         edits.SetBlockField(block_id, "markdown", value),
                         key=block_id, old=block.markdown, new=value)


class EditNoteMetaCommand(EditCommand):
    """Change one metadata field (to, subject, classification, ...)."""

    merge_id = MERGE_META

    def __init__(self, session: ProjectSession, field: str, value: str) -> None:
        if field not in {f.name for f in dataclasses.fields(NoteMeta)}:
            raise KeyError(f"no note metadata field {field!r}")
        super().__init__(session, tr("Edit metadata: %1").replace("%1", meta_label(field)),
                         edits.SetNoteMeta(field, value), key=field,
                         old=getattr(session.project.note.meta, field), new=value)

    @property
    def field(self) -> str:
        return self.key


class DraftNoteCommand(EditCommand):
    """Replace the note's sections with a draft: its sections, the metadata left empty,
    the excerpts it quotes and the theme links it adds — all undone together."""

    def __init__(self, session: ProjectSession, draft: Draft) -> None:
        super().__init__(session, tr("Draft from outline"), draft.edit(session.project))
