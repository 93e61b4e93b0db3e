"""Note templates: the ordered sections a kind of briefing note has."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefer.core.ids import new_id
from briefer.core.messages import Message
from briefer.core.note import BriefingNote, NoteMeta, NoteSection

# What a template section can ask the automatic draft to put in it.
DRAFT_ROLES = ("purpose", "background", "outline", "strategy", "recommendation", "next-steps", "")


@dataclass
class TemplateSection:
    title: str
    hint: str = ""
    role: str = ""  # one of DRAFT_ROLES: which drafted content belongs here


@dataclass
class Template:
    name: str  # file stem, e.g. "briefing-note"
    title: str  # shown to users, e.g. "Briefing note"
    sections: list[TemplateSection] = field(default_factory=list)
    purpose: str = "information"

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
            sections.append(TemplateSection(str(item["title"]), str(item.get("hint") or ""), role))
        return cls(name=name, title=str(data.get("title") or name), sections=sections,
                   purpose=str(data.get("purpose") or "information"))

    def new_note(self, meta: NoteMeta | None = None) -> BriefingNote:
        """An empty note with this template's sections."""
        meta = meta or NoteMeta(purpose=self.purpose)
        return BriefingNote(meta=meta, template=self.name, sections=[
            NoteSection(id=new_id("sec"), title=s.title, hint=s.hint) for s in self.sections
        ])
