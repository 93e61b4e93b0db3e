"""The ``sources`` and ``excerpt`` commands: list a project's sources and bibliography,
and quote a source's exact words in the note from a script.

Kept apart from ``cli`` so that module stays a readable table of commands. Nothing
here decides what an excerpt is or how a quote is matched: the excerpt is made by
``core.excerpt.make_excerpt`` and placed by ``core.edits.add_excerpt`` (what the app's
Ctrl+E applies), its words are found by ``core.anchoring.locate_quote`` (what the app's
Find Quote uses) and the project is saved by ``io.project_file.save_project``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from typing import Any

from briefer.core import edits
from briefer.core.anchoring import locate_quote
from briefer.core.check import field_label, shorten
from briefer.core.dates import format_date
from briefer.core.excerpt import make_excerpt
from briefer.core.messages import Clause, Listing, UserError
from briefer.core.note import NoteSection
from briefer.core.project import Project
from briefer.core.source import Source, csl_json
from briefer.core.source_removal import remove_source as removal, what_goes
from briefer.io.atomic import write_atomic
from briefer.io.project_file import save_project
from briefer.io.project_yaml import ORIGINALS_DIR, SOURCES_DIR

# Column widths of the sources table (a long title or outlet is cut with "…").
TITLE_WIDTH, OUTLET_WIDTH = 44, 24
QUOTE_SHOWN = 60  # characters of a quote repeated in a message
# A dash between words, with or without spaces ("talks—likely", "2018 – 2019").
_DASH_SPACING = re.compile(r"(?<=\w)\s*([-‐‑‒–—―−])\s*(?=\w)")


class CommandRefused(UserError):
    """What the user asked cannot be done; nothing was changed (one line, exit status 2)."""


# -- briefer sources ------------------------------------------------------------------

def csl_item(source: Source) -> dict[str, Any]:
    """A source's metadata as one valid CSL-JSON item, as Zotero reads it."""
    return csl_json(source, unreadable_date="raw")


def _relative_paths(project: Project, source: Source) -> tuple[str, str | None]:
    """The source's text file and its original, as paths inside the project folder."""
    name = source.filename or f"{source.id}.txt"
    if project.read_only:  # a plain folder: the sources sit in it directly
        return name, None
    original = f"{ORIGINALS_DIR}/{source.original}" if source.original else None
    return f"{SOURCES_DIR}/{name}", original


def sources_data(project: Project) -> list[dict[str, Any]]:
    """The sources as stable JSON (documented in the README)."""
    rows = []
    for source in project.sources.values():
        file, original = _relative_paths(project, source)
        rows.append({"id": source.id, "kind": source.kind.value,
                     "title": source.display_title, "file": file, "original": original,
                     "csl": csl_item(source), "missing": source.meta.missing(source.kind)})
    return rows


def bibliography(project: Project) -> str:
    """The project's sources as a CSL-JSON array (what Zotero and pandoc import)."""
    items = [csl_item(s) for s in project.sources.values()]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def run_sources(args: argparse.Namespace, project: Project) -> None:
    """``briefer sources PROJECT [--json | --csl-json [-o FILE] | --remove ID]``."""
    if getattr(args, "remove", None) is not None:
        remove_source(project, args.remove)
        return
    if args.json and args.csl_json:
        raise CommandRefused("--json and --csl-json cannot be used together; choose one")
    if args.output is not None and not args.csl_json:
        raise CommandRefused("-o writes the bibliography: use it with --csl-json")
    if args.csl_json:
        text = bibliography(project)
        if args.output is None:
            sys.stdout.write(text)
        else:
            write_atomic(args.output, text.encode("utf-8"))
            print(f"Wrote {len(project.sources)} CSL-JSON items to {args.output}.")
        return
    if args.json:
        print(json.dumps(sources_data(project), ensure_ascii=False, indent=2))
        return
    _print_table(project)


