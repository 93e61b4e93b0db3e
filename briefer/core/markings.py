"""Security markings as the Government of Canada writes them, in English and French.

A note is marked with one level of the Policy on Government Security — the
PROTECTED scale for information whose release would injure a person or an
organisation, the classified scale (CONFIDENTIAL and above) for the national
interest — and, optionally, caveats after ``//`` ("SECRET // CANADIAN EYES
ONLY"). The analyst types the marking; it is read here so that the export can
print it in the note's language and the way the level requires (classified:
top and bottom of every page), recognise a reference document's own marking to
replace it, and so that ``check`` can warn when a note is marked lower than a
source it quotes. What is not a level of the vocabulary ("DRAFT") stays free
text: printed as typed, never compared.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# The levels, lowest first within each scale; UNCLASSIFIED is the bottom of both.
LEVELS = ("UNCLASSIFIED", "PROTECTED A", "PROTECTED B", "PROTECTED C", "CONFIDENTIAL",
          "SECRET", "TOP SECRET")
LEVELS_FR = ("NON CLASSIFIÉ", "PROTÉGÉ A", "PROTÉGÉ B", "PROTÉGÉ C", "CONFIDENTIEL", "SECRET",
             "TRÈS SECRET")
PROTECTED = ("PROTECTED A", "PROTECTED B", "PROTECTED C")
CLASSIFIED = ("CONFIDENTIAL", "SECRET", "TOP SECRET")
# Caveats with an official French form (English -> French).
CAVEATS_FR = {"CANADIAN EYES ONLY": "RÉSERVÉ AUX CANADIENS"}


def _plain(text: str) -> str:
    """Upper case, no accents, hyphens as spaces, single spaces: "Protégé-B" -> "PROTEGE B"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).upper()
    return " ".join(re.sub(r"[-‐‑–]", " ", text).split())


# Plain form of every level name, English and French, longest first ("TOP SECRET"
# before "SECRET") -> the English level.
_NAMES = sorted(((_plain(name), english) for names in (LEVELS, LEVELS_FR)
                 for name, english in zip(names, LEVELS, strict=True)),
                key=lambda item: -len(item[0]))
_CAVEATS = {_plain(name): english for english, french in CAVEATS_FR.items()
            for name in (english, french)}
_CAVEATS["CEO"] = "CANADIAN EYES ONLY"  # as it is often abbreviated
_SLASHES = re.compile(r"/+")


@dataclass(frozen=True)
class Marking:
    """A marking read from text: its level (English), caveats (English when known)."""

    level: str
    caveats: tuple[str, ...] = ()
    bilingual: bool = False  # written in both languages ("PROTECTED B / PROTÉGÉ B")

    @property
    def classified(self) -> bool:
        """CONFIDENTIAL and above: marked at the top and the bottom of every page."""
        return self.level in CLASSIFIED

    @property
    def protected(self) -> bool:
        return self.level in PROTECTED

    def text(self, language: str = "en") -> str:
        """The marking as printed in a note in ``language``."""
        french = _base(language) == "fr"
        names = LEVELS_FR if french else LEVELS
        level = names[LEVELS.index(self.level)]
        if self.bilingual:
            other = (LEVELS if french else LEVELS_FR)[LEVELS.index(self.level)]
            level = level if level == other else f"{level} / {other}"
        caveats = [CAVEATS_FR.get(c, c) if french else c for c in self.caveats]
        return " // ".join([level, *caveats])


def _base(language: str) -> str:
    return language.replace("_", "-").split("-")[0].lower()


def _level_at_start(plain: str) -> tuple[str, str] | None:
    """(English level, the rest) when ``plain`` opens with a level name as whole words."""
    for name, english in _NAMES:
        if plain == name or (plain.startswith(name) and not plain[len(name)].isalnum()):
            return english, plain[len(name):]
    return None


def read_marking(text: str) -> Marking | None:
    """The marking ``text`` states, or None when it does not open with a level.

    Caveats follow the level after "//" (or "/"): "SECRET // CANADIAN EYES ONLY",
    "Protégé B"; the same level in the other language ("PROTECTED B / PROTÉGÉ B")
    makes it bilingual rather than a caveat. Anything else right after the level
    ("SECRET SERVICE REPORT") makes it no marking.
    """
    pieces = [" ".join(p.split()) for p in _SLASHES.split(text)]
    pieces = [p for p in pieces if p]
    found = _level_at_start(_plain(pieces[0])) if pieces else None
    if found is None:
        return None
    level, tail = found
    tail = tail.strip(" ,;:")
    caveats: list[str] = []
    if tail:
        if tail not in _CAVEATS:  # "SECRET CANADIAN EYES ONLY" is one, "SECRET SERVICE" none
            return None
        caveats.append(_CAVEATS[tail])
    bilingual = False
    for piece in pieces[1:]:
        plain = _plain(piece)
        again = _level_at_start(plain)
        if again is not None and again[0] == level and not again[1].strip():
            bilingual = True
        elif plain in _CAVEATS:
            caveats.append(_CAVEATS[plain])
        else:
            caveats.append(piece.upper())
    return Marking(level, tuple(caveats), bilingual)


def is_marking(text: str) -> bool:
    """Is ``text`` (a header paragraph, a run) a marking and nothing else?"""
    return bool(text.strip()) and read_marking(text) is not None


def printed_marking(classification: str, language: str = "en") -> str:
    """What the note's pages say: a marking of the vocabulary in the note's language,
    else the text as typed (upper case); an empty one is UNCLASSIFIED."""
    text = " ".join(classification.split())
    if not text:
        return Marking("UNCLASSIFIED").text(language)
    marking = read_marking(text)
    return marking.text(language) if marking is not None else text.upper()


def _scale(level: str) -> tuple[str, int]:
    """(scale, rank): ("protected", 0..3) or ("classified", 1..3); UNCLASSIFIED ranks 0."""
    if level in CLASSIFIED:
        return "classified", CLASSIFIED.index(level) + 1
    if level in PROTECTED:
        return "protected", PROTECTED.index(level) + 1
    return "", 0


def too_low(note: Marking | None, source: Marking) -> bool:
    """Is a note marked ``note`` (None: no level of the vocabulary) too low to quote a
    source marked ``source``?

    The PROTECTED and classified scales are separate: within one, a lower level is
    too low; a note marked PROTECTED (any letter) quoting a CONFIDENTIAL or higher
    source is too low; a classified note may quote PROTECTED information.
    """
    source_scale, source_rank = _scale(source.level)
    if source_rank == 0:
        return False
    note_scale, note_rank = _scale(note.level) if note is not None else ("", 0)
    if note_scale == source_scale:
        return note_rank < source_rank
    return not (note_scale == "classified" and source_scale == "protected")


def missing_caveats(note: Marking | None, source: Marking) -> tuple[str, ...]:
    """The source's caveats ("CANADIAN EYES ONLY") the note's marking lacks."""
    have = set(note.caveats) if note is not None else set()
    return tuple(c for c in source.caveats if c not in have)
