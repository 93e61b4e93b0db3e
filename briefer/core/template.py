"""Note templates: the ordered sections a kind of briefing note has."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefer.core.ids import new_id
from briefer.core.messages import Message
from briefer.core.note import BriefingNote, NoteMeta, NoteSection


def is_french(language: str) -> bool:
    """"fr-CA", "fr_CA", "fr": a note written in French."""
    return language.replace("_", "-").split("-")[0].lower() == "fr"


# What a template section can ask the automatic draft to put in it.
DRAFT_ROLES = ("purpose", "background", "outline", "strategy", "recommendation", "next-steps", "")

# A quotation of this many words or more is set off as a block; a shorter one runs into
# the text in quotation marks. Chicago (13.9) says about a hundred words; a note's short
# paragraphs make fifty the usual house rule.
DEFAULT_BLOCK_QUOTE_WORDS = 50


@dataclass
class TemplateSection:
    title: str
    hint: str = ""
    role: str = ""  # one of DRAFT_ROLES: which drafted content belongs here
    required: bool = False  # left empty, it stops the export (the office would send it back)
    title_fr: str = ""  # the title in a note written in French (else ``title``)

    def title_in(self, language: str) -> str:
        """The section's title in a note in ``language`` ("fr-CA": the French one)."""
        return self.title_fr if self.title_fr and is_french(language) else self.title


@dataclass
class Template:
    name: str  # file stem, e.g. "briefing-note"
    title: str  # shown to users, e.g. "Briefing note"
    sections: list[TemplateSection] = field(default_factory=list)
    # "decision" for a memorandum that always asks for one; "" when the note's own
    # purpose (its details) decides, so drafting never resets it.
    purpose: str = ""
    title_fr: str = ""  # e.g. "Note d'information"
    block_quote_words: int = DEFAULT_BLOCK_QUOTE_WORDS  # shorter quotations run in
    # How many pages the body (everything before the Sources list) may take: a briefing
    # note goes up in two pages at most. None: no limit is checked.
    page_limit: int | None = None

    def title_in(self, language: str) -> str:
        """What a note of this kind is called in ``language`` (its title on the page)."""
        return self.title_fr if self.title_fr and is_french(language) else self.title

    @classmethod
    def from_dict(cls, name: str, data: dict[str, Any]) -> Template:
        if not isinstance(data, dict) or not isinstance(data.get("sections"), list):
            raise ValueError(Message("a template needs a 'sections' list"))
        sections = []
        for i, item in enumerate(data["sections"], 1):
            if isinstance(item, str):
                item = {"title": item}
            if not isinstance(item, dict) or not str(item.get("title") or "").strip():
                raise ValueError(Message("template section {number} needs a 'title'",
                                         number=i))
            role = str(item.get("role") or "")
            if role not in DRAFT_ROLES:
                raise ValueError(Message("template section {number}: unknown role {role!r}",
                                         number=i, role=role))
            required = item.get("required", False)
            if not isinstance(required, bool):
                raise ValueError(Message("template section {number}: 'required' must be true "
                                         "or false", number=i))
            sections.append(TemplateSection(str(item["title"]), str(item.get("hint") or ""), role,
                                            required, str(item.get("title_fr") or "").strip()))
        words = data.get("block_quote_words", DEFAULT_BLOCK_QUOTE_WORDS)
        if isinstance(words, bool) or not isinstance(words, int) or words < 1:
            raise ValueError(Message("'block_quote_words' must be a whole number of words, "
                                     "such as 50 (not {value!r})", value=words))
        limit = data.get("page_limit")
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int)
                                  or limit < 1):
            raise ValueError(Message("'page_limit' must be a whole number of pages, such as 2 "
                                     "(not {value!r})", value=limit))
        return cls(name=name, title=str(data.get("title") or name), sections=sections,
                   purpose=str(data.get("purpose") or ""),
                   title_fr=str(data.get("title_fr") or "").strip(), block_quote_words=words,
                   page_limit=limit)

    def new_note(self, meta: NoteMeta | None = None) -> BriefingNote:
        """An empty note with this template's sections, titled in the note's language."""
        meta = meta or NoteMeta(purpose=self.purpose or NoteMeta().purpose)
        return BriefingNote(meta=meta, template=self.name, sections=[
            NoteSection(id=new_id("sec"), title=s.title_in(meta.language), hint=s.hint,
                        required=s.required, role=s.role) for s in self.sections
        ])
