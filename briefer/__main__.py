"""``python -m briefer``: the same front door as the ``briefer`` command."""

from briefer.cli_search import main  # a search skips importing the rest of the CLI

if __name__ == "__main__":  # not when an import's worker process loads this module
    raise SystemExit(main())
