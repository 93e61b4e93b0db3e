"""Every message box, chooser and file dialog the GUI shows, in one place.

Code calls ``dialogs.error(...)`` (the module attribute, looked up at call
time) so tests can replace these functions and never block on a modal box.
The ``build_*`` helpers make the dialogs without showing them, for tests.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from briefer.gui.conflict_dialog import ask_choices

translate = QCoreApplication.translate

# Details up to this many lines are shown whole; longer lists scroll.
DETAIL_LINES = 20


class MessageDialog(QDialog):
    """A message with its details (a list of problems) shown at once, not behind a button."""

    def __init__(self, parent: QWidget | None, icon: QStyle.StandardPixmap, title: str,
                 text: str, details: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("messageDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        picture = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        picture.setPixmap(self.style().standardIcon(icon, None, self).pixmap(size, size))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text_label = QLabel(text, self)
        self.text_label.setObjectName("messageText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setMinimumWidth(360)
        top = QHBoxLayout()
        top.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.text_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.details: QPlainTextEdit | None = None
        if details:
            self.details = QPlainTextEdit(details, self)
            self.details.setObjectName("messageDetails")
            self.details.setAccessibleName(translate("dialogs", "Details"))
            self.details.setReadOnly(True)
            self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            self.details.setTabChangesFocus(True)
            lines = min(max(details.count("\n") + 1, 2), DETAIL_LINES)
            height = QFontMetrics(self.details.font()).lineSpacing() * lines + 16
            self.details.setMinimumSize(520, min(height, 200))
            self.details.resize(560, height)
            layout.addWidget(self.details, 1)
        self.buttons = QDialogButtonBox(self)
        self.buttons.clicked.connect(self._clicked)
        layout.addWidget(self.buttons)
        self.clicked: QAbstractButton | None = None

    def add_button(self, text: str, role: QDialogButtonBox.ButtonRole) -> QAbstractButton:
        return self.buttons.addButton(text, role)

    def set_default(self, button: QAbstractButton) -> None:
        for other in self.buttons.buttons():
            if isinstance(other, QPushButton):  # every button added by text is one
                other.setDefault(other is button)
                other.setAutoDefault(other is button)
        button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clicked(self, button: QAbstractButton) -> None:
        self.clicked = button
        role = self.buttons.buttonRole(button)
        if role in (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole):
            self.accept()
        else:
            self.reject()


def build_message(parent: QWidget | None, kind: str, title: str, text: str,
                  details: str = "") -> MessageDialog:
    """An error ("error") or warning ("warning") with one OK button."""
    icon = (QStyle.StandardPixmap.SP_MessageBoxCritical if kind == "error"
            else QStyle.StandardPixmap.SP_MessageBoxWarning)
    dialog = MessageDialog(parent, icon, title, text, details)
    ok = dialog.add_button(translate("dialogs", "OK"), QDialogButtonBox.ButtonRole.AcceptRole)
    dialog.set_default(ok)
    return dialog


def build_confirm(parent: QWidget | None, title: str, text: str, details: str = "",
                  yes: str = "", no: str = "", default_yes: bool = True
                  ) -> tuple[MessageDialog, QAbstractButton, QAbstractButton]:
    dialog = MessageDialog(parent, QStyle.StandardPixmap.SP_MessageBoxQuestion, title, text,
                           details)
    ok = dialog.add_button(yes or translate("dialogs", "OK"),
                           QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = dialog.add_button(no or translate("dialogs", "Cancel"),
                               QDialogButtonBox.ButtonRole.RejectRole)
    dialog.set_default(ok if default_yes else cancel)
    return dialog, ok, cancel


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """A clear error message; ``details`` (e.g. a list of problems) is shown below it."""
    build_message(parent, "error", title, text, details).exec()


def warning(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    build_message(parent, "warning", title, text, details).exec()


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, details: str = "",
            yes: str = "", no: str = "", default_yes: bool = True) -> bool:
    """Ask a yes/no question; ``yes``/``no`` relabel the buttons; Escape answers no."""
    dialog, ok, _cancel = build_confirm(parent, title, text, details, yes, no, default_yes)
    dialog.exec()
    return dialog.clicked is ok


def build_project_in_use(parent: QWidget | None, who: str, stale: bool
                         ) -> tuple[MessageDialog, dict[QAbstractButton, str]]:
    """The choices when another window has the project open (see ``project_in_use``)."""
    text = translate("dialogs", "This project is open by {0}.").format(who)
    if stale:
        text += " " + translate("dialogs", "That window seems to be gone (it stopped "
                                           "answering); you may take the project over.")
    else:
        text += " " + translate("dialogs", "Two people saving the same project can overwrite "
                                           "each other's work; open it read-only, or work "
                                           "in a copy.")
    dialog = MessageDialog(parent, QStyle.StandardPixmap.SP_MessageBoxWarning,
                           translate("dialogs", "Project in use"), text, "")
    answers: dict[QAbstractButton, str] = {}
    read_only = dialog.add_button(translate("dialogs", "Open read-only"),
                                  QDialogButtonBox.ButtonRole.AcceptRole)
    answers[read_only] = "read-only"
    answers[dialog.add_button(translate("dialogs", "Open a copy…"),
                              QDialogButtonBox.ButtonRole.ActionRole)] = "copy"
    if stale:
        answers[dialog.add_button(translate("dialogs", "Take over"),
                                  QDialogButtonBox.ButtonRole.DestructiveRole)] = "take-over"
    answers[dialog.add_button(translate("dialogs", "Cancel"),
                              QDialogButtonBox.ButtonRole.RejectRole)] = "cancel"
    dialog.set_default(read_only)
    return dialog, answers


def project_in_use(parent: QWidget | None, who: str, stale: bool) -> str:
    """"read-only", "copy", "take-over" (only offered when ``stale``) or "cancel"."""
    dialog, answers = build_project_in_use(parent, who, stale)
    dialog.exec()
    return answers.get(dialog.clicked, "cancel") if dialog.clicked else "cancel"


def resolve_conflicts(parent: QWidget | None, conflicts: list) -> dict[str, str] | None:
    """Both versions of each part two people changed, side by side; the choices made.
    A team project's window (``server_open`` gives it a ``server_link``) merging with what
    a colleague sent is told the other version is on the team server, not on disk."""
    return ask_choices(parent, conflicts, getattr(parent, "server_link", None) is not None)


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


def build_menu(parent: QWidget | None, title: str, items: list[str],
               current: int = -1) -> QMenu:
    """A small menu of ``items`` under a greyed ``title``; 1–9 pick an item by number."""
    menu = QMenu(parent)
    menu.setObjectName("chooserMenu")
    menu.setAccessibleName(title)
    heading = menu.addAction(title)
    heading.setEnabled(False)
    menu.addSeparator()
    for i, item in enumerate(items):
        label = item.replace("&", "&&")
        action = menu.addAction(f"&{i + 1} {label}" if i < 9 else label)
        action.setData(i)
        action.setCheckable(True)
        action.setChecked(i == current)
    return menu


def choose_from_menu(parent: QWidget | None, title: str, items: list[str], current: int = -1,
                     at: QPoint | None = None) -> int:
    """The index of the item picked from a popup menu (keyboard: arrows, 1–9, Enter), or -1."""
    if not items:
        return -1
    menu = build_menu(parent, title, items, current)
    actions = [a for a in menu.actions() if a.data() is not None]
    menu.setActiveAction(actions[current if 0 <= current < len(actions) else 0])
    if at is None:
        at = parent.mapToGlobal(parent.rect().center()) if parent is not None else QPoint()
    chosen = menu.exec(at)
    menu.deleteLater()
    return int(chosen.data()) if chosen is not None and chosen.data() is not None else -1


def _file_dialog_options() -> QFileDialog.Option:
    """Qt's own file dialog when Briefer speaks another language than the desktop.

    The desktop's dialog follows the system language; Qt's is translated with
    the rest of the interface.
    """
    app = QApplication.instance()
    language = str(app.property("brieferLanguage") or "") if app is not None else ""
    system = QLocale.system().name().split("_")[0].lower()
    if language and language != system:
        return QFileDialog.Option.DontUseNativeDialog
    return QFileDialog.Option(0)


def existing_directory(parent: QWidget | None, caption: str, start: str = "") -> str:
    return QFileDialog.getExistingDirectory(
        parent, caption, start, QFileDialog.Option.ShowDirsOnly | _file_dialog_options())


def open_files(parent: QWidget | None, caption: str, start: str = "",
               filters: str = "") -> list[str]:
    files, _ = QFileDialog.getOpenFileNames(parent, caption, start, filters,
                                            options=_file_dialog_options())
    return list(files)


def save_file(parent: QWidget | None, caption: str, start: str = "", filters: str = "") -> str:
    name, _ = QFileDialog.getSaveFileName(parent, caption, start, filters,
                                          options=_file_dialog_options())
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


def build_new_note(parent: QWidget | None, title: str, templates: list[tuple[str, str]],
                   current: str) -> tuple[QDialog, QLineEdit, QComboBox]:
    """The New Note dialog: a name and a template (``templates``: (name, title))."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setObjectName("newNoteDialog")
    name = QLineEdit(dialog)
    name.setObjectName("newNoteName")
    name.setPlaceholderText(translate("dialogs", "e.g. QP card, Follow-up"))
    combo = QComboBox(dialog)
    combo.setObjectName("newNoteTemplate")
    for key, label in templates:
        combo.addItem(label, key)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    form = QFormLayout(dialog)
    form.addRow(translate("dialogs", "&Name:"), name)
    form.addRow(translate("dialogs", "&Template:"), combo)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    return dialog, name, combo


def new_note(parent: QWidget | None, title: str, templates: list[tuple[str, str]],
             current: str) -> tuple[str, str] | None:
    """A new note's name and template name; None when cancelled."""
    dialog, name, combo = build_new_note(parent, title, templates, current)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return " ".join(name.text().split()), str(combo.currentData())


def about(parent: QWidget | None, title: str, html: str) -> None:
    QMessageBox.about(parent, title, html)
