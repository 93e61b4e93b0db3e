"""What a project folder holds and what its project.yaml says, shared by all who read it.

The names of the folder's parts (``project.yaml``, ``sources/``…), the
mapping written to project.yaml (``project_to_dict``) and the digest that
tells whether the file changed. ``project_file`` loads and saves a project,
``saving`` merges a save with what someone else saved, ``sync`` takes that in
while the project is open: all three depend on this module, none on another
for these.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from operator import attrgetter
from typing import Any

from briefer.core.note import BriefingNote
from briefer.core.project import FIRST_NOTE, FORMAT_VERSION, Project
from briefer.core.source import Source, SourceKind
from briefer.io.file_rules import FORMAT_NAME as FORMAT_NAME  # imported from here too
from briefer.io.yamlutil import YamlError, dump_yaml, parse_yaml

PROJECT_FILE = "project.yaml"
SOURCES_DIR = "sources"
ORIGINALS_DIR = "originals"
CACHE_DIR = ".briefer"


def project_to_dict(project: Project) -> dict[str, Any]:
    """Everything project.yaml holds (source metadata lives in the sidecars)."""
    return project_data_later(project)()


def project_data_later(project: Project) -> Callable[[], dict[str, Any]]:
    """``project_to_dict`` in two halves: what it holds is taken now, its entry for each
    source made when the function returned is called — on a worker, for a save. Even
    reading the entries' fields of 100,000 sources took 100–170 ms on the window's thread
    (an object apart in memory each), so only the list of sources is taken now and the
    fields are read later: a source's id, file, kind and original are never changed in
    place while it is in an open project (a changed source is a new object; only saving
    to another folder writes them, as part of that same save)."""
    rows = list(project.sources.values())
    missing = [dict(m.entry) for m in project.missing.values() if m.id not in project.sources]
    head = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "name": project.name,
            "citation_style": project.citation_style}
    tail = {"outline": project.outline.to_dict(),
            "excerpts": [e.to_dict() for e in project.excerpts.values()],
            "notes": [{"id": nid, **({"name": n.name} if n.name else {}), **n.to_dict()}
                      for nid, n in project.notes.items()]}

    def made() -> dict[str, Any]:
        entries = map(_entry_of, map(_ENTRY_FIELDS, rows))
        return file_form({**head, "sources": [*entries, *missing], **tail})
    return made


def notes_form(data: dict[str, Any]) -> dict[str, Any]:
    """The data with its notes as a list ("notes:"), whatever the file's format: a
    format-1 file's single "note:" becomes the note with id ``FIRST_NOTE``. Merges
    compare the three sides in this one form."""
    if "notes" in data or "note" not in data:
        return dict(data)
    form = {k: v for k, v in data.items() if k != "note"}
    note = data.get("note")
    form["notes"] = [{"id": FIRST_NOTE, **(note if isinstance(note, dict) else {})}]
    return form


def file_form(data: dict[str, Any]) -> dict[str, Any]:
    """The data as project.yaml holds it: a project with its one unnamed first note is
    written as format 1 ("note:"), so an older Briefer still opens it; several notes need
    format 2, which an older Briefer refuses (rather than dropping the others on save)."""
    notes = data.get("notes")
    if not isinstance(notes, list):
        return dict(data)
    form = {k: v for k, v in data.items() if k != "notes"}
    only = notes[0] if len(notes) == 1 and isinstance(notes[0], dict) else None
    if only is not None and only.get("id") == FIRST_NOTE and not only.get("name"):
        form["version"] = 1
        form["note"] = {k: v for k, v in only.items() if k != "id"}
    else:
        form["version"] = FORMAT_VERSION
        form["notes"] = notes
    return form


def notes_from_data(data: dict[str, Any]) -> dict[str, BriefingNote]:
    """The notes a project.yaml's data holds, by id, in order (either format)."""
    notes: dict[str, BriefingNote] = {}
    for i, raw in enumerate(notes_form(data).get("notes") or []):
        if not isinstance(raw, dict):
            raise TypeError(f"note {i + 1} is not a mapping")
        note = BriefingNote.from_dict(raw)
        note.name = str(raw.get("name") or "")
        nid = str(raw.get("id") or f"note-{i + 1}")
        while nid in notes:
            nid += "-2"
        notes[nid] = note
    return notes or {FIRST_NOTE: BriefingNote()}


_ENTRY_FIELDS = attrgetter("id", "filename", "kind", "original")


def _entry_of(fields: tuple[str, str, SourceKind, str]) -> dict[str, Any]:
    sid, filename, kind, original = fields
    entry: dict[str, Any] = {"id": sid, "file": filename or f"{sid}.txt", "kind": kind.value}
    if original:
        entry["original"] = original
    return entry


def _source_entry(source: Source) -> dict[str, Any]:
    return _entry_of(_ENTRY_FIELDS(source))


def project_yaml_header() -> str:
    return "# Briefer project file. Edit with care; a backup is kept as project.yaml.bak\n"


