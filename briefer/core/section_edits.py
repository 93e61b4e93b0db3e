"""The analyst's changes to the note's sections: rename, add, move, remove.

A department's template rarely fits every note: an analyst adds a "Risks"
section, renames "Options" to "Options analysis", or drops "Current Status".
Each change is one ``SetNoteSections`` edit (``core.edits``), so it is undone
exactly whatever happened to the sections' blocks; removing a section also
removes the excerpts made only for its blocks, by the rule ``remove_block``
follows for one block (an excerpt another block uses, or that illustrates an
outline theme, stays). A section keeps its id, hint, role and ``required``
flag through a rename or a move; a section the analyst adds has none of them.
"""

from __future__ import annotations

import dataclasses

from briefer.core.edits import Batch, Edit, SetExcerpt, SetNoteMeta, SetNoteSections
from briefer.core.ids import new_id
from briefer.core.note import ExcerptBlock, NoteSection
from briefer.core.project import Project
from briefer.core.template import Template


def _index(project: Project, section_id: str) -> int:
    for i, section in enumerate(project.note.sections):
        if section.id == section_id:
            return i
    raise KeyError(f"no note section {section_id!r}")


def _sections(project: Project, sections: list[NoteSection]) -> SetNoteSections:
    return SetNoteSections(sections, project.note.template)


def rename_section(project: Project, section_id: str, title: str) -> Edit:
    """The section's title (surrounding spaces dropped; an empty title is refused)."""
    title = " ".join(title.split())
    if not title:
        raise ValueError("a section needs a title")
    sections = list(project.note.sections)
    i = _index(project, section_id)
    sections[i] = dataclasses.replace(sections[i], title=title)
    return _sections(project, sections)


def add_section(project: Project, title: str, after_id: str | None = None,
                section_id: str | None = None) -> tuple[Edit, str]:
    """A new empty section after ``after_id`` (None: at the end); the edit and its id."""
    title = " ".join(title.split())
    if not title:
        raise ValueError("a section needs a title")
    sections = list(project.note.sections)
    at = len(sections) if after_id is None else _index(project, after_id) + 1
    new = NoteSection(id=section_id or new_id("sec"), title=title)
    sections.insert(at, new)
    return _sections(project, sections), new.id


def move_section(project: Project, section_id: str, step: int) -> Edit | None:
    """The section ``step`` places up (-1) or down (+1); None past the first or last."""
    sections = list(project.note.sections)
    i = _index(project, section_id)
    j = i + step
    if not 0 <= j < len(sections) or step == 0:
        return None
    sections.insert(j, sections.pop(i))
    return _sections(project, sections)


def remove_section(project: Project, section_id: str) -> Batch:
    """The section and its blocks, with the excerpts made only for them (module notes)."""
    i = _index(project, section_id)
    gone = project.note.sections[i]
    elsewhere = {b.excerpt_id for s in project.note.sections if s.id != section_id
                 for b in s.blocks if isinstance(b, ExcerptBlock)}
    elsewhere |= {b.excerpt_id for nid, note in project.notes.items()
                  if nid != project.current_note for b in note.excerpt_blocks()}
    edits: list[Edit] = [_sections(project, [s for s in project.note.sections
                                             if s.id != section_id])]
    for excerpt_id in dict.fromkeys(b.excerpt_id for b in gone.blocks
                                    if isinstance(b, ExcerptBlock)):
        excerpt = project.excerpts.get(excerpt_id)
        if excerpt is not None and excerpt_id not in elsewhere and not excerpt.theme_ids:
            edits.append(SetExcerpt(excerpt_id, None))
    return Batch(edits)


def set_language(project: Project, language: str, template: Template | None) -> Batch:
    """The note's language, and the titles of its template's sections in that language.

    A section still called what its template calls it, in either language, takes
    the template's title in the new one ("Background" / "Contexte"); a title the
    analyst wrote stays. One edit, so one undo brings both back.
    """
    edits: list[Edit] = [SetNoteMeta("language", language)]
    if template is not None:
        titles: dict[str, str] = {}
        for known in template.sections:
            for title in (known.title, known.title_fr):
                if title:
                    titles[title.casefold()] = known.title_in(language)
        sections = [dataclasses.replace(s, title=titles.get(s.title.casefold(), s.title))
                    for s in project.note.sections]
        if [s.title for s in sections] != [s.title for s in project.note.sections]:
            edits.append(_sections(project, sections))
    return Batch(edits)
