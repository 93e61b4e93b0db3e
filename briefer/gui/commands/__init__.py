"""Undo commands: every edit an analyst makes is one ``QUndoCommand``.

A command's ``redo()`` changes the core objects and tells the session
(``notify_note`` / ``notify_excerpts``); ``undo()`` puts back exactly what
was there. Views never edit the project directly; they push a command.
"""

from __future__ import annotations

from briefer.gui.commands.excerpts import (
    AddExcerptCommand,
    EditLeadInCommand,
    EditParaphraseCommand,
    InsertThemeCommand,
    SetExcerptModeCommand,
)
from briefer.gui.commands.note import (
    DraftNoteCommand,
    EditNoteMetaCommand,
    EditProseCommand,
    InsertProseCommand,
    MoveBlockCommand,
    RemoveBlockCommand,
    normalise_markdown,
)

__all__ = [
    "AddExcerptCommand",
    "DraftNoteCommand",
    "EditLeadInCommand",
    "EditNoteMetaCommand",
    "EditParaphraseCommand",
    "EditProseCommand",
    "InsertProseCommand",
    "InsertThemeCommand",
    "MoveBlockCommand",
    "RemoveBlockCommand",
    "SetExcerptModeCommand",
    "normalise_markdown",
]
