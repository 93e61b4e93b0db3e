"""Is the project ready to cite? Every excerpt anchored, every cited source described.

A wrong citation in a ministerial note is a serious error, so the check looks
at the text as it is now, not at what was recorded when the excerpt was made.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefer.core.excerpt import AnchorStatus
from briefer.core.project import Project


@dataclass(frozen=True)
class Problem:
    """One problem; ``message`` is English, the other fields let an interface reword it."""

    kind: str  # "orphaned", "changed", "missing-source", "metadata"
    message: str
    source_id: str = ""
    excerpt_id: str = ""
    quote: str = ""  # the excerpt's words, shortened
    title: str = ""  # the source's display title
    missing: tuple[str, ...] = ()  # CSL names of missing citation fields
    now: str = ""  # what the source reads now where a changed quote was


def cited_source_ids(project: Project) -> list[str]:
    """Sources the note cites, in order of first citation (all excerpts' if none placed)."""
    placed = [project.excerpts[b.excerpt_id] for b in project.note.excerpt_blocks()
              if b.excerpt_id in project.excerpts]
    excerpts = placed or list(project.excerpts.values())
    return list(dict.fromkeys(e.source_id for e in excerpts))


def check_project(project: Project) -> list[Problem]:
    """Everything that would make a citation wrong or incomplete, in a stable order."""
    from briefer.core.anchoring import anchor

    problems: list[Problem] = []
    for block in project.note.excerpt_blocks():
        if block.excerpt_id not in project.excerpts:
            problems.append(Problem("orphaned", f"The note cites excerpt {block.excerpt_id}, "
                                    "which no longer exists.", excerpt_id=block.excerpt_id))
    for excerpt in project.excerpts.values():
        source = project.sources.get(excerpt.source_id)
        short = _shorten(excerpt.quote.exact)
        if source is None:
            missing = project.missing.get(excerpt.source_id)
            why = f" ({missing.reason.rstrip('.')})" if missing else ""
            problems.append(Problem("missing-source", f"Excerpt “{short}” comes from source "
                                    f"{excerpt.source_id}, which is missing from the project"
                                    f"{why}.", excerpt.source_id, excerpt.id, quote=short))
            continue
        result = anchor(excerpt, source.text)
        if result.status is AnchorStatus.ORPHANED:
            problems.append(Problem("orphaned", f"Excerpt “{short}” can no longer be found in "
                                    f"{source.display_title}.", source.id, excerpt.id,
                                    quote=short, title=source.display_title))
        elif result.status is AnchorStatus.FUZZY:
            now = _shorten(source.text[result.start:result.end])
            problems.append(Problem("changed", f"Excerpt “{short}” no longer matches "
                                    f"{source.display_title} exactly; the source now reads "
                                    f"“{now}”.", source.id, excerpt.id, quote=short,
                                    title=source.display_title, now=now))
    return problems + metadata_problems(project)


def metadata_problems(project: Project) -> list[Problem]:
    """Cited sources lacking what their citation needs (cheap: reads no source text)."""
    problems = []
    for source_id in cited_source_ids(project):
        source = project.sources.get(source_id)
        if source is None:
            continue
        missing = source.meta.missing(source.kind)
        if missing:
            problems.append(Problem("metadata", f"{source.display_title} ({source.id}) lacks "
                                    f"{', '.join(missing)} for its citation.", source.id,
                                    title=source.display_title, missing=tuple(missing)))
    return problems


def _shorten(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
