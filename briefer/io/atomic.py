"""Writing a file so that it holds either its old or its new content, never half.

The one atomic writer of project files (project.yaml, sidecars, recovery
copies): a temporary file beside the target, written and flushed to the disk,
then renamed over it; with the permissions the user's files get (``mkstemp``
would make them private), and a failure message that names its real cause.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from pathlib import Path


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# Read once, at import, while no other thread can be creating files.
_UMASK = _read_umask()


class ProjectError(Exception):
    """A project that cannot be opened or saved; the message is fit for a user."""


def write_atomic(path: Path, data: bytes, backup: bool = False) -> None:
    """Write ``data`` so that ``path`` holds either the old or the new content, never half.

    With ``backup`` the previous content is kept as ``<name>.bak``.
    """
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise ProjectError(_cannot_write(path.parent, exc)) from exc
    try:
        # mkstemp makes the file private; give it the mode the user's files get
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o666 & ~_UMASK
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if backup and path.exists():
            bak = path.with_name(path.name + ".bak")
            shutil.copy2(path, tmp + ".bak")
            os.replace(tmp + ".bak", bak)
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except OSError as exc:
        raise ProjectError(_cannot_write(path, exc)) from exc
    finally:
        for leftover in (tmp, tmp + ".bak"):
            if os.path.exists(leftover):
                os.unlink(leftover)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _cannot_write(path: Path, exc: OSError) -> str:
    """One message naming the real cause: a full disk, a read-only drive, permissions."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return (f"Cannot write {path}: the disk is full (or your quota is used up). Nothing "
                "was changed there; free some space, or save to another drive.")
    if exc.errno == errno.EROFS:
        return (f"Cannot write {path}: that drive is read-only. Nothing was changed there; "
                "save to another folder with Save As.")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return (f"Cannot write {path}: permission denied. Nothing was changed there; save "
                "to another folder, or ask for write access to this one.")
    reason = exc.strerror or str(exc)
    return (f"Cannot write {path}: {reason}. That file was left as it was; "
            "save to another folder or check its permissions.")
