"""Note ▸ Citation style: Chicago, APA, McGill, or any CSL style by name or file.

Departments cite in their own style; the CSL repository has most of them and
a house style is a ``.csl`` file. The choice belongs to the project (it is
saved with it) and is one undoable step; a style that cannot be used is
refused with one message and nothing changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QWidget

from briefer.core.edits import SetCitationStyle
from briefer.core.messages import UserError
from briefer.export.csl_styles import BUNDLED, find_style
from briefer.gui import dialogs
from briefer.gui.commands.edit import EditCommand
from briefer.gui.session import ProjectSession
from briefer.gui.wording import say


class CitationStyleMenu(QMenu):
    """The style choices, checked as the project stands each time the menu opens."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Citation &style"), parent)
        self.setObjectName("citationStyleMenu")
        self.session = session
        self._group = QActionGroup(self)
        labels = {"chicago": self.tr("&Chicago (notes and bibliography, 18th ed.)"),
                  "apa": self.tr("&APA (7th ed.)"),
                  "mcgill": self.tr("&McGill Guide (Canadian legal citation)")}
        self._named: dict[str, QAction] = {}
        for name in BUNDLED:
            if name not in labels:
                continue
            action = QAction(labels[name], self, checkable=True)
            action.setData(name)
            action.triggered.connect(lambda _checked=False, n=name: self.choose(n))
            self._group.addAction(action)
            self.addAction(action)
            self._named[name] = action
        self._other = QAction(self.tr("Other style…"), self, checkable=True)
        self._other.setToolTip(self.tr("A style of the CSL repository by name, such as ieee"))
        self._other.triggered.connect(self.ask_name)
        self._group.addAction(self._other)
        self.addAction(self._other)
        self.addSeparator()
        self._file = QAction(self.tr("Style &file (.csl)…"), self)
        self._file.triggered.connect(self.ask_file)
        self.addAction(self._file)
        self.aboutToShow.connect(self.sync)
        self.sync()

    def sync(self) -> None:
        current = (self.session.project.citation_style or "chicago").strip().lower()
        action = self._named.get(current, self._other)
        action.setChecked(True)
        self._other.setText(self.tr("Other style…") if action is not self._other else
                            self.tr("Other style (%1)…").replace(
                                "%1", self.session.project.citation_style))

    def choose(self, name: str) -> bool:
        """Make ``name`` the project's style (one undo step); False if it cannot be used."""
        try:
            style = find_style(name)
        except UserError as exc:
            dialogs.error(self.parentWidget(), self.tr("Citation style"), say(exc))
            self.sync()
            return False
        if name != self.session.project.citation_style:
            self.session.undo_stack.push(EditCommand(
                self.session, self.tr("Citation style: %1").replace("%1", style.title),
                SetCitationStyle(name)))
        self.sync()
        return True

    def ask_name(self) -> None:
        name, ok = QInputDialog.getText(
            self.parentWidget(), self.tr("Citation style"),
            self.tr("Name of a style in the CSL repository (for example ieee, "
                    "harvard-cite-them-right, modern-language-association):"))
        if ok and name.strip():
            self.choose(name.strip())
        else:
            self.sync()

    def ask_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.parentWidget(), self.tr("Citation style file"), str(Path.home()),
            self.tr("Citation styles (*.csl)"))
        if path:
            self.choose(path)
