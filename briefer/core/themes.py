"""Finding themes in survey answers: the automatic first draft of the outline.

A theme is a group of responses to one question that share a salient idea
("5 of 7 respondents name US domestic politics"). The method is deliberately
simple, deterministic and explainable, so an analyst can trust and then edit it:

1. **Terms.** Each response is cut into clauses at punctuation and into words.
   Words are lightly normalised: lower case, possessives dropped, plurals and
   common suffixes folded (politics / political / politically -> ``politic``;
   the noun made from a verb joins it: engage / engagement, coordinate /
   coordination, diversify / diversification), a few equivalences
   (U.S. / US / United States -> ``us``, Chinese -> china).
   Stop-words, content-light words ("approach", "issue") and words that merely
   repeat the question are not terms. Terms are single words and pairs of
   adjacent words ("climate change", "supply chain").
2. **Scores.** A term's support is the set of distinct responses using it. Its
   score counts those responses, each counting double when the term sits in
   one of the respondent's bold key phrases. When the survey's other
   questions are given, a term common in the answers to every one of them is
   background (in a Canada-US survey: "Canada"): its score shrinks with how
   much more common it is here, and it is dropped unless twice as common.
   Without other questions, a term used in every one of four or more answers
   is taken for the topic itself.
   A term needs at least two responses (more for long lists); when the
   question has key phrases at all, a term needs one key-phrase occurrence,
   or two when only two responses use it.
3. **Selection.** Terms are taken best first. A term whose responses all lie
   within an existing theme joins its terms if it names the same idea (it
   shares a clause with the theme's main term in half its responses, or
   covers half the theme); a term overlapping a theme strongly (Jaccard
   >= 0.75) and naming the same idea is merged into it; one mostly inside a
   theme is skipped; otherwise it starts a new theme, up to ``MAX_THEMES``.
4. **Labels** come from the respondents' own wording and read as noun
   phrases, as an analyst would write them:

   a. *Wording.* Among the word sequences around the theme's main term (up
      to four words besides determiners and "of", within a clause, not
      starting or ending with a stop-word
      or a light word like "address") that recur in enough of the theme's
      responses (40 %, at least two), a complete one wins over one always
      followed by a noun it qualifies ("US domestic" in "US domestic
      politics"); then the longest, the most used, the one in more key
      phrases. The same words in another order, determiners and "of" aside,
      count as the same wording ("build coalitions", "coalition building";
      "diversify our markets", "diversifying markets"). It is written the way it
      is most often written, preferring a form not led by a verb
      ("coordination with provinces" over "coordinate with the provinces").
   b. *Completion.* A lone adjective takes the noun it qualifies in a key
      phrase, the respondent's own emphasis ("Proactive approach"). Otherwise
      a wording always followed by a lower-case noun that ends the phrase
      takes that noun, or both when there are two ("Border" -> "Border
      closures and inspections").
   c. *Modifier.* A word that recurs right before the label (in two
      responses and 40 % of those using its first word) and is never used as
      a verb is put in front ("US" + "domestic policy"); a lone adjective
      takes a recurring "too" / "very" ("Too slow").
   d. *Nouns, not verbs.* A label led by a word the answers use as a verb
      ("must engage", "pursue a") or that the theme's responses also write as
      a noun is given that noun as written in the answers: a derived noun
      ("Engage" -> "Engagement"; "engage provinces" -> "engagement of
      provinces"), else an "-ing" form ("Lobbying"). No form is invented:
      without one the word stays.
5. **Section labels** (``short_label``) name each question by its noun
   phrase, or keep its question form when cutting would garble it.

Nothing depends on hash order or randomness: ties are broken by first
appearance and then alphabetically.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefer.core.outline import Outline, OutlineSection, Theme
from briefer.core.survey import Question, Response, Survey

MAX_THEMES = 6
KEY_PHRASE_WEIGHT = 1.0  # extra weight of a response whose key phrase holds the term
MERGE_JACCARD = 0.75
SKIP_CONTAINED = 0.75
MAX_LABEL_WORDS = 4
MIN_SPECIFICITY = 0.5  # a term must be at least twice as common here as elsewhere
LABEL_SUPPORT = 0.4  # a label's wording must recur in this share of the theme's responses

def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


STOP_WORDS = _wordset("""
a about above across after again against all almost along already also although always am
among amongst an and another any anyone anything are around as at be because been before
being below beside besides between beyond both but by can cannot could did do does doing done
down during each either else enough especially etc even ever every e g eg ie i.e e.g few for
from further had has have having he her here hers herself him himself his how however i if in
into is it its itself just least less let like many may me might more most much must my myself
namely near neither no nor not notably now of off often on once one only onto or other others
otherwise our ours ourselves out over own per perhaps quite rather same several shall she
should since so some such than that the their theirs them themselves then there therefore
these they this those though through throughout thus to together too toward towards under
until up upon us very via was we well were what whatever when whenever where whereas whether
which while who whom whose why will with within without would yet you your yours yourself
also i'm it's don't doesn't isn't aren't can't won't we're they're
""")

# Content-light words: never a theme on their own. The nouns are welcome inside a
# label ("Team Canada approach"); the verbs and adjectives may not start or end one.
GENERIC_NOUNS = _wordset("""
approach approaches issue issues area areas way ways thing things element elements aspect
aspects level levels term terms point points example examples respect context degree part
parts kind kinds type types matter matters case cases fact facts order basis light lot lots
country countries question questions answer answers respondent respondents time times
""")
LIGHT_WORDS = _wordset("""
significant important key best better good great main major overall certain various new
make making made take taking get getting give given provide providing use using used
continue continued continuing continues remain remains become becomes becoming include
includes including included need needs needed seek seeking ensure ensuring pursue pursuing
focus focused focusing find finding address addressing help helping s t
""")
GENERIC_WORDS = GENERIC_NOUNS | LIGHT_WORDS
_NUMBERING = re.compile(r"^(?:q(?:uestion)?\s*\d+[.:)\-]?|\d+[.:)\-])\s+", re.IGNORECASE)
_TRAILING = _wordset(
    "the a an of and or to for in on at with by from about as is are be been that which "
    "whose your our their its this these those")
_QUESTION_LEAD = re.compile(
    r"^(?:(?:in your (?:view|opinion|experience)|please|briefly|overall),?\s+)*"
    r"(?:(?:what|which|who|whom|whose|where|when|why|how(?:\s+(?:much|many|far|well))?)"
    r"(?:\s+(?:is|are|was|were|do|does|did|should|would|could|can|will|might|must|has|have"
    r"|kind\s+of|type\s+of|sort\s+of))?\s+|(?:describe|list|name|explain|identify)\s+)?"
    r"(?:(?:the|a|an|your|you|in\s+your\s+view)\s+)*",
    re.IGNORECASE,
)
_CUT_WORDS = _wordset(
    "in between among for with to that which who on at from by against within across about "
    "regarding into over under")

_TOKEN = re.compile(
    r"(?P<word>U\.S\.(?:A\.)?|[^\W_]+(?:['’-][^\W_]+)*)|(?P<punct>[.,;:!?()\[\]\"“”/…—–])")

_IRREGULAR = {
    "u.s.": "us", "u.s.a.": "us", "usa": "us", "chinese": "china", "american": "america",
    "americans": "america", "canadian": "canada", "canadians": "canada", "mexican": "mexico",
    "european": "europe", "politics": "politic", "political": "politic",
    "politically": "politic", "polities": "polity", "economic": "economy", "economics":
    "economy", "economies": "economy", "economical": "economy", "data": "data", "news": "news",
}

# (suffix, replacement, shortest stem left) -- the first that applies wins.
_SUFFIXES = (
    ("ologies", "olog", 3), ("ological", "olog", 3), ("ology", "olog", 3),
    ("ically", "ic", 3), ("ical", "ic", 3), ("ivity", "iv", 3), ("izations", "iz", 3),
    ("ization", "iz", 3), ("ations", "at", 3), ("ation", "at", 3), ("ating", "at", 3),
    ("ated", "at", 3), ("ate", "at", 3), ("ions", "", 4), ("ion", "", 4),
    ("ifying", "ificat", 3), ("ified", "ificat", 3), ("ify", "ificat", 3),
    ("ements", "", 4), ("ement", "", 4), ("mental", "", 4), ("ments", "", 4), ("ment", "", 4),
    ("ities", "", 4), ("ity", "", 4), ("ive", "iv", 3),
    ("ings", "", 4), ("ing", "", 4), ("ed", "", 4), ("ally", "", 4), ("al", "", 4),
    ("ly", "", 5), ("ists", "", 4), ("ist", "", 4), ("ism", "", 4), ("es", "", 4), ("e", "", 4),
)


def normalise_word(word: str) -> str:
    """The stem a word is counted under (see the module notes).

    A hyphenated compound stays one word ("non-tariff" is not "tariff"), each
    part normalised.
    """
    if "-" in word.strip("-"):
        return "-".join(_normalise_simple(part) for part in word.split("-") if part)
    return _normalise_simple(word)


def _normalise_simple(word: str) -> str:
    if word in ("US", "USA") or word.upper().startswith("U.S."):
        return "us"
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("'"):
        w = w[:-1]
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) > 4 and w.endswith(("ies", "ied")):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith("sses"):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous")):
        w = w[:-1]
    for suffix, repl, keep in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= keep:
            return w[: len(w) - len(suffix)] + repl
    return w


_LIGHT_STEMS = frozenset(normalise_word(w) for w in LIGHT_WORDS)
_GENERIC_STEMS = frozenset(normalise_word(w) for w in GENERIC_WORDS)


@dataclass(frozen=True)
class _Word:
    surface: str
    stem: str
    stop: bool  # a function word: never a term, never at a label's edge
    start: int  # span in the text the word was read from
    end: int

    @property
    def generic(self) -> bool:
        return self.stem in _GENERIC_STEMS or self.surface.lower() in GENERIC_WORDS

    @property
    def edge_ok(self) -> bool:
        """May this word start or end a label?"""
        return not self.stop and self.stem not in _LIGHT_STEMS \
            and self.surface.lower() not in LIGHT_WORDS


def _is_stop(surface: str, stem: str) -> bool:
    lower = surface.lower()
    if stem == "us":
        return lower == "us" and surface != "US"
    return lower in STOP_WORDS or stem in STOP_WORDS or len(stem) < 2 or stem.isdigit()


def clauses(text: str) -> list[list[_Word]]:
    """Words of a text, grouped into clauses split at punctuation."""
    result: list[list[_Word]] = [[]]
    for m in _TOKEN.finditer(text):
        if m.group("punct"):
            if result[-1]:
                result.append([])
            continue
        surface = m.group("word")
        stem = normalise_word(surface)
        word = _Word(surface, stem, _is_stop(surface, stem), m.start(), m.end())
        current = result[-1]
        if current and current[-1].surface.lower() == "united" and surface.lower() == "states":
            current[-1] = _Word(text[current[-1].start:m.end()], "us", False,
                                current[-1].start, m.end())
            continue
        current.append(word)
    return [c for c in result if c]


def _term_keys(words: Sequence[_Word], excluded: frozenset[str]) -> list[str]:
    """Unigram and bigram terms of one clause, in order of appearance."""
    keys: list[str] = []

    def usable(w: _Word) -> bool:
        return not w.stop and not w.generic and len(w.stem) >= 3

    for i, word in enumerate(words):
        if usable(word) and word.stem not in excluded:
            keys.append(word.stem)
        if i + 1 < len(words):
            nxt = words[i + 1]
            if usable(word) and usable(nxt) and word.stem not in excluded \
                    and nxt.stem not in excluded:
                keys.append(f"{word.stem} {nxt.stem}")
    return keys


@dataclass
class _Doc:
    """One response seen as terms."""

    index: int
    response: Response
    clauses: list[list[_Word]]
    terms: list[str]  # in order of first appearance, without repeats
    key_terms: set[str]  # terms that occur inside a key phrase
    key_stems: list[tuple[str, ...]]  # the stems of each clause of its key phrases


def _analyse(responses: Sequence[Response], excluded: frozenset[str]) -> list[_Doc]:
    docs: list[_Doc] = []
    for index, response in enumerate(responses):
        cls = clauses(response.text)
        terms = list(dict.fromkeys(k for c in cls for k in _term_keys(c, excluded)))
        key_clauses = [c for kp in response.key_phrases for c in clauses(kp.text)]
        key_terms = {k for c in key_clauses for k in _term_keys(c, excluded)}
        docs.append(_Doc(index, response, cls, terms, key_terms,
                         [tuple(w.stem for w in c) for c in key_clauses]))
    return docs


def _question_stems(text: str) -> frozenset[str]:
    return frozenset(w.stem for c in clauses(text) for w in c if not w.stop)


@lru_cache(maxsize=8192)
def _all_terms(text: str) -> frozenset[str]:
    """Every term of a text, question words included (for the background)."""
    return frozenset(k for c in clauses(text) for k in _term_keys(c, frozenset()))


def _background(others: Iterable[Question]) -> dict[str, float] | None:
    """For each term, its lowest rate of use among the other questions' answers.

    A term is background only if it is common in *every* other question, so a
    theme shared by two questions out of five is not lost. Fewer than two other
    answered questions say too little: then there is no background.
    """
    rates: list[Counter[str]] = []
    sizes: list[int] = []
    for question in others:
        if not question.responses:
            continue
        counts: Counter[str] = Counter()
        for response in question.responses:
            counts.update(_all_terms(response.text))
        rates.append(counts)
        sizes.append(len(question.responses))
    if len(rates) < 2:
        return None
    terms = set(rates[0]).intersection(*rates[1:])
    return {t: min(c[t] / n for c, n in zip(rates, sizes, strict=True)) for t in sorted(terms)}


@dataclass
class _Group:
    terms: list[str]  # the main term first
    members: set[int]


def _min_support(n: int) -> int:
    return max(2, math.ceil(0.15 * n))


def _candidates(docs: Sequence[_Doc], others: Sequence[Question]) -> list[tuple[str, set[int]]]:
    """Eligible terms with their responses, best first."""
    support: dict[str, set[int]] = {}
    key_support: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    order = 0
    for doc in docs:
        for term in doc.terms:
            support.setdefault(term, set()).add(doc.index)
            if term not in first_seen:
                first_seen[term] = order
                order += 1
            if term in doc.key_terms:
                key_support[term] += 1
    has_key_phrases = any(doc.response.key_phrases for doc in docs)
    background = _background(others)
    n = len(docs)
    scored: list[tuple[float, int, int, str]] = []
    for term, members in support.items():
        if len(members) < _min_support(n):
            continue
        if has_key_phrases and key_support[term] < (2 if len(members) == 2 else 1):
            continue
        specificity = 1.0
        if background is None and n >= 4 and len(members) == n:
            continue  # used by everyone and nothing to compare with: the topic itself
        if background is not None:
            rate_here = len(members) / n
            rate_there = background.get(term, 0.0)
            specificity = 1.0 - min(1.0, rate_there / rate_here)
            if specificity < MIN_SPECIFICITY:
                continue
        score = specificity * (len(members) + KEY_PHRASE_WEIGHT * key_support[term])
        scored.append((-score, -len(members), first_seen[term], term))
    scored.sort()
    return [(term, support[term]) for _, _, _, term in scored]


def _clause_terms(doc: _Doc) -> list[set[str]]:
    return [set(_term_keys(c, frozenset())) for c in doc.clauses]


def _same_idea(term: str, members: set[int], group: _Group,
               clause_terms: Sequence[list[set[str]]]) -> bool:
    """Does ``term`` share a clause with the group's main term in at least half its responses?"""
    together = sum(1 for i in members
                   if any(term in c and group.terms[0] in c for c in clause_terms[i]))
    return 2 * together >= len(members)


