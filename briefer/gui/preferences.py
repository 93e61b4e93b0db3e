"""Preferences: interface language, reader font size, autosave delay."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QSpinBox, QWidget)

from briefer.gui.settings import AUTOSAVE_DELAY_MS, READER_FONT_SIZE, UI_LANGUAGE, Settings

LANGUAGES = (("en", "English"), ("fr", "Français"))


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self.settings = settings
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.addItem(self.tr("System language"), "system")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(UI_LANGUAGE))))
        self.font_size = QSpinBox(self)
        self.font_size.setAccessibleName(self.tr("Reader font size"))
        self.font_size.setRange(0, 32)
        self.font_size.setSpecialValueText(self.tr("System size"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(settings.get(READER_FONT_SIZE))
        self.autosave = QSpinBox(self)
        self.autosave.setAccessibleName(self.tr("Autosave delay"))
        self.autosave.setRange(1, 120)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(max(1, settings.get(AUTOSAVE_DELAY_MS) // 1000))
        note = QLabel(self.tr("A new language takes effect when Briefer next starts."), self)
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", note)
        form.addRow(self.tr("&Reader font size:"), self.font_size)
        form.addRow(self.tr("&Save a recovery copy after:"), self.autosave)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        self.settings.set(UI_LANGUAGE, self.language.currentData())
        self.settings.set(READER_FONT_SIZE, self.font_size.value())
        self.settings.set(AUTOSAVE_DELAY_MS, self.autosave.value() * 1000)
        super().accept()
