"""The Porter stemmer exactly as SQLite's FTS5 ``porter`` tokenizer applies it.

The index stems every token it stores and every query word it looks up
(``tariffs`` and ``tariff`` are both kept as ``tariff``). Highlighting and
the scan fallback must decide "same word" the same way, so this is a
faithful rendering of SQLite's rules, not a general-purpose English stemmer:
SQLite follows Porter's revised C version (``logi`` -> ``log``, ``bli`` ->
``ble``), passes tokens shorter than 3 or longer than 64 UTF-8 bytes
through unchanged, and works on bytes (a non-ASCII byte is a consonant).
Packaged Porter stemmers (Snowball's ``porter``) differ on such words, so
they would highlight words the index did not match.

``tests/index/test_stem.py`` checks this module against SQLite itself.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

MIN_BYTES = 3
MAX_BYTES = 64


def _is_vowel(char: str, y_is_vowel: bool) -> bool:
    return char in "aeiou" or (y_is_vowel and char == "y")


def _vc_end(word: str, start: int, end: int, prev_consonant: bool) -> int:
    """Index just past the first vowel-then-consonant in ``word[start:end]``, else -1."""
    consonant = prev_consonant
    i = start
    while i < end:
        consonant = not _is_vowel(word[i], consonant)
        if not consonant:
            break
        i += 1
    i += 1
    while i < end:
        consonant = not _is_vowel(word[i], consonant)
        if consonant:
            return i + 1
        i += 1
    return -1


def _m_gt0(word: str, n: int) -> bool:
    return _vc_end(word, 0, n, False) != -1


def _m_gt1(word: str, n: int) -> bool:
    first = _vc_end(word, 0, n, False)
    return first != -1 and _vc_end(word, first, n, True) != -1


def _m_eq1(word: str, n: int) -> bool:
    first = _vc_end(word, 0, n, False)
    return first != -1 and _vc_end(word, first, n, True) == -1


def _o_star(word: str, n: int) -> bool:
    """Ends consonant-vowel-consonant, the last not w, x or y."""
    if n < 3 or word[n - 1] in "wxy":
        return False
    consonant = False
    flags = []
    for i in range(n):
        consonant = not _is_vowel(word[i], consonant)
        flags.append(consonant)
    return flags[-3:] == [True, False, True]


def _has_vowel(word: str, n: int) -> bool:
    return any(_is_vowel(word[i], i > 0) for i in range(n))


def _m_gt1_s_or_t(word: str, n: int) -> bool:
    return n > 0 and word[n - 1] in "st" and _m_gt1(word, n)


Rule = tuple[str, Callable[[str, int], bool] | None, str]

_STEP1B: list[Rule] = [("eed", _m_gt0, "ee"), ("ed", _has_vowel, ""), ("ing", _has_vowel, "")]
_STEP1B2: list[Rule] = [("at", None, "ate"), ("bl", None, "ble"), ("iz", None, "ize")]
_STEP2: list[Rule] = [(suffix, _m_gt0, out) for suffix, out in (
    ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"),
    ("izer", "ize"), ("logi", "log"), ("bli", "ble"), ("alli", "al"), ("entli", "ent"),
    ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"), ("ator", "ate"),
    ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"),
    ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"))]
_STEP3: list[Rule] = [(suffix, _m_gt0, out) for suffix, out in (
    ("ical", "ic"), ("ness", ""), ("icate", "ic"), ("iciti", "ic"), ("ful", ""),
    ("ative", ""), ("alize", "al"))]
_STEP4: list[Rule] = [(suffix, _m_gt1_s_or_t if suffix == "ion" else _m_gt1, "") for suffix in (
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion",
    "ou", "ism", "ate", "iti", "ous", "ive", "ize")]


def _apply(word: str, rules: list[Rule]) -> tuple[str, bool]:
    """The first rule whose suffix ends ``word`` (and is shorter than it) decides."""
    n = len(word)
    for suffix, condition, out in rules:
        if n > len(suffix) and word.endswith(suffix):
            stem_len = n - len(suffix)
            if condition is None or condition(word, stem_len):
                return word[:stem_len] + out, True
            return word, False
    return word, False


def _stem_bytes(word: str) -> str:
    """Porter steps on a token given as one character per UTF-8 byte."""
    n = len(word)
    # step 1a
    if word[n - 1] == "s":
        if word[n - 2] == "e":
            if (n > 4 and word[n - 4:n - 2] == "ss") or (n > 3 and word[n - 3] == "i"):
                word = word[:n - 2]
            else:
                word = word[:n - 1]
        elif word[n - 2] != "s":
            word = word[:n - 1]
    # step 1b
    before = word
    word, changed = _apply(word, _STEP1B)
    if changed and not (len(before) > 3 and before.endswith("eed")):  # "eed" ends step 1b
        word, replaced = _apply(word, _STEP1B2)
        if not replaced:
            n = len(word)
            last = word[-1]
            if n >= 2 and not _is_vowel(last, False) and last not in "lsz" and last == word[-2]:
                word = word[:-1]
            elif _m_eq1(word, n) and _o_star(word, n):
                word += "e"
    # step 1c
    if word[-1] == "y" and _has_vowel(word, len(word) - 1):
        word = word[:-1] + "i"
    word = _apply(word, _STEP2)[0]
    word = _apply(word, _STEP3)[0]
    word = _apply(word, _STEP4)[0]
    # step 5a
    n = len(word)
    if word[-1] == "e" and (_m_gt1(word, n - 1)
                            or (_m_eq1(word, n - 1) and not _o_star(word, n - 1))):
        word = word[:-1]
    # step 5b
    n = len(word)
    if n > 1 and word.endswith("ll") and _m_gt1(word, n - 1):
        word = word[:-1]
    return word


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """The index's form of a folded token (``"negotiations"`` -> ``"negoti"``)."""
    if token.isascii():
        if not MIN_BYTES <= len(token) <= MAX_BYTES:
            return token
        return _stem_bytes(token)
    raw = token.encode("utf-8", "surrogatepass")
    if not MIN_BYTES <= len(raw) <= MAX_BYTES:
        return token
    out = _stem_bytes(raw.decode("latin-1")).encode("latin-1")
    # a stem may in theory end inside a character: keep those bytes distinct
    return out.decode("utf-8", "surrogateescape")


@lru_cache(maxsize=4096)
def stem_root(stem_text: str) -> str:
    """Text that every word with this stem starts with (maybe "").

    A stem is the start of its words except where a rule wrote new letters:
    those stems end in "e" or "i" ("hoping" -> "hope", "policy" -> "polici",
    "relation" -> "relate") and keep all but that letter of the word, or in
    "ble"/"bl" ("possibility" -> "possible" -> "possibl") and keep all but
    two. Highlighting looks for words starting with the root, then stems them.
    """
    if any("\udc80" <= c <= "\udcff" for c in stem_text):  # a stem cut inside a character
        raw = stem_text.encode("utf-8", "surrogateescape")
        cut = raw[:max(1, len(raw) - 2)]
        try:
            return cut.decode("utf-8")
        except UnicodeDecodeError as exc:
            return cut[:exc.start].decode("utf-8")
    if stem_text.endswith(("ble", "bl")):
        return stem_text[:-2]
    if stem_text.endswith(("e", "i")):
        return stem_text[:-1]
    return stem_text