def project_yaml_text(project: Project) -> str:
    return project_yaml_header() + dump_project_data(project_to_dict(project))


# A value PyYAML writes as it is (no quotes): starts with a letter, no character that
# means something in YAML, not a word it reads as a boolean or null.
_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]{0,79}\Z")
_RESOLVED = frozenset({"true", "false", "yes", "no", "on", "off", "null", "y", "n"})


def dump_project_data(data: dict[str, Any]) -> str:
    """``dump_yaml(data)``, the same text, written quicker for a long list of sources.

    PyYAML's representer is Python even with the C emitter: 100,000 source entries
    took over a second. An entry of plain names is written here line by line; any
    other (a name with a space, a quote, a digit first…) is left to PyYAML.
    """
    sources = data.get("sources")
    if not isinstance(sources, list) or not sources:
        return dump_yaml(data)
    keys = list(data)
    at = keys.index("sources")
    head = dump_yaml({k: data[k] for k in keys[:at]}) if at else ""
    rest = keys[at + 1:]
    tail = dump_yaml({k: data[k] for k in rest}) if rest else ""
    return head + "sources:\n" + "".join(_entry_text(e) for e in sources) + tail


def _entry_text(entry: Any) -> str:
    if isinstance(entry, dict) and entry and all(
            isinstance(k, str) and isinstance(v, str) and _PLAIN.match(k) and _PLAIN.match(v)
            and v.lower() not in _RESOLVED and k.lower() not in _RESOLVED
            for k, v in entry.items()):
        return "- " + "\n  ".join(f"{k}: {v}" for k, v in entry.items()) + "\n"
    return dump_yaml([entry])


# The sources list as ``dump_project_data`` writes it: "sources:" at the start of a line,
# then entries of plain "key: value" lines only ("- " opens an entry, "  " goes on),
# matched ``_CHUNK`` lines at a time: the regular-expression engine holds every thread
# while it runs, and the whole list of 100,000 sources took it over 100 ms.
_CHUNK = 2000
_ENTRY_LINES = re.compile(r"(?:(?:- |  )[A-Za-z_][A-Za-z0-9_.-]{0,79}: "
                          r"[A-Za-z_][A-Za-z0-9_.-]{0,79}\n){0," + str(_CHUNK) + "}")
_LINE = re.compile(r"(- |  )([^:]+): (.*)\n")
_KEY = "sources:"
_PLACEHOLDER = "sources: []\n"


def parse_project_yaml(text: str, where: str) -> Any:
    """project.yaml's text parsed: ``parse_yaml(text, where)``, the same data, quicker
    when the sources list is as Briefer writes it.

    PyYAML's C parser still makes a Python object for each event: a 100,000-source
    project.yaml took 6.5 s, most of it the sources list, before a project could show or
    search anything (0.3 s here). A list whose every line is "key: value" with plain
    names (``_PLAIN``, not a word YAML reads as true, false or null) means exactly those
    strings, so it is read here line by line and the rest of the file by PyYAML; any
    other list (quotes, a comment, a blank line, Windows line ends, "sources:" at the
    start of another line too) is left whole to PyYAML, as is any file whose rest does not
    parse (its message must give the line in the file as it is)."""
    at = 0 if text.startswith(_KEY) else text.find("\n" + _KEY) + 1
    first = at + len(_KEY) + 1
    if (not at and not text.startswith(_KEY)) or text.count("\n" + _KEY) != (at > 0) \
            or not text.startswith("\n- ", first - 1):
        return parse_yaml(text, where)
    entries: list[dict[str, str]] = []
    end = first
    while True:
        block = _ENTRY_LINES.match(text, end)
        assert block is not None  # the pattern matches the empty string
        if not _add_entries(entries, text[end:block.end()]):
            return parse_yaml(text, where)
        if block.end() == end:
            break
        end = block.end()
    if text.startswith(("-", " "), end):  # the list goes on in lines not read here
        return parse_yaml(text, where)
    try:
        data = parse_yaml(text[:at] + _PLACEHOLDER + text[end:], where)
    except YamlError:
        return parse_yaml(text, where)
    if not isinstance(data, dict) or data.get("sources") != []:
        return parse_yaml(text, where)
    data["sources"] = entries
    return data


def _add_entries(entries: list[dict[str, str]], lines: str) -> bool:
    """Add the entries of some lines of a sources list to ``entries`` (the first line
    may go on with the last entry). False if a name is one YAML reads otherwise."""
    for opens, key, value in _LINE.findall(lines):
        if (len(key) < 6 and key.lower() in _RESOLVED) or (
                len(value) < 6 and value.lower() in _RESOLVED):  # none is longer
            return False
        if opens == "- ":
            entries.append({})
        entries[-1][key] = value
    return True


def digest(data: bytes) -> str:
    """The digest of project.yaml's bytes that says whether someone changed the file."""
    return hashlib.sha1(data).hexdigest()
