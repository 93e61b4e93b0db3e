"""Where Add excerpt puts the words, in sight beside it: "→ Background".

The note section that receives new excerpts is marked on the section itself, but
that section may be scrolled out of view, and a keyboard shortcut could once make
a section the target without the user seeing it. So the reader's header says it
too, next to the Add excerpt button, and a click on it chooses another section
(as Ctrl+Shift+E does).
"""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton, QWidget


class ExcerptTargetButton(QToolButton):
    """"→ Background": the section new excerpts go to; clicked to choose another."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("excerptTarget")
        self.setAutoRaise(True)
        self.setAccessibleName(self.tr("Note section for new excerpts"))
        self.set_target("")

    def set_target(self, section_title: str) -> None:
        """Show the section ("" when none is chosen yet: the first excerpt asks)."""
        if section_title:
            self.setText(self.tr("→ {0}").format(section_title))
            self.setToolTip(self.tr("Excerpts go to “{0}” in the note; click (or "
                                    "Ctrl+Shift+E) to choose another section")
                            .format(section_title))
        else:
            self.setText(self.tr("→ choose a section"))
            self.setToolTip(self.tr("No note section is chosen yet: the first excerpt "
                                    "asks where it goes"))
