"""A first draft of the note from the survey outline, for the analyst to rewrite.

Each outline section becomes a short lead paragraph; each theme a bullet
stating its count ("Five of seven respondents point to …") followed by one
representative answer, quoted as an excerpt of the survey so it carries its
citation. Everything drafted is ordinary note content: editable, movable,
deletable. Drafting changes nothing: ``draft`` returns the note, the excerpts
it quotes that the project lacks, and the theme links it would add to
excerpts the analyst already has — ``Draft.edit`` applies all of that as one
edit (``core.edits``), which the app's Undo takes back entirely.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from briefer.core import draft_news, edits
from briefer.core.edits import Batch
from briefer.core.excerpt import Excerpt, make_excerpt
from briefer.core.note import (Block, BriefingNote, NoteMeta, NoteSection, new_excerpt_block,
                               new_prose)
from briefer.core.outline import KIND_STANCE, OutlineSection, Theme
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
CURRENT_STATUS = "current status"  # the template section that takes the news
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
    label = _with_article(_lower_first(label.strip().rstrip("."), context), context) \
        or "this theme"
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


_LABEL_FILLER = frozenset(("the", "a", "an", "of", "and", "or", "to", "for", "in", "on", "at",
                          "with", "by", "from", "/", "de", "la", "le", "les", "des", "et", "du"))
_DETERMINERS = ("the ", "a ", "an ", "our ", "their ", "its ", "this ", "these ")


def _with_article(label: str, context: str) -> str:
    """"environment" -> "the environment" when the answers write it with "the"."""
    if not label or not label[:1].islower() or label.lower().startswith(_DETERMINERS):
        return label
    with_the = len(re.findall(r"(?<!\w)the\s+" + re.escape(label) + r"(?!\w)", context,
                              re.IGNORECASE))
    bare = len(re.findall(r"(?<!\w)" + re.escape(label) + r"(?!\w)", context,
                          re.IGNORECASE)) - with_the
    return f"the {label}" if with_the and with_the >= bare else label


@dataclass
class Draft:
    """A drafted note and what it needs in the project (see module notes)."""

    note: BriefingNote
    new_excerpts: dict[str, Excerpt] = field(default_factory=dict)
    links: dict[str, list[str]] = field(default_factory=dict)  # excerpt id -> theme ids

    def edit(self, project: Project) -> Batch:
        batch = edits.draft(project, self.note.sections, self.note.template, self.note.meta,
                            list(self.new_excerpts.values()), self.links)
        # The purpose the draft was worded for is the note's, even where ``edits.draft``
        # keeps the analyst's metadata: a template fixing "information" on a note for
        # decision would otherwise leave "To inform you" under a decision.
        purpose = self.note.meta.purpose
        if purpose != project.note.meta.purpose and not any(
                isinstance(e, edits.SetNoteMeta) and e.name == "purpose" for e in batch.edits):
            batch.edits.append(edits.SetNoteMeta("purpose", purpose))
        return batch

    def excerpt_at(self, project: Project, source_id: str, start: int,
                   end: int) -> Excerpt | None:
        """An excerpt of these words: the project's own, or one this draft made."""
        return excerpt_at(project, source_id, start, end) or next(
            (e for e in self.new_excerpts.values() if e.source_id == source_id
             and (e.position.start, e.position.end) == (start, end)), None)


def draft(project: Project, template: Template) -> Draft:
    """A note with ``template``'s sections, filled from the project's outline.

    Its purpose is the note's own (its details), unless the template fixes one (a
    memorandum for decision): the Purpose section's first words follow it.
    """
    old = project.note.meta
    meta = NoteMeta(**{**vars(old), "purpose": template.purpose or old.purpose})
    result = Draft(template.new_note(meta))
    note = result.note
    roles = {s.role: note.sections[i] for i, s in reversed(list(enumerate(template.sections)))
             if s.role}
    outline_home = roles.get("outline") or roles.get("background") or \
        (note.sections[0] if note.sections else None)
    strategy_home = roles.get("strategy") or outline_home
    if "purpose" in roles:
        roles["purpose"].blocks.append(new_prose(_purpose(meta)))
    # The news goes under Current Status (recent developments) when the template has
    # it, else under Background.
    news_home = next((note.sections[i] for i, s in enumerate(template.sections)
                      if s.title.strip().lower() == CURRENT_STATUS), None) \
        or roles.get("background")
    news = draft_news.news_blocks(
        project, lambda section, theme: _theme_words(project, section, theme),
        lambda source_id, start, end, theme_id: _excerpt_for(
            project, result, source_id, start, end, theme_id))
    if "background" in roles:
        background = _background(project, len(news.quoted_sources))
        if background:
            roles["background"].blocks.append(new_prose(background))
    if news_home is not None:
        news_home.blocks.extend(news.blocks)
    for section in project.outline.sections:
        survey = _survey(project, section.survey_id)
        question = survey.question(section.question_id) if survey else None
        text = question.text if question else section.label
        home = strategy_home if _STRATEGY_WORDS.search(text) else outline_home
        if home is not None:
            _draft_section(project, survey, section, home, result)
    return result


