"""User settings, each declared once (key, default, description, type) over QSettings.

Nothing else in the GUI reads QSettings directly, so every setting is listed
here with its meaning, and tests get isolated values through Qt's test mode.
Each setting carries its value type, so ``Settings.get(READER_FONT_SIZE)`` is
known to be an ``int`` wherever it is read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


def _to_bool(value: object) -> bool:
    return value if isinstance(value, bool) else str(value).lower() in ("1", "true")


def _to_int(value: object) -> int:
    if isinstance(value, (int, float, str, bytes)):
        return int(value)
    raise TypeError(f"not a number: {value!r}")


def _to_str(value: object) -> str:
    return str(value)


def _to_str_list(value: object) -> list[str]:
    # QSettings gives back a one-item list as a plain string, and no list as ""
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, Iterable):
        return [str(v) for v in value]
    raise TypeError(f"not a list: {value!r}")


def _to_bytes(value: object) -> QByteArray:
    if isinstance(value, QByteArray):
        return value
    if isinstance(value, str):
        return QByteArray(value.encode())
    if isinstance(value, (bytes, bytearray, memoryview)):
        return QByteArray(value)
    raise TypeError(f"not bytes: {value!r}")


class Setting(Generic[T]):
    """One setting. A plain class, not a dataclass: the window imports this module before
    its first paint, and importing ``dataclasses`` took 1.5 ms of it."""

    __slots__ = ("convert", "default", "description", "key")

    def __init__(self, key: str, default: T, description: str,
                 convert: Callable[[object], T]) -> None:
        self.key = key
        self.default = default
        self.description = description
        self.convert = convert  # stored value -> T; TypeError/ValueError: use the default


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray(), "Main window size and position",
                          _to_bytes)
WINDOW_STATE = Setting("window/state", QByteArray(), "Tool bars and docks of the main window",
                       _to_bytes)
SPLITTER_MAIN = Setting("window/splitter_main", QByteArray(),
                        "Widths of the three columns (sources and outline, reader, note)",
                        _to_bytes)
SPLITTER_LEFT = Setting("window/splitter_left", QByteArray(),
                        "Heights of the sources list and the outline", _to_bytes)
RECENT_FILES: Setting[list[str]] = Setting(
    "files/recent", [], "Recently opened project folders, newest first", _to_str_list)
LAST_DIR = Setting("files/last_dir", "", "Folder last used in a file dialog", _to_str)
UI_LANGUAGE = Setting("ui/language", "system",
                      "Interface language: 'system' (follow the locale), 'en' or 'fr'", _to_str)
READER_FONT_SIZE = Setting("reader/font_size", 0,
                           "Reader font size in points (0: the system size)", _to_int)
AUTOSAVE_DELAY_MS = Setting("autosave/delay_ms", 3000,
                            "How long after the last change the recovery copy is written",
                            _to_int)
EXPORT_OPEN_AFTER = Setting("export/open_after", True,
                            "Offer to open the .docx after exporting", _to_bool)
EXPORT_REFERENCE = Setting("export/reference_docx", "",
                           "Reference .docx last chosen for an export (styles, page set-up, "
                           "letterhead); empty: Briefer's built-in one", _to_str)
SPELL_CHECK = Setting("note/spell_check", True,
                      "Check the note's spelling as you type (F7 in the note)", _to_bool)

SETTINGS: dict[str, Setting[Any]] = {s.key: s for s in (
    WINDOW_GEOMETRY, WINDOW_STATE, SPLITTER_MAIN, SPLITTER_LEFT, RECENT_FILES, LAST_DIR,
    UI_LANGUAGE, READER_FONT_SIZE, AUTOSAVE_DELAY_MS, EXPORT_OPEN_AFTER, EXPORT_REFERENCE,
    SPELL_CHECK,
)}

MAX_RECENT = 8


class Settings:
    """Typed access to the declared settings."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings()

    def get(self, setting: Setting[T]) -> T:
        value = self._q.value(setting.key, setting.default)
        if value is None:
            return setting.default
        try:
            return setting.convert(value)
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        if SETTINGS.get(setting.key) is not setting:
            raise KeyError(setting.key)
        self._q.setValue(setting.key, value)

    def sync(self) -> None:
        self._q.sync()

    def add_recent(self, path: str) -> list[str]:
        recent = [p for p in self.get(RECENT_FILES) if p != path]
        recent.insert(0, path)
        del recent[MAX_RECENT:]
        self.set(RECENT_FILES, recent)
        return recent
