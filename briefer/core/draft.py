"""A first draft of the note from the survey outline, for the analyst to rewrite.

Each outline section becomes a short lead paragraph; each theme a bullet
stating its count ("Five of seven respondents point to …") followed by one
representative answer, quoted as an excerpt of the survey so it carries its
citation. Everything drafted is ordinary note content: editable, movable,
deletable. The quoted excerpts are added to ``project.excerpts``.
"""

from __future__ import annotations

import itertools
import re

from briefer.core.excerpt import Excerpt, make_excerpt
from briefer.core.note import BriefingNote, NoteMeta, NoteSection, new_excerpt_block, new_prose
from briefer.core.outline import OutlineSection, Theme
from briefer.core.project import Project
from briefer.core.survey import Response, Survey
from briefer.core.template import Template

_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                 "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                 "sixteen", "seventeen", "eighteen", "nineteen", "twenty")
# Questions about what to do belong under a template's strategy section.
_STRATEGY_WORDS = re.compile(r"\b(strateg\w*|recommend\w*|approach\w*|should|options?)\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’*_)]*\s+")
_DEGREE_WORDS = frozenset(("too", "very", "overly"))
IDEAL_QUOTE_WORDS = 25
LONG_ANSWER_WORDS = 45  # longer answers are quoted by their most telling sentence


def number_word(n: int) -> str:
    """Chicago style: whole numbers up to twenty in words."""
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else str(n)


def count_sentence(count: int, total: int, label: str, context: str = "") -> str:
    """'Five of seven respondents point to US domestic politics.'

    ``context`` (the survey text) tells whether a capitalised label is a proper
    noun ("China") or only the first word of an answer ("Climate change").
    A judgement label reads "Two of three respondents call it too slow."
    """
    label = _lower_first(label.strip().rstrip("."), context) or "this theme"
    # A judgement ("Too slow") is not something to point to: respondents call it so.
    judgement = label.split(" ", 1)[0].lower() in _DEGREE_WORDS and " " in label
    if judgement:
        label = label[0].lower() + label[1:]
    if total and count >= total:
        who = "All respondents" if total == 2 or total > 20 else \
            f"All {number_word(total)} respondents"
        return f"{who} call it {label}." if judgement else f"{who} point to {label}."
    plural = count != 1
    verb = ("call" if plural else "calls") if judgement else ("point" if plural else "points")
    of = f" of {number_word(total)}" if total else ""
    return f"{number_word(count).capitalize()}{of} respondent{'s' if total != 1 else ''} " \
           f"{verb} {'it' if judgement else 'to'} {label}."


def _lower_first(label: str, context: str) -> str:
    """'Climate change' -> 'climate change' when the answers write it so; 'China' stays."""
    first = label.split(" ", 1)[0]
    if not (first[:1].isupper() and first[1:].islower()):
        return label  # "US politics", "eg.", already lower case
    lowered = label[0].lower() + label[1:]
    if context and re.search(r"(?<!\w)" + re.escape(lowered) + r"(?!\w)", context):
        return lowered
    # "Border closures and inspections": the answers write "border" in lower case
    # and never capitalise it mid-sentence, so it is no name.
    if context and re.search(r"(?<!\w)" + re.escape(first.lower()) + r"(?!\w)", context) \
            and not re.search(r"[a-z,;]\s+" + re.escape(first) + r"(?!\w)", context):
        return lowered
    if not context and " " in label and label.split(" ", 1)[1][:1].islower():
        return lowered
    return label


def draft_note(project: Project, template: Template) -> BriefingNote:
    """A note with ``template``'s sections, filled from the project's outline."""
    old = project.note.meta
    meta = NoteMeta(**{**vars(old), "purpose": template.purpose or old.purpose})
    note = template.new_note(meta)
    roles = {s.role: note.sections[i] for i, s in reversed(list(enumerate(template.sections)))
             if s.role}
    outline_home = roles.get("outline") or roles.get("background") or \
        (note.sections[0] if note.sections else None)
    strategy_home = roles.get("strategy") or outline_home
    if "purpose" in roles:
        roles["purpose"].blocks.append(new_prose(_purpose(meta)))
    if "background" in roles:
        background = _background(project)
        if background:
            roles["background"].blocks.append(new_prose(background))
    for section in project.outline.sections:
        survey = _survey(project, section.survey_id)
        question = survey.question(section.question_id) if survey else None
        text = question.text if question else section.label
        home = strategy_home if _STRATEGY_WORDS.search(text) else outline_home
        if home is not None:
            _draft_section(project, survey, section, home)
    return note


