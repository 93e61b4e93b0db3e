"""Offering back the changes a window that ended without saving left in a recovery copy.

A part of the file controller (``FileController.offer_recovery``) kept in a module of its
own; its words stay in the controller's translation context (``tr``; ``update.py``
files them there).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from briefer.gui import dialogs
from briefer.gui.autosave import discard_copies, load_recovery, orphaned_copies, recovery_times
from briefer.gui.workers import user_message

if TYPE_CHECKING:
    from briefer.gui.file_actions import FileController


def tr(text: str) -> str:
    return QCoreApplication.translate("FileController", text)


def offer_recovery(files: FileController) -> None:
    """After a crash: offer the newest recovery copy a gone window left, saying when it
    was written and when the project was last saved (warning when that is later)."""
    project = files.session.project
    copies = orphaned_copies(project)
    if not copies:
        return
    newest = copies[0]
    copied, saved = recovery_times(newest, project)
    text = tr("Briefer found changes to “{0}” that were not saved: a recovery copy "
              "written at {1}.").format(project.name, f"{copied:%Y-%m-%d %H:%M:%S}")
    if saved is not None:
        text += " " + tr("The project was last saved at {0}.").format(
            f"{saved:%Y-%m-%d %H:%M:%S}")
        if saved > copied:
            text += " " + tr(
                "It was saved AFTER this copy was written: restoring brings the copy's "
                "changes back and merges them with what was saved since; where both "
                "changed the same part, saving will ask which to keep.")
    restore = dialogs.confirm(files.window, tr("Restore unsaved changes?"),
                              text + " " + tr("Restore them?"),
                              yes=tr("Restore"), no=tr("Discard them"))
    if not restore:
        discard_copies(copies)
        return
    try:
        restored = load_recovery(project, newest)
    except Exception as exc:
        files._error(tr("Cannot restore the changes"), user_message(exc))
        return
    files.session.replace(restored)
    with contextlib.suppress(OSError):  # the copy is now this window's, until saved
        newest.replace(files.autosave.path())
    discard_copies(copies[1:])
    files._set_extra_dirty(True)
    files.window.statusBar().showMessage(tr("Unsaved changes restored; save to keep "
                                            "them."), 8000)
