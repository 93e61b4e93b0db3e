"""Alt+letter does one thing: no two labels, buttons, tabs or menu titles share a mnemonic.

With Note details shown, Alt+F must open the File menu (not jump to "From:"),
in English and in French.
"""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabBar, QWidget

from tests.helpers.gui import open_window

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def window_mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, where) for every mnemonic Alt+letter can reach in the window now."""
    found: list[tuple[str, str]] = []
    for action in window.menuBar().actions():
        if action.isVisible() and (m := mnemonic(action.text())):
            found.append((m, f"menu {action.text()}"))
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget.window(), QMenu):
            continue
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or \
                isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i) and (m := mnemonic(widget.tabText(i))):
                    found.append((m, f"tab {widget.tabText(i)}"))
            continue
        else:
            continue
        if m := mnemonic(text):
            found.append((m, f"{type(widget).__name__} {text}"))
    return found


def clashes(found: list[tuple[str, str]]) -> dict[str, list[str]]:
    counts = Counter(letter for letter, _ in found)
    return {letter: [w for m, w in found if m == letter]
            for letter, n in counts.items() if n > 1}


def test_no_two_mnemonics_clash_with_note_details_shown(language, qtbot, bw_settings,
                                                         seeds_copy):
    w = open_window(qtbot, bw_settings, seeds_copy)
    assert w.note_pane.meta_form.body.isVisible()
    found = window_mnemonics(w)
    menus = {m for m, where in found if where.startswith("menu")}
    assert len(menus) == 5
    labels = [where for _, where in found if where.startswith("QLabel")]
    # the list of notes and every note detail shown have a label with a mnemonic (the
    # approver shows only on a note for decision)
    assert len(labels) == 12, labels
    assert clashes(found) == {}


def test_no_mnemonics_clash_with_no_project_open(language, qtbot, bw_settings, tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "project.yaml").write_text("format: nothing-known\n")
    w = open_window(qtbot, bw_settings, broken)
    found = window_mnemonics(w)
    assert len([f for f in found if f[1].startswith("QPushButton")]) == 3
    assert clashes(found) == {}


def test_each_menu_has_distinct_mnemonics(language, qtbot, bw_settings, seeds_copy):
    w = open_window(qtbot, bw_settings, seeds_copy)
    for top in w.menuBar().actions():
        menu = top.menu()
        menu.aboutToShow.emit()  # fills menus made on demand (Open Recent)
        found = [(m, a.text()) for a in menu.actions()
                 if a.isVisible() and not a.isSeparator() and (m := mnemonic(a.text()))]
        assert clashes(found) == {}, top.text()


def test_alt_f_opens_the_file_menu_not_a_field(language, qtbot, bw_settings, seeds_copy):
    """The label that used to take Alt+F ("&From:") no longer does."""
    w = open_window(qtbot, bw_settings, seeds_copy)
    file_letter = mnemonic(w.menuBar().actions()[0].text())
    note_letter = mnemonic(w.menuBar().actions()[2].text())
    form = w.note_pane.meta_form
    letters = {mnemonic(label.text()) for label, _ in form.rows.values()}
    assert file_letter not in letters and note_letter not in letters
