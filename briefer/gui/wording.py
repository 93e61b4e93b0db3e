"""Messages from below (errors, warnings, the check's problems) in the interface's language.

The core and the I/O layer describe what happened as ``core.messages.Message``
data; the app words them here, in the language its translators were installed
for (``gui.app.install_translators`` records it on the application).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefer.core import messages


def language() -> str:
    """The interface's language code ("en", "fr")."""
    app = QCoreApplication.instance()
    value = app.property("brieferLanguage") if app is not None else None
    return str(value) if value else "en"


def say(what: object) -> str:
    """A message, a user error or plain text, in the interface's language."""
    return messages.say(what, language())
