"""File ▸ Export…: the choices an export needs, asked once, before the check.

The same note goes up as a briefing note or as a memorandum to the
Minister, cited in the department's style, on the department's letterhead;
so the export asks for the template, the citation style, the reference
.docx (styles, page set-up, letterhead; remembered between exports) and the
file to write. The check then runs with the chosen style (what a citation
needs depends on it) and the export goes ahead as before.

The template shown is the note's. Choosing another makes it the note's
template (one undo step): an empty note takes its sections at once, a note
already written keeps its sections and the next "Draft from outline" uses
the new template; a template that fixes the purpose (a memorandum for
decision) sets it. The citation style chosen here is for this export, as
``briefer export --style`` is; the project's own style is set in Note ▸
Citation style.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefer.core.edits import Batch, Edit, SetNoteMeta, SetNoteSections
from briefer.core.messages import UserError
from briefer.core.project import Project
from briefer.export.csl_styles import find_style, style_choices
from briefer.gui import dialogs
from briefer.gui.session import ProjectSession
from briefer.gui.settings import EXPORT_REFERENCE, Settings
from briefer.gui.wording import say
from briefer.io.templates import list_templates, load_template

OTHER = "\x00other"  # the item data of "Other…" entries: ask for a file or a name


@dataclass(frozen=True)
class ExportOptions:
    """What the user chose: passed on to ``export_docx`` as they are."""

    template: str  # a template name ("memo-decision") or the path of a YAML file
    style: str  # a citation style name ("apa") or the path of a .csl file
    reference_docx: str  # "" for Briefer's built-in reference document
    output: Path


def template_edit(project: Project, template_name: str) -> Edit | None:
    """The note switched to another template (see module notes); None when it is the same.
    Raises TemplateError (naming the file) for a template that cannot be used."""
    note = project.note
    if template_name == note.template:
        return None
    template = load_template(template_name)
    sections = template.new_note(note.meta).sections if note.is_empty() else note.sections
    edits: list[Edit] = [SetNoteSections(list(sections), template_name)]
    if template.purpose and template.purpose != note.meta.purpose:
        edits.append(SetNoteMeta("purpose", template.purpose))
    return Batch(edits)


class ExportDialog(QDialog):
    """Template, citation style, reference document and output file (module notes)."""

    def __init__(self, parent: QWidget | None, session: ProjectSession, settings: Settings,
                 output: str) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export the note to Word"))
        self.setAccessibleName(self.tr("Export the note to Word"))
        project = session.project

        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("exportTemplate")
        self.template_combo.setAccessibleName(self.tr("Template"))
        for name in list_templates():
            self._add_template(name)
        if not self._select(self.template_combo, project.note.template):
            self._add_template(project.note.template, select=True)
        self.template_combo.addItem(self.tr("Other template file…"), OTHER)
        self.template_combo.activated.connect(self._template_chosen)
        self.template_note = QLabel(self)
        self.template_note.setObjectName("exportTemplateNote")
        self.template_note.setWordWrap(True)
        self.template_note.setStyleSheet("color: palette(placeholder-text); font-style: italic;")

        self.style_combo = QComboBox(self)
        self.style_combo.setObjectName("exportStyle")
        self.style_combo.setAccessibleName(self.tr("Citation style"))
        for name, title in style_choices():
            self.style_combo.addItem(title, name)
        current = project.citation_style or "chicago"
        if not self._select(self.style_combo, current):
            self.style_combo.addItem(current, current)
            self._select(self.style_combo, current)
        self.style_combo.addItem(self.tr("Other style…"), OTHER)
        self.style_combo.activated.connect(self._style_chosen)

        self.reference_edit = QLineEdit(settings.get(EXPORT_REFERENCE), self)
        self.reference_edit.setObjectName("exportReference")
        self.reference_edit.setAccessibleName(self.tr("Reference document"))
        self.reference_edit.setPlaceholderText(self.tr("Briefer's built-in house style"))
        self.reference_edit.setToolTip(self.tr("A Word document whose styles, page set-up and "
                                          "letterhead the note takes"))
        self.reference_button = self._button(self.tr("Choose…"), self.tr("Choose a reference "
                                                                        "document"),
                                             self._choose_reference)
        self.output_edit = QLineEdit(output, self)
        self.output_edit.setObjectName("exportOutput")
        self.output_edit.setAccessibleName(self.tr("Save as"))
        self.output_button = self._button(self.tr("Browse…"), self.tr("Choose where to save "
                                                                     "the note"),
                                          self._choose_output)
        self.error = QLabel(self)
        self.error.setObjectName("exportError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(bright-text); background: #b00020; "
                                 "padding: 3px; border-radius: 3px;")
        self.error.hide()

        form = QFormLayout()
        template_field = QVBoxLayout()
        template_field.setSpacing(2)
        template_field.addWidget(self.template_combo)
        template_field.addWidget(self.template_note)
        form.addRow(self._label(self.tr("&Template:"), self.template_combo), template_field)
        form.addRow(self._label(self.tr("&Citation style:"), self.style_combo),
                    self.style_combo)
        form.addRow(self._label(self.tr("&Reference document:"), self.reference_edit),
                    self._row(self.reference_edit, self.reference_button))
        form.addRow(self._label(self.tr("&Save as:"), self.output_edit),
                    self._row(self.output_edit, self.output_button))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("&Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._template_shown()

    # -- building ---------------------------------------------------------------------
    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _row(self, *widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for i, widget in enumerate(widgets):
            row.addWidget(widget, 1 if i == 0 else 0)
        return row

    def _add_template(self, name: str, select: bool = False) -> None:
        try:
            title = load_template(name).title
        except UserError:
            title = Path(name).stem
        if Path(name).suffix.lower() in (".yaml", ".yml"):
            title = f"{title} ({Path(name).name})"
        other = self.template_combo.findData(OTHER)  # files go before "Other template file…"
        at = other if other >= 0 else self.template_combo.count()
        self.template_combo.insertItem(at, title, name)
        if select:
            self._select(self.template_combo, name)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> bool:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)
        return index >= 0

    # -- choosing -------------------------------------------------------------------
    def _template_chosen(self, index: int) -> None:
        if self.template_combo.itemData(index) == OTHER:
            files = dialogs.open_files(self, self.tr("Template file"), str(Path.home()),
                                       self.tr("Note templates (*.yaml *.yml)"))
            chosen = files[0] if files else ""
            try:
                if chosen:
                    load_template(chosen)
            except UserError as exc:
                self._show_error(say(exc))
                chosen = ""
            if chosen and not self._select(self.template_combo, chosen):
                self._add_template(chosen, select=True)
            elif not chosen:
                self._select(self.template_combo, self.session.project.note.template)
        self._template_shown()

    def _template_shown(self) -> None:
        """Say what choosing another template does to this note."""
        changed = self.template_combo.currentData() != self.session.project.note.template
        note = self.session.project.note
        self.template_note.setText("" if not changed else self.tr(
            "The note takes this template's sections.") if note.is_empty() else self.tr(
            "The sections you wrote stay as they are; the next “Draft from outline” uses "
            "this template."))
        self.template_note.setVisible(changed)

    def _style_chosen(self, index: int) -> None:
        if self.style_combo.itemData(index) != OTHER:
            return
        name = dialogs.get_text(self, self.tr("Citation style"), self.tr(
            "Name of a style in the CSL repository (for example ieee), or the path of a "
            ".csl file:"))
        name = (name or "").strip()
        try:
            title = find_style(name).title if name else ""
        except UserError as exc:
            self._show_error(say(exc))
            title = ""
        if title and not self._select(self.style_combo, name):
            self.style_combo.insertItem(self.style_combo.count() - 1, title, name)
            self._select(self.style_combo, name)
        elif not title:
            self._select(self.style_combo, self.session.project.citation_style or "chicago")

    def _choose_reference(self) -> None:
        start = self.reference_edit.text() or str(Path.home())
        files = dialogs.open_files(self, self.tr("Reference document"), start,
                                   self.tr("Word documents (*.docx)"))
        if files:
            self.reference_edit.setText(files[0])

    def _choose_output(self) -> None:
        name = dialogs.save_file(self, self.tr("Export the note to Word"), self.output_edit.text(),
                                 self.tr("Word documents (*.docx)"))
        if name:
            self.output_edit.setText(name)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- result ---------------------------------------------------------------------
    def accept(self) -> None:
        """Refuse, with the reason shown in the dialog, a choice the export would refuse."""
        output = self.output_edit.text().strip()
        reference = self.reference_edit.text().strip()
        if not output:
            self._show_error(self.tr("Give the name of the Word file to write."))
            return
        if reference and not Path(reference).expanduser().is_file():
            self._show_error(self.tr("The reference document “%1” does not exist.")
                             .replace("%1", reference))
            return
        self.settings.set(EXPORT_REFERENCE, reference)
        super().accept()

    def options(self) -> ExportOptions:
        output = self.output_edit.text().strip()
        if not output.lower().endswith(".docx"):
            output += ".docx"
        return ExportOptions(template=str(self.template_combo.currentData()),
                             style=str(self.style_combo.currentData()),
                             reference_docx=self.reference_edit.text().strip(),
                             output=Path(output).expanduser())


def export_options(parent: QWidget | None, session: ProjectSession, settings: Settings,
                   output: str) -> ExportOptions | None:
    """The export's template, citation style, reference document and file, or None when
    cancelled (tests replace this function: it is the dialog's one door)."""
    dialog = ExportDialog(parent, session, settings, output)
    return dialog.options() if dialog.exec() else None
