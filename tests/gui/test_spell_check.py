"""Spell check as you type in the note, driven through the real note pane: the red
underline, the context menu's corrections, the project dictionary, the F7 switch."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication

from briefer.gui.prose_editor import ProseEditor
from briefer.gui.settings import SPELL_CHECK
from briefer.io.dictionaries import find_dictionary
from briefer.io.project_dictionary import DICTIONARY_FILE
from tests.helpers.gui import open_window, sections

SPELL = QTextCharFormat.UnderlineStyle.SpellCheckUnderline

needs_english = pytest.mark.skipif(
    find_dictionary("en-CA") is None or find_dictionary("en-CA")[1] != "en_CA",
    reason="no en_CA Hunspell dictionary (Debian package hunspell-en-ca)")
needs_french = pytest.mark.skipif(
    find_dictionary("fr-CA") is None,
    reason="no French Hunspell dictionary (Debian package hunspell-fr)")


def type_text(qtbot, editor: ProseEditor, text: str) -> None:
    """Type ``text`` key by key (QTest types ASCII only: other letters come as the key
    events a keyboard layout sends, with their text)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(editor, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                         char))


def new_editor(pane, qtbot, text: str, section: int = 0) -> ProseEditor:
    """A new text block in the note, with ``text`` typed into it."""
    block_id = pane.add_prose(sections(pane.session)[section].id)
    editor = pane.block_widget(block_id).text_edit
    type_text(qtbot, editor, text)
    return editor


def underlined(editor: ProseEditor) -> list[str]:
    """The words drawn with the spell check underline, as the user sees them (once the
    dictionary, loaded in a pass of the event loop of its own, is there)."""
    QApplication.processEvents()
    found = []
    block = editor.document().begin()
    while block.isValid():
        for fr in block.layout().formats():
            if fr.format.underlineStyle() == SPELL:
                found.append(block.text()[fr.start:fr.start + fr.length])
        block = block.next()
    return found


