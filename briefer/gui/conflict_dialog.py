"""Choosing, part by part, whose version stays when two people changed the same thing.

Shown when a save finds that someone else saved the same parts of the project
since this window read it (``briefer.io.saving.SaveConflict``). Each conflict
is a row: where it is, this window's version and the version on disk (on the team
server, for a team project's window merging with what a colleague sent) side by side,
and a choice; nothing is written until the user presses Save.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QGridLayout, QLabel,
                               QPlainTextEdit, QRadioButton, QScrollArea, QVBoxLayout, QWidget)

from briefer.gui.wording import say
from briefer.io.merge import Conflict
from briefer.io.yamlutil import dump_yaml


def readable(value: Any) -> str:
    """A version as a person reads it: a paragraph's text, a quote, else its fields."""
    if value is None:
        return "(deleted)"
    if isinstance(value, dict):
        for field in ("markdown", "lead_in"):
            if value.get(field):
                return str(value[field])
        quote = value.get("quote")
        if isinstance(quote, dict) and quote.get("exact"):
            return f"“{quote['exact']}”"
        return dump_yaml(value).strip()
    if isinstance(value, list):
        return dump_yaml(value).strip()
    return str(value)


class ConflictDialog(QDialog):
    """One row per conflict: both versions side by side and a choice (default: mine).

    ``team``: the project lives on a team server (the window works on a private copy),
    so the other version was saved there, not "on disk", and Save sends the choice."""

    def __init__(self, conflicts: list[Conflict], parent: QWidget | None = None,
                 team: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Someone else saved the same parts"))
        self.conflicts = conflicts
        self.groups: list[QButtonGroup] = []
        intro = QLabel(self.tr(
            "Since you opened this project, someone else saved it on the team server, and "
            "changed %n part(s) you changed too. Everything else was merged. Choose which "
            "version of each part to keep; nothing is sent to the server until you press "
            "Save.", "", len(conflicts)) if team else self.tr(
            "Since you opened this project, someone else saved it, and changed %n part(s) "
            "you changed too. Everything else was merged. Choose which version of each part "
            "to keep; nothing is saved until you press Save.", "", len(conflicts)), self)
        intro.setWordWrap(True)
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.addWidget(QLabel(self.tr("<b>Your version</b>"), body), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Saved on the team server</b>") if team
                              else self.tr("<b>Saved on disk</b>"), body), 0, 2)
        for row, conflict in enumerate(conflicts, start=1):
            where = QLabel(say(conflict.label), body)
            where.setWordWrap(True)
            grid.addWidget(where, 2 * row - 1, 0, 1, 3)
            group = QButtonGroup(self)
            for column, (value, text) in enumerate(
                    ((conflict.mine, self.tr("Keep mine")),
                     (conflict.theirs, self.tr("Keep theirs"))), start=1):
                cell = QWidget(body)
                layout = QVBoxLayout(cell)
                layout.setContentsMargins(0, 0, 0, 0)
                shown = QPlainTextEdit(readable(value), cell)
                shown.setReadOnly(True)
                shown.setMaximumHeight(120)
                shown.setAccessibleName(f"{say(conflict.label)}: {text}")
                choice = QRadioButton(text, cell)
                choice.setChecked(column == 1)
                group.addButton(choice, column)
                layout.addWidget(shown)
                layout.addWidget(choice)
                grid.addWidget(cell, 2 * row, column)
            self.groups.append(group)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(820, 520)

    def choices(self) -> dict[str, str]:
        """Conflict key -> "mine" or "theirs", as chosen."""
        return {c.key: ("theirs" if g.checkedId() == 2 else "mine")
                for c, g in zip(self.conflicts, self.groups, strict=True)}


def ask_choices(parent: QWidget | None, conflicts: list[Conflict], team: bool = False
                ) -> dict[str, str] | None:
    """Show the dialog; the choices, or None if the user cancelled."""
    dialog = ConflictDialog(conflicts, parent, team)
    try:
        return dialog.choices() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
