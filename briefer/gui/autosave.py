"""A recovery copy of unsaved work, written in the background while the user works.

Each window keeps its own copy (two windows on one project never delete each
other's), named for its machine, process and window:
``<project>/.briefer/recovery-<host>-<pid>-<window>.yaml`` (read-only folders
and unsaved projects keep it in the user's application data folder). The
copy holds the project as the window has it, and what project.yaml held when
the window read it, so a restored copy is *merged* with what was saved since,
never laid over it. It is written at most ``MAX_WAIT_MS`` after a change,
even while the user types on. After a crash, opening the project finds the
copies whose window is gone and offers to restore the newest, with both
times shown.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import socket
import tempfile
import time
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal

from briefer.core.messages import Listing, Message, UserError
from briefer.core.project import Project
from briefer.core.source import SourceMeta
from briefer.gui.session import ProjectSession
from briefer.gui.workers import Task, TaskRunner
from briefer.io.atomic import ProjectError, write_atomic
from briefer.io.journal import pid_alive
from briefer.io.project_file import load_project
from briefer.io.project_yaml import PROJECT_FILE, SOURCES_DIR, project_to_dict
from briefer.io.yamlutil import dump_yaml, parse_yaml

log = logging.getLogger(__name__)
RECOVERY_PREFIX = "recovery-"
MAX_WAIT_MS = 5000
FORMAT = "briefer-recovery"
_LIVE: set[str] = set()  # the windows of this process that are open (their tokens)


def _host() -> str:
    return socket.gethostname().replace("-", "_") or "host"


def _folder(project: Project) -> tuple[Path, str]:
    """The folder of ``project``'s recovery copies, and the prefix that marks them."""
    if project.path and not project.read_only and os.access(Path(project.path), os.W_OK):
        return Path(project.path) / ".briefer", RECOVERY_PREFIX
    base = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation)) / "recovery"
    key = str(Path(project.path).resolve()) if project.path else "untitled"
    return base, f"{hashlib.sha1(key.encode()).hexdigest()[:16]}-{RECOVERY_PREFIX}"


def recovery_path(project: Project, token: str) -> Path:
    """Where this window (``token``) keeps the recovery copy of ``project``."""
    folder, prefix = _folder(project)
    return folder / f"{prefix}{_host()}-{os.getpid()}-{token}.yaml"


def _orphaned(path: Path, prefix: str) -> bool:
    """Is the window that wrote this copy gone (crashed, or closed without saving)?"""
    parts = path.stem[len(prefix):].split("-")
    try:
        host, pid, token = parts[0], int(parts[1]), parts[2]
    except (IndexError, ValueError):
        return True
    if host != _host():
        return time.time() - path.stat().st_mtime > 600
    if pid == os.getpid():
        return token not in _LIVE
    return not pid_alive(pid)


def orphaned_copies(project: Project) -> list[Path]:
    """Recovery copies of ``project`` left by windows that are gone, newest first."""
    folder, prefix = _folder(project)
    try:
        found = [p for p in folder.glob(f"{prefix}*.yaml") if _orphaned(p, prefix)]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def write_recovery(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, text.encode("utf-8"))


def discard_copies(paths: list[Path]) -> None:
    for file in paths:
        try:
            file.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.info("cannot remove recovery copy %s: %s", file, exc)


def recovery_times(path: Path, project: Project) -> tuple[datetime, datetime | None]:
    """When the copy was written, and when project.yaml was last saved (None: never)."""
    copied = datetime.fromtimestamp(path.stat().st_mtime)
    file = Path(project.path) / PROJECT_FILE if project.path else None
    saved = datetime.fromtimestamp(file.stat().st_mtime) if file and file.exists() else None
    return copied, saved