def point_at(editor: ProseEditor, word: str) -> QPoint:
    """Where the user right-clicks on ``word`` (its first occurrence)."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor.toPlainText().index(word) + 1)
    return editor.cursorRect(cursor).center()


def menu_action(editor: ProseEditor, word: str, text: str):
    menu = editor.context_menu(point_at(editor, word))
    actions = {a.text(): a for a in menu.actions()}
    assert text in actions, list(actions)
    return actions[text]


@needs_english
def test_a_misspelt_word_is_underlined_and_a_quoted_one_is_not(pane, qtbot) -> None:
    editor = new_editor(pane, qtbot, 'The colour we recieve, as “they recieve it”, for CUSMA')
    assert underlined(editor) == ["recieve"]
    text = editor.toPlainText()
    quoted_at = text.index("recieve", text.index("“"))
    ranges = [(fr.start, fr.start + fr.length)
              for fr in editor.document().begin().layout().formats()]
    assert all(not (s <= quoted_at < e) for s, e in ranges)


@needs_english
def test_a_suggestion_replaces_the_word_as_one_undo_step(pane, session, qtbot) -> None:
    editor = new_editor(pane, qtbot, "We recieve it")
    menu = editor.context_menu(point_at(editor, "recieve"))
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "receive" and len([t for t in texts[:7] if t.startswith("re")]) <= 6
    assert "Add to Project Dictionary" in texts and "Ignore" in texts
    menu.actions()[0].trigger()
    block = session.project.note.sections[0].blocks[-1]
    assert block.markdown == "We receive it" and underlined(editor) == []
    assert session.undo_stack.undoText() == "Correct spelling"
    session.undo_stack.undo()
    assert block.markdown == "We recieve it" and editor.toPlainText() == "We recieve it"
    assert underlined(editor) == ["recieve"]


@needs_english
def test_ignore_clears_the_word_in_every_block(pane, qtbot) -> None:
    first = new_editor(pane, qtbot, "then friendshoring")
    second = new_editor(pane, qtbot, "Friendshoring first", section=1)
    assert underlined(first) == ["friendshoring"] and underlined(second) == ["Friendshoring"]
    menu_action(first, "friendshoring", "Ignore").trigger()
    assert underlined(first) == [] and underlined(second) == []


@needs_english
def test_added_word_is_accepted_undoable_and_kept_after_reopening(
        qtbot, bw_settings, seeds_copy, tmp_path) -> None:
    from briefer.io.project_file import new_project

    folder = tmp_path / "proj"
    new_project(folder, seeds_copy)
    window = open_window(qtbot, bw_settings, folder)
    pane, stack = window.note_pane, window.session.undo_stack
    editor = new_editor(pane, qtbot, "Friendshoring and nearshoring")
    assert underlined(editor) == ["Friendshoring", "nearshoring"]
    menu_action(editor, "Friendshoring", "Add to Project Dictionary").trigger()
    assert underlined(editor) == ["nearshoring"]
    dictionary = folder / DICTIONARY_FILE
    assert dictionary.read_text(encoding="utf-8") == "Friendshoring\n"
    assert stack.undoText() == "Add “Friendshoring” to the project dictionary"
    stack.undo()
    assert underlined(editor) == ["Friendshoring", "nearshoring"]
    assert dictionary.read_text(encoding="utf-8") == ""
    stack.redo()
    assert underlined(editor) == ["nearshoring"]
    window.menu_actions.save.trigger()
    assert not window.isWindowModified()
    window.close()

    again = open_window(qtbot, bw_settings, folder)
    block = next(b for s in sections(again.session) for b in s.blocks)
    reopened = again.note_pane.block_widget(block.id).text_edit
    assert reopened.toPlainText() == "Friendshoring and nearshoring"
    assert underlined(reopened) == ["nearshoring"]


@needs_english
def test_f7_turns_spell_check_off_and_on_and_is_remembered(pane, qtbot) -> None:
    from briefer.gui.settings import Settings

    editor = new_editor(pane, qtbot, "We recieve it")
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_F7)
    assert underlined(editor) == []
    assert Settings().get(SPELL_CHECK) is False
    assert editor.toPlainText() == "We recieve it"  # F7 typed nothing
    qtbot.keyClick(editor, Qt.Key.Key_F7)
    assert underlined(editor) == ["recieve"]
    assert Settings().get(SPELL_CHECK) is True


@needs_french
def test_a_french_note_is_checked_in_french(pane, session, qtbot) -> None:
    from briefer.gui.commands.note import EditNoteMetaCommand

    editor = new_editor(pane, qtbot, "Le gouvernment et l’accord qu'il négocie")
    session.undo_stack.push(EditNoteMetaCommand(session, "language", "fr-CA"))
    assert underlined(editor) == ["gouvernment"]
    texts = [a.text() for a in editor.context_menu(point_at(editor, "gouvernment")).actions()]
    assert "gouvernement" in texts[:6]


def test_no_dictionary_turns_checking_off_and_says_which_package(
        pane, session, qtbot, monkeypatch, dlg) -> None:
    import briefer.gui.spell_check as spell_check
    from briefer.gui.commands.note import EditNoteMetaCommand

    monkeypatch.setattr(spell_check, "load_checker", lambda language: None)
    session.undo_stack.push(EditNoteMetaCommand(session, "language", "fr-CA"))
    editor = new_editor(pane, qtbot, "Le gouvernment")
    assert underlined(editor) == []
    texts = [a.text() for a in editor.context_menu(point_at(editor, "gouvernment")).actions()]
    note = [t for t in texts if "hunspell-fr" in t]
    assert note == ["Spelling is not checked: no French (Canada) dictionary. Install the "
                    "Debian package hunspell-fr."]
    assert dlg.calls == []  # no error dialog


@needs_english
def test_typing_a_long_paragraph_stays_fast(pane, qtbot) -> None:
    import time

    editor = new_editor(pane, qtbot, "Start ")
    sentence = "The government will recieve the tariffs and negotiate the accord. "
    editor.textCursor().insertText(sentence * 60)
    start = time.perf_counter()
    for _ in range(20):
        editor.textCursor().insertText("x")
    per_key = (time.perf_counter() - start) / 20
    assert underlined(editor).count("recieve") == 60
    assert per_key < 0.05, f"{per_key * 1000:.1f} ms a keystroke"


@needs_english
def test_code_is_not_checked_and_a_links_words_are(pane, qtbot) -> None:
    editor = new_editor(pane, qtbot, "")
    editor.set_markdown("See `codde` and [the linkk](https://example.org/badd) or "
                        "<https://example.org/teh>")
    assert underlined(editor) == ["linkk"]


@needs_english
def test_a_quotation_is_the_sources_words_and_a_paraphrase_is_checked(pane, session,
                                                                     qtbot) -> None:
    from tests.helpers.gui import article

    background = sections(session)[1]
    pane.add_excerpt(article(session).id, 0, 80, background.id)
    widget = pane.block_widget(background.blocks[0].id)
    # the quotation itself is a label showing the source's words: nothing is checked there
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Q,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    type_text(qtbot, widget.paraphrase, "Tarifs rose")
    assert underlined(widget.paraphrase) == ["Tarifs"]


def test_the_status_bar_names_the_package_for_a_missing_dictionary(
        project_window, qtbot, monkeypatch, dlg) -> None:
    import briefer.gui.spell_check as spell_check
    from briefer.gui.commands.note import EditNoteMetaCommand

    monkeypatch.setattr(spell_check, "load_checker", lambda language: None)
    session = project_window.session
    session.undo_stack.push(EditNoteMetaCommand(session, "language", "fr-CA"))
    new_editor(project_window.note_pane, qtbot, "Le gouvernment")
    qtbot.waitUntil(lambda: "hunspell-fr" in project_window.statusBar().currentMessage(),
                    timeout=3000)
    assert dlg.calls == []


@needs_english
def test_the_dictionary_loads_after_the_note_is_drawn_then_checks_it(pane, qtbot,
                                                                    monkeypatch) -> None:
    """Loading Hunspell's dictionary holds everything for up to a fifth of a second: it
    waits for a pass of its own, after the editors are drawn, which are checked then."""
    import briefer.io.dictionaries as dictionaries
    from briefer.gui.spell_check import SpellService

    dictionaries._load.cache_clear()
    service = SpellService.of(pane.session)
    service._checkers.clear()
    block_id = pane.add_prose(sections(pane.session)[0].id)
    editor = pane.block_widget(block_id).text_edit
    editor.setPlainText("We recieve it")
    assert service.loading()  # drawn without it, nothing underlined yet
    qtbot.waitUntil(lambda: underlined(editor) == ["recieve"], timeout=3000)
    assert not service.loading()
