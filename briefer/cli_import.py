"""``briefer import PROJECT FILE_OR_DIR…``: files into a project, without the rest of the CLI.

An import reads the project (without its outline, which it neither shows nor changes),
extracts each file's text and writes it in. The rest of the command line (the export's
python-docx, the outline engine, note editing, the search index) is no part of that,
and importing ``briefer.cli`` took a tenth of a second, as long as the extraction of
two dozen articles. ``briefer.cli_search.main`` (the ``briefer`` command) therefore
hands an ``import`` here directly, as it answers a ``search`` itself; ``briefer.cli``
defines the command's arguments through ``add_parser`` and runs it through ``run``, so
its help, its errors and what it does are the same either way. Arguments this parser
does not accept as written (``--help``, a mistake) go to ``briefer.cli`` untouched.

Before it loads the project machinery (another tenth of a second), ``run`` starts a
reader of the heavy files in a second process (``briefer.io.early_reading``), so on a
machine with two cores the files are read while the importer loads, not after.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, NoReturn

from briefer.core.messages import UserError
from briefer.core.progress import terminal_progress
from briefer.io.early_reading import EarlyReads

EXIT_OK, EXIT_PROBLEMS = 0, 1


class _NotHere(Exception):
    """The arguments are not a plain ``import``: ``briefer.cli`` takes them."""


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotHere(message)


def add_parser(sub: Any) -> argparse.ArgumentParser:
    """The ``import`` command's arguments, added to ``briefer``'s subcommands ``sub``."""
    p: argparse.ArgumentParser = sub.add_parser(
        "import", help="import source files or folders into a project")
    _arguments(p)
    return p


def _arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", type=Path)
    p.add_argument("files", nargs="+", type=Path, metavar="FILE_OR_DIR")
    p.add_argument("--encoding", metavar="NAME",
                   help="encoding of .txt/.md/.html files that are not UTF-8 (e.g. cp1252)")


def parse(argv: list[str]) -> argparse.Namespace | None:
    """``briefer import …``'s arguments, or None when ``briefer.cli`` should parse them
    (help asked for, a mistake, a team-server URL)."""
    if argv[:1] != ["import"] or "://" in "".join(argv[1:2]) or \
            {"-h", "--help"} & set(argv[1:argv.index("--") if "--" in argv else None]):
        return None
    parser = _QuietParser(prog="briefer import", add_help=False)
    _arguments(parser)
    try:
        return parser.parse_args(argv[1:])
    except _NotHere:
        return None


def run(args: argparse.Namespace) -> int:
    """Import ``args.files`` into ``args.project`` and report, as ``briefer import`` does."""
    early = EarlyReads.start(args.files, args.project, args.encoding)  # before the loading
    try:
        return _import(args, early)
    finally:
        if early is not None:
            early.close()


def _import(args: argparse.Namespace, early: EarlyReads | None) -> int:
    # the project machinery loads here, while the early reader reads the files
    from briefer.io.importing import import_and_save
    from briefer.io.project_file import ProjectError, load_project

    project = load_project(args.project, outline=False)  # not shown; saved as it was
    for warning in project.warnings:
        print(f"briefer: warning: {warning}", file=sys.stderr)
    if project.read_only:
        raise UserError("{folder} is a plain folder of sources, not a project; create one "
                        "with: briefer new PROJECT --from {folder}", folder=args.project)
    try:
        report = import_and_save(project, list(args.files), progress=terminal_progress(),
                                 encoding=args.encoding, early=early)
    except ProjectError as exc:
        raise UserError("{error} Nothing was imported.", error=exc) from exc
    first, *details = str(report.summary()).splitlines()  # the command line is English
    print(first)
    for line in details:
        print(f"briefer: {line}", file=sys.stderr)
    return EXIT_PROBLEMS if report.refused and not report.changed else EXIT_OK