def remove_source(project: Project, source_id: str) -> None:
    """``--remove ID``: the source, its excerpts and the note blocks quoting them, saved.

    The same edit as the app's Remove Source (``core.source_removal``); the save sets
    the source's files aside in .briefer/removed/ rather than deleting them."""
    if project.read_only:
        raise CommandRefused("{folder} is a plain folder of sources, not a project; nothing "
                             "is removed from it", folder=project.path)
    missing = project.missing.get(source_id)
    if missing is not None:
        raise CommandRefused("source {source} cannot be read now ({reason}); bring its file "
                             "back before removing it", source=source_id,
                             reason=Clause(missing.reason))
    if source_id not in project.sources:
        _source(project, source_id)  # says why (a near id, none such)
    goes = what_goes(project, source_id)
    removal(project, source_id).apply(project)
    save_project(project)
    count = len(goes.excerpts)
    blocks = sum(1 for _ in goes.sections)
    print(f"Removed {source_id} “{shorten(goes.source.display_title, TITLE_WIDTH)}” with "
          f"{count} excerpt{'' if count == 1 else 's'}"
          + (f", quoted in {blocks} note section{'' if blocks == 1 else 's'}" if blocks else "")
          + "; its files are kept in .briefer/removed/.")


def _print_table(project: Project) -> None:
    header = ("ID", "KIND", "TITLE", "OUTLET", "DATE", "MISSING")
    rows = [(s.id, s.kind.value, shorten(s.display_title, TITLE_WIDTH),
             shorten(s.meta.container_title, OUTLET_WIDTH) or "—",
             format_date(s.meta.issued) or "—",
             ", ".join(str(field_label(m)) for m in s.meta.missing(s.kind)) or "—")
            for s in project.sources.values()]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header) - 1)]
    for row in [header, *rows]:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]).rstrip())
    incomplete = sum(1 for s in project.sources.values() if s.meta.missing(s.kind))
    noun = "source" if len(rows) == 1 else "sources"
    print(f"\n{len(rows)} {noun}; {incomplete} lack citation details.")


# -- briefer excerpt --------------------------------------------------------------------

@dataclass(frozen=True)
class Found:
    """Where the quote is in its source, and whether it needed the tolerant match."""

    start: int
    end: int
    tolerant: bool


def find_quote(source: Source, quote: str, occurrence: int | None) -> Found:
    """The one place in ``source`` holding ``quote``, or ``CommandRefused`` saying why not.

    The exact words first; when they are not there, the comparison the app's Find Quote
    makes (white space, line breaks, straight or curly quotes and dashes compared
    loosely), which still selects the source's own characters.
    """
    text = source.text
    spans = _exact_spans(text, quote)
    tolerant = not spans
    nearest = ""
    if tolerant:
        for variant in _dash_spacings(quote):
            matches = locate_quote([source], variant, limit=len(text) + 1)
            spans = [(m.start, m.end) for m in matches if m.exact]
            if spans:
                break
            nearest = nearest or next((text[m.start:m.end] for m in matches), "")
    shown = shorten(quote, QUOTE_SHOWN)
    if not spans:
        if nearest:
            raise CommandRefused("“{quote}” is not found in {source}; the closest passage "
                                 "reads “{near}”", quote=shown, source=source.id,
                                 near=shorten(nearest, QUOTE_SHOWN))
        raise CommandRefused("“{quote}” is not found in {source}", quote=shown,
                             source=source.id)
    if occurrence is None:
        if len(spans) > 1:
            raise CommandRefused("“{quote}” appears {count} times in {source}; give more "
                                 "words or --occurrence N (1–{count})", quote=shown,
                                 count=len(spans), source=source.id)
        occurrence = 1
    if not 1 <= occurrence <= len(spans):
        if len(spans) == 1:
            raise CommandRefused("--occurrence {number} is out of range: “{quote}” appears "
                                 "once in {source}", number=occurrence, quote=shown,
                                 source=source.id)
        raise CommandRefused("--occurrence {number} is out of range: “{quote}” appears "
                             "{count} times in {source} (1–{count})", number=occurrence,
                             quote=shown, count=len(spans), source=source.id)
    start, end = spans[occurrence - 1]
    return Found(start, end, tolerant)


