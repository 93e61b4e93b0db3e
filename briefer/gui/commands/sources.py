"""Undo commands for source metadata edits (title, outlet, date...)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from briefer.gui.session import ProjectSession

_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")
# QT_TRANSLATE_NOOP gives back its text; str() tells the type checker so
_LABELS: dict[str, str] = {"title": str(QT_TRANSLATE_NOOP("commands", "title")),
                           "container-title": str(QT_TRANSLATE_NOOP("commands", "outlet")),
                           "issued": str(QT_TRANSLATE_NOOP("commands", "date"))}


def parse_date(text: str) -> Any:
    """ISO text to a CSL date; other text is kept literally; empty means unknown."""
    text = text.strip()
    if not text:
        return None
    m = _ISO_DATE.match(text)
    if m:
        return {"date-parts": [[int(p) for p in m.groups() if p]]}
    return {"literal": text}


class EditSourceMetaCommand(QUndoCommand):
    """Set one CSL field of a source; its sidecar is written on the next save."""

    def __init__(self, session: ProjectSession, source_id: str, field: str, value: Any) -> None:
        label = QCoreApplication.translate("commands", _LABELS.get(field, field))
        super().__init__(QCoreApplication.translate("commands", "Edit source {0}").format(label))
        self.session = session
        self.source_id = source_id
        self.attr = field.replace("-", "_")
        if field in ("issued", "accessed") and isinstance(value, str):
            value = parse_date(value)
        self.new = value
        self.old = getattr(session.project.sources[source_id].meta, self.attr)

    def _apply(self, value: Any) -> None:
        project = self.session.project
        setattr(project.sources[self.source_id].meta, self.attr, value)
        project.dirty_meta.add(self.source_id)
        self.session.notify_sources()

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)
