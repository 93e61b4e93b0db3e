"""The outline: one section per survey question, holding themes of responses.

Themes are first found automatically (``core.themes``); the analyst then
renames, merges, splits, reorders and adds. Each edit is a plain method here
so the GUI can wrap it in an undo command and the project file can save it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefer.core.ids import new_id


@dataclass
class Theme:
    id: str
    label: str
    response_ids: list[str] = field(default_factory=list)  # Response.id values
    origin: str = "auto"  # "auto" (found by core.themes) or "user"
    note: str = ""  # the analyst's note on this theme
    terms: list[str] = field(default_factory=list)  # normalised terms it was found by

    def count_label(self, total: int) -> str:
        """'4 of 7 respondents'."""
        return f"{len(self.response_ids)} of {total} respondents"

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "responses": list(self.response_ids),
                "origin": self.origin, "note": self.note, "terms": list(self.terms)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Theme:
        return cls(id=str(data["id"]), label=str(data.get("label", "")),
                   response_ids=[str(r) for r in data.get("responses") or []],
                   origin=str(data.get("origin", "auto")), note=str(data.get("note") or ""),
                   terms=[str(t) for t in data.get("terms") or []])


@dataclass
class OutlineSection:
    id: str
    survey_id: str  # the survey Source.id
    question_id: str  # Question.id within that survey
    label: str  # short editable label ("US domestic politics")
    themes: list[Theme] = field(default_factory=list)
    total: int = 0  # number of responses to the question
    note: str = ""

    def theme(self, theme_id: str) -> Theme | None:
        return next((t for t in self.themes if t.id == theme_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "survey": self.survey_id, "question": self.question_id,
                "label": self.label, "total": self.total, "note": self.note,
                "themes": [t.to_dict() for t in self.themes]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OutlineSection:
        return cls(id=str(data["id"]), survey_id=str(data.get("survey", "")),
                   question_id=str(data.get("question", "")), label=str(data.get("label", "")),
                   total=int(data.get("total") or 0), note=str(data.get("note") or ""),
                   themes=[Theme.from_dict(t) for t in data.get("themes") or []])


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
                  index: int | None = None, theme_id: str | None = None) -> Theme:
        """Add an analyst's own theme to a section."""
        section = self.section(section_id)
        if section is None:
            raise KeyError(section_id)
        theme = Theme(id=theme_id or new_id("th"), label=label,
                      response_ids=list(response_ids or []), origin="user")
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
                              theme_id=new_theme_id)

    def move_response(self, response_id: str, from_theme_id: str, to_theme_id: str) -> None:
        """Take a response out of one theme and put it in another."""
        _, source = self._theme(from_theme_id)
        _, target = self._theme(to_theme_id)
        if response_id in source.response_ids:
            source.response_ids.remove(response_id)
        if response_id not in target.response_ids:
            target.response_ids.append(response_id)

    # -- persistence ----------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {"sections": [s.to_dict() for s in self.sections]}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Outline:
        raw = (data or {}).get("sections") or []
        return cls(sections=[OutlineSection.from_dict(s) for s in raw])
