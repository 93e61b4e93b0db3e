"""The ``briefer`` command's front door: the app without the command line, the rest to it.

Opening the app is what ``briefer`` does most (no arguments, or a project
folder), and it is the start a user waits for: importing the command line
(argparse's parser of every command, the exporter, the outline engine, the
search index) took 140 ms before the window could start. So ``main`` looks
at the arguments first: when they only name the app and perhaps a folder, the
app starts at once (``briefer.gui.app``, which paints its window before it
imports the rest of itself); anything else — a command, an option, ``--help``,
a ``postgresql://`` URL — goes to ``briefer.cli_search.main`` untouched, which
answers a search itself and hands the rest to ``briefer.cli``, so help, errors
and every command stay theirs.
"""

from __future__ import annotations

import sys
from pathlib import Path

# The command names ``briefer.cli`` accepts: a first argument among them is a command,
# never a folder to open (kept in step by tests/test_launch.py).
COMMANDS = frozenset({"new", "import", "sources", "outline", "search", "draft", "excerpt",
                      "check", "export", "notes", "gui", "db", "push", "pull"})


def app_target(argv: list[str]) -> tuple[bool, Path | None]:
    """(whether ``argv`` only asks for the app, the folder it names if any).

    ``[]``, ``[FOLDER]``, ``["gui"]`` and ``["gui", FOLDER]`` ask for the app; a
    folder that starts with ``-`` or holds ``://`` (a team server's URL) is left to
    the command line, which knows what to make of it."""
    args = argv[1:] if argv[:1] == ["gui"] else argv
    if argv[:1] != ["gui"] and args and args[0] in COMMANDS:
        return False, None
    if not args:
        return True, None
    if len(args) == 1 and args[0] and not args[0].startswith("-") and "://" not in args[0]:
        return True, Path(args[0])
    return False, None


def main(argv: list[str] | None = None) -> int:
    """Run ``briefer ARGS``: the app straight away, or the command line."""
    argv = list(sys.argv[1:] if argv is None else argv)
    wanted, folder = app_target(argv)
    if wanted:
        from briefer.gui.app import run

        return run(folder)
    if argv[:1] == ["import"]:  # nor the search index: an import ends as any command
        from briefer.cli_exit import run_import

        status = run_import(argv)
        if status is not None:
            return status
    from briefer.cli_search import main as cli_main

    return cli_main(argv)


def gui_main() -> int:
    """Entry point of the ``briefer-gui`` launcher: the app, whatever else is asked."""
    return main(["gui", *sys.argv[1:]])
