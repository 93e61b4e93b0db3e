"""The project dictionary: the words the team has taught the spell checker.

A plain UTF-8 file in the project folder, ``dictionary.txt``, one word per line, so it
can be read, edited and merged by hand. It is written with the one atomic writer, and
each write merges with what the file holds now: a word that someone else added since
this project read the file is kept, a word removed here (an undone "Add") is removed.
Two people who each add a word both keep theirs.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from briefer.io.atomic import write_atomic

DICTIONARY_FILE = "dictionary.txt"


def dictionary_path(folder: Path) -> Path:
    return Path(folder) / DICTIONARY_FILE


def read_words(folder: Path) -> set[str]:
    """The words in ``folder``'s dictionary (none when there is no file or it cannot
    be read: a dictionary is a help, never a reason for a project not to open)."""
    try:
        text = dictionary_path(folder).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return set()
    return {line.strip() for line in text.splitlines() if line.strip()}


def dictionary_text(words: Iterable[str]) -> str:
    """One word a line, sorted as a reader expects (case ignored), ending with a newline."""
    ordered = sorted(set(words), key=lambda w: (w.casefold(), w))
    return "".join(f"{word}\n" for word in ordered)


class ProjectDictionary:
    """The project's words in memory, and what the file held when last read or written
    (``base``), so that ``save`` can merge with another writer's words."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        self.words: set[str] = set(words)
        self.base: set[str] = set()

    @classmethod
    def read(cls, folder: Path) -> ProjectDictionary:
        dictionary = cls(read_words(folder))
        dictionary.base = set(dictionary.words)
        return dictionary

    def add(self, word: str) -> bool:
        """Add ``word`` (True if it is new)."""
        word = word.strip()
        if not word or word in self.words:
            return False
        self.words.add(word)
        return True

    def remove(self, word: str) -> bool:
        if word not in self.words:
            return False
        self.words.discard(word)
        return True

    def save(self, folder: Path) -> None:
        """Write to ``folder``'s dictionary, merged with what it holds now: words added
        here, and the file's words less those removed here. Raises ``ProjectError``
        (a message for the user) when the disk refuses."""
        on_disk = read_words(folder)
        added, removed = self.words - self.base, self.base - self.words
        merged = (on_disk - removed) | added
        if merged != on_disk:
            write_atomic(dictionary_path(folder), dictionary_text(merged).encode("utf-8"))
        self.words = set(merged)
        self.base = set(merged)

    def save_as(self, folder: Path) -> None:
        """Write every word to another project folder (Save As), with any it has."""
        self.base = set()
        self.save(folder)

    def take_in(self, folder: Path) -> None:
        """Merge what the file holds now (another writer's words) into memory."""
        on_disk = read_words(folder)
        added, removed = self.words - self.base, self.base - self.words
        self.words = (on_disk - removed) | added
        self.base = on_disk
