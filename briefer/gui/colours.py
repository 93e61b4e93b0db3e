"""Theme colours shared by the Outline (swatches) and the Reader (excerpt highlights).

Translucent hues read well over both light and dark palettes.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from briefer.core.outline import Outline

_HUES = (45, 200, 120, 330, 270, 20, 170, 90, 230, 0)
NO_THEME = QColor.fromHsv(50, 160, 255, 110)


def theme_colours(outline: Outline) -> dict[str, QColor]:
    """A stable colour for every theme, by its position in the outline."""
    out: dict[str, QColor] = {}
    i = 0
    for section in outline.sections:
        for theme in section.themes:
            out[theme.id] = QColor.fromHsv(_HUES[i % len(_HUES)], 150, 250, 110)
            i += 1
    return out


def opaque(colour: QColor) -> QColor:
    c = QColor(colour)
    c.setAlpha(255)
    return c
