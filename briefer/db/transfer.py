"""Copying a whole project between a folder and a database, both ways, without loss.

What is copied is what the folder's own loader and writer name — ``project_to_dict`` (the
project.yaml data: sources list, outline, excerpts, notes, anything else it holds) and each
source's text, file bytes, sidecar metadata and original — so a part added to project.yaml
later is carried too (unknown top-level keys travel in ``project.extra``). A source's file
is kept byte for byte: its bytes are stored beside the text when they are not that text in
UTF-8. Each copy is one step: a push is one transaction; a pull builds the folder beside its
place and renames it in.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from briefer.db import schema
from briefer.db.connect import DbError
from briefer.index.french import language_of
from briefer.core.excerpt import Excerpt
from briefer.core.messages import Message
from briefer.core.note import BriefingNote
from briefer.core.outline import Outline
from briefer.core.source import SourceMeta
from briefer.io.atomic import write_atomic
from briefer.io.paths import UnsafePath, inside
from briefer.io.project_file import load_project
from briefer.io.project_yaml import (
    ORIGINALS_DIR,
    PROJECT_FILE,
    SOURCES_DIR,
    file_form,
    notes_form,
    project_to_dict,
    project_yaml_header,
)
from briefer.io.sources import sidecar_path
from briefer.io.yamlutil import dump_yaml

KNOWN = {"format", "version", "name", "citation_style", "sources", "outline", "excerpts",
          "notes"}
_NOTE_KNOWN = {"id", "name", "meta", "template", "sections"}
ROWS_A_STATEMENT = 500  # sources written by one INSERT (see ``push_sources``)
BYTES_A_STATEMENT = 32_000_000
_TABLES = ("block_edits", "note_blocks", "note_sections", "notes", "excerpts", "sources", "project")


def holds_project(conn: psycopg.Connection) -> bool:
    row = conn.execute("SELECT EXISTS (SELECT 1 FROM project)").fetchone()
    return bool(row and row[0])


def push(folder: Path, conn: psycopg.Connection, *, replace: bool = False) -> int:
    """Copy the project folder into the database (one transaction); returns the number of
    sources. A database already holding a project is refused unless ``replace``."""
    project = load_project(folder, outline=False)  # the outline as saved, not redrawn
    if project.read_only:
        raise DbError("{folder} is a plain folder of sources, not a project; create one with: "
                      "briefer new PROJECT --from {folder}", folder=folder)
    root = Path(project.path)
    data = notes_form(project_to_dict(project))
    schema.check(conn)
    conn.rollback()  # the copy below is one transaction of its own, not a savepoint
    try:
        with conn.transaction():
            if holds_project(conn):
                if not replace:
                    raise DbError("The database already holds a project; nothing was "
                                  "changed (use --replace to overwrite it).")
                for table in _TABLES:
                    conn.execute(f"DELETE FROM {table}")
            conn.execute(
                "INSERT INTO project (name, citation_style, format_version, extra, outline) "
                "VALUES (%s, %s, %s, %s, %s)",
                (data.get("name") or root.name, data.get("citation_style") or "chicago",
                 int(data.get("version") or 1),
                 Jsonb({k: v for k, v in data.items() if k not in KNOWN}),
                 Jsonb(data.get("outline") or {})))
            push_sources(conn, project, root, data.get("sources") or [])
            push_excerpts(conn, data.get("excerpts") or [])
            _push_notes(conn, data.get("notes") or [])
    except psycopg.Error as exc:
        raise DbError("The project could not be copied to the database ({reason}); nothing "
                      "was changed.", reason=str(exc).strip().splitlines()[0]) from exc
    return len(project.sources)


def _chunks(rows: list[tuple[Any, ...]]) -> list[list[tuple[Any, ...]]]:
    """Rows in runs of at most ``ROWS_A_STATEMENT`` rows and about ``BYTES_A_STATEMENT``
    of text, file and original (an original may be megabytes)."""
    chunks: list[list[tuple[Any, ...]]] = [[]]
    size = 0
    for row in rows:
        weight = sum(len(v) for v in (row[5], row[6], row[9]) if v)
        if chunks[-1] and (len(chunks[-1]) >= ROWS_A_STATEMENT
                           or size + weight > BYTES_A_STATEMENT):
            chunks.append([])
            size = 0
        chunks[-1].append(row)
        size += weight
    return [chunk for chunk in chunks if chunk]


def push_sources(conn: psycopg.Connection, project: Any, root: Path,
                  entries: list[dict[str, Any]], only: set[str] | None = None) -> None:
    """Insert the sources (``only`` these ids, replacing any stored row of the same id)."""
    rows = []
    for position, entry in enumerate(entries):
        sid, name = str(entry["id"]), str(entry["file"])
        if only is not None and sid not in only:
            continue
        source = project.sources.get(sid)
        text = file_bytes = original = None
        meta: dict[str, Any] = {}
        language = "en"
        if source is not None:
            text = source.text
            raw = (root / SOURCES_DIR / name).read_bytes()
            file_bytes = None if raw == text.encode("utf-8") else raw
            meta = source.meta.to_csl(sid)
            language = language_of(source.meta.language, source.meta.title, text)
        original_name = str(entry.get("original") or "") or None
        if original_name and (root / ORIGINALS_DIR / original_name).is_file():
            original = (root / ORIGINALS_DIR / original_name).read_bytes()
        rows.append((sid, position, Jsonb(entry), str(entry.get("kind") or "article"), name,
                     text, file_bytes, Jsonb(meta), original_name, original, language))
    # many rows a statement: the word list's triggers (migration 7) then run once for
    # them all, not once a source (a word's row updated 10,000 times in one transaction
    # leaves a chain of versions every later update walks)
    for chunk in _chunks(rows):
        conn.execute(
            "INSERT INTO sources (id, position, entry, kind, file_name, text, file_bytes, meta,"
            " original_name, original, language) VALUES "
            + ", ".join(["(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"] * len(chunk))
            + " ON CONFLICT (id) DO UPDATE SET position = EXCLUDED.position, "
            "entry = EXCLUDED.entry, kind = EXCLUDED.kind, file_name = EXCLUDED.file_name, "
            "text = EXCLUDED.text, file_bytes = EXCLUDED.file_bytes, meta = EXCLUDED.meta, "
            "original_name = EXCLUDED.original_name, original = EXCLUDED.original, "
            "language = EXCLUDED.language", [value for row in chunk for value in row])


def push_excerpts(conn: psycopg.Connection, excerpts: list[dict[str, Any]]) -> None:
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO excerpts (id, position, source_id, data) VALUES (%s, %s, %s, %s)",
            [(str(e["id"]), i, str(e.get("source") or ""), Jsonb(e))
             for i, e in enumerate(excerpts)])


def _push_notes(conn: psycopg.Connection, notes: list[dict[str, Any]]) -> None:
    with conn.cursor() as cur:
        for n, note in enumerate(notes):
            nid = str(note["id"])
            cur.execute(
                "INSERT INTO notes (id, position, name, template, meta, extra) "
                "VALUES (%s, %s, %s, %s, %s, %s)",
                (nid, n, str(note.get("name") or ""), str(note.get("template") or ""),
                 Jsonb(note.get("meta") or {}),
                 Jsonb({k: v for k, v in note.items() if k not in _NOTE_KNOWN})))
            for s, section in enumerate(note.get("sections") or []):
                cur.execute("INSERT INTO note_sections (note_id, id, position, data) "
                            "VALUES (%s, %s, %s, %s)",
                            (nid, str(section["id"]), s,
                             Jsonb({k: v for k, v in section.items() if k != "blocks"})))
                cur.executemany(
                    "INSERT INTO note_blocks (note_id, section_id, id, position, data) "
                    "VALUES (%s, %s, %s, %s, %s)",
                    [(nid, str(section["id"]), str(b["id"]), i, Jsonb(b))
                     for i, b in enumerate(section.get("blocks") or [])])


# -- pull --------------------------------------------------------------------------------

_ENTRY_ORDER = ("id", "file", "kind", "original")


def _ordered(raw: Any, made: Any) -> Any:
    """``made`` (the value rebuilt by its class, keys in the order Briefer writes them) when
    it is the same data as ``raw``, else ``raw`` as it is. jsonb keeps no key order: without
    this a pulled project.yaml would hold the same data in a shuffled order."""
    return made if made == raw else raw


def _canonical(data: dict[str, Any]) -> dict[str, Any]:
    """The project data with each part's keys in the order ``project_to_dict`` gives."""
    def entry(e: dict[str, Any]) -> dict[str, Any]:
        return {**{k: e[k] for k in _ENTRY_ORDER if k in e},
                **{k: v for k, v in e.items() if k not in _ENTRY_ORDER}}

    def note(n: dict[str, Any]) -> dict[str, Any]:
        head = {"id": n["id"], **({"name": n["name"]} if n.get("name") else {})}
        rest = {k: v for k, v in n.items() if k not in ("id", "name")}
        try:
            return {**head, **_ordered(rest, BriefingNote.from_dict(rest).to_dict())}
        except (KeyError, TypeError, ValueError):
            return {**head, **rest}

    def excerpt(e: dict[str, Any]) -> Any:
        try:
            return _ordered(e, Excerpt.from_dict(e).to_dict())
        except (KeyError, TypeError, ValueError):
            return e

    try:
        outline = _ordered(data["outline"], Outline.from_dict(data["outline"]).to_dict())
    except (KeyError, TypeError, ValueError):
        outline = data["outline"]
    return {**data, "sources": [entry(e) for e in data["sources"]], "outline": outline,
            "excerpts": [excerpt(e) for e in data["excerpts"]],
            "notes": [note(n) for n in data["notes"]]}


