"""Where Briefer's own files are: the bundled sample and resources, and the user's cache.

An installed wheel carries them as the (namespace) packages ``briefer.seeds``
and ``briefer.resources``; an editable install or a source checkout reads the
top-level ``seeds/`` and ``resources/`` folders directly.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent


def _locate(package: str, folder: str) -> Path:
    # The data folders hold no __init__.py (seeds/ stays exactly the corpus), so they
    # install as namespace packages: ask the import system where the folder is.
    spec = importlib.util.find_spec(package)
    locations = list(spec.submodule_search_locations or []) if spec else []
    return Path(locations[0]) if locations else _CHECKOUT / folder


def user_cache_dir() -> Path:
    """The user's cache folder for Briefer (XDG_CACHE_HOME, else ~/.cache)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "briefer"


def seeds_dir() -> Path:
    """The bundled sample corpus (four articles and one survey)."""
    return _locate("briefer.seeds", "seeds")


def resources_dir() -> Path:
    """Templates, icons, translations and the reference .docx."""
    return _locate("briefer.resources", "resources")
