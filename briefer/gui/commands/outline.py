"""Undo commands for the analyst's outline edits.

Each command runs one ``Outline`` edit method, remembering the outline's
sections as they were before and after, so undo and redo restore exactly.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from briefer.core.outline import Outline, OutlineSection
from briefer.gui.session import ProjectSession

translate = QCoreApplication.translate


class OutlineEditCommand(QUndoCommand):
    """Apply ``edit(outline)`` on first redo; later redo/undo swap saved states."""

    def __init__(self, session: ProjectSession, text: str,
                 edit: Callable[[Outline], object]) -> None:
        super().__init__(text)
        self.session = session
        self._edit = edit
        self._before: list[OutlineSection] | None = None
        self._after: list[OutlineSection] | None = None
        self.result: object = None

    def redo(self) -> None:
        outline = self.session.project.outline
        if self._after is None:
            self._before = copy.deepcopy(outline.sections)
            self.result = self._edit(outline)
            self._after = copy.deepcopy(outline.sections)
        else:
            outline.sections = copy.deepcopy(self._after)
        self.session.notify_outline()

    def undo(self) -> None:
        assert self._before is not None
        self.session.project.outline.sections = copy.deepcopy(self._before)
        self.session.notify_outline()


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
