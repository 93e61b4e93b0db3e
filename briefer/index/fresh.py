"""Knowing that a project's search index is current without reading the project.

``briefer search`` used to open the whole project (every text, every sidecar)
and hash each text to learn whether the index was current: a second at 10,000
articles, for an answer the index gives in milliseconds. Instead, whoever
brings the index up to date from a loaded project *vouches* for it: it records
what the files looked like when it read them, and a later search trusts the
index while they still look so. Recorded:

- the folder stamp: the modification time and inode of the folder holding the
  sources (``sources/``, or a plain folder itself) — any file added, removed or
  replaced changes it, and Briefer writes every file by renaming a finished one
  into place — and, for a project, a hash of ``project.yaml`` up to the end of
  its list of sources (a new excerpt or a note edit does not touch it), with that
  file's own stamp (modification time, size, inode): while it is unchanged, a search
  takes the recorded hash rather than read the file again (9 ms at 100,000 sources);
- each source's text and sidecar file (modification time, size), checked for
  every source a search shows: its offsets and snippet always come from the
  text on disk.

What this does not see: a source that is not shown, rewritten in place by
another program (its folder unchanged). Any change through Briefer, a file
added, removed or saved by renaming, and anything shown are all caught; then
the search loads the project and updates the index first, as it always did.
Writing rows into the index (the app's update, say) withdraws the vouching
(``fts``), so only a reader of the files ever vouches.

The warnings the load printed (a file read as cp1252, a missing source) are
kept with the stamp and printed again, so the fast answer says what the slow
one said.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import stat as stat_kind
from collections.abc import Iterable, Mapping
from pathlib import Path

from briefer.index.fts import FOLDER_STAMP, SearchIndex
from briefer.index.paths import index_paths

TYPE_CHECKING = False  # as typing's: ``briefer search`` starts without importing typing
if TYPE_CHECKING:  # kept out of the import: ``briefer search`` starts without the core
    from typing import Any

    from briefer.core.project import Project

# the names ``briefer.io.project_yaml`` gives (not imported: it loads the whole core)
PROJECT_FILE = "project.yaml"
SOURCES_DIR = "sources"
CACHE_DIR = ".briefer"
JOURNAL_PREFIX = "journal-"  # a save or import half done (``briefer.io.journal``)
WARNINGS = "load-warnings"  # meta key: what loading the project warned about
OPENED = "{what} when the project was opened."  # tidying's warnings: said once, not kept

_SOURCES_KEY = re.compile(rb"^sources:", re.M)
_TOP_LEVEL = re.compile(rb"^[^\s#-]", re.M)

FileStamp = tuple[int, int]  # (modification time in ns, size)


def is_project(folder: Path) -> bool:
    """A project folder (else a plain folder of sources, opened read-only)."""
    return (folder / PROJECT_FILE).is_file()


def source_folder(folder: Path) -> Path:
    """Where the source files of the project or plain folder ``folder`` are."""
    return folder / SOURCES_DIR if is_project(folder) else folder


def folder_stamp(folder: Path) -> str | None:
    """The state of ``folder`` as a search sees it, or None when nothing can be trusted
    (unreadable, or a save left half done that opening the project would repair).

    A project's stamp ends with ``project.yaml``'s own stamp, which says when the hash
    before it may be taken as it is (``present_stamp``); two stamps tell the same state
    whatever that last part (``same_state``)."""
    try:
        if is_project(folder):
            if _half_saved(folder):
                return None
            # taken before reading: a change made while it is read shows in it
            file = _file_key(os.stat(folder / PROJECT_FILE))
            head = _sources_part((folder / PROJECT_FILE).read_bytes())
            listing = os.stat(folder / SOURCES_DIR)
            from hashlib import blake2b  # only when the file is read (not for a search)

            digest = blake2b(head, digest_size=16).hexdigest()
            return json.dumps(["project", listing.st_mtime_ns, listing.st_ino, digest, file])
        listing = os.stat(folder)
        return json.dumps(["folder", listing.st_mtime_ns, listing.st_ino])
    except OSError:
        return None


def present_stamp(folder: Path, recorded: str | None) -> str | None:
    """``folder_stamp(folder)``, without reading ``project.yaml`` when its own stamp is the
    one ``recorded`` (an earlier stamp) ends with: the file is as it was hashed then."""
    try:
        value = json.loads(recorded) if recorded else None
        if not (isinstance(value, list) and len(value) == 5 and value[0] == "project"):
            return folder_stamp(folder)
        file = os.stat(folder / PROJECT_FILE)
        if not stat_kind.S_ISREG(file.st_mode) or _file_key(file) != value[4] \
                or _half_saved(folder):
            return folder_stamp(folder)
        listing = os.stat(folder / SOURCES_DIR)
    except (OSError, ValueError):
        return folder_stamp(folder)
    return json.dumps(["project", listing.st_mtime_ns, listing.st_ino, value[3], value[4]])


def same_state(one: str | None, other: str | None) -> bool:
    """Whether two stamps (``folder_stamp``) tell the same state of a folder: a
    ``project.yaml`` saved again with the same sources (a note edited) leaves it."""
    return one is not None and other is not None and _state(one) == _state(other)


def _state(stamp: str) -> object:
    try:
        value = json.loads(stamp)
    except ValueError:
        return stamp
    return value[:4] if isinstance(value, list) and value[:1] == ["project"] else value


def _file_key(stat: os.stat_result) -> list[int]:
    return [stat.st_mtime_ns, stat.st_size, stat.st_ino]


def _half_saved(folder: Path) -> bool:
    """A save or import left half done (its journal), which opening the project repairs."""
    cache = folder / CACHE_DIR
    return cache.is_dir() and any(n.startswith(JOURNAL_PREFIX) for n in os.listdir(cache))


def _sources_part(raw: bytes) -> bytes:
    """``project.yaml`` from its start to the end of its list of sources (the whole file
    when that list is not where a saved project has it)."""
    found = _SOURCES_KEY.search(raw)
    if found is None:
        return raw
    # Briefer writes the outline next: found with a plain search (5 ms in the 6 MB file
    # of 100,000 sources, where the pattern below took 28); a file laid out otherwise is
    # cut at its next top-level key (the part taken may only hold more than the sources)
    outline = raw.find(b"\noutline:", found.end())
    if outline >= 0:
        return raw[:outline + 1]
    after = _TOP_LEVEL.search(raw, found.end())
    return raw[:after.start()] if after else raw


def file_stamps(folder: Path) -> dict[str, FileStamp]:
    """Name -> (mtime, size) of every file beside the sources, in one listing."""
    stamps: dict[str, FileStamp] = {}
    try:
        with os.scandir(source_folder(folder)) as entries:
            for entry in entries:
                try:
                    stat = entry.stat()
                except OSError:
                    continue
                stamps[entry.name] = (stat.st_mtime_ns, stat.st_size)
    except OSError:
        pass
    return stamps


def _sidecar_name(filename: str) -> str:
    return str(Path(filename).with_suffix(".yaml"))


def vouch(index: SearchIndex, stamp: str, warnings: Iterable[str],
          files: Mapping[str, str], before: Mapping[str, FileStamp]) -> None:
    """Record that ``index`` holds the sources as they were at ``stamp``.

    ``files``: source id -> its text's file name; ``before``: the files' stamps
    taken before the project was read (a file changed while it was read will
    not match them, and the next search reads it again).
    """
    rows = []
    for source_id, name in files.items():
        text = before.get(name)
        if text is None:
            continue  # not where a search will look for it: never vouched for
        rows.append((source_id, json.dumps([name, text, before.get(_sidecar_name(name))])))
    conn = index._conn
    if conn is None:
        return
    with index._lock:
        conn.execute("BEGIN")
        try:
            conn.execute("DELETE FROM stamps")
            conn.executemany("INSERT INTO stamps VALUES (?, ?)", rows)
            conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                             [(FOLDER_STAMP, stamp), (WARNINGS, json.dumps(list(warnings)))])
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


def vouched(index: SearchIndex, stamp: str | None) -> list[str] | None:
    """The warnings to repeat if ``index`` was vouched for at ``stamp``, else None."""
    meta = _meta(index)
    if meta is None or not same_state(meta.get(FOLDER_STAMP), stamp):
        return None
    try:
        warnings: Any = json.loads(meta.get(WARNINGS, "[]"))
    except ValueError:
        return None
    return [str(w) for w in warnings] if isinstance(warnings, list) else None


def unchanged(index: SearchIndex, folder: Path, source_ids: Iterable[str]) -> bool:
    """Whether the files of these sources are as they were when the index was vouched."""
    ids = list(dict.fromkeys(source_ids))
    if index._conn is None:
        return False
    if not ids:
        return True
    with index._lock:
        found = dict(index._conn.execute(
            f"SELECT source_id, files FROM stamps WHERE source_id IN ({','.join('?' * len(ids))})",
            ids))
    base = source_folder(folder)
    for source_id in ids:
        try:
            name, text, side = json.loads(found[source_id])
        except (KeyError, ValueError, TypeError):
            return False
        if _stamp_of(base / name) != _listed(text) \
                or _stamp_of(base / _sidecar_name(name)) != _listed(side):
            return False
    return True


def _meta(index: SearchIndex) -> dict[str, str] | None:
    """The stamp and warnings an index was vouched for with (None: a scan, no file)."""
    if index._conn is None:
        return None
    with index._lock:
        return dict(index._conn.execute("SELECT key, value FROM meta WHERE key IN (?, ?)",
                                        (FOLDER_STAMP, WARNINGS)))


def _listed(value: Any) -> FileStamp | None:
    return (int(value[0]), int(value[1])) if isinstance(value, list) and len(value) == 2 else None


def _stamp_of(path: Path) -> FileStamp | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return (stat.st_mtime_ns, stat.st_size)


def index_file(folder: Path) -> Path | None:
    """The index file a search of ``folder`` uses, if there is one."""
    path = next((p for p in index_paths(folder, not is_project(folder))
                 if os.access(p.parent, os.W_OK)), None)
    return path if path is not None and path.is_file() else None


def vouched_index(folder: Path) -> tuple[Path, list[str]] | None:
    """``folder``'s index file and the warnings to repeat, if it is vouched for at the
    folder's present state (else None: the project must be read first)."""
    found = open_vouched(folder)
    if found is None:
        return None
    index, warnings = found
    index.close()
    return Path(index.db_path), warnings