def _select(candidates: Sequence[tuple[str, set[int]]], docs: Sequence[_Doc]) -> list[_Group]:
    """Greedy choice of themes from the ranked terms (see module notes, step 3)."""
    clause_terms = [_clause_terms(doc) for doc in docs]
    groups: list[_Group] = []
    for term, members in candidates:
        placed = False
        for group in groups:
            inter = len(members & group.members)
            jaccard = inter / len(members | group.members)
            if inter == len(members) and (jaccard >= 0.5
                                          or _same_idea(term, members, group, clause_terms)):
                group.terms.append(term)
                placed = True
            elif jaccard >= MERGE_JACCARD and _same_idea(term, members, group, clause_terms):
                group.members |= members
                group.terms.append(term)
                placed = True
            elif inter < len(members) and inter / len(members) >= SKIP_CONTAINED:
                placed = True
            if placed:
                break
        if not placed and len(groups) < MAX_THEMES:
            groups.append(_Group(terms=[term], members=set(members)))
    return groups


def _contains(stems: Sequence[str], term: str) -> bool:
    parts = term.split(" ")
    if len(parts) == 1:
        return term in stems
    return any(list(stems[i:i + len(parts)]) == parts for i in range(len(stems)))


def _label(group: _Group, docs: Sequence[_Doc], verbs: set[str]) -> str:
    """The respondents' wording that best names the group (see module notes, step 4).

    Among word sequences around the main term that recur in enough of the
    theme's responses (the same words in any order, determiners and "of"
    aside: "build coalitions" is "coalition building"), a complete one (not always followed
    by a noun it qualifies) with most content words wins; ties go to the one
    used by more responses, then to the one found in more key phrases, then to
    words shared more widely. The winner is then completed and, when it leads
    with a verb, turned into a noun phrase. ``verbs``: the stems the answers
    use as verbs.
    """
    members = [docs[i] for i in sorted(group.members)]
    stem_df: Counter[str] = Counter()
    for doc in members:
        stem_df.update({w.stem for c in doc.clauses for w in c if not w.stop})
    main = group.terms[0]
    windows: dict[tuple[str, ...], list[str]] = {}  # stems -> surface per response
    places: dict[tuple[str, ...], list[tuple[list[_Word], int, int, int]]] = {}
    content: dict[tuple[str, ...], int] = {}
    for doc in members:
        seen: set[tuple[str, ...]] = set()
        for clause in doc.clauses:
            for i in range(len(clause)):
                if not clause[i].edge_ok:
                    continue
                counted = 0  # words beside determiners and "of"
                for j in range(i + 1, len(clause) + 1):
                    counted += clause[j - 1].surface.lower() not in _ARTICLES
                    if counted > MAX_LABEL_WORDS:
                        break
                    if not clause[j - 1].edge_ok:
                        continue
                    words = clause[i:j]
                    if not _contains(tuple(w.stem for w in words), main):
                        continue
                    stems = tuple(sorted(w.stem for w in words
                                         if w.surface.lower() not in _ARTICLES))
                    places.setdefault(stems, []).append((clause, i, j, doc.index))
                    if stems in seen:
                        continue
                    seen.add(stems)
                    windows.setdefault(stems, []).append(
                        " ".join(doc.response.text[words[0].start:words[-1].end].split()))
                    content[stems] = sum(1 for w in words if not w.stop)
    need = max(2, math.ceil(LABEL_SUPPORT * max((len(v) for v in windows.values()), default=0)))
    good = [stems for stems, used in windows.items() if len(used) >= need]
    if not good:
        good = list(windows)
    if not good:
        return main
    order = {stems: k for k, stems in enumerate(windows)}
    phrases = {doc.index: doc.key_stems for doc in members}

    def in_key_phrases(stems: tuple[str, ...]) -> int:
        return len({index for clause, i, j, index in places[stems]
                    if any(_contains(p, " ".join(w.stem for w in clause[i:j]))
                           for p in phrases[index])})

    def incomplete(stems: tuple[str, ...]) -> bool:
        return all(j < len(clause) and clause[j].edge_ok for clause, _i, j, _ in places[stems])

    def rank(stems: tuple[str, ...]) -> tuple[bool, int, int, int, int, int]:
        shared = sum(stem_df[s] - 1 for s in set(stems) if s in stem_df)
        return (incomplete(stems), -content[stems], -len(windows[stems]),
                -in_key_phrases(stems), -shared, order[stems])

    best = min(good, key=rank)
    nominal = _nominal_stems(members)
    words = _wording(windows[best], verbs | nominal | _gerund_stems(members))
    tail = None
    if len(words) == 1:
        completed = _complete_modifier(words, places, members)
        tail = completed[1:] or None
        words = completed[:1]
    tail = tail or _coordinated_heads(places[best], verbs)
    if tail is not None and len(words) + len(tail) <= MAX_LABEL_WORDS + 1:
        words = words + tail
    words = _left_modifier(words, members, verbs) + words
    return _display(" ".join(w.surface for w in _nominalise(words, docs, verbs, nominal)))


