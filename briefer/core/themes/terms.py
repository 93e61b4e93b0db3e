"""Terms of the answers, and the greedy choice of themes among them.

1. **Terms.** In each clause of an answer: its content words (stems, see
   ``themes.words``), pairs of adjacent content words ("supply chain"), and
   the concepts it names (``themes.concepts``: "Japan" and "Indo-Pacific"
   both name ``@asia-pacific``). Stop-words, content-light words and words
   that merely repeat the question are not terms; nor is a concept the
   question itself names.
2. **Support.** A term's support is the set of answers using it, except the
   answers that name it only to reject it (``themes.negation``); those are
   kept apart as its *disagreeing* answers.
3. **Scores.** Support size, plus half a point per answer whose bold key
   phrase holds the term: bold weighs, it does not gate. When the survey's
   other questions are given, a term common in the answers to every one of
   them is background (in a Canada-US survey: "Canada"): its score shrinks
   with how much more common it is here, and it is dropped unless twice as
   common. Without other questions, a term used in every one of four or more
   answers is taken for the topic itself.
4. **Thresholds scale with the number of answers** n: a theme needs at least
   two answers and 8 % of n (2 of 7, 4 of 40), so a small theme beside a
   large one survives; a question gets at most three themes per five
   answers (5 for 7 answers), and never more than 6, as coders write them.
5. **Selection.** Terms are taken best first. A term sharing words with a
   theme's terms and half its answers joins it ("supply" and "supply
   chains"); a term with other words overlapping a theme strongly (Jaccard
   >= 0.75, and a shared clause in half its answers) is merged into it;
   otherwise it starts a new theme, even inside a larger one.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from briefer.core.survey import Question, Response
from briefer.core.themes.concepts import concept_matches
from briefer.core.themes.negation import is_rejected
from briefer.core.themes.words import Clause, Word, clauses, language

KEY_PHRASE_WEIGHT = 0.5  # extra weight of an answer whose key phrase holds the term
MERGE_JACCARD = 0.75
MIN_SPECIFICITY = 0.5  # a term must be at least twice as common here as elsewhere
MIN_SHARE = 0.08  # of the answers, for a theme
MAX_THEMES = 6

Place = tuple[int, int, int]  # (clause index, first word, end word)


def max_themes(n: int) -> int:
    """About three themes per five answers (3 for 5 answers, 5 for 7), at most 6 up to
    twenty answers and one more per ten answers beyond (8 for 40): a large survey holds
    more ideas a coder would report."""
    return min(MAX_THEMES + max(0, n - 20) // 10, max(2, math.ceil(0.6 * n)))


def min_support(n: int) -> int:
    return max(2, math.ceil(MIN_SHARE * n))


def _usable(w: Word) -> bool:
    return not w.stop and not w.generic and len(w.stem) >= 3


def clause_terms(clause: Clause, excluded: frozenset[str],
                 excluded_concepts: frozenset[str] = frozenset(),
                 named: set[str] | None = None) -> list[tuple[str, int, int]]:
    """Unigram, bigram and concept terms of one clause with their word ranges.

    ``named`` collects the concepts named by their own names (not only by an
    instance: "Asian markets", not "Japan").
    """
    keys: list[tuple[str, int, int]] = []
    for i, word in enumerate(clause):
        if _usable(word) and word.stem not in excluded:
            keys.append((word.stem, i, i + 1))
        if i + 1 < len(clause):
            nxt = clause[i + 1]
            if _usable(word) and _usable(nxt) and word.stem not in excluded \
                    and nxt.stem not in excluded:
                keys.append((f"{word.stem} {nxt.stem}", i, i + 2))
    for i, j, concept, instance in concept_matches(clause):
        if concept in excluded_concepts:
            continue
        if all(w.stop or w.stem in excluded for w in clause[i:j]):
            continue
        keys.append((f"@{concept}", i, j))
        if named is not None and not instance:
            named.add(f"@{concept}")
    return keys


# An answer that opens by denying ("Nothing.", "Very little, frankly", "Aucun", "Peu de
# levier") says one thing coders group: none, or hardly any.
_NONE_OPENING = re.compile(
    r"^\W*(?:nothing|none|nil|zero|(?:very\s+)?little|not\s+much|hardly\s+any|no\s+(?:real\s+)?"
    r"(?:leverage|concessions?|effect|impact|change)|rien|aucun|aucune|(?:tr[eè]s\s+)?peu"
    r"|pas\s+grand-chose)\b", re.IGNORECASE)
NONE_TERM = "@none"


@dataclass
class Doc:
    """One answer seen as terms."""

    index: int
    response: Response
    clauses: list[Clause]
    terms: list[str]  # supported terms, in order of first appearance
    key_terms: set[str]  # terms that occur inside a key phrase
    key_stems: list[tuple[str, ...]]  # the stems of each clause of its key phrases
    places: dict[str, list[Place]] = field(default_factory=dict)  # supported occurrences
    rejected: set[str] = field(default_factory=set)  # terms named only to be rejected
    by_clause: list[set[str]] = field(default_factory=list)  # terms of each clause
    named: set[str] = field(default_factory=set)  # concepts named by a name, not an instance


def analyse(responses: Sequence[Response], excluded: frozenset[str],
            excluded_concepts: frozenset[str] = frozenset(), action: bool = False) -> list[Doc]:
    docs: list[Doc] = []
    for index, response in enumerate(responses):
        lang = language(response.text)
        cls = clauses(response.text, lang)
        places: dict[str, list[Place]] = {}
        rejected_at: dict[str, int] = {}
        by_clause: list[set[str]] = []
        named: set[str] = set()
        for c, clause in enumerate(cls):
            here = clause_terms(clause, excluded, excluded_concepts, named)
            by_clause.append({k for k, _, _ in here})
            for key, i, j in here:
                if is_rejected(clause, i, j, action):
                    rejected_at[key] = rejected_at.get(key, 0) + 1
                else:
                    places.setdefault(key, []).append((c, i, j))
        if cls and _NONE_OPENING.match(response.text) and len(cls[0]) <= 6:
            places.setdefault(NONE_TERM, []).append((0, 0, len(cls[0])))
            by_clause[0].add(NONE_TERM)
        key_clauses = [c for kp in response.key_phrases for c in clauses(kp.text, lang)]
        key_terms = {k for c in key_clauses for k, _, _ in clause_terms(c, excluded)}
        docs.append(Doc(index, response, cls, list(places), key_terms,
                        [tuple(w.stem for w in c) for c in key_clauses], places,
                        {k for k in rejected_at if k not in places}, by_clause, named))
    return docs


def question_stems(text: str) -> frozenset[str]:
    return frozenset(w.stem for c in clauses(text) for w in c if not w.stop)


def question_concepts(text: str) -> frozenset[str]:
    return frozenset(k[1:] for c in clauses(text) for k, _, _ in clause_terms(c, frozenset())
                     if k.startswith("@"))


def _instances_only(docs: Sequence[Doc]) -> set[str]:
    """Concepts fewer than two answers call by their own names (see ``concepts``)."""
    named: Counter[str] = Counter()
    for doc in docs:
        named.update(doc.named & set(doc.places))
    concepts = {t for doc in docs for t in doc.places if t.startswith("@")}
    return {c for c in concepts if named[c] < 2}


@lru_cache(maxsize=8192)
def _all_terms(text: str) -> frozenset[str]:
    """Every term of a text, question words included (for the background)."""
    return frozenset(k for c in clauses(text) for k, _, _ in clause_terms(c, frozenset()))


class Background:
    """How common each term is in the answers to each question of a survey, so that
    every question's background (below) comes from one pass over the survey."""

    def __init__(self, questions: Iterable[Question]) -> None:
        self.rates: dict[str, dict[str, float]] = {}  # question id -> term -> share
        for question in questions:
            answered = question.answered
            if not answered:
                continue
            counts: Counter[str] = Counter()
            for response in answered:
                counts.update(_all_terms(response.text))
            self.rates[question.id] = {t: c / len(answered) for t, c in counts.items()}
        # for each term: its two lowest rates and the question of the lowest, over the
        # questions using it, and how many use it
        self._low: dict[str, tuple[float, str, float, int]] = {}
        for qid, rates in self.rates.items():
            for term, rate in rates.items():
                low, who, second, used = self._low.get(term, (2.0, "", 2.0, 0))
                if rate < low:
                    low, who, second = rate, qid, low
                elif rate < second:
                    second = rate
                self._low[term] = (low, who, second, used + 1)
        # only a term in all questions but one can be any question's background
        self._common = [t for t, v in self._low.items() if v[3] >= len(self.rates) - 1]

    def excluding(self, question_id: str) -> dict[str, float] | None:
        """For each term, its lowest rate among the *other* questions' answers.

        A term is background only if it is common in *every* other question, so a
        theme shared by two questions out of five is not lost. Fewer than two other
        answered questions say too little: then there is no background.
        """
        others = len(self.rates) - (question_id in self.rates)
        if others < 2:
            return None
        result: dict[str, float] = {}
        for term in self._common:
            low, who, second, used = self._low[term]
            here = term in self.rates.get(question_id, {})
            if used - here < others:
                continue  # missing from some other question
            result[term] = second if who == question_id else low
        return dict(sorted(result.items()))


