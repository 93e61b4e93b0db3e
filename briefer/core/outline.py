"""The outline: one section per survey question, holding themes of responses.

Themes are first found automatically (``core.themes``); the analyst then
renames, merges, splits, reorders and adds. Each edit is a plain method here
so the GUI can wrap it in an undo command and the project file can save it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefer.core.ids import new_id
from briefer.core.messages import Message


KIND_TOPIC = "topic"  # answers sharing an idea
KIND_STANCE = "stance"  # answers taking one position on a closed question (a tally line)
CONSENSUS_SHARE = 2 / 3  # a theme held by this share of the answers is a consensus


@dataclass
class Theme:
    id: str
    label: str
    response_ids: list[str] = field(default_factory=list)  # Response.id values
    origin: str = "auto"  # "auto" (found by core.themes) or "user"
    note: str = ""  # the analyst's note on this theme
    terms: list[str] = field(default_factory=list)  # normalised terms it was found by
    kind: str = KIND_TOPIC
    part: int = 0  # which part of a two-part question it answers (0: the first, or whole)
    disagree_ids: list[str] = field(default_factory=list)  # answers that reject the idea

    def count_label(self, total: int) -> str:
        """'4 of 7 respondents', and '· 2 disagree' when some reject the idea."""
        text = f"{len(self.response_ids)} of {total} respondents"
        if self.disagree_ids:
            text += f" · {len(self.disagree_ids)} disagree"
        return text

    def agreement(self, total: int) -> str:
        """"consensus" when at least two answers in three share it, else ""."""
        if self.kind == KIND_TOPIC and total >= 3 and \
                len(self.response_ids) >= CONSENSUS_SHARE * total:
            return "consensus"
        return ""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "label": self.label,
                                "responses": list(self.response_ids), "origin": self.origin,
                                "note": self.note, "terms": list(self.terms)}
        if self.kind != KIND_TOPIC:
            data["kind"] = self.kind
        if self.part:
            data["part"] = self.part
        if self.disagree_ids:
            data["disagree"] = list(self.disagree_ids)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Theme:
        kind = str(data.get("kind") or KIND_TOPIC)
        return cls(id=str(data["id"]), label=str(data.get("label", "")),
                   response_ids=[str(r) for r in data.get("responses") or []],
                   origin=str(data.get("origin", "auto")), note=str(data.get("note") or ""),
                   terms=[str(t) for t in data.get("terms") or []],
                   kind=kind if kind in (KIND_TOPIC, KIND_STANCE) else KIND_TOPIC,
                   part=int(data.get("part") or 0),
                   disagree_ids=[str(r) for r in data.get("disagree") or []])


@dataclass
class OutlineSection:
    id: str
    survey_id: str  # the survey Source.id
    question_id: str  # Question.id within that survey
    label: str  # short editable label ("US domestic politics")
    themes: list[Theme] = field(default_factory=list)
    total: int = 0  # number of answers giving a view ("n/a" answers not counted)
    note: str = ""
    parts: list[str] = field(default_factory=list)  # a two-part question's parts

    def theme(self, theme_id: str) -> Theme | None:
        return next((t for t in self.themes if t.id == theme_id), None)

    def tally(self, part: int | None = None) -> list[Theme]:
        """The stance themes (the tally lines), of one part or of all."""
        return [t for t in self.themes if t.kind == KIND_STANCE
                and (part is None or t.part == part)]

    def topics(self) -> list[Theme]:
        return [t for t in self.themes if t.kind == KIND_TOPIC]

    def tally_text(self, part: int | None = None) -> str:
        """"No 8 · Yes 2 · Conditional 2 — of 12" (largest first)."""
        message = self.tally_message(part)
        return message.text() if message else ""

    def tally_message(self, part: int | None = None) -> Message | None:
        """The tally as a message, worded at the edge ("… — sur 12" in French); the
        positions' labels are the analyst's, as written."""
        lines = sorted(self.tally(part), key=lambda t: -len(t.response_ids))
        lines = [t for t in lines if t.response_ids]
        if not lines:
            return None
        return Message("{positions} — of {total}", total=self.total, positions=" · ".join(
            f"{t.label} {len(t.response_ids)}" for t in lines))

    def split(self, part: int | None = None) -> bool:
        """A tally where no position is held by most of those taking one (12 · 12 · 4)."""
        lines = [len(t.response_ids) for t in self.tally(part) if t.response_ids]
        return len(lines) >= 2 and max(lines) * 2 <= sum(lines)

    def themed_ids(self) -> set[str]:
        return {r for t in self.themes for r in (*t.response_ids, *t.disagree_ids)}

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "survey": self.survey_id,
                                "question": self.question_id, "label": self.label,
                                "total": self.total, "note": self.note,
                                "themes": [t.to_dict() for t in self.themes]}
        if self.parts:
            data["parts"] = list(self.parts)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OutlineSection:
        return cls(id=str(data["id"]), survey_id=str(data.get("survey", "")),
                   question_id=str(data.get("question", "")), label=str(data.get("label", "")),
                   total=int(data.get("total") or 0), note=str(data.get("note") or ""),
                   themes=[Theme.from_dict(t) for t in data.get("themes") or []],
                   parts=[str(p) for p in data.get("parts") or []])


@dataclass
class Outline:
    sections: list[OutlineSection] = field(default_factory=list)

    # -- look-ups -----------------------------------------------------------
    def section(self, section_id: str) -> OutlineSection | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def find_theme(self, theme_id: str) -> tuple[OutlineSection, Theme] | None:
        for section in self.sections:
            theme = section.theme(theme_id)
            if theme is not None:
                return section, theme
        return None

    def _theme(self, theme_id: str) -> tuple[OutlineSection, Theme]:
        found = self.find_theme(theme_id)
        if found is None:
            raise KeyError(f"no theme {theme_id!r} in the outline")
        return found

    # -- analyst edits (each returns what is needed to undo it) ---------------
    def rename_theme(self, theme_id: str, label: str) -> str:
        """Rename a theme; returns the old label."""
        _, theme = self._theme(theme_id)
        old, theme.label = theme.label, label
        return old

    def rename_section(self, section_id: str, label: str) -> str:
        section = self.section(section_id)
        if section is None:
            raise KeyError(section_id)
        old, section.label = section.label, label
        return old

    def set_theme_note(self, theme_id: str, note: str) -> str:
        _, theme = self._theme(theme_id)
        old, theme.note = theme.note, note
        return old

    def add_theme(self, section_id: str, label: str, response_ids: list[str] | None = None,
                  index: int | None = None, theme_id: str | None = None,
                  kind: str = KIND_TOPIC, part: int = 0) -> Theme:
        """Add an analyst's own theme (or tally line) to a section."""
        section = self.section(section_id)
        if section is None:
            raise KeyError(section_id)
        theme = Theme(id=theme_id or new_id("th"), label=label,
                      response_ids=list(response_ids or []), origin="user", kind=kind,
                      part=part)
        section.themes.insert(len(section.themes) if index is None else index, theme)
        return theme

    def remove_theme(self, theme_id: str) -> tuple[str, int, Theme]:
        """Remove a theme; returns (section id, index, theme) to put it back."""
        section, theme = self._theme(theme_id)
        index = section.themes.index(theme)
        del section.themes[index]
        return section.id, index, theme

    def insert_theme(self, section_id: str, index: int, theme: Theme) -> None:
        section = self.section(section_id)
        if section is None:
            raise KeyError(section_id)
        section.themes.insert(index, theme)

    def move_theme(self, theme_id: str, new_index: int) -> int:
        """Reorder a theme within its section; returns its old index."""
        section, theme = self._theme(theme_id)
        old = section.themes.index(theme)
        section.themes.pop(old)
        section.themes.insert(max(0, min(new_index, len(section.themes))), theme)
        return old

    def merge_themes(self, target_id: str, other_id: str) -> None:
        """Fold ``other`` into ``target``: its responses join, it disappears.

        Both must be distinct themes of the same section: merging a theme into
        itself would delete it, and answers to different questions do not mix.
        """
        target_section, target = self._theme(target_id)
        other_section, other = self._theme(other_id)
        if target is other:
            raise ValueError(f"cannot merge theme {target_id!r} into itself")
        if target_section is not other_section:
            raise ValueError(f"themes {target_id!r} and {other_id!r} answer different questions")
        for rid in other.response_ids:
            if rid not in target.response_ids:
                target.response_ids.append(rid)
            if rid in target.disagree_ids:
                target.disagree_ids.remove(rid)
        for rid in other.disagree_ids:
            if rid not in target.response_ids and rid not in target.disagree_ids:
                target.disagree_ids.append(rid)
        target.terms = list(dict.fromkeys(target.terms + other.terms))
        if other.note:
            target.note = "\n".join(n for n in (target.note, other.note) if n)
        self.remove_theme(other_id)

    def split_theme(self, theme_id: str, response_ids: list[str], label: str,
                    new_theme_id: str | None = None) -> Theme:
        """Move some responses of a theme into a new theme placed right after it."""
        section, theme = self._theme(theme_id)
        moving = [r for r in theme.response_ids if r in response_ids]
        theme.response_ids = [r for r in theme.response_ids if r not in moving]
        return self.add_theme(section.id, label, moving, section.themes.index(theme) + 1,
                              theme_id=new_theme_id, kind=theme.kind, part=theme.part)

    def move_response(self, response_id: str, from_theme_id: str, to_theme_id: str) -> None:
        """Take a response out of one theme and put it in another."""
        _, source = self._theme(from_theme_id)
        self._theme(to_theme_id)  # both must exist before anything moves
        if response_id in source.response_ids:
            source.response_ids.remove(response_id)
        if response_id in source.disagree_ids:
            source.disagree_ids.remove(response_id)
        self.copy_response(response_id, to_theme_id)

    def copy_response(self, response_id: str, to_theme_id: str) -> None:
        """Put a response in one more theme (it stays in the others): an answer
        may name several ideas."""
        _, target = self._theme(to_theme_id)
        if response_id in target.disagree_ids:
            target.disagree_ids.remove(response_id)
        if response_id not in target.response_ids:
            target.response_ids.append(response_id)

    def remove_response(self, response_id: str, theme_id: str) -> None:
        """Take a response out of a theme (it becomes a single view if in no other)."""
        _, theme = self._theme(theme_id)
        for ids in (theme.response_ids, theme.disagree_ids):
            if response_id in ids:
                ids.remove(response_id)

    def mark_disagreeing(self, response_id: str, theme_id: str, disagrees: bool = True) -> None:
        """Count a response as rejecting a theme's idea (not as its support), or back."""
        _, theme = self._theme(theme_id)
        have, want = ((theme.response_ids, theme.disagree_ids) if disagrees
                      else (theme.disagree_ids, theme.response_ids))
        if response_id in have:
            have.remove(response_id)
        if response_id not in want:
            want.append(response_id)

    # -- persistence ----------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {"sections": [s.to_dict() for s in self.sections]}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Outline:
        raw = (data or {}).get("sections") or []
        return cls(sections=[OutlineSection.from_dict(s) for s in raw])
