"""Undo commands for the briefing note: blocks, prose, metadata, drafts."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from briefer.core.excerpt import Excerpt
from briefer.core.note import (Block, BriefingNote, ExcerptBlock, NoteMeta, NoteSection,
                               ProseBlock, new_prose)
from briefer.gui.session import ProjectSession

# Ids QUndoStack uses to merge consecutive edits of the same kind.
MERGE_PROSE = 7101
MERGE_META = 7102
MERGE_PARAPHRASE = 7103
MERGE_LEAD_IN = 7104


def tr(text: str) -> str:
    return QCoreApplication.translate("NoteCommands", text)


def normalise_markdown(markdown: str) -> str:
    """Markdown as stored: no trailing blank lines or spaces (Qt appends some)."""
    return markdown.replace("\r\n", "\n").rstrip()


def meta_label(field: str) -> str:
    """The name a user sees for a NoteMeta field."""
    labels = {
        "to": tr("To"), "from_": tr("From"), "subject": tr("Subject"), "date": tr("Date"),
        "file_number": tr("File number"), "classification": tr("Classification"),
        "purpose": tr("Purpose"), "prepared_by": tr("Prepared by"), "contact": tr("Contact"),
    }
    return labels.get(field, field)


class NoteCommand(QUndoCommand):
    """Common ground: the session, and the two notifications."""

    def __init__(self, session: ProjectSession, text: str) -> None:
        super().__init__(text)
        self.session = session

    @property
    def note(self) -> BriefingNote:
        return self.session.project.note

    def _changed(self, excerpts: bool = False) -> None:
        if excerpts:
            self.session.notify_excerpts()
        self.session.notify_note()


class InsertProseCommand(NoteCommand):
    """Add a prose block to a section (at ``index``, or at the end)."""

    def __init__(self, session: ProjectSession, section_id: str, index: int | None = None,
                 markdown: str = "") -> None:
        super().__init__(session, tr("Add text block"))
        self.section_id = section_id
        self.index = index
        self.block = new_prose(normalise_markdown(markdown))

    @property
    def block_id(self) -> str:
        return self.block.id

    def redo(self) -> None:
        section = self.note.section(self.section_id)
        if section is None:
            raise KeyError(f"no note section {self.section_id!r}")
        index = len(section.blocks) if self.index is None else self.index
        self.note.insert_block(self.section_id, index, self.block)
        self._changed()

    def undo(self) -> None:
        self.note.remove_block(self.block.id)
        self._changed()


class RemoveBlockCommand(NoteCommand):
    """Delete a block. An excerpt made only for this block leaves with it.

    An excerpt that another block uses or that is linked to an outline theme
    stays in the project (it was collected for more than this one place).
    """

    def __init__(self, session: ProjectSession, block_id: str,
                 drop_unused_excerpt: bool = True) -> None:
        found = session.project.note.find_block(block_id)
        is_excerpt = found is not None and isinstance(found[0].blocks[found[1]], ExcerptBlock)
        super().__init__(session, tr("Delete excerpt") if is_excerpt else tr("Delete text block"))
        self.block_id = block_id
        self.drop_unused_excerpt = drop_unused_excerpt
        self._where: tuple[str, int, Block] | None = None
        self._dropped: Excerpt | None = None

    def redo(self) -> None:
        self._where = self.note.remove_block(self.block_id)
        block = self._where[2]
        self._dropped = None
        if isinstance(block, ExcerptBlock) and self.drop_unused_excerpt:
            excerpt = self.session.project.excerpts.get(block.excerpt_id)
            still_used = any(b.excerpt_id == block.excerpt_id for b in self.note.excerpt_blocks())
            if excerpt is not None and not still_used and not excerpt.theme_ids:
                self._dropped = self.session.project.excerpts.pop(block.excerpt_id)
        self._changed(excerpts=self._dropped is not None)

    def undo(self) -> None:
        assert self._where is not None
        section_id, index, block = self._where
        if self._dropped is not None:
            self.session.project.excerpts[self._dropped.id] = self._dropped
        self.note.insert_block(section_id, index, block)
        self._changed(excerpts=self._dropped is not None)


class MoveBlockCommand(NoteCommand):
    """Move a block within its section or to another one.

    ``index`` is the block's place in the target section once it has been
    taken out of its old place (as ``BriefingNote.move_block`` counts).
    """

    def __init__(self, session: ProjectSession, block_id: str, section_id: str,
                 index: int) -> None:
        super().__init__(session, tr("Move block"))
        self.block_id = block_id
        self.section_id = section_id
        self.index = index
        self._old: tuple[str, int] | None = None

    def redo(self) -> None:
        self._old = self.note.move_block(self.block_id, self.section_id, self.index)
        self._changed()

    def undo(self) -> None:
        assert self._old is not None
        self.note.move_block(self.block_id, *self._old)
        self._changed()


class _MergingEdit(NoteCommand):
    """A text edit that folds into the previous one while the user keeps typing."""

    merge_id = -1

    def __init__(self, session: ProjectSession, text: str, key: str, old: str, new: str) -> None:
        super().__init__(session, text)
        self.key = key
        self.old = old
        self.new = new

    def id(self) -> int:
        return self.merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, type(self)) or other.key != self.key:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def _set(self, value: str) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)


def _block(note: BriefingNote, block_id: str) -> Block:
    found = note.find_block(block_id)
    if found is None:
        raise KeyError(f"no block {block_id!r}")
    return found[0].blocks[found[1]]


class EditProseCommand(_MergingEdit):
    """Change a prose block's Markdown (consecutive typing merges into one step)."""

    merge_id = MERGE_PROSE

    def __init__(self, session: ProjectSession, block_id: str, markdown: str) -> None:
        block = _block(session.project.note, block_id)
        old = getattr(block, "markdown", "")
        super().__init__(session, tr("Edit text"), block_id, old, normalise_markdown(markdown))

    def _set(self, value: str) -> None:
        block = _block(self.note, self.key)
        if not isinstance(block, ProseBlock):
            raise TypeError(f"block {self.key!r} is not prose")
        block.markdown = value
        self._changed()