def draft_note(project: Project, template: Template) -> BriefingNote:
    """Draft the note into ``project`` (for the command line) and return it."""
    drafted = draft(project, template)
    drafted.edit(project).apply(project)
    return project.note


def _purpose(meta: NoteMeta) -> str:
    topic = _lower_first(meta.subject.strip().rstrip("."), "") or "the issues set out below"
    if meta.purpose == "decision":
        return f"To seek your decision on {topic}."
    return f"To inform you of expert views and recent reporting on {topic}."


def _background(project: Project, quoted: int = 0) -> str:
    """What the note draws on; of the news articles, how many it quotes (and so cites)."""
    articles = len(project.articles())
    surveys = project.surveys()
    parts = []
    if articles:
        part = f"{number_word(articles)} news article{'s' if articles != 1 else ''}"
        if quoted and articles > 1:
            part += f" ({'all' if quoted >= articles else number_word(quoted)} quoted below)"
        elif quoted:
            part += " (quoted below)"
        parts.append(part)
    for survey in surveys:
        answered = max((len(q.answered) for q in survey.questions), default=0)
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
                   home: NoteSection, result: Draft) -> None:
    """A lead naming the question, its tallies first, then one bullet and quotation
    per theme; a question with neither says there is no common view."""
    question = survey.question(section.question_id) if survey else None
    lead = f"**{section.label.strip() or (question.text if question else 'Survey')}**"
    if question is not None and question.text.strip() and question.text.strip() != \
            section.label.strip():
        lead += f" — asked “{question.text.strip()}”"
    home.blocks.append(new_prose(lead))
    quoted: set[str] = set()
    for part in sorted({t.part for t in section.tally() if t.response_ids}):
        home.blocks.append(new_prose("- " + tally_sentence(section, part)))
    themes = [t for t in section.topics() if t.response_ids]
    if not themes:
        if not any(t.response_ids for t in section.tally()):
            home.blocks.append(new_prose("- " + no_common_view(section)))
        return
    # Themes with the fewest answers choose first, so a broad theme does not take
    # the only answer a narrow one could quote; the note keeps the outline's order.
    chosen = {theme.id: representative_excerpt(project, section, theme, quoted, result)
              for theme in sorted(themes, key=lambda t: len(t.response_ids))}
    for theme in themes:
        home.blocks.extend(theme_blocks(project, section, theme, chosen[theme.id]))


def no_common_view(section: OutlineSection) -> str:
    if section.total <= 1:
        return "Too few answers to show a common view."
    return "No common view: each respondent raised a different point."


def tally_sentence(section: OutlineSection, part: int = 0) -> str:
    """"Of twelve respondents, eight say no, two say yes and two set conditions."

    For a two-part question the part asked is named: "On whether it is new, three
    of seven respondents say it is not new; one says it is new."
    """
    lines = sorted((t for t in section.tally(part) if t.response_ids),
                   key=lambda t: -len(t.response_ids))
    clauses = [_position_clause(len(t.response_ids), t.label) for t in lines]
    listed = clauses[0] if len(clauses) == 1 else ", ".join(clauses[:-1]) + " and " + clauses[-1]
    total = number_word(section.total)
    if part and len(section.parts) > part:
        asked = section.parts[part].strip().rstrip("?")
        return f"Asked “{asked[:1].upper() + asked[1:]}?”, of {total} respondents, {listed}."
    return f"Of {total} respondents, {listed}."


def _position_clause(count: int, label: str) -> str:
    word = number_word(count)
    plural = count != 1
    key = label.strip().lower()
    if key == "yes":
        return f"{word} {'say' if plural else 'says'} yes"
    if key == "no":
        return f"{word} {'say' if plural else 'says'} no"
    if key == "conditional":
        return f"{word} {'set' if plural else 'sets'} conditions"
    if key.startswith("not ") or key in ("new", "urgent", "worse", "likely", "temporary"):
        return f"{word} {'say' if plural else 'says'} it is {key}"
    return f"{word} {'answer' if plural else 'answers'} “{label.strip()}”"


def theme_sentence(project: Project, section: OutlineSection, theme: Theme) -> str:
    """"Five of seven respondents point to US domestic politics." for a theme;
    "Eight say no (of twelve)." for a tally line; "Two reject it." when some do."""
    survey = _survey(project, section.survey_id)
    source = project.sources.get(survey.source_id) if survey else None
    context = source.text if source else ""
    if theme.kind == KIND_STANCE:
        sentence = _position_clause(len(theme.response_ids), theme.label)
        return f"{sentence[:1].upper()}{sentence[1:]} (of {number_word(section.total)})."
    sentence = count_sentence(len(theme.response_ids), section.total, theme.label, context)
    if theme.disagree_ids:
        n = len(theme.disagree_ids)
        sentence += f" {number_word(n).capitalize()} {'reject' if n != 1 else 'rejects'} it."
    return sentence


