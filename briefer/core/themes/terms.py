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
   large one survives; a question gets at most one theme per two answers
   (4 for 7 answers), and never more than 8, as coders write them.
5. **Selection.** Terms are taken best first. A term whose answers all lie
   within an existing theme joins its terms if it names the same idea (it
   shares a clause with the theme's main term in half its answers, or
   covers half the theme); a term overlapping a theme strongly (Jaccard
   >= 0.75) and naming the same idea is merged into it; one mostly inside a
   theme is skipped; otherwise it starts a new theme.
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
SKIP_CONTAINED = 0.75
MIN_SPECIFICITY = 0.5  # a term must be at least twice as common here as elsewhere
MIN_SHARE = 0.08  # of the answers, for a theme

Place = tuple[int, int, int]  # (clause index, first word, end word)


def max_themes(n: int) -> int:
    """About one theme per two answers (2 for 4 answers, 4 for 7), at most 8."""
    return min(8, max(2, math.ceil(n / 2)))


def min_support(n: int) -> int:
    return max(2, math.ceil(MIN_SHARE * n))


def _usable(w: Word) -> bool:
    return not w.stop and not w.generic and len(w.stem) >= 3


def clause_terms(clause: Clause, excluded: frozenset[str],
                 excluded_concepts: frozenset[str] = frozenset()) -> list[tuple[str, int, int]]:
    """Unigram, bigram and concept terms of one clause with their word ranges."""
    keys: list[tuple[str, int, int]] = []
    for i, word in enumerate(clause):
        if _usable(word) and word.stem not in excluded:
            keys.append((word.stem, i, i + 1))
        if i + 1 < len(clause):
            nxt = clause[i + 1]
            if _usable(word) and _usable(nxt) and word.stem not in excluded \
                    and nxt.stem not in excluded:
                keys.append((f"{word.stem} {nxt.stem}", i, i + 2))
    for i, j, concept in concept_matches(clause):
        if concept in excluded_concepts:
            continue
        if all(w.stop or w.stem in excluded for w in clause[i:j]):
            continue
        keys.append((f"@{concept}", i, j))
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


def analyse(responses: Sequence[Response], excluded: frozenset[str],
            excluded_concepts: frozenset[str] = frozenset(), action: bool = False) -> list[Doc]:
    docs: list[Doc] = []
    for index, response in enumerate(responses):
        lang = language(response.text)
        cls = clauses(response.text, lang)
        places: dict[str, list[Place]] = {}
        rejected_at: dict[str, int] = {}
        by_clause: list[set[str]] = []
        for c, clause in enumerate(cls):
            here = clause_terms(clause, excluded, excluded_concepts)
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
                        {k for k in rejected_at if k not in places}, by_clause))
    return docs


def question_stems(text: str) -> frozenset[str]:
    return frozenset(w.stem for c in clauses(text) for w in c if not w.stop)


def question_concepts(text: str) -> frozenset[str]:
    return frozenset(k[1:] for c in clauses(text) for k, _, _ in clause_terms(c, frozenset())
                     if k.startswith("@"))


@lru_cache(maxsize=8192)
def _all_terms(text: str) -> frozenset[str]:
    """Every term of a text, question words included (for the background)."""
    return frozenset(k for c in clauses(text) for k, _, _ in clause_terms(c, frozenset()))


def background(others: Iterable[Question]) -> dict[str, float] | None:
    """For each term, its lowest rate of use among the other questions' answers.

    A term is background only if it is common in *every* other question, so a
    theme shared by two questions out of five is not lost. Fewer than two other
    answered questions say too little: then there is no background.
    """
    rates: list[Counter[str]] = []
    sizes: list[int] = []
    for question in others:
        answered = question.answered
        if not answered:
            continue
        counts: Counter[str] = Counter()
        for response in answered:
            counts.update(_all_terms(response.text))
        rates.append(counts)
        sizes.append(len(answered))
    if len(rates) < 2:
        return None
    terms = set(rates[0]).intersection(*rates[1:])
    return {t: min(c[t] / n for c, n in zip(rates, sizes, strict=True)) for t in sorted(terms)}


@dataclass
class Group:
    terms: list[str]  # the main term first
    members: set[int]


def candidates(docs: Sequence[Doc], others: Sequence[Question]) -> list[tuple[str, set[int]]]:
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
    back = background(others)
    n = len(docs)
    scored: list[tuple[float, int, int, str]] = []
    for term, members in support.items():
        if len(members) < min_support(n):
            continue
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


def _same_idea(term: str, members: set[int], group: Group, docs: Sequence[Doc]) -> bool:
    """Does ``term`` share a clause with the group's main term in at least half its answers?"""
    main = group.terms[0]
    together = sum(1 for i in members
                   if any(term in c and main in c for c in docs[i].by_clause))
    return 2 * together >= len(members)


def select(ranked: Sequence[tuple[str, set[int]]], docs: Sequence[Doc]) -> list[Group]:
    """Greedy choice of themes from the ranked terms (see module notes, step 5)."""
    groups: list[Group] = []
    limit = max_themes(len(docs))
    for term, members in ranked:
        placed = False
        for group in groups:
            inter = len(members & group.members)
            jaccard = inter / len(members | group.members)
            if inter == len(members) and (jaccard >= 0.5
                                          or _same_idea(term, members, group, docs)):
                group.terms.append(term)
                placed = True
            elif jaccard >= MERGE_JACCARD and _same_idea(term, members, group, docs):
                group.members |= members
                group.terms.append(term)
                placed = True
            elif inter < len(members) and inter / len(members) >= SKIP_CONTAINED:
                placed = True
            if placed:
                break
        if not placed and len(groups) < limit:
            groups.append(Group(terms=[term], members=set(members)))
    return groups


def disagreeing(group: Group, docs: Sequence[Doc]) -> list[int]:
    """Answers that name the group's main term only to reject it."""
    main = group.terms[0]
    return [doc.index for doc in docs if main in doc.rejected and doc.index not in group.members]