def _purpose(meta: NoteMeta) -> str:
    topic = _lower_first(meta.subject.strip().rstrip("."), "") or "the issues set out below"
    if meta.purpose == "decision":
        return f"To seek your decision on {topic}."
    return f"To inform you of expert views and recent reporting on {topic}."


def _background(project: Project) -> str:
    articles = len(project.articles())
    surveys = project.surveys()
    parts = []
    if articles:
        parts.append(f"{number_word(articles)} news article{'s' if articles != 1 else ''}")
    for survey in surveys:
        answered = max((len(q.responses) for q in survey.questions), default=0)
        questions = len(survey.questions)
        parts.append(f"a survey of {number_word(answered)} experts on "
                     f"{number_word(questions)} question{'s' if questions != 1 else ''}")
    if not parts:
        return ""
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"This note draws on {listed}."


def _survey(project: Project, source_id: str) -> Survey | None:
    try:
        return project.survey(source_id)
    except Exception:  # no parser, or an unreadable survey: draft counts only
        return None


def _draft_section(project: Project, survey: Survey | None, section: OutlineSection,
                   home: NoteSection) -> None:
    themes = [t for t in section.themes if t.response_ids]
    if not themes:
        return
    question = survey.question(section.question_id) if survey else None
    lead = f"**{section.label.strip() or (question.text if question else 'Survey')}**"
    if question is not None and question.text.strip() and question.text.strip() != \
            section.label.strip():
        lead += f" — asked “{question.text.strip()}”"
    home.blocks.append(new_prose(lead))
    total = section.total or (len(question.responses) if question else 0)
    source = project.sources.get(survey.source_id) if survey else None
    context = source.text if source else ""
    # Themes with the fewest answers choose first, so a broad theme does not take
    # the only answer a narrow one could quote; the note keeps the outline's order.
    quoted: set[str] = set()
    chosen = {theme.id: _representative(project, survey, theme, quoted)
              for theme in sorted(themes, key=lambda t: len(t.response_ids))}
    for theme in themes:
        home.blocks.append(new_prose("- " + count_sentence(len(theme.response_ids), total,
                                                           theme.label, context)))
        excerpt = chosen[theme.id]
        if excerpt is not None:
            home.blocks.append(new_excerpt_block(excerpt.id, mode="quote"))


def _representative(project: Project, survey: Survey | None, theme: Theme,
                    quoted: set[str]) -> Excerpt | None:
    """One answer that shows the theme best, as an excerpt of the survey.

    Answers already quoted in this section (``quoted``, response ids) are
    passed over; when none is left the theme gets no quotation rather than a repeat.
    """
    if survey is None:
        return None
    source = project.sources.get(survey.source_id)
    if source is None:
        return None
    responses = [r for r in (survey.response(rid) for rid in theme.response_ids) if r]
    if not responses:
        return None
    responses = [r for r in responses if r.id not in quoted]
    if not responses:
        return None  # every answer is quoted above already: never print one twice
    terms = [t.lower() for t in theme.terms] + [w.lower() for w in theme.label.split()
                                                 if len(w) > 3]

    def score(response: Response) -> tuple[int, int]:
        # most theme words in its key phrases first; then an answer of readable
        # length (a one-line fragment or a long paragraph illustrates less well)
        phrases = " ".join(k.text.lower() for k in response.key_phrases)
        hits = sum(1 for t in terms if t and t in phrases)
        return (-hits, abs(len(response.text.split()) - IDEAL_QUOTE_WORDS))

    best = min(responses, key=score)
    quoted.add(best.id)
    start, end = _span(source.text, best, terms)
    for existing in project.excerpts.values():  # drafting twice reuses the same excerpt
        if existing.source_id == source.id and (existing.position.start,
                                                 existing.position.end) == (start, end):
            if theme.id not in existing.theme_ids:
                existing.theme_ids.append(theme.id)
            return existing
    try:
        excerpt = make_excerpt(source.id, source.text, start, end, theme_ids=[theme.id])
    except ValueError:
        return None
    project.excerpts[excerpt.id] = excerpt
    return excerpt


def _span(text: str, response: Response, terms: list[str]) -> tuple[int, int]:
    """The whole answer, or for a long one the sentence holding its best key phrase."""
    start, end = response.start, response.end
    if len(response.text.split()) <= LONG_ANSWER_WORDS:
        return start, end
    bounds = [start] + [m.end() + start for m in _SENTENCE_END.finditer(text[start:end])] + [end]
    sentences = [(a, b) for a, b in itertools.pairwise(bounds) if text[a:b].strip()]
    phrases = sorted(response.key_phrases,
                     key=lambda k: -sum(1 for t in terms if t and t in k.text.lower()))
    anchor_at = phrases[0].start if phrases else start
    for a, b in sentences:
        if a <= anchor_at < b:
            return a, b
    return start, end