class EditNoteMetaCommand(_MergingEdit):
    """Change one metadata field (to, subject, classification, ...)."""

    merge_id = MERGE_META

    def __init__(self, session: ProjectSession, field: str, value: str) -> None:
        if field not in {f.name for f in dataclasses.fields(NoteMeta)}:
            raise KeyError(f"no note metadata field {field!r}")
        old = getattr(session.project.note.meta, field)
        super().__init__(session, tr("Edit metadata: %1").replace("%1", meta_label(field)),
                         field, old, value)

    @property
    def field(self) -> str:
        return self.key

    def _set(self, value: str) -> None:
        setattr(self.note.meta, self.key, value)
        self._changed()


class DraftNoteCommand(NoteCommand):
    """Replace the note's sections with a draft (and fill metadata left empty).

    Excerpts the draft refers to that the project does not hold yet are
    passed in ``new_excerpts`` and added (and taken away again on undo).
    """

    def __init__(self, session: ProjectSession, draft: BriefingNote,
                 new_excerpts: list[Excerpt] | None = None) -> None:
        super().__init__(session, tr("Draft from outline"))
        self.sections: list[NoteSection] = list(draft.sections)
        self.template = draft.template
        self.draft_meta = draft.meta
        self.new_excerpts = list(new_excerpts or [])
        self._old: tuple[list[NoteSection], NoteMeta, str] | None = None

    def redo(self) -> None:
        note = self.note
        self._old = (list(note.sections), dataclasses.replace(note.meta), note.template)
        note.sections[:] = self.sections
        note.template = self.template or note.template
        defaults = NoteMeta()
        for f in dataclasses.fields(NoteMeta):
            mine, theirs = getattr(note.meta, f.name), getattr(self.draft_meta, f.name)
            default = getattr(defaults, f.name)
            if theirs and (not mine or (mine == default and theirs != default)):
                setattr(note.meta, f.name, theirs)
        for excerpt in self.new_excerpts:
            self.session.project.excerpts[excerpt.id] = excerpt
        self._changed(excerpts=bool(self.new_excerpts))

    def undo(self) -> None:
        assert self._old is not None
        sections, meta, template = self._old
        note = self.note
        note.sections[:] = sections
        for f in dataclasses.fields(NoteMeta):
            setattr(note.meta, f.name, getattr(meta, f.name))
        note.template = template
        for excerpt in self.new_excerpts:
            self.session.project.excerpts.pop(excerpt.id, None)
        self._changed(excerpts=bool(self.new_excerpts))
