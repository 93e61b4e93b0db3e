"""The news in a drafted note: the best passage for each main theme of the survey.

A briefing note sets what experts say beside what is being reported. For the
main theme of each survey question (its first theme of shared ideas), the
draft quotes the news passage that speaks to it best (``core.evidence``), as
an excerpt carrying its citation and linked to the theme, the way survey
answers are quoted; themes no news passage speaks to are named in one
sentence, so the reader knows the news was looked at and is silent there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from briefer.core.evidence import EvidenceIndex, evidence_for_theme
from briefer.core.excerpt import Excerpt
from briefer.core.note import Block, new_excerpt_block, new_prose
from briefer.core.outline import OutlineSection, Theme
from briefer.core.project import Project

CANDIDATES = 5  # passages looked at per theme, so two themes need not quote the same one


@dataclass
class NewsDraft:
    """What the news adds to a draft: blocks to place, and the articles they quote."""

    blocks: list[Block] = field(default_factory=list)
    quoted_sources: list[str] = field(default_factory=list)  # source ids, first quoted first
    uncovered: list[str] = field(default_factory=list)  # main themes' labels


def main_themes(project: Project) -> list[tuple[OutlineSection, Theme]]:
    """The first theme of shared ideas of each question that has one (tallies aside)."""
    found: list[tuple[OutlineSection, Theme]] = []
    for section in project.outline.sections:
        topics = [t for t in section.topics() if t.response_ids]
        if topics:
            found.append((section, topics[0]))
    return found


def news_blocks(project: Project, label_text: Callable[[OutlineSection, Theme], str],
                excerpt_for: Callable[[str, int, int, str], Excerpt | None]) -> NewsDraft:
    """Bullets and quotations of the news for the main themes, and the uncovered ones.

    ``label_text`` words a theme's label for a sentence ("climate change");
    ``excerpt_for(source id, start, end, theme id)`` gives the excerpt of a passage
    (an existing one, or one the draft makes). With no news article at all there is
    nothing to say: the result is empty.
    """
    result = NewsDraft()
    if not project.articles():
        return result
    index = EvidenceIndex.of_project(project)
    used: set[tuple[str, int, int]] = set()
    for section, theme in main_themes(project):
        passages = [p for p in evidence_for_theme(project, theme.id, CANDIDATES, index)
                    if (p.source_id, p.start, p.end) not in used]
        label = label_text(section, theme)
        if not passages:
            result.uncovered.append(label)
            continue
        best = passages[0]
        excerpt = excerpt_for(best.source_id, best.start, best.end, theme.id)
        if excerpt is None:
            result.uncovered.append(label)
            continue
        used.add((best.source_id, best.start, best.end))
        result.blocks.append(new_prose(f"- On {label}, the news reports:"))
        result.blocks.append(new_excerpt_block(excerpt.id, mode="quote"))
        if best.source_id not in result.quoted_sources:
            result.quoted_sources.append(best.source_id)
    if result.uncovered:
        result.blocks.append(new_prose(uncovered_sentence(result.uncovered)))
    return result


def uncovered_sentence(labels: list[str]) -> str:
    """"No news source in the project speaks to: climate change and supply chains."."""
    listed = labels[0] if len(labels) == 1 else \
        ", ".join(labels[:-1]) + " and " + labels[-1]
    return f"No news source in the project speaks to: {listed}."


