"""Every change to a project, as a value that knows its inverse: one owner for the links.

The project's objects refer to each other by id: a note block names its
excerpt, an excerpt names the outline themes it illustrates. An edit that
touches one of them must keep the others consistent — deleting a theme
unlinks it from its excerpts; deleting the last block of an excerpt made for
it deletes the excerpt — and must be undone exactly, even after the project
changed in between (a re-import moved the excerpt's words). So every change
goes through here, and here only:

* An ``Edit`` holds ids and *values* (copies), never live objects.
  ``Edit.apply(project)`` makes the change and returns what changed
  (``Changes``, for the views to refresh) and the edit that undoes it.
* Putting an excerpt back re-anchors it in its source's text as it is now.
* The functions at the end build the edits an analyst makes (add an excerpt,
  delete a block, delete a theme, draft the note…), with their link rules.

The GUI wraps any ``Edit`` in one undo command; the command line applies them
directly. (Anki's ``Collection`` returning ``OpChanges`` is the model.)
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from briefer.core.anchoring import reanchor
from briefer.core.excerpt import Excerpt
from briefer.core.note import (
    Block,
    ExcerptBlock,
    NoteMeta,
    NoteSection,
    ProseBlock,
    new_excerpt_block,
)
from briefer.core.outline import Outline, OutlineSection
from briefer.core.project import Project
from briefer.core.source import SourceMeta


@dataclass
class Changes:
    """Which parts of the project an edit changed (views listen to these)."""

    sources: bool = False
    outline: bool = False
    excerpts: bool = False
    note: bool = False
    notes: bool = False  # the list of notes changed, or another note is the one shown

    def __or__(self, other: Changes) -> Changes:
        return Changes(*(getattr(self, f.name) or getattr(other, f.name) for f in fields(self)))


class Edit:
    """A change to a project (see module notes)."""

    def apply(self, project: Project) -> tuple[Changes, Edit]:
        raise NotImplementedError


@dataclass
class Batch(Edit):
    """Several edits as one step; undone in reverse order."""

    edits: list[Edit] = field(default_factory=list)

    def apply(self, project: Project) -> tuple[Changes, Edit]:
        changes, inverses = Changes(), []
        for edit in self.edits:
            changed, inverse = edit.apply(project)
            changes = changes | changed
            inverses.append(inverse)
        return changes, Batch(list(reversed(inverses)))


@dataclass
class SetExcerpt(Edit):
    """Put an excerpt (a copy of ``value``) in the project, or take it out (None)."""

    excerpt_id: str
    value: Excerpt | None

    def apply(self, project: Project) -> tuple[Changes, Edit]:
        old = project.excerpts.get(self.excerpt_id)
        if self.value is None:
            project.excerpts.pop(self.excerpt_id, None)
        else:
            excerpt = copy.deepcopy(self.value)
            source = project.sources.get(excerpt.source_id)
            pos = excerpt.position
            if source is not None and source.text[pos.start:pos.end] != excerpt.exact:
                excerpt = reanchor(excerpt, source.text)  # its words moved since
            project.excerpts[self.excerpt_id] = excerpt
        return Changes(excerpts=True), SetExcerpt(self.excerpt_id, copy.deepcopy(old))


@dataclass
class SetExcerptThemes(Edit):
    """The outline themes an excerpt illustrates."""

    excerpt_id: str
    theme_ids: list[str]

    def apply(self, project: Project) -> tuple[Changes, Edit]:
        excerpt = project.excerpts.get(self.excerpt_id)
        if excerpt is None:
            return Changes(), Batch()
        old = list(excerpt.theme_ids)
        excerpt.theme_ids = list(self.theme_ids)
        return Changes(excerpts=True), SetExcerptThemes(self.excerpt_id, old)


@dataclass
class SetBlock(Edit):
    """Put a block (a copy of ``value``) at ``index`` of a note section, replace it where
    it is, or take it out (None)."""

    block_id: str
    value: Block | None
    section_id: str = ""
    index: int = -1  # -1: at the end (when inserting)

    def apply(self, project: Project) -> tuple[Changes, Edit]:
        note = project.note
        found = note.find_block(self.block_id)
        if found is not None:
            section, index = found
            old: Block | None = section.blocks[index]
            if self.value is None:
                section.blocks.pop(index)
            else:
                section.blocks[index] = copy.deepcopy(self.value)
            return Changes(note=True), SetBlock(self.block_id, copy.deepcopy(old),
                                                section.id, index)
        if self.value is None:
            return Changes(), Batch()
        target = note.section(self.section_id)
        if target is None:
            raise KeyError(f"no note section {self.section_id!r}")
        at = len(target.blocks) if self.index < 0 else min(self.index, len(target.blocks))
        target.blocks.insert(at, copy.deepcopy(self.value))
        return Changes(note=True), SetBlock(self.block_id, None)


@dataclass
class MoveBlock(Edit):
    """Move a block to ``index`` of a section (counted once it is out of its place)."""

    block_id: str
    section_id: str
    index: int

    def apply(self, project: Project) -> tuple[Changes, Edit]:
        old_section, old_index = project.note.move_block(self.block_id, self.section_id,
                                                         self.index)
        return Changes(note=True), MoveBlock(self.block_id, old_section, old_index)


@dataclass
class SetBlockField(Edit):
    """One field of a block: a prose block's markdown, an excerpt block's mode,
    paraphrase or lead-in."""

    block_id: str
    name: str
    value: str

    def apply(self, project: Project) -> tuple[Changes, Edit]:
        found = project.note.find_block(self.block_id)
        if found is None:
            raise KeyError(f"no block {self.block_id!r}")
        block = found[0].blocks[found[1]]
        allowed = ("markdown",) if isinstance(block, ProseBlock) else \
            ("mode", "paraphrase", "lead_in")
        if self.name not in allowed:
            raise TypeError(f"block {self.block_id!r} has no field {self.name!r}")
        old = getattr(block, self.name)
        setattr(block, self.name, self.value)
        return Changes(note=True), SetBlockField(self.block_id, self.name, old)


@dataclass
class SetNoteMeta(Edit):
    """One field of the note's metadata (to, subject, classification…)."""

    name: str
    value: str

    def apply(self, project: Project) -> tuple[Changes, Edit]:
        if self.name not in {f.name for f in fields(NoteMeta)}:
            raise KeyError(f"no note metadata field {self.name!r}")
        old = getattr(project.note.meta, self.name)
        setattr(project.note.meta, self.name, self.value)
        return Changes(note=True), SetNoteMeta(self.name, old)


