"""The About dialog: name, version, what Briefer is for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QWidget

import briefer
from briefer.gui import dialogs


def about_text() -> str:
    purpose = QCoreApplication.translate(
        "about", "Draft correctly cited briefing notes from news articles and expert surveys.")
    promise = QCoreApplication.translate(
        "about", "Every quotation stays tied to the exact words of its source.")
    licence = QCoreApplication.translate("about", "MIT licence")
    return (f"<h3>Briefer {briefer.__version__}</h3><p>{purpose}</p><p>{promise}</p>"
            f"<p><small>Qt {qVersion()} · {licence}</small></p>")


def show_about(parent: QWidget | None) -> None:
    dialogs.about(parent, QCoreApplication.translate("about", "About Briefer"), about_text())
