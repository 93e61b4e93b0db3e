"""Where the bundled sample corpus and resources are, installed or in a checkout.

An installed wheel carries them as the packages ``briefer.seeds`` and
``briefer.resources``; an editable install or a source checkout reads the
top-level ``seeds/`` and ``resources/`` folders directly.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent


def _locate(package: str, folder: str) -> Path:
    try:
        root = importlib.resources.files(package)
    except ModuleNotFoundError:
        return _CHECKOUT / folder
    return Path(str(root))


def seeds_dir() -> Path:
    """The bundled sample corpus (four articles and one survey)."""
    return _locate("briefer.seeds", "seeds")


def resources_dir() -> Path:
    """Templates, icons, translations and the reference .docx."""
    return _locate("briefer.resources", "resources")
