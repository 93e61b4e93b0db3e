"""The note's word count in the status bar ("1,234 words"), beside its page count.

A note has a length budget too, and a page count needs LibreOffice and seconds; the
words are counted at once from the note itself (``core.note_find.count_words``: the
model, never the widgets, so a long note costs no layout), 300 ms after it stops
changing. The tooltip splits the analyst's words from the quotations'. While a text
field of the note has a selection, the label says how many of the words it holds
("12 of 1,234 words"), as a word processor does.

Until a note is counted the label is blank, never a count of something else: while a
project is read (``set_waiting``: the empty project standing in has no words) and from
the moment another project comes in until its note is counted ("0 words" stayed there
for seconds while a large project settled in).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTextEdit, QWidget

from briefer.core.note_find import WordCount, count_text_words, count_words
from briefer.gui.session import ProjectSession
from briefer.gui.wording import language

DELAY_MS = 300


def number(n: int) -> str:
    """1,234 in English; 1 234 (a narrow no-break space) in French."""
    text = f"{n:,}"
    return text.replace(",", "\u202f") if language() == "fr" else text


def words_text(n: int) -> str:
    """"1 word", "1,234 words" (the plural form by the language's rule, the number with
    its separators)."""
    return _Words().words(n).replace(str(n), number(n), 1)


class _Words(QObject):
    """The plural forms ("%n word(s)": lupdate reads them from ``self.tr`` only)."""

    def words(self, n: int) -> str:
        return self.tr("%n word(s)", "", n)


class WordCountLabel(QLabel):
    """"1,234 words"; "12 of 1,234 words" with a selection (see module notes)."""

    def __init__(self, session: ProjectSession, note_area: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordCount")
        self.setAccessibleName(self.tr("Word count"))
        self.setStyleSheet("QLabel#wordCount { padding: 0 4px; }")
        self.session = session
        self.note_area = note_area  # text fields inside it count their selection
        self.count = WordCount(0, 0)
        self.selected: int | None = None
        self._field: QTextEdit | QLineEdit | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.count_now)
        self.waiting = False  # a project being read: nothing to count yet
        for signal in (session.noteChanged, session.notesChanged, session.excerptsChanged):
            signal.connect(self.timer.start)
        session.projectReplaced.connect(self._replaced)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.count_now()

    def set_waiting(self, waiting: bool) -> None:
        """While a project is read: blank (see module notes); after, counted at once."""
        self.waiting = waiting
        if waiting:
            self.timer.stop()
            self._blank()
        else:
            self.count_now()

    def _replaced(self) -> None:
        """Another project: blank until its note is counted."""
        self._blank()
        self.timer.start()

    def _blank(self) -> None:
        self.setText("")
        self.setToolTip("")

    def count_now(self) -> None:
        if self.waiting:
            return
        project = self.session.project
        self.count = count_words(project.note, project.excerpts)
        self._show()

    def _show(self) -> None:
        total = self.count.total
        if self.selected:
            self.setText(self.tr("{0} of {1}").format(number(self.selected), words_text(total)))
        else:
            self.setText(words_text(total))
        self.setToolTip(self.tr("Your words: {0}. Quotations: {1}. Footnotes are not "
                                "counted.").format(number(self.count.prose),
                                                   number(self.count.quotations)))

    # -- the selection in a text field of the note ------------------------------------
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        field = new if isinstance(new, (QTextEdit, QLineEdit)) else None
        if field is not None and (self.note_area is None
                                  or not self.note_area.isAncestorOf(field)):
            field = None
        if field is self._field:
            return
        if self._field is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # deleted with its block
                self._field.selectionChanged.disconnect(self._selection_changed)
        self._field = field
        if field is not None:
            field.selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def _selection_changed(self) -> None:
        field = self._field
        text = ""
        if isinstance(field, QTextEdit):
            text = field.textCursor().selectedText()
        elif isinstance(field, QLineEdit):
            text = field.selectedText()
        selected = count_text_words(text) if text else None
        if selected != self.selected:
            self.selected = selected
            if self.text():  # counted (blank: not yet)
                self._show()
