"""The briefing note: metadata, sections from a template, blocks of prose and excerpts."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from briefer.core.ids import new_id
from briefer.core.markings import LEVELS
from briefer.core.messages import Message

CLASSIFICATIONS = LEVELS  # the choices offered; caveats ("// CANADIAN EYES ONLY") are typed
PURPOSES = ("information", "decision")


@dataclass
class NoteMeta:
    to: str = ""
    from_: str = ""
    subject: str = ""
    # the subject in French, for a bilingual title block (a French note shows it as its
    # subject and ``subject`` as the English one)
    subject_fr: str = ""
    date: str = ""  # ISO date "2026-11-21" (formatted at export)
    file_number: str = ""
    classification: str = "UNCLASSIFIED"  # one of CLASSIFICATIONS or free text
    purpose: str = "information"  # "information" or "decision"
    prepared_by: str = ""
    contact: str = ""
    language: str = "en-CA"  # of the note: its citations' locale, its Word language tag
    approver: str = ""  # who signs a note for decision ("Approved by:" under the decision)

    def to_dict(self) -> dict[str, Any]:
        return {f.name.rstrip("_"): getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> NoteMeta:
        data = data or {}
        kwargs = {}
        for f in fields(cls):
            key = f.name.rstrip("_")
            if key in data and data[key] is not None:
                kwargs[f.name] = str(data[key])
        return cls(**kwargs)


@dataclass
class ProseBlock:
    """The analyst's own words, in Markdown (bold, italic, bullet lists)."""

    id: str
    markdown: str = ""
    kind: str = field(default="prose", init=False)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "type": "prose", "markdown": self.markdown}


@dataclass
class ExcerptBlock:
    """An excerpt placed in the note, as a quotation or in the analyst's words."""

    id: str
    excerpt_id: str
    mode: str = "quote"  # "quote" or "paraphrase"
    paraphrase: str = ""  # the analyst's words when mode == "paraphrase" (Markdown)
    lead_in: str = ""  # optional words before a quotation ("As one respondent put it,")
    kind: str = field(default="excerpt", init=False)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "type": "excerpt", "excerpt": self.excerpt_id, "mode": self.mode,
                "paraphrase": self.paraphrase, "lead_in": self.lead_in}


Block = ProseBlock | ExcerptBlock


def block_from_dict(data: dict[str, Any]) -> Block:
    kind = data.get("type")
    if kind == "prose":
        return ProseBlock(id=str(data["id"]), markdown=str(data.get("markdown") or ""))
    if kind == "excerpt":
        mode = str(data.get("mode") or "quote")
        if mode not in ("quote", "paraphrase"):
            raise ValueError(Message("block {id!r}: mode must be quote or paraphrase",
                                     id=data.get("id")))
        return ExcerptBlock(id=str(data["id"]), excerpt_id=str(data["excerpt"]), mode=mode,
                            paraphrase=str(data.get("paraphrase") or ""),
                            lead_in=str(data.get("lead_in") or ""))
    raise ValueError(Message("unknown block type {kind!r} (expected 'prose' or 'excerpt')",
                             kind=kind))


@dataclass
class NoteSection:
    id: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    hint: str = ""  # what the template says belongs here
    # From the template, kept when the section is renamed or moved: a required section
    # left empty stops the export (``core.check``); the role says what the section is
    # for (the decision block of a memo follows the "recommendation" one).
    required: bool = False
    role: str = ""

    def is_empty(self) -> bool:
        """Nothing would be printed: no blocks, or only text blocks left blank."""
        return all(isinstance(b, ProseBlock) and not b.markdown.strip() for b in self.blocks)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "title": self.title, "hint": self.hint,
                                "blocks": [b.to_dict() for b in self.blocks]}
        # written only when set, so the notes of templates without them read as before
        if self.required:
            data["required"] = True
        if self.role:
            data["role"] = self.role
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> NoteSection:
        return cls(id=str(data["id"]), title=str(data.get("title", "")),
                   hint=str(data.get("hint") or ""),
                   blocks=[block_from_dict(b) for b in data.get("blocks") or []],
                   required=data.get("required") is True, role=str(data.get("role") or ""))


@dataclass
class BriefingNote:
    meta: NoteMeta = field(default_factory=NoteMeta)
    template: str = "briefing-note"  # template name the sections came from
    sections: list[NoteSection] = field(default_factory=list)
    # What the analyst calls it in the list of notes ("QP card", "Follow-up"); empty: the
    # note is named by its subject (``display_name``). Kept beside the note, in "notes:".
    name: str = ""

    def display_name(self, fallback: str = "Note") -> str:
        return self.name or self.meta.subject or fallback

    def section(self, section_id: str) -> NoteSection | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def find_block(self, block_id: str) -> tuple[NoteSection, int] | None:
        for section in self.sections:
            for i, block in enumerate(section.blocks):
                if block.id == block_id:
                    return section, i
        return None

    def excerpt_blocks(self) -> list[ExcerptBlock]:
        """Every excerpt placed in the note, in reading order (footnote order)."""
        return [b for s in self.sections for b in s.blocks if isinstance(b, ExcerptBlock)]

    def is_empty(self) -> bool:
        return all(not s.blocks for s in self.sections)

    # -- edits (each returns what is needed to undo it) ---------------------
    def insert_block(self, section_id: str, index: int, block: Block) -> None:
        section = self.section(section_id)
        if section is None:
            raise KeyError(f"no note section {section_id!r}")
        section.blocks.insert(max(0, min(index, len(section.blocks))), block)

    def remove_block(self, block_id: str) -> tuple[str, int, Block]:
        found = self.find_block(block_id)
        if found is None:
            raise KeyError(f"no block {block_id!r}")
        section, index = found
        return section.id, index, section.blocks.pop(index)

    def move_block(self, block_id: str, section_id: str, index: int) -> tuple[str, int]:
        """Move a block (within or across sections); returns where it was."""
        old_section, old_index, block = self.remove_block(block_id)
        self.insert_block(section_id, index, block)
        return old_section, old_index

    def to_dict(self) -> dict[str, Any]:
        return {"meta": self.meta.to_dict(), "template": self.template,
                "sections": [s.to_dict() for s in self.sections]}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> BriefingNote:
        data = data or {}
        return cls(meta=NoteMeta.from_dict(data.get("meta")),
                   template=str(data.get("template") or "briefing-note"),
                   sections=[NoteSection.from_dict(s) for s in data.get("sections") or []])


def new_prose(markdown: str = "") -> ProseBlock:
    return ProseBlock(id=new_id("bl"), markdown=markdown)


def new_excerpt_block(excerpt_id: str, mode: str = "quote", paraphrase: str = "",
                      lead_in: str = "") -> ExcerptBlock:
    return ExcerptBlock(id=new_id("bl"), excerpt_id=excerpt_id, mode=mode,
                        paraphrase=paraphrase, lead_in=lead_in)
