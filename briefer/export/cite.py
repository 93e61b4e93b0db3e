"""The one door to citations: what the footnote of a quotation says, for the Word
export and for the note pane's preview alike.

A footnote names the source, and for a survey answer the response it quotes
("response 3 to question 1"); the first citation of a source is in full,
later ones short, and the Sources list gives every source cited. ``Citations``
keeps that state while the export walks the note in reading order;
``preview`` says what the first footnote of one excerpt reads, so what the
analyst sees beside an excerpt is what the Minister will read under it.
(The formatter behind this door is ``citations.get_style``.)
"""

from __future__ import annotations

from briefer.core.excerpt import Excerpt
from briefer.core.project import Project
from briefer.core.source import Source, SourceKind
from briefer.core.text import xml_safe
from briefer.export.citation_item import Item, Style
from briefer.export.citation_text import Span, plain
from briefer.export.citations import get_style


def clean(text: str) -> str:
    return xml_safe(text or "")


def survey_locator(project: Project, source: Source, position: int) -> str:
    """'response 3 to question 1' for an excerpt of a survey answer, else ''."""
    if source.kind is not SourceKind.SURVEY or position < 0:
        return ""
    try:
        survey = project.survey(source.id)
    except Exception:  # no parser available, or a text it cannot read: cite the survey
        return ""
    if survey is None:
        return ""
    for q_index, question in enumerate(survey.questions, 1):
        for response in question.responses:
            if response.start <= position < max(response.end, response.start + 1):
                return f"response {response.number} to question {q_index}"
    return ""


def item_of(source: Source) -> Item:
    """A source's citation item, with characters Word cannot hold removed."""
    item = Item.from_source(source)
    item.title = clean(item.title)
    item.container = clean(item.container)
    return item


class Citations:
    """The citations of one note, made in reading order (see module notes)."""

    def __init__(self, project: Project, style: Style) -> None:
        self.project = project
        self.style = style
        self.cited: dict[str, Item] = {}  # source id -> item, in order of first citation
        self._short: dict[tuple[str, str], list[Span]] = {}

    def cite(self, source: Source, position: int) -> list[Span]:
        """The footnote for words of ``source`` at ``position``: in full the first time."""
        locator = survey_locator(self.project, source, position)
        item = self.cited.get(source.id)
        if item is None:
            item = self.cited[source.id] = item_of(source)
            spans = self.style.full(item, locator)
        else:
            key = (source.id, locator)
            spans = self._short.get(key) or self._short.setdefault(
                key, self.style.short(item, locator))
        return [Span(clean(s.text), s.italic) for s in spans]

    def bibliography(self) -> list[tuple[str, list[Span]]]:
        """(source id, entry) for every source cited, in the style's order."""
        ordered = sorted(self.cited.items(), key=lambda kv: self.style.sort_key(kv[1]))
        entries = self.style.bibliography_list([item for _, item in ordered])
        return [(source_id, [Span(clean(s.text), s.italic) for s in entry])
                for (source_id, _), entry in zip(ordered, entries, strict=True)]


def preview(project: Project, excerpt: Excerpt) -> str:
    """The first footnote of ``excerpt`` as plain text ("" when its source is missing).
    Raises ValueError for a citation style Briefer does not know."""
    source = project.sources.get(excerpt.source_id)
    if source is None:
        return ""
    citations = Citations(project, get_style(project.citation_style))
    return plain(citations.cite(source, excerpt.position.start))
