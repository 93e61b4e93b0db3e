"""An editable list of CSL names (authors, editors) for the Source details dialog.

A citation style needs to know whether a name is a person's, to invert and
initial it ("Smith, J."), or an organization's, to print it whole ("World
Health Organization"). So each row says which it is: a person has a family
and a given name (``{"family": ..., "given": ...}``), an organization one
name (``{"literal": ...}``). Parts the dialog does not show (particles,
suffixes) stay on a person's name while it is edited; a row left untouched
gives back its name exactly as it came.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSizePolicy, QStyle, QToolButton, QVBoxLayout, QWidget)

PERSON, ORGANIZATION = "person", "organization"
_NAME_PARTS = ("family", "given", "literal")


def name_kind(name: dict[str, Any]) -> str:
    """A CSL name is an organization's when it has only a literal."""
    return ORGANIZATION if name.get("literal") and not name.get("family") else PERSON


class NameRow(QWidget):
    """One name: person or organization, its parts, and buttons to move or remove it."""

    moveRequested = Signal(object, int)  # the row, -1 (up) or +1 (down)
    removeRequested = Signal(object)
    edited = Signal()

    def __init__(self, role: str, name: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role  # "Author 1"… for screen readers, set by the list
        self.original: dict[str, Any] = dict(name)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Person"), PERSON)
        self.kind.addItem(self.tr("Organization"), ORGANIZATION)
        self.family = QLineEdit(self)
        self.given = QLineEdit(self)
        self.given.setPlaceholderText(self.tr("Given name"))
        style = self.style()
        self.up = self._button(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp),
                               self.tr("Move up (Alt+Up)"),
                               lambda: self.moveRequested.emit(self, -1))
        self.down = self._button(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
                                 self.tr("Move down (Alt+Down)"),
                                 lambda: self.moveRequested.emit(self, 1))
        self.remove = self._button(style.standardIcon(QStyle.StandardPixmap.SP_DialogDiscardButton),
                                   self.tr("Remove"), lambda: self.removeRequested.emit(self))
        for keys, delta in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda d=delta: self.moveRequested.emit(self, d))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.kind)
        layout.addWidget(self.family, 3)
        layout.addWidget(self.given, 2)
        for button in (self.up, self.down, self.remove):
            layout.addWidget(button)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.family.textEdited.connect(lambda _t: self.edited.emit())
        self.given.textEdited.connect(lambda _t: self.edited.emit())
        self.set_state(self.state_of(name))

    def _button(self, icon: Any, tip: str, slot: Any) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    @staticmethod
    def state_of(name: dict[str, Any]) -> tuple[str, str, str, dict[str, Any]]:
        """(kind, first box, second box, original name) as a row shows a name."""
        if name_kind(name) == ORGANIZATION:
            return ORGANIZATION, str(name.get("literal", "")), "", dict(name)
        return PERSON, str(name.get("family", "")), str(name.get("given", "")), dict(name)

    def state(self) -> tuple[str, str, str, dict[str, Any]]:
        return (str(self.kind.currentData()), self.family.text(), self.given.text(),
                self.original)

    def set_state(self, state: tuple[str, str, str, dict[str, Any]]) -> None:
        kind, first, second, self.original = state
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.family.setText(first)
        self.given.setText(second)
        self._kind_changed()

    def _kind_changed(self, *_args: object) -> None:
        person = self.kind.currentData() == PERSON
        self.given.setVisible(person)
        self.family.setPlaceholderText(self.tr("Family name") if person
                                       else self.tr("Name of the organization"))
        self.update_names()
        self.edited.emit()

    def update_names(self) -> None:
        """Accessible names that say which name and which part ("Author 2, family name")."""
        self.kind.setAccessibleName(self.tr("{0}: person or organization").format(self.role))
        self.family.setAccessibleName(self.tr("{0}, family name").format(self.role)
                                      if self.kind.currentData() == PERSON
                                      else self.tr("{0}, organization").format(self.role))
        self.given.setAccessibleName(self.tr("{0}, given name").format(self.role))
        for button, what in ((self.up, self.tr("Move {0} up")),
                             (self.down, self.tr("Move {0} down")),
                             (self.remove, self.tr("Remove {0}"))):
            button.setAccessibleName(what.format(self.role))

    def focusables(self) -> list[QWidget]:
        return [self.kind, self.family, self.given, self.up, self.down, self.remove]

    def name(self) -> dict[str, Any] | None:
        """The CSL name typed here; None for a row left empty."""
        kind, first, second, original = self.state()
        if (kind, first, second) == self.state_of(original)[:3]:
            return dict(original) if any(original.get(p) for p in _NAME_PARTS) else None
        first, second = first.strip(), second.strip()
        if kind == ORGANIZATION:
            return {"literal": first} if first else None
        name = {k: v for k, v in original.items() if k not in _NAME_PARTS}
        if first:
            name["family"] = first
        if second:
            name["given"] = second
        return name if first or second else None

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.kind, self.up, self.down, self.remove):
            widget.setEnabled(not read_only)
        self.family.setReadOnly(read_only)
        self.given.setReadOnly(read_only)