def project_data(conn: psycopg.Connection) -> dict[str, Any]:
    """The project.yaml data the database holds (as ``project_to_dict`` gives it)."""
    row = conn.execute("SELECT name, citation_style, format_version, extra, outline "
                       "FROM project").fetchone()
    if row is None:
        raise DbError("The database holds no project yet; copy one in with: "
                      "briefer push FOLDER URL")
    name, style, version, extra, outline = row
    sections: dict[str, list[dict[str, Any]]] = {}
    blocks: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for nid, sid, block in conn.execute("SELECT note_id, section_id, data FROM note_blocks "
                                        "ORDER BY note_id, section_id, position"):
        blocks.setdefault((nid, sid), []).append(block)
    for nid, sid, section in conn.execute("SELECT note_id, id, data FROM note_sections "
                                          "ORDER BY note_id, position"):
        sections.setdefault(nid, []).append({**section, "blocks": blocks.get((nid, sid), [])})
    notes = []
    for nid, nname, template, meta, note_extra in conn.execute(
            "SELECT id, name, template, meta, extra FROM notes ORDER BY position"):
        notes.append({"id": nid, **({"name": nname} if nname else {}), "meta": meta,
                      "template": template, "sections": sections.get(nid, []), **note_extra})
    data = {"format": "briefer-project", "version": version, "name": name,
            "citation_style": style,
            "sources": [e for (e,) in conn.execute("SELECT entry FROM sources "
                                                   "ORDER BY position")],
            "outline": outline,
            "excerpts": [e for (e,) in conn.execute("SELECT data FROM excerpts "
                                                    "ORDER BY position")],
            "notes": notes}
    data.update(extra)
    return file_form(_canonical(data))


