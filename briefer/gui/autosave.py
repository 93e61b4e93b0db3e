"""A recovery copy of unsaved work, written in the background a few seconds after changes.

The YAML text is made on the GUI thread from fresh dicts (fast); a pool
thread writes it atomically. Project folders keep the copy in
``<project>/.briefer/recovery.yaml``; read-only folders and unsaved projects
keep it in the user's application data folder. After a crash, the next start
finds the copy and offers to restore it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal

from briefer.core.project import Project
from briefer.gui.session import ProjectSession
from briefer.gui.workers import TaskRunner

log = logging.getLogger(__name__)
RECOVERY_NAME = "recovery.yaml"
META_NAME = "recovery-meta.yaml"


def recovery_path(project: Project) -> Path:
    """Where the recovery copy of ``project`` lives."""
    if project.path and not project.read_only:
        folder = Path(project.path) / ".briefer"
        if os.access(Path(project.path), os.W_OK):
            return folder / RECOVERY_NAME
    base = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation)) / "recovery"
    key = str(Path(project.path).resolve()) if project.path else "untitled"
    digest = hashlib.sha1(key.encode()).hexdigest()[:16]
    return base / f"{digest}-{RECOVERY_NAME}"


def _meta_path(path: Path) -> Path:
    return path.with_name(path.name.replace(RECOVERY_NAME, META_NAME))


def write_recovery(path: Path, text: str, meta_text: str | None) -> None:
    from briefer.io.project_file import write_atomic

    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, text.encode("utf-8"))
    meta = _meta_path(path)
    if meta_text:
        write_atomic(meta, meta_text.encode("utf-8"))
    elif meta.exists():
        meta.unlink()


def discard_recovery(project: Project) -> None:
    path = recovery_path(project)
    for file in (path, _meta_path(path)):
        try:
            file.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.info("cannot remove recovery copy %s: %s", file, exc)


def has_recovery(project: Project) -> bool:
    return recovery_path(project).exists()


def load_recovery(project: Project) -> Project:
    """The project as its recovery copy has it (sources read from the project's folder)."""
    import shutil
    import tempfile

    from briefer.io.project_file import PROJECT_FILE, SOURCES_DIR, ProjectError, load_project
    from briefer.io.yamlutil import parse_yaml

    path = recovery_path(project)
    root = Path(project.path)
    sources = root if project.read_only else root / SOURCES_DIR
    with tempfile.TemporaryDirectory(prefix="briefer-recover-") as tmp:
        shutil.copyfile(path, Path(tmp) / PROJECT_FILE)
        try:
            os.symlink(sources, Path(tmp) / SOURCES_DIR, target_is_directory=True)
        except OSError:
            shutil.copytree(sources, Path(tmp) / SOURCES_DIR)
        restored = load_project(Path(tmp))
    restored.path = project.path
    restored.read_only = project.read_only
    restored.warnings = [w.replace(tmp, str(root)) for w in restored.warnings]
    meta = _meta_path(path)
    if meta.exists():
        from briefer.core.source import SourceMeta

        try:
            data = parse_yaml(meta.read_text(encoding="utf-8"), str(meta)) or {}
        except ValueError as exc:
            raise ProjectError(str(exc)) from exc
        for source_id, csl in data.items():
            if source_id in restored.sources and isinstance(csl, dict):
                restored.sources[source_id].meta = SourceMeta.from_csl(csl)
                restored.dirty_meta.add(source_id)
    return restored


class Autosave(QObject):
    """Writes the recovery copy ``delay_ms`` after the last change, off the GUI thread."""

    written = Signal(str)  # the recovery file's path
    failed = Signal(str)

    def __init__(self, session: ProjectSession, runner: TaskRunner, delay_ms: int = 3000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.write_now)
        self.enabled = True
        self._extra_dirty = False
        for signal in (session.sourcesChanged, session.outlineChanged, session.excerptsChanged,
                       session.noteChanged):
            signal.connect(self.changed)
        session.undo_stack.indexChanged.connect(self.changed)

    def changed(self, *_args: object) -> None:
        if self.enabled:
            self.timer.start()

    def write_now(self) -> None:
        """Serialise now (GUI thread) and write on a pool thread."""
        from briefer.io.project_file import project_to_dict
        from briefer.io.yamlutil import dump_yaml

        project = self.session.project
        if self.session.undo_stack.isClean() and not self._extra_dirty:
            return
        try:
            data = project_to_dict(project)  # fresh dicts: safe to dump on another thread
            meta_text = None
            if project.dirty_meta:
                meta_text = dump_yaml({sid: project.sources[sid].meta.to_csl(sid)
                                       for sid in sorted(project.dirty_meta)
                                       if sid in project.sources})
        except Exception as exc:
            log.warning("recovery copy not made: %s", exc)
            self.failed.emit(str(exc))
            return
        path = recovery_path(project)

        def work(_progress, _cancelled) -> str:
            # JSON is YAML too, and its C encoder is far quicker than YAML's: a
            # 10,000-source project is copied in milliseconds, not half a second.
            text = json.dumps(data, ensure_ascii=False, indent=0, default=str)
            write_recovery(path, text, meta_text)
            return str(path)

        task = self.runner.start(work)
        task.signals.finished.connect(self._written)
        task.signals.failed.connect(self.failed)

    def _written(self, path: str) -> None:
        if self.session.undo_stack.isClean() and not self._extra_dirty:
            discard_recovery(self.session.project)  # saved while the copy was written
            return
        self.written.emit(path)

    def mark_dirty(self, dirty: bool = True) -> None:
        """Changes outside the undo stack (an import) also deserve a recovery copy."""
        self._extra_dirty = dirty
        if dirty:
            self.changed()

    def discard(self) -> None:
        """After a save or a deliberate discard: no recovery copy is needed."""
        self.timer.stop()
        self._extra_dirty = False
        discard_recovery(self.session.project)
