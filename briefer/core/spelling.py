"""Spell checking the analyst's own words: which words to check, and whether each is right.

A briefing note mixes the analyst's prose with words that are not theirs to spell:
quotations (the source's words, kept exactly), acronyms (CUSMA, USMCA), numbers,
addresses and code. ``words_to_check`` finds only the words that are the analyst's, so
the note is not covered in red where nothing can be corrected. ``SpellChecker`` asks a
Hunspell dictionary (loaded by ``briefer.io.dictionaries``; no file is read here) and
accepts the project's own words, so a coinage added once is accepted everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

# The Debian package that installs each language's dictionary, for the message shown
# when it is missing.
DEBIAN_PACKAGES = {"en": "hunspell-en-ca", "fr": "hunspell-fr"}

# Dictionary names to try, best first, for each base language of a note.
DICTIONARY_NAMES = {"en": ("en_CA", "en_US", "en_GB"),
                    "fr": ("fr_CA", "fr_FR", "fr")}

MAX_SUGGESTIONS = 6

# A word: letters (and digits, dropped below) joined by inner apostrophes or hyphens;
# an underscore is Markdown emphasis, never part of a word.
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# Spans where no word is the analyst's to spell, each as one alternative:
_SKIP = re.compile(
    r"`+[^`]*`+"  # Markdown code
    r"|\]\([^)\s]*\)"  # a Markdown link's address: [text](address)
    r"|<[^>\s]+>"  # an autolink <https://...> or <name@example.ca>
    r"|[^\s()<>\[\]\"“”«»]*(?:://|@|www\.)[^\s()<>\[\]\"“”«»]*"  # URLs, e-mail addresses
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:ca|com|org|net|gov|gc|int|fr|io|info)\b"  # a site name
    r"|“[^”]*(?:”|$)"  # quotations: the source's words
    r"|«[^»]*(?:»|$)"
    r"|\"[^\"]*(?:\"|$)"
    r"|(?<![^\W_])‘[^‘’]*(?:’(?![^\W_])|$)"
)
_APOSTROPHES = "'’"
# French elided articles and conjunctions: "l'accord", "qu'il", "jusqu'à".
_ELISIONS = frozenset({"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu",
                       "puisqu", "quoiqu", "presqu"})


class Engine(Protocol):
    """What a spelling engine offers (a ``hunspell.Hunspell`` does)."""

    def spell(self, word: str) -> bool: ...

    def suggest(self, word: str) -> tuple[str, ...]: ...


def base_language(language: str) -> str:
    """"fr-CA", "fr_CA", "FR" -> "fr": the dictionaries are chosen by base language."""
    return re.split(r"[-_]", language.strip().lower() or "en", maxsplit=1)[0]


def dictionary_names(language: str) -> tuple[str, ...]:
    """The dictionary names to look for, best first: the note's own region first."""
    base = base_language(language)
    region = language.replace("-", "_")
    names: tuple[str, ...] = DICTIONARY_NAMES.get(base, ())
    if "_" in region:
        region = f"{base}_{region.split('_', 1)[1].upper()}"
        names = (region, *(n for n in names if n != region))
    return names


def debian_package(language: str) -> str:
    """The Debian package that installs the dictionary for ``language`` ("" if unknown)."""
    return DEBIAN_PACKAGES.get(base_language(language), "")


def _skipped(word: str) -> bool:
    """Words that are not spelt by a dictionary: numbers, acronyms, single letters."""
    if any(ch.isdigit() for ch in word):
        return True  # G7, 2026, C-47
    for part in re.split(r"['’]", word):
        letters = part.rstrip("s") if len(part) > 2 else part  # "MPs", "NGOs"
        if len(letters) >= 2 and letters.isupper():
            return True  # CUSMA, USMCA, CUSMA's, l'ACEUM
    return len(word) < 2