def pull(conn: psycopg.Connection, folder: Path) -> int:
    """Write the database's project into a new (or empty) folder; returns the number of
    sources written. Nothing is left half written: the folder appears whole or not at all."""
    return pull_versioned(conn, folder)[0]


def pull_versioned(conn: psycopg.Connection, folder: Path) -> tuple[int, int]:
    """``pull``, also returning the project's version read in the same snapshot (what a
    write-back is checked against)."""
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise DbError("{folder} exists and is not empty; choose a new folder so nothing there "
                      "is overwritten.", folder=folder)
    schema.check(conn)
    conn.rollback()  # end the check's transaction: the copy reads one snapshot of its own
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    with conn.transaction():
        data = project_data(conn)
        row = conn.execute("SELECT version FROM project").fetchone()
        version = int(row[0]) if row else 1
        folder.parent.mkdir(parents=True, exist_ok=True)
        build = Path(tempfile.mkdtemp(prefix=f".{folder.name}.partial-", dir=folder.parent))
        try:
            count = _write_sources(conn, build)
            write_atomic(build / PROJECT_FILE,
                         (project_yaml_header() + dump_yaml(data)).encode("utf-8"))
            if folder.exists():
                folder.rmdir()
            os.rename(build, folder)
        finally:
            if build.exists():
                shutil.rmtree(build, ignore_errors=True)
    return count, version


def _write_sources(conn: psycopg.Connection, build: Path) -> int:
    (build / SOURCES_DIR).mkdir()
    count = 0
    with conn.cursor(name="sources") as cur:  # server-side: one source in memory at a time
        cur.execute("SELECT id, file_name, text, file_bytes, meta, original_name, original "
                    "FROM sources ORDER BY position")
        for sid, name, text, file_bytes, meta, original_name, original in cur:
            try:  # names written by anyone with access to the database: plain names only
                file = inside(build / SOURCES_DIR, name, Message("Source file"))
                if original_name and original is not None:
                    (build / ORIGINALS_DIR).mkdir(exist_ok=True)
                    write_atomic(inside(build / ORIGINALS_DIR, original_name,
                                        Message("Original file")), bytes(original),
                                 durable=False)
            except UnsafePath as exc:
                raise DbError("{problem}; nothing was written.", problem=exc) from exc
            if text is None:
                continue  # listed but missing in the pushed folder: missing here too
            write_atomic(file, bytes(file_bytes) if file_bytes is not None
                         else text.encode("utf-8"), durable=False)
            meta = _ordered(meta, SourceMeta.from_csl(meta).to_csl(sid))
            write_atomic(sidecar_path(file), dump_yaml(meta).encode("utf-8"), durable=False)
            count += 1
    return count