def background(others: Iterable[Question]) -> dict[str, float] | None:
    """The background of a question given its survey's other questions (see
    ``Background.excluding``)."""
    return Background(others).excluding("")


@dataclass
class Group:
    terms: list[str]  # the main term first
    members: set[int]
    stems: set[str] = field(default_factory=set)  # the words its terms cover


def candidates(docs: Sequence[Doc], others: Sequence[Question] = (),
               back: dict[str, float] | None = None) -> list[tuple[str, set[int]]]:
    """Eligible terms with their answers, best first."""
    support: dict[str, set[int]] = {}
    key_support: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for doc in docs:
        for term in doc.terms:
            support.setdefault(term, set()).add(doc.index)
            first_seen.setdefault(term, len(first_seen))
            if term in doc.key_terms:
                key_support[term] += 1
    if back is None and others:
        back = background(others)
    n = len(docs)
    verbal = _verb_forms_only(docs) | _instances_only(docs)
    bolded = sum(1 for doc in docs if doc.response.key_phrases) >= 0.5 * n
    scored: list[tuple[float, int, int, str]] = []
    for term, members in support.items():
        if len(members) < min_support(n):
            continue
        if term in verbal and (term.startswith("@") or not key_support[term]):
            continue  # "changing": a verb form shared by chance; "cobalt", "rare earths": two
            # instances of one category, two different answers
        if bolded and n >= 5 and len(members) == 2 and not key_support[term] \
                and " " not in term and not term.startswith("@"):
            continue  # where respondents bold their points, a word two share unbolded is chance
        if " " not in term and not term.startswith("@") and len(members) <= SALIENT \
                and not all(_salient(docs[i], term) for i in members):
            continue  # a word said in passing by a few, not the point of their answers
        specificity = 1.0
        if back is None and n >= 4 and len(members) == n:
            continue  # used by everyone and nothing to compare with: the topic itself
        if back is not None:
            rate_here = len(members) / n
            rate_there = back.get(term, 0.0)
            specificity = 1.0 - min(1.0, rate_there / rate_here)
            if specificity < MIN_SPECIFICITY:
                continue
        score = specificity * (len(members) + KEY_PHRASE_WEIGHT * key_support[term])
        scored.append((-score, -len(members), first_seen[term], term))
    scored.sort()
    return [(term, support[term]) for _, _, _, term in scored]


