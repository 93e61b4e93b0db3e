"""The one door to citations: what the footnote of a quotation says, for the Word
export and for the note pane's preview alike.

A footnote names the source, and for a survey answer the response it quotes
("response 3 to question 1", a CSL locator); the style decides everything else
— first citation in full, later ones short, the list of works cited — through
the CSL processor (``citeproc``). ``Citations`` collects the note's citations
in reading order and renders them in one batch; ``preview`` says what the first
footnote of one excerpt reads, from a cache keyed by style, item and locator,
so what the analyst sees beside an excerpt is what the Minister will read
under it; ``fill_previews`` renders every missing preview of a note at once.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from briefer.core.excerpt import Excerpt
from briefer.core.project import Project
from briefer.core.source import Source, SourceKind, csl_json
from briefer.core.text import xml_safe
from briefer.export.citeproc import Cite, Span, plain, render
from briefer.export.csl_styles import CslStyle, find_style

__all__ = ["Citations", "PreviewJob", "Span", "cached_preview", "csl_item", "fill_previews",
           "plain", "preview", "survey_locator"]

_LOCATOR = {"en": "response {response} to question {question}",
            "fr": "réponse {response} à la question {question}"}


def survey_locator(project: Project, source: Source, position: int,
                   locale: str = "en-CA") -> str:
    """'response 3 to question 1' for an excerpt of a survey answer, else ''."""
    if source.kind is not SourceKind.SURVEY or position < 0:
        return ""
    try:
        survey = project.survey(source.id)
    except Exception:  # no parser available, or a text it cannot read: cite the survey
        return ""
    if survey is None:
        return ""
    wording = _LOCATOR["fr" if locale.lower().startswith("fr") else "en"]
    for q_index, question in enumerate(survey.questions, 1):
        for response in question.responses:
            if response.start <= position < max(response.end, response.start + 1):
                return wording.format(response=response.number, question=q_index)
    return ""


DESCRIPTION_WORDS = 8  # an untitled source's bracketed description, label included
_KIND_LABELS = {"article-newspaper": "Article", "article-magazine": "Article",
                "article-journal": "Article", "webpage": "Web page", "post-weblog": "Blog post",
                "post": "Post", "report": "Report"}
_FRENCH_LABELS = {"Article": "Article", "Survey": "Sondage", "Web page": "Page Web",
                  "Blog post": "Billet de blogue", "Post": "Publication", "Report": "Rapport",
                  "Document": "Document"}
_LEAVE_OFF = frozenset(("a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of",
                        "on", "or", "the", "to", "with"))


def describe_untitled(source: Source, language: str = "en-CA") -> str:
    """What stands for a missing title: "[Article: “Recent trade negotiations…”]".

    Chicago and APA both ask for a description in square brackets when a work
    has no title; the opening words are the source's display title (page
    furniture and datelines skipped); a survey, whose opening words are a
    question, is "[Untitled survey]". In a French note: "[Sondage sans titre]",
    "[Article : « … »]".
    """
    french = language.lower().startswith("fr")
    meta = source.meta
    genre = " ".join(str(meta.genre or "").split())
    if genre:
        label = genre[0].upper() + genre[1:]
    elif source.kind is SourceKind.SURVEY:
        label = "Survey"
    else:
        label = _KIND_LABELS.get(meta.type or "article-newspaper", "Document")
    if french:
        label = _FRENCH_LABELS.get(label, label)
    shown = "" if source.kind is SourceKind.SURVEY else source.display_title
    words = [] if not source.text.strip() or shown == source.id else shown.split()
    keep = DESCRIPTION_WORDS - len(label.split())
    if not words or keep < 1:
        return f"[{label} sans titre]" if french else \
            f"[Untitled {label[0].lower() + label[1:]}]"
    cut = len(words) > keep or words[-1].endswith("…")
    kept = words[:keep]
    while cut and len(kept) > 1 and kept[-1].lower().strip(",;:") in _LEAVE_OFF:
        kept.pop()  # "…between Canada…", not "…between Canada and the…"
    opening = " ".join(kept).replace('"', "'")
    if cut:
        opening = opening.rstrip("…").rstrip(",;:.—–-' ") + "…"
    return f"[{label}\u00a0: «\u202f{opening}\u202f»]" if french else f"[{label}: “{opening}”]"


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    return value


def csl_item(source: Source, language: str = "en-CA") -> dict[str, Any]:
    """The source's CSL-JSON as the processor reads it (no id; dates made CSL dates).

    A source of unknown type is cited as a newspaper article, a survey as a
    report; a date the processor could not read is left out (``check`` names it).
    """
    item = csl_json(source, unreadable_date="drop")
    item.pop("id", None)
    if not str(item.get("title") or "").strip():
        # in the source's own case: a description is not a title to title-case
        item["title"] = f'<span class="nocase">{describe_untitled(source, language)}</span>'
        item.pop("genre", None)  # the description names the kind of work
    return dict(_clean(item))


class Citations:
    """The citations of one note, collected in reading order and rendered in one batch."""

    def __init__(self, project: Project, style: CslStyle, locale: str = "en-CA") -> None:
        self.project = project
        self.style = style
        self.locale = locale
        self._items: dict[str, dict[str, Any]] = {}
        self._cites: list[Cite] = []
        self._notes: list[list[Span]] | None = None
        self._entries: list[tuple[str, list[Span]]] = []

    def cite(self, source: Source, position: int) -> Callable[[], list[Span]]:
        """Record a citation of ``source`` at ``position``; its text, once ``render`` ran."""
        if source.id not in self._items:
            self._items[source.id] = csl_item(source, self.locale)
        index = len(self._cites)
        self._cites.append(Cite(source.id, survey_locator(self.project, source, position,
                                                          self.locale)))
        return lambda: self.note(index)

    def render(self) -> None:
        """Run the processor once for every citation recorded."""
        done = render(self.style, self._items, self._cites, self.locale)
        self._notes, self._entries = done.notes, done.entries
        seen: set[str] = set()
        with _LOCK:  # an item's first citation is its first footnote: a preview
            for cite, note in zip(self._cites, self._notes, strict=True):
                if cite.item not in seen:
                    seen.add(cite.item)
                    _PREVIEWS[_key(self.style, self.locale, self._items[cite.item],
                                   cite.locator)] = note

    def note(self, index: int) -> list[Span]:
        if self._notes is None:
            self.render()
        assert self._notes is not None
        return self._notes[index]

    def bibliography(self) -> list[tuple[str, list[Span]]]:
        """(source id, entry) for every source cited, in the style's order."""
        if self._notes is None:
            self.render()
        return self._entries