@dataclass
class SetCitationStyle(Edit):
    """The project's citation style (a name or a .csl path): every citation changes."""

    style: str

    def apply(self, project: Project) -> tuple[Changes, Edit]:
        old = project.citation_style
        project.citation_style = self.style
        return Changes(excerpts=True, note=True), SetCitationStyle(old)


@dataclass
class SetNoteSections(Edit):
    """The note's sections and template, as a whole (a draft replaces them)."""

    sections: list[NoteSection]
    template: str

    def apply(self, project: Project) -> tuple[Changes, Edit]:
        note = project.note
        old = SetNoteSections(copy.deepcopy(note.sections), note.template)
        note.sections[:] = copy.deepcopy(self.sections)
        note.template = self.template
        return Changes(note=True), old


@dataclass
class SetOutlineSections(Edit):
    """Outline sections by id: each replaced by (a copy of) its value, or added; the
    order given by ``order`` (ids) when set."""

    values: dict[str, OutlineSection]
    order: list[str] | None = None

    def apply(self, project: Project) -> tuple[Changes, Edit]:
        outline = project.outline
        old_values = {s.id: copy.deepcopy(s) for s in outline.sections if s.id in self.values}
        old_order = [s.id for s in outline.sections]
        by_id = {s.id: s for s in outline.sections}
        for section_id, value in self.values.items():
            by_id[section_id] = copy.deepcopy(value)
        order = self.order if self.order is not None else \
            [*old_order, *(i for i in self.values if i not in old_order)]
        outline.sections[:] = [by_id[i] for i in order if i in by_id]
        return Changes(outline=True), SetOutlineSections(old_values, old_order)


@dataclass
class SetSourceMeta(Edit):
    """One CSL field of a source's metadata (its sidecar is written on the next save)."""

    source_id: str
    attr: str  # SourceMeta attribute ("title", "container_title", "issued"…)
    value: Any

    def apply(self, project: Project) -> tuple[Changes, Edit]:
        meta = project.sources[self.source_id].meta
        old = getattr(meta, self.attr)
        setattr(meta, self.attr, copy.deepcopy(self.value))
        project.dirty_meta.add(self.source_id)
        return Changes(sources=True), SetSourceMeta(self.source_id, self.attr, old)


