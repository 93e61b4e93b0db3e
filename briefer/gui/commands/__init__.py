"""Undo commands: every edit an analyst makes is one ``QUndoCommand``.

Each is an ``EditCommand`` (``commands.edit``) holding a ``core.edits`` edit:
``redo()`` applies it, ``undo()`` applies its inverse, and the session tells
the views what changed. Views never edit the project directly; they push a
command.
"""

from __future__ import annotations

from briefer.gui.commands.edit import EditCommand
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
    "EditCommand",
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
