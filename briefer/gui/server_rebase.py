"""When someone else changed the project's sources, excerpts or outline on the server since
this window's copy was checked out.

``workspace.write_back`` writes those parts only over the project version it read, so a
window whose copy is behind must first take the others' changes in, as a folder save
merges with what another window saved: a fresh checkout (theirs, with their sources'
files), the three-way merge of the project file's data (``io.merge``: base = what this
copy was checked out as, mine = the copy now, theirs = the fresh checkout; a part both
changed differently is the user's choice, in the folder save's dialog), this copy's own
new or changed source files carried over, and the notes as this window holds them (they
are not merged here: they are sent block by block against the versions seen, which stay).
The window then works on the fresh copy, and the write-back goes over the new version.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import psycopg
from PySide6.QtWidgets import QWidget

from briefer.db import workspace
from briefer.gui import dialogs
from briefer.gui.server_store import CHECKOUT_DIR, LocalState, new_copy, release
from briefer.io.atomic import write_atomic
from briefer.io.merge import merge
from briefer.io.project_yaml import (ORIGINALS_DIR, PROJECT_FILE, SOURCES_DIR, file_form,
                                     notes_form, project_yaml_header)
from briefer.io.sources import sidecar_path
from briefer.io.yamlutil import dump_yaml


def behind(conn: psycopg.Connection, state: LocalState) -> bool:
    """Has the project's version on the server moved past this copy's?"""
    row = conn.execute("SELECT version FROM project").fetchone()
    conn.rollback()
    return row is not None and int(row[0]) != state.checkout.version


def _files(folder: Path, entry: dict[str, Any]) -> list[Path]:
    """A source's files in a copy, relative to it: text, sidecar, original."""
    text = Path(SOURCES_DIR) / str(entry["file"])
    found = [text, sidecar_path(text)]
    if entry.get("original"):
        found.append(Path(ORIGINALS_DIR) / str(entry["original"]))
    return [f for f in found if (folder / f).exists()]


def _carry(old: Path, new: Path, entries: list[dict[str, Any]]) -> None:
    for entry in entries:
        for file in _files(old, entry):
            (new / file).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(old / file, new / file)


def rebase(conn: psycopg.Connection, state: LocalState, notes: list[dict[str, Any]],
           parent: QWidget | None) -> LocalState | None:
    """A fresh copy holding theirs and mine merged (see module notes), or None if the user
    cancelled a choice (nothing changed)."""
    old = state.checkout
    mine = workspace._state(old.folder)
    copy = new_copy(state.root.parent)
    try:
        fresh = workspace.checkout(conn, copy / CHECKOUT_DIR)
        same_notes = {"notes": mine.get("notes") or []}  # notes are not merged here
        base, theirs = {**old.data, **same_notes}, {**fresh.data, **same_notes}
        result = merge(base, mine, theirs)
        if result.conflicts:
            choices = dialogs.resolve_conflicts(parent, result.conflicts)
            if choices is None:
                release(copy, remove=True)
                return None
            result = merge(base, mine, theirs, choices)
        prints = workspace._fingerprints(old.folder, mine)
        by_id = {str(e["id"]): e for e in mine.get("sources") or []}
        _carry(old.folder, fresh.folder,
               [by_id[sid] for sid, p in prints.items() if old.sources.get(sid) != p])
        gone = [e for e in old.data.get("sources") or [] if str(e["id"]) not in by_id]
        for entry in gone:  # removed here: their files go from the fresh copy too
            for file in _files(fresh.folder, entry):
                (fresh.folder / file).unlink()
        data = notes_form(result.data)
        data["notes"] = notes  # as the window holds them now
        write_atomic(fresh.folder / PROJECT_FILE,
                     (project_yaml_header() + dump_yaml(file_form(data))).encode("utf-8"))
    except BaseException:
        release(copy, remove=True)
        raise
    moved = LocalState(copy, state.url, fresh, state.seen, state.journal, state.unsent)
    moved.save()
    return moved


def merge_note(base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any],
               parent: QWidget | None) -> dict[str, Any] | None:
    """A note whose structure both this window and someone else changed (blocks added,
    removed or moved, sections, details): merged part by part as a folder save merges
    (two paragraphs added at once are both kept, each where it was put); what both changed
    differently is the user's choice. None if the user cancelled."""
    old, ours, other = ({"notes": [note]} for note in (base, mine, theirs))
    result = merge(old, ours, other)
    if result.conflicts:
        choices = dialogs.resolve_conflicts(parent, result.conflicts)
        if choices is None:
            return None
        result = merge(old, ours, other, choices)
    notes = result.data.get("notes") or []
    return dict(notes[0]) if notes else None
