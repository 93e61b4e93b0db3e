"""Finding themes in survey answers: the automatic first draft of the outline.

What an experienced coder writes first, for each question:

1. **A tally for a closed question** ("Should Canada join…?", "keep, reform
   or abolish?"): "No 8 · Yes 2 · Conditional 2 — of 12", negation-aware, in
   English and French (``themes.stance``). A question whose answers mostly
   open with yes / no is tallied too, whatever its wording.
2. **Each part of a two-part question** ("What is the main risk, and is it
   new?") is answered: the second part gets its own tally ("Not new 3 ·
   New 1"), the first its themes (``themes.questions``).
3. **Themes of shared ideas** for open questions: terms (words, pairs of
   words, and concepts that gather other words for one idea, in English and
   French) are counted over the answers, answers rejecting an idea are set
   apart as disagreeing, and the best-supported terms become themes, with
   thresholds that scale with the number of answers (``themes.terms``).
   An answer may belong to several themes; one in none is a single view.
4. **Labels** are the respondents' own noun phrases (``themes.labels``).

Answers marked "n/a" count nowhere. Everything is deterministic and
offline: ties are broken by first appearance, then alphabetically, never
by hash order or chance.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefer.core.outline import KIND_STANCE, KIND_TOPIC, Outline, OutlineSection, Theme
from briefer.core.survey import Question, Survey
from briefer.core.themes import concepts, terms, words
from briefer.core.themes.labels import label, readable_term, slug
from briefer.core.themes.labels import _verb_stems as verb_stems
from briefer.core.themes.questions import (Closed, answer_options, asks_what_to_do,
                                           closed_choices,
                                           question_parts, short_label, strip_numbering)
from briefer.core.themes.stance import (answer_stance, stance_stems, quality_key,
                                        quality_stems, tally, alternative_stems)
from briefer.core.themes.terms import (Background, Group, analyse, candidates, disagreeing,
                                       question_concepts,
                                       question_stems, select)
from briefer.core.themes.words import clauses, normalise_word

__all__ = ["build_outline", "clauses", "find_themes", "normalise_word", "short_label"]

REASON_PER = 8  # answers per theme of reasons beside a tally
TALLY_SHARE = 0.4  # a closed question is tallied when this share of its answers take a position
OPENER_SHARE = 0.6  # answers opening with yes / no make any question closed


def _closed_parts(question: Question, texts: Sequence[str]) -> list[tuple[int, Closed]]:
    parts = question_parts(question.text)
    found: list[tuple[int, Closed]] = []
    for index, part in enumerate(parts):
        closed = closed_choices(part)
        if closed is not None:
            if not closed.options and not closed.predicate and index == 0:
                closed = Closed(options=answer_options(texts)) if answer_options(texts) else closed
            found.append((index, closed))
    if not found and texts:
        options = answer_options(texts)
        if options:
            found.append((0, Closed(options=options)))
        elif sum(1 for t in texts if answer_stance(t) is not None) >= OPENER_SHARE * len(texts):
            found.append((0, Closed()))
    return found


def find_themes(question: Question, others: Sequence[Question] = (),
                id_prefix: str | None = None, topic: str = "",
                back: Background | None = None) -> list[Theme]:
    """Tally lines, then themes, among the answers to one question.

    ``others`` are the survey's other questions: terms just as frequent there
    are background, not themes; so are the words of ``topic`` (the survey's
    title: "Softwood lumber" is no theme of a lumber survey). Theme ids start
    with ``id_prefix`` (default ``th-<question id>``) and are stable for the
    same text. ``back``: the survey's ``Background``, computed once for all its
    questions (else it is computed from ``others``).
    """
    answered = question.answered
    if not answered:
        return []
    prefix = id_prefix or f"th-{question.id}"
    used: set[str] = set()

    def new_id(text: str) -> str:
        ident = base = f"{prefix}-{slug(text)}"
        k = 2
        while ident in used:
            ident, k = f"{base}-{k}", k + 1
        used.add(ident)
        return ident

    texts = [r.text for r in answered]
    result: list[Theme] = []
    closed_whole = False
    excluded = question_stems(question.text) | question_stems(topic)
    for part, closed in _closed_parts(question, texts):
        quality = quality_key(closed.predicate) if closed.predicate else None
        if quality is not None:
            excluded = excluded | quality_stems(quality)
        for alternative in closed.alternatives if quality is None else ():
            takes, rules_out = alternative_stems(alternative)
            excluded = excluded | takes | rules_out
        positions = tally(closed, texts)
        taken = sum(len(p.members) for p in positions)
        if not positions or (not closed.predicate and taken < TALLY_SHARE * len(texts)):
            continue
        if part == 0 and len(question_parts(question.text)) == 1:
            closed_whole = True
        for position in positions:
            result.append(Theme(id=new_id(f"{'part2-' if part else ''}{position.label}"),
                                label=position.label, kind=KIND_STANCE, part=part,
                                response_ids=[answered[i].id for i in position.members]))
    pool = list(range(len(answered)))
    if closed_whole:
        excluded = excluded | stance_stems()
    if len(pool) < 2:
        return result
    docs = analyse([answered[i] for i in pool], excluded, question_concepts(question.text),
                   asks_what_to_do(question.text))
    verbs = verb_stems(docs)
    # beside a tally, only the reasons most shared are themes: one per eight answers
    limit = max(1, round(len(pool) / REASON_PER)) if closed_whole else None
    background = back.excluding(question.id) if back is not None else None
    groups = select(candidates(docs, [q for q in others if q is not question] if back is None
                               else (), background), docs, limit)
    topics: list[tuple[int, int, Theme]] = []
    by_label: dict[str, Group] = {}
    for group in groups:  # two groups the answers name alike are one theme
        text = label(group, docs, verbs)
        if text.lower() in by_label:
            first = by_label[text.lower()]
            first.members |= group.members
            first.terms.extend(t for t in group.terms if t not in first.terms)
        else:
            by_label[text.lower()] = group
    for group in by_label.values():
        text = label(group, docs, verbs)
        members = sorted(pool[i] for i in group.members)
        theme = Theme(id=new_id(text), label=text,
                      response_ids=[answered[i].id for i in members], origin="auto",
                      terms=list(dict.fromkeys(readable_term(t, docs) for t in group.terms)),
                      kind=KIND_TOPIC,
                      disagree_ids=[answered[pool[i]].id for i in disagreeing(group, docs)])
        topics.append((-len(members), members[0], theme))
    topics.sort(key=lambda item: (item[0], item[1]))
    return result + [theme for _, _, theme in topics]


def build_outline(surveys: list[Survey]) -> Outline:
    """One section per survey question, with its tallies and automatic themes."""
    outline = Outline()
    for survey in surveys:
        back = Background(survey.questions)
        for question in survey.questions:
            themes = find_themes(question, id_prefix=f"th-{survey.source_id}-{question.id}",
                                 topic=survey.title, back=back)
            parts = question_parts(question.text)
            outline.sections.append(OutlineSection(
                id=f"sec-{survey.source_id}-{question.id}", survey_id=survey.source_id,
                question_id=question.id, label=short_label(question.text), themes=themes,
                total=len(question.answered), parts=parts if len(parts) > 1 else []))
    return outline


def clear_caches() -> None:
    """Forget the words, terms and concepts read so far (for benchmarks: a cold start)."""
    for cached in (words._clauses_cached, words._normalise_cached, terms._all_terms,
                   concepts._matches):
        cached.cache_clear()


def question_text(question: Question) -> str:
    """The question's words without its numbering ("1 – Which…" -> "Which…")."""
    return strip_numbering(question.text)