def _wording(forms: Sequence[str], verbal: set[str]) -> list[_Word]:
    """The words of the most used wording, preferring one not led by a verb.

    ``verbal`` are the stems also written as verbs or as nouns made from
    verbs: a wording led by such a stem in a plain form ("coordinate with the
    provinces", "build coalitions") gives way to one that is not
    ("coordination with provinces", "coalition building").
    """
    def verb_led(form: str) -> bool:
        first = _phrase_words(form)[0]
        return first.stem in verbal and not _is_nominal(first.surface) \
            and not first.surface.lower().endswith("ing")

    nouns = [f for f in forms if not verb_led(f)]
    return _phrase_words(_most_common(nouns or forms))


# Left out when comparing wordings: "protect the sector" is "protection of the sector".
_ARTICLES = _wordset("a an the of our their its your my his her this these those")
_MODALS = _wordset("must should can could would will may might shall cannot we they")
_DETERMINERS = _wordset("a an the our their its this these those your my his her both each")
_BE = _wordset("is are was were be been being am")
_DEGREE = _wordset("too very overly")
# Endings of nouns made from verbs ("engagement", "coordination", "reliance").
_NOMINAL_ENDINGS = ("ment", "ments", "tion", "tions", "sion", "sions", "ance", "ances",
                    "ence", "ences", "ship", "ness")


