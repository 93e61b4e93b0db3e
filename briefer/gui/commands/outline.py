"""Undo commands for the analyst's outline edits.

Each runs one ``Outline`` edit method on a copy of the outline when it is made
(``core.edits.outline_edit``): the command holds the sections that changed, and
a theme that disappears is unlinked from the excerpts that illustrate it.
``result`` is what the method returned (a new theme, say).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from briefer.core.edits import outline_edit
from briefer.core.outline import Outline
from briefer.gui.commands.edit import EditCommand
from briefer.gui.session import ProjectSession

translate = QCoreApplication.translate


class OutlineEditCommand(EditCommand):
    """``edit(outline)`` as one undo step (see module notes)."""

    def __init__(self, session: ProjectSession, text: str,
                 edit: Callable[[Outline], object]) -> None:
        change, self.result = outline_edit(session.project, edit)
        super().__init__(session, text, change)


def rename_theme(session: ProjectSession, theme_id: str, label: str) -> OutlineEditCommand:
    return OutlineEditCommand(session, translate("commands", "Rename theme"),
                              lambda o: o.rename_theme(theme_id, label))


def rename_section(session: ProjectSession, section_id: str, label: str) -> OutlineEditCommand:
    return OutlineEditCommand(session, translate("commands", "Rename question"),
                              lambda o: o.rename_section(section_id, label))


def set_theme_note(session: ProjectSession, theme_id: str, note: str) -> OutlineEditCommand:
    return OutlineEditCommand(session, translate("commands", "Edit theme note"),
                              lambda o: o.set_theme_note(theme_id, note))


def set_section_note(session: ProjectSession, section_id: str, note: str) -> OutlineEditCommand:
    def edit(o: Outline) -> None:
        section = o.section(section_id)
        if section is None:
            raise KeyError(section_id)
        section.note = note
    return OutlineEditCommand(session, translate("commands", "Edit question note"), edit)


def add_theme(session: ProjectSession, section_id: str, label: str,
              response_ids: list[str] | None = None) -> OutlineEditCommand:
    return OutlineEditCommand(session, translate("commands", "Add theme"),
                              lambda o: o.add_theme(section_id, label, response_ids))


def remove_theme(session: ProjectSession, theme_id: str) -> OutlineEditCommand:
    return OutlineEditCommand(session, translate("commands", "Delete theme"),
                              lambda o: o.remove_theme(theme_id))


def move_theme(session: ProjectSession, theme_id: str, new_index: int) -> OutlineEditCommand:
    return OutlineEditCommand(session, translate("commands", "Move theme"),
                              lambda o: o.move_theme(theme_id, new_index))


def merge_themes(session: ProjectSession, target_id: str, other_id: str) -> OutlineEditCommand:
    return OutlineEditCommand(session, translate("commands", "Merge themes"),
                              lambda o: o.merge_themes(target_id, other_id))


def split_theme(session: ProjectSession, theme_id: str, response_ids: list[str],
                label: str) -> OutlineEditCommand:
    return OutlineEditCommand(session, translate("commands", "Split theme"),
                              lambda o: o.split_theme(theme_id, response_ids, label))


def move_response(session: ProjectSession, response_id: str, from_theme: str,
                  to_theme: str) -> OutlineEditCommand:
    return OutlineEditCommand(session, translate("commands", "Move response"),
                              lambda o: o.move_response(response_id, from_theme, to_theme))


def copy_response(session: ProjectSession, response_id: str, to_theme: str) -> OutlineEditCommand:
    return OutlineEditCommand(session, translate("commands", "Copy response to theme"),
                              lambda o: o.copy_response(response_id, to_theme))


def remove_response(session: ProjectSession, response_id: str,
                    theme_id: str) -> OutlineEditCommand:
    return OutlineEditCommand(session, translate("commands", "Remove response from theme"),
                              lambda o: o.remove_response(response_id, theme_id))


def mark_disagreeing(session: ProjectSession, response_id: str, theme_id: str,
                     disagrees: bool) -> OutlineEditCommand:
    text = translate("commands", "Mark response as disagreeing") if disagrees else \
        translate("commands", "Mark response as agreeing")
    return OutlineEditCommand(session, text,
                              lambda o: o.mark_disagreeing(response_id, theme_id, disagrees))


def theme_from_response(session: ProjectSession, section_id: str, response_id: str,
                        label: str, from_theme: str = "") -> OutlineEditCommand:
    """A new theme holding one answer: split off from ``from_theme``, or a single view."""
    def edit(o: Outline) -> object:
        if from_theme:
            return o.split_theme(from_theme, [response_id], label)
        return o.add_theme(section_id, label, [response_id])
    return OutlineEditCommand(session, translate("commands", "New theme from response"), edit)
