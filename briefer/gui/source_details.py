"""Source ▸ Details: every CSL field a citation style may print, in one form.

The Sources list edits a title, an outlet and a date in narrow cells; a
journal article also needs its volume, issue and pages, a court decision its
court, a report its publisher and number, before the citation processor can
cite them. This dialog shows the fields the chosen type uses
(``source_fields``), keeps the others' values, and applies everything on OK
as one undo step (``EditSourceDetailsCommand``), so the views refresh as
they do for a cell edit. Fields the dialog does not show (``meta.extra``'s
other keys) pass through untouched; a field left as it was keeps its stored
value exactly (a number stays a number, a date stays in the form it had).

Dates are typed as people type them and read by ``core.dates``; one that
cannot be read says why beside the field, and OK waits until it can.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QScrollArea,
                               QSizePolicy, QStyle, QVBoxLayout, QWidget)

from briefer.core.dates import DateError, format_date, parse_date
from briefer.core.source import CSL_FIELDS, SourceMeta
from briefer.gui import source_fields as sf
from briefer.gui.commands.sources import EditSourceDetailsCommand
from briefer.gui.name_list import NameListEditor
from briefer.gui.session import ProjectSession
from briefer.gui.wording import language, say, shown_title

_EMPTY: tuple[Any, ...] = ("", None, [], {})


def stored(meta: SourceMeta, field: str) -> Any:
    """A CSL field's value as the source holds it (an attribute, else in ``extra``)."""
    if field in CSL_FIELDS:
        return getattr(meta, field.replace("-", "_"))
    return meta.extra.get(field)


def store(meta: SourceMeta, field: str, value: Any) -> None:
    """Set a CSL field; an empty value leaves ``extra`` without the key."""
    if field in CSL_FIELDS:
        empty: Any = [] if field == "author" else None if field in ("issued", "accessed") else ""
        setattr(meta, field.replace("-", "_"), empty if value in _EMPTY else value)
    elif value in _EMPTY:
        meta.extra.pop(field, None)
    else:
        meta.extra[field] = value


def as_names(value: Any) -> list[dict[str, Any]]:
    """A stored name list as the editor shows it (odd entries read as organizations)."""
    if not isinstance(value, list):
        return []
    return [n if isinstance(n, dict) else {"literal": str(n)} for n in value]