def _phrase_words(text: str) -> list[_Word]:
    """The words of a label's wording (one clause: labels never cross punctuation)."""
    return [w for c in clauses(text) for w in c]


def _verb_cue(clause: Sequence[_Word], i: int) -> bool:
    """Is the word at ``i`` used as a verb here ("must engage", "pursue a", "to remind the")?"""
    prev = clause[i - 1].surface.lower() if i else None
    nxt = clause[i + 1].surface.lower() if i + 1 < len(clause) else None
    if prev in _MODALS:
        return True
    return (prev is None or prev in ("to", "and", "or")) and nxt in _DETERMINERS


def _is_nominal(surface: str) -> bool:
    return surface.lower().endswith(_NOMINAL_ENDINGS)


def _verb_stems(docs: Sequence[_Doc]) -> set[str]:
    """Stems the responses use as verbs at least once (in a non-noun form)."""
    return {w.stem for doc in docs for c in doc.clauses for i, w in enumerate(c)
            if not w.stop and not _is_nominal(w.surface) and _verb_cue(c, i)}


def _gerund_stems(docs: Sequence[_Doc]) -> set[str]:
    """Stems the responses write as an "-ing" noun ("coalition building", not "is driving")."""
    return {w.stem for doc in docs for c in doc.clauses for i, w in enumerate(c)
            if not w.stop and w.surface.lower().endswith("ing")
            and not (i and c[i - 1].surface.lower() in _BE)}


