"""Keys typed while the window is still being built, held and then delivered in order.

The main window paints its frame and Sources list first and builds the other
panes and the menus in the moments after (``window_steps``). A user who types
at once — Ctrl+S, Ctrl+4 then a word for the note — must not lose a key to a
menu or a pane that does not exist yet: until the window is complete, key
events aimed at it are held here, and replayed once it is, through the same
path as a key from the keyboard (``QTest.sendKeyEvent``: the shortcut map first,
then the widget with the focus at that moment), so a shortcut reaches its
action and the keys after it reach the pane it focused.

Until the window's first paint only the keys sent to the window itself are
held (no key can reach its widgets before it is shown on screen); the filter
on the whole application, which makes every event of every object pass
through Python, starts at that paint. Installed at once, it cost 12–16 ms of
a start of 150: each object that got an event before the paint (the window's
QWindow, the main window layout's animations, the headers, the scroll bars)
had its Python type made first, with all its enums.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6 import QtCore  # not ``Qt`` itself: the window imports this before its paint
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


class _Key(NamedTuple):  # not a dataclass: ``dataclasses`` took 1.5 ms before the paint
    press: bool
    key: int
    modifiers: QtCore.Qt.KeyboardModifier
    text: str


class HeldKeys(QObject):
    """Holds the key events of ``window``'s widgets from construction to ``release``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.keys: list[_Key] = []
        self._whole_app = False
        window.installEventFilter(self)  # the application's too, from the first paint

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint and not self._whole_app and obj is self.window:
            self._hold_whole_app()
            return False
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) \
                or not isinstance(obj, QWidget) or obj.window() is not self.window \
                or not isinstance(event, QKeyEvent):
            return False
        self.keys.append(_Key(kind == QEvent.Type.KeyPress, event.key(), event.modifiers(),
                              event.text()))
        return True

    def _hold_whole_app(self) -> None:
        """From the window's first paint: the keys sent to any of its widgets."""
        self._whole_app = True
        self.window.removeEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def release(self) -> None:
        """Stop holding; deliver what was held, in order, to the widget with the focus."""
        self.window.removeEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        keys, self.keys = self.keys, []
        if keys:
            replay(self.window, keys)


def replay(window: QWidget, keys: list[_Key]) -> None:
    """Send ``keys`` as the keyboard would (each to the focus widget of that moment)."""
    # QtTest (the one public way to send a key through the shortcut map) loads only
    # when a key was typed before the window was complete
    from PySide6.QtTest import QTest

    key = QtCore.Qt.Key
    modifier_keys = {key.Key_Shift, key.Key_Control, key.Key_Alt, key.Key_Meta, key.Key_AltGr}
    for held in keys:
        if held.key in modifier_keys:
            continue  # sendKeyEvent presses and releases the modifiers itself
        target = QApplication.focusWidget() or window
        if target.window() is not window:
            target = window
        action = QTest.KeyAction.Press if held.press else QTest.KeyAction.Release
        QTest.sendKeyEvent(action, target, key(held.key), held.text, held.modifiers)
