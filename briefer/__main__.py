"""``python -m briefer``: the same front door as the ``briefer`` command."""

from briefer.cli_search import main  # a search skips importing the rest of the CLI

raise SystemExit(main())
