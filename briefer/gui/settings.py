"""User settings, each declared once (key, type, default, description) over QSettings.

Nothing else in the GUI reads QSettings directly, so every setting is listed
here with its meaning, and tests get isolated values through Qt's test mode.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    description: str


SETTINGS: dict[str, Setting] = {s.key: s for s in (
    Setting("window/geometry", QByteArray, QByteArray(), "Main window size and position"),
    Setting("window/state", QByteArray, QByteArray(), "Tool bars and docks of the main window"),
    Setting("window/splitter_main", QByteArray, QByteArray(),
            "Widths of the three columns (sources and outline, reader, note)"),
    Setting("window/splitter_left", QByteArray, QByteArray(),
            "Heights of the sources list and the outline"),
    Setting("files/recent", list, [], "Recently opened project folders, newest first"),
    Setting("files/last_dir", str, "", "Folder last used in a file dialog"),
    Setting("ui/language", str, "system",
            "Interface language: 'system' (follow the locale), 'en' or 'fr'"),
    Setting("reader/font_size", int, 0, "Reader font size in points (0: the system size)"),
    Setting("autosave/delay_ms", int, 3000,
            "How long after the last change the recovery copy is written"),
    Setting("export/open_after", bool, True, "Offer to open the .docx after exporting"),
)}

MAX_RECENT = 8


class Settings:
    """Typed access to the declared settings."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings()

    def get(self, key: str) -> Any:
        spec = SETTINGS[key]
        value = self._q.value(key, spec.default)
        if value is None:
            return spec.default
        try:
            if spec.type is bool:
                return value if isinstance(value, bool) else str(value).lower() in ("1", "true")
            if spec.type is list:
                if isinstance(value, str):
                    return [value] if value else []
                return [str(v) for v in value]
            if spec.type is QByteArray:
                return value if isinstance(value, QByteArray) else QByteArray(value)
            return spec.type(value)
        except (TypeError, ValueError):
            return spec.default

    def set(self, key: str, value: Any) -> None:
        if key not in SETTINGS:
            raise KeyError(key)
        self._q.setValue(key, value)

    def sync(self) -> None:
        self._q.sync()

    def add_recent(self, path: str) -> list[str]:
        recent = [p for p in self.get("files/recent") if p != path]
        recent.insert(0, path)
        del recent[MAX_RECENT:]
        self.set("files/recent", recent)
        return recent
