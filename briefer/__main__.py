"""``python -m briefer``: the same front door as the ``briefer`` command."""

from briefer.cli import main

raise SystemExit(main())
