"""Every path a project file names stays inside the project folder.

project.yaml is a text file a colleague may edit, or a stranger may craft.
It names files (``sources[].file``, ``sources[].original``) and ids that
become file names on import. Each must be a plain file name: no folder
part, no ``..``, not absolute; and the file it names, followed through any
symbolic link, must still lie in its folder. Anything else is refused with
one message, and nothing outside the folder is read or written.
"""

from __future__ import annotations

import os
from pathlib import Path

from briefer.core.messages import Message, UserError
from briefer.io.file_rules import SAFE_ID



class UnsafePath(UserError, ValueError):
    """A name from a project file that would reach outside the project folder."""


def plain_name(name: str, what: str | Message) -> str:
    """``name`` if it is a plain file name (see module notes), else UnsafePath."""
    if not name or "\0" in name or name in (".", "..") or os.path.isabs(name) \
            or "/" in name or "\\" in name or (os.altsep and os.altsep in name) \
            or Path(name).name != name or name.startswith("~"):
        raise UnsafePath("{what} {name!r} is not a plain file name inside the project "
                         "folder; it was refused", what=what, name=name)
    return name


def inside(folder: Path, name: str, what: str | Message) -> Path:
    """``folder / name`` once ``name`` is a plain file name that, resolved, stays in
    ``folder`` (a symbolic link leading elsewhere is refused)."""
    path = folder / plain_name(name, what)
    # A plain name can lead out of its folder only as a symbolic link: only then is
    # anything resolved (one lstat per file otherwise: 10,000 sources open quickly).
    if path.is_symlink():
        real, base = path.resolve(), folder.resolve()
        if base not in real.parents:
            raise UnsafePath("{what} {name!r} leads outside the project folder "
                             "(to {real}); it was refused", what=what, name=name, real=real)
    return path


def safe_id(source_id: str) -> str:
    """A source id usable as a file name stem, else UnsafePath."""
    if not SAFE_ID.match(source_id) or ".." in source_id:
        raise UnsafePath("source id {id!r} cannot name a file inside the project "
                         "folder; it was refused", id=source_id)
    return source_id
