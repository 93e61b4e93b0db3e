"""The project's list of notes: new, duplicate, rename, delete — as edits with inverses.

A trade desk writes several notes from the same sources (a briefing note, a QP
card, a follow-up), so a project holds several ``BriefingNote`` objects and the
excerpts are shared between them. Everything else that edits "the note" edits
``project.note``, the one being worked on; ``OnNote`` pins such an edit to the
note it was made in, so undoing it after the analyst moved to another note
changes the right note (and shows it), as a word processor's undo goes back to
the document it changed.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from briefer.core.edits import Batch, Changes, Edit
from briefer.core.ids import new_id
from briefer.core.note import BriefingNote, ExcerptBlock, ProseBlock
from briefer.core.project import Project


class LastNote(ValueError):
    """A project keeps at least one note."""


@dataclass
class OnNote(Edit):
    """``edit`` applied with ``note_id`` as the note being worked on. When it changed
    that note, the note stays the current one (the views show what changed);
    otherwise the current note is left as it was."""

    note_id: str
    edit: Edit

    def apply(self, project: Project) -> tuple[Changes, Edit]:
        before = project.current_note
        if self.note_id in project.notes:
            project.current_note = self.note_id
        changes, inverse = self.edit.apply(project)
        if not changes.note:
            project.current_note = before
        elif project.current_note != before:
            changes = changes | Changes(notes=True)
        return changes, OnNote(self.note_id, inverse)


@dataclass
class SetNote(Edit):
    """Put a note (a copy of ``value``) in the project at ``index`` (-1: at the end, or
    where it is when it is already there) and show it; or take it out (None) and show
    ``then_show`` (or its neighbour)."""

    note_id: str
    value: BriefingNote | None
    index: int = -1
    then_show: str = ""

    def apply(self, project: Project) -> tuple[Changes, Edit]:
        order = list(project.notes)
        old = project.notes.get(self.note_id)
        old_index = order.index(self.note_id) if old is not None else -1
        shown = project.current_note
        if self.value is None:
            if old is None:
                return Changes(), Batch()
            if len(order) == 1:
                raise LastNote("a project keeps at least one note")
            del project.notes[self.note_id]
            if shown == self.note_id or shown not in project.notes:
                rest = list(project.notes)
                project.current_note = self.then_show if self.then_show in project.notes \
                    else rest[max(0, old_index - 1)]
            return Changes(note=True, notes=True), SetNote(self.note_id, old, old_index)
        items = [(k, v) for k, v in project.notes.items() if k != self.note_id]
        at = old_index if old is not None and self.index < 0 else self.index
        at = len(items) if at < 0 else min(at, len(items))
        items.insert(at, (self.note_id, copy.deepcopy(self.value)))
        project.notes = dict(items)
        project.current_note = self.note_id
        inverse = SetNote(self.note_id, old, old_index) if old is not None else \
            SetNote(self.note_id, None, then_show=shown)
        return Changes(note=True, notes=True), inverse


@dataclass
class SetNoteName(Edit):
    """What the analyst calls a note in the list of notes."""

    note_id: str
    name: str

    def apply(self, project: Project) -> tuple[Changes, Edit]:
        note = project.notes[self.note_id]
        old, note.name = note.name, self.name
        return Changes(notes=True), SetNoteName(self.note_id, old)


def new_note_id(project: Project) -> str:
    while True:
        nid = new_id("note")
        if nid not in project.notes:
            return nid


def add_note(project: Project, note: BriefingNote, name: str) -> tuple[SetNote, str]:
    """A new note (from a template's ``new_note()``) after the current one, shown."""
    fresh = copy.deepcopy(note)
    fresh.name = name
    nid = new_note_id(project)
    return SetNote(nid, fresh, list(project.notes).index(project.current_note) + 1), nid


def duplicate_note(project: Project, note_id: str, name: str) -> tuple[SetNote, str]:
    """A copy of a note, next to it: same template, details and text; the same excerpts
    (they belong to the project), in blocks of its own."""
    copied = copy.deepcopy(project.notes[note_id])
    copied.name = name
    for section in copied.sections:
        for block in section.blocks:
            if isinstance(block, (ProseBlock, ExcerptBlock)):
                block.id = new_id("bl")
    nid = new_note_id(project)
    return SetNote(nid, copied, list(project.notes).index(note_id) + 1), nid


def delete_note(project: Project, note_id: str) -> SetNote:
    """A note taken out of the project. Its excerpts stay: they were collected for the
    project, and the other notes (or a later one) may use them."""
    if len(project.notes) <= 1:
        raise LastNote("a project keeps at least one note")
    return SetNote(note_id, None)


def find_note(project: Project, name: str) -> str | None:
    """The id of the note called ``name`` (its id, its name or its subject, in any case),
    for ``--note NAME`` on the command line."""
    wanted = name.strip().casefold()
    for nid, note in project.notes.items():
        if wanted in {nid.casefold(), note.name.strip().casefold()}:
            return nid
    for nid, note in project.notes.items():
        if wanted == note.meta.subject.strip().casefold():
            return nid
    return None
