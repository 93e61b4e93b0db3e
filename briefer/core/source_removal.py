"""Removing a source from a project, and putting it back exactly, as one ``Edit``.

A source takes with it what only exists because of it: its excerpts, the note
blocks that quote them (in every note of the project), and, for a survey, the
outline sections drawn from it (their themes unlinked from other excerpts).
``SetSource`` takes the source, its excerpts and their blocks out and returns
the edit that puts each back in its place (the same position in the sources,
among the excerpts and in its note section), so the project saved after an
undo is the project saved before the removal. ``remove_source`` builds the
whole step; ``what_goes`` says what will go, for the confirmation.

The source's files are not this module's business (it does no I/O): the save
moves the files of a source no longer listed aside, and back if it is listed
again (``briefer.io.removed_files``).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from briefer.core.edits import Batch, Changes, Edit, unlink_themes
from briefer.core.excerpt import Excerpt
from briefer.core.note import Block, BriefingNote, ExcerptBlock
from briefer.core.outline import OutlineSection
from briefer.core.project import Project
from briefer.core.source import Source


def _notes(project: Project) -> dict[str, BriefingNote]:
    """The project's notes by id (a project of one note: that note, under "")."""
    notes = getattr(project, "notes", None)
    return notes if isinstance(notes, dict) and notes else {"": project.note}


@dataclass
class PlacedBlock:
    """A note block and where it stood: note, section, index in that section."""

    note_id: str
    section_id: str
    index: int
    block: Block


@dataclass
class SetSource(Edit):
    """Take a source out with its excerpts and their blocks (``value`` None), or put
    them back where they were (see module notes)."""

    source_id: str
    value: Source | None = None
    index: int = -1  # its place among the project's sources
    excerpts: list[tuple[int, Excerpt]] = field(default_factory=list)  # (place, excerpt)
    blocks: list[PlacedBlock] = field(default_factory=list)  # in reading order
    dirty: bool = False  # its metadata had changes not saved yet

    def apply(self, project: Project) -> tuple[Changes, Edit]:
        if self.value is None:
            return self._take_out(project)
        return self._put_back(project)

    def _take_out(self, project: Project) -> tuple[Changes, Edit]:
        source = project.sources.get(self.source_id)
        if source is None:
            raise KeyError(f"no source {self.source_id!r}")
        index = list(project.sources).index(self.source_id)
        excerpts = [(i, copy.deepcopy(e)) for i, e in enumerate(project.excerpts.values())
                    if e.source_id == self.source_id]
        gone = {e.id for _, e in excerpts}
        blocks: list[PlacedBlock] = []
        for note_id, note in _notes(project).items():
            for section in note.sections:
                for i, block in enumerate(section.blocks):
                    if isinstance(block, ExcerptBlock) and block.excerpt_id in gone:
                        blocks.append(PlacedBlock(note_id, section.id, i,
                                                  copy.deepcopy(block)))
                section.blocks[:] = [b for b in section.blocks if not (
                    isinstance(b, ExcerptBlock) and b.excerpt_id in gone)]
        for excerpt_id in gone:
            del project.excerpts[excerpt_id]
        del project.sources[self.source_id]
        dirty = self.source_id in project.dirty_meta
        project.dirty_meta.discard(self.source_id)
        inverse = SetSource(self.source_id, copy.deepcopy(source), index, excerpts, blocks,
                            dirty)
        return Changes(sources=True, excerpts=True, note=bool(blocks)), inverse

    def _put_back(self, project: Project) -> tuple[Changes, Edit]:
        assert self.value is not None
        if self.source_id in project.sources:
            raise KeyError(f"a source {self.source_id!r} is already in the project")
        items = list(project.sources.items())
        at = len(items) if self.index < 0 else min(self.index, len(items))
        items.insert(at, (self.source_id, copy.deepcopy(self.value)))
        project.sources.clear()
        project.sources.update(items)
        placed = list(project.excerpts.items())
        for place, excerpt in sorted(self.excerpts, key=lambda pair: pair[0]):
            placed.insert(min(place, len(placed)), (excerpt.id, copy.deepcopy(excerpt)))
        project.excerpts.clear()
        project.excerpts.update(placed)
        notes = _notes(project)
        for placed_block in self.blocks:  # reading order: each index counts the ones before
            note = notes.get(placed_block.note_id) or next(iter(notes.values()))
            section = note.section(placed_block.section_id)
            if section is None:
                section = note.sections[-1]  # its section went since: keep the quote
            at = min(placed_block.index, len(section.blocks))
            section.blocks.insert(at, copy.deepcopy(placed_block.block))
        if self.dirty:
            project.dirty_meta.add(self.source_id)
        return (Changes(sources=True, excerpts=True, note=bool(self.blocks)),
                SetSource(self.source_id))


@dataclass
class SetOutlineSectionList(Edit):
    """The outline's sections, as a whole list (``SetOutlineSections`` keeps the old order
    when the new one is empty, so it cannot take a survey's only sections out)."""

    sections: list[OutlineSection]

    def apply(self, project: Project) -> tuple[Changes, Edit]:
        old = copy.deepcopy(project.outline.sections)
        project.outline.sections[:] = copy.deepcopy(self.sections)
        return Changes(outline=True), SetOutlineSectionList(old)


@dataclass
class WhatGoes:
    """What removing a source takes with it, for the user to confirm."""

    source: Source
    excerpts: list[Excerpt]
    # (note title or "", section title) of each block quoting one of them, in reading order
    sections: list[tuple[str, str]]
    outline_sections: int  # outline sections drawn from it (a survey)


def what_goes(project: Project, source_id: str) -> WhatGoes:
    source = project.sources[source_id]
    excerpts = project.excerpts_of(source_id)
    ids = {e.id for e in excerpts}
    notes = _notes(project)
    sections: list[tuple[str, str]] = []
    for note in notes.values():
        name = (note.meta.subject or "") if len(notes) > 1 else ""
        for section in note.sections:
            if any(isinstance(b, ExcerptBlock) and b.excerpt_id in ids for b in section.blocks):
                sections.append((name, section.title))
    outline = sum(1 for s in project.outline.sections if s.survey_id == source_id)
    return WhatGoes(source, excerpts, sections, outline)


def remove_source(project: Project, source_id: str) -> Batch:
    """Remove a source as one step: its outline sections (a survey), then the source,
    its excerpts and the blocks quoting them. Undone, everything is back in place."""
    if source_id not in project.sources:
        raise KeyError(f"no source {source_id!r}")
    edits: list[Edit] = []
    sections = project.outline.sections
    if any(s.survey_id == source_id for s in sections):
        edits.append(SetOutlineSectionList([s for s in sections if s.survey_id != source_id]))
        edits += unlink_themes(project, {t.id for s in sections if s.survey_id == source_id
                                         for t in s.themes})
    edits.append(SetSource(source_id))
    return Batch(edits)