class NameListEditor(QWidget):
    """Names in citation order: add a person or an organization, move, remove."""

    edited = Signal()

    def __init__(self, role: str, names: list[dict[str, Any]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role  # "Author", "Editor": what screen readers hear for each row
        self.rows: list[NameRow] = []
        self.label: QLabel | None = None  # its mnemonic goes to the first name (set_label)
        self._read_only = False
        self.box = QWidget(self)  # rows go here
        self.box_layout = QVBoxLayout(self.box)
        self.box_layout.setContentsMargins(0, 0, 0, 0)
        self.box_layout.setSpacing(4)
        self.add_person = QPushButton(self.tr("Add person"), self)
        self.add_organization = QPushButton(self.tr("Add organization"), self)
        self.add_person.setAccessibleName(self.tr("Add a person: {0}").format(role))
        self.add_organization.setAccessibleName(
            self.tr("Add an organization: {0}").format(role))
        self.add_person.clicked.connect(lambda: self.add({"family": ""}, focus=True))
        self.add_organization.clicked.connect(lambda: self.add({"literal": ""},
                                                               ORGANIZATION, focus=True))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_person)
        buttons.addWidget(self.add_organization)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.box)
        layout.addLayout(buttons)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for name in names:
            self.add(name)
        self._renumber()

    def add(self, name: dict[str, Any], kind: str = PERSON, focus: bool = False) -> NameRow:
        row = NameRow(self.role, name, self.box)
        if kind == ORGANIZATION:
            row.kind.setCurrentIndex(row.kind.findData(ORGANIZATION))
        row.moveRequested.connect(self.move_row)
        row.removeRequested.connect(self.remove_row)
        row.edited.connect(self.edited)
        row.set_read_only(self._read_only)
        self.box_layout.addWidget(row)
        row.show()  # now, not at the next event loop turn, so it can take focus at once
        self.rows.append(row)
        self._renumber()
        self.edited.emit()
        if focus:
            row.family.setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def move_row(self, row: NameRow, delta: int) -> None:
        """Swap a row's name with its neighbour's (the widgets stay, so Tab order holds)."""
        at = self.rows.index(row)
        to = at + delta
        if self._read_only or not 0 <= to < len(self.rows):
            return
        other = self.rows[to]
        focused = next((i for i, w in enumerate(row.focusables()) if w.hasFocus()), 1)
        mine, theirs = row.state(), other.state()
        row.set_state(theirs)
        other.set_state(mine)
        other.focusables()[focused].setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit()

    def remove_row(self, row: NameRow) -> None:
        if self._read_only:
            return
        at = self.rows.index(row)
        self.rows.pop(at)
        row.hide()
        row.deleteLater()
        self._renumber()
        # focus stays in the list: the row that took its place, else the one above
        if self.rows:
            self.rows[min(at, len(self.rows) - 1)].family.setFocus()
        else:
            self.add_person.setFocus()
        self.edited.emit()

    def _renumber(self) -> None:
        for i, row in enumerate(self.rows, 1):
            row.role = f"{self.role} {i}"
            row.update_names()
            row.up.setEnabled(i > 1 and not self._read_only)
            row.down.setEnabled(i < len(self.rows) and not self._read_only)
        # Rows made later sit last in the window's focus chain: put them back between
        # what precedes the list and its Add buttons. The chain starts at a focusable
        # widget (Qt moves a container's children with it, which would scramble it).
        chain = [w for w in (self._before(),) if w is not None]
        for row in self.rows:
            chain += row.focusables()
        chain += [self.add_person, self.add_organization]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        # not a focus proxy: Tab would jump from the last row back to the first
        if self.label is not None:
            self.label.setBuddy(self.first_field())

    def first_field(self) -> QWidget:
        """Where focus goes when the list is reached by its label: the first name."""
        return self.rows[0].family if self.rows else self.add_person

    def set_label(self, label: QLabel) -> None:
        self.label = label
        label.setBuddy(self.first_field())

    def _before(self) -> QWidget | None:
        """The focusable widget Tab reaches just before this list, if any."""
        widget = self.box.previousInFocusChain()
        window = self.window()
        while widget is not None and widget is not window and widget is not self.box:
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not self.isAncestorOf(widget):
                return widget
            widget = widget.previousInFocusChain()
        return None

    def names(self) -> list[dict[str, Any]]:
        """The names typed, in order; empty rows left out."""
        return [n for row in self.rows if (n := row.name()) is not None]

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for row in self.rows:
            row.set_read_only(read_only)
        self.add_person.setEnabled(not read_only)
        self.add_organization.setEnabled(not read_only)
        self._renumber()