def open_vouched(folder: Path) -> tuple[SearchIndex, list[str]] | None:
    """``folder``'s index, open, and the warnings to repeat, if it is vouched for at the
    folder's present state (else None: the project must be read first). The index is
    opened once, and ``project.yaml`` read only when it changed since (``present_stamp``)."""
    path = index_file(folder) if folder.is_dir() else None
    if path is None:
        return None
    index = SearchIndex(path)
    try:
        recorded = (_meta(index) or {}).get(FOLDER_STAMP)
        stamp = present_stamp(folder, recorded)
        warnings = vouched(index, stamp)
        if warnings is not None and stamp != recorded:
            _restamp(index, recorded, stamp)
    except BaseException:
        index.close()
        raise
    if warnings is None:
        index.close()
        return None
    return index, warnings


def _restamp(index: SearchIndex, recorded: str | None, stamp: str | None) -> None:
    """Record ``stamp``, the same state as the ``recorded`` one but for ``project.yaml``'s
    own stamp (saved again, or vouched for before it was kept), so that the next search
    need not read the file. Only over that very stamp (rows written since withdrew it),
    and never waiting for a writer: it is only a shortcut."""
    conn = index._conn
    if conn is None or recorded is None or stamp is None:
        return
    with index._lock:
        try:
            conn.execute("PRAGMA busy_timeout = 0")
            conn.execute("UPDATE meta SET value = ? WHERE key = ? AND value = ?",
                         (stamp, FOLDER_STAMP, recorded))
        except sqlite3.Error:
            pass
        finally:
            conn.execute("PRAGMA busy_timeout = 5000")


def may_vouch(index: SearchIndex, project: Project, stamp: str | None) -> bool:
    """Whether ``index``, just brought up to date from ``project`` read when its folder
    was at ``stamp``, may be vouched for: a file index, a project that opening did not
    tidy (its files changed as it was read), its folder still as it was."""
    return (stamp is not None and index.db_path != ":memory:" and bool(project.path)
            and not any(getattr(w, "template", None) == OPENED for w in project.warnings)
            and same_state(folder_stamp(Path(project.path)), stamp))


def vouch_for(index: SearchIndex, project: Project) -> bool:
    """After the app brought ``index`` up to date from ``project``: vouch for it, as
    ``briefer search`` does, for the sources whose files are still as they were when the
    project was read (``Source.file_stamp``; a text read whole at opening has none, and
    a search showing it reads the project first). True when vouched."""
    stamp = project.opened_stamp
    if not may_vouch(index, project, stamp):
        return False
    assert stamp is not None and project.path
    before = file_stamps(Path(project.path))
    files = {s.id: s.filename for s in project.sources.values()
             if s.filename and s.file_stamp is not None
             and before.get(s.filename) == s.file_stamp}
    vouch(index, stamp, [str(w) for w in project.warnings], files, before)
    return True
