"""Undo commands for excerpts: taking one from a source, quoting or paraphrasing it."""

from __future__ import annotations

from briefer.core import edits
from briefer.core.draft import excerpt_at, representative_span, theme_blocks
from briefer.core.excerpt import make_excerpt
from briefer.core.note import ExcerptBlock
from briefer.gui.commands.edit import MERGE_LEAD_IN, MERGE_PARAPHRASE, EditCommand, tr
from briefer.gui.commands.note import find_block, normalise_markdown
from briefer.gui.session import ProjectSession

MODES = ("quote", "paraphrase")


def _excerpt_block(session: ProjectSession, block_id: str) -> ExcerptBlock:
    block = find_block(session.project.note, block_id)
    if not isinstance(block, ExcerptBlock):
        raise TypeError(f"block {block_id!r} is not an excerpt")
    return block


class AddExcerptCommand(EditCommand):
    """Take the span ``start:end`` of a source as an excerpt.

    With ``section_id`` the excerpt is also placed in that note section (at
    ``index``, or at the end); with ``theme_id`` it is linked to that outline
    theme. Raises KeyError for an unknown source or section and ValueError
    for a span that is empty or outside the text, before anything changes.
    """

    def __init__(self, session: ProjectSession, source_id: str, start: int, end: int,
                 section_id: str | None = None, theme_id: str | None = None,
                 index: int | None = None, mode: str = "quote") -> None:
        source = session.project.sources.get(source_id)
        if source is None:
            raise KeyError(f"no source {source_id!r}")
        if section_id is not None and session.project.note.section(section_id) is None:
            raise KeyError(f"no note section {section_id!r}")
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        excerpt = make_excerpt(source_id, source.text, start, end,
                               theme_ids=[theme_id] if theme_id else None)
        edit = edits.add_excerpt(excerpt, section_id, -1 if index is None else index, mode)
        super().__init__(session, tr("Add excerpt"), edit)
        self.excerpt_id = excerpt.id
        placed = [e for e in edit.edits if isinstance(e, edits.SetBlock)]
        self.block_id: str | None = placed[0].block_id if placed else None


class SetExcerptModeCommand(EditCommand):
    """Show an excerpt as a quotation or in the analyst's own words."""

    def __init__(self, session: ProjectSession, block_id: str, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        _excerpt_block(session, block_id)
        super().__init__(session, tr("Use as paraphrase") if mode == "paraphrase"
                         else tr("Use as quotation"),
                         edits.SetBlockField(block_id, "mode", mode))


class EditParaphraseCommand(EditCommand):
    """Change the analyst's words for an excerpt (Markdown; typing merges)."""

    merge_id = MERGE_PARAPHRASE

    def __init__(self, session: ProjectSession, block_id: str, markdown: str) -> None:
        old = _excerpt_block(session, block_id).paraphrase
        value = normalise_markdown(markdown)
        super().__init__(session, tr("Edit paraphrase"),
                         edits.SetBlockField(block_id, "paraphrase", value),
                         key=block_id, old=old, new=value)


class EditLeadInCommand(EditCommand):
    """Change the words written before a quotation ("As one respondent put it,")."""

    merge_id = MERGE_LEAD_IN

    def __init__(self, session: ProjectSession, block_id: str, text: str) -> None:
        old = _excerpt_block(session, block_id).lead_in
        super().__init__(session, tr("Edit lead-in"),
                         edits.SetBlockField(block_id, "lead_in", text),
                         key=block_id, old=old, new=text)


class InsertThemeCommand(EditCommand):
    """A theme dropped into the note: its count sentence, then its most representative
    answer quoted as a cited excerpt (the same blocks the draft writes)."""

    def __init__(self, session: ProjectSession, note_section_id: str, index: int | None,
                 theme_id: str) -> None:
        project = session.project
        found = project.outline.find_theme(theme_id)
        if found is None:
            raise KeyError(f"no theme {theme_id!r}")
        home = project.note.section(note_section_id)
        if home is None:
            raise KeyError(f"no note section {note_section_id!r}")
        section, theme = found
        steps: list[edits.Edit] = []
        excerpt = None
        span = representative_span(project, section, theme, set())
        if span is not None:
            source_id, start, end = span
            excerpt = excerpt_at(project, source_id, start, end)
            if excerpt is None:
                excerpt = make_excerpt(source_id, project.sources[source_id].text, start, end,
                                       theme_ids=[theme.id])
                steps.append(edits.SetExcerpt(excerpt.id, excerpt))
            elif theme.id not in excerpt.theme_ids:
                steps.append(edits.SetExcerptThemes(excerpt.id, [*excerpt.theme_ids, theme.id]))
        blocks = theme_blocks(project, section, theme, excerpt)
        at = len(home.blocks) if index is None else index
        steps += [edits.SetBlock(b.id, b, note_section_id, at + i) for i, b in enumerate(blocks)]
        super().__init__(session, tr("Add theme to note"), edits.Batch(steps))
        self.block_ids = [b.id for b in blocks]
