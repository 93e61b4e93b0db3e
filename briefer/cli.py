"""The command line: ``briefer [PROJECT]`` opens the app; subcommands work headless.

The GUI and these commands share one core: what the app exports,
``briefer export`` exports identically. Errors are one clear line on stderr
and a non-zero exit status, never a traceback (set BRIEFER_DEBUG=1 for one).
What the commands need is imported at start, except the two heavy parts: Qt,
loaded by the ``gui`` command alone, and python-docx, loaded by the first
export (``briefer.export``); so ``briefer outline`` never loads either.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any
from collections.abc import Callable

import briefer.export
from briefer import __version__
from briefer import cli_import  # `briefer import`, also run without this module
from briefer import cli_db  # the team-server commands (db, push, pull, search on a URL)
from briefer.cli_notes import add_note_option, add_parser as add_notes_parser, pick_note, \
    run_notes
from briefer.cli_exit import guarded
from briefer.cli_search import run as run_search
from briefer.cli_sources import run_excerpt, run_sources
from briefer.core.check import check_project
from briefer.export import page_count
from briefer.export.csl_styles import find_style
from briefer.core.draft import draft_note
from briefer.core.messages import UserError
from briefer.core.outline import KIND_STANCE, OutlineSection, Theme
from briefer.core.project import Project
from briefer.io.project_file import load_project, new_project, save_project
from briefer.io.templates import load_template

EXIT_OK, EXIT_PROBLEMS = 0, 1  # and 2, 3: cli_exit.guarded
COMMANDS = ("new", "import", "sources", "outline", "search", "draft", "excerpt", "check",
            "export", "notes", "gui")


class CliError(UserError):
    """An error to report as one line and exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefer", description="Draft correctly cited briefing notes from news articles "
        "and expert surveys. Without a command, opens the app.")
    parser.add_argument("--version", action="version", version=f"briefer {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    project_help = "a project folder, or a plain folder of sources (e.g. seeds/)"

    p = sub.add_parser("gui", help="open the app (the default)")
    p.add_argument("project", nargs="?", type=Path, help=project_help + " (default: the sample)")

    p = sub.add_parser("new", help="create a project folder")
    p.add_argument("project", type=Path, help="the new project folder")
    p.add_argument("--from", dest="from_dir", type=Path,
                   help="a folder of sources to start from (default: the bundled sample)")

    cli_import.add_parser(sub)

    p = sub.add_parser("sources", help="list the sources and what their citations lack")
    p.add_argument("project", type=Path, help=project_help)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--csl-json", action="store_true",
                   help="the bibliography as CSL-JSON (for Zotero, pandoc)")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="FILE",
                   help="write the --csl-json bibliography to FILE instead of stdout")
    p.add_argument("--remove", metavar="ID", default=None,
                   help="remove a source with its excerpts and the note blocks quoting them "
                   "(saved; its files are kept in .briefer/removed/)")

    p = sub.add_parser("outline", help="questions, responses, key phrases and themes")
    p.add_argument("project", type=Path, help=project_help)
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("search", help="full-text search over the sources")
    p.add_argument("project", type=Path, help=project_help)
    p.add_argument("query", help='words (plurals and other forms match too), "a phrase", '
                   "prefix* (as written), OR, NOT; put -- before a query that starts with '-' "
                   "(briefer search P -- -tariffs)")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("draft", help="draft the note from the outline (saved in the project)")
    p.add_argument("project", type=Path, help=project_help)
    p.add_argument("--template", default=None, help="template name or YAML file")
    p.add_argument("--replace", action="store_true", help="replace a note that is not empty")
    add_note_option(p)

    p = sub.add_parser("excerpt", help="quote a source's exact words in the note (saved)")
    p.add_argument("project", type=Path)
    p.add_argument("source_id", metavar="SOURCE_ID", help="a source id (briefer sources)")
    p.add_argument("--quote", required=True, metavar="TEXT",
                   help="the exact words (spacing, quote marks and dashes may differ)")
    p.add_argument("--section", default=None, metavar="TITLE",
                   help="the note section to add it to (default: the first)")
    p.add_argument("--occurrence", type=int, default=None, metavar="N",
                   help="which one, when the words appear more than once")
    p.add_argument("--paraphrase", default=None, metavar="TEXT",
                   help="show your words instead of the quotation (still cited)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_note_option(p)

    p = sub.add_parser("check", help="are all excerpts anchored and cited sources complete?")
    p.add_argument("project", type=Path, help=project_help)
    p.add_argument("--style", default=None, metavar="NAME|FILE.csl",
                   help="the citation style whose fields a source must have (default: the "
                   "project's)")
    p.add_argument("--pages", action="store_true",
                   help="also lay the note out with LibreOffice and count its pages against "
                   "the template's limit")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_note_option(p)

    p = sub.add_parser("export", help="export the note to Word (.docx)")
    p.add_argument("project", type=Path, help=project_help)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="NOTE.docx")
    p.add_argument("--style", default=None, metavar="NAME|FILE.csl",
                   help="citation style: chicago (notes and bibliography, 18th ed.), apa "
                   "(7th ed.), mcgill, any style of the CSL repository by name (e.g. ieee), "
                   "or a .csl file (default: the project's, else chicago)")
    p.add_argument("--template", type=Path, default=None, metavar="REF.docx",
                   help="reference .docx supplying styles, page setup and letterhead")
    p.add_argument("--force", action="store_true",
                   help="export even if excerpts changed, marking them in the document")
    p.add_argument("--pages", action="store_true",
                   help="also lay the note out with LibreOffice and warn when it runs past its "
                   "template's page limit")
    add_note_option(p)

    add_notes_parser(sub, project_help)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if cli_db.wants(argv):
        return cli_db.main(argv, main)
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        argv.insert(0, "gui")
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = HANDLERS[args.command or "gui"]
    return guarded(lambda: handler(args))


