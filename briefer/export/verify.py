"""Checks every excerpt placed in the note against its source text, at export time.

A quotation must still be the exact words of its source. Finding them at
another place (the source was edited around them) is fine; words that
changed (a fuzzy match) or vanished (orphaned) are problems, and so are a
missing excerpt or source. A paraphrase only needs its source to exist, so
a citation is never printed for something that is not there. The comparison
is with the source text as stored, Markdown markers included: the export
shows a survey's **key phrases** in bold, but checks the characters.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefer.core.anchoring import anchor
from briefer.core.excerpt import AnchorStatus, Excerpt
from briefer.core.note import ExcerptBlock
from briefer.core.project import Project


@dataclass(frozen=True)
class QuoteProblem:
    block_id: str
    section: str  # the note section's title
    excerpt_id: str
    reason: str  # what is wrong, in words an analyst understands
    quote: str = ""

    def describe(self) -> str:
        shown = " ".join(self.quote.split())
        if len(shown) > 70:
            shown = shown[:67] + "…"
        where = f"“{shown}”" if shown else f"excerpt {self.excerpt_id}"
        return f"{self.section}: {where} — {self.reason}"


def _anchor_status(excerpt: Excerpt, text: str) -> AnchorStatus:
    """Where the words are now: position, exact quote elsewhere, approximate, or gone."""
    return anchor(excerpt, text).status


def check_block(project: Project, block: ExcerptBlock, section: str) -> QuoteProblem | None:
    """The problem with one placed excerpt, or None when it can be printed as is."""
    excerpt = project.excerpts.get(block.excerpt_id)
    if excerpt is None:
        return QuoteProblem(block.id, section, block.excerpt_id,
                            "the excerpt is missing from the project")
    source = project.sources.get(excerpt.source_id)
    if source is None:
        return QuoteProblem(block.id, section, excerpt.id,
                            f"its source {excerpt.source_id} is missing", excerpt.exact)
    if block.mode != "quote":
        return None
    status = _anchor_status(excerpt, source.text)
    if status is AnchorStatus.FUZZY:
        return QuoteProblem(block.id, section, excerpt.id,
                            f"the words changed in {source.display_title}; check the quotation",
                            excerpt.exact)
    if status is AnchorStatus.ORPHANED:
        return QuoteProblem(block.id, section, excerpt.id,
                            f"the words are no longer in {source.display_title}", excerpt.exact)
    return None


def verify_note(project: Project) -> list[QuoteProblem]:
    """Every problem with the excerpts placed in the note, in reading order."""
    problems = []
    for section in project.note.sections:
        for block in section.blocks:
            if isinstance(block, ExcerptBlock):
                problem = check_block(project, block, section.title)
                if problem is not None:
                    problems.append(problem)
    return problems