def set_source_meta(project: Project, source_id: str, meta: SourceMeta) -> Batch:
    """A source's metadata replaced by ``meta`` as one step: a ``SetSourceMeta`` for each
    attribute that differs (``extra`` too), so undo gives back exactly what was there."""
    old = project.sources[source_id].meta
    return Batch([SetSourceMeta(source_id, f.name, getattr(meta, f.name))
                  for f in fields(SourceMeta) if getattr(old, f.name) != getattr(meta, f.name)])


# -- the analyst's edits, with their link rules ---------------------------------------------

def add_excerpt(excerpt: Excerpt, section_id: str | None = None, index: int = -1,
                mode: str = "quote", block_id: str | None = None) -> Batch:
    """An excerpt, and (with ``section_id``) a block placing it in the note."""
    edits: list[Edit] = [SetExcerpt(excerpt.id, excerpt)]
    if section_id is not None:
        block = new_excerpt_block(excerpt.id, mode=mode)
        if block_id:
            block.id = block_id
        edits.append(SetBlock(block.id, block, section_id, index))
    return Batch(edits)


def remove_block(project: Project, block_id: str) -> Batch:
    """Delete a block; an excerpt made only for it leaves with it. One that another
    block uses, or that illustrates an outline theme, stays (it was collected for more)."""
    found = project.note.find_block(block_id)
    if found is None:
        raise KeyError(f"no block {block_id!r}")
    block = found[0].blocks[found[1]]
    edits: list[Edit] = [SetBlock(block_id, None)]
    if isinstance(block, ExcerptBlock):
        excerpt = project.excerpts.get(block.excerpt_id)
        others = [b for _, b in project.note_blocks_of(block.excerpt_id)
                  if b.id != block_id]  # in this note or another
        if excerpt is not None and not others and not excerpt.theme_ids:
            edits.append(SetExcerpt(excerpt.id, None))
    return Batch(edits)


def outline_edit(project: Project, change: Callable[[Outline], object]) -> tuple[Batch, object]:
    """An outline change made by ``change`` on a copy, as the sections it changed (and
    ``change``'s result). A theme that disappears is unlinked from its excerpts."""
    draft = copy.deepcopy(project.outline)
    result = change(draft)
    before = {s.id: s for s in project.outline.sections}
    changed = {s.id: s for s in draft.sections if before.get(s.id) != s}
    order = [s.id for s in draft.sections]
    edits: list[Edit] = [SetOutlineSections(changed, order)] if changed or \
        order != list(before) else []
    themes_now = {t.id for s in draft.sections for t in s.themes}
    edits += unlink_themes(project, {t.id for s in project.outline.sections for t in s.themes
                                     if t.id not in themes_now})
    return Batch(edits), result


def unlink_themes(project: Project, gone: set[str]) -> list[Edit]:
    """Edits taking the themes in ``gone`` off the excerpts that name them."""
    edits: list[Edit] = []
    for excerpt in project.excerpts.values():
        kept = [t for t in excerpt.theme_ids if t not in gone]
        if kept != excerpt.theme_ids:
            edits.append(SetExcerptThemes(excerpt.id, kept))
    return edits


def draft(project: Project, sections: Sequence[NoteSection], template: str, meta: NoteMeta,
          new_excerpts: Sequence[Excerpt], links: dict[str, list[str]]) -> Batch:
    """A drafted note as one edit: its sections, the metadata left empty filled in, the
    excerpts it adds and the theme links it adds to excerpts the analyst already had."""
    edits: list[Edit] = [SetNoteSections(list(sections), template or project.note.template)]
    defaults = NoteMeta()
    for f in fields(NoteMeta):
        mine, theirs = getattr(project.note.meta, f.name), getattr(meta, f.name)
        default = getattr(defaults, f.name)
        if theirs and theirs != mine and (not mine or (mine == default and theirs != default)):
            edits.append(SetNoteMeta(f.name, theirs))
    edits += [SetExcerpt(e.id, e) for e in new_excerpts]
    for excerpt_id, theme_ids in links.items():
        excerpt = project.excerpts.get(excerpt_id)
        if excerpt is not None:
            merged = list(dict.fromkeys([*excerpt.theme_ids, *theme_ids]))
            if merged != excerpt.theme_ids:
                edits.append(SetExcerptThemes(excerpt_id, merged))
    return Batch(edits)