def words_to_check(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) for each word of ``text`` that is the analyst's to spell.

    Skipped: words in quotation marks ("…", “…”, « … », ‘…’ — an unclosed quotation
    runs to the end of the text), Markdown code and link addresses, URLs, e-mail
    addresses and site names, words with digits, and ALL-CAPS acronyms."""
    found: list[tuple[int, int, str]] = []
    position = 0
    for skip in _SKIP.finditer(text):
        found.extend(_words(text, position, skip.start()))
        position = skip.end()
    found.extend(_words(text, position, len(text)))
    return found


def _words(text: str, start: int, end: int) -> Iterable[tuple[int, int, str]]:
    for match in _WORD.finditer(text, start, end):
        if not _skipped(match.group()):
            yield match.start(), match.end(), match.group()


@dataclass
class SpellChecker:
    """Whether each word of a language is spelt right: the dictionary, then the project's
    words. The dictionary's answers are kept per word (a note repeats its words, and
    each keystroke asks about the whole paragraph again)."""

    language: str
    engine: Engine

    def __post_init__(self) -> None:
        self.french = base_language(self.language) == "fr"
        self._known: dict[str, bool] = {}
        self.project_words: frozenset[str] = frozenset()
        self.ignored: set[str] = set()  # "Ignore" for this session only

    def set_project_words(self, words: Iterable[str]) -> None:
        self.project_words = frozenset(words)

    def is_correct(self, word: str) -> bool:
        """True when the dictionary or the project knows ``word`` (apostrophes either way)."""
        return not self._bad_parts(word, 0)

    def misspelt(self, text: str) -> list[tuple[int, int]]:
        """The (start, end) of each misspelt word of ``text`` (a prose paragraph)."""
        bad: list[tuple[int, int]] = []
        for start, _end, word in words_to_check(text):
            bad.extend(self._bad_parts(word, start))
        return bad

    def suggestions(self, word: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
        """Up to ``limit`` corrections, best first, with the apostrophe the word had."""
        curly = "’" in word
        try:
            found = self.engine.suggest(word.replace("’", "'"))
        except (UnicodeError, ValueError):
            return []  # a letter the dictionary cannot even encode
        out: list[str] = []
        for suggestion in found:
            if curly:
                suggestion = suggestion.replace("'", "’")
            if suggestion not in out and suggestion != word:
                out.append(suggestion)
        return out[:limit]

    # -- one word -------------------------------------------------------------------
    def _bad_parts(self, word: str, start: int) -> list[tuple[int, int]]:
        """The parts of a word to underline: the whole word, or the parts of a
        hyphenated compound that are wrong on their own, or the word after an elision."""
        if self._known_word(word):
            return []
        if self.french:
            elided = _elided(word)
            if elided:
                rest = word[elided:]
                return [] if self._known_word(rest) else [(start + elided, start + len(word))]
        if "-" in word:
            bad = []
            offset = 0
            for part in word.split("-"):
                if part and not _skipped(part) and not self._known_word(part):
                    bad.append((start + offset, start + offset + len(part)))
                offset += len(part) + 1
            return bad
        return [(start, start + len(word))]

    def _known_word(self, word: str) -> bool:
        if self._in_project(word):
            return True
        known = self._known.get(word)
        if known is None:
            try:
                known = bool(self.engine.spell(word.replace("’", "'")))
            except (UnicodeError, ValueError):
                known = False
            self._known[word] = known
        if not known and word[-2:] in ("'s", "’s") and not self.french:
            return self._in_project(word[:-2])  # "Mulroney's" once "Mulroney" is added
        return known

    def _in_project(self, word: str) -> bool:
        words = self.project_words
        if not words and not self.ignored:
            return False
        for form in (word, word.replace("’", "'"), word[:1].lower() + word[1:]):
            if form in words or form in self.ignored:
                return True
        return False


def _elided(word: str) -> int:
    """Where the word after a French elision starts ("l'accord" -> 2), else 0."""
    for index, char in enumerate(word):
        if char in _APOSTROPHES:
            return index + 1 if word[:index].lower() in _ELISIONS else 0
    return 0
