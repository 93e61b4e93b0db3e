"""Spell check as you type in the note's prose: red wavy underlines and a context menu.

One ``SpellService`` per open project (a child of its session) knows the note's
language, loads that language's dictionary once, holds the project dictionary and
the words ignored for now, and tells every editor to repaint when any of these change.
A ``SpellHighlighter`` on each prose editor underlines the misspelt words of the one
paragraph Qt asks about (the checker keeps its answer per word, so typing costs a few
set look-ups). Quotations are excerpt blocks, which have no prose editor, and the
words in quotation marks inside prose are skipped by ``core.spelling``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeySequence,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QUndoCommand,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QTextEdit, QWidget

from briefer.core.messages import UserError
from briefer.core.spelling import SpellChecker, base_language, debian_package
from briefer.gui.session import ProjectSession
from briefer.gui.settings import SPELL_CHECK, Settings
from briefer.io.dictionaries import load_checker
from briefer.io.project_dictionary import ProjectDictionary

TOGGLE_SHORTCUT = "F7"
MENU_SUGGESTIONS = 6


def tr(text: str) -> str:
    return QCoreApplication.translate("SpellCheck", text)


def language_name(language: str) -> str:
    return {"en": tr("English (Canada)"), "fr": tr("French (Canada)")}.get(
        base_language(language), language)


class SpellService(QObject):
    """The spell checking of one open project (see module notes)."""

    changed = Signal()  # what is misspelt may have changed: repaint every editor

    def __init__(self, session: ProjectSession, settings: Settings | None = None) -> None:
        super().__init__(session)
        self.setObjectName("spellService")
        self.session = session
        self.settings = settings or Settings()
        self.enabled = self.settings.get(SPELL_CHECK)
        self.ignored: set[str] = set()
        self._checkers: dict[str, SpellChecker | None] = {}
        self._loading: set[str] = set()  # languages whose dictionary is about to load
        self._warned: set[str] = set()
        self._language = self.language()
        self._folder = self.folder()
        self.dictionary = self._read()
        session.projectReplaced.connect(self._project_replaced)
        session.pathChanged.connect(self._path_changed)
        session.noteChanged.connect(self._note_changed)

    @classmethod
    def of(cls, session: ProjectSession) -> SpellService:
        """The session's service, made the first time an editor asks."""
        found = session.findChild(SpellService, "spellService",
                                  Qt.FindChildOption.FindDirectChildrenOnly)
        return found if isinstance(found, SpellService) else cls(session)

    # -- what to check with ---------------------------------------------------------
    def language(self) -> str:
        return self.session.project.note.meta.language or "en-CA"

    def folder(self) -> Path | None:
        """Where the project dictionary lives: a real project's folder (a folder of
        sources opened read-only gets no file among its sources)."""
        project = self.session.project
        return Path(project.path) if project.path and not project.read_only else None

    def checker(self) -> SpellChecker | None:
        """The checker for the note's language; None when off, without a dictionary, or
        while the dictionary is still to be loaded.

        Loading a dictionary holds the interpreter for 70–200 ms (Hunspell, in C): it is
        done in a pass of its own, after the editors that asked are drawn, and they are
        checked again when it is there (``changed``) — not in the middle of opening a
        note, which it made freeze for that much longer."""
        if not self.enabled:
            return None
        language = self.language()
        if language not in self._checkers:
            if language not in self._loading:
                self._loading.add(language)
                QTimer.singleShot(0, lambda: self._load(language))
            return None
        return self._checkers[language]

    def checker_now(self) -> SpellChecker | None:
        """``checker``, the dictionary loaded now if need be (a menu about to show)."""
        if self.enabled and self.language() not in self._checkers:
            self._load(self.language())
        return self.checker()

    def loading(self) -> bool:
        """Whether the note's dictionary is about to load (not missing: not there yet)."""
        return self.language() in self._loading

    def _load(self, language: str) -> None:
        self._loading.discard(language)
        if language in self._checkers:
            return
        checker = load_checker(language)
        if checker is not None:
            checker.set_project_words(self.dictionary.words)
            checker.ignored = self.ignored
        self._checkers[language] = checker
        self.changed.emit()

    def missing_message(self) -> str:
        """Why the note is not checked although spell check is on ("" when it is)."""
        if not self.enabled or self.checker_now() is not None:
            return ""
        language = self.language()
        package = debian_package(language)
        text = (tr("Spelling is not checked: no %1 dictionary. Install the Debian package "
                   "%2.") if package else
                tr("Spelling is not checked: no %1 dictionary."))
        return text.replace("%1", language_name(language)).replace("%2", package)

    def warn_missing(self, widget: QWidget) -> None:
        """Say once per language, in the window's status bar, why nothing is underlined."""
        language = self.language()
        if language in self._warned:
            return
        self._warned.add(language)
        window = widget.window()
        message = self.missing_message()
        if message and isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 15000)

    # -- what the user does ---------------------------------------------------------
    def set_enabled(self, enabled: bool) -> None:
        if enabled == self.enabled:
            return
        self.enabled = enabled
        self.settings.set(SPELL_CHECK, enabled)
        self._warned.clear()
        self.changed.emit()

    def add_word(self, word: str) -> None:
        """Add to the project dictionary, as one step of the project's undo history."""
        self.session.undo_stack.push(AddWordCommand(self, word))

    def ignore(self, word: str) -> None:
        """Accept ``word`` until the project is closed (not written anywhere)."""
        self.ignored.add(word)
        self.changed.emit()

    def set_word(self, word: str, present: bool) -> None:
        """Add or remove one project word, write the file, repaint."""
        changed = self.dictionary.add(word) if present else self.dictionary.remove(word)
        if changed:
            self._write()
            self._words_changed()

    # -- keeping up with the project --------------------------------------------------
    def _read(self) -> ProjectDictionary:
        folder = self.folder()
        return ProjectDictionary.read(folder) if folder else ProjectDictionary()

    def _write(self, new_folder: bool = False) -> None:
        folder = self.folder()
        if folder is None:
            return  # kept in memory; written when the project gets a folder (Save As)
        try:
            if new_folder:
                self.dictionary.save_as(folder)
            else:
                self.dictionary.save(folder)
        except UserError as exc:
            self._report(str(exc))

    def _report(self, message: str) -> None:
        """A dictionary that cannot be written is said in the project's window, not in a
        dialog: the word is still accepted until the project is closed."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMainWindow) and getattr(widget, "session", None) is \
                    self.session:
                widget.statusBar().showMessage(message, 15000)

    def _words_changed(self) -> None:
        for checker in self._checkers.values():
            if checker is not None:
                checker.set_project_words(self.dictionary.words)
        self.changed.emit()

    def _project_replaced(self) -> None:
        folder = self.folder()
        if folder is not None and folder == self._folder:
            self.dictionary.take_in(folder)  # the same project: another writer's save
        else:
            self.dictionary = self._read()
            self.ignored.clear()
        self._folder = folder
        self._language = self.language()
        self._warned.clear()
        self._words_changed()

    def _path_changed(self, _path: str) -> None:
        folder = self.folder()
        if folder is not None and folder != self._folder:
            self._folder = folder
            self._write(new_folder=True)

    def _note_changed(self) -> None:
        language = self.language()
        if language != self._language:  # the note's language was changed
            self._language = language
            self.changed.emit()


class AddWordCommand(QUndoCommand):
    """"Add to project dictionary" as an undoable step; the file is written each way."""

    def __init__(self, service: SpellService, word: str) -> None:
        super().__init__(tr("Add “%1” to the project dictionary").replace("%1", word))
        self.service = service
        self.word = word

    def redo(self) -> None:
        self.service.set_word(self.word, True)

    def undo(self) -> None:
        self.service.set_word(self.word, False)


def _unchecked(block: QTextBlock) -> list[tuple[int, int]]:
    """Ranges of the paragraph in code formatting: not words to spell. (A link's text is
    the analyst's and is checked; its address is not shown, and one written out as the
    text is skipped as any address is.)"""
    ranges = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        fmt = fragment.charFormat()
        if fmt.fontFixedPitch():
            start = fragment.position() - block.position()
            ranges.append((start, start + fragment.length()))
        iterator += 1
    return ranges


def misspelt_in_block(checker: SpellChecker, block: QTextBlock) -> list[tuple[int, int]]:
    """(start, end) in ``block`` of each misspelt word, code left out."""
    bad = checker.misspelt(block.text())
    skip = _unchecked(block) if bad else []
    return [(s, e) for s, e in bad if not any(a <= s and e <= b for a, b in skip)]


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines misspelt words in one prose editor, and offers corrections."""

    def __init__(self, editor: QTextEdit, service: SpellService) -> None:
        super().__init__(editor.document())
        self.editor = editor
        self.service = service
        self.underline = QTextCharFormat()
        self.underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.underline.setUnderlineColor(QColor("#d21f1f"))
        self.toggle_action = QAction(tr("Check Spelling as You Type"), editor)
        self.toggle_action.setCheckable(True)
        self.toggle_action.setChecked(service.enabled)
        self.toggle_action.setShortcut(QKeySequence(TOGGLE_SHORTCUT))
        self.toggle_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.toggle_action.toggled.connect(service.set_enabled)
        editor.addAction(self.toggle_action)
        service.changed.connect(self._service_changed)

    def _service_changed(self) -> None:
        if self.toggle_action.isChecked() != self.service.enabled:
            self.toggle_action.blockSignals(True)
            self.toggle_action.setChecked(self.service.enabled)
            self.toggle_action.blockSignals(False)
        # underlines only: the editor must not report this as an edit (its Markdown read
        # back can differ from the stored one, e.g. wrapped, which made a phantom undo step)
        blocked = self.editor.blockSignals(True)
        try:
            self.rehighlight()
        finally:
            self.editor.blockSignals(blocked)

    def highlightBlock(self, text: str) -> None:
        checker = self.service.checker()
        if checker is None:
            if self.service.enabled and text.strip() and not self.service.loading():
                self.service.warn_missing(self.editor)
            return
        for start, end in misspelt_in_block(checker, self.currentBlock()):
            self.setFormat(start, end - start, self.underline)

    # -- the context menu -------------------------------------------------------------
    def word_at(self, pos: QPoint) -> tuple[QTextBlock, int, int] | None:
        """The misspelt word under ``pos`` (viewport coordinates): its block and range."""
        checker = self.service.checker_now()
        if checker is None:
            return None
        cursor = self.editor.cursorForPosition(pos)
        block, offset = cursor.block(), cursor.positionInBlock()
        for start, end in misspelt_in_block(checker, block):
            if start <= offset <= end:
                return block, start, end
        return None

    def add_to_menu(self, menu: QMenu, pos: QPoint) -> None:
        """Put the corrections of the word under ``pos`` at the top of ``menu``, and the
        spell check switch (with why it is off, if it is) at the bottom."""
        first = menu.actions()[0] if menu.actions() else menu.addSeparator()
        found = self.word_at(pos)
        checker = self.service.checker_now()
        if found is not None and checker is not None:
            block, start, end = found
            word = block.text()[start:end]
            suggestions = checker.suggestions(word, MENU_SUGGESTIONS)
            for suggestion in suggestions:
                action = QAction(suggestion, menu)
                font = action.font()
                font.setBold(True)
                action.setFont(font)
                action.triggered.connect(
                    lambda _=False, s=suggestion: self.replace(block, start, end, s))
                menu.insertAction(first, action)
            if not suggestions:
                none = QAction(tr("(No spelling suggestions)"), menu)
                none.setEnabled(False)
                menu.insertAction(first, none)
            add = QAction(tr("Add to Project Dictionary"), menu)
            add.triggered.connect(lambda _=False: self.service.add_word(word))
            ignore = QAction(tr("Ignore"), menu)
            ignore.triggered.connect(lambda _=False: self.service.ignore(word))
            menu.insertAction(first, add)
            menu.insertAction(first, ignore)
            menu.insertSeparator(first)
        menu.addSeparator()
        menu.addAction(self.toggle_action)
        missing = self.service.missing_message()
        if missing:
            note = QAction(missing, menu)
            note.setEnabled(False)
            menu.addAction(note)

    def replace(self, block: QTextBlock, start: int, end: int, word: str) -> None:
        """Put ``word`` in place of the misspelt one: one step of the undo history."""
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(block.position() + start)
        cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
        stack = getattr(self.editor, "undo_stack", None)
        if stack is not None:
            stack.beginMacro(tr("Correct spelling"))
        try:
            cursor.beginEditBlock()
            cursor.insertText(word)
            cursor.endEditBlock()
        finally:
            if stack is not None:
                stack.endMacro()
        self.editor.setTextCursor(cursor)


def attach_spell_check(editor: QTextEdit) -> SpellHighlighter | None:
    """Spell check ``editor`` if it belongs to an open project's note (the nearest
    parent widget with a ``session``); a stand-alone editor is left unchecked."""
    widget: QObject | None = editor.parent()
    while widget is not None:
        session = getattr(widget, "session", None)
        if isinstance(session, ProjectSession):
            return SpellHighlighter(editor, SpellService.of(session))
        widget = widget.parent()
    return None
