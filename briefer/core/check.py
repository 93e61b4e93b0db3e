"""Is the project ready to cite? The one checker both faces and the exporter ask.

A wrong citation in a ministerial note is a serious error, so the check looks
at the text as it is now, not at what was recorded when the excerpt was made,
and every excerpt is anchored once per check. Each problem says whether it
*blocks export*: a quotation placed in the note whose words changed or
vanished, or a placed excerpt whose source or record is gone, would print
something false, so the export stops — or, when the analyst exports anyway,
marks exactly those blocks. A section the template requires (a memorandum's
Recommendation) left empty stops it too: the office would send the note back,
and a dropped heading is easy to miss (forced, the empty section is marked).
Everything else (an excerpt not in the note that
no longer matches, a paraphrase whose source changed, a source lacking
citation details, a quoted source marked higher than the note) is reported and
never marked. The comparison is with the
source text as stored, Markdown markers included.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from briefer.core.anchoring import anchor
from briefer.core.dates import DateError, csl_date
from briefer.core.excerpt import AnchorStatus, Excerpt
from briefer.core.markings import Marking, missing_caveats, read_marking, too_low
from briefer.core.messages import Clause, Message
from briefer.core.note import ExcerptBlock
from briefer.core.project import Project
from briefer.core.uncited import find_copied


@dataclass(frozen=True)
class Problem:
    """One problem: its kind, its message (data, worded by each face) and its parts."""

    kind: str  # "missing-excerpt", "orphaned", "changed", "missing-source", "metadata",
    #            "marking" (the note is marked lower than a source it quotes),
    #            "empty-section"
    message: Message
    source_id: str = ""
    excerpt_id: str = ""
    quote: str = ""  # the excerpt's words, shortened
    title: str = ""  # the source's display title
    missing: tuple[str, ...] = ()  # CSL names of missing citation fields
    now: str = ""  # what the source reads now where a changed quote was
    block_ids: tuple[str, ...] = ()  # the note blocks it would make print something false
    section: str = ""  # the title of the first of those blocks' sections

    @property
    def blocks_export(self) -> bool:
        """Would exporting print something false, or leave out what the note must say
        (so export stops, or marks the blocks or the section)?"""
        return bool(self.block_ids) or self.kind == "empty-section"


def cited_source_ids(project: Project) -> list[str]:
    """Sources the note cites, in order of first citation (all excerpts' if none placed)."""
    placed = [project.excerpts[b.excerpt_id] for b in project.note.excerpt_blocks()
              if b.excerpt_id in project.excerpts]
    excerpts = placed or list(project.excerpts.values())
    return list(dict.fromkeys(e.source_id for e in excerpts))


def check_project(project: Project, style_fields: Iterable[str] | None = None
                  ) -> list[Problem]:
    """Every problem, in reading order: required sections left empty, placed excerpts,
    then the others, then the sources lacking citation details (``style_fields``: see
    ``metadata_problems``)."""
    problems = empty_required_sections(project)
    placements: dict[str, list[tuple[str, ExcerptBlock]]] = {}
    for section in project.note.sections:
        for block in section.blocks:
            if not isinstance(block, ExcerptBlock):
                continue
            if block.excerpt_id not in project.excerpts:
                problems.append(Problem(
                    "missing-excerpt", Message("The note cites excerpt {id}, which no longer "
                                               "exists.", id=block.excerpt_id),
                    excerpt_id=block.excerpt_id, block_ids=(block.id,), section=section.title))
            else:
                placements.setdefault(block.excerpt_id, []).append((section.title, block))
    placed = [project.excerpts[i] for i in placements]
    others = [e for i, e in project.excerpts.items() if i not in placements]
    for excerpt in [*placed, *others]:
        problem = _excerpt_problem(project, excerpt, placements.get(excerpt.id, []))
        if problem is not None:
            problems.append(problem)
    return (problems + uncited_problems(project) + marking_problems(project)
            + metadata_problems(project, style_fields))


def empty_required_sections(project: Project) -> list[Problem]:
    """A problem for each section the template requires that would print nothing."""
    return [Problem("empty-section", Message("The section “{title}” is required and empty; "
                                             "write it before exporting.", title=s.title),
                    section=s.title)
            for s in project.note.sections if s.required and s.is_empty()]


def uncited_problems(project: Project) -> list[Problem]:
    """Text blocks that repeat a source word for word without citing it (``core.uncited``):
    reported, never marked — the analyst decides whether it is a quotation."""
    problems = []
    for copied in find_copied(project):
        source = project.sources[copied.source_id]
        problems.append(Problem(
            "uncited", Message("A text block in “{section}” repeats {title} word for word "
                               "(“{words}…”) without citing it; paste it from the reader to "
                               "quote it with its citation, or put it in your own words.",
                               section=copied.section, title=source.display_title,
                               words=copied.words),
            source.id, title=source.display_title, quote=copied.words, section=copied.section))
    return problems


def blocking(problems: Iterable[Problem]) -> list[Problem]:
    """The problems that stop an export (see module notes)."""
    return [p for p in problems if p.blocks_export]


def _excerpt_problem(project: Project, excerpt: Excerpt,
                     placed: list[tuple[str, ExcerptBlock]]) -> Problem | None:
    """What is wrong with one excerpt, and which of its blocks that makes false."""
    short = shorten(excerpt.quote.exact)
    source = project.sources.get(excerpt.source_id)
    if source is None:
        missing = project.missing.get(excerpt.source_id)
        reason = Clause(missing.reason) if missing else ""
        template = ("Excerpt “{quote}” comes from source {source}, which is missing from the "
                    "project ({reason}).") if reason else \
            "Excerpt “{quote}” comes from source {source}, which is missing from the project."
        return Problem("missing-source", Message(template, quote=short, source=excerpt.source_id,
                                                 reason=reason),
                       excerpt.source_id, excerpt.id, quote=short,
                       block_ids=tuple(b.id for _, b in placed),
                       section=placed[0][0] if placed else "")
    result = anchor(excerpt, source.text)
    if result.status not in (AnchorStatus.ORPHANED, AnchorStatus.FUZZY):
        return None
    # A paraphrase in the analyst's words only needs its source; an empty one prints
    # the quotation instead, so it counts as one.
    quoting = [(title, b) for title, b in placed
               if b.mode != "paraphrase" or not b.paraphrase.strip()]
    title = source.display_title
    blocks = tuple(b.id for _, b in quoting)
    section = quoting[0][0] if quoting else ""
    if result.status is AnchorStatus.ORPHANED:
        return Problem("orphaned", Message("Excerpt “{quote}” can no longer be found in "
                                           "{title}.", quote=short, title=title),
                       source.id, excerpt.id, quote=short, title=title, block_ids=blocks,
                       section=section)
    now = shorten(source.text[result.start:result.end])
    return Problem("changed", Message("Excerpt “{quote}” no longer matches {title} exactly; "
                                      "the source now reads “{now}”.", quote=short, title=title,
                                      now=now),
                   source.id, excerpt.id, quote=short, title=title, now=now, block_ids=blocks,
                   section=section)


def metadata_problems(project: Project, style_fields: Iterable[str] | None = None
                      ) -> list[Problem]:
    """Cited sources lacking what their citation needs (cheap: reads no source text).

    ``style_fields``: the CSL fields the chosen citation style prints; a field
    the style never prints is not asked for. A date that cannot be read would
    print as "n.d.", so it is named too.
    """
    fields = None if style_fields is None else frozenset(style_fields)
    problems = []
    for source_id in cited_source_ids(project):
        source = project.sources.get(source_id)
        if source is None:
            continue
        title = source.display_title
        missing = source.meta.missing(source.kind, fields)
        if missing:
            problems.append(Problem(
                "metadata", Message("{title} lacks {fields} for its citation.", title=title,
                                    fields=[field_label(m) for m in missing]),
                source.id, title=title, missing=tuple(missing)))
        for name in ("issued", "accessed"):
            value = source.meta.value(name)
            try:
                csl_date(value)
            except DateError:
                problems.append(Problem(
                    "metadata", Message("The {field} of {title}, “{value}”, is not a date "
                                        "Briefer can read, so it would be cited as "
                                        "“n.d.”; type it as 2025-09-16.",
                                        field=field_label(name), title=title,
                                        value=_shown(value)),
                    source.id, title=title, missing=(name,)))
    return problems


def marking_problems(project: Project) -> list[Problem]:
    """A problem for each source the note quotes (or paraphrases) that is marked higher
    than the note, or with a caveat the note's marking lacks (``core.markings``: a
    source's marking is the ``classification`` field of its metadata)."""
    note = read_marking(project.note.meta.classification)
    shown = " ".join(project.note.meta.classification.split()).upper() or "UNCLASSIFIED"
    problems = []
    placed = [project.excerpts[b.excerpt_id] for b in project.note.excerpt_blocks()
              if b.excerpt_id in project.excerpts]
    for source_id in dict.fromkeys(e.source_id for e in placed):
        source = project.sources.get(source_id)
        value = source.meta.value("classification") if source is not None else None
        marking = read_marking(value) if isinstance(value, str) else None
        if source is None or marking is None:
            continue
        title = source.display_title
        lacking = missing_caveats(note, marking)
        caveats = tuple(dict.fromkeys([*(note.caveats if note else ()), *marking.caveats]))
        if too_low(note, marking):
            needed = Marking(marking.level, caveats).text()
            problems.append(Problem("marking", Message(
                "The note is marked {note}, lower than {title}, which it quotes and which is "
                "marked {source}: mark the note {needed}.", note=shown, title=title,
                source=marking.text(), needed=needed), source.id, title=title))
        elif lacking:
            needed = Marking(note.level if note else "UNCLASSIFIED", caveats).text()
            problems.append(Problem("marking", Message(
                "{title}, which the note quotes, is marked {caveats}, which the note’s "
                "marking lacks: mark the note {needed}.", title=title, caveats=list(lacking),
                needed=needed), source.id, title=title))
    return problems


def _shown(value: object) -> str:
    if isinstance(value, dict):
        value = value.get("raw") or value.get("literal") or value.get("date-parts") or value
    return shorten(str(value))


def field_label(csl_name: str) -> Message:
    """What a user calls a citation field (CSL names are for machines)."""
    labels = {"title": "title", "container-title": "outlet", "issued": "date",
              "accessed": "date accessed", "author": "author", "URL": "web address",
              "publisher": "publisher", "volume": "volume", "page": "pages", "DOI": "DOI",
              "number": "number", "authority": "court or authority"}
    return Message(labels.get(csl_name, csl_name))


def shorten(text: str, limit: int = 60) -> str:
    """Text on one line, cut to ``limit`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
