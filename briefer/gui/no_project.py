"""What the window shows when no project is open (a project failed to open at start, or
its opening was cancelled: then the first way on is opening it again)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class NoProjectPage(QWidget):
    """A centred message and the ways on: open, create, or try the sample (and, after a
    cancelled opening, open that project again)."""

    retryRequested = Signal(str)  # the project whose opening was cancelled
    openRequested = Signal()
    newRequested = Signal()
    sampleRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noProjectPage")
        self.setAccessibleName(self.tr("No project open"))
        self.heading = QLabel(self.tr("No project is open"), self)
        self.heading.setObjectName("noProjectHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self)
        self.message.setObjectName("noProjectMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        # mnemonics differ from the menu bar's (tests/gui/test_mnemonics.py)
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("noProjectRetry")
        self.retry_path: Path | None = None
        self.retry_button.clicked.connect(
            lambda: self.retryRequested.emit(str(self.retry_path)) if self.retry_path else None)
        self.open_button = QPushButton(self.tr("Open pro&ject…"), self)
        self.open_button.setObjectName("noProjectOpen")
        self.open_button.setToolTip(self.tr("Open a project or a folder of sources"))
        self.new_button = QPushButton(self.tr("Ne&w project…"), self)
        self.new_button.setObjectName("noProjectNew")
        self.new_button.setToolTip(self.tr("Make a project from a folder of sources"))
        self.sample_button = QPushButton(self.tr("Open the s&ample"), self)
        self.sample_button.setObjectName("noProjectSample")
        self.sample_button.setToolTip(self.tr("Open the sample articles and survey that come "
                                              "with Briefer"))
        self.open_button.clicked.connect(self.openRequested)
        self.new_button.clicked.connect(self.newRequested)
        self.sample_button.clicked.connect(self.sampleRequested)
        # a column of readable width in the middle of the window
        panel = QWidget(self)
        panel.setMaximumWidth(560)
        column = QVBoxLayout(panel)
        column.addWidget(self.heading)
        column.addWidget(self.message)
        column.addSpacing(16)
        for button in (self.retry_button, self.open_button, self.new_button,
                       self.sample_button):
            button.setMinimumWidth(240)
            button.setAutoDefault(True)
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.set_reason("")
        self.set_retry(None)

    def set_reason(self, reason: str) -> None:
        """Say why no project is open (which file failed), or the general advice."""
        advice = self.tr("Open a project folder or a folder of sources, make a new project, "
                         "or look around in the sample.")
        self.message.setText(f"{reason}\n\n{advice}" if reason else advice)

    def set_retry(self, path: Path | None) -> None:
        """Offer to open ``path`` again (its opening was cancelled), or not (None)."""
        self.retry_path = path
        self.retry_button.setVisible(path is not None)
        if path is not None:
            self.retry_button.setText(self.tr("&Open “{0}” again").format(path.name))
            self.retry_button.setToolTip(str(path))

    def focus_first(self) -> None:
        first = self.retry_button if self.retry_path is not None else self.open_button
        first.setFocus(Qt.FocusReason.OtherFocusReason)