SALIENT = 2  # a word two answers share must be part of the point of both
LEAD_WORDS = 12  # an answer's point: its first words, or its key phrases


def _salient(doc: Doc, term: str) -> bool:
    """Is the term part of the answer's point: in its opening words or a key phrase?"""
    if term in doc.key_terms:
        return True
    opening = 0
    for c, clause in enumerate(doc.clauses):
        for i, _ in enumerate(clause):
            if opening >= LEAD_WORDS:
                return False
            if any(pc == c and pi == i for pc, pi, _ in doc.places.get(term, [])):
                return True
            opening += 1
    return False


def _verb_forms_only(docs: Sequence[Doc]) -> set[str]:
    """Single-word terms only ever written as "-ing" or "-ed" forms."""
    forms: dict[str, set[bool]] = {}
    for doc in docs:
        for term, places in doc.places.items():
            if " " in term or term.startswith("@"):
                continue
            for c, i, _ in places:
                surface = doc.clauses[c][i].lower
                forms.setdefault(term, set()).add(surface.endswith(("ing", "ed")))
    return {term for term, kinds in forms.items() if kinds == {True}}


def _one_clause(term: str, members: set[int], group: Group, docs: Sequence[Doc]) -> bool:
    """Is ``term`` said in one clause with one of the group's terms in every answer?
    ("Diversify our export markets": "markets" is part of that idea.)"""
    return all(any(term in c and any(t in c for t in group.terms) for c in docs[i].by_clause)
               for i in members)


