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
All of it but the user's choice runs on a worker (``server_take``).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import psycopg
from PySide6.QtWidgets import QWidget

from briefer.db import workspace
from briefer.gui import dialogs
from briefer.gui.server_store import CHECKOUT_DIR, new_copy, release
from briefer.io.atomic import write_atomic
from briefer.io.merge import MergeResult, merge
from briefer.io.project_yaml import (ORIGINALS_DIR, PROJECT_FILE, SOURCES_DIR, file_form,
                                     notes_form, project_yaml_header)
from briefer.io.sources import sidecar_path
from briefer.io.yamlutil import dump_yaml


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


def fresh_copy(conn: psycopg.Connection, root: Path) -> tuple[Path, workspace.Checkout]:
    """A new copy's folder beside the others in ``root`` and the project checked out into
    it. Runs on any thread (``server_take`` runs it on a worker, with its own connection);
    on failure nothing is left behind."""
    copy = new_copy(root)
    try:
        return copy, workspace.checkout(conn, copy / CHECKOUT_DIR)
    except BaseException:
        release(copy, remove=True)
        raise


def merged(old: workspace.Checkout, mine: dict[str, Any], fresh: workspace.Checkout,
           choices: dict[str, str] | None = None) -> MergeResult:
    """The three-way merge of the project's data (base: the checkout this copy was made
    from, mine: the copy now, theirs: the fresh checkout); the notes are left as mine."""
    same_notes = {"notes": mine.get("notes") or []}  # notes are not merged here
    base, theirs = {**old.data, **same_notes}, {**fresh.data, **same_notes}
    return merge(base, mine, theirs, choices)


def complete(old: workspace.Checkout, mine: dict[str, Any], fresh: workspace.Checkout,
             data: dict[str, Any], notes: list[dict[str, Any]]) -> None:
    """Make the fresh copy hold the merge: this copy's own new or changed source files
    carried over, the files of sources removed here removed there too, and its project
    file written with the merged ``data`` and ``notes`` (as the window holds them). Touches
    only the fresh copy's folder (and reads this one's), so it may run on a worker."""
    prints = workspace._fingerprints(old.folder, mine)
    by_id = {str(e["id"]): e for e in mine.get("sources") or []}
    _carry(old.folder, fresh.folder,
           [by_id[sid] for sid, p in prints.items() if old.sources.get(sid) != p])
    gone = [e for e in old.data.get("sources") or [] if str(e["id"]) not in by_id]
    for entry in gone:  # removed here: their files go from the fresh copy too
        for file in _files(fresh.folder, entry):
            (fresh.folder / file).unlink()
    data = notes_form(data)
    data["notes"] = notes
    write_atomic(fresh.folder / PROJECT_FILE,
                 (project_yaml_header() + dump_yaml(file_form(data))).encode("utf-8"))


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
