"""The question an import asks when a file's text is already in the project: import or skip.

The import runs on a worker thread (``workers.run_with_progress``) and must
wait for the answer; a dialog can only be shown on the window's thread. So
``DuplicatePrompt`` is called on the worker, sends a signal over a blocking
queued connection, and the window's thread asks and answers before the
worker goes on. Called on the window's thread itself, it just asks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QWidget

from briefer.core.source import Source
from briefer.gui import dialogs
from briefer.gui.wording import shown_title


class DuplicatePrompt(QObject):
    """``import_and_save``'s ``duplicate`` callback for the app (see module notes)."""

    _asked = Signal(str, str, str)  # file name, existing source's title, its id

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._answer = True
        self._asked.connect(self._ask, Qt.ConnectionType.BlockingQueuedConnection)

    def __call__(self, path: Path, existing: Source) -> bool:
        """True to import ``path`` anyway, False to skip it."""
        if QThread.currentThread() is self.thread():
            self._ask(path.name, shown_title(existing), existing.id)
        else:
            self._asked.emit(path.name, shown_title(existing), existing.id)
        return self._answer

    @Slot(str, str, str)
    def _ask(self, file: str, title: str, source_id: str) -> None:
        self._answer = dialogs.confirm(
            self.window, self.tr("Same text as a source already there"),
            self.tr("The text of {0} is that of “{1}” ({2}), already in the project: the "
                    "same article in another format?").format(file, title, source_id),
            self.tr("Importing it anyway makes a second source; excerpts would then be "
                    "split between the two."),
            yes=self.tr("Import Anyway"), no=self.tr("Skip"), default_yes=False)
