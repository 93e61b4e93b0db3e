"""The plain-Python heart of Briefer: no Qt, no file or network I/O of its own.

Everything here can be built and tested without a display; the GUI, the CLI
and the exporter are thin faces over these objects.
"""
