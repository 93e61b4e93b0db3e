"""How every ``briefer`` command ends: its exit status and its one line on stderr.

Its own module so that a command that needs neither the search index nor the rest
of the command line (``briefer import``, started by ``launch``) ends the same way
without importing them.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable

from briefer.core.messages import UserError

EXIT_OK, EXIT_ERROR, EXIT_INTERNAL = 0, 2, 3


def guarded(command: Callable[[], int]) -> int:
    """Run a command as every command runs: a user's error is one line on stderr and exit
    status 2, never a traceback (BRIEFER_DEBUG=1 shows one); Ctrl+C is 130; a reader
    that closed the pipe (`briefer outline P | head`) is not an error."""
    try:
        return command()
    except KeyboardInterrupt:
        print("briefer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except UserError as exc:
        print(f"briefer: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:
        if os.environ.get("BRIEFER_DEBUG"):
            raise
        print(f"briefer: unexpected error: {type(exc).__name__}: {exc} "
              "(run with BRIEFER_DEBUG=1 for details)", file=sys.stderr)
        return EXIT_INTERNAL


def run_import(argv: list[str]) -> int | None:
    """``briefer import …`` run without the rest of the command line (its status), or
    None when the arguments are not a plain import (``briefer.cli`` then takes them,
    with its help and errors)."""
    from briefer import cli_import  # the project loader and importer: only for an import

    import_args = cli_import.parse(argv)
    if import_args is None:
        return None
    status = guarded(lambda: cli_import.run(import_args))
    # the process ends with the import: its objects need no last collection, which walked
    # all of them (the project machinery's) for 10 ms at exit
    gc.freeze()
    return status
