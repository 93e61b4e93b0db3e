"""The window's private copy against the server's project: what the copy changed, its
write-back (merged first when the server moved on), and the window's move to a fresh
copy (out of ``server_link``, which sends, hears and shows who is here).

Moving to a fresh copy swaps the loaded project in on the window's thread; the old copy's
folder (every source's file, and its search index) is removed on a worker: at 1,000
sources that alone held the window for seconds on a busy disk.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psycopg

from briefer.core.project import Project
from briefer.db import workspace
from briefer.gui.server_rebase import behind, rebase
from briefer.gui.server_store import LocalState, hold, release
from briefer.gui.settings import RECENT_FILES
from briefer.io.project_file import load_project

if TYPE_CHECKING:
    from briefer.gui.server_link import ServerLink

_NOT_SENT = ("sources", "notes")


def changed_parts(checkout: workspace.Checkout
                  ) -> tuple[dict[str, Any], dict[str, Any], bool]:
    """The copy's project data and source fingerprints now, and whether its sources,
    excerpts or outline differ from the checkout's."""
    data = workspace._state(checkout.folder)
    prints = workspace._fingerprints(checkout.folder, data)
    rest = {k: v for k, v in data.items() if k not in _NOT_SENT}
    return data, prints, prints != checkout.sources or rest != {
        k: v for k, v in checkout.data.items() if k not in _NOT_SENT}


def write_back(link: ServerLink, conn: psycopg.Connection) -> bool:
    """Sources, excerpts and outline, if the saved copy changed them (merged first with
    what others wrote there since, see ``server_rebase``); False if the user put off a
    choice that merge needed."""
    data, prints, changed = changed_parts(link.state.checkout)
    if changed and behind(conn, link.state):
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
    link.runner.start(_remove(old))
    recent = [p for p in window.settings.get(RECENT_FILES) if p != str(moved.folder)]
    window.settings.set(RECENT_FILES, recent)
    window.update_title()


def _remove(folder: Path) -> Any:
    def work(_progress: Any, _cancelled: Any) -> None:
        shutil.rmtree(folder, ignore_errors=True)
    return work