def theme_blocks(project: Project, section: OutlineSection, theme: Theme,
                 excerpt: Excerpt | None = None) -> list[Block]:
    """A theme as note content: its count sentence as a bullet, then ``excerpt``
    (its most representative answer, quoted) when there is one."""
    blocks: list[Block] = [new_prose("- " + theme_sentence(project, section, theme))]
    if excerpt is not None:
        blocks.append(new_excerpt_block(excerpt.id, mode="quote"))
    return blocks


def representative_span(project: Project, section: OutlineSection, theme: Theme,
                        quoted: set[str]) -> tuple[str, int, int] | None:
    """(survey source id, start, end) of the answer that shows the theme best.

    The best answer names most of the theme's words (its label, then its
    terms), then has them in its key phrases, then is of readable length;
    answers that reject the theme are never members, so never chosen. Answers
    already quoted in this section (``quoted``, response ids; the chosen one
    is added) are passed over; when none is left the theme gets no quotation
    rather than a repeat. A long answer is cut to its most telling sentence.
    """
    survey = _survey(project, section.survey_id)
    if survey is None:
        return None
    source = project.sources.get(survey.source_id)
    if source is None:
        return None
    responses = [r for r in (survey.response(rid) for rid in theme.response_ids) if r]
    responses = [r for r in responses if r.id not in quoted and not r.no_answer]
    if not responses:
        return None  # every answer is quoted above already: never print one twice
    label_words = [w.lower() for w in re.findall(r"[\w'-]+", theme.label)
                   if w.lower() not in _LABEL_FILLER]
    terms = [t.lower() for t in theme.terms] + label_words

    def has(text: str, word: str) -> bool:
        return bool(re.search(r"(?<![\w-])" + re.escape(word), text))

    def score(response: Response) -> tuple[int, int, int, int]:
        text = response.text.lower()
        phrases = " ".join(k.text.lower() for k in response.key_phrases)
        label = sum(1 for w in label_words if has(text, w))
        named = sum(1 for t in terms if t and has(text, t))
        bold = sum(1 for t in terms if t and has(phrases, t))
        return (-label, -named, -bold, abs(len(response.text.split()) - IDEAL_QUOTE_WORDS))

    best = min(responses, key=score)
    quoted.add(best.id)
    start, end = _span(source.text, best, terms)
    return source.id, start, end


def representative_excerpt(project: Project, section: OutlineSection, theme: Theme,
                           quoted: set[str], result: Draft) -> Excerpt | None:
    """The representative answer (see ``representative_span``) as an excerpt of the
    survey: one the project or the draft already has for the same words (then linked to
    the theme in ``result.links``), else a new one in ``result.new_excerpts``."""
    found = representative_span(project, section, theme, quoted)
    if found is None:
        return None
    return _excerpt_for(project, result, *found, theme.id)


def _excerpt_for(project: Project, result: Draft, source_id: str, start: int, end: int,
                 theme_id: str) -> Excerpt | None:
    """The excerpt of these words linked to a theme: the project's or the draft's own
    (then linked through ``result.links``), else a new one in ``result.new_excerpts``."""
    existing = result.excerpt_at(project, source_id, start, end)
    if existing is not None:
        if existing.id in result.new_excerpts:  # one the draft made: not the project's yet
            if theme_id not in existing.theme_ids:
                existing.theme_ids.append(theme_id)
        elif theme_id not in existing.theme_ids:
            links = result.links.setdefault(existing.id, [])
            if theme_id not in links:
                links.append(theme_id)
        return existing
    try:
        excerpt = make_excerpt(source_id, project.sources[source_id].text, start, end,
                               theme_ids=[theme_id])
    except (KeyError, ValueError):
        return None
    result.new_excerpts[excerpt.id] = excerpt
    return excerpt


def _theme_words(project: Project, section: OutlineSection, theme: Theme) -> str:
    """A theme's label as words of a sentence ("climate change"; "China" stays)."""
    survey = _survey(project, section.survey_id)
    source = project.sources.get(survey.source_id) if survey else None
    label = theme.label.split(" / ")[0].strip().rstrip(".")
    return _with_article(_lower_first(label, source.text if source else ""),
                         source.text if source else "") or label


def excerpt_at(project: Project, source_id: str, start: int, end: int) -> Excerpt | None:
    """An excerpt of exactly these words, if the project has one (drafting twice reuses it)."""
    return next((e for e in project.excerpts.values() if e.source_id == source_id
                 and (e.position.start, e.position.end) == (start, end)), None)


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