def gui_main() -> int:
    """Entry point of the ``briefer-gui`` launcher."""
    return main(["gui", *sys.argv[1:]])


# -- commands ----------------------------------------------------------------

def _load(path: Path, *, outline: bool = True, note: str | None = None) -> Project:
    project = load_project(path, outline=outline)
    for warning in project.warnings:
        print(f"briefer: warning: {warning}", file=sys.stderr)
    pick_note(project, note)  # --note NAME: the note the command acts on
    return project


def cmd_gui(args: argparse.Namespace) -> int:
    # The one place PySide6 is loaded: the other commands never pay for Qt.
    from briefer.gui.app import run

    return run(args.project)


def cmd_new(args: argparse.Namespace) -> int:
    project = new_project(args.project, args.from_dir)
    for warning in project.warnings:
        print(f"briefer: warning: {warning}", file=sys.stderr)
    print(f"Created project {args.project} with {len(project.sources)} sources.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    return cli_import.run(args)  # briefer/cli_import.py, which the `briefer` command runs directly


def cmd_sources(args: argparse.Namespace) -> int:
    run_sources(args, _load(args.project, outline=False))  # the outline is not shown
    return EXIT_OK


def cmd_notes(args: argparse.Namespace) -> int:
    run_notes(args, _load(args.project, outline=False))
    return EXIT_OK


def cmd_excerpt(args: argparse.Namespace) -> int:
    # saves the outline as it was
    run_excerpt(args, _load(args.project, outline=False, note=args.note))
    return EXIT_OK


def outline_data(project: Project) -> dict[str, Any]:
    """The outline as stable JSON (documented in the README)."""
    surveys = []
    for survey in project.surveys():
        source = project.sources[survey.source_id]
        surveys.append({
            "source": survey.source_id, "title": source.meta.title or survey.title,
            "questions": [{
                "id": q.id, "text": q.text, "span": [q.start, q.end],
                "responses": [{
                    "id": r.id, "number": r.number, "text": r.text, "span": [r.start, r.end],
                    "no_answer": r.no_answer,
                    "key_phrases": [{"text": k.text, "span": [k.start, k.end]}
                                    for k in r.key_phrases],
                } for r in q.responses],
            } for q in survey.questions],
        })
    sections = [section_data(project, s) for s in project.outline.sections]
    return {"project": project.name, "surveys": surveys, "outline": sections}


def _theme_data(theme: Theme, total: int) -> dict[str, Any]:
    return {"id": theme.id, "label": theme.label, "count": len(theme.response_ids),
            "count_label": theme.count_label(total), "responses": list(theme.response_ids),
            "disagree": list(theme.disagree_ids), "origin": theme.origin, "kind": theme.kind,
            "part": theme.part, "agreement": theme.agreement(total), "note": theme.note}


def section_data(project: Project, section: OutlineSection) -> dict[str, Any]:
    """One outline section as JSON: its tally lines, its themes (ideas shared by two
    answers or more, and tally lines held by two or more) and its single views."""
    survey = project.survey(section.survey_id)
    question = survey.question(section.question_id) if survey else None
    answered = [r.id for r in question.answered] if question else []
    themed = section.themed_ids()
    parts = sorted({t.part for t in section.tally()})
    return {
        "id": section.id, "survey": section.survey_id, "question": section.question_id,
        "label": section.label, "total": section.total, "note": section.note,
        "parts": list(section.parts),
        "tally": [_theme_data(t, section.total) for t in section.tally()],
        "tally_text": [section.tally_text(p) for p in parts],
        "split": [section.split(p) for p in parts],
        "themes": [_theme_data(t, section.total) for t in section.themes
                   if t.kind != KIND_STANCE or len(t.response_ids) >= 2 or t.origin == "user"],
        "singles": [r for r in answered if r not in themed],
    }


def cmd_outline(args: argparse.Namespace) -> int:
    project = _load(args.project)
    data = outline_data(project)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not data["surveys"]:
        print("No survey in this project: the outline is empty.")
    questions = {(s["source"], q["id"]): q for s in data["surveys"] for q in s["questions"]}
    for section in data["outline"]:
        question = questions.get((section["survey"], section["question"]))
        print(f"{section['label']}")
        if question:
            print(f"  Q: {question['text']}")
        parts = sorted({t["part"] for t in section["tally"]})
        for part, text, split in zip(parts, section["tally_text"], section["split"], strict=True):
            asked = section["parts"][part] if part and part < len(section["parts"]) else ""
            print(f"  Tally{' (' + asked + ')' if asked else ''}: {text}"
                  f"{' — split' if split else ''}")
        numbers = {r["id"]: str(r["number"]) for r in question["responses"]} if question else {}
        for theme in section["themes"]:
            listed = ", ".join(numbers.get(r, r) for r in theme["responses"])
            against = ", ".join(numbers.get(r, r) for r in theme["disagree"])
            print(f"  - {theme['label']} ({theme['count_label']}: {listed}"
                  f"{'; disagree: ' + against if against else ''})"
                  f"{' — consensus' if theme['agreement'] else ''}")
        if section["singles"]:
            print(f"  Single views: {', '.join(numbers.get(r, r) for r in section['singles'])}")
        if question:
            for response in question["responses"]:
                phrases = "; ".join(k["text"] for k in response["key_phrases"])
                mark = " (no answer)" if response["no_answer"] else ""
                print(f"    {response['number']}. {_clip(response['text'], 90)}{mark}")
                if phrases:
                    print(f"       key phrases: {phrases}")
        print()
    return EXIT_OK


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_search(args: argparse.Namespace) -> int:
    return run_search(args)  # from the index when it is current (briefer/cli_search.py)


def cmd_draft(args: argparse.Namespace) -> int:
    project = _load(args.project, note=args.note)
    if not project.note.is_empty() and not args.replace:
        raise CliError("the note already has content; add --replace to overwrite it with "
                       "a fresh draft")
    template = load_template(args.template or project.note.template or "briefing-note")
    note = draft_note(project, template)  # keeps the note's metadata, as the app's draft does
    project.note = note
    blocks = sum(len(s.blocks) for s in note.sections)
    if project.read_only:
        print(f"Drafted {blocks} blocks from the outline. {args.project} is a plain folder of "
              "sources, so nothing was saved; create a project with `briefer new` to keep it.")
    else:
        save_project(project)
        print(f"Drafted {blocks} blocks from the outline into {args.project}.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    project = _load(args.project, note=args.note)
    style = find_style(args.style or project.citation_style)
    problems = check_project(project, style.fields)
    pages = page_count.count_pages(project, style.name) if args.pages else None
    over = pages is not None and pages.over
    if args.json:
        print(json.dumps({"ok": not problems and not over, **_pages_json(pages), "problems": [
            {"kind": p.kind, "message": str(p.message), "source": p.source_id,
             "excerpt": p.excerpt_id, "fields": list(p.missing),
             "blocks_export": p.blocks_export,
             "blocks": list(p.block_ids)} for p in problems]}, ensure_ascii=False, indent=2))
    elif problems:
        many = len(problems) != 1
        print(f"{len(problems)} problem{'s' if many else ''} to fix before citing:")
        for problem in problems:
            stops = " (stops the export)" if problem.blocks_export else ""
            print(f"- [{problem.kind}] {problem.message}{stops}")
    else:
        count = len(project.excerpts)
        print(f"OK: {count} excerpt{'' if count == 1 else 's'} anchored; cited sources "
              "complete.")
    if pages is not None and not args.json:
        print(_pages_line(pages))
    return EXIT_PROBLEMS if problems or over else EXIT_OK


def _pages_json(pages: page_count.PageCount | None) -> dict[str, Any]:
    """``check --pages --json``'s count: every page, the body's, the template's limit."""
    if pages is None:
        return {}
    return {"pages": {"total": pages.pages, "body": pages.body_pages, "limit": pages.limit}}


def _pages_line(pages: page_count.PageCount) -> str:
    """``check --pages``: the body's pages (the list of sources apart), or the warning."""
    warning = pages.warning()
    if warning is not None:
        return f"warning: {warning}"
    text = f"The note takes {pages.body_pages} page{'s' if pages.body_pages > 1 else ''}"
    if pages.pages > pages.body_pages:
        text += f" ({pages.pages} with its list of sources)"
    if pages.limit is not None:
        text += f"; its template allows {pages.limit}"
    return text + "."


def cmd_export(args: argparse.Namespace) -> int:
    project = _load(args.project, note=args.note)
    if project.note.is_empty():
        # a plain folder (or an untouched project) exports its automatic draft
        draft_note(project, load_template(project.note.template or "briefing-note"))
    style = find_style(args.style or project.citation_style)
    problems = check_project(project, style.fields)
    for problem in problems:  # those that stop the export are listed by its error
        if not problem.blocks_export:
            what = {"metadata": "citation incomplete", "marking": "note marking",
                    "uncited": "uncited words"}.get(
                problem.kind, "excerpt changed")
            where = f" [{problem.source_id}]" if problem.source_id else ""
            print(f"briefer: warning: {what}: {problem.message}{where}", file=sys.stderr)
    # python-docx and lxml load here, on the first export (``briefer.export.__getattr__``)
    report = briefer.export.export_docx(
        project, args.output, style=style.name,
        reference_docx=args.template, force=args.force, problems=problems)
    if args.pages:  # LibreOffice takes a second or more: only when asked
        report.warnings.extend(page_count.export_warnings(project, args.output,
                                                          bool(report.sources), style.name))
    for warning in report.warnings:
        print(f"briefer: warning: {warning}", file=sys.stderr)
    notes = report.footnotes
    print(f"Exported {args.output} ({notes} footnote{'' if notes == 1 else 's'}).")
    return EXIT_OK


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": cmd_gui, "new": cmd_new, "import": cmd_import, "outline": cmd_outline,
    "search": cmd_search, "draft": cmd_draft, "check": cmd_check, "export": cmd_export,
    "sources": cmd_sources, "excerpt": cmd_excerpt, "notes": cmd_notes,
}
