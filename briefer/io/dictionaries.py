"""Finding and loading the Hunspell dictionaries that the spell checker uses.

Real dictionaries, as the operating system installs them (Debian's ``hunspell-en-ca``
and ``hunspell-fr``), read by chunspell's Hunspell. Where to look, in order: the folder
named by ``BRIEFER_DICTIONARIES``, ``/usr/share/hunspell``, ``/usr/share/myspell/dicts``;
for English, the en_US dictionary inside the chunspell wheel comes last, so English is
checked even on a machine with none installed. A language with no dictionary is not an
error: ``load_checker`` answers None and the note is simply not checked.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from briefer.core.spelling import Engine, SpellChecker, base_language, dictionary_names

try:
    import hunspell  # chunspell
except ImportError:  # pragma: no cover - a dependency; without it nothing is checked
    hunspell = None

ENV_FOLDER = "BRIEFER_DICTIONARIES"
SYSTEM_FOLDERS = (Path("/usr/share/hunspell"), Path("/usr/share/myspell/dicts"),
                  Path("/usr/share/myspell"))


def _bundled_folder() -> Path | None:
    if hunspell is None:
        return None
    folder = Path(hunspell.__file__).parent / "dictionaries"
    return folder if folder.is_dir() else None


def search_folders(language: str) -> list[Path]:
    """The folders searched for ``language``'s dictionary, in order."""
    folders = [Path(p) for p in os.environ.get(ENV_FOLDER, "").split(os.pathsep) if p]
    folders += SYSTEM_FOLDERS
    if base_language(language) == "en":
        bundled = _bundled_folder()
        if bundled is not None:
            folders.append(bundled)
    return folders


def find_dictionary(language: str) -> tuple[Path, str] | None:
    """(folder, name) of the best dictionary for ``language`` — the note's region first
    in each folder, folders in search order — or None when there is none."""
    for folder in search_folders(language):
        for name in dictionary_names(language):
            if (folder / f"{name}.aff").is_file() and (folder / f"{name}.dic").is_file():
                return folder, name
    return None


@lru_cache(maxsize=8)
def _load(folder: str, name: str, mtime: float) -> Engine | None:
    if hunspell is None:
        return None
    try:
        engine: Engine = hunspell.Hunspell(name, hunspell_data_dir=folder)
    except (OSError, ValueError, UnicodeError):
        return None  # no engine, or a dictionary it cannot read: not checked, no error
    return engine


def load_checker(language: str) -> SpellChecker | None:
    """A spell checker for ``language``, None without a dictionary. The dictionary is
    loaded once (40–80 ms, a few megabytes) and shared; each checker keeps its own
    project words and its own answers."""
    found = find_dictionary(language)
    if found is None:
        return None
    folder, name = found
    try:
        mtime = (folder / f"{name}.dic").stat().st_mtime
    except OSError:
        return None
    engine = _load(str(folder), name, mtime)
    return SpellChecker(language, engine) if engine is not None else None