def _same_idea(term: str, members: set[int], group: Group, docs: Sequence[Doc]) -> bool:
    """Does ``term`` share a clause with the group's main term in at least half its answers?"""
    main = group.terms[0]
    together = sum(1 for i in members
                   if any(term in c and main in c for c in docs[i].by_clause))
    return 2 * together >= len(members)


def covered_stems(docs: Sequence[Doc]) -> dict[str, set[str]]:
    """For each term, the content words it stands for in the answers."""
    cover: dict[str, set[str]] = {}
    for doc in docs:
        for term, places in doc.places.items():
            words = cover.setdefault(term, set())
            for c, i, j in places:
                words.update(w.stem for w in doc.clauses[c][i:j] if not w.stop)
    return cover


def select(ranked: Sequence[tuple[str, set[int]]], docs: Sequence[Doc],
           limit: int | None = None) -> list[Group]:
    """Greedy choice of themes from the ranked terms (see module notes, step 5).

    A term sharing words with a theme's terms ("supply" and "supply chains",
    "Asian" and the concept it names) joins that theme when at least half its
    answers are the theme's. A term with other words is another idea, even
    when all its answers are in a larger theme: a large theme does not hide a
    small one. Two terms with other words merge only when they share most
    answers (Jaccard >= 0.75) and a clause in half of them.
    """
    cover = covered_stems(docs)
    groups: list[Group] = []
    limit = max_themes(len(docs)) if limit is None else limit
    for term, members in ranked:
        words = cover.get(term, set())
        placed = False
        for group in groups:
            inter = len(members & group.members)
            jaccard = inter / len(members | group.members)
            if (words & group.stems and 2 * inter >= len(members)) or (
                    inter == len(members) and _one_clause(term, members, group, docs)):
                group.terms.append(term)
                group.stems |= words
                placed = True
            elif jaccard >= MERGE_JACCARD and _same_idea(term, members, group, docs):
                group.members |= members
                group.terms.append(term)
                group.stems |= words
                placed = True
            if placed:
                break
        if not placed and len(groups) < limit:
            groups.append(Group(terms=[term], members=set(members), stems=set(words)))
    return groups


def disagreeing(group: Group, docs: Sequence[Doc]) -> list[int]:
    """Answers that name the group's main term only to reject it."""
    main = group.terms[0]
    return [doc.index for doc in docs if main in doc.rejected and doc.index not in group.members]
