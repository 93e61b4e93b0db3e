"""Merging two people's changes to one project: nothing saved by another is lost.

When a window saves, project.yaml may have been saved by someone else since
the window read it (another window, ``briefer import``, a colleague on the
shared drive). ``merge`` compares three versions of the project file's data:
*base* (what this window read), *mine* (what it would write) and *theirs*
(what is on disk now). A part changed on one side only takes that side's
version; parts are matched by id, so different note blocks, excerpts,
sources, outline questions and metadata fields merge. Only a part both
sides changed differently is a *conflict*; each conflict is shown to the
user, with both versions side by side, to choose; until chosen, nothing is
written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from briefer.core.messages import Listing, Message
from briefer.io.project_yaml import FORMAT_NAME, file_form, notes_form

# Where a dict is merged key by key, and where a list of dicts is merged by "id".
_DICTS = {"", "note", "note.meta", "outline", "note.sections[]",
          "notes[]", "notes[].meta", "notes[].sections[]"}
_KEYED = {"sources", "excerpts", "outline.sections", "note.sections", "note.sections[].blocks",
          "notes", "notes[].sections", "notes[].sections[].blocks"}
_GONE = object()  # a part one side deleted


@dataclass
class Conflict:
    """One part both sides changed differently."""

    key: str  # where, as a path of keys and ids ("note.sections[s1].blocks[b7]")
    label: Listing  # where, for a person ("Note ▸ Background ▸ a paragraph"), in words
    mine: Any  # this window's version (None: deleted here)
    theirs: Any  # the version on disk (None: deleted there)


class MergeResult:
    def __init__(self, data: dict[str, Any], conflicts: list[Conflict]) -> None:
        self.data = data
        self.conflicts = conflicts


def merge(base: Mapping[str, Any], mine: Mapping[str, Any], theirs: Mapping[str, Any],
          choices: Mapping[str, str] | None = None) -> MergeResult:
    """The merged project data, and the conflicts left (see module notes).

    ``choices`` maps a conflict's ``key`` to "mine" or "theirs"; a conflict
    without a choice takes "mine" in ``data`` and is listed in ``conflicts``.
    """
    conflicts: list[Conflict] = []
    project_file = FORMAT_NAME in (mine.get("format"), theirs.get("format"))
    if project_file:  # one note or several: compared as a list of notes, by id
        base, mine, theirs = notes_form(dict(base)), notes_form(dict(mine)), \
            notes_form(dict(theirs))
    merged = _merge(base, mine, theirs, "", "", choices or {}, conflicts, (Message("Project"),))
    return MergeResult(file_form(merged) if project_file else merged, conflicts)


def _merge(base: Any, mine: Any, theirs: Any, shape: str, key: str,
           choices: Mapping[str, str], conflicts: list[Conflict],
           where: tuple[str | Message, ...]) -> Any:
    if mine == theirs:
        return mine
    if _same(mine, base):
        return theirs
    if _same(theirs, base):
        return mine
    if shape in _DICTS and all(isinstance(v, Mapping) for v in (mine, theirs)):
        return _merge_dict(base if isinstance(base, Mapping) else {}, mine, theirs, shape, key,
                           choices, conflicts, where)
    if shape in _KEYED and all(isinstance(v, list) for v in (mine, theirs)):
        return _merge_keyed(base if isinstance(base, list) else [], mine, theirs, shape, key,
                            choices, conflicts, where)
    choice = choices.get(key)
    if choice is None:
        conflicts.append(Conflict(key, Listing(where, sep=" ▸ "), _visible(mine),
                                  _visible(theirs)))
        choice = "mine"
    return theirs if choice == "theirs" else mine


def _same(a: Any, b: Any) -> bool:
    return a is b or (a is not _GONE and b is not _GONE and a == b)


def _visible(value: Any) -> Any:
    return None if value is _GONE else value


def _merge_dict(base: Mapping[str, Any], mine: Mapping[str, Any], theirs: Mapping[str, Any],
                shape: str, key: str, choices: Mapping[str, str],
                conflicts: list[Conflict], where: tuple[str | Message, ...]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name in [*mine, *(k for k in theirs if k not in mine)]:
        value = _merge(base.get(name, _GONE), mine.get(name, _GONE), theirs.get(name, _GONE),
                       _child_shape(shape, name), f"{key}.{name}".lstrip("."), choices,
                       conflicts, (*where, _label(name)))
        if value is not _GONE:
            result[name] = value
    return result


def _child_shape(shape: str, name: str) -> str:
    return f"{shape}.{name}" if shape else name


def _merge_keyed(base: list[Any], mine: list[Any], theirs: list[Any], shape: str, key: str,
                 choices: Mapping[str, str], conflicts: list[Conflict],
                 where: tuple[str | Message, ...]) -> list[Any]:
    b, m, t = _by_id(base), _by_id(mine), _by_id(theirs)
    item_shape = f"{shape}[]"
    merged: dict[str, Any] = {}
    for ident in [*m, *(i for i in t if i not in m)]:
        value = _merge(b.get(ident, _GONE), m.get(ident, _GONE), t.get(ident, _GONE),
                       item_shape, f"{key}[{ident}]", choices, conflicts,
                       (*where, _item_label(shape, m.get(ident) or t.get(ident) or {})))
        if value is not _GONE and value is not None:
            merged[ident] = value
    return [merged[i] for i in _order(list(m), list(t), set(merged))]


def _by_id(items: list[Any]) -> dict[str, Any]:
    return {str(item.get("id")): item for item in items if isinstance(item, Mapping)}


def _order(mine: list[str], theirs: list[str], keep: set[str]) -> list[str]:
    """This side's order, with the parts only the other side has placed after the part
    that precedes them there (so a paragraph inserted there lands where it was put)."""
    order = [i for i in mine if i in keep]
    for position, ident in enumerate(theirs):
        if ident in order or ident not in keep:
            continue
        before = next((p for p in reversed(theirs[:position]) if p in order), None)
        order.insert(order.index(before) + 1 if before is not None else 0, ident)
    return order


_LABELS = {"meta": Message("Note details"), "note": Message("Note"), "notes": Message("Notes"),
           "outline": Message("Outline"), "excerpts": Message("Excerpts"),
           "sources": Message("Sources"), "sections": Message("Sections"),
           "blocks": Message("Blocks"), "name": Message("Project name"),
           "citation_style": Message("Citation style")}


def _label(name: str) -> str | Message:
    return _LABELS.get(name) or name.replace("_", " ").capitalize()


def _item_label(shape: str, item: Mapping[str, Any]) -> str | Message:
    if shape.endswith("blocks"):
        text = str(item.get("markdown") or item.get("excerpt") or "")
        return f"“{text[:40]}…”" if len(text) > 40 else f"“{text}”"
    for field in ("title", "label", "name", "file", "id"):
        if item.get(field):
            return str(item[field])
    return Message("an item")
