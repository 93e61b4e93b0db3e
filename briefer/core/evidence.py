"""Evidence in the news for a survey theme or a selected text.

An analyst reading "5 of 7 respondents name US domestic politics" wants to
know what the news says about it. The experts' words and the reporters'
differ ("domestic politics" / "the White House", "climate change" / "the
environment"), so passages are compared through the outline's own word
folding and concept lexicon (``core.themes``): the same stems, the same word
pairs, the same concepts that gathered the answers into a theme gather the
news passages that speak to it. No new rules of language live here.

A passage (a sentence, or two short ones) scores the rarity (idf over all
news passages) of each theme term it shares, times how strongly the theme
holds that term: its label and the terms it was found by count most, the
words of its answers' key phrases less, the rest of its answers least; a
shared pair of words counts again (a phrase bonus). Words every passage has
("trade", "Canada") weigh nothing. Below ``MIN_SCORE`` nothing is evidence,
and the caller says so rather than showing the least bad passage.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from briefer.core.selection import ABBREVIATION, SENTENCE_END
from briefer.core.outline import Theme
from briefer.core.project import Project
from briefer.core.source import Source, SourceKind
from briefer.core.survey import Question, Survey
from briefer.core.themes.terms import clause_terms, question_stems
from briefer.core.themes.words import clauses, language

MIN_SCORE = 4.0  # below this a passage only brushes the theme
LABEL_WEIGHT = 3.0  # a word of the theme's label or of the terms it was found by
KEY_PHRASE_WEIGHT = 2.0  # a word of its answers' key phrases, times the share naming it
ANSWER_WEIGHT = 1.0  # any other word of its answers, times the share naming it
ANCHOR_SHARE = 0.5  # a concept this share of a theme's answers name can make evidence
PHRASE_BONUS = 1.5  # a pair of words in a row counts this many times its rarity
COORDINATION = 0.3  # each further distinct word matched adds this share of the score
SHORT_SENTENCE = 8  # words: a sentence this short is read with the next one
LONG_SENTENCE = 70  # words: a longer "sentence" (a paragraph with no stops) is cut



@dataclass(frozen=True)
class Passage:
    """A passage of a news source that speaks to a query: exact offsets in
    ``source.text`` (so it can be quoted as an excerpt), its score, and which of
    its words matched (``spans``, offsets in the source, for showing them bold)."""

    source_id: str
    start: int
    end: int
    score: float
    matched: tuple[str, ...]  # the passage's words that matched, as written, first seen first
    spans: tuple[tuple[int, int], ...] = ()


@dataclass
class Query:
    """What to look for: term (stem, "stem stem" pair, or "@concept") -> weight."""

    weights: dict[str, float] = field(default_factory=dict)
    # Terms a passage must name one of to count at all: the theme's own words and
    # concepts, and concepts most of its answers share. Words its answers use in
    # passing ("engage", "agenda") add to a passage's score but never make it evidence.
    anchors: set[str] = field(default_factory=set)

    def add(self, term: str, weight: float, anchor: bool = False) -> None:
        self.weights[term] = max(self.weights.get(term, 0.0), weight)
        if anchor:
            self.anchors.add(term)

    def __bool__(self) -> bool:
        return bool(self.weights)


@dataclass
class _Unit:
    source_id: str
    start: int
    end: int
    terms: dict[str, list[tuple[int, int]]]  # term -> word spans in the source
    words: int


def passage_bounds(text: str) -> list[tuple[int, int]]:
    """Sentences of each line of ``text`` (a short one joined to the next), trimmed.

    Sentences, not paragraphs: a quotation in a note is a sentence or two, and a
    news paragraph often turns to another matter halfway.
    """
    result: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        base = line.start()
        cuts = [base] + [base + m.end() for m in SENTENCE_END.finditer(line.group())
                         if not ABBREVIATION.search(line.group()[:m.start()])] + [line.end()]
        pending: tuple[int, int] | None = None
        for a, b in itertools.pairwise(cuts):
            a, b = _trim(text, a, b)
            if a >= b:
                continue
            if pending is not None:
                a = pending[0]
                pending = None
            if len(text[a:b].split()) < SHORT_SENTENCE and b < line.end() - 1:
                pending = (a, b)
                continue
            result.append((a, b))
        if pending is not None:
            result.append(pending)
    return result


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def text_terms(text: str, lang: str | None = None,
               offset: int = 0) -> dict[str, list[tuple[int, int]]]:
    """Terms of a text as the outline reads answers (stems, pairs, concepts), each
    with the spans of the words naming it (offsets plus ``offset``)."""
    found: dict[str, list[tuple[int, int]]] = {}
    for clause in clauses(text, lang):
        for term, i, j in clause_terms(clause, frozenset()):
            found.setdefault(term, []).append(
                (clause[i].start + offset, clause[j - 1].end + offset))
    return found


class EvidenceIndex:
    """The news passages of a project, read once, ready to be ranked."""

    def __init__(self, sources: Iterable[Source]) -> None:
        self.units: list[_Unit] = []
        self.texts: dict[str, str] = {}
        for source in sources:
            if source.kind is not SourceKind.ARTICLE:
                continue
            lang = language(source.text)
            self.texts[source.id] = source.text
            for a, b in passage_bounds(source.text):
                terms = text_terms(source.text[a:b], lang, a)
                if terms:
                    self.units.append(_Unit(source.id, a, b, terms,
                                            len(source.text[a:b].split())))
        df: dict[str, int] = {}
        for unit in self.units:
            for term in unit.terms:
                df[term] = df.get(term, 0) + 1
        n = len(self.units)
        # Smoothed idf: a term in every passage weighs (almost) nothing.
        self.idf = {t: math.log((n + 1) / (d + 0.5)) for t, d in df.items()}
        self.mean_words = sum(u.words for u in self.units) / n if n else 1.0

    @classmethod
    def of_project(cls, project: Project) -> EvidenceIndex:
        return cls(project.articles())

    def rank(self, query: Query, limit: int = 5, min_score: float = MIN_SCORE,
             exclude: tuple[str, int, int] | None = None) -> list[Passage]:
        """The best passages for ``query``, best first; none scoring under ``min_score``.

        ``exclude``: (source id, start, end) of the text the query came from, never its
        own evidence. Ties go to the earlier source and passage, so the order is stable.
        """
        scored: list[tuple[float, int, Passage]] = []
        for order, unit in enumerate(self.units):
            if exclude and unit.source_id == exclude[0] and unit.start < exclude[2] \
                    and exclude[1] < unit.end:
                continue
            passage = self._score(unit, query)
            if passage is not None and passage.score >= min_score:
                scored.append((-passage.score, order, passage))
        scored.sort(key=lambda item: (item[0], item[1]))
        return [p for _, _, p in scored[:limit]]

    def _score(self, unit: _Unit, query: Query) -> Passage | None:
        total = 0.0
        spans: list[tuple[int, int]] = []
        words = 0
        for term, weight in query.weights.items():
            places = unit.terms.get(term)
            if not places:
                continue
            words += " " not in term and not term.startswith("@")
            bonus = PHRASE_BONUS if " " in term else 1.0
            total += weight * self.idf.get(term, 0.0) * bonus
            spans.extend(places)
        if not total or not any(term in unit.terms for term in query.anchors):
            return None
        # Mild length normalisation: a long passage has more words to match by chance.
        total /= 0.75 + 0.25 * unit.words / self.mean_words
        # Several of the query's words together are surer than one: a lone word may be
        # a false friend ("the current climate"), a second one rarely is.
        total *= 1 + COORDINATION * max(0, words - 1)
        spans = _merge(spans)
        text = self.texts[unit.source_id]
        matched = tuple(dict.fromkeys(text[a:b] for a, b in spans))
        return Passage(unit.source_id, unit.start, unit.end, round(total, 3), matched,
                       tuple(spans))


def _merge(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(set(spans)):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def theme_query(theme: Theme, survey: Survey | None = None,
                question: Question | None = None) -> Query:
    """A theme as a query: its label and terms first, then its answers' words.

    An answer's word weighs by the share of the theme's answers that use it, so
    one respondent's aside does not pull in passages; the question's own words
    ("challenge", "relationship") are everyone's and are left out.
    """
    query = Query()
    own: set[str] = set()
    for text in (theme.label.replace("/", ","), *theme.terms):
        own.update(text_terms(text))
    # A word of the theme's own pair ("climate" of "climate change") is, alone, half
    # the evidence: "the current climate" is no climate change.
    in_pairs = {word for term in own if " " in term for word in term.split(" ")}
    for term in own:
        alone = term in in_pairs
        query.add(term, LABEL_WEIGHT / 2 if alone else LABEL_WEIGHT, anchor=not alone)
    if survey is None:
        return query
    responses = [r for r in (survey.response(rid) for rid in theme.response_ids)
                 if r is not None and not r.no_answer]
    if not responses:
        return query
    asked = question_stems(question.text) if question is not None else frozenset()
    in_key: dict[str, int] = {}
    in_text: dict[str, int] = {}
    for response in responses:
        for term in set(text_terms(" ; ".join(k.text for k in response.key_phrases))):
            in_key[term] = in_key.get(term, 0) + 1
        for term in set(text_terms(response.text)):
            in_text[term] = in_text.get(term, 0) + 1
    n = len(responses)
    for counts, weight in ((in_key, KEY_PHRASE_WEIGHT), (in_text, ANSWER_WEIGHT)):
        for term, count in counts.items():
            if all(part in asked for part in term.split(" ")):
                continue
            query.add(term, weight * count / n,
                      anchor=term.startswith("@") and count >= ANCHOR_SHARE * n)
    return query


def text_query(text: str) -> Query:
    """Selected words as a query: each of their terms counts alike."""
    query = Query()
    for term in text_terms(text):
        query.add(term, LABEL_WEIGHT, anchor=True)
    return query


def evidence_for_theme(project: Project, theme_id: str, limit: int = 5,
                       index: EvidenceIndex | None = None) -> list[Passage]:
    """The news passages that speak to a theme of the outline, best first ([] if none)."""
    found = project.outline.find_theme(theme_id)
    if found is None:
        return []
    section, theme = found
    survey = project.survey(section.survey_id)
    question = survey.question(section.question_id) if survey is not None else None
    index = index or EvidenceIndex.of_project(project)
    return index.rank(theme_query(theme, survey, question), limit)


def evidence_for_text(project: Project, text: str, limit: int = 5,
                      exclude: tuple[str, int, int] | None = None,
                      index: EvidenceIndex | None = None) -> list[Passage]:
    """The news passages that speak to a selected text, best first ([] if none)."""
    index = index or EvidenceIndex.of_project(project)
    return index.rank(text_query(text), limit, exclude=exclude)
