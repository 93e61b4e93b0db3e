"""Undo commands for source metadata edits: one field in the Sources list (title, outlet,
date), or every field at once from the Source details dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from briefer.core.dates import parse_date
from briefer.core.edits import SetSourceMeta, set_source_meta
from briefer.core.source import SourceMeta
from briefer.gui.commands.edit import EditCommand
from briefer.gui.session import ProjectSession
from briefer.gui.wording import shown_title

# QT_TRANSLATE_NOOP gives back its text; str() tells the type checker so
_LABELS: dict[str, str] = {"title": str(QT_TRANSLATE_NOOP("commands", "title")),
                           "container-title": str(QT_TRANSLATE_NOOP("commands", "outlet")),
                           "issued": str(QT_TRANSLATE_NOOP("commands", "date"))}


class EditSourceMetaCommand(EditCommand):
    """Set one CSL field of a source; its sidecar is written on the next save. A date
    is read as people type it ("September 16, 2025", "16 septembre 2025"); one that
    cannot be read raises ``DateError`` before anything changes."""

    def __init__(self, session: ProjectSession, source_id: str, field: str, value: Any) -> None:
        if source_id not in session.project.sources:
            raise KeyError(f"no source {source_id!r}")
        label = QCoreApplication.translate("commands", _LABELS.get(field, field))
        if field in ("issued", "accessed") and isinstance(value, str):
            value = parse_date(value) or None
        super().__init__(
            session, QCoreApplication.translate("commands", "Edit source {0}").format(label),
            SetSourceMeta(source_id, field.replace("-", "_"), value))


class EditSourceDetailsCommand(EditCommand):
    """Replace a source's metadata (every field the details dialog shows, and ``extra``)
    as one undo step named after the source."""

    TITLE_CHARS = 40  # the Edit menu names the step; a long title would widen it

    def __init__(self, session: ProjectSession, source_id: str, meta: SourceMeta) -> None:
        source = session.project.sources.get(source_id)
        if source is None:
            raise KeyError(f"no source {source_id!r}")
        title = shown_title(source)
        if len(title) > self.TITLE_CHARS:
            title = title[:self.TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",;:—–- ") + "…"
        super().__init__(
            session, QCoreApplication.translate("commands", "Edit details of “{0}”").format(title),
            set_source_meta(session.project, source_id, meta))