class DateField(QWidget):
    """A date typed as people type it; what cannot be read is said below the box."""

    validityChanged = Signal(bool)

    def __init__(self, value: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = value
        self.initial = format_date(value, lang) if value not in _EMPTY else ""
        self.edit = QLineEdit(self.initial, self)
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.message = QLabel(self)
        self.message.setObjectName("dateMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        problem = QHBoxLayout()
        problem.setContentsMargins(0, 0, 0, 0)
        problem.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        problem.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addLayout(problem)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.valid = True
        self._show_problem("")
        self.edit.textChanged.connect(self._check)

    def changed(self) -> bool:
        return self.edit.text().strip() != self.initial.strip()

    def value(self) -> Any:
        """The CSL date typed (``{}`` for none), or the stored value when left as it was.
        Raises ``DateError`` for text that is no date."""
        if not self.changed():
            return self.original
        return parse_date(self.edit.text())

    def _check(self) -> None:
        try:
            self.value()
        except DateError as exc:
            self._show_problem(say(exc))
        else:
            self._show_problem("")

    def _show_problem(self, text: str) -> None:
        valid = not text
        self.message.setText(text)
        self.message.setVisible(not valid)
        self.icon.setVisible(not valid)
        self.edit.setAccessibleDescription(text)
        if valid != self.valid:
            self.valid = valid
            self.validityChanged.emit(valid)


class SourceDetailsDialog(QDialog):
    """Every citation field of one source; OK applies them as one undo step."""

    def __init__(self, session: ProjectSession, source_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceDetails")
        self.session = session
        self.source_id = source_id
        source = session.project.sources[source_id]
        self.original = copy.deepcopy(source.meta)
        self.read_only = session.project.read_only
        self.setWindowTitle(self.tr("Source Details — {0}").format(shown_title(source)))
        self.setAccessibleName(self.tr("Source details"))

        self.type = QComboBox(self)
        self.type.setObjectName("sourceType")
        self.type.setAccessibleName(self.tr("Type of source"))
        known = {t for t, _ in sf.TYPES}
        if self.original.type not in known:  # none yet, or one the dialog does not list
            self.type.addItem(sf.type_name(self.original.type) if self.original.type
                              else self.tr("Not set"), self.original.type)
        for csl_type, _name in sf.TYPES:
            self.type.addItem(sf.type_name(csl_type), csl_type)
        self.type.setCurrentIndex(self.type.findData(self.original.type))
        self.type.setMaxVisibleItems(len(sf.TYPES) + 1)
        # its width follows the dialog, not its longest name (French ones are long)
        self.type.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.type.setMinimumContentsLength(18)
        self.show_all = QCheckBox(self.tr("Show a&ll fields"), self)
        self.show_all.setToolTip(self.tr("Show the fields this type of source rarely uses too"))
        where = QLabel(self.tr("File: {0}").format(source.filename or source.id), self)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        muted = where.palette()
        muted.setColor(QPalette.ColorRole.WindowText,
                       muted.color(QPalette.ColorRole.PlaceholderText))
        where.setPalette(muted)

        body = QWidget(self)
        body.setObjectName("sourceDetailsFields")
        self.form = QFormLayout()
        rows = QVBoxLayout(body)
        rows.addLayout(self.form)
        rows.addStretch(1)  # spare height goes below the form, not between its rows
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.type_label = QLabel(self.tr("T&ype:"), body)
        self.type_label.setBuddy(self.type)
        self.form.addRow(self.type_label, self.type)
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.initial: dict[str, Any] = {}
        lang = language()
        for field, kind in sf.FIELDS:
            value = stored(self.original, field)
            editor = self._editor(field, kind, value, lang, body)
            editor.setObjectName(f"source_{field}")
            editor.setToolTip(self.tr("CSL field: {0}").format(field))
            label = QLabel(body)
            if isinstance(editor, NameListEditor):
                editor.set_label(label)
            else:
                label.setBuddy(editor.edit if isinstance(editor, DateField) else editor)
            self.fields[field], self.labels[field] = editor, label
            self.form.addRow(label, editor)
        if not self.original.title:  # the list shows the opening words instead: say so
            title = self.fields["title"]
            assert isinstance(title, QLineEdit)
            title.setPlaceholderText(shown_title(source))
        scroll = QScrollArea(self)
        scroll.setObjectName("sourceDetailsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        # wide enough for the longest label and a name row: never a sideways scroll bar
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(body.minimumSizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width())

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(scroll, 1)
        if self.read_only:
            notice = QLabel(self.tr("This folder is open read-only: use File ▸ Save As to "
                                    "make it a project, then edit its sources' details."), self)
            notice.setObjectName("readOnlyNotice")
            notice.setWordWrap(True)
            layout.addWidget(notice)
            self._make_read_only()
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_all)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self.type.currentIndexChanged.connect(self._type_changed)
        self.show_all.toggled.connect(self._show_rows)
        for field in ("issued", "accessed"):
            date = self.fields[field]
            assert isinstance(date, DateField)
            date.validityChanged.connect(self._update_ok)
        self._type_changed()
        self.type.setFocus()
        self.resize(640, 620)

    def _editor(self, field: str, kind: str, value: Any, lang: str, parent: QWidget) -> QWidget:
        """The editor for one field, filled with its stored value."""
        if kind == sf.NAMES:
            role = self.tr("Author") if field == "author" else self.tr("Editor")
            return NameListEditor(role, as_names(value), parent)
        if kind == sf.DATE:
            date = DateField(value, lang, parent)
            date.edit.setPlaceholderText(sf.tr(sf.PLACEHOLDERS[field]))
            return date
        text = "" if value in _EMPTY else str(value)
        self.initial[field] = text
        if kind == sf.TEXT:
            note = QPlainTextEdit(text, parent)
            note.setTabChangesFocus(True)
            note.setFixedHeight(note.fontMetrics().lineSpacing() * 4 + 12)
            return note
        line = QLineEdit(text, parent)
        line.setCursorPosition(0)
        if field in sf.PLACEHOLDERS:
            line.setPlaceholderText(sf.tr(sf.PLACEHOLDERS[field]))
        return line

    def _make_read_only(self) -> None:
        self.ok.setEnabled(False)
        self.type.setEnabled(False)
        for editor in self.fields.values():
            if isinstance(editor, NameListEditor):
                editor.set_read_only(True)
            elif isinstance(editor, DateField):
                editor.edit.setReadOnly(True)
            elif isinstance(editor, QLineEdit | QPlainTextEdit):
                editor.setReadOnly(True)

    # -- what is shown ------------------------------------------------------------------
    def csl_type(self) -> str:
        return str(self.type.currentData() or "")

    def _type_changed(self, *_args: object) -> None:
        """Labels follow the type ("Journal:", "Court:"); then the rows it uses show."""
        csl_type = self.csl_type()
        for field, label in self.labels.items():
            text = sf.label(field, csl_type)
            label.setText(text)
            editor = self.fields[field]
            named = editor.edit if isinstance(editor, DateField) else editor
            named.setAccessibleName(text.replace("&", "").rstrip(" :\u00a0"))
        self._show_rows()

    def _show_rows(self, *_args: object) -> None:
        """A row shows when the type uses it, when it holds something, or on Show all."""
        wanted = sf.relevant(self.csl_type())
        every = self.show_all.isChecked()
        for field, editor in self.fields.items():
            self.form.setRowVisible(editor, every or field in wanted or self._has_value(field))

    def _has_value(self, field: str) -> bool:
        editor = self.fields[field]
        if isinstance(editor, NameListEditor):
            return bool(editor.rows)
        if isinstance(editor, DateField):
            return bool(editor.edit.text().strip())
        return bool(self._text(field).strip())

    def _text(self, field: str) -> str:
        editor = self.fields[field]
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        assert isinstance(editor, QLineEdit)
        return editor.text()

    def _update_ok(self, *_args: object) -> None:
        self.ok.setEnabled(not self.read_only and all(
            d.valid for d in self.fields.values() if isinstance(d, DateField)))

    # -- the result ---------------------------------------------------------------------
    def meta(self) -> SourceMeta:
        """The metadata as edited: the source's as it is now (a cell edit may have landed
        while the dialog was open) with each field changed here replaced.
        Raises ``DateError`` while a date cannot be read."""
        meta = copy.deepcopy(self.session.project.sources[self.source_id].meta)
        if self.csl_type() != self.original.type:
            meta.type = self.csl_type()
        for field, editor in self.fields.items():
            old = stored(self.original, field)
            if isinstance(editor, NameListEditor):
                names = editor.names()
                if names != as_names(old):
                    store(meta, field, names)
            elif isinstance(editor, DateField):
                if editor.changed():
                    store(meta, field, editor.value())
            elif self._text(field).strip() != self.initial[field].strip():
                store(meta, field, self._text(field).strip())
        return meta

    def accept(self) -> None:
        """Apply the changes as one undo step; with none, just close."""
        if self.read_only:
            return
        if self.source_id not in self.session.project.sources:  # gone meanwhile
            super().reject()
            return
        try:
            meta = self.meta()
        except DateError:
            self._update_ok()
            return
        if meta != self.session.project.sources[self.source_id].meta:
            self.session.undo_stack.push(
                EditSourceDetailsCommand(self.session, self.source_id, meta))
        super().accept()


def edit_source_details(session: ProjectSession, source_id: str,
                        parent: QWidget | None = None) -> bool:
    """Show the dialog for one source; whether the user pressed OK."""
    dialog = SourceDetailsDialog(session, source_id, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
