"""The heavy part of taking a colleague's project changes in, on a worker.

A fresh checkout downloads every source; at 10,000 sources that, the copying, the merge,
writing the fresh copy's project file and loading it take seconds. ``take_work`` does all
of it off the window's thread, on a connection of its own (a psycopg connection is not
shared across threads), and hands back a loaded ``Project``; the window's thread only
checks that nothing of the user's moved meanwhile and swaps it in (``server_project``).

The worker reads the window's project only through a snapshot taken on the window's
thread (``project_to_dict``, a few milliseconds at 10,000 sources) and the copy on disk;
it writes only the new copy's folder, which nothing else knows of until the swap.

A large project's save whose copy is behind merges the same way (``saving``): its own
changes are merged with theirs, and where both changed a part differently the job stops
with the ``conflicts``; the window's thread asks the user, and ``finish_work`` ends it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from briefer.core.project import Project
from briefer.db import workspace
from briefer.db.connect import connect
from briefer.gui.search_builder import load_stamped
from briefer.gui.server_rebase import complete, fresh_copy, merged
from briefer.gui.server_store import READY_FILE, checkout_json, release, write_state
from briefer.gui.workers import Cancelled
from briefer.io.lazy_sources import no_collections

_NOT_SENT = ("sources", "notes", "version")  # a write-back's parts are the others, sources apart


def rest(data: dict[str, Any]) -> dict[str, Any]:
    """The parts a project write-back sends: all but the notes (and the file format's
    version, which follows the number of notes)."""
    return {k: v for k, v in data.items() if k not in ("notes", "version")}


def own_changes(checkout: workspace.Checkout, data: dict[str, Any],
                here: dict[str, Any]) -> bool:
    """Has this window changed sources, excerpts or outline since ``checkout``: in its
    copy (``data``, as read from it; saved, not yet written back: the files are read and
    hashed, so a worker's job at 10,000 sources) or in memory (``here``: the project's
    data, not yet saved)?"""
    if workspace._fingerprints(checkout.folder, data) != checkout.sources:
        return True
    if {k: v for k, v in data.items() if k not in _NOT_SENT} != \
            {k: v for k, v in checkout.data.items() if k not in _NOT_SENT}:
        return True
    return rest(here) != rest(data)


def snapshot(checkout: workspace.Checkout) -> workspace.Checkout:
    """A copy of ``checkout`` the worker may read while the window's thread goes on
    changing the original (excerpts fetched for a colleague's quotation are added to its
    data): the containers copied, their entries shared (they are replaced, never changed
    in place)."""
    data = {k: list(v) if isinstance(v, list) else v for k, v in checkout.data.items()}
    return workspace.Checkout(checkout.folder, checkout.version, data,
                              dict(checkout.sources), checkout.notes)


@dataclass
class Taken:
    """What a take-in made: nothing (``own``: this window has changes of those kinds, the
    next save merges them), a fresh copy with the merged project loaded from it, or (a
    save's merge) a fresh copy whose merge needs the user's choices (``conflicts``)."""

    own: bool = False
    copy: Path | None = None
    fresh: workspace.Checkout | None = None
    project: Project | None = None
    same: bool = False  # nothing this role sees changed: the copy is not needed
    notes: list[dict[str, Any]] = field(default_factory=list)  # as written into the copy
    checkout_text: str | None = None  # the fresh checkout's part of the state file
    mine: dict[str, Any] = field(default_factory=dict)  # the copy's data, as merged
    conflicts: list[Any] = field(default_factory=list)  # parts both changed differently
    seen_text: str = ""  # the window's ``LocalState.seen_text`` when it asked

    def drop(self) -> None:
        """The fresh copy is not used: it goes."""
        if self.copy is not None:
            release(self.copy, remove=True)
            self.copy = None


Job = Callable[[Any, Callable[[], bool]], Taken]
_T = TypeVar("_T")


def uncollected(work: Callable[[Any, Callable[[], bool]], _T]
                ) -> Callable[[Any, Callable[[], bool]], _T]:
    """A worker's job run with Python's garbage collector held off (``no_collections``):
    a take-in or a save of 10,000 sources makes hundreds of thousands of objects, and
    the full collections their number set off on the worker (80-260 ms each, measured)
    hold every thread, the window's too."""

    def run(progress: Any, cancelled: Callable[[], bool]) -> _T:
        with no_collections():
            return work(progress, cancelled)

    return run


def take_work(url: str, root: Path, old: workspace.Checkout, here: dict[str, Any],
              seen_text: str, *, saving: bool = False) -> Job:
    """The job for a ``TaskRunner``: see module notes. ``old`` is a ``snapshot`` of the
    copy's checkout, ``here`` the window's project data when it was asked, ``seen_text``
    its state's (for the new copy's state file, written ahead here). ``saving``: a
    save's merge, whose copy holds changes of its own (saved: ``here`` is what the copy
    holds); else a colleague's changes, taken in only when the window has none."""

    def work(_progress: Any, cancelled: Callable[[], bool]) -> Taken:
        mine = workspace._state(old.folder)
        if rest(here) != rest(mine) if saving else own_changes(old, mine, here):
            return Taken(own=True)
        conn = connect(url)
        try:
            copy, fresh = fresh_copy(conn, root)
        finally:
            conn.close()
        taken = Taken(copy=copy, fresh=fresh, notes=list(here.get("notes") or []),
                      mine=mine, seen_text=seen_text)
        try:
            if cancelled():
                raise Cancelled()
            if not saving and fresh.sources == old.sources \
                    and rest(fresh.data) == rest(old.data):
                taken.same = True
                return taken
            result = merged(old, mine, fresh)
            if result.conflicts:
                if not saving:  # a change of this window's after all: the save asks
                    taken.drop()
                    return Taken(own=True)
                taken.conflicts = result.conflicts  # the user chooses, then ``finish_work``
                return taken
            _finish(taken, old, result.data, cancelled)
        except BaseException:
            taken.drop()
            raise
        return taken

    return uncollected(work)


def finish_work(taken: Taken, old: workspace.Checkout, choices: dict[str, str]) -> Job:
    """The job that ends a save's merge once the user chose where both changed."""

    def work(_progress: Any, cancelled: Callable[[], bool]) -> Taken:
        assert taken.fresh is not None
        try:
            _finish(taken, old, merged(old, taken.mine, taken.fresh, choices).data,
                    cancelled)
        except BaseException:
            taken.drop()
            raise
        taken.conflicts = []
        return taken

    return uncollected(work)


def _finish(taken: Taken, old: workspace.Checkout, data: dict[str, Any],
            cancelled: Callable[[], bool]) -> None:
    """The fresh copy made to hold the merge, then loaded."""
    assert taken.fresh is not None
    complete(old, taken.mine, taken.fresh, data, taken.notes)
    if cancelled():
        raise Cancelled()
    taken.project = load_stamped(taken.fresh.folder)
    taken.checkout_text = checkout_json(taken.fresh)
    if taken.copy is not None:
        write_state(taken.copy, taken.checkout_text, taken.seen_text, READY_FILE)
