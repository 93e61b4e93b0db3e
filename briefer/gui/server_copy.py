"""The window's private copy against the server's project: what the copy changed (its
write-back is sent on a worker, ``server_send``, and merged first on one when the server
moved on, as a heard change is taken in, ``server_project``), and the window's move to a
fresh copy (out of ``server_link``, which sends, hears and shows who is here).

Moving to a fresh copy swaps the loaded project in on the window's thread; the old copy's
folder (every source's file, and its search index) is removed in the background, out of
the process where it can be (``server_state_file.remove_copy``: at 1,000 sources that
alone held the window for seconds on a busy disk; on a worker of the link's pool it held
up the next take-in): its state file goes first, so a removal cut short by the app's end
leaves a copy the next open tidies away, never one to offer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any


from briefer.core.project import Project
from briefer.db import workspace
from briefer.gui.server_store import LocalState, hold, release
from briefer.gui.settings import RECENT_FILES
from briefer.io.project_file import load_project

if TYPE_CHECKING:
    from briefer.gui.server_link import ServerLink

_NOT_SENT = ("sources", "notes")


def changed_since(checkout: workspace.Checkout, data: dict[str, Any],
                  prints: dict[str, tuple[Any, ...]]) -> bool:
    """Do the copy's sources, excerpts or outline (``data`` and ``prints``, as read from
    it) differ from the checkout's?"""
    rest = {k: v for k, v in data.items() if k not in _NOT_SENT}
    return prints != checkout.sources or rest != {
        k: v for k, v in checkout.data.items() if k not in _NOT_SENT}


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
    release(old, remove=True)  # its state file first, then the folder, in the background
    recent = [p for p in window.settings.get(RECENT_FILES) if p != str(moved.folder)]
    window.settings.set(RECENT_FILES, recent)
    window.update_title()

