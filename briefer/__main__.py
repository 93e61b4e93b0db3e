"""``python -m briefer``: the same front door as the ``briefer`` command (``launch``)."""

from briefer.launch import main  # the app at once; commands to the command line

if __name__ == "__main__":  # not when an import's worker process loads this module
    raise SystemExit(main())
