"""Every message box and file chooser the GUI shows, in one place.

Code calls ``dialogs.error(...)`` (the module attribute, looked up at call
time) so tests can replace these functions and never block on a modal box.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

translate = QCoreApplication.translate



def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """A clear error message; ``details`` (e.g. a list of problems) is folded away."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def warning(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, details: str = "",
            yes: str = "", no: str = "") -> bool:
    """Ask a yes/no question; ``yes``/``no`` relabel the buttons."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    ok = box.addButton(yes or translate("dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no or translate("dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(ok)
    if details:
        box.setDetailedText(details)
    box.exec()
    return box.clickedButton() is ok


def save_discard_cancel(parent: QWidget | None, title: str, text: str) -> str:
    """'save', 'discard' or 'cancel' — for closing with unsaved changes."""
    buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel)
    answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.Save)
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def existing_directory(parent: QWidget | None, caption: str, start: str = "") -> str:
    return QFileDialog.getExistingDirectory(parent, caption, start)


def open_files(parent: QWidget | None, caption: str, start: str = "",
               filters: str = "") -> list[str]:
    files, _ = QFileDialog.getOpenFileNames(parent, caption, start, filters)
    return list(files)


def save_file(parent: QWidget | None, caption: str, start: str = "", filters: str = "") -> str:
    name, _ = QFileDialog.getSaveFileName(parent, caption, start, filters)
    return name


def get_text(parent: QWidget | None, title: str, label: str, text: str = "",
             multiline: bool = False) -> str | None:
    """A line (or a few lines) of text from the user; None when cancelled."""
    if multiline:
        value, ok = QInputDialog.getMultiLineText(parent, title, label, text)
    else:
        value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


def choose(parent: QWidget | None, title: str, label: str, items: list[str]) -> int:
    """The index of the item chosen, or -1 when cancelled."""
    if not items:
        return -1
    value, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return items.index(value) if ok and value in items else -1


def about(parent: QWidget | None, title: str, html: str) -> None:
    QMessageBox.about(parent, title, html)