def _nominal_stems(docs: Sequence[_Doc]) -> set[str]:
    """Stems the responses also write as nouns made from verbs ("coordination")."""
    return {w.stem for doc in docs for c in doc.clauses for w in c
            if not w.stop and _is_nominal(w.surface)}


def _coordinated_heads(places: Sequence[tuple[list[_Word], int, int, int]],
                       verbs: set[str]) -> list[_Word] | None:
    """"Border" -> "Border closures and inspections": the nouns a modifier always qualifies.

    Only when every use of the wording is followed by a lower-case word that
    ends the phrase (at most one light word in between, as in "domestic
    focused priorities"), in at least two responses, and those words are one
    or two different ones.
    """
    heads: dict[str, list[_Word]] = {}
    responses: set[int] = set()
    for clause, _i, j, index in places:
        k = j
        if k < len(clause) and not clause[k].stop and not clause[k].edge_ok:
            k += 1  # a light word: "focused", "new"
        if k >= len(clause) or not clause[k].edge_ok or clause[k].generic \
                or clause[k].stem in verbs or clause[j - 1].stem in verbs \
                or not clause[k].surface.islower() \
                or (k + 1 < len(clause) and not clause[k + 1].stop):
            return None  # no noun, a proper name, or not the end of the noun phrase
        heads.setdefault(clause[k].stem, []).append(clause[k])
        responses.add(index)
    if len(responses) < 2 or not 1 <= len(heads) <= 2:
        return None
    chosen = [_Word(_most_common([w.surface for w in ws]), stem, False, 0, 0)
              for stem, ws in heads.items()]
    if len(chosen) == 2:
        chosen.insert(1, _Word("and", "and", True, 0, 0))
    return chosen


