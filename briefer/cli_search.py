"""``briefer search``: answered from the search index, without opening the project.

Opening a project reads every source and sidecar (and used to build the survey
outline): at 10,000 articles that was a second before a search taking a few
milliseconds. When the index is known to be current (``briefer.index.fresh``)
the search reads nothing but the index and the files of the hits it shows;
otherwise the project is loaded (without its outline, which a search does not
show), the index brought up to date and vouched for, and the search runs as
before. Either way the output is the same.

``main`` is the ``briefer`` command's entry point: a ``search`` is answered
here without importing the rest of the command line (python-docx, the outline
engine, the anchoring code: a tenth of a second of imports); everything else,
and any ``search`` this parser does not accept as written (``--help``, a
mistake), goes to ``briefer.cli`` untouched, so its help and errors stay its
own.
"""

from __future__ import annotations

import gc
import json
import sys
from pathlib import Path
from types import SimpleNamespace

from briefer.core.messages import Message, UserError
from briefer.index import AMONG, PARTIAL, Results, SearchIndex
from briefer.index.fresh import (file_stamps, folder_stamp, may_vouch, open_vouched, unchanged,
                                  vouch)

from briefer.cli_exit import EXIT_ERROR as EXIT_ERROR
from briefer.cli_exit import EXIT_INTERNAL as EXIT_INTERNAL
from briefer.cli_exit import EXIT_OK, guarded, run_import

TYPE_CHECKING = False  # as typing's: a search starts without importing typing
if TYPE_CHECKING:  # parsing a plain search needs no argparse (``_plain``)
    import argparse
    from typing import NoReturn

    from briefer.core.source import Source


class _NotHere(Exception):
    """The arguments are not a plain ``search``: ``briefer.cli`` takes them."""


