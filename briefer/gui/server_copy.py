"""The window's private copy against the server's project: what the copy changed, its
write-back (merged first when the server moved on: on the window's thread for a small
project, on a worker from ``MERGE_ON_WORKER_SOURCES``, as a heard change is taken in),
and the window's move to a fresh copy (out of ``server_link``, which sends, hears and
shows who is here).

Moving to a fresh copy swaps the loaded project in on the window's thread; the old copy's
folder (every source's file, and its search index) is removed on a thread of its own (at
1,000 sources that alone held the window for seconds on a busy disk; on a worker of the
link's pool it held up the next take-in): its state file goes first, so a removal cut
short by the app's end leaves a copy the next open tidies away, never one to offer.
"""

from __future__ import annotations

import shutil
import threading
from typing import TYPE_CHECKING, Any

import psycopg

from briefer.core.project import Project
from briefer.db import workspace
from briefer.gui.server_rebase import behind, rebase
from briefer.gui.server_store import STATE_FILE, LocalState, hold, release
from briefer.gui.settings import RECENT_FILES
from briefer.io.project_file import load_project

if TYPE_CHECKING:
    from briefer.gui.server_link import ServerLink

_NOT_SENT = ("sources", "notes")
# From this many sources a save's merge runs on a worker, the window usable meanwhile, and
# the save is sent once it is done (below, the merge takes under 0.2 s and the save is
# sent before the window goes on, as a folder's small save is written)
MERGE_ON_WORKER_SOURCES = 1000


def changed_parts(checkout: workspace.Checkout
                  ) -> tuple[dict[str, Any], dict[str, Any], bool]:
    """The copy's project data and source fingerprints now, and whether its sources,
    excerpts or outline differ from the checkout's."""
    data = workspace._state(checkout.folder)
    prints = workspace._fingerprints(checkout.folder, data)
    return data, prints, changed_since(checkout, data, prints)


def changed_since(checkout: workspace.Checkout, data: dict[str, Any],
                  prints: dict[str, tuple[Any, ...]]) -> bool:
    """Do the copy's sources, excerpts or outline (``data`` and ``prints``, as read from
    it) differ from the checkout's?"""
    rest = {k: v for k, v in data.items() if k not in _NOT_SENT}
    return prints != checkout.sources or rest != {
        k: v for k, v in checkout.data.items() if k not in _NOT_SENT}


def write_back(link: ServerLink, conn: psycopg.Connection) -> bool:
    """Sources, excerpts and outline, if the saved copy changed them (merged first with
    what others wrote there since, see ``server_rebase``); False if the user put off a
    choice that merge needed."""
    data, prints, changed = changed_parts(link.state.checkout)
    if changed and behind(conn, link.state):
        if len(link.session.project.sources) >= MERGE_ON_WORKER_SOURCES:
            link.news.merge_for_save()  # then sent (``server_project``)
            return False
        moved = rebase(conn, link.state, link.notes(), link.window)
        if moved is None:
            return False
        move_to(link, moved)
        data, prints, changed = changed_parts(link.state.checkout)
    checkout = link.state.checkout
    if changed:
        workspace.write_back(conn, workspace.Checkout(
            checkout.folder, checkout.version, {**checkout.data, "notes": data.get("notes")},
            checkout.sources))
        checkout.version += 1
    link.state.checkout = workspace.Checkout(checkout.folder, checkout.version, data, prints)
    link.state.save()
    return True


def move_to(link: ServerLink, moved: LocalState, project: Project | None = None) -> None:
    """Work on the fresh copy a merge made: the window opens it (its views and undo history
    start there), and the old copy goes. ``project``: the copy already loaded (on a
    worker, ``server_take``)."""
    old = link.state.root
    link.state = moved
    hold(moved.root, link._held)
    window = link.window
    if project is None:
        window.files._install(load_project(moved.folder))
    else:
        window.files._install(project, settled=True)
    release(old)
    (old / STATE_FILE).unlink(missing_ok=True)  # cut short, it leaves no copy to offer
    threading.Thread(target=shutil.rmtree, args=(old,), kwargs={"ignore_errors": True},
                     name="remove-old-copy", daemon=True).start()
    recent = [p for p in window.settings.get(RECENT_FILES) if p != str(moved.folder)]
    window.settings.set(RECENT_FILES, recent)
    window.update_title()