def _left_modifier(words: list[_Word], members: Sequence[_Doc],
                   verbs: set[str]) -> list[_Word]:
    """A word that recurs just before the label's first word ("US" + "domestic policy").

    It must come right before that word in at least two responses and 40 % of
    those using it, never be used as a verb, and not already be in the label.
    A lone adjective may instead take a recurring degree word ("Too slow").
    """
    first = words[0]
    used: set[int] = set()
    before: dict[str, list[str]] = {}
    whom: dict[str, set[int]] = {}
    for doc in members:
        for clause in doc.clauses:
            for i, w in enumerate(clause):
                if w.stem != first.stem:
                    continue
                used.add(doc.index)
                if i == 0:
                    continue
                left = clause[i - 1]
                degree = left.surface.lower() in _DEGREE and len(words) == 1
                if not degree and (not left.edge_ok or left.generic):
                    continue
                before.setdefault(left.stem, []).append(left.surface)
                whom.setdefault(left.stem, set()).add(doc.index)
    need = max(2, math.ceil(LABEL_SUPPORT * len(used)))
    label_stems = {w.stem for w in words}
    ranked = sorted(whom, key=lambda s: -len(whom[s]))  # stable: first seen first
    for stem in ranked[:1]:
        if len(whom[stem]) >= need and stem not in label_stems and stem not in verbs \
                and (len(ranked) == 1 or len(whom[ranked[1]]) < len(whom[stem])):
            surface = _most_common(before[stem])
            if surface.lower() in _DEGREE:
                surface = surface.lower()
            return [_Word(surface, stem, False, 0, 0)]
    return []


