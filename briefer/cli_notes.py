"""The project's notes on the command line: ``--note NAME`` and ``briefer notes``.

Commands that act on a note (draft, excerpt, check, export) take ``--note NAME``
(the name in the app's list of notes, the note's subject, or its id); without it
they act on the project's first note, as a project with one note always did.
``briefer notes PROJECT`` lists the notes and adds, renames or deletes one — the
same edits the app makes (``core.note_edits``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from briefer.core.messages import UserError
from briefer.core.note_edits import SetNoteName, add_note, delete_note, find_note
from briefer.core.project import Project
from briefer.io.project_file import save_project
from briefer.io.templates import load_template


class NoteNotFound(UserError):
    """``--note NAME`` names no note of the project."""


def add_note_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--note", default=None, metavar="NAME",
                        help="which of the project's notes (its name, subject or id; "
                             "default: the first; see `briefer notes`)")


def pick_note(project: Project, name: str | None) -> None:
    """Make the note called ``name`` the one the command acts on."""
    if name is None:
        return
    found = find_note(project, name)
    if found is None:
        raise NoteNotFound("no note named {name!r} in this project; its notes: {names}",
                           name=name, names=", ".join(_label(project, n)
                                                      for n in project.notes))
    project.current_note = found


def _label(project: Project, note_id: str) -> str:
    note = project.notes[note_id]
    return note.name or note.meta.subject or note_id


def add_parser(sub: Any, project_help: str) -> None:
    p = sub.add_parser("notes", help="list the project's notes; add, rename or delete one")
    p.add_argument("project", type=Path, help=project_help)
    p.add_argument("--new", default=None, metavar="NAME", help="add a note called NAME")
    p.add_argument("--template", default=None,
                   help="the new note's template (name or YAML file; default: the first "
                        "note's)")
    p.add_argument("--rename", nargs=2, default=None, metavar=("NAME", "NEW_NAME"),
                   help="rename a note")
    p.add_argument("--delete", default=None, metavar="NAME", help="delete a note (its "
                   "excerpts stay in the project)")
    p.add_argument("--json", action="store_true", help="machine-readable output")


def run_notes(args: argparse.Namespace, project: Project) -> None:
    changed = ""
    if args.new is not None:
        first = next(iter(project.notes.values()))
        template = load_template(args.template or first.template or "briefing-note")
        note = template.new_note()
        note.meta.language = first.meta.language
        edit, _ = add_note(project, note, " ".join(args.new.split()))
        edit.apply(project)
        changed = f"Added the note {args.new!r}."
    elif args.rename is not None:
        old, new = args.rename
        pick_note(project, old)
        SetNoteName(project.current_note, " ".join(new.split())).apply(project)
        changed = f"Renamed the note {old!r} to {new!r}."
    elif args.delete is not None:
        pick_note(project, args.delete)
        try:
            delete_note(project, project.current_note).apply(project)
        except ValueError as exc:
            raise NoteNotFound("{name!r} is the project's only note; a project keeps one",
                               name=args.delete) from exc
        changed = f"Deleted the note {args.delete!r}."
    if changed:
        if project.read_only:
            raise NoteNotFound("{folder} is a plain folder of sources; create a project "
                               "with `briefer new` to keep notes", folder=project.path)
        save_project(project)
    rows = [{"id": nid, "name": note.name, "subject": note.meta.subject,
             "template": note.template,
             "blocks": sum(len(s.blocks) for s in note.sections),
             "excerpts": len(note.excerpt_blocks())} for nid, note in project.notes.items()]
    if args.json:
        print(json.dumps({"notes": rows}, ensure_ascii=False, indent=2))
        return
    if changed:
        print(changed)
    for row in rows:
        label = row["name"] or row["subject"] or "(untitled)"
        print(f"{label}  [{row['id']}]  {row['template']}, {row['blocks']} blocks, "
              f"{row['excerpts']} excerpts")
