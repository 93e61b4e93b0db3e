"""Messages from below (errors, warnings, the check's problems) in the interface's language.

The core and the I/O layer describe what happened as ``core.messages.Message``
data; the app words them here, in the language its translators were installed
for (``gui.app.install_translators`` records it on the application).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefer.core import messages
from briefer.core.source_basics import UNTITLED_SURVEY

TYPE_CHECKING = False
if TYPE_CHECKING:
    from briefer.core.source import Source


def language() -> str:
    """The interface's language code ("en", "fr")."""
    app = QCoreApplication.instance()
    value = app.property("brieferLanguage") if app is not None else None
    return str(value) if value else "en"


def say(what: object) -> str:
    """A message, a user error or plain text, in the interface's language."""
    return messages.say(what, language())


def shown_title(source: Source) -> str:
    """What the window calls ``source``: its title, else its opening words; a survey
    with no title is "Untitled survey" in the interface's language (as the Sources
    list says), wherever it is named: the reader, the note, the finders, the dialogs."""
    if not source.meta.title and source.display_title == UNTITLED_SURVEY:
        return QCoreApplication.translate("SourcesModel", "Untitled survey")
    return source.display_title