def _nominalise(words: list[_Word], docs: Sequence[_Doc], verbs: set[str],
                nominal: set[str]) -> list[_Word]:
    """A label led by a verb ("Engage") takes the answers' noun for it ("Engagement").

    The word counts as a verb when the answers use it so (``verbs``: "must
    engage", "pursue a") or when the theme's own responses also write it as a
    noun made from a verb (``nominal``). The noun must be written somewhere in the answers to
    the question: a derived noun ("engagement", "coordination") first, else
    an "-ing" form not preceded by "is"/"are" ("diversifying"). Without one
    the word stays: no form is invented.
    """
    first = words[0]
    if _is_nominal(first.surface) or first.surface.lower().endswith("ing") or (
            first.stem not in verbs and first.stem not in nominal):
        return words
    nouns: list[str] = []
    gerunds: list[str] = []
    for doc in docs:
        for clause in doc.clauses:
            for i, w in enumerate(clause):
                if w.stem != first.stem or w.surface.lower() == first.surface.lower():
                    continue
                lower = w.surface.lower()
                if _is_nominal(lower):
                    nouns.append(lower)
                elif lower.endswith("ing") and not (i and clause[i - 1].surface.lower() in _BE):
                    gerunds.append(lower)
    if not nouns and not gerunds:
        return words
    noun = _most_common(nouns or gerunds)
    rest = words[1:]
    if nouns and rest and not rest[0].stop:  # "engage provinces" -> "engagement of provinces"
        rest = [_Word("of", "of", True, 0, 0), *rest]
    return [_Word(noun, first.stem, False, 0, 0), *rest]


_MODIFIER_ENDINGS = ("al", "ive", "ic", "ous", "ful", "able", "ible", "ary")


def _complete_modifier(words: list[_Word], places: dict[tuple[str, ...], list[
        tuple[list[_Word], int, int, int]]], members: Sequence[_Doc]) -> list[_Word]:
    """A lone adjective ("Proactive") gets the noun it qualifies in a key phrase."""
    if not words[0].surface.lower().endswith(_MODIFIER_ENDINGS):
        return words
    phrase_stems = [stems for doc in members for stems in doc.key_stems]
    for found in places.values():
        for clause, i, j, _ in found:
            pair = clause[i:j]
            if len(pair) == 2 and pair[0].stem == words[0].stem and any(
                    _contains(p, f"{pair[0].stem} {pair[1].stem}") for p in phrase_stems):
                return [words[0], pair[1]]
    return words


def _most_common(forms: Sequence[str]) -> str:
    """The most frequent wording; ties go to the shorter, then the first seen."""
    counts = Counter(forms)
    first = {form: k for k, form in reversed(list(enumerate(forms)))}
    return min(counts, key=lambda f: (-counts[f], len(f), first[f]))


def _display(text: str) -> str:
    return text[:1].upper() + text[1:]


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.lower()).strip("-") or "theme"


def _readable_term(term: str, docs: Sequence[_Doc]) -> str:
    """The most common lower-case wording of a term, for showing and saving."""
    forms: Counter[str] = Counter()
    first: dict[str, int] = {}
    parts = term.split(" ")
    for doc in docs:
        for clause in doc.clauses:
            stems = [w.stem for w in clause]
            for i in range(len(clause) - len(parts) + 1):
                if stems[i:i + len(parts)] == parts:
                    words = clause[i:i + len(parts)]
                    form = " ".join(doc.response.text[words[0].start:words[-1].end].split()).lower()
                    forms[form] += 1
                    first.setdefault(form, len(first))
    if not forms:
        return term
    return min(forms, key=lambda f: (-forms[f], len(f), first[f]))


def find_themes(question: Question, others: Sequence[Question] = (),
                id_prefix: str | None = None) -> list[Theme]:
    """Themes among the responses to one question, largest first.

    ``others`` are the survey's other questions: terms just as frequent there
    are background, not themes. Theme ids start with ``id_prefix``
    (default ``th-<question id>``) and are stable for the same text.
    """
    responses = question.responses
    if len(responses) < 2:
        return []
    docs = _analyse(responses, _question_stems(question.text))
    verbs = _verb_stems(docs)
    groups = _select(_candidates(docs, [q for q in others if q is not question]), docs)
    prefix = id_prefix or f"th-{question.id}"
    themes: list[tuple[int, int, Theme]] = []
    used: set[str] = set()
    for group in groups:
        label = _label(group, docs, verbs)
        slug = base = f"{prefix}-{_slug(label)}"
        k = 2
        while slug in used:
            slug, k = f"{base}-{k}", k + 1
        used.add(slug)
        members = sorted(group.members)
        theme = Theme(id=slug, label=label, response_ids=[responses[i].id for i in members],
                      origin="auto", terms=list(dict.fromkeys(_readable_term(t, docs)
                                                              for t in group.terms)))
        themes.append((-len(members), members[0], theme))
    themes.sort(key=lambda item: (item[0], item[1]))
    return [theme for _, _, theme in themes]


_LEAD_IN = re.compile(r"^(?:(?:in your (?:view|opinion|experience)|please|briefly|overall),?\s+)+",
                      re.IGNORECASE)
_APPRAISAL = re.compile(r"^(?:how|what)\s+(?:do|would|did)\s+you\s+(?:rate|assess|evaluate|judge"
                        r"|view|see|think\s+(?:of|about)|make\s+of)\s+", re.IGNORECASE)
