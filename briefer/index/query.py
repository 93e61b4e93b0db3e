"""What a user types in the search box, turned into a safe query.

Anything typed is accepted and nothing in it can reach SQLite as syntax:
every term becomes a quoted FTS5 string. The little grammar users expect
still works:

- words are ANDed: ``rules origin`` finds sources holding both;
- a word also finds its inflected forms: ``tariff`` finds "tariffs",
  ``policy`` finds "policies", ``negotiation`` finds "negotiating" (Porter
  stems, as SQLite's ``porter`` tokenizer computes them: see ``stem``);
- ``"rules of origin"`` is a phrase, its words in a row, each word stemmed
  (it also finds "rule of origin"); an unclosed quote runs to the end;
- ``negot*`` is a prefix: words that start with those letters as written,
  not stemmed (two characters at least, else the ``*`` is ignored);
- ``tariff OR duty`` (capital OR) offers alternatives;
- ``-lumber`` or ``NOT lumber`` (capital NOT) excludes, only when something
  else is asked; ``AND`` may be written and changes nothing. Lower-case
  ``or``, ``not`` and ``and`` are ordinary words.

Accents and case do not matter: terms are folded the way the index's
``unicode61 remove_diacritics 2`` tokenizer folds them (see ``fold``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

# A token is a run of letters and digits, as for SQLite's unicode61 tokenizer
# (underscore and punctuation separate tokens).
TOKEN = re.compile(r"[^\W_]+")
MAX_TERMS = 32
MIN_PREFIX_CHARS = 2
_WORDS = re.compile(r'"([^"]*)"?|(\S+)')
MIN_WIDEN_CHARS = 3

# Words too common to find anything on their own, in English and French (as
# folded): never widened to prefixes, never highlighted alone.
_STOP = """
a an and are as at be but by for from has have he her his i if in into is it its of on
or our she so than that the their them there these they this to was we were which who
will with would you au aux avec ce ces dans de des du elle en et il ils je la le les
leur leurs lui ma mais me meme mes ne ni nos notre nous on ou par pas pour qu que qui
sa se ses son sur ta te tes toi ton tu un une vos votre vous y l d s n c j m t
"""
STOP_WORDS = frozenset(_STOP.split())


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """A character without its accents, in lower case ("É" -> "e"; a lone accent -> "")."""
    decomposed = unicodedata.normalize("NFD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    if base == decomposed:  # nothing to strip (this also keeps Hangul whole)
        lower = char.lower()
        lower = lower if len(lower) == 1 else char
    else:
        lower = base.lower()[:1]
    # SQLite folds case fully where one letter stays one letter ("ς" -> "σ",
    # "ſ" -> "s") but keeps "ß": casefold only when it gives a single character
    folded = lower.casefold()
    return folded if len(folded) == 1 else lower


def fold(text: str) -> str:
    """Text folded character by character (accents dropped, lower case)."""
    if text.isascii():
        return text.lower()
    return "".join(fold_char(c) for c in text)


def tokens(text: str) -> list[str]:
    """The folded tokens of a piece of text, as the index sees them."""
    return TOKEN.findall(fold(text))


class _Frozen:
    """A value of a few fields, immutable, equal by value (what a frozen dataclass
    gives, written out: ``dataclasses`` imports ``inspect``, 4 ms of ``briefer search``'s
    start)."""

    __slots__: tuple[str, ...] = ()
    _fields: tuple[str, ...] = ()  # in order

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._values())

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:  # copied, pickled
        return (type(self), self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({fields})"

    def _set(self, **values: object) -> None:
        for name, value in values.items():
            object.__setattr__(self, name, value)


class Term(_Frozen):
    """One word or phrase of a query (folded tokens; several tokens = a phrase).

    ``prefix``: the last token may be the start of a longer word; ``quoted``:
    written in quotes, exactly these words, never widened; ``accents``: the
    tokens as typed (lower case, accents kept) when some carry accents: a word
    typed with its accents highlights only words written with them.
    """

    __slots__ = ("accents", "prefix", "quoted", "tokens")
    _fields = ("tokens", "prefix", "quoted", "accents")
    tokens: tuple[str, ...]
    prefix: bool
    quoted: bool
    accents: tuple[str, ...]

    def __init__(self, tokens: tuple[str, ...], prefix: bool = False, quoted: bool = False,
                 accents: tuple[str, ...] = ()):
        self._set(tokens=tokens, prefix=prefix, quoted=quoted, accents=accents)

    def _values(self) -> tuple[object, ...]:  # hashed at every lookup of a term's spans
        return (self.tokens, self.prefix, self.quoted, self.accents)

    def as_prefix(self) -> Term:
        """The same term, its last token a prefix."""
        return Term(self.tokens, True, self.quoted, self.accents)

    @property
    def stemmed(self) -> bool:
        """Whether the term matches by stems (else: as written, with a prefix)."""
        return not self.prefix

    def fts(self) -> str:
        """The term as an FTS5 string: always quoted, so it is never syntax."""
        quoted = '"' + " ".join(self.tokens).replace('"', '""') + '"'
        return quoted + " *" if self.prefix else quoted


class Query(_Frozen):
    """Clauses that must all match (each clause: alternatives joined by OR),
    and terms that must not."""

    __slots__ = ("clauses", "excluded")
    _fields = ("clauses", "excluded")
    clauses: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...]

    def __init__(self, clauses: tuple[tuple[Term, ...], ...] = (),
                 excluded: tuple[Term, ...] = ()):
        self._set(clauses=clauses, excluded=excluded)

    def _values(self) -> tuple[object, ...]:
        return (self.clauses, self.excluded)

    def with_clauses(self, clauses: tuple[tuple[Term, ...], ...]) -> Query:
        """The same query with these clauses."""
        return Query(clauses, self.excluded)

    def __bool__(self) -> bool:
        return bool(self.clauses)

    def positive_terms(self) -> list[Term]:
        return [term for clause in self.clauses for term in clause]

    def fts_positive(self, as_fts: Callable[[Term], str] = Term.fts) -> str:
        """The FTS5 expression of what must match, leaving out the excluded terms
        (``as_fts``: how a term is written, ``Term.fts`` unless told)."""
        parts = []
        for clause in self.clauses:
            alts = " OR ".join(as_fts(t) for t in clause)
            parts.append(f"({alts})" if len(clause) > 1 else alts)
        return " AND ".join(parts)

    def fts_in_titles(self, as_fts: Callable[[Term], str] = Term.fts) -> str:
        """An FTS5 expression for the sources whose titles hold what must match.

        A title holding the positive terms implies a match in the source, so
        only the exclusions need repeating (cheaper than ANDing ``fts()``).
        """
        expression = f"title : ({self.fts_positive(as_fts)})"
        if self.excluded:
            expression = f"({expression}) NOT (" + " OR ".join(map(as_fts, self.excluded)) + ")"
        return expression

    def fts(self, as_fts: Callable[[Term], str] = Term.fts) -> str:
        """The FTS5 MATCH expression ("" when nothing can be searched)."""
        if not self.clauses:
            return ""
        expression = self.fts_positive(as_fts)
        if self.excluded:
            expression = f"({expression}) NOT (" + " OR ".join(map(as_fts, self.excluded)) + ")"
        return expression


def _term(raw: str, quoted: bool) -> Term | None:
    prefix = not quoted and raw.endswith("*")
    toks = tuple(tokens(raw))
    if not toks:
        return None
    if prefix and len(toks[-1]) < MIN_PREFIX_CHARS:
        prefix = False
    accents: tuple[str, ...] = ()
    if not raw.isascii():
        typed = tuple(TOKEN.findall(unicodedata.normalize("NFC", raw).lower()))
        if typed != toks and len(typed) == len(toks) \
                and all(len(a) == len(b) for a, b in zip(typed, toks, strict=True)):
            accents = typed
    return Term(toks, prefix, quoted, accents)


def parse_query(text: str) -> Query:
    """Parse what a user typed; never raises, whatever the input."""
    if not isinstance(text, str):
        return Query()
    clauses: list[list[Term]] = []
    excluded: list[Term] = []
    negate = join_or = False
    count = 0
    for match in _WORDS.finditer(text[:2000]):
        phrase, word = match.group(1), match.group(2)
        if word is not None:
            if word == "OR":
                join_or = bool(clauses)
                continue
            if word == "AND":
                continue
            if word == "NOT":
                negate = True
                continue
            if word.startswith("-") and len(word) > 1:
                negate, word = True, word[1:]
        term = _term(phrase if phrase is not None else word, quoted=phrase is not None)
        if term is None or count >= MAX_TERMS:
            negate = join_or = False
            continue
        count += 1
        if negate:
            excluded.append(term)
        elif join_or:
            clauses[-1].append(term)
        else:
            clauses.append([term])
        negate = join_or = False
    return Query(tuple(tuple(c) for c in clauses), tuple(excluded))


def to_fts(text: str) -> str:
    """User text -> a safe FTS5 MATCH expression ("" if there is nothing to search)."""
    return parse_query(text).fts()


def _with_prefix(clause: tuple[Term, ...], min_chars: int) -> tuple[Term, ...]:
    """A one-word clause also matching words that start with it ("auto" -> "automotive")."""
    if len(clause) != 1 or clause[0].prefix or clause[0].quoted or len(clause[0].tokens) != 1:
        return clause
    word = clause[0].tokens[0]
    if len(word) < min_chars or word in STOP_WORDS:
        return clause
    return (clause[0], clause[0].as_prefix())


def as_typed(query: Query, text: str) -> Query:
    """The query of a search box while typing: its last word may be unfinished.

    "tarif" typed on the way to "tariffs" finds them (the word also works as a
    prefix); a closed quote means the user finished the phrase.
    """
    if not query.clauses or text.rstrip().endswith('"') or text[-1:].isspace():
        return query
    last = _with_prefix(query.clauses[-1], MIN_PREFIX_CHARS)
    return Query((*query.clauses[:-1], last), query.excluded)


def reads_as_typed(text: str) -> bool:
    """Whether the as-you-type reading of ``text`` (``as_typed``) differs from the plain
    one: the search box then searches it again once typing pauses, so that the answer
    left on screen is the one ``briefer search`` gives for the same words."""
    parsed = parse_query(text)
    return bool(parsed) and as_typed(parsed, text) != parsed


def widened(query: Query) -> Query:
    """Each word also as a prefix: abbreviations ("auto") and cut-off words ("tarif")."""
    return Query(tuple(_with_prefix(c, MIN_WIDEN_CHARS) for c in query.clauses), query.excluded)


def any_of(query: Query) -> Query:
    """One clause holding every positive term: sources with some of the words."""
    return Query((tuple(dict.fromkeys(query.positive_terms())),), query.excluded)
