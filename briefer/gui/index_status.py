"""The search index's state in the status bar: "Indexing 4,250/10,001", then "10,001
sources searchable".

Numbers carry the locale's group separators (``numbers.number``), as the opening
progress and the Search pane write theirs: "10001" beside "10,001 sources read" looked
like another number. While a project is being opened, the opening progress in the same
bar already says how far it is ("4,250 of 10,001 sources read"), and its sources are
indexed as they are read: a second counter beside it, a batch behind and worded
differently ("Indexing 4,000/10,001"), read as a second task or a contradiction. So this
label is blank while that progress shows, and says the index's state again once the
project is in.

The label itself is the window's (``MainWindow.index_label``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from briefer.gui.numbers import number

OPENING = "openingProgress"  # the object name of the opening progress in the status bar


class IndexStatus(QObject):
    """Keeps ``label`` saying the index's state (``SearchService.stateChanged``), blank
    while a project's opening progress is in ``bar`` (see module notes)."""

    def __init__(self, label: QLabel, service: QObject, bar: QStatusBar) -> None:
        super().__init__(label)
        self.label = label
        self.bar = bar
        self.state: tuple[str, int, int] | None = None  # the latest state told
        service.stateChanged.connect(self.show_state)  # type: ignore[attr-defined]
        bar.installEventFilter(self)  # the opening progress comes and goes

    def show_state(self, state: str, done: int, total: int) -> None:
        self.state = (state, done, total)
        self.render()

    def opening(self) -> bool:
        """Whether a project's opening progress shows in the status bar."""
        return any(not w.isHidden() for w in self.bar.findChildren(QWidget, OPENING))

    def text(self, state: str, done: int, total: int) -> str:
        """"Indexing 4,250/10,001" while ``state`` is "indexing", else "10,001 sources
        searchable" (the plural form by the language's rule, the number with separators)."""
        if state == "indexing":
            return self.tr("Indexing {0}/{1}").format(number(done), number(total))
        text = self.tr("%n source(s) searchable", "", total)
        return text.replace(str(total), number(total), 1)

    def render(self) -> None:
        text = "" if self.state is None or self.opening() else self.text(*self.state)
        if self.label.text() != text:
            self.label.setText(text)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ChildAdded, QEvent.Type.ChildRemoved):
            # once the child is shown (added) or gone (removed): on the next turn
            QTimer.singleShot(0, self, self.render)
        return False