_WH = _wordset("what which who whom whose where when why how")
_HOW_DEGREE = _wordset("much many far well long often")
_COPULA = _wordset("is are was were")
_AUX = _wordset("do does did should would could can will might must shall may has have had")
_NOT_PLURAL = ("ss", "us", "is", "ous")


def short_label(text: str, max_words: int = 6) -> str:
    """A short, editable name for a question, as an analyst would head it.

    * "What is/are ..." gives its noun phrase: "What is the most significant
      challenge in the trade relationship ...?" -> "Most significant challenge".
    * "Which <plural noun> <verb> ..." becomes a noun phrase too: "Which risks
      matter most for ...?" -> "Risks that matter most".
    * "How do you rate <X>?" (assess, judge, view ...) -> "Assessment of <X>".
    * Other questions with an auxiliary ("Where should federal funding go
      first?") or led by a pronoun ("What worries exporters most?") cannot be
      cut to a noun phrase without knowing the verb: they keep their question
      form, whole (with its "?") when it has at most ``max_words + 2`` words.
    * Anything else is cut at the first preposition after three words and to
      ``max_words`` words, without a trailing function word.
    """
    clean = _NUMBERING.sub("", " ".join(text.split()).strip(), count=1)
    clean = _LEAD_IN.sub("", clean, count=1).strip()
    appraisal = _APPRAISAL.match(clean)
    if appraisal:
        clean = "Assessment of " + clean[appraisal.end():]
        max_words += 2
    head = re.split(r"[?;:!]|,\s|\s[-–—]\s|\.(?:\s|$)", clean, maxsplit=1)[0].strip()
    words = head.split()
    if words and words[0].lower() in _WH and not appraisal:
        kind = _question_kind(words)
        if kind == "question":
            return _cut(words, max_words + 2, question=True)
        if kind == "relative":
            return _cut(words[1:], max_words)
    rest = _QUESTION_LEAD.sub("", clean, count=1).strip()
    head = re.split(r"[?;:!]|,\s|\s[-–—]\s|\.(?:\s|$)", rest, maxsplit=1)[0].strip()
    return _cut(head.split() or clean.split(), max_words)


def _question_kind(words: list[str]) -> str:
    """How a wh-question reads best as a label: "noun" (drop the wh-word),
    "relative" (``words`` is rewritten to "<noun> that <verb> ...") or "question"."""
    lower = [w.lower() for w in words]
    k = 2 if len(lower) > 1 and lower[0] == "how" and lower[1] in _HOW_DEGREE else 1
    if k >= len(lower) or lower[k] in _COPULA:
        return "noun"
    if lower[k] in ("kind", "type", "sort") and lower[k + 1:k + 2] == ["of"]:
        return "question"  # "What kind of support ..." names nothing on its own
    if any(w in _AUX for w in lower[k:k + 4]):
        return "question"
    if lower[0] == "which":
        for j in range(k, min(k + 3, len(lower) - 1)):
            noun, verb = words[j], words[j + 1]
            plural = noun.islower() and noun.endswith("s") and not noun.endswith(_NOT_PLURAL)
            bare = verb.isalpha() and verb.islower() and not verb.endswith("s") \
                and verb not in STOP_WORDS and verb not in _CUT_WORDS
            if (plural and bare) or verb.lower() in _COPULA:
                words[:] = [*words[:j + 1], "that", *words[j + 1:]]
                return "relative"
        return "noun"
    return "question"


def _cut(words: list[str], limit: int, question: bool = False) -> str:
    """At most ``limit`` words, cut at a preposition when longer; "?" if a question is whole."""
    if not words:
        return ""
    whole = len(words) <= limit
    if not whole or not question:
        cut = len(words)
        for i, word in enumerate(words):
            if i >= 3 and word.lower() in _CUT_WORDS:
                cut = i
                break
        if question and cut == len(words):
            cut = limit
        words = words[:min(cut, limit)]
    while len(words) > 1 and words[-1].lower() in _TRAILING:
        words.pop()
    label = " ".join(words).strip(" ,.")
    label = label[:1].upper() + label[1:]
    return label + "?" if question and whole else label


def build_outline(surveys: list[Survey]) -> Outline:
    """One section per survey question, with its automatic themes."""
    outline = Outline()
    for survey in surveys:
        for question in survey.questions:
            others = [q for q in survey.questions if q is not question]
            themes = find_themes(question, others,
                                 id_prefix=f"th-{survey.source_id}-{question.id}")
            outline.sections.append(OutlineSection(
                id=f"sec-{survey.source_id}-{question.id}", survey_id=survey.source_id,
                question_id=question.id, label=short_label(question.text), themes=themes,
                total=len(question.responses)))
    return outline