def _parser() -> argparse.ArgumentParser:
    """The ``search`` arguments as ``briefer.cli`` defines them (parsing only: help and
    errors are ``briefer.cli``'s)."""
    import argparse

    class _QuietParser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            raise _NotHere(message)

    parser = _QuietParser(prog="briefer search", add_help=False)
    parser.add_argument("project", type=Path)
    parser.add_argument("query")
    parser.add_argument("--limit", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    return parser


def main(argv: list[str] | None = None) -> int:
    """The ``briefer`` command: a search here, anything else in ``briefer.cli``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    args: argparse.Namespace | SimpleNamespace | None = None
    if argv[:1] == ["search"] and "://" not in "".join(argv[1:2]) \
            and not {"-h", "--help"} & set(argv[1:argv.index("--") if "--" in argv else None]):
        args = _plain(argv[1:])
        try:
            args = args or _parser().parse_args(argv[1:])
        except _NotHere:
            args = None
    if argv[:1] == ["import"]:  # files into a project: without the rest of the CLI either
        status = run_import(argv)
        if status is not None:
            return status
    if args is None:
        from briefer.cli import main as cli_main

        return cli_main(argv)
    status = guarded(lambda: run(args))
    if argv == sys.argv[1:]:  # the process ends with the search (not a caller's own)
        # its objects need no last collection at exit (as ``run_import``): 5 ms of 40
        gc.freeze()
    return status


def _plain(words: list[str]) -> SimpleNamespace | None:
    """The arguments of a search written plainly — the folder and the query, ``--json``,
    ``--limit`` and its digits, ``--`` once — read as ``_parser`` reads them but without
    argparse (its import and parser were 2 ms of the command); None for anything else,
    which ``_parser`` reads."""
    found: list[str] = []
    limit, as_json, options, seen = 10, False, True, set()
    words = list(words)
    while words:
        word = words.pop(0)
        if word == "--":
            if not options:
                return None
            options = False
        elif options and word.startswith("-"):
            if word in seen:
                return None
            seen.add(word)
            if word == "--json":
                as_json = True
            elif word == "--limit" and words and words[0].isascii() and words[0].isdigit():
                limit = int(words.pop(0))
            else:
                return None
        else:
            found.append(word)
    if len(found) != 2:
        return None
    return SimpleNamespace(project=Path(found[0]), query=found[1], limit=limit, json=as_json)


def run(args: argparse.Namespace | SimpleNamespace) -> int:
    """``briefer search PROJECT QUERY [--limit N] [--json]``."""
    if args.limit < 1:
        raise UserError("--limit must be at least 1")
    folder = Path(args.project)
    if folder.is_file() and folder.name == "project.yaml":
        folder = folder.parent
    answer = _from_index(folder, args.query, args.limit)
    if answer is None:
        answer = _after_loading(folder, args.query, args.limit)
    warnings, hits, fts5 = answer
    for warning in warnings:
        print(f"briefer: warning: {warning}", file=sys.stderr)
    show(args, hits, fts5)
    return EXIT_OK


def _from_index(folder: Path, query: str, limit: int
                ) -> tuple[list[str], Results, bool] | None:
    """The answer from an index vouched for at the folder's present state, else None."""
    found = open_vouched(folder)
    if found is None:
        return None
    index, warnings = found
    with index:
        hits = index.search(query, limit=limit)
        if not unchanged(index, folder, (h.source_id for h in hits)):
            return None
    return warnings, hits, True


def _after_loading(folder: Path, query: str, limit: int) -> tuple[list[str], Results, bool]:
    """Load the project, bring its index up to date (vouching for it), then search.

    A project never searched before is read and indexed whole first: seconds at 10,000
    sources (3 s reading, 5 s indexing here), said on stderr as ``briefer import`` says
    its progress when stderr is a terminal ("[4250/10001] sources indexed"), and not at
    all for a script or a pipe, whose stderr and stdout are as they were."""
    from briefer.core.progress import terminal_progress
    from briefer.io.project_file import load_project  # the whole core: only when needed

    shown = terminal_progress()
    read = [0, 0]  # sources read, sources listed

    def reading(sources: list[Source], listed: int) -> None:
        read[0] += len(sources)
        read[1] = listed
        shown(read[0], listed, "sources read")

    stamp = folder_stamp(folder) if folder.is_dir() else None
    before = file_stamps(folder) if stamp is not None else {}
    project = load_project(folder, outline=False, on_read=reading)  # a search shows no outline
    if 0 < read[0] < read[1]:  # some were missing (warned about below): the line ends
        shown(read[0], read[0], "sources read")
    warnings = [str(w) for w in project.warnings]
    with SearchIndex.for_project(project) as index:
        index.update(project.sources.values(),
                     progress=lambda done, total, _what: shown(done, total, "sources indexed"))
        if may_vouch(index, project, stamp):
            assert stamp is not None
            vouch(index, stamp, warnings,
                  {s.id: s.filename for s in project.sources.values() if s.filename}, before)
        hits = index.search(query, limit=limit)
        fts5 = index.fts5_available
    return warnings, hits, fts5


def show(args: argparse.Namespace | SimpleNamespace, hits: Results,
         fts5: bool | None) -> None:
    """Print the hits as text or JSON (the format tests/cli pins); ``fts5``: None for a
    server's search, whose JSON has no such field."""
    if args.json:
        kind = {} if fts5 is None else {"fts5": fts5}
        print(json.dumps({"query": args.query, **kind, "partial": hits.partial,
                          "ranked_among": hits.among,
                          "suggestions": hits.suggestions, "hits": [
            {"source": h.source_id, "title": h.title, "start": h.start, "end": h.end,
             "snippet": h.snippet, "score": round(h.score, 4)} for h in hits]},
            ensure_ascii=False, indent=2))
        return
    if fts5 is False:
        print("briefer: warning: SQLite FTS5 is not available; searched by scanning "
              "(slower)", file=sys.stderr)
    if not hits:
        print(f"No match for {args.query!r}.")
    if (suggestion := hits.did_you_mean(args.query)) is not None:
        print(suggestion.text())
    if hits.partial:
        print(PARTIAL.text())
    if hits.among:
        print(Message(AMONG, count=hits.among).text())
    for rank, hit in enumerate(hits, 1):
        print(f"{rank}. {hit.title} [{hit.source_id}] @{hit.start}-{hit.end}")
        print(f"   {hit.snippet}")
