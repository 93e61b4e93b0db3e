"""Remove a source from the Sources list: say what goes with it, then one undo step.

The confirmation lists the excerpts taken from the source and the note
sections that quote them, since those go too; the removal itself is
``core.source_removal.remove_source`` in one ``EditCommand``, so Undo puts
the source, its excerpts and their blocks back where they were.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from briefer.core.source_removal import WhatGoes, remove_source as removal, what_goes
from briefer.gui import dialogs
from briefer.gui.commands.edit import EditCommand
from briefer.gui.session import ProjectSession
from briefer.gui.wording import shown_title

QUOTE_SHOWN = 70  # characters of an excerpt shown in the list


translate = QCoreApplication.translate  # as written, lupdate finds the strings


class SourceRemoval(QObject):
    """The sentences that count (lupdate reads plural forms from ``self.tr`` only)."""

    def question(self, title: str, count: int) -> str:
        return self.tr("Remove “{0}” from the project? Its %n excerpt(s) go with it, and "
                       "the note loses the quotes made from them. Undo brings everything "
                       "back.", "", count).format(title)

    def outline_sections(self, count: int) -> str:
        return self.tr("%n outline section(s) drawn from this survey go too.", "", count)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_SHOWN else text[:QUOTE_SHOWN - 1].rstrip() + "…"


def describe(goes: WhatGoes) -> tuple[str, str]:
    """The question, and the list of what goes with the source (for the details)."""
    title = shown_title(goes.source)
    count = len(goes.excerpts)
    if count:
        text = SourceRemoval().question(title, count)
    else:
        text = translate("SourceRemoval",
                         "Remove “{0}” from the project? No excerpt was taken from it. Undo "
                         "brings it back.").format(title)
    lines: list[str] = []
    if goes.excerpts:
        lines.append(translate("SourceRemoval", "Excerpts:"))
        lines += [f"• “{_short(e.exact)}”" for e in goes.excerpts]
    if goes.sections:
        lines.append(translate("SourceRemoval", "Quoted in:"))
        lines += ["• " + (f"{note} ▸ {section}" if note else section)
                  for note, section in dict.fromkeys(goes.sections)]
    if goes.outline_sections:
        lines.append(SourceRemoval().outline_sections(goes.outline_sections))
    return text, "\n".join(lines)


def remove_source(session: ProjectSession, source_id: str, parent: QWidget | None) -> bool:
    """Ask, then remove the source as one undo step; whether it was removed."""
    project = session.project
    if source_id not in project.sources or project.read_only:
        return False
    goes = what_goes(project, source_id)
    text, details = describe(goes)
    if not dialogs.confirm(parent, translate("SourceRemoval", "Remove source"), text, details,
                           yes=translate("SourceRemoval", "Remove"),
                           no=translate("SourceRemoval", "Cancel"), default_yes=False):
        return False
    label = _short(shown_title(goes.source))
    name = translate("SourceRemoval", "Remove source “{0}”").format(label)
    session.undo_stack.push(EditCommand(session, name, removal(project, source_id)))
    return True