# -- previews -------------------------------------------------------------------

_PREVIEWS: dict[tuple[str, str, str, str], list[Span] | None] = {}
_LOCK = threading.Lock()


def _key(style: CslStyle, locale: str, item: dict[str, Any],
         locator: str) -> tuple[str, str, str, str]:
    return (style.key, locale, json.dumps(item, sort_keys=True, ensure_ascii=False), locator)


def _wanted(project: Project, excerpts: Iterable[Excerpt], style: CslStyle,
            locale: str) -> dict[tuple[str, str, str, str], tuple[dict[str, Any], Cite]]:
    out = {}
    # a source's item (and its key) is made once, however many excerpts quote it: a note
    # of 3,000 excerpts from a few sources took a third of a second on the window's thread
    items: dict[str, tuple[dict[str, Any], str]] = {}
    for excerpt in excerpts:
        source = project.sources.get(excerpt.source_id)
        if source is None:
            continue
        known = items.get(source.id)
        if known is None:
            item = csl_item(source, locale)
            known = items[source.id] = (item, json.dumps(item, sort_keys=True,
                                                         ensure_ascii=False))
        item, written = known
        locator = survey_locator(project, source, excerpt.position.start, locale)
        out[(style.key, locale, written, locator)] = (item, Cite(source.id, locator))
    return out


def cached_preview(project: Project, excerpt: Excerpt, locale: str | None = None
                   ) -> str | None:
    """The excerpt's first footnote if it is known already, else None ("" for no source).
    ``locale``: the note's language unless given."""
    style = find_style(project.citation_style)
    locale = locale or project.note.meta.language or "en-CA"
    wanted = _wanted(project, [excerpt], style, locale)
    if not wanted:
        return ""
    spans = _PREVIEWS.get(next(iter(wanted)))
    return None if spans is None else plain(spans)


Round = list[tuple[tuple[str, str, str, str], dict[str, Any], Cite]]


class PreviewJob:
    """The previews a note lacks, read from the project (on the window's thread) and
    rendered by ``run`` (on any thread: it touches only its own copies)."""

    def __init__(self, project: Project, excerpts: Iterable[Excerpt],
                 locale: str | None = None) -> None:
        self.style = find_style(project.citation_style)
        self.locale = locale = locale or project.note.meta.language or "en-CA"
        missing = {k: v for k, v in _wanted(project, excerpts, self.style, locale).items()
                   if _PREVIEWS.get(k) is None}
        self.count = len(missing)
        # A batch cites each item once (a second citation of an item would be a later,
        # shorter one), so an item quoted at several locators takes several rounds.
        self.rounds: list[Round] = []
        for key, (item, cite) in missing.items():
            for batch in self.rounds:
                if all(c.item != cite.item for _, _, c in batch):
                    batch.append((key, item, cite))
                    break
            else:
                self.rounds.append([(key, item, cite)])

    def _run_round(self, batch: Round) -> None:
        items = {c.item: item for _, item, c in batch}
        done = render(self.style, items, [c for _, _, c in batch], self.locale,
                      bibliography=False)
        with _LOCK:
            for (key, _, _), note in zip(batch, done.notes, strict=True):
                _PREVIEWS[key] = note

    def run(self) -> int:
        """Render every missing preview (rounds side by side); how many were rendered."""
        if len(self.rounds) == 1:
            self._run_round(self.rounds[0])
        elif self.rounds:
            with ThreadPoolExecutor(max_workers=4) as pool:
                list(pool.map(self._run_round, self.rounds))
        return self.count


def fill_previews(project: Project, excerpts: Iterable[Excerpt], locale: str | None = None
                  ) -> int:
    """Render the first footnote of every excerpt not in the cache; how many were rendered."""
    return PreviewJob(project, excerpts, locale).run()


def preview(project: Project, excerpt: Excerpt, locale: str | None = None) -> str:
    """The first footnote of ``excerpt`` as plain text ("" when its source is missing).
    Raises StyleError for a citation style Briefer cannot find."""
    known = cached_preview(project, excerpt, locale)
    if known is not None:
        return known
    fill_previews(project, [excerpt], locale)
    return cached_preview(project, excerpt, locale) or ""
