"""The names and sizes a project's files must have, in one place, standard library only.

``io.sources``, ``io.paths`` and ``io.project_yaml`` apply these rules when a
project is read; ``io.quick_list`` applies them too before the window's first
paint, where those modules (PyYAML, the core) cannot be loaded yet. Each rule is
written here once, so that the first paint's list and the project as read never
disagree on which files are sources.
"""

from __future__ import annotations

import re

FORMAT_NAME = "briefer-project"  # project.yaml's ``format``
TEXT_SUFFIXES = (".txt", ".md", ".markdown")  # a source's text file
MAX_SOURCE_BYTES = 20 * 1024 * 1024  # larger than any article or survey we expect
# the openings of files that are not text whatever their name says
BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\xd0\xcf\x11\xe0")
SAFE_ID = re.compile(r"^[\w][\w.+-]{0,199}$")  # a source id usable as a file name stem