def _dash_spacings(quote: str) -> list[str]:
    """The quote as typed, then with its dashes set close and set apart: "talks - likely"
    finds "talks—likely" and "talks-likely" finds "talks – likely" (the matcher compares
    the dashes and the spaces, not whether there is a space)."""
    variants = [quote, _DASH_SPACING.sub(r"\1", quote), _DASH_SPACING.sub(r" \1 ", quote)]
    return list(dict.fromkeys(variants))


def _exact_spans(text: str, quote: str) -> list[tuple[int, int]]:
    """Every place the exact words are, overlapping ones included (each can be chosen)."""
    spans = []
    at = text.find(quote)
    while at >= 0:
        spans.append((at, at + len(quote)))
        at = text.find(quote, at + 1)
    return spans


def choose_section(project: Project, title: str | None) -> NoteSection:
    """The section named ``title`` (case-insensitively; a section id works too), else the
    first section: the app's "Excerpts go here" mark is not saved with the project."""
    sections = project.note.sections
    if not sections:
        raise CommandRefused("the note has no sections yet; draft it first with: briefer "
                             "draft {project}", project=project.path or project.name)
    if title is None:
        return sections[0]
    wanted = " ".join(title.split()).casefold()
    for section in sections:
        if " ".join(section.title.split()).casefold() == wanted or section.id == title:
            return section
    raise CommandRefused("no section {title!r} in the note; its sections are: {titles}",
                         title=title, titles=Listing((s.title for s in sections), sep="; "))


def _source(project: Project, source_id: str) -> Source:
    source = project.sources.get(source_id)
    if source is not None:
        return source
    missing = project.missing.get(source_id)
    if missing is not None:
        raise CommandRefused("source {source} cannot be read now ({reason}); no excerpt can "
                             "be taken from it", source=source_id, reason=Clause(missing.reason))
    near = [sid for sid in project.sources if sid.startswith(source_id)] if source_id else []
    if 0 < len(near) <= 5:
        raise CommandRefused("no source {source} in this project; did you mean {ids}?",
                             source=source_id, ids=Listing(near, sep=", "))
    raise CommandRefused("no source {source} in this project; list them with: briefer "
                         "sources {project}", source=source_id,
                         project=project.path or project.name)


def run_excerpt(args: argparse.Namespace, project: Project) -> None:
    """``briefer excerpt PROJECT SOURCE_ID --quote TEXT [...]``: quote, place, save."""
    if project.read_only:
        raise CommandRefused("{folder} is a plain folder of sources, not a project; create "
                             "one with: briefer new PROJECT --from {folder}",
                             folder=args.project)
    source = _source(project, args.source_id)
    quote = args.quote.strip()
    if not quote:
        raise CommandRefused("--quote is empty; give the exact words to quote")
    paraphrase = None
    if args.paraphrase is not None:
        paraphrase = args.paraphrase.replace("\r\n", "\n").strip()
        if not paraphrase:
            raise CommandRefused("--paraphrase is empty; give your words for the excerpt, or "
                                 "leave it out to quote")
    section = choose_section(project, args.section)
    found = find_quote(source, quote, args.occurrence)
    excerpt = make_excerpt(source.id, source.text, found.start, found.end)
    edit = edits.add_excerpt(excerpt, section.id, -1,
                             "quote" if paraphrase is None else "paraphrase")
    block_id = next(e.block_id for e in edit.edits if isinstance(e, edits.SetBlock))
    if paraphrase is not None:
        edit.edits.append(edits.SetBlockField(block_id, "paraphrase", paraphrase))
    edit.apply(project)
    save_project(project)
    stored = project.excerpts[excerpt.id]
    start, end = stored.position.start, stored.position.end
    if args.json:
        print(json.dumps({"excerpt_id": excerpt.id, "block_id": block_id,
                          "source_id": source.id, "section": section.title,
                          "section_id": section.id, "start": start, "end": end,
                          "quote": stored.exact, "tolerant": found.tolerant,
                          "mode": "quote" if paraphrase is None else "paraphrase"},
                         ensure_ascii=False, indent=2))
        return
    print(f"Added excerpt {excerpt.id} to “{section.title}”: {source.id} @{start}-{end}")
    if found.tolerant or stored.exact != quote:
        print(f"  quoted as the source writes it: “{shorten(stored.exact, 200)}”")

