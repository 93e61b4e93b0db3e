"""French sources: their language, and the Snowball French stems they are indexed by.

SQLite's ``porter`` stemmer is English: it leaves "nationaux" and "national",
"canadiennes" and "canadien", "québécoise" and "québécois" apart. A French
source is therefore also indexed by its Snowball French stems (PyStemmer),
one stem per token in the order of the text, so phrases still work; queries
look in both indexes (see ``fts``) and highlighting in a French source
accepts either stem (see ``highlight``).

A source's language is its metadata's (``fr``, ``fr-CA``, ``French``…);
without one it is guessed from the share of French and English stop words
in its opening, which is cheap and reliable on news prose.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

from briefer.index.query import Query, Term, fold

_TOKEN = re.compile(r"[^\W_]+")
_FRENCH = ("le la les des du un une et est dans pour que qui sur au aux avec pas par ce "
           "cette sont ont été il elle nous ils leur selon mais ou entre depuis")
_ENGLISH = ("the of and to in is that for on with as was by are be this from at has have "
            "it an which were said will would their")
_FRENCH_WORDS = frozenset(_FRENCH.split())
_ENGLISH_WORDS = frozenset(_ENGLISH.split())
SAMPLE_CHARS = 1500  # a paragraph or two: enough to tell, cheap on 10,000 sources
_stemmer = Stemmer.Stemmer("french")


def language_of(language: str, title: str, text: str) -> str:
    """"fr" or "en": the declared language if any, else a guess from stop words."""
    declared = language.strip().lower()
    if declared:
        return "fr" if declared.startswith(("fr", "fre")) else "en"
    words = _TOKEN.findall((title + " " + text[:SAMPLE_CHARS]).lower())
    french = sum(1 for w in words if w in _FRENCH_WORDS)
    english = sum(1 for w in words if w in _ENGLISH_WORDS)
    return "fr" if french > english else "en"


@lru_cache(maxsize=65536)
def french_stem(word: str) -> str:
    """The folded Snowball French stem of a word (stemmed with its accents, then folded)."""
    return fold(_stemmer.stemWord(unicodedata.normalize("NFC", word).lower()))


def french_stems(text: str) -> str:
    """``text`` as the French index stores it: each token replaced by its stem."""
    return " ".join(french_stem(t) for t in _TOKEN.findall(unicodedata.normalize("NFC", text)))


def in_french(query: Query) -> Query:
    """``query`` with its stemmed words as French stems, for the French index.

    A word is stemmed as typed, accents included, since Snowball's French
    rules read them ("protégée" -> "proteg", "protegee" -> "protege").
    """
    def french(term: Term) -> Term:
        if not term.stemmed:
            return term
        return Term(tuple(french_stem(w) for w in term.accents or term.tokens), False,
                    term.quoted)

    return Query(tuple(tuple(french(t) for t in clause) for clause in query.clauses),
                 tuple(french(t) for t in query.excluded))
