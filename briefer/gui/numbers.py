"""Counts as the analyst's locale writes them: 10,001 in English, 10 001 in French.

Every count the window shows beside another goes through ``number``, so that "10001"
never stands next to "10,001" (the status bar's index count beside the opening
progress, the find bar's "1 of 2,671"). A "C" locale (``LANG=C.UTF-8``, as a session
or a container may start the app) writes no separators at all: the interface's
language then says which locale's to use, as the word count does.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from briefer.gui.wording import language


def number(n: int) -> str:
    """``n`` with the group separators of the locale (of the interface's language when
    the locale is "C")."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale("fr_CA" if language() == "fr" else "en_CA")
    return locale.toString(n)
