"""Writing a file so that it holds either its old or its new content, never half.

The one atomic writer of Briefer's files — project.yaml, sidecars, imported
sources, recovery copies, the exported .docx, caches: a temporary file beside
the target, written and flushed to the disk, then renamed over it, and the
folder flushed too; with the permissions the file had, else those the umask
gives (``mkstemp`` would make them private); and a failure message that names
its real cause. The importer stages several files with ``temp_beside`` and
renames them together.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from pathlib import Path

from briefer.core.messages import Message, UserError


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# Read once, at import, while no other thread can be creating files.
_UMASK = _read_umask()


class ProjectError(UserError):
    """A project that cannot be opened or saved; the message is fit for a user."""


def temp_beside(path: Path, error: type[UserError] = ProjectError) -> Path:
    """A new, empty temporary file beside ``path`` (same folder, so the final rename is
    atomic), named ``.<name>.<pid>-<random>.tmp`` so that one left by a killed process
    can be told from one in use (``journal.remove_stale``), with the mode ``path`` has,
    else the one the umask gives (``mkstemp`` alone would make it private)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.{os.getpid()}-",
                                   suffix=".tmp")
    except OSError as exc:
        raise error(_cannot_write(folder, exc)) from exc
    os.close(fd)
    try:
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o666 & ~_UMASK
        os.chmod(tmp, mode)
    except OSError:
        pass  # the folder's default is kept
    return Path(tmp)


def write_atomic(path: Path, data: bytes, backup: bool = False,
                 error: type[UserError] = ProjectError, durable: bool = True) -> None:
    """Write ``data`` so that ``path`` holds either the old or the new content, never half.

    With ``backup`` the previous content is kept as ``<name>.bak``. ``error`` is the
    error raised (with one message naming the cause) when the disk refuses; ``durable``
    False skips the flushes to disk, for caches that may be lost.
    """
    path = Path(path)
    tmp = temp_beside(path, error)
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        if backup and path.exists():
            bak = path.with_name(path.name + ".bak")
            shutil.copy2(path, f"{tmp}.bak")
            os.replace(f"{tmp}.bak", bak)
        os.replace(tmp, path)
        if durable:
            fsync_dir(path.parent)
    except OSError as exc:
        raise error(_cannot_write(path, exc)) from exc
    finally:
        for leftover in (str(tmp), f"{tmp}.bak"):
            if os.path.exists(leftover):
                os.unlink(leftover)


def fsync_dir(folder: Path) -> None:
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


def _cannot_write(path: Path, exc: OSError) -> Message:
    """One message naming the real cause: a full disk, a read-only drive, permissions."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return Message("Cannot write {path}: the disk is full (or your quota is used up). "
                       "Nothing was changed there; free some space, or save to another drive.",
                       path=path)
    if exc.errno == errno.EROFS:
        return Message("Cannot write {path}: that drive is read-only. Nothing was changed "
                       "there; save to another folder with Save As.", path=path)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Message("Cannot write {path}: permission denied. Nothing was changed there; "
                       "save to another folder, or ask for write access to this one.",
                       path=path)
    return Message("Cannot write {path}: {reason}. That file was left as it was; save to "
                   "another folder or check its permissions.", path=path,
                   reason=exc.strerror or str(exc))
