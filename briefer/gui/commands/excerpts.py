"""Undo commands for excerpts: taking one from a source, quoting or paraphrasing it."""

from __future__ import annotations

from briefer.core.excerpt import make_excerpt
from briefer.core.note import ExcerptBlock, new_excerpt_block
from briefer.gui.commands.note import (
    MERGE_LEAD_IN,
    MERGE_PARAPHRASE,
    NoteCommand,
    _MergingEdit,
    normalise_markdown,
    tr,
)
from briefer.gui.session import ProjectSession

MODES = ("quote", "paraphrase")


def _excerpt_block(session: ProjectSession, block_id: str) -> ExcerptBlock:
    found = session.project.note.find_block(block_id)
    if found is None:
        raise KeyError(f"no block {block_id!r}")
    block = found[0].blocks[found[1]]
    if not isinstance(block, ExcerptBlock):
        raise TypeError(f"block {block_id!r} is not an excerpt")
    return block


class AddExcerptCommand(NoteCommand):
    """Take the span ``start:end`` of a source as an excerpt.

    With ``section_id`` the excerpt is also placed in that note section (at
    ``index``, or at the end); with ``theme_id`` it is linked to that outline
    theme. Raises KeyError for an unknown source or section and ValueError
    for a span that is empty or outside the text, before anything changes.
    """

    def __init__(self, session: ProjectSession, source_id: str, start: int, end: int,
                 section_id: str | None = None, theme_id: str | None = None,
                 index: int | None = None, mode: str = "quote") -> None:
        super().__init__(session, tr("Add excerpt"))
        source = session.project.sources.get(source_id)
        if source is None:
            raise KeyError(f"no source {source_id!r}")
        if section_id is not None and session.project.note.section(section_id) is None:
            raise KeyError(f"no note section {section_id!r}")
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        self.excerpt = make_excerpt(source_id, source.text, start, end,
                                    theme_ids=[theme_id] if theme_id else None)
        self.section_id = section_id
        self.index = index
        self.block = new_excerpt_block(self.excerpt.id, mode=mode) if section_id else None

    @property
    def excerpt_id(self) -> str:
        return self.excerpt.id

    @property
    def block_id(self) -> str | None:
        return self.block.id if self.block is not None else None

    def redo(self) -> None:
        self.session.project.excerpts[self.excerpt.id] = self.excerpt
        if self.block is not None and self.section_id is not None:
            section = self.note.section(self.section_id)
            assert section is not None
            index = len(section.blocks) if self.index is None else self.index
            self.note.insert_block(self.section_id, index, self.block)
        self._changed(excerpts=True)

    def undo(self) -> None:
        if self.block is not None:
            self.note.remove_block(self.block.id)
        self.session.project.excerpts.pop(self.excerpt.id, None)
        self._changed(excerpts=True)


class SetExcerptModeCommand(NoteCommand):
    """Show an excerpt as a quotation or in the analyst's own words."""

    def __init__(self, session: ProjectSession, block_id: str, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        super().__init__(session, tr("Use as paraphrase") if mode == "paraphrase"
                         else tr("Use as quotation"))
        self.block_id = block_id
        self.mode = mode
        self.old = _excerpt_block(session, block_id).mode

    def redo(self) -> None:
        _excerpt_block(self.session, self.block_id).mode = self.mode
        self._changed()

    def undo(self) -> None:
        _excerpt_block(self.session, self.block_id).mode = self.old
        self._changed()


class EditParaphraseCommand(_MergingEdit):
    """Change the analyst's words for an excerpt (Markdown; typing merges)."""

    merge_id = MERGE_PARAPHRASE

    def __init__(self, session: ProjectSession, block_id: str, markdown: str) -> None:
        old = _excerpt_block(session, block_id).paraphrase
        super().__init__(session, tr("Edit paraphrase"), block_id, old,
                         normalise_markdown(markdown))

    def _set(self, value: str) -> None:
        _excerpt_block(self.session, self.key).paraphrase = value
        self._changed()


class EditLeadInCommand(_MergingEdit):
    """Change the words written before a quotation ("As one respondent put it,")."""

    merge_id = MERGE_LEAD_IN

    def __init__(self, session: ProjectSession, block_id: str, text: str) -> None:
        old = _excerpt_block(session, block_id).lead_in
        super().__init__(session, tr("Edit lead-in"), block_id, old, text)

    def _set(self, value: str) -> None:
        _excerpt_block(self.session, self.key).lead_in = value
        self._changed()


class InsertThemeCommand(NoteCommand):
    """A theme dropped into the note: its count sentence, then its most representative
    answer quoted as a cited excerpt (the same blocks the draft writes)."""

    def __init__(self, session: ProjectSession, note_section_id: str, index: int | None,
                 theme_id: str) -> None:
        from briefer.core.draft import excerpt_at, representative_span, theme_blocks

        super().__init__(session, tr("Add theme to note"))
        project = session.project
        found = project.outline.find_theme(theme_id)
        if found is None:
            raise KeyError(f"no theme {theme_id!r}")
        if project.note.section(note_section_id) is None:
            raise KeyError(f"no note section {note_section_id!r}")
        section, theme = found
        self.section_id = note_section_id
        self.index = index
        self.excerpt = None
        self.new_excerpt = False
        span = representative_span(project, section, theme, set())
        if span is not None:
            source_id, start, end = span
            self.excerpt = excerpt_at(project, source_id, start, end)
            if self.excerpt is None:
                self.excerpt = make_excerpt(source_id, project.sources[source_id].text, start,
                                            end, theme_ids=[theme.id])
                self.new_excerpt = True
        self.blocks = theme_blocks(project, section, theme, self.excerpt)

    def redo(self) -> None:
        if self.excerpt is not None and self.new_excerpt:
            self.session.project.excerpts[self.excerpt.id] = self.excerpt
        section = self.note.section(self.section_id)
        assert section is not None
        index = len(section.blocks) if self.index is None else self.index
        for offset, block in enumerate(self.blocks):
            self.note.insert_block(self.section_id, index + offset, block)
        self._changed(excerpts=self.new_excerpt)

    def undo(self) -> None:
        for block in self.blocks:
            self.note.remove_block(block.id)
        if self.excerpt is not None and self.new_excerpt:
            self.session.project.excerpts.pop(self.excerpt.id, None)
        self._changed(excerpts=self.new_excerpt)
