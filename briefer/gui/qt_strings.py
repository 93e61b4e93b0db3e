"""Strings of Qt's own dialogs that Qt's French catalogue (qtbase_fr.qm) leaves in English.

Briefer's catalogue carries them in Qt's contexts; Qt looks them up there when
its own translator has no entry, so the file dialogs read wholly in French.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
