"""The note's metadata form: to, from, subject, date, classification, purpose, ..."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefer.core.note import CLASSIFICATIONS, PURPOSES
from briefer.gui.commands import EditNoteMetaCommand
from briefer.gui.prose_editor import StackLineEdit
from briefer.gui.session import ProjectSession

LINE_FIELDS = ("subject", "to", "from_", "date", "file_number", "prepared_by", "contact")


class NoteMetaForm(QWidget):
    """Each change is one undoable command; consecutive typing in a field merges."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("noteMetaForm")
        self.setAccessibleName(self.tr("Note details"))
        self.edits: dict[str, QLineEdit] = {}

        self.toggle = QToolButton(self)
        self.toggle.setObjectName("noteMetaToggle")
        self.toggle.setText(self.tr("Note details"))
        self.toggle.setAccessibleName(self.tr("Show or hide the note details"))
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self._show_body)

        self.body = QWidget(self)
        labels = {
            "subject": self.tr("&Subject:"), "to": self.tr("&To:"), "from_": self.tr("&From:"),
            "date": self.tr("&Date:"), "file_number": self.tr("File &number:"),
            "prepared_by": self.tr("Prepared &by:"), "contact": self.tr("Con&tact:"),
        }
        names = {
            "subject": self.tr("Subject"), "to": self.tr("To"), "from_": self.tr("From"),
            "date": self.tr("Date"), "file_number": self.tr("File number"),
            "prepared_by": self.tr("Prepared by"), "contact": self.tr("Contact"),
        }
        placeholders = {
            "subject": self.tr("What the note is about"), "to": self.tr("e.g. Minister"),
            "from_": self.tr("e.g. Deputy Minister"), "date": self.tr("YYYY-MM-DD"),
            "file_number": "", "prepared_by": self.tr("Name, title, branch"),
            "contact": self.tr("Name, telephone"),
        }
        for name in LINE_FIELDS:
            edit = StackLineEdit(self.body, session.undo_stack)
            edit.setObjectName(f"noteMeta_{name.rstrip('_')}")
            edit.setAccessibleName(names[name])
            edit.setPlaceholderText(placeholders[name])
            edit.textEdited.connect(lambda text, f=name: self._edited(f, text))
            self.edits[name] = edit
        self.edits["date"].setValidator(QRegularExpressionValidator(
            QRegularExpression(r"\d{0,4}(-\d{0,2}(-\d{0,2})?)?"), self.edits["date"]))

        self.classification = QComboBox(self.body)
        self.classification.setObjectName("noteMeta_classification")
        self.classification.setAccessibleName(self.tr("Classification"))
        self.classification.setEditable(True)
        self.classification.setLineEdit(StackLineEdit(self.classification, session.undo_stack))
        self.classification.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.classification.addItems(list(CLASSIFICATIONS))
        self.classification.lineEdit().setAccessibleName(self.tr("Classification"))
        self.classification.lineEdit().textEdited.connect(
            lambda text: self._edited("classification", text))
        self.classification.activated.connect(
            lambda i: self._edited("classification", self.classification.itemText(i)))

        self.purpose = QComboBox(self.body)
        self.purpose.setObjectName("noteMeta_purpose")
        self.purpose.setAccessibleName(self.tr("Purpose"))
        purpose_names = {"information": self.tr("For information"),
                         "decision": self.tr("For decision")}
        for value in PURPOSES:
            self.purpose.addItem(purpose_names.get(value, value), value)
        self.purpose.activated.connect(
            lambda i: self._edited("purpose", str(self.purpose.itemData(i))))

        top = QFormLayout()
        top.addRow(labels["subject"], self.edits["subject"])
        left, right = QFormLayout(), QFormLayout()
        for name in ("to", "from_", "date", "file_number"):
            left.addRow(labels[name], self.edits[name])
        right.addRow(self.tr("C&lassification:"), self.classification)
        right.addRow(self.tr("&Purpose:"), self.purpose)
        right.addRow(labels["prepared_by"], self.edits["prepared_by"])
        right.addRow(labels["contact"], self.edits["contact"])
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(4, 0, 4, 4)
        body_layout.addLayout(top)
        body_layout.addLayout(columns)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        self.sync()

    def _show_body(self, shown: bool) -> None:
        self.body.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _edited(self, field: str, value: str) -> None:
        if getattr(self.session.project.note.meta, field) != value:
            self.session.undo_stack.push(EditNoteMetaCommand(self.session, field, value))

    def sync(self) -> None:
        """Show the project's metadata (after an undo, a draft, another project)."""
        meta = self.session.project.note.meta
        for name, edit in self.edits.items():
            value = getattr(meta, name)
            if edit.text() != value:
                edit.setText(value)
        if self.classification.currentText() != meta.classification:
            self.classification.setEditText(meta.classification)
        index = self.purpose.findData(meta.purpose)
        if index < 0:  # a purpose written by hand in the project file: keep it
            self.purpose.addItem(meta.purpose, meta.purpose)
            index = self.purpose.count() - 1
        if self.purpose.currentIndex() != index:
            self.purpose.setCurrentIndex(index)