def load_recovery(project: Project, path: Path) -> Project:
    """The project as the recovery copy at ``path`` has it, with sources read from the
    project's folder and, as its base, what project.yaml held when the copy's window
    read it — so saving merges with anything saved since."""
    try:
        text = path.read_text(encoding="utf-8")
        try:
            payload = json.loads(text)  # what ``write_now`` writes
        except ValueError:
            payload = parse_yaml(text, str(path))  # a copy edited by hand, or older
    except UserError as exc:
        raise ProjectError(exc.message) from exc
    except (ValueError, OSError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ProjectError("{file}: cannot be read ({reason})", file=path,
                           reason=reason) from exc
    wrapped = isinstance(payload, dict) and payload.get("format") == FORMAT
    data = payload.get("project") if wrapped else payload
    root = Path(project.path)
    sources = root if project.read_only else root / SOURCES_DIR
    with tempfile.TemporaryDirectory(prefix="briefer-recover-") as tmp:
        (Path(tmp) / PROJECT_FILE).write_text(dump_yaml(data), encoding="utf-8")
        try:
            os.symlink(sources, Path(tmp) / SOURCES_DIR, target_is_directory=True)
        except OSError:
            shutil.copytree(sources, Path(tmp) / SOURCES_DIR)
        restored = load_project(Path(tmp))
    restored.path = project.path
    restored.read_only = project.read_only
    restored.warnings = [_relocated(w, tmp, str(root)) for w in restored.warnings]
    if wrapped:
        restored.base = payload.get("base") if isinstance(payload.get("base"), dict) else None
        restored.base_digest = str(payload.get("base_digest") or "")
        base_meta = payload.get("base_meta")
        restored.base_meta = base_meta if isinstance(base_meta, dict) else {}
        for source_id, csl in (payload.get("meta") or {}).items():
            if source_id in restored.sources and isinstance(csl, dict):
                restored.sources[source_id].meta = SourceMeta.from_csl(csl)
                restored.dirty_meta.add(source_id)
    else:
        restored.base, restored.base_digest = project.base, project.base_digest
    return restored


def _relocated(what: Any, old: str, new: str) -> Any:
    """A warning, or one of its values, naming ``new`` where it named ``old``."""
    if isinstance(what, Message):
        return Message(what.template,
                       **{k: _relocated(v, old, new) for k, v in what.params.items()})
    if isinstance(what, UserError):
        return _relocated(what.message, old, new)
    if isinstance(what, Listing):
        return Listing((_relocated(v, old, new) for v in what), sep=what.sep)
    if isinstance(what, (list, tuple)):
        return [_relocated(v, old, new) for v in what]
    if isinstance(what, (str, Path)) and old in str(what):
        return str(what).replace(old, new)
    return what


def recovery_payload(project: Project) -> dict[str, Any]:
    """What a recovery copy holds (fresh dicts: safe to serialise on another thread)."""
    return {"format": FORMAT, "written": datetime.now().isoformat(timespec="seconds"),
            "project": project_to_dict(project), "base": project.base,
            "base_digest": project.base_digest,
            "base_meta": {sid: project.base_meta[sid] for sid in sorted(project.dirty_meta)
                          if sid in project.base_meta},
            "meta": {sid: project.sources[sid].meta.to_csl(sid)
                     for sid in sorted(project.dirty_meta) if sid in project.sources}}


class Autosave(QObject):
    """Writes this window's recovery copy soon after changes, off the GUI thread.

    The copy is written ``delay_ms`` after the last change, and never later than
    ``MAX_WAIT_MS`` after the first unsaved one, however long the typing goes on.
    """

    written = Signal(str)  # the recovery file's path
    failed = Signal(str)

    def __init__(self, session: ProjectSession, runner: TaskRunner, delay_ms: int = 3000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.token = uuid.uuid4().hex[:12]
        _LIVE.add(self.token)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(min(delay_ms, MAX_WAIT_MS))
        self.timer.timeout.connect(self.write_now)
        self._pending_since = 0.0
        self.enabled = True
        self._extra_dirty = False
        self._path: Path | None = None
        for signal in (session.sourcesChanged, session.outlineChanged, session.excerptsChanged,
                       session.noteChanged):
            signal.connect(self.changed)
        session.undo_stack.indexChanged.connect(self.changed)
        session.projectReplaced.connect(self._forget_path)

    def path(self) -> Path:
        return recovery_path(self.session.project, self.token)

    def changed(self, *_args: object) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not self.timer.isActive():
            self._pending_since = now
            self.timer.start()
            return
        # while changes keep coming, restart the countdown only if the copy would
        # still be written within MAX_WAIT_MS of the first unsaved change
        left = MAX_WAIT_MS / 1000 - (now - self._pending_since)
        if left * 1000 > self.timer.interval():
            self.timer.start()

    def write_now(self) -> None:
        """Serialise now (GUI thread) and write on a pool thread."""
        project = self.session.project
        if self.session.undo_stack.isClean() and not self._extra_dirty:
            return
        try:
            payload = recovery_payload(project)
        except Exception as exc:
            log.warning("recovery copy not made: %s", exc)
            self.failed.emit(str(exc))
            return
        path = self.path()
        self._path = path

        def work(_progress, _cancelled) -> str:
            # JSON (which is YAML too) by its C encoder: compact, without indentation,
            # which would switch to the pure-Python encoder. A 10,000-source project is
            # written in about 25 ms; the Python encoder took 70 ms, and a worker that long
            # in Python keeps the window's thread waiting for the GIL while the user types.
            write_recovery(path, json.dumps(payload, ensure_ascii=False,
                                            separators=(",", ":"), default=str))
            return str(path)

        def hook_up(task: Task) -> None:
            task.signals.finished.connect(self._written)
            task.signals.failed.connect(self.failed)

        self.runner.start(work, hook_up)

    def _written(self, path: str) -> None:
        if self.session.undo_stack.isClean() and not self._extra_dirty:
            discard_copies([Path(path)])  # saved while the copy was written
            return
        self.written.emit(path)

    def _forget_path(self) -> None:
        self._path = None

    def mark_dirty(self, dirty: bool = True) -> None:
        """Changes outside the undo stack (an import) also deserve a recovery copy."""
        self._extra_dirty = dirty
        if dirty:
            self.changed()

    def discard(self) -> None:
        """After a save or a deliberate discard: this window's copy is not needed."""
        self.timer.stop()
        self._extra_dirty = False
        discard_copies([p for p in (self._path, self.path()) if p is not None])

    def close(self) -> None:
        """The window closes: its copy (if any) is now a copy of a window that is gone."""
        self.timer.stop()
        _LIVE.discard(self.token)
