"""The note's metadata form: subject (and its French), to, from, date, classification, ..."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefer.core.note import CLASSIFICATIONS, PURPOSES
from briefer.core.section_edits import set_language
from briefer.core.template import Template
from briefer.gui.commands import EditNoteMetaCommand
from briefer.gui.commands.edit import EditCommand
from briefer.io.templates import TemplateError, load_template
from briefer.gui.prose_editor import StackLineEdit
from briefer.gui.session import ProjectSession

# The languages a note is written in (CSL locales and Word language tags), by their own names.
NOTE_LANGUAGES = {"en-CA": "English (Canada)", "fr-CA": "Français (Canada)"}

LINE_FIELDS = ("subject", "subject_fr", "to", "from_", "date", "file_number", "prepared_by",
               "contact", "approver")
WIDE = ("subject", "subject_fr")  # each a row of its own, across both columns
# The approver sits beside the language and shows only on a note for decision (whose
# decision block prints "Approved by:" with the name).
LEFT = ("to", "from_", "date", "file_number", "approver")
RIGHT = ("classification", "purpose", "prepared_by", "contact", "language")
FORM_ORDER = (*WIDE, *(n for n in LEFT if n), *RIGHT)
MIN_FIELD = 140  # pixels: enough to read what was typed ("p. ex. Ministre" and more)
COLUMN_GAP = 12


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
            # mnemonics differ from the menu bar's (File, Edit, Note, View, Help) and
            # the Sources/Search tabs' (tests/gui/test_mnemonics.py checks both languages)
            "subject": self.tr("S&ubject:"), "subject_fr": self.tr("French sub&ject:"),
            "to": self.tr("&To:"), "from_": self.tr("Fro&m:"),
            "date": self.tr("&Date:"), "file_number": self.tr("F&ile number:"),
            "prepared_by": self.tr("Prepared b&y:"), "contact": self.tr("C&ontact:"),
            "approver": self.tr("&Approved by:"),
        }
        names = {
            "subject": self.tr("Subject"), "subject_fr": self.tr("French subject"),
            "to": self.tr("To"), "from_": self.tr("From"),
            "date": self.tr("Date"), "file_number": self.tr("File number"),
            "prepared_by": self.tr("Prepared by"), "contact": self.tr("Contact"),
            "approver": self.tr("Approved by"),
        }
        placeholders = {
            "subject": self.tr("What the note is about"),
            "subject_fr": self.tr("The subject in French, for a bilingual title block"),
            "to": self.tr("e.g. Minister"),
            "from_": self.tr("e.g. Deputy Minister"), "date": self.tr("YYYY-MM-DD"),
            "file_number": "", "prepared_by": self.tr("Name, title, branch"),
            "contact": self.tr("Name, telephone"),
            "approver": self.tr("Who signs the decision"),
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
        classification_edit = StackLineEdit(self.classification, session.undo_stack)
        self.classification.setLineEdit(classification_edit)
        self.classification.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.classification.addItems(list(CLASSIFICATIONS))
        classification_edit.setAccessibleName(self.tr("Classification"))
        classification_edit.textEdited.connect(
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

        self.language = QComboBox(self.body)
        self.language.setObjectName("noteMeta_language")
        self.language.setAccessibleName(self.tr("Language of the note"))
        self.language.setToolTip(self.tr("The citations' language and the Word document's"))
        for value, name in NOTE_LANGUAGES.items():
            self.language.addItem(name, value)
        self.language.activated.connect(
            lambda i: self._set_language(str(self.language.itemData(i))))

        self.rows: dict[str, tuple[QLabel, QWidget]] = {}
        for name in LINE_FIELDS:
            self.rows[name] = (self._label(labels[name], self.edits[name]), self.edits[name])
        self.rows["classification"] = (self._label(self.tr("C&lassification:"),
                                                   self.classification), self.classification)
        self.rows["purpose"] = (self._label(self.tr("&Purpose:"), self.purpose), self.purpose)
        self.rows["language"] = (self._label(self.tr("Lan&guage:"), self.language),
                                 self.language)
        for combo in (self.classification, self.purpose, self.language):
            # a combo's width follows the pane, not its longest item
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        for _label, field in self.rows.values():
            field.setMinimumWidth(60)
            field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(4, 0, 4, 4)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(4)
        self.mode = ""
        self._arrange(self.choose_mode(self.width()))
        order = [self.toggle] + [self.rows[n][1] for n in FORM_ORDER]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        self.sync()

    # -- layout -------------------------------------------------------------------
    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self.body)
        label.setBuddy(buddy)
        return label

    def _label_width(self, names: tuple[str, ...]) -> int:
        return max(self.rows[n][0].sizeHint().width() for n in names if n)

    def choose_mode(self, width: int) -> str:
        """How the fields are laid out at ``width``: every field keeps ``MIN_FIELD`` pixels.

        "beside": two columns, labels left of their fields; "above": two columns,
        labels above their fields; "single": one column, labels beside.
        """
        spacing = self.grid.horizontalSpacing() if hasattr(self, "grid") else 6
        room = width - 8 - COLUMN_GAP
        beside = (self._label_width(LEFT) + self._label_width(RIGHT) + 2 * spacing
                  + 2 * MIN_FIELD)
        if room >= beside:
            return "beside"
        if room >= 2 * MIN_FIELD:
            return "above"
        return "single"

    def _arrange(self, mode: str) -> None:
        """Put the labels and fields in the grid for ``mode`` (widgets are kept)."""
        if mode == self.mode:
            return
        self.mode = mode
        grid = self.grid
        while grid.count():
            grid.takeAt(0)
        for column in range(grid.columnCount()):
            grid.setColumnStretch(column, 0)
            grid.setColumnMinimumWidth(column, 0)
        top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if mode == "single":
            names = FORM_ORDER
            for row, name in enumerate(names):
                label, field = self.rows[name]
                grid.addWidget(label, row, 0, top)
                grid.addWidget(field, row, 1)
            grid.setColumnStretch(1, 1)
            return
        if mode == "beside":
            for row, name in enumerate(WIDE):
                label, field = self.rows[name]
                grid.addWidget(label, row, 0, top)
                grid.addWidget(field, row, 1, 1, 4)
            for row, (left, right) in enumerate(zip(LEFT, RIGHT, strict=True), len(WIDE)):
                for column, name in ((0, left), (3, right)):
                    if not name:
                        continue
                    label, field = self.rows[name]
                    grid.addWidget(label, row, column, top)
                    grid.addWidget(field, row, column + 1)
            grid.setColumnMinimumWidth(2, COLUMN_GAP)
            grid.setColumnStretch(1, 1)
            grid.setColumnStretch(4, 1)
            return
        # "above": every label over its field, the subjects across both columns
        for row, name in enumerate(WIDE):
            label, field = self.rows[name]
            grid.addWidget(label, 2 * row, 0, 1, 3)
            grid.addWidget(field, 2 * row + 1, 0, 1, 3)
        first = 2 * len(WIDE)
        for row, (left, right) in enumerate(zip(LEFT, RIGHT, strict=True)):
            for column, name in ((0, left), (2, right)):
                if not name:
                    continue
                label, field = self.rows[name]
                grid.addWidget(label, first + 2 * row, column)
                grid.addWidget(field, first + 1 + 2 * row, column)
        grid.setColumnMinimumWidth(1, COLUMN_GAP)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(self.choose_mode(event.size().width()))

    def last_field(self) -> QWidget:
        """Where Tab leaves the form for the first note section (the toggle when folded)."""
        return self.rows[FORM_ORDER[-1]][1] if self.body.isVisible() else self.toggle

    def _show_body(self, shown: bool) -> None:
        self.body.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _set_language(self, language: str) -> None:
        """The note's language and its template's section titles in it: one undo step."""
        project = self.session.project
        if project.note.meta.language == language:
            return
        try:
            template: Template | None = load_template(project.note.template or "briefing-note")
        except TemplateError:
            template = None  # a template that is gone: the titles stay as they are
        name = self.language.currentText()
        self.session.undo_stack.push(EditCommand(
            self.session, self.tr("Language of the note: %1").replace("%1", name),
            set_language(project, language, template)))

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
        index = self.language.findData(meta.language)
        if index < 0:  # another language written in the project file: keep it
            self.language.addItem(meta.language, meta.language)
            index = self.language.count() - 1
        if self.language.currentIndex() != index:
            self.language.setCurrentIndex(index)
        decision = meta.purpose.strip().lower() == "decision"
        for widget in self.rows["approver"]:
            widget.setVisible(decision)
